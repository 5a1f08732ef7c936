"""``A because B`` → ``A.`` ``This is because B.``; ``NAME, who VERB …`` repeats the name (never a guessed he/she)."""

from __future__ import annotations

import pytest

from speakit.simplify.sentences import Context, split_sentence


def easy() -> Context:
    return Context(level="easy")


@pytest.mark.parametrize("before, after", [
    ("The library will stay open until nine on weekdays because many students study there after work.",
     ["The library will stay open until nine on weekdays.",
      "This is because many students study there after work."]),
    ("The council delayed the vote on the new bridge mainly because the money had not arrived.",
     ["The council delayed the vote on the new bridge.", "This was mainly because the money had not arrived."]),
    ("The prize went to the chemist Ingrid Olsen, who found a cheaper way to clean river water.",
     ["The prize went to the chemist Ingrid Olsen.", "Ingrid Olsen found a cheaper way to clean river water."]),
])
def test_splits(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after


@pytest.mark.parametrize("text", [
    "The school closed early on Friday not because of snow but because the boiler broke down again.",
    "The ferry was late on Monday morning because of the strong winds along the coast.",
    "The club thanked the members of the Harbour Rowing Club, who raised money for the new boats.",
])
def test_left_whole(text: str) -> None:
    out = split_sentence(text, easy())
    assert not any(p.startswith(("This is because", "This was because")) for p in out)
    assert not any(p.startswith("Harbour Rowing Club") for p in out)
