"""Filler words (very, really, currently, also …) dropped; quotes, names and negations untouched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from speakit.simplify import simplify_text
from speakit.simplify.facts import extract_numbers, extract_quotes
from speakit.simplify.words import FILLERS, drop_fillers


@pytest.mark.parametrize("before, after", [
    ("Currently, the ferry is very busy.", "The ferry is busy."),
    ("The ferry, also, runs at night.", "The ferry runs at night."),
    ("The pier, currently the longest in the bay, opened in 1931.",
     "The pier, the longest in the bay, opened in 1931."),
    ("The mill was originally built in 1890.", "The mill was built in 1890."),
    ("Fares are really, really high.", "Fares are high."),
    ("Very few riders came.", "Few riders came."),
])
def test_easy_drops_fillers(before: str, after: str) -> None:
    assert drop_fillers(before, "easy") == after


@pytest.mark.parametrize("text", [
    "The ferry is not very fast.",                  # "not very fast" is not "not fast"
    "She said \"it is very, very cold\" on deck.",  # quotes are verbatim
    "The Very Large Array sits in New Mexico.",     # part of a name
    "The ferry is also known as the Blue Line.",
    "They reached the very end of the pier.",
])
def test_fillers_kept_where_they_carry_meaning(text: str) -> None:
    assert drop_fillers(text, "easy") == text


def test_plain_keeps_time_words() -> None:
    text = "The ferry is currently very slow and also late."
    assert drop_fillers(text, "plain") == "The ferry is currently slow and also late."
    assert "currently" in FILLERS["easy"] and "currently" not in FILLERS["plain"]


def test_simplify_text_drops_fillers_at_easy() -> None:
    out = simplify_text("The bakery currently sells 300 very large loaves a day.", "easy")
    assert out == "The bakery sells 300 large loaves a day."


@given(st.lists(st.sampled_from(["The", "ferry", "very", "also", "currently", "really", "is", "not",
                                 "\"very", "cold\"", "2,000", "boats", ",", "Very", "Large"]),
                min_size=1, max_size=14))
def test_numbers_and_quotes_survive(words: list[str]) -> None:
    text = " ".join(words) + "."
    out = drop_fillers(text, "easy")
    assert extract_numbers(out) == extract_numbers(text)
    assert extract_quotes(out) == extract_quotes(text)


@pytest.mark.parametrize("before, after", [
    ("However, the ferry sailed.", "But the ferry sailed."),
    ("The ferry, however, sailed at noon.", "But the ferry sailed at noon."),
    ("However, Oslo voted no.", "But Oslo voted no."),
])
def test_easy_however_becomes_but(before: str, after: str) -> None:
    assert drop_fillers(before, "easy") == after


@pytest.mark.parametrize("text", [
    "She said \"however, we sail\" at noon.",
    "But the ferry, however, sailed.",
])
def test_however_left_alone(text: str) -> None:
    assert drop_fillers(text, "easy") == text
    assert "however" in drop_fillers("However, the ferry sailed.", "plain").lower()


def test_easy_keeps_also_before_a_second_claim() -> None:
    from speakit.simplify.words import drop_fillers

    # with: a split's "also" tells the reader this is a second claim of the same speaker
    assert drop_fillers("The county also argued that most patients could travel.", "easy") == \
        "The county also argued that most patients could travel."
    assert drop_fillers("Osei has also said the ferry will run.", "easy") == "Osei has also said the ferry will run."
    # without: an "also" that adds nothing is still cut
    assert drop_fillers("The ferry also runs on Sundays.", "easy") == "The ferry runs on Sundays."
