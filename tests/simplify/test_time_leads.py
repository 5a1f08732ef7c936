"""Easy-only rules for long time openings: a duration that 'went on', and who said it before when."""

from __future__ import annotations

import pytest

from speakit.simplify.sentences import Context, split_sentence


def easy() -> Context:
    return Context(level="easy", people={"Amara Osei", "Osei"})


@pytest.mark.parametrize("before, after", [
    ("For more than a week after that, both the council and the harbour board danced around the question.",
     ["Both the council and the harbour board danced around the question.",
      "This went on for more than a week after that."]),
    ("For three long months, volunteers carried sandbags from the depot to the river wall.",
     ["Volunteers carried sandbags from the depot to the river wall.", "This went on for three long months."]),
])
def test_duration_lead_went_on(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after


@pytest.mark.parametrize("text", [
    "For more than a week after that, nobody from the council answered the letters from the farmers.",  # no action
    "For three months, the ferry will run only twice a day between the two islands.",  # not past
    'For two years, Osei said "the bridge is safe" to every reporter in the town.',  # a quotation
])
def test_duration_lead_left_alone(text: str) -> None:
    assert not any(p.startswith("This went on") for p in split_sentence(text, easy()))


def test_duration_lead_is_easy_only() -> None:
    text = "For more than a week after that, both the council and the harbour board danced around the question."
    assert split_sentence(text, Context(level="plain")) == [text]


@pytest.mark.parametrize("before, after", [
    ("Earlier this year, the port authority said the island had shipped more than four million crates of apples.",
     ["The port authority said the island had shipped more than four million crates of apples.",
      "It said this earlier this year."]),
    ("On Monday, Osei said that the new school would open two classrooms for older pupils in May.",
     ["Osei said the new school would open two classrooms for older pupils in May.",
      "Osei said this on Monday."]),
    ("Last week, local farmers warned the river could flood three villages before the harvest.",
     ["Local farmers warned the river could flood three villages before the harvest.",
      "They warned this last week."]),
    ("In 2019, the Harbour Board reported that 41 boats had sunk in the storms along the coast.",
     ["The Harbour Board reported 41 boats had sunk in the storms along the coast.",
      "It reported this in 2019."]),
])
def test_time_lead_then_said(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after


@pytest.mark.parametrize("text", [
    'On Monday, Osei said: "The new school will open two classrooms for older pupils in May."',  # a quotation
    "On Monday, Deputy Mayor Ann Cole said the new school would open two classrooms in May.",  # no safe pronoun
    "Last week, the board said it would wait.",  # short: stays whole
])
def test_time_lead_said_left_alone(text: str) -> None:
    assert not any(" this " + w in p for p in split_sentence(text, easy())
                   for w in ("on Monday", "last week"))
