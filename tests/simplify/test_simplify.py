"""simplify(): the document in, a new document out — ids, blocks, terms, facts, errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speakit.document import (Document, Figure, ListBlock, ListItem, Media, Paragraph, Quote,
                              Section, Sentence)
from speakit.errors import SimplifyError
from speakit.simplify import LEVELS, simplify, simplify_text
from speakit.simplify.facts import compare

FIXTURES = Path(__file__).parent / "fixtures"

# An article written for these tests (not taken from any site).
SUMMARY = [
    "The harbour town of Kelby has acknowledged that its flood barrier failed on Sunday.",
]
BODY = [
    [
        "While the storm weakened overnight, the river kept rising until noon on Monday in the old town.",
        "About 1,200 homes were flooded, with as many as 300 families moved to the school hall.",
    ],
    [
        '"The barrier was built for a smaller river. We warned the council in 2019," said Maria Lopez, '
        "a water engineer at the Harbour Trust.",
    ],
    [
        "In a statement on Monday, the town council said repairs would cost approximately 4.5 million euros.",
        "NATO engineers have offered help.",
    ],
    [
        "Residents are angry, and many say the council ignored the warnings for years.",
    ],
]


def article() -> Document:
    counter = iter(range(1, 1000))

    def sentences(texts: list[str]) -> tuple[Sentence, ...]:
        return tuple(Sentence(f"s{next(counter)}", t) for t in texts)

    summary = (Paragraph(sentences(SUMMARY)),)
    blocks: list = [Paragraph(sentences(BODY[0])),
                    Figure(alt="Sandbags along the river in Kelby, 2024.",
                           caption="Volunteers stack sandbags in Kelby on Sunday.",
                           credit="Photo: FWA Agency/Pool", src="flood.jpg"),
                    Paragraph(sentences(BODY[1]))]
    second = [Paragraph(sentences(BODY[2])),
              Media(kind="video", title="Flood in Kelby", duration_s=41.0, description="The river at noon."),
              Quote(sentences(["We will rebuild the barrier, and we will make it higher."]), "Mayor Anna Berg"),
              ListBlock((ListItem(sentences(["Stay away from the river bank."])),), ordered=False),
              Paragraph(sentences(BODY[3]))]
    return Document(title="Kelby floods after barrier fails", summary=summary,
                    sections=(Section(None, tuple(blocks)), Section("What now", tuple(second))),
                    site_name="Test News")


@pytest.fixture(scope="module", params=LEVELS)
def level(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def simplified(level: str) -> Document:
    return simplify(article(), level)


def test_level_title_and_metadata(simplified: Document, level: str) -> None:
    assert simplified.level == level
    assert simplified.title == "Kelby floods after barrier fails"
    assert simplified.site_name == "Test News"
    assert [s.heading for s in simplified.sections] == [None, "What now"]


def test_input_is_not_changed() -> None:
    doc = article()
    before = doc.to_dict()
    simplify(doc, "easy")
    assert doc.to_dict() == before


def test_ids_link_back_to_the_source(simplified: Document) -> None:
    source_ids = {s.id for s in article().sentences()}
    for s in simplified.sentences():
        assert s.source_ids, s
        assert set(s.source_ids) <= source_ids
        assert re.fullmatch(r"s\d+(\.\d+|\.x\d+)?", s.id), s.id
        assert s.id.split(".")[0] == s.source_ids[0]


def test_split_sentence_ids(simplified: Document) -> None:
    by_id = {s.id: s for s in simplified.sentences()}
    # s2 is the "While …" sentence: two pieces
    assert by_id["s2.1"].text == "The storm weakened overnight."
    assert by_id["s2.2"].text == "But the river kept rising until noon on Monday in the old town."
    assert by_id["s2.1"].source_ids == ("s2",)
    # an unchanged sentence keeps its id
    assert by_id["s6"].text == "NATO engineers have offered help."
    assert by_id["s6"].source_ids == ("s6",)


def test_explanations_follow_the_sentence_that_needs_them(simplified: Document) -> None:
    texts = [s.text for s in simplified.sentences()]
    ids = [s.id for s in simplified.sentences()]
    nato = texts.index("NATO engineers have offered help.")
    assert ids[nato + 1] == "s6.x1"
    assert texts[nato + 1].startswith("NATO is")
    term = next(t for t in simplified.terms if t.term == "NATO")
    assert term.first_sentence_id == "s6" and term.origin == "glossary"


def test_people_explained_from_the_article(simplified: Document) -> None:
    texts = [s.text for s in simplified.sentences()]
    assert "Maria Lopez is a water engineer at the Harbour Trust." in texts or \
        "Lopez is a water engineer at the Harbour Trust." in texts
    term = next(t for t in simplified.terms if t.term == "Maria Lopez")
    assert term.origin == "article"


def test_quotes_verbatim_and_easy_speaker_first(simplified: Document, level: str) -> None:
    text = " ".join(s.text for s in simplified.sentences())
    assert '"The barrier was built for a smaller river.' in text or \
        '"The barrier was built for a smaller river,"' in text
    assert "We warned the council in 2019" in text
    if level == "easy":
        assert 'Maria Lopez said: "The barrier was built for a smaller river."' in text


def test_blocks_kept_in_place(simplified: Document) -> None:
    kinds = [type(b).__name__ for _, b in simplified.blocks()]
    assert kinds == ["Paragraph", "Figure", "Paragraph", "Paragraph", "Media", "Quote", "ListBlock",
                     "Paragraph"]
    quote = next(b for _, b in simplified.blocks() if isinstance(b, Quote))
    assert quote.text == "We will rebuild the barrier, and we will make it higher."
    assert quote.attribution == "Mayor Anna Berg"
    media = simplified.media()[0]
    assert media == article().media()[0]


def test_figure_credit_untouched_and_facts_kept(simplified: Document) -> None:
    fig = simplified.figures()[0]
    assert fig.credit == "Photo: FWA Agency/Pool" and fig.src == "flood.jpg"
    assert "2024" in fig.alt and "Kelby" in fig.caption


def test_plain_words_and_numbers(simplified: Document) -> None:
    text = " ".join(s.text for s in simplified.sentences())
    assert "admitted" in text and "acknowledged" not in text
    assert "about 4.5 million euros" in text
    check = compare(article(), simplified)
    assert check.ok, check.to_dict()


def test_summary_simplified(simplified: Document) -> None:
    assert simplified.summary[0].sentences[0].text.startswith("The harbour town of Kelby has admitted")


def test_unknown_level_lists_levels() -> None:
    with pytest.raises(SimplifyError, match="plain, easy"):
        simplify(article(), "simple")


def test_user_glossary_overrides(tmp_path: Path) -> None:
    doc = simplify(article(), "plain", glossary=FIXTURES / "user_glossary.toml")
    nato = next(t for t in doc.terms if t.term == "NATO")
    assert nato.origin == "user"
    assert nato.explanation == "NATO is a military alliance of 32 countries."
    texts = [s.text for s in doc.sentences()]
    assert "NATO is a military alliance of 32 countries." in texts
    trust = next(t for t in doc.terms if t.term == "Harbour Trust")
    assert trust.origin == "user"


def test_user_csv_glossary_explains_credit_acronym() -> None:
    doc = simplify(article(), "easy", glossary=str(FIXTURES / "user_glossary.csv"))
    fwa = next(t for t in doc.terms if t.term == "FWA")
    assert fwa.origin == "user" and fwa.first_sentence_id is None


def test_bad_glossary_names_file() -> None:
    with pytest.raises(SimplifyError, match="bad_syntax.toml"):
        simplify(article(), "plain", glossary=FIXTURES / "bad_syntax.toml")


def test_json_round_trip(simplified: Document) -> None:
    again = Document.from_dict(simplified.to_dict())
    assert again == simplified


def test_simplify_text() -> None:
    text = ("The council acknowledged the error, but the mayor said she would not resign over the "
            "flooding in the old town.")
    assert simplify_text(text) == ("The council admitted the error. But the mayor said she would not "
                                   "resign over the flooding in the old town.")
    with pytest.raises(SimplifyError):
        simplify_text(text, "hard")


def test_explanation_waits_for_a_sentence_that_leans_on_the_one_before() -> None:
    doc = Document(title="Ships stay", sections=(Section(None, (Paragraph((
        Sentence("s1", "In a statement on Monday, NATO said its ships would stay in the harbour until the "
                       "storm had passed."),)),)),))
    texts = [s.text for s in simplify(doc, "plain").sentences()]
    assert texts[0] == "NATO made a statement on Monday."
    assert texts[1].startswith("In it, NATO said its ships would stay")
    assert texts[2].startswith("NATO is ")


_TEXT = st.lists(st.sampled_from([
    "The council", "approved", "12,000", "homes", ", and", "the mayor", "said", "\"We will stay.\"",
    "NATO", "sanctioned", "(EA)", "Maria Lopez, a water engineer,", "while", "which", ";", ":", "—",
    "In a statement on Monday,", "Kim Jong Un", "Kim Jong-un", "half a million", "the 2nd Corps", ".",
]), min_size=1, max_size=25).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_TEXT, min_size=1, max_size=3), min_size=0, max_size=3),
       st.sampled_from(LEVELS))
def test_any_document(paragraphs: list[list[str]], level: str) -> None:
    counter = iter(range(1, 10_000))
    blocks = tuple(Paragraph(tuple(Sentence(f"s{next(counter)}", t) for t in para)) for para in paragraphs)
    doc = Document(title="T", sections=(Section(None, blocks),) if blocks else ())
    out = simplify(doc, level)
    assert out.level == level
    ids = [s.id for s in out.sentences()]
    assert len(ids) == len(set(ids))
    for s in out.sentences():
        assert s.text.strip() and s.source_ids
        assert re.fullmatch(r"s\d+(\.\d+|\.x\d+)?", s.id)
    check = compare(doc, out)
    assert check.numbers.missing == () and check.quotes.missing == ()


def test_explanation_does_not_come_between_a_name_and_the_next_paragraphs_pronoun() -> None:
    doc = Document(title="T", sections=(Section(None, (
        Paragraph((Sentence("s1", "Tom Reed met officials from NATO on Monday."),)),
        Paragraph((Sentence("s2", "He said the talks went well."), Sentence("s3", "Nobody else spoke."))),
    )),))
    paragraphs = [[s.id for s in b.sentences] for _, b in simplify(doc, "easy").blocks()]
    assert paragraphs == [["s1"], ["s2", "s1.x1", "s3"]]
