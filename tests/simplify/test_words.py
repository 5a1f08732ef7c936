"""Plain words: inflection, swaps with the inflection kept, never in quotes or names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speakit.simplify.words import analyses, inflect, parse_plain_words, swap_words

TABLE = {
    "acknowledge": "admit",
    "approximately": "about",
    "purchase": "buy",
    "bestow": "give",
    "indicate": "show",
    "enormous": "big",
    "in exchange for": "for",
    "commence": "start",
    "utilize": "use",
    "endeavour": "try",
    "sufficient": "enough",
    "obtain": "get",
    "accelerate": "speed up",
    "armament": "weapon",
}


@pytest.mark.parametrize("base, form, expected", [
    ("admit", "ed", "admitted"),
    ("admit", "ing", "admitting"),
    ("admit", "s", "admits"),
    ("stop", "ed", "stopped"),
    ("visit", "ed", "visited"),
    ("open", "ing", "opening"),
    ("try", "s", "tries"),
    ("try", "ed", "tried"),
    ("play", "ed", "played"),
    ("make", "ing", "making"),
    ("die", "ing", "dying"),
    ("see", "ing", "seeing"),
    ("say", "ed", "said"),
    ("give", "ed", "gave"),
    ("give", "en", "given"),
    ("push", "s", "pushes"),
    ("prefer", "ed", "preferred"),
    ("carry out", "ed", "carried out"),
    ("speed up", "ing", "speeding up"),
    ("child", "s", "children"),
    ("use", "ed", "used"),
    ("be", "s", "is"),
])
def test_inflect(base: str, form: str, expected: str) -> None:
    assert inflect(base, form) == expected


@pytest.mark.parametrize("word, reading", [
    ("acknowledged", ("acknowledge", "ed")),
    ("tries", ("try", "s")),
    ("stopped", ("stop", "ed")),
    ("making", ("make", "ing")),
    ("said", ("say", "ed")),
    ("children", ("child", "s")),
])
def test_analyses_finds_the_lemma(word: str, reading: tuple[str, str]) -> None:
    assert reading in analyses(word)


def test_analyses_readings_inflect_back() -> None:
    for word in ("studies", "hoped", "hopped", "running", "watches", "agreed"):
        for base, form in analyses(word):
            assert inflect(base, form) == word


@pytest.mark.parametrize("before, after", [
    ("He acknowledged the error.", "He admitted the error."),
    ("She is acknowledging it now.", "She is admitting it now."),
    ("The firm acknowledges the delay.", "The firm admits the delay."),
    ("The award was bestowed on her.", "The award was given to her."),
    ("The comments have bestowed a new status.", "The comments have given a new status."),
    ("They bestowed a new, higher status on the town.", "They gave a new, higher status to the town."),
    ("Approximately 300 people came.", "About 300 people came."),
    ("It cost approximately 12,000 dollars.", "It cost about 12,000 dollars."),
    ("They saw an enormous crowd.", "They saw a big crowd."),
    ("They traded oil in exchange for grain.", "They traded oil for grain."),
    ("In exchange for grain, they sent oil.", "For grain, they sent oil."),
    ("Work commenced on Monday.", "Work started on Monday."),
    ("It is safe if there is a sufficient supply.", "It is safe if there is enough supply."),
    ("The car accelerated north.", "The car sped up north."),
    ("They obtained a permit.", "They got a permit."),
    ("Results have been obtained by the team.", "Results have been obtained by the team."),
])
def test_swap_keeps_inflection_and_case(before: str, after: str) -> None:
    assert swap_words(before, TABLE)[0] == after


def test_swap_reports_each_swap() -> None:
    text, swaps = swap_words("We utilized the tools and commenced work.", TABLE)
    assert text == "We used the tools and started work."
    assert [(s.before, s.after) for s in swaps] == [("utilized", "used"), ("commenced", "started")]


@pytest.mark.parametrize("text", [
    'He said "we acknowledged nothing" on Friday.',
    '"They utilized every tool," she said.',
    "Purchase College bought the land.",
    "The Enormous Room is a novel.",
    "The service indicated up to 3,000 staff had left.",
    "They sent weapons and armaments to the front.",
    "'We acknowledged the error,' she said.",
    "‘We utilized every tool,’ he said.",
])
def test_swap_leaves_quotes_names_and_phrasal_traps(text: str) -> None:
    assert swap_words(text, TABLE)[0] == text


def test_swap_outside_quote_but_not_inside() -> None:
    text = 'Officials acknowledged that "we acknowledged the risk" in March.'
    assert swap_words(text, TABLE)[0] == 'Officials admitted that "we acknowledged the risk" in March.'


def test_swap_respects_protected_spans() -> None:
    text = "They acknowledged it."
    start = text.index("acknowledged")
    assert swap_words(text, TABLE, protected=[(start, start + 12)])[0] == text


def test_parse_plain_words_skips_comments_and_bad_lines() -> None:
    table = parse_plain_words("# header\nutilize\tuse\n# address\tdiscuss -- no\n"
                              "in Exchange  for\tfor\nno tab here\n\nsame\tsame\n")
    assert table == {"utilize": "use", "in exchange for": "for"}


_WORDS = st.sampled_from(["the", "council", "acknowledged", "purchase", "approximately", "new",
                          "enormous", "plan", "utilize", "river", "commenced", "in", "exchange", "for"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8), st.lists(_WORDS, min_size=1, max_size=8),
       st.lists(_WORDS, min_size=0, max_size=6))
def test_swaps_never_touch_quoted_text(before: list[str], quoted: list[str], after: list[str]) -> None:
    inner = " ".join(quoted)
    text = f"{' '.join(before)} \"{inner}\" {' '.join(after)}".strip()
    out, _ = swap_words(text, TABLE)
    assert f'"{inner}"' in out


@pytest.mark.parametrize("before, after", [
    ("She won by a majority of more than 9,000 votes.", "She won by a majority of more than 9,000 votes."),
    ("A majority of 412 members voted yes.", "A majority of 412 members voted yes."),
    ("A majority of the members voted yes.", "Most of the members voted yes."),
])
def test_phrase_of_before_a_number_is_kept(before: str, after: str) -> None:
    assert swap_words(before)[0] == after


def test_quantity_phrase_keeps_of_before_a_determiner() -> None:
    assert swap_words("A number of the houses flooded.")[0] == "Some of the houses flooded."
    assert swap_words("A number of houses flooded.")[0] == "Some houses flooded."
