"""repair_text: glued words, missing spaces, apostrophes, quotes — and never a letter lost."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from speakit.read.repair import (fix_possessives, fix_punctuation_spacing, normalize_characters,
                                 repair_text, split_glued_words)

GLUED = [
    ("the crews were grindingslave labourers", "the crews were grinding slave labourers"),
    ("Korea said no. A report on Koreaand its army", "Korea said no. A report on Korea and its army"),
    ("Butthere was more.", "But there was more."),
    ("preferring ambiguityto action", "preferring ambiguity to action"),
    ("they andused the money", "they and used the money"),
    ("official estimatessuggest a rise", "official estimates suggest a rise"),
    ("soldiers in uniformit would seem", "soldiers in uniform it would seem"),
    ("hisfrustration grew", "his frustration grew"),
    ("statements of condemnationbut little else", "statements of condemnation but little else"),
    ("itsgovernment has historicallybeen slow", "its government has historically been slow"),
    ("react somehow, butthere is no tool", "react somehow, but there is no tool"),
    ("the UkrainianPresident spoke", "the Ukrainian President spoke"),
    ("Putin met andKim agreed", "Putin met and Kim agreed"),
    ("said the minister,saidMinyoung Lee", "said the minister, said Minyoung Lee"),
    ("it sat inthe middle ofthe road", "it sat in the middle of the road"),
    ("the Ministry ofEducation said", "the Ministry of Education said"),
    ("it opened in2022 and cost $4.2billion, or 12percent more", "it opened in 2022 and cost $4.2 billion, or 12 percent more"),
    ("the war began in February 2022while talks", "the war began in February 2022 while talks"),
]

KEEP_WHOLE = [
    "Zelenskyy met Ghazouani in Kyiv, and Minyoung Lee watched on YouTube.",
    "McDonald and DeSantis bought an iPhone, a PlayStation and an iPad for O'Brien.",
    "Neil deGrasse Tyson, CalMac, GoPro, eBay and macOS stay whole.",
    "The livestreamed hearing covered chatbots, deepfakes and a cyberattack on the drawdown.",
    "The counteroffensive used microplastics data from crowdfunding and telehealth nonprofits.",
    "Lockdown, shutdown, standoff, turnout, pushback and takeover were all on the agenda.",
    "Amazon.com, bbc.co.uk and report.pdf stay as they are, as does jane.doe@example.org.",
    "Visit https://example.com/a,b?x=1.Then and follow @CityNews or #FloodWatch.",
    "The whistleblower told homebuyers and automakers about the onboarding webinar.",
    "The 2nd Corps, the 75th class, 10am, 5pm, 4G, COVID19, F35, A320 and the 2020s stay whole.",
]


@pytest.mark.parametrize(("glued", "fixed"), GLUED)
def test_glued_words_are_split(glued: str, fixed: str) -> None:
    assert repair_text(glued) == fixed


@pytest.mark.parametrize("text", KEEP_WHOLE)
def test_names_compounds_and_addresses_stay_whole(text: str) -> None:
    assert repair_text(text) == text


def test_capitalised_glue_needs_evidence() -> None:
    # No "Calland" → "Call and" or "Washer" → "Was her" without the head standing alone.
    assert split_glued_words("Calland and Washer met Tolland.", context="") == \
        "Calland and Washer met Tolland."
    assert split_glued_words("Calland met.", context="Call me. Calland met.") == "Call and met."


def test_repeated_camel_case_is_a_name() -> None:
    text = "BlueHarbor said on Monday. Shares in BlueHarbor rose."
    assert repair_text(text) == text


@pytest.mark.parametrize(("before", "after"), [
    ("Until now,North Koreans", "Until now, North Koreans"),
    ("in February 2022.While both", "in February 2022. While both"),
    ("going swimmingly right.He's facing", "going swimmingly right. He's facing"),
    ('wrote Zelenskyy on X."Aggressors must', 'wrote Zelenskyy on X. "Aggressors must'),
    ('said Frolova."It shows', 'said Frolova. "It shows'),
    ("Samuel Greene,a Russia expert", "Samuel Greene, a Russia expert"),
    ('"We lost it,"said Ann.', '"We lost it," said Ann.'),
    ('the "fair game"and more', 'the "fair game" and more'),
    ("audiences,[using troops] is", "audiences, [using troops] is"),
    ("the Transit Union(ATU) said", "the Transit Union (ATU) said"),
    ("It was over.Why?Because", "It was over. Why? Because"),
    ("Note:the vote", "Note: the vote"),
])
def test_missing_spaces_after_punctuation(before: str, after: str) -> None:
    assert fix_punctuation_spacing(before) == after


@pytest.mark.parametrize("text", [
    "The U.S. and U.K. met in Washington, D.C. on Monday.",
    "e.g. wheat, i.e. grain, and J.K. Rowling at 4:30 p.m. on 3:1 odds.",
    "It rose 1.3 per cent to 12,000 units, or 2,500.5 tonnes.",
    "See bbc.co.uk or X.com and open report.pdf from https://a.example/x.Y",
    "Write to news.desk@example.co.uk before 10.30.",
    "Ph.D. students at ASP.NET events.",
    "Every (s)he and friend(s) stays; 9/11 and U.S.-Russia talks too; John 3:16 and 2:1.",
])
def test_spacing_leaves_abbreviations_numbers_and_addresses(text: str) -> None:
    assert repair_text(text) == text


@pytest.mark.parametrize(("before", "after"), [
    ("Vladimir Putin and Kim Jong-un met. Russia could use Kim Jong-uns troops, "
     "and Russias president helps North Koreas temperamental dictator. North Korea agreed.",
     "Vladimir Putin and Kim Jong-un met. Russia could use Kim Jong-un's troops, "
     "and Russia's president helps North Korea's temperamental dictator. North Korea agreed."),
])
def test_missing_possessive_apostrophes(before: str, after: str) -> None:
    assert fix_possessives(before) == after


@pytest.mark.parametrize("text", [
    "The two Koreas signed. Korea is split.",                 # plural after "two"
    "Williams said so. William agreed.",                      # a common word in its own right
    "North Koreans fighting in Russia. North Korean troops.",  # demonym plural
    "Russias is not a word here, and Russia never appears twice.",  # verb-like next word
    "Texas ranchers met.",                                    # base never appears alone
    "An MP spoke. MPs warned that CEOs earn more than a CEO did.",  # acronym plurals
    "A Houthi leader spoke. Houthis attacked ships, and Houthis launch drones, the Houthis said.",
])
def test_possessives_left_alone_when_unsafe(text: str) -> None:
    assert fix_possessives(text) == text


def test_contractions_get_their_apostrophe() -> None:
    assert repair_text("We dont know, and Thats why it isnt over; you cant say we wont.") == \
        "We don't know, and That's why it isn't over; you cant say we wont."


def test_context_decides_names() -> None:
    # Alone, "Putinsaid" has no evidence that "Putin" is a name; the article gives it.
    assert repair_text("Putinsaid no.", context="Putin spoke. Putinsaid no.") == "Putin said no."


def test_characters_are_normalised() -> None:
    text = "\u201cIt\u2019s fine,\u201d she said.\u00a0Co\u00adoperation\u200b  now\r\nnext\u2009line"
    assert normalize_characters(text) == "\"It's fine,\" she said. Cooperation now\nnext line"


def _alnum(text: str) -> list[str]:
    return [c for c in text if c.isalnum()]


@settings(max_examples=300, deadline=None)
@given(st.text())
@example("\u02bc")  # a modifier-letter apostrophe is a letter: it must not become "'"
@example("\ufb01 \u00bd \u2460 x\u0301")
def test_repair_never_changes_a_letter_or_digit(text: str) -> None:
    assert _alnum(repair_text(text)) == _alnum(text)


WORDS = st.sampled_from(["the", "Korea", "and", "used", "U.S.", "2022.", "While", "now,", "North",
                         "\"Aggressors", "X.", "its", "government", "saidMinyoung", "Russias",
                         "president", "1.3", "12,000", "e.g.", "bbc.co.uk", "it's", "\u2019", "\u201c"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join), st.lists(WORDS, max_size=30).map("".join))
def test_repair_keeps_letters_on_news_like_text(spaced: str, glued: str) -> None:
    for text in (spaced, glued, spaced + glued):
        out = repair_text(text)
        assert _alnum(out) == _alnum(text)
        assert repair_text(out) == out or _alnum(repair_text(out)) == _alnum(text)
