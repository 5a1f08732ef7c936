"""Everyday hard words (glossary kind ``word``): explained at easy only, never between a split and its pronoun."""

from __future__ import annotations

import pytest

from speakit.document import Document, Paragraph, Section, Sentence
from speakit.simplify import simplify
from speakit.simplify import glossary

# A short article written for these tests.
TEXT = [
    "The ferry company is reluctant to add a night boat.",
    "Most towns on the coast issue statements of condemnation but do little else.",
    "Islanders say the shortage of seats is getting worse.",
]


def doc() -> Document:
    sentences = tuple(Sentence(f"s{i}", t) for i, t in enumerate(TEXT, start=1))
    return Document(title="Islanders wait for a night ferry", summary=(),
                    sections=(Section(None, (Paragraph(sentences),)),))


def texts(d: Document) -> list[str]:
    return [s.text for s in d.sentences()]


def test_word_kind_is_loaded() -> None:
    entry = glossary.load(None).lookup("reluctant")
    assert entry is not None and entry.kind == "word"


def test_plain_does_not_explain_everyday_words() -> None:
    out = simplify(doc(), "plain")
    assert not any(t.startswith(("Reluctant means", "Condemnation is", "A shortage is")) for t in texts(out))
    assert "reluctant" not in {t.term for t in out.terms}


def test_easy_explains_them_after_first_use() -> None:
    out = texts(simplify(doc(), "easy"))
    assert out.index("Reluctant means not wanting to do something.") == 1
    assert "A shortage is when there is not enough of something." in out


def test_explanation_waits_until_after_a_but_pronoun() -> None:
    out = texts(simplify(doc(), "easy"))
    i = out.index("Most towns on the coast issue statements of condemnation.")
    assert out[i + 1] == "But they do little else."
    assert out[i + 2].startswith("Condemnation is")


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_unknown_kind_still_rejected(tmp_path, level: str) -> None:  # type: ignore[no-untyped-def]
    from speakit.errors import SimplifyError

    bad = tmp_path / "g.toml"
    bad.write_text('[[term]]\nterm = "quay"\nkind = "thing"\nexplanation = "A quay is a stone edge for boats."\n')
    with pytest.raises(SimplifyError):
        simplify(doc(), level, glossary=bad)


@pytest.mark.parametrize("spelling", ["reluctant", "shortages", "condemnation", "frustration", "mobility",
                                      "unpredictable", "prone", "soared", "shipments", "mocked", "observers",
                                      "tactics"])
def test_everyday_words_are_easy_only(spelling: str) -> None:
    entry = glossary.load(None).lookup(spelling)
    assert entry is not None and entry.kind == "word", spelling
    assert len(entry.explanation.split()) <= 13


def test_easy_explains_a_past_form_once() -> None:
    sentences = (Sentence("s1", "Bus fares soared in May, and rents soared in June."),)
    d = Document(title="Prices", summary=(), sections=(Section(None, (Paragraph(sentences),)),))
    out = texts(simplify(d, "easy"))
    assert out.count("Soared means went up very fast.") == 1
    assert "Soared means went up very fast." not in texts(simplify(d, "plain"))


def test_certainty_sentence_stays_next_to_its_claim() -> None:
    sentences = (Sentence("s1", "The harbour's future is unclear."),
                 Sentence("s2", "But there is no doubt that its shipments of fish to the city have been large."))
    d = Document(title="Harbour", summary=(), sections=(Section(None, (Paragraph(sentences),)),))
    out = texts(simplify(d, "easy"))
    i = out.index("But one thing is certain.")
    assert out[i + 1] == "Its shipments of fish to the city have been large."
    assert out[i + 2].startswith("A shipment is")


def test_place_sentence_stays_next_to_its_event() -> None:
    sentences = (Sentence("s1", "A new video shows young recruits getting boots and winter fatigues at a camp "
                                "in the far north of the country."),)
    d = Document(title="Recruits", summary=(), sections=(Section(None, (Paragraph(sentences),)),))
    out = texts(simplify(d, "easy"))
    assert out[1] == "This was at a camp in the far north of the country."
    assert out[2] == "Fatigues are the work clothes of soldiers."


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_that_of_sentence_stays_next_to_its_noun(level: str) -> None:
    sentences = (Sentence("s1", "A ruling at the UN gave a new, special role to the island and especially its "
                                "port that of a free harbour."),)
    d = Document(title="Port", summary=(), sections=(Section(None, (Paragraph(sentences),)),))
    out = texts(simplify(d, level))
    i = out.index("The role is that of a free harbour.")
    assert not any(t.startswith("The UN is") for t in out[:i])


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_notes_never_come_between_pieces_of_one_sentence(level: str) -> None:
    sentences = (Sentence("s1", "Many say the port has offered to trade its NATO contracts for new roads, "
                                "although there is no proof of that, said Anna Berg."),
                 Sentence("s2", "The roads are old."))
    d = Document(title="Port", summary=(), sections=(Section(None, (Paragraph(sentences),)),))
    out = list(simplify(d, level).sentences())
    pieces = [i for i, s in enumerate(out) if s.source_ids == ("s1",) and ".x" not in s.id]
    assert len(pieces) >= 2, [s.text for s in out]
    assert pieces == list(range(pieces[0], pieces[-1] + 1)), [s.text for s in out]
    assert any(s.text.startswith("NATO is") for s in out[pieces[-1] + 1:])


def test_list_items_stay_whole_and_notes_follow_the_list() -> None:
    from speakit.document import ListBlock, ListItem

    items = (ListItem((Sentence("s1", "Three new seasonal drivers."),)),
             ListItem((Sentence("s2", "A second crew for the sidewalks."),)))
    d = Document(title="Ploughs", summary=(), sections=(Section(None, (ListBlock(items, False),)),))
    out = simplify(d, "easy")
    blocks = out.sections[0].blocks
    assert isinstance(blocks[0], ListBlock)
    assert [s.text for s in blocks[0].items[0].sentences] == ["Three new seasonal drivers."]
    assert isinstance(blocks[1], Paragraph)
    assert blocks[1].sentences[0].text.startswith("Seasonal means")
