"""The packaged glossary meets the easy-read standard, and the easy level uses it.

Every explanation is inserted verbatim after the sentence that first uses its term,
so it must already be easy read (Inclusion Europe): one sentence that starts with
the term, at most 12 words, short everyday words, no rare word, and no other
common-word term of the glossary (a reader would meet a new hard word inside the
help). Limits chosen here:

* words: at most 12 per explanation (readability.words), 6-10 on average;
* grade: the Flesch-Kincaid grade of the words the writer chose, i.e. the sentence
  with its own term replaced by "It" and every other capitalized name by "X" (names
  cannot be made shorter), is at most 9 for each entry and at most 4 on average;
  the grade of the whole sentence, term and names included, is at most 6.5 on
  average (one short sentence that names "Denuclearization" grades high alone).
"""

from __future__ import annotations

import re
from dataclasses import replace
import statistics

import pytest

from simplify_kit import explanation as _explanation
from simplify_kit import texts as _texts

from speakit.document import Document, Paragraph, Section, Sentence
from speakit.simplify import glossary, simplify
from speakit.simplify.frequency import is_rare
from speakit.simplify.readability import measure, words
from speakit.simplify.sentences import split_paragraph
from speakit.simplify.terms import Matcher

# Each meaning of a term with several is held to the same rules as a whole explanation.
ENTRIES = glossary.packaged() + tuple(replace(e, explanation=s.explanation, senses=())
                                      for e in glossary.packaged() for s in e.senses)
MAX_WORDS = 12
MAX_GRADE = 9.0
MEAN_GRADE = 4.0
MEAN_WHOLE_GRADE = 6.5

# Another common-word term inside an explanation, where no plain wording is true:
# a nuclear arsenal cannot be explained without nuclear weapons.
ALLOWED_INNER_TERMS = {
    ("ICBM", "nuclear weapon"),
    ("nuclear arsenal", "nuclear weapon"),
    ("nonproliferation", "nuclear weapon"),
    ("denuclearization", "nuclear weapon"),
    ("eurozone", "euro"),
}

def ids(entry: glossary.Entry) -> str:
    return entry.term


def own_words(entry: glossary.Entry) -> set[str]:
    return {w.casefold() for s in (*entry.spellings, entry.expansion or "") for w in words(s)}


def plain_part(entry: glossary.Entry) -> str:
    """The explanation with its own term replaced by "It" and other names by "X"."""
    text = entry.explanation
    for spelling in sorted(entry.spellings, key=len, reverse=True):
        m = re.match(r"(?:(?:The|A|An) )?" + re.escape(spelling) + r"(?:['’]s)?\b", text, re.IGNORECASE)
        if m:
            text = "It" + text[m.end():]
            break
    first, *rest = text.split(" ")
    return " ".join([first] + [re.sub(r"^[A-Z][\w'’.&-]*", "X", tok) for tok in rest])


def test_the_glossary_is_not_empty() -> None:
    assert len(ENTRIES) >= 600
    assert sum(e.kind == "word" for e in ENTRIES) >= 100


@pytest.mark.parametrize("entry", ENTRIES, ids=ids)
def test_explanation_is_one_sentence(entry: glossary.Entry) -> None:
    # split_paragraph is what simplify uses to turn an explanation into sentences.
    assert split_paragraph(entry.explanation) == [entry.explanation]
    assert entry.explanation.endswith(".")


@pytest.mark.parametrize("entry", ENTRIES, ids=ids)
def test_explanation_starts_with_its_term(entry: glossary.Entry) -> None:
    text = re.sub(r"^(?:The|A|An) ", "", entry.explanation).casefold()
    assert any(text.startswith(s.casefold()) for s in entry.spellings), entry.explanation


@pytest.mark.parametrize("entry", ENTRIES, ids=ids)
def test_explanation_is_short(entry: glossary.Entry) -> None:
    assert len(words(entry.explanation)) <= MAX_WORDS, entry.explanation


def test_explanations_are_short_on_average() -> None:
    counts = [len(words(e.explanation)) for e in ENTRIES]
    assert 6 <= statistics.mean(counts) <= 10.5


@pytest.mark.parametrize("entry", ENTRIES, ids=ids)
def test_explanation_grade(entry: glossary.Entry) -> None:
    grade = measure([plain_part(entry)]).fk_grade
    assert grade is not None and grade <= MAX_GRADE, (plain_part(entry), grade)


def test_explanation_grades_on_average() -> None:
    parts = [measure([plain_part(e)]).fk_grade or 0.0 for e in ENTRIES]
    wholes = [measure([e.explanation]).fk_grade or 0.0 for e in ENTRIES]
    assert statistics.mean(parts) <= MEAN_GRADE
    assert statistics.mean(wholes) <= MEAN_WHOLE_GRADE


@pytest.mark.parametrize("entry", ENTRIES, ids=ids)
def test_explanation_has_no_rare_word(entry: glossary.Entry) -> None:
    own = own_words(entry)
    rare = [w for w in words(entry.explanation)
            if w.casefold() not in own and not w[0].isupper() and is_rare(w)]
    assert rare == [], entry.explanation


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(glossary.load(None))


@pytest.mark.parametrize("entry", ENTRIES, ids=ids)
def test_explanation_uses_no_other_common_term(entry: glossary.Entry, matcher: Matcher) -> None:
    # Names (the UN, Gaza, Congress) may appear: they are names, and their own
    # entries explain them. A common-word term (a treaty, inflation) may not.
    own = own_words(entry)
    inner = []
    for _a, _b, spelling in matcher.find(entry.explanation):
        other = matcher.entry(spelling)
        if other is None or other.term == entry.term or not other.term.islower():
            continue
        if all(w.casefold() in own for w in words(spelling)):
            continue  # part of its own name ("budget" in "budget deficit")
        if (entry.term, other.term) not in ALLOWED_INNER_TERMS:
            inner.append(other.term)
    assert inner == [], entry.explanation


def test_allowed_inner_terms_are_still_needed(matcher: Matcher) -> None:
    by_term = {e.term: e for e in ENTRIES}
    for term, other in ALLOWED_INNER_TERMS:
        found = {matcher.entry(s).term for _a, _b, s in matcher.find(by_term[term].explanation)  # type: ignore[union-attr]
                 if matcher.entry(s) is not None}
        assert other in found, (term, other)


def test_every_spelling_is_found_in_running_text(matcher: Matcher) -> None:
    missed = set()
    for entry in glossary.packaged():
        for spelling in entry.spellings:
            text = f"On Monday, they spoke of {spelling} again."
            hits = [s for _a, _b, s in matcher.find(text)]
            if not any(matcher.entry(s) is entry for s in hits):
                missed.add(spelling)
    assert missed == set()


# -- the easy level uses the glossary: with / without ------------------------------------

# A short article written for this test.
ARTICLE = [
    "The town council tacitly admitted on Tuesday that the new flood wall is late.",
    "Officials set a curfew after looting in two streets near the river.",
    "Reportedly, the builder asked for more money to finish the job.",
    "The council says sanctions against the builder are not planned.",
]


def _doc() -> Document:
    sentences = tuple(Sentence(f"s{i}", t) for i, t in enumerate(ARTICLE, start=1))
    return Document(title="Flood wall is late, council admits", summary=(),
                    sections=(Section(None, (Paragraph(sentences),)),))


def test_easy_explains_added_everyday_words_after_first_use() -> None:
    out = _texts(simplify(_doc(), "easy"))
    tacitly, curfew, looting = (_explanation(t) for t in ("tacitly", "curfew", "looting"))
    assert tacitly == "Tacitly means without saying it out loud."
    first = next(i for i, t in enumerate(out) if "tacitly admitted" in t)
    assert out[first + 1] == tacitly
    curfew_at = next(i for i, t in enumerate(out) if "curfew" in t and t != curfew)
    assert out.index(curfew) > curfew_at and out.index(looting) > curfew_at
    assert _explanation("reportedly") in out
    assert out.count(curfew) == 1


def test_easy_lists_them_in_words_to_know() -> None:
    terms = {t.term.lower(): t.explanation for t in simplify(_doc(), "easy").terms}
    assert terms["tacitly"] == _explanation("tacitly")
    assert terms["curfew"] == _explanation("curfew")


def test_plain_does_not_explain_everyday_words() -> None:
    out = simplify(_doc(), "plain")
    everyday = {e.explanation for e in ENTRIES if e.kind == "word"}
    assert [t for t in _texts(out) if t in everyday] == []
    assert {t.term.lower() for t in out.terms} & {"tacitly", "curfew", "looting", "reportedly"} == set()
    # a news term (kind "term") is explained at both levels
    assert _explanation("sanctions") in _texts(out)


def test_without_the_words_nothing_is_explained() -> None:
    plain_article = ["The town council said on Tuesday that the new flood wall is late.",
                     "The builder wants more money to finish the job."]
    sentences = tuple(Sentence(f"s{i}", t) for i, t in enumerate(plain_article, start=1))
    doc = Document(title="Flood wall is late", summary=(), sections=(Section(None, (Paragraph(sentences),)),))
    out = simplify(doc, "easy")
    assert len(_texts(out)) == len(plain_article)
    assert out.terms == ()


# Member counts go stale ("a group of 27 countries"); a count the name or the meaning carries does not.
COUNT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)\s+"
                   r"(?:\w+\s+)?(?:countries|members|member states|states|nations)\b", re.IGNORECASE)
COUNT_IN_NAME = {"G7", "Five Eyes", "Gulf Cooperation Council", "bilateral"}


def test_no_member_count_that_goes_stale() -> None:
    stale = [e.explanation for e in ENTRIES if COUNT.search(e.explanation) and e.term not in COUNT_IN_NAME]
    assert stale == []
    assert COUNT.search("The EU is a group of 27 European countries.")  # the pattern catches the old form
