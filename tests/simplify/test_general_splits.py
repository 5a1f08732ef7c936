"""Splits that unseen articles needed: written for these tests, at both levels unless said."""

from __future__ import annotations

import pytest

from speakit.simplify.sentences import Context, split_sentence

LEVELS = ("plain", "easy")


def ctx(level: str) -> Context:
    return Context(level=level, people={"Amara Osei", "Osei"})


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("before, after", [
    ("It said the changing rooms have no hot water on most winter evenings and that the roof leaks over the stands.",
     ["It said the changing rooms have no hot water on most winter evenings.",
      "It also said the roof leaks over the stands."]),
    ("The survey found that most ferries run late on Mondays in winter and that two boats need new engines soon.",
     ["The survey found that most ferries run late on Mondays in winter.",
      "The survey also found that two boats need new engines soon."]),
])
def test_said_a_and_that_b(level: str, before: str, after: list[str]) -> None:
    assert split_sentence(before, ctx(level)) == after


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("before, after", [
    ("Ferry crews at Port Ellis will stop work for two days from March 3 over a new rota for the winter, "
     "the union said on Wednesday.",
     ["Ferry crews at Port Ellis will stop work for two days from March 3 over a new rota for the winter.",
      "The union said this on Wednesday."]),
    ("Herons from the flooded marsh were far less likely to nest in the reeds the next spring, "
     "the team reported in the journal Wetland Birds.",
     ["Herons from the flooded marsh were far less likely to nest in the reeds the next spring.",
      "The team reported this in the journal Wetland Birds."]),
    ("Snails that live near the old quarry grow twice as fast as snails in the valley, "
     "according to a study by students at the town college.",
     ["Snails that live near the old quarry grow twice as fast as snails in the valley.",
      "This is according to a study by students at the town college."]),
])
def test_trailing_source_gets_its_own_sentence(level: str, before: str, after: list[str]) -> None:
    assert split_sentence(before, ctx(level)) == after


@pytest.mark.parametrize("text", [
    "The ferry will run late, the union said.",                                   # short: reads well whole
    'The ferry "will never run on time," the union said on Wednesday.',            # a quotation
    "Crews stopped work on Monday, according to Osei.",                            # short claim
])
def test_trailing_source_left_whole(text: str) -> None:
    for level in LEVELS:
        parts = split_sentence(text, ctx(level))
        assert not any(" said this" in p or p.startswith("This is according to") for p in parts), parts


def test_plain_uses_the_easy_rules_only_for_a_sentence_over_25_words() -> None:
    long = ("The harbour board warned that it may have to close the old ferry ramp to cars and vans for up to a "
            "week at a time if the winter storms do not ease.")
    assert len(long.split()) > 25
    assert split_sentence(long, ctx("plain")) == [
        "The harbour board warned that it may have to close the old ferry ramp to cars and vans for up to a "
        "week at a time.", "This could happen if the winter storms do not ease."]
    short = "The harbour board warned that it may have to close the old ferry ramp if the storms do not ease."
    assert split_sentence(short, ctx("plain")) == [short]  # 20 words: plain leaves it whole
    assert split_sentence(short, ctx("easy")) == [
        "The harbour board warned that it may have to close the old ferry ramp.",
        "This could happen if the storms do not ease."]


@pytest.mark.parametrize("level, whole", [("plain", True), ("easy", False)])
def test_trailing_speaker_without_time(level: str, whole: bool) -> None:
    text = ("While other snails are known to sleep for months, none had been shown to last this long in such heat, "
            "Osei said.")
    parts = split_sentence(text, ctx(level))
    assert (parts == [text]) is whole
    if not whole:
        assert parts[-1] == "Osei said this."


def test_said_a_and_that_b_with_a_quoted_phrase_inside() -> None:
    text = 'Osei said the ferry was "older than the harbour itself" and that a new one would take three years.'
    assert split_sentence(text, ctx("plain")) == [
        'Osei said the ferry was "older than the harbour itself".',
        "Osei also said a new one would take three years."]
    opening = '"The ferry is older than the harbour," Osei said, and that a new one would take years.'
    assert not any(p.startswith("Osei also said") for p in split_sentence(opening, ctx("plain")))


@pytest.mark.parametrize("level", LEVELS)
def test_noun_list_after_a_comma_is_no_participle(level: str) -> None:
    text = ("It helps families in the town with food parcels and offers free sessions to give advice on debt, "
            "housing and benefits.")
    parts = split_sentence(text, ctx(level))
    assert parts[-1].endswith("advice on debt, housing and benefits.")
    assert not any(p.startswith(("It houses", "It also houses")) for p in parts)


def test_which_after_a_prepositional_phrase_names_the_right_noun() -> None:
    text = ("The researchers now plan to test whether the effect is the same in honeybees, which are kept by "
            "about 45,000 beekeepers in the UK.")
    parts = split_sentence(text, ctx("easy"))
    assert parts[-1] == "The honeybees are kept by about 45,000 beekeepers in the UK."
    assert not any(p.startswith("The same in") for p in parts)


@pytest.mark.parametrize("text, person", [
    ("The company, Carrick Ferries, said it would not change the new rotas before the summer season begins.", False),
    ("Ferrow Foods said it would cut 350 jobs and close its oldest factory in the spring.", False),
    ("The chief executive of the hospital, Mark Hollis, said the new ward would open in May.", True),
])
def test_a_company_is_no_person(text: str, person: bool) -> None:
    from speakit.simplify.sentences import find_people

    people = find_people([text])
    assert bool(people) is person, people
    if not person:
        parts = split_sentence(text, Context(level="easy", people=people))
        assert not any(p.startswith(("Ferries ", "Foods ")) for p in parts), parts


def test_quote_speaker_with_party_tag_and_who_aside() -> None:
    text = ('"Every town deserves a bridge that will not fall down," said Sen. Ana Cole, D-Ore., '
            'who wrote the bill with Sen. Paul Hart, R-Ohio.')
    people = {"Ana Cole", "Cole", "Paul Hart", "Hart"}
    assert split_sentence(text, Context(level="easy", people=people)) == [
        'Sen. Ana Cole, D-Ore., said: "Every town deserves a bridge that will not fall down."',
        "Cole wrote the bill with Sen. Paul Hart, R-Ohio."]
    assert split_sentence(text, Context(level="plain", people=people)) == [
        '"Every town deserves a bridge that will not fall down," said Sen. Ana Cole, D-Ore.',
        "Cole wrote the bill with Sen. Paul Hart, R-Ohio."]
    # without the aside, the plain sentence stays whole
    short = '"Every town deserves a bridge," said Sen. Ana Cole, D-Ore.'
    assert split_sentence(short, Context(level="plain", people=people)) == [short]
