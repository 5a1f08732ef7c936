"""normalize(): shouted capitals inside sentence-case text, and real acronyms beside them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from speakit.speech.normalize import normalize

# Common words that are never acronyms in any list (no "IT", "US", "WHO", "AM").
_SHOUTED = ["WHAT", "HAPPENS", "NEXT", "THIS", "NOT", "DRILL", "GUILTY", "CLOSED", "UNTIL",
            "FURTHER", "NOTICE", "MORE", "WAR", "STORM", "HITS", "COAST", "PRICES", "SOAR",
            "NEVER", "AGAIN", "RHYTHM", "STRENGTHS", "FAMILIES", "WARNED", "LEAVING"]
_TAILS = ["The talks resume on Monday.", "Officials said little.", "Police are at the scene."]


@given(st.lists(st.sampled_from(_SHOUTED), min_size=2, max_size=8), st.sampled_from(_TAILS),
       st.sampled_from(["?", ":", "!", "."]))
def test_shouted_run_before_sentence_case_reads_as_lower_case_words(
        words: list[str], tail: str, mark: str) -> None:
    source = " ".join(words) + mark + " " + tail
    assert normalize(source) == " ".join(words).lower() + mark + " " + tail


@given(st.lists(st.sampled_from(_SHOUTED), min_size=2, max_size=6))
def test_shouted_quote_inside_a_sentence(words: list[str]) -> None:
    source = 'He wrote: "' + " ".join(words) + '" in the post.'
    assert normalize(source) == 'He wrote: "' + " ".join(words).lower() + '" in the post.'


@pytest.mark.parametrize(("source", "must", "must_not"), [
    ("WHAT HAPPENS NEXT? KCNA said the talks were over.", "K C N A", "N E X T"),
    ("UPDATE: FBI agents searched the home, the NHS said.", "F B I", "U P D"),
    ("LIVE: NATO leaders meet in Vilnius", "Nato", "N A T O"),
    ('"I said NO," she told the BBC.', "B B C", "N O"),
    ("BREAKING: The WHO declared an emergency.", "W H O", "B R E"),
])
def test_acronyms_stay_spelled_beside_shouted_words(source: str, must: str, must_not: str) -> None:
    said = normalize(source)
    assert must in said
    assert must_not not in said


def test_hyphenated_money_is_an_adjective_only_before_a_noun() -> None:
    assert normalize("a $1.2-billion deal") == "a one point two billion dollar deal"
    assert normalize("It cost $1.2-billion.") == "It cost one point two billion dollars."
    assert normalize("$20-million") == "twenty million dollars"
    assert normalize("He earns £5m-a-year.") == "He earns five million pounds a year."
    assert "dollars-" not in normalize("The $1.2-billion plan and the $3-million fund")
