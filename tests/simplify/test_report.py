"""The readability report: data shape on small documents, and the terminal table."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings, strategies as st

from speakit.document import Document, Dropped, Paragraph, Section, Sentence, Term
from speakit.simplify.report import format_report, readability_report


def para(*texts: str) -> Paragraph:
    return Paragraph(tuple(Sentence(f"s{i}", t) for i, t in enumerate(texts)))


@pytest.fixture()
def before() -> Document:
    return Document(
        title="Grain ships leave Port Velna",
        summary=(para("The first grain ships in a month left Port Velna on Friday."),),
        sections=(
            Section(None, (para(
                "The first grain ships in a month left Port Velna on Friday, after the WTO and "
                "officials from 12 countries agreed to a plan that was negotiated over nine "
                "difficult weeks in Geneva.",
                "Prices had risen by 14% since the port was closed."),)),
            Section("Farmers wait", (para(
                "Farmers near Velna said they still could not sell their wheat.",
                "Mira Olsen, who runs a farm of 300 hectares, said the delay cost her dearly."),)),
        ),
        dropped=(Dropped("Subscribe to our newsletter", "newsletter box"),
                 Dropped("3 hours ago", "timestamp")),
    )


@pytest.fixture()
def after(before: Document) -> Document:
    return replace(
        before, level="easy",
        sections=(
            Section(None, (para(
                "The first grain ships in a month left Port Velna on Friday.",
                "The WTO and officials from 12 countries agreed to a plan.",
                "They worked on the plan for nine weeks in Geneva.",
                "Prices had gone up by 14% since the port closed."),)),
            Section("Farmers wait", (para(
                "Farmers near Velna said they still could not sell their wheat.",
                "Mira Olsen runs a farm of 300 hectares.",
                "She said the delay cost her a lot."),)),
        ),
        terms=(Term("WTO", "The WTO is a world group that sets the rules for trade.", "s1.2"),),
    )


def test_report_data_shape(before: Document, after: Document) -> None:
    data = readability_report(before, after)
    assert data["level"] == "easy"
    assert data["title"] == "Grain ships leave Port Velna"
    assert data["before"]["sentences"] == 4
    assert data["after"]["sentences"] == 7
    assert [s["heading"] for s in data["after"]["sections"]] == [None, "Farmers wait"]
    assert data["after"]["words_per_sentence"]["mean"] < data["before"]["words_per_sentence"]["mean"]
    assert data["after"]["fk_grade"] < data["before"]["fk_grade"]
    assert data["terms"] == [after.terms[0].to_dict()]
    assert data["dropped"] == [{"text": "Subscribe to our newsletter", "reason": "newsletter box"},
                               {"text": "3 hours ago", "reason": "timestamp"}]
    assert "WTO" in data["acronyms"]["explained"] + data["acronyms"]["unexplained"]
    json.dumps(data)  # plain data only: it goes to report.json


def test_report_facts_when_available(before: Document, after: Document) -> None:
    data = readability_report(before, after)
    facts = data["facts"]
    if facts is None:
        pytest.skip("speakit.simplify.facts.compare is not available")
    assert set(facts) >= {"numbers", "names", "quotes"}
    assert facts["numbers"]["total"] >= 3  # 12, 14%, 300 (and nine)
    assert facts["numbers"]["kept"] == facts["numbers"]["total"]


def test_report_without_after(before: Document) -> None:
    data = readability_report(before, None)
    assert data["after"] is None
    assert data["facts"] is None
    assert data["level"] == "original"
    text = format_report(data)
    assert "after" not in text.splitlines()[3]
    assert "before" in text.splitlines()[3]


def test_format_report_table(before: Document, after: Document) -> None:
    text = format_report(readability_report(before, after))
    lines = text.splitlines()
    assert lines[0] == "Readability report: Grain ships leave Port Velna"
    assert "Level: easy" in lines
    header = next(ln for ln in lines if ln.startswith("Body text"))
    assert header.split() == ["Body", "text", "before", "after"]
    # number columns are right-aligned under their headers
    start = lines.index(header)
    table = lines[start:lines.index("", start)]
    assert len({len(ln) for ln in table[2:]}) == 1
    grade = next(ln for ln in table if ln.startswith("Flesch-Kincaid grade"))
    b, a = grade.split()[-2:]
    assert float(a) < float(b)
    farmers = next(ln for ln in lines if ln.startswith("Farmers wait"))
    assert farmers.split()[2:5] == ["2", "->", "3"]
    for needle in ("words per sentence", "sentences over 15 words", "rare words",
                   "passive sentences", "Sections", "Farmers wait", "(no heading)",
                   "Acronyms explained: ", "Terms explained: 1 (WTO)",
                   "Dropped by the reader (2)", "newsletter box", "Subscribe to our newsletter"):
        assert needle in text, needle


def test_format_report_lists_missing_facts() -> None:
    data = {
        "title": "T", "level": "plain",
        "before": readability_report(Document(title="T"), None)["before"],
        "after": None, "terms": [], "acronyms": {"explained": [], "unexplained": ["KCNA"]},
        "facts": {"numbers": {"total": 4, "kept": 3, "missing": ["1,200"]},
                  "names": {"total": 0, "kept": 0, "missing": []},
                  "quotes": {"total": 1, "kept": 1, "missing": []}},
        "dropped": [],
    }
    text = format_report(data)
    assert "Acronyms not explained: KCNA" in text
    row = next(ln for ln in text.splitlines() if ln.startswith("numbers"))
    assert row.split() == ["numbers", "3/4", "75%", "1,200"]
    assert "Dropped by the reader: nothing" in text
    assert "(no sections with text)" in text

_sentences = st.lists(st.text(min_size=1, max_size=60), min_size=1, max_size=4)


@settings(deadline=None, max_examples=40)
@given(st.lists(st.tuples(st.one_of(st.none(), st.text(max_size=30)), _sentences), max_size=4),
       st.lists(st.tuples(st.text(max_size=40), st.text(max_size=20)), max_size=3))
def test_report_and_table_never_fail(sections: list[tuple[str | None, list[str]]],
                                     dropped: list[tuple[str, str]]) -> None:
    doc = Document(
        title="Any",
        sections=tuple(Section(h, (para(*texts),)) for h, texts in sections),
        dropped=tuple(Dropped(t, r) for t, r in dropped),
    )
    data = readability_report(doc, replace(doc, level="plain"))
    json.dumps(data)
    text = format_report(data)
    assert text.startswith("Readability report: Any")
    assert f"Dropped by the reader ({len(dropped)})" in text if dropped else "nothing" in text


def test_parts_show_the_share_over_15_words() -> None:
    from speakit.read import read_string
    from speakit.simplify import simplify
    from speakit.simplify.report import format_report, readability_report

    doc = read_string("# Ferry\n\nThe harbour board said on Monday that the old ferry would stop running in May because "
                    "its engines are too worn to fix and a new boat will not arrive until the spring of next year.\n\n"
                    '"We are sorry," said Ana Cole.\n', kind="markdown")
    data = readability_report(doc, simplify(doc, "easy"))
    text = format_report(data)
    part = text.split("Without quotes", 1)[1].split("\n\n", 1)[0]
    row = next(line for line in part.splitlines() if line.startswith("sentences over 15 words"))
    before, after = row.split()[-2:]
    # the table shows the narrative's own share, not the body's: one long sentence before, shorter after
    assert before == "100%"
    assert after == f"{round(100 * data['after']['narrative']['words_per_sentence']['over_15'])}%"
    assert data["after"]["narrative"]["words_per_sentence"]["over_15"] < 1
