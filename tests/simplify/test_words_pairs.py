"""Plain-word pairs fixed after reading real output: each swap fits every sense, or is left out."""

from __future__ import annotations

import pytest

from speakit.simplify.words import swap_words


@pytest.mark.parametrize("before, after", [
    ("The town traded timber in exchange for grain.", "The town traded timber for grain."),
    ("The council purchased two buses.", "The council bought two buses."),
    ("The mill is located in Turku.", "The mill is in Turku."),
    ("Nonetheless, the ferry sailed.", "Still, the ferry sailed."),
])
def test_new_pairs(before: str, after: str) -> None:
    assert swap_words(before)[0] == after


@pytest.mark.parametrize("text", [
    "The mayor tacitly accepted the plan.",          # not "quietly": the meaning differs
    "The purchase of two buses was approved.",        # the noun has no plain "buy"
    "Bus fares are increasingly high.",               # not "more and more high"
    "The plan has increasingly been criticised.",
    "Interest accrues to the owner.",
])
def test_pairs_left_out(text: str) -> None:
    for word in ("quietly", "buy", "more and more", "build up", "builds up"):
        assert word not in swap_words(text)[0]


def test_adjective_swaps_keep_their_word_class() -> None:
    assert swap_words("The initial plan failed.")[0] == "The first plan failed."
    assert swap_words("Her initials were on the door.")[0] == "Her initials were on the door."


@pytest.mark.parametrize("before, after", [
    ("The dish is often referred to as a stew.", "The dish is often called a stew."),
    ("The panel is composed of five judges.", "The panel is made up of five judges."),
    ("The name derives from an old word.", "The name comes from an old word."),
    ("The team did as well as expected.", "The team did as well as expected."),
])
def test_phrases_asset_references_shorten(before: str, after: str) -> None:
    assert swap_words(before)[0] == after
