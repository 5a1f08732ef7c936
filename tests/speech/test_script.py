"""Speech script structure: chapters, roles, sentence ids, pauses, lexicon/normalizer order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from speakit.document import (Document, Figure, ListBlock, ListItem, Media, Paragraph, Quote,
                              Section, Sentence, Term)
from speakit.errors import VoiceError
from speakit.speech import script as script_mod
from speakit.speech.script import (DEFAULT_PAUSES, WORDS_TO_KNOW, build_script, format_script, media_note,
                                   pauses_from_profile, resolve_pauses, script_to_dict)
from speakit.speech.types import ROLES, SpeechScript, Utterance

FIXTURES = Path(__file__).parent / "fixtures" / "script"
DIGITS = "zero one two three four five six seven eight nine".split()


def fake_normalize(text: str, language: str) -> str:
    """Stand-in normalizer for exact structure checks: each digit becomes a word."""
    return re.sub(r"\d", lambda m: f" {DIGITS[int(m.group())]} ", text)


class FakeLexicon:
    """Stand-in lexicon: one respelling, applied before the normalizer."""

    def apply(self, text: str) -> str:
        return text.replace("Okafor", "Oh-KAH-for")


@pytest.fixture
def fake_normalizer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(script_mod, "_load_normalizer", lambda: fake_normalize)


def para(*texts: str, start: int = 1) -> Paragraph:
    return Paragraph(tuple(Sentence(f"s{start + i}", t) for i, t in enumerate(texts)))


def outline(script: SpeechScript) -> list[tuple[str, list[tuple[str, int, str | None, str]]]]:
    return [(c.title, [(u.role, u.pause_ms, u.sentence_id, u.display) for u in c.utterances])
            for c in script.chapters]


def small_doc() -> Document:
    return Document(
        title="Bakery wins prize",
        summary=(para("A small bakery won a national prize.", start=1),),
        sections=(
            Section(None, (para("The bakery opened last spring.", "It has six staff.", start=2),)),
            Section("The judges", (para("Judges liked the rye bread.", start=4),
                                   Quote((Sentence("s5", "It was perfect."),),
                                         attribution="— Head judge Ana Lind"))),
            Section("What is next", (ListBlock((ListItem((Sentence("s6", "A second shop."),)),
                                                ListItem((Sentence("s7", "A cookbook."),)))),)),
        ),
        terms=(Term("rye", "A grain used to make dark bread."),),
    )


def test_small_document_exact_outline() -> None:
    got = outline(build_script(small_doc(), normalize_text=False))
    assert got == [
        ("Bakery wins prize", [
            ("title", 1000, None, "Bakery wins prize"),
            ("summary", 700, "s1", "A small bakery won a national prize."),
            ("body", 350, "s2", "The bakery opened last spring."),
            ("body", 1200, "s3", "It has six staff."),
        ]),
        ("The judges", [
            ("heading", 800, None, "The judges"),
            ("body", 700, "s4", "Judges liked the rye bread."),
            ("quote", 700, "s5", "It was perfect."),
            ("quote", 1200, None, "Said by Head judge Ana Lind."),
        ]),
        ("What is next", [
            ("heading", 800, None, "What is next"),
            ("body", 700, "s6", "A second shop."),
            ("body", 1200, "s7", "A cookbook."),
        ]),
    ]


def test_words_to_know_is_a_last_chapter_only_when_asked() -> None:
    without = build_script(small_doc(), normalize_text=False)
    with_terms = build_script(small_doc(), normalize_text=False, words_to_know=True)
    assert [c.title for c in without.chapters] == ["Bakery wins prize", "The judges",
                                                   "What is next"]
    assert outline(with_terms)[:3] == outline(without)
    assert outline(with_terms)[3] == ("Words to know", [
        ("heading", 800, None, "Words to know"),
        ("terms", 1200, None, "rye: A grain used to make dark bread."),
    ])


@pytest.mark.parametrize("terms", [(), (Term("", "Said of nothing."), Term("—", ""))])
def test_words_to_know_without_terms_adds_no_chapter(terms: tuple[Term, ...]) -> None:
    doc = Document(title="Quiet day", sections=(Section(None, (para("Nothing happened."),)),),
                   terms=terms)
    script = build_script(doc, normalize_text=False, words_to_know=True)
    assert [c.title for c in script.chapters] == ["Quiet day"]


def test_a_term_without_explanation_is_still_said() -> None:
    doc = Document(title="T", terms=(Term("Kursk", ""), Term("NATO", "A military alliance")))
    script = build_script(doc, normalize_text=False, words_to_know=True)
    assert [u.display for u in script.chapters[-1].utterances] == [
        "Words to know", "Kursk.", "NATO: A military alliance."]


def test_text_is_normalized_lexicon_first_display_is_written(fake_normalizer: None) -> None:
    doc = Document(title="Okafor wins 2 seats",
                   sections=(Section(None, (para("Okafor got 31 votes."),)),))
    script = build_script(doc, lexicon=FakeLexicon())  # type: ignore[arg-type]
    said = [(u.text, u.display) for c in script.chapters for u in c.utterances]
    assert said == [("Oh-KAH-for wins two seats", "Okafor wins 2 seats"),
                    ("Oh-KAH-for got three one votes.", "Okafor got 31 votes.")]


def test_normalize_off_sends_the_written_text() -> None:
    doc = Document(title="Vote on 3 May", sections=(Section(None, (para("It cost $5."),)),))
    script = build_script(doc, normalize_text=False)
    assert [u.text for u in script.chapters[0].utterances] == ["Vote on 3 May", "It cost $5."]


def test_pause_overrides_from_a_profile() -> None:
    pauses = {"body": 200, "paragraph": 900, "heading": 1000, "chapter": 2000, "title": 1500}
    got = outline(build_script(small_doc(), normalize_text=False, pauses=pauses))
    assert [p for _, p, _, _ in got[0][1]] == [1500, 900, 200, 2000]
    assert [p for _, p, _, _ in got[1][1]] == [1000, 900, 900, 2000]


def test_pause_aliases_and_profile_helper() -> None:
    class Profile:
        pauses = {"picture": 900, "heading": 650}
        sentence_pause_ms = 250
        paragraph_pause_ms = 600

    table = resolve_pauses(pauses_from_profile(Profile()))
    assert table == {**DEFAULT_PAUSES, "picture": 900, "heading": 650, "body": 250,
                     "paragraph": 600}
    assert resolve_pauses({"sentence": 300, "unknown_key": 5})["body"] == 300


@pytest.mark.parametrize("bad", [-1, 10_001, "long", True, None])
def test_bad_pause_value_names_the_key(bad: object) -> None:
    with pytest.raises(VoiceError, match="'quote'"):
        resolve_pauses({"quote": bad})  # type: ignore[dict-item]


def test_every_role_has_a_default_pause() -> None:
    assert set(ROLES) <= set(DEFAULT_PAUSES)


def test_no_heading_intro_and_no_title_gets_an_introduction_chapter() -> None:
    doc = Document(title="", sections=(Section(None, (para("First words."),)),
                                       Section("Later", (para("More words.", start=2),))))
    script = build_script(doc, normalize_text=False)
    assert [c.title for c in script.chapters] == ["Introduction", "Later"]
    assert [u.role for u in script.chapters[0].utterances] == ["body"]


def test_document_starting_with_a_heading_has_a_title_only_intro() -> None:
    doc = Document(title="Storm warning", sections=(Section("Tonight", (para("Rain."),)),))
    got = outline(build_script(doc, normalize_text=False))
    assert got == [("Storm warning", [("title", 1200, None, "Storm warning")]),
                   ("Tonight", [("heading", 800, None, "Tonight"),
                                ("body", 1200, "s1", "Rain.")])]


def test_headless_section_after_a_heading_joins_the_chapter_before() -> None:
    doc = Document(title="T", sections=(Section("A", (para("One.", start=1),)),
                                        Section(None, (para("Two.", start=2),))))
    got = outline(build_script(doc, normalize_text=False))
    assert [c for c, _ in got] == ["T", "A"]
    assert [d for _, _, _, d in got[1][1]] == ["A", "One.", "Two."]


def test_empty_and_symbol_only_text_is_never_an_utterance() -> None:
    doc = Document(title="  ", summary=(para("   "),), sections=(
        Section(None, (para("—", "***", "Real text."), Figure(alt="", caption=""),
                       Quote(()), ListBlock(()))),
        Section("   ", (para("Orphan.", start=9),)),
        Section("Empty section", ()),
        Section("* * *", (para("After a divider.", start=10),)),
    ))
    script = build_script(doc, normalize_text=False)
    assert [(c.title, [u.display for u in c.utterances]) for c in script.chapters] == [
        ("Introduction", ["Real text.", "Orphan."]),
        ("Empty section", ["Empty section", "After a divider."]),
    ]
    assert all(u.text.strip() for c in script.chapters for u in c.utterances)


def test_media_note_on_and_off() -> None:
    video = Media(kind="video", title="Flood waters reach the town hall", duration_s=33.0,
                  description="Residents filmed the river rising on Sunday night.")
    doc = Document(title="Flood", sections=(Section(None, (para("Water rose."), video,
                                                           para("It fell.", start=2))),))
    on = [u for u in build_script(doc, normalize_text=False).chapters[0].utterances]
    off = [u for u in build_script(doc, normalize_text=False, media_notes=False)
           .chapters[0].utterances]
    assert [(u.role, u.display) for u in on] == [
        ("title", "Flood"), ("body", "Water rose."),
        ("media", "The original article has a video here: Flood waters reach the town hall."),
        ("body", "It fell.")]
    assert on[2].pause_ms == 700
    assert [u.display for u in off] == ["Flood", "Water rose.", "It fell."]


@pytest.mark.parametrize(("media", "note"), [
    (Media(kind="audio", title="The mayor's full speech"),
     "The original article has an audio clip here: The mayor's full speech."),
    (Media(kind="video", title="WATCH | Crews battle the blaze Duration 1:05 3 hours ago"),
     "The original article has a video here: Crews battle the blaze."),
    (Media(kind="video", title="", description="Duration 0:33 Fans wait overnight. More later."),
     "The original article has a video here: Fans wait overnight."),
    (Media(kind="video"), "The original article has a video here."),
    (Media(kind="gif", title="Is it over?"), "The original article has a media clip here: "
                                              "Is it over?"),
])
def test_media_note_wording(media: Media, note: str) -> None:
    assert media_note(media) == note


def test_fixture_article_outline() -> None:
    doc = Document.from_dict(json.loads((FIXTURES / "ferry_strike.json").read_text("utf-8")))
    script = build_script(doc, normalize_text=False, words_to_know=True)
    assert [c.title for c in script.chapters] == [
        "Ferry workers strike for 48 hours as island schools close", "What the union wants",
        "Schools and shops", "What happens next", "Words to know"]
    roles = [[u.role for u in c.utterances] for c in script.chapters]
    assert roles == [
        ["title", "summary", "summary", "summary", "body", "body", "picture", "body"],
        ["heading", "body", "body", "quote", "quote", "quote", "media", "body", "body"],
        ["heading", "picture", "body", "picture"],
        ["heading", "body", "media"],
        ["heading", "terms", "terms"],
    ]
    # Every document sentence is said exactly once, in order.
    said_ids = [u.sentence_id for c in script.chapters for u in c.utterances if u.sentence_id]
    assert said_ids == [s.id for s in doc.sentences()]
    pictures = [u.display for c in script.chapters for u in c.utterances if u.role == "picture"]
    assert pictures == [
        # alt and caption say the same: the caption alone, no credit
        "Picture: Ferry workers hold placards outside the Port Delling terminal on Mar. 1, 2025.",
        # the alt is a file name: the caption
        "Picture: An empty ferry ramp at dawn.",
        # they clearly differ: both
        "Picture: A boy carries a crate of milk up a steep street. "
        "Greer Island has one shop for 900 people.",
    ]
    notes = [u.display for c in script.chapters for u in c.utterances if u.role == "media"]
    assert notes == ["The original article has a video here: Ferry strike leaves islanders "
                     "stranded.",
                     "The original article has an audio clip here: Listen to the union's "
                     "statement."]
    every = " ".join(u.display for c in script.chapters for u in c.utterances)
    assert "Tom Reyes" not in every and "Harbour Herald" not in every


def test_script_to_dict_is_json_and_complete() -> None:
    script = build_script(small_doc(), normalize_text=False)
    data = json.loads(json.dumps(script_to_dict(script)))
    assert list(data) == ["title", "language", "chapters"]
    assert data["title"] == "Bakery wins prize" and data["language"] == "en"
    assert data["chapters"][0]["utterances"][1] == {
        "text": "A small bakery won a national prize.", "role": "summary", "pause_ms": 700,
        "sentence_id": "s1", "display": "A small bakery won a national prize."}
    rebuilt = [[Utterance(**u) for u in c["utterances"]] for c in data["chapters"]]
    assert rebuilt == [list(c.utterances) for c in script.chapters]


def test_format_script_is_one_line_per_utterance() -> None:
    script = build_script(small_doc(), normalize_text=False)
    text = format_script(script)
    lines = text.splitlines()
    assert lines[0] == "Bakery wins prize  (en, 3 chapters, 11 utterances)"
    assert "Chapter 1: Bakery wins prize" in lines
    assert "Chapter 3: What is next" in lines
    assert "  [summary 700ms] s1  A small bakery won a national prize." in lines
    assert "  [body 350ms]    s2  The bakery opened last spring." in lines
    assert "  [title 1000ms]      Bakery wins prize" in lines
    assert "  [quote 1200ms]      Said by Head judge Ana Lind." in lines
    utterance_lines = [ln for ln in lines if ln.startswith("  [")]
    assert len(utterance_lines) == sum(len(c.utterances) for c in script.chapters)


# -- any document: the rules that always hold (Hypothesis) ----------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_text = st.one_of(
    st.sampled_from(["", "  ", "—", "Rain fell.", "It cost $5.", "The U.N. met.", "Yes!",
                     "“Quoted,” she said.", "Picture: a map."]),
    st.text(alphabet="ab .,!?-—0123456789", max_size=20),
)
_counter = iter(range(10**9))


def _sentences(draw_texts: list[str]) -> tuple[Sentence, ...]:
    return tuple(Sentence(f"s{next(_counter)}", t) for t in draw_texts)


_block = st.one_of(
    st.lists(_text, max_size=4).map(lambda ts: Paragraph(_sentences(ts))),
    st.tuples(st.lists(_text, max_size=3), st.sampled_from([None, "", "Ann Lee"]))
      .map(lambda x: Quote(_sentences(x[0]), attribution=x[1])),
    st.lists(st.lists(_text, max_size=2), max_size=3)
      .map(lambda items: ListBlock(tuple(ListItem(_sentences(i)) for i in items))),
    st.tuples(_text, _text, _text).map(lambda x: Figure(alt=x[0], caption=x[1], credit=x[2])),
    st.tuples(_text, _text).map(lambda x: Media(title=x[0], description=x[1])),
)
_section = st.tuples(st.sampled_from([None, "", "Next steps", "9 to 5", "—"]),
                     st.lists(_block, max_size=4)).map(lambda x: Section(x[0], tuple(x[1])))
_doc = st.builds(
    Document, title=_text, sections=st.lists(_section, max_size=4).map(tuple),
    summary=st.lists(st.lists(_text, max_size=2).map(lambda ts: Paragraph(_sentences(ts))),
                     max_size=2).map(tuple),
    terms=st.lists(st.builds(Term, term=_text, explanation=_text), max_size=2).map(tuple))


@settings(max_examples=100, deadline=None)
@given(_doc, st.booleans(), st.booleans())
def test_any_document_gives_a_well_formed_script(doc: Document, media: bool, terms: bool) -> None:
    script = build_script(doc, normalize_text=False, media_notes=media, words_to_know=terms)
    said = [u for c in script.chapters for u in c.utterances]
    assert all(c.utterances for c in script.chapters)
    assert all(any(ch.isalnum() for ch in u.text) and u.display for u in said)
    assert all(u.role in ROLES and 0 <= u.pause_ms <= 10_000 for u in said)
    assert all(c.utterances[-1].pause_ms >= DEFAULT_PAUSES["chapter"] for c in script.chapters)
    speakable = [s.id for s in doc.sentences() if any(ch.isalnum() for ch in s.text)]
    assert [u.sentence_id for u in said if u.sentence_id] == speakable
    if not media:
        assert all(u.role != "media" for u in said)
    # a chapter opened by a heading is titled with it; those titles follow the document order
    headed = iter([s.heading.strip() for s in doc.sections if s.heading and s.heading.strip()])
    for chapter in script.chapters:
        first = chapter.utterances[0]
        if first.role == "heading" and chapter.title != WORDS_TO_KNOW:
            assert first.display == chapter.title
            assert any(chapter.title == h for h in headed)
    assert format_script(script).count("\n  [") == len(said)


def test_simplified_sentence_ids_pass_through() -> None:
    doc = Document(title="Easy read", level="easy", sections=(Section(None, (
        Paragraph((Sentence("s5.1", "The bank raised rates.", ("s5",)),
                   Sentence("s5.2", "Loans cost more now.", ("s5",)))),)),))
    said = build_script(doc, normalize_text=False).chapters[0].utterances
    assert [(u.sentence_id, u.pause_ms) for u in said] == [(None, 1000), ("s5.1", 350),
                                                           ("s5.2", 1200)]


def test_format_script_of_nothing() -> None:
    script = build_script(Document(title=""), normalize_text=False)
    assert script.chapters == ()
    assert format_script(script) == "(untitled)  (en, 0 chapters, 0 utterances)\n"
    assert script_to_dict(script) == {"title": "", "language": "en", "chapters": []}
