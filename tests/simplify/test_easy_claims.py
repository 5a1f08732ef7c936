"""Easy-only rules for claims weighed by others: a question told before the answer, and talk or speculation."""

from __future__ import annotations

import pytest

from speakit.simplify.sentences import Context, split_sentence


def easy() -> Context:
    return Context(level="easy", people={"Amara Osei", "Osei"})


@pytest.mark.parametrize("before, after", [
    ("But most farmers are taking his silence in response to a reporter's question about the new dam as a yes.",
     ["A reporter asked him about the new dam.", "But most farmers are taking his silence as a yes."]),
    ("Locals saw her answer in reply to a question from the council about the ferry timetable as a promise.",
     ["The council asked her about the ferry timetable.", "Locals saw her answer as a promise."]),
])
def test_question_told_first(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after


@pytest.mark.parametrize("text", [
    "Locals saw her answer in reply to a question about the ferry timetable as a promise.",  # nobody asked: no subject
    'Locals took his answer in response to a reporter\'s question about "the dam" as a yes.',  # a quotation
])
def test_question_left_whole(text: str) -> None:
    assert split_sentence(text, easy()) == [text]


@pytest.mark.parametrize("before, after", [
    ("There's been widespread speculation that the mayor has offered to sell the old harbour to a hotel group.",
     ["There has been widespread speculation.",
      "Many people think the mayor has offered to sell the old harbour to a hotel group."]),
    ("There had been much talk that the new bridge would open before the summer festival in the town.",
     ["There had been much talk.", "People said the new bridge would open before the summer festival in the town."]),
])
def test_talk_and_speculation(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after


def test_claim_rules_are_easy_only() -> None:
    text = "There's been widespread speculation that the mayor has offered to sell the old harbour to a hotel group."
    assert split_sentence(text, Context(level="plain")) == [text]
