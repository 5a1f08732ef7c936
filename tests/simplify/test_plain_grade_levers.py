"""Levers that took the plain grade under 8: plain pairs, shorter glossary notes, and 'but' + verb at easy."""

from __future__ import annotations

import pytest

from speakit.simplify import glossary
from speakit.simplify.sentences import Context, split_sentence
from speakit.simplify.words import swap_words


@pytest.mark.parametrize("before, after", [
    ("Rangers are potentially at risk.", "Rangers are possibly at risk."),
    ("Precisely who paid is unclear.", "Exactly who paid is unclear."),
    ("It showed photographs taken by a drone.", "It showed photos taken by a drone."),
    ("The council read the silence as confirmation.", "The council read the silence as proof."),
    ("The vote gave the island an elevated status.", "The vote gave the island a higher status."),
    ("The bank has historically been careful.", "The bank has long been careful."),
    ("There is widespread speculation that he will quit.", "There is much talk that he will quit."),
    ("The lake is estimated to hold 40 fish.", "The lake is thought to hold 40 fish."),
    ("Farm labourers went on strike.", "Farm workers went on strike."),
    ("The army sent weapons and armaments north.", "The army sent weapons north."),
    ("The firms do commercial business abroad.", "The firms do business abroad."),
    ("Prices rose by roughly half.", "Prices rose by about half."),
    ("It would appear to be true.", "It seems to be true."),
    ("It would appear that the dam held.", "It seems that the dam held."),
    ("A reservoir of goodwill remains.", "A supply of goodwill remains."),
    ("The plan was likened to a maze.", "The plan was compared to a maze."),
])
def test_pairs(before: str, after: str) -> None:
    assert swap_words(before)[0] == after


@pytest.mark.parametrize("text", [
    '"It is potentially huge," she said.',     # quotes stay verbatim
    "The Northern Territory voted.",            # a name
    "He was roughly treated.",                  # only "roughly half" is "about half"
    "The territories voted.",                   # 'land' does not fit the political sense
    "He was photographed at the gate.",         # the verb has no plain 'photo'
    "They would appear to be lost.",            # 'seems' would not agree with 'they'
    "It is the best approach to the problem.",  # 'the best way to the problem' is not English
])
def test_pairs_leave_alone(text: str) -> None:
    assert swap_words(text)[0] == text


def test_new_glossary_notes_are_short_and_start_with_the_term() -> None:
    gl = glossary.load(None)
    for spelling in ("fatigues", "ambiguity", "pact"):
        entry = gl.lookup(spelling)
        assert entry is not None, spelling
        assert entry.explanation.lower().startswith((spelling, "a " + spelling))
        assert len(entry.explanation.split()) <= 10


PEOPLE = {"Amara Osei", "Osei"}


@pytest.mark.parametrize("before, after", [
    ("Most nations issue statements of condemnation but do little else.",
     ["Most nations issue statements of condemnation.", "But they do little else."]),
    ("The council approved the budget but delayed the vote on taxes.",
     ["The council approved the budget.", "But the council delayed the vote on taxes."]),
    ("The mayor visited the site on Monday, but said nothing about the cost.",
     ["The mayor visited the site on Monday.", "But the mayor said nothing about the cost."]),
    ("Dr. Amara Osei praised the nurses but warned that beds are short.",
     ["Dr. Amara Osei praised the nurses.", "But Osei warned that beds are short."]),
])
def test_but_verb_splits_at_easy(before: str, after: list[str]) -> None:
    assert split_sentence(before, Context(level="easy", people=set(PEOPLE))) == after


@pytest.mark.parametrize("text", [
    "She did not only sing but danced all night long.",            # not only … but
    "Residents who moved away but came back were given new homes.",  # 'but' inside a relative clause
    "The team was small but growing fast in the north.",           # -ing: an adjective pair
    "The river rose slowly but surely over the whole week.",       # not a verb after 'but'
    "The strike has all but ended in the two big towns.",          # 'all but' means almost
    "He could not leave but was told to wait at the gate.",        # past verb after a present-like aux: unsure
])
def test_but_verb_leaves_whole(text: str) -> None:
    assert split_sentence(text, Context(level="easy", people=set(PEOPLE))) == [text]
