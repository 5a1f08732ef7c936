"""Easy-only sentence rules: one idea per sentence, with sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speakit.simplify.sentences import Context, split_sentence


def easy() -> Context:
    return Context(level="easy", people={"Amara Osei", "Osei"})


@pytest.mark.parametrize("before, after", [
    ("But there is no doubt that its shipments of grain to the islands have been large.",
     ["But one thing is certain.", "Its shipments of grain to the islands have been large."]),
    ("There was little doubt that the old bridge would fail in the next storm.",
     ["One thing was almost certain.", "The old bridge would fail in the next storm."]),
    ("There's no doubt that the fire started in the old mill on Friday.",
     ["One thing is certain.", "The fire started in the old mill on Friday."]),
    ("It is clear that the town needs a second ferry for the summer.",
     ["One thing is clear.", "The town needs a second ferry for the summer."]),
])
def test_no_doubt_and_clear_that(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after


@pytest.mark.parametrize("text", [
    'It is clear that "we need help," Osei said in a long speech.',   # a quotation stays whole
    "There is no doubt that way in the town hall meeting today.",     # not a clause after 'that'
])
def test_no_doubt_leaves_whole(text: str) -> None:
    assert split_sentence(text, easy()) == [text]


def test_plain_splits_no_doubt_as_easy_does() -> None:
    text = "But there is no doubt that its shipments of grain to the islands have been large."
    assert split_sentence(text, Context(level="plain")) == split_sentence(text, easy()) == [
        "But one thing is certain.", "Its shipments of grain to the islands have been large."]


@pytest.mark.parametrize("before, after", [
    ("The ruling gave a new, higher standing to the union and especially its leaders.",
     ["The ruling gave a new, higher standing to the union.", "This was especially true for its leaders."]),
    ("The new law protects small farms, and especially their youngest workers.",
     ["The new law protects small farms.", "This is especially true for their youngest workers."]),
])
def test_especially_becomes_its_own_sentence(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after


@pytest.mark.parametrize("text", [
    "The storm hit the coast hard, and especially the old harbour.",  # 'hit': past or present is unclear
    "Prices rose for bread and especially the cost of milk went up.",  # a clause, not a noun phrase
    "The flood damaged many homes and above all the old mill.",        # short enough already
])
def test_especially_leaves_whole(text: str) -> None:
    assert split_sentence(text, easy()) == [text]
    assert split_sentence(text, Context(level="plain")) == [text]


def test_that_of_names_the_noun_again() -> None:
    # A dash lost in pasting: the aside becomes its own sentence that repeats the noun, so an
    # easy split in between ('This was especially true …') cannot make 'That' point elsewhere.
    text = "The vote gave a new, special role to the island and especially its port that of a free harbour."
    out = split_sentence(text, easy())
    assert out == ["The vote gave a new, special role to the island.", "This was especially true for its port.",
                   "The role is that of a free harbour."]
    assert not any(s.startswith("That is") for s in out)


@pytest.mark.parametrize("before, after", [
    ("The footage appears to show young recruits getting new boots and winter coats at a camp in the far north.",
     ["The footage appears to show young recruits getting new boots and winter coats.",
      "This was at a camp in the far north."]),
    ("Nurses from the capital handed out food, water and warm blankets to families at a school near the river.",
     ["Nurses from the capital handed out food, water and warm blankets to families.",
      "This was at a school near the river."]),
])
def test_trailing_place_becomes_its_own_sentence(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after
    assert split_sentence(before, Context(level="plain")) == after


@pytest.mark.parametrize("text", [
    "Nurses from the capital handed out food and blankets to families at a school near the river on Sunday.",
    "The council said the new road would be finished at the end of the year in the north of the town.",
    "He arrived at a base in the north.",
])
def test_trailing_place_leaves_whole(text: str) -> None:
    assert split_sentence(text, easy()) == [text]

_SUBJECTS = ["The council", "Most towns on the coast", "Dr. Amara Osei", "The two ferry firms"]
_LEFTS = ["approved 12 new buses for the river towns", "cut 300 jobs at the old mill last spring",
          "gave a new role to the port"]
_RIGHTS = [" but delayed the vote on 4 new roads", " and especially its 20 boat crews",
           " at a camp in the far north of the valley", ""]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.sampled_from(_LEFTS), st.sampled_from(_RIGHTS), st.booleans())
def test_easy_rules_keep_words_and_numbers(subject: str, left: str, right: str, doubt: bool) -> None:
    text = f"{'There is no doubt that ' + subject.lower() if doubt and subject.startswith('The') else subject} " \
           f"{left}{right}."
    out = split_sentence(text, easy())
    joined = " ".join(out).lower()
    for number in ("12", "300", "4", "20"):
        assert (number in text) <= (number in joined)
    for word in ("council", "towns", "osei", "ferry", "buses", "jobs", "role", "vote", "crews", "camp", "valley"):
        assert (word in text.lower()) <= (word in joined), (text, out)
    for piece in out:
        assert piece[0].isupper() and piece.endswith("."), out


@pytest.mark.parametrize("before, after", [
    # "its" meant the country: once the clause stands alone, the country is named.
    ("While Danish shipyards build many ferries for export, its government has never ordered one for itself.",
     ["Danish shipyards build many ferries for export.",
      "But Denmark's government has never ordered one for itself."]),
    ("While North Korean factories make cheap shoes for export, its own people cannot buy them in the shops.",
     ["North Korean factories make cheap shoes for export.",
      "But North Korea's own people cannot buy them in the shops."]),
    # A singular subject is still what "its" points at.
    ("While the ferry company sells many tickets in the summer, its owners have never made a profit.",
     ["The ferry company sells many tickets in the summer.", "But its owners have never made a profit."]),
])
def test_its_after_a_while_clause_names_its_owner(before: str, after: list[str]) -> None:
    for level in ("plain", "easy"):
        assert split_sentence(before, Context(level=level)) == after


def test_its_with_no_owner_to_name_stays_whole() -> None:
    text = "While local farmers grow a lot of wheat every year, its price has fallen for a decade now."
    assert split_sentence(text, easy()) == [text]


def test_easy_statement_lead_in_goes_on_with_it() -> None:
    text = ("In a statement on Thursday, the regional transit agency said that 40 new buses would "
            "arrive before the winter.")
    assert split_sentence(text, easy()) == [
        "The regional transit agency made a statement on Thursday.",
        "It said that 40 new buses would arrive before the winter."]
    assert split_sentence(text, Context(level="plain"))[1].startswith("In it, the agency said")


@pytest.mark.parametrize("before, after", [
    ("Norwegian Prime Minister Amara Osei opened the new ferry terminal in the harbour on Monday.",
     ["Amara Osei is the Norwegian prime minister.", "Osei opened the new ferry terminal in the harbour on Monday."]),
    ("But Ghana's President Amara Osei said the new road would open before the rains.",
     ["Amara Osei is Ghana's president.", "But Osei said the new road would open before the rains."]),
])
def test_title_before_a_name_becomes_its_own_sentence(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after
    assert split_sentence(before, Context(level="plain", people={"Amara Osei", "Osei"})) == [before]


def test_title_before_an_unknown_name_stays() -> None:
    text = "Acting President Amara Osei opened the new ferry terminal in the harbour on Monday."
    assert split_sentence(text, easy()) == [text]


def test_easy_tells_whom_before_what() -> None:
    text = '"We will rebuild the pier before summer," Osei told the Harbour Times in an interview.'
    assert split_sentence(text, easy()) == [
        "Osei spoke to the Harbour Times in an interview.",
        'Osei said: "We will rebuild the pier before summer."']
    # plain keeps the one sentence
    assert len(split_sentence(text, Context(level="plain", people={"Amara Osei", "Osei"}))) == 1


def test_easy_told_without_an_object_stays_one_sentence() -> None:
    text = '"We will rebuild the pier before the summer season," Osei said on the radio.'
    assert split_sentence(text, easy()) == ['Osei said on the radio: "We will rebuild the pier before the summer season."']


@pytest.mark.parametrize("before, after", [
    ("But this would be the first time that a foreign navy has sent its ships to the harbour.",
     ["But no foreign navy has sent its ships to the harbour before.", "This would be the first time."]),
    ("It is the first time a local team has won the cup in the capital.",
     ["No local team has won the cup in the capital before.", "This is the first time."]),
])
def test_first_time_becomes_never_before(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after
    assert split_sentence(before, Context(level="plain")) == [before]


@pytest.mark.parametrize("text", [
    "This was the first time that the river had burst its banks since the great flood.",  # "since": a span
    "It was the first time the mayor had spoken about the plan in public.",                # "the mayor": not "a"
])
def test_first_time_left_whole(text: str) -> None:
    assert split_sentence(text, easy()) == [text]


def test_role_before_a_name_inside_a_long_sentence() -> None:
    ctx = Context(level="easy", people={"Ana Ruiz", "Ruiz"})
    text = "The deal between the two towns was signed on Monday by Brill's long-serving mayor Ana Ruiz after months of talks."
    assert split_sentence(text, ctx) == [
        "Ana Ruiz is Brill's long-serving mayor.",
        "The deal between the two towns was signed on Monday by Ana Ruiz after months of talks."]
    assert split_sentence(text, Context(level="plain", people={"Ana Ruiz", "Ruiz"})) == [text]
    # an unknown name is left as it is
    assert split_sentence(text.replace("Ana Ruiz", "Ana Lopez"), ctx) == [text.replace("Ana Ruiz", "Ana Lopez")]


@pytest.mark.parametrize("before, first", [
    ("Education Minister Amara Osei said the schools in the north would reopen on Monday.",
     "Amara Osei is the education minister."),
    ("Ghanaian Health Minister Amara Osei opened the new clinic in the north on Monday.",
     "Amara Osei is the Ghanaian health minister."),
])
def test_portfolio_titles_read_as_running_text(before: str, first: str) -> None:
    assert split_sentence(before, easy())[0] == first


def test_article_definition_of_a_portfolio_title_is_lower_case() -> None:
    from speakit.simplify.terms import article_definitions

    found = article_definitions(["Education Minister Amara Osei said the schools would reopen."],
                                {"Amara Osei", "Osei"})
    assert found["Amara Osei"][0] == "Amara Osei is the education minister."


@pytest.mark.parametrize("before, after", [
    ("Dana Reyes is a senior nurse at the Alder Bend Hospital in Harwick.",
     ["Dana Reyes is a senior nurse at the Alder Bend Hospital.", "The hospital is in Harwick."]),
    ("Osei is now an analyst with the Centre for Coastal Studies in Accra.",
     ["Osei is now an analyst with the Centre for Coastal Studies.", "The centre is in Accra."]),
])
def test_where_an_organisation_is_gets_its_own_sentence(before: str, after: list[str]) -> None:
    assert split_sentence(before, easy()) == after
    assert split_sentence(before, Context(level="plain")) == [before]


def test_a_place_after_a_plain_noun_stays() -> None:
    text = "She is a nurse at the old clinic by the river in Harwick."
    assert split_sentence(text, easy()) == [text]


def test_portfolio_keeps_proper_adjectives() -> None:
    from speakit.simplify.sentences import role_phrase

    assert role_phrase("North Korean", "leader") == "the North Korean leader"
    assert role_phrase("Ukrainian Defence", "Minister") == "the Ukrainian defence minister"
    assert role_phrase("Foreign Affairs", "Minister") == "the foreign affairs minister"
