"""The document model: JSON round trip, ids, walking helpers."""

from __future__ import annotations

import json
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from speakit.document import (Document, Dropped, Figure, ListBlock, ListItem, Media, Paragraph,
                              Quote, Section, Sentence, Term, block_from_dict, number_sentences)


def _para(*texts: str) -> Paragraph:
    return Paragraph(tuple(Sentence("", t) for t in texts))


def sample() -> Document:
    doc = Document(
        title="Ferry service returns to the islands",
        summary=(_para("The ferry runs again after 14 months.", "Fares stay at 6 dollars."),),
        site_name="Coast Daily", byline="Mara Lind", published="2024-05-02",
        dateline="PORT ELLEN (CD)", source="ferry.txt", source_kind="text",
        sections=(
            Section(None, (_para("The first boat left at 7:15 a.m. on Monday."),
                           Figure(alt="A white ferry at a pier.", caption="The ferry at the pier.",
                                  credit="Coast Daily/J. Ho"))),
            Section("What changes", (
                Quote(tuple([Sentence("", "We waited long enough.")]), attribution="Ana Ruiz"),
                ListBlock((ListItem((Sentence("", "Two boats a day."),)),
                           ListItem((Sentence("", "A new stop at Bay 3."),))), ordered=True),
                Media(kind="video", title="Ferry arrives", duration_s=33.0,
                      description="The boat docks."),
            ), level=2),
        ),
        terms=(Term("CD", "CD is Coast Daily, the local paper.", "s1", "article"),),
        dropped=(Dropped("Login | Subscribe", "site menu"),),
    )
    return number_sentences(doc)


def test_sentence_ids_follow_reading_order() -> None:
    ids = [s.id for s in sample().sentences()]
    assert ids == [f"s{n}" for n in range(1, len(ids) + 1)]
    assert len(ids) == 6


def test_round_trip_is_exact() -> None:
    doc = sample()
    data = json.loads(json.dumps(doc.to_dict()))
    assert Document.from_dict(data) == doc
    assert Document.from_dict(data).to_dict() == data


def test_contract_keys() -> None:
    data = sample().to_dict()
    for key in ("title", "site_name", "byline", "published", "summary", "sections"):
        assert key in data
    assert data["summary"] == ["The ferry runs again after 14 months. Fares stay at 6 dollars."]
    first = data["sections"][0]["blocks"][0]
    assert first["type"] == "paragraph" and first["sentences"][0] == {
        "id": "s3", "text": "The first boat left at 7:15 a.m. on Monday."}
    kinds = [b["type"] for s in data["sections"] for b in s["blocks"]]
    assert kinds == ["paragraph", "figure", "quote", "list", "media"]
    media = data["sections"][1]["blocks"][2]
    assert media["kind"] == "video" and media["duration_s"] == 33.0


def test_minimal_contract_is_accepted() -> None:
    doc = Document.from_dict({"title": "T", "summary": ["One line."], "sections": [
        {"heading": None, "blocks": [{"type": "paragraph", "text": "x",
                                      "sentences": [{"id": "s1", "text": "x"}]}]}]})
    assert [p.text for p in doc.summary] == ["One line."]
    assert [s.text for s in doc.sentences()] == ["One line.", "x"]


def test_unknown_block_type_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown block type"):
        block_from_dict({"type": "table"})


def test_frozen() -> None:
    with pytest.raises(FrozenInstanceError):
        sample().title = "x"  # type: ignore[misc]


def test_walkers() -> None:
    doc = sample()
    assert [f.credit for f in doc.figures()] == ["Coast Daily/J. Ho"]
    assert [m.title for m in doc.media()] == ["Ferry arrives"]


@given(st.lists(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=4),
                min_size=1, max_size=5))
def test_round_trip_any_text(paragraphs: list[list[str]]) -> None:
    doc = number_sentences(Document(title="t", sections=(
        Section("h", tuple(_para(*p) for p in paragraphs)),)))
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
