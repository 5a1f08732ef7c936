"""Second review pass: fixes found by reading four new articles, and the articles themselves.

The articles (tests/simplify/articles/review2_*.md, written for this project: a hospital
waiting-list report, a football club sale, a study on bees, a rail strike vote) were simplified
at both levels and every output sentence was read. Each broken form has an exact before/after
check on a small sentence written for this file; the articles keep with / without checks.
"""

from __future__ import annotations

import re

import pytest

import simplify_kit as kit
from simplify_kit import LEVELS

from speakit.simplify.facts import extract_quotes, quote_pieces
from speakit.simplify.sentences import Context, find_people, split_sentence


def ctx(level: str, *people: str) -> Context:
    names = set(people)
    for p in people:
        names.add(p.split()[-1])
    return Context(level=level, people=names)


# -- who is a person -------------------------------------------------------------------------------

def test_place_closing_an_aside_is_not_a_person() -> None:
    people = find_people(["Next in the queue is Ida Brook, a retired cook from Elm Vale, who was told to wait.",
                          "Ida Brook said she had waited two years."])
    assert {"Ida Brook", "Brook"} <= people
    assert not {"Elm Vale", "Vale"} & people


def test_title_before_a_title_word_is_dropped() -> None:
    people = find_people(["Energy Minister Hugo Lark, who took office in June, said prices would fall.",
                          "Chairman Rex Dunn said the vote was close."])
    assert {"Hugo Lark", "Lark", "Rex Dunn"} <= people
    assert not {"Energy Minister Hugo Lark", "Minister Hugo Lark"} & people


def test_name_with_an_article_is_not_a_person() -> None:
    people = find_people(["Northvale Buses said it would run extra services.",
                          "A Northvale Buses spokesperson said the timetable would change."])
    assert not {"Northvale Buses", "Buses"} & people


def test_the_before_a_full_name_is_no_sign() -> None:
    people = find_people(["Mara Lint said the plan was wrong.", "Critics of the Mara Lint government said it failed."])
    assert "Mara Lint" in people


def test_team_with_the_is_not_a_person() -> None:
    people = find_people(["The Harbour Gulls, who won the cup last year, have lost three games in a row."])
    assert not {"Harbour Gulls", "Gulls"} & people
    out = split_sentence("The Harbour Gulls, who won the cup last year, have lost their first three games of the season.",
                         Context(level="easy", people=people))
    assert out == ["The Harbour Gulls won the cup last year.",
                   "The Harbour Gulls have lost their first three games of the season."]


def test_person_without_an_article_still_found() -> None:
    people = find_people(["Ida Brook said she was tired.", "The Brook family has farmed here since 1900."])
    assert "Ida Brook" in people  # "the Brook family" puts the article before the surname, not the full name


# -- "Name, a role from Place, who …": the person, not the place -------------------------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_who_after_an_aside_ending_in_a_place(level: str) -> None:
    text = "Next in the queue is Ida Brook, a retired cook from Elm Vale, who was told in May that she needed a new hip."
    out = split_sentence(text, ctx(level, "Ida Brook"))
    assert out[-1] == "Brook was told in May that she needed a new hip."
    assert not any(p.startswith(("Vale was", "Elm Vale was")) for p in out)


def test_who_after_an_aside_ending_in_a_place_unknown_person_stays_whole() -> None:
    text = "Next in the queue is Ida Brook, a retired cook from Elm Vale, who was told in May that she needed a new hip."
    assert split_sentence(text, ctx("plain")) == [text]


# -- the appositive of a quoted person is what they are now ------------------------------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_appositive_of_a_quoted_person_is_present(level: str) -> None:
    text = ("Dr. Ines Holt, a geologist at the Barrow Survey, described the new map as "
            "\"the best we have ever had.\"")
    out = split_sentence(text, ctx(level, "Ines Holt"))
    assert out[0] == "Dr. Ines Holt is a geologist at the Barrow Survey."
    assert out[1] == "Holt described the new map as \"the best we have ever had.\""


def test_appositive_of_an_unknown_name_in_a_past_event_keeps_was() -> None:
    text = "Karl Mett, a painter from the coast, moved to the capital in 1921 and opened a small school of art."
    assert split_sentence(text, ctx("plain"))[0] == "Karl Mett was a painter from the coast."


def test_appositive_of_a_person_who_died_keeps_was() -> None:
    text = "Ivor Hale, the club's longest-serving captain, died on Friday at the age of 84, the club said."
    assert split_sentence(text, ctx("easy", "Ivor Hale"))[0] == "Ivor Hale was the club's longest-serving captain."


# -- "The Name, a …, verb": a name is never "It" ------------------------------------------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_named_subject_with_an_aside(level: str) -> None:
    text = "The Harbour Gulls, a team from the east of the city, won the cup in a penalty shoot-out on Sunday."
    assert split_sentence(text, ctx(level)) == [
        "The Harbour Gulls won the cup in a penalty shoot-out on Sunday.",
        "The Harbour Gulls are a team from the east of the city.",
    ]


# -- "The X, based in Y, …, up from …": the state is now, and "That was up from" stays with its sentence --

def test_based_in_aside_after_a_leaning_piece() -> None:
    text = "The ferry firm, based in Port Ellis, carried 1.8 million passengers last year, up from 1.5 million in 2023."
    assert split_sentence(text, ctx("easy")) == ["The ferry firm carried 1.8 million passengers last year.",
                                                 "That was up from 1.5 million in 2023.",
                                                 "It is based in Port Ellis."]
    assert split_sentence(text, ctx("plain"))[-1] == "It is based in Port Ellis."


# -- "Local farmer Name, whose …": a person, never "Its" ------------------------------------------

def test_role_noun_before_a_name_makes_a_person() -> None:
    assert {"Ruth Penn", "Penn"} <= find_people(["Bus driver Ruth Penn, whose route was cut, said she was angry."])


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_whose_after_a_role_noun_and_a_name(level: str) -> None:
    text = "Local grower Sam Reid, whose orchards were flooded twice this year, said the river banks had not been repaired."
    out = split_sentence(text, ctx(level))
    assert out == ["Local grower Sam Reid's orchards were flooded twice this year.",
                   "Reid said the river banks had not been repaired."]
    assert not any(p.startswith("Its ") for p in out)


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_whose_after_a_title_and_a_role_noun(level: str) -> None:
    text = "Head teacher Rosa Penn, whose school in Kelby has classes of up to 33, said she would need three more rooms."
    out = split_sentence(text, ctx(level))
    assert out == ["Head teacher Rosa Penn's school in Kelby has classes of up to 33.",
                   "Penn said she would need three more rooms."]


def test_whose_after_a_group_name_is_its() -> None:
    text = "Campaign group Clean Rivers, whose founders met at school, said the water company had broken its promises."
    assert split_sentence(text, ctx("easy")) == [
        "Campaign group Clean Rivers said the water company had broken its promises.",
        "Its founders met at school.",
    ]


# -- "St. Name, the …, verb": a saint's name opens an appositive too; a place is described as it is now ----

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_saint_name_with_an_appositive(level: str) -> None:
    text = ("St. Olave's School, the oldest in the county, closed its pool in the spring because the roof "
            "was unsafe, and the pupils had to swim in the town baths.")
    out = split_sentence(text, ctx(level))
    assert out[0] == "St. Olave's School is the oldest in the county."
    assert out[1].startswith("St. Olave's School closed its pool in the spring")


# -- "Titled Name, whose …, said": the surname in the main sentence ----------------------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_whose_after_a_titled_name(level: str) -> None:
    text = "Chairman Rex Dunn, whose mother ran the shop for 30 years, said it was a hard day for the family."
    out = split_sentence(text, ctx(level, "Rex Dunn"))
    assert out == ["Chairman Rex Dunn's mother ran the shop for 30 years.",
                   "Dunn said it was a hard day for the family."]


# -- "Name, who …, said that would …": "that" points back before the sentence ------------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_who_clause_after_a_demonstrative(level: str) -> None:
    text = "Lark, who worked as a nurse before going into politics, said that would never happen under the new plan."
    out = split_sentence(text, ctx(level, "Hugo Lark"))
    assert out == ["Lark said that would never happen under the new plan.",
                   "Lark worked as a nurse before going into politics."]


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_whose_clause_after_a_demonstrative(level: str) -> None:
    text = "Mayor Hana Kestrel, whose husband ran the local paper for 20 years, said that was a fair question."
    assert split_sentence(text, ctx(level, "Hana Kestrel")) == [
        "Mayor Hana Kestrel said that was a fair question.",
        "Kestrel's husband ran the local paper for 20 years.",
    ]


def test_who_clause_with_that_opening_a_clause_keeps_its_order() -> None:
    text = "Lark, who worked as a nurse before going into politics, said that the plan would cut waiting times."
    assert split_sentence(text, ctx("plain", "Hugo Lark")) == [
        "Lark worked as a nurse before going into politics.",
        "Lark said that the plan would cut waiting times.",
    ]


# -- "X has been sold …, ending …": the event ends it, not X -----------------------------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_result_participle_after_a_passive(level: str) -> None:
    text = "The old mill has been sold to a hotel chain for £3 million, ending two centuries of milling in the town."
    assert split_sentence(text, ctx(level)) == [
        "The old mill has been sold to a hotel chain for £3 million.",
        "This ends two centuries of milling in the town.",
    ]


def test_other_participle_after_a_passive_keeps_the_subject() -> None:
    text = "About 40 nurses were sent to the north wing on Friday night, trying to clear the queue before dawn."
    assert split_sentence(text, ctx("easy"))[1] == "They tried to clear the queue before dawn."


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_participle_after_a_passive_thing(level: str) -> None:
    text = "The night train was cancelled on Tuesday evening, stranding hundreds of passengers at the border for hours."
    assert split_sentence(text, ctx(level)) == [
        "The night train was cancelled on Tuesday evening.",
        "This stranded hundreds of passengers at the border for hours.",
    ]


def test_other_participle_after_a_passive_thing_keeps_the_subject() -> None:
    text = ("Modern dairy farms have often been compared to factories, relying on large machines and "
            "strict timetables to raise milk yields.")
    out = split_sentence(text, ctx("easy"))
    assert not any(p.startswith("This rel") for p in out)


def test_becoming_after_a_passive_keeps_the_subject() -> None:
    text = "The new library was opened in 2020, becoming the largest public building in the valley by far."
    assert split_sentence(text, ctx("easy"))[1] == "The library became the largest public building in the valley by far."


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_result_participle_after_a_change_verb(level: str) -> None:
    text = "Shares in the airline fell by 9% on Monday, wiping about £400 million off the value of the company."
    assert split_sentence(text, ctx(level)) == [
        "Shares in the airline fell by 9% on Monday.",
        "This wiped about £400 million off the value of the company.",
    ]


def test_participle_before_an_after_clause_is_not_split_off() -> None:
    text = ("Shares in the airline fell by 9% on Monday, wiping about £400 million off its value, after it "
            "warned that summer bookings were weak.")
    out = split_sentence(text, ctx("easy"))
    assert "That was after it warned that summer bookings were weak." in out
    assert not any(p.startswith("They wiped") for p in out)


# -- "The team, led by X, did A and did B": the aside first, so "them" stays by its noun ----------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_participle_aside_before_a_split_main_clause(level: str) -> None:
    text = ("The crew, led by diver Ana Holm, raised 300 coins from the wreck of the old ship and took them to "
            "the museum in Port Ellis.")
    out = split_sentence(text, ctx(level, "Ana Holm"))
    assert out[0] == "The crew was led by diver Ana Holm."
    assert "It was led by diver Ana Holm." not in out


def test_participle_aside_after_a_whole_main_clause() -> None:
    text = "The survey, carried out in May, found that most drivers in the town had never used the new car park."
    assert split_sentence(text, ctx("easy")) == [
        "The survey found that most drivers in the town had never used the new car park.",
        "It was carried out in May.",
    ]


# -- "That was after …" only for past events ---------------------------------------------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_after_with_a_present_main_clause_stays_whole(level: str) -> None:
    text = ("The vote comes as bus firms across the region try to save money after fares fell in 2021 "
            "and have not recovered.")
    assert split_sentence(text, ctx(level)) == [text]


def test_after_with_a_perfect_main_clause_still_splits() -> None:
    text = "More than 200 families have moved out of the flats on Dean Street after the roof caved in last winter."
    assert split_sentence(text, ctx("easy")) == [
        "More than 200 families have moved out of the flats on Dean Street.",
        "That was after the roof caved in last winter.",
    ]


# -- "…, which are …" after a plural object when the subject is plural too -------------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_which_after_a_plural_object_names_it(level: str) -> None:
    text = "The hives in the trial also produced fewer young workers, which are needed to gather food in spring."
    assert split_sentence(text, ctx(level)) == [
        "The hives in the trial also produced fewer young workers.",
        "The young workers are needed to gather food in spring.",
    ]


def test_which_with_a_plural_verb_after_a_singular_noun_stays_whole() -> None:
    # "which are" cannot be the park; the toilets, or something before them? Leave it whole.
    text = "The council closed 14 public toilets near the park, which are now being sold to private buyers."
    assert not any(p.startswith("The park are") for p in split_sentence(text, ctx("easy")))


def test_which_after_a_plural_object_with_a_singular_subject_is_they() -> None:
    text = "The council closed 14 public toilets, which are now being sold to private buyers by the county."
    assert split_sentence(text, ctx("easy"))[1] == "They are now being sold to private buyers by the county."


# -- ", which represents …" after an organisation (and its acronym); ", which means …" is the event -------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_which_after_an_organisation_and_its_acronym(level: str) -> None:
    text = "The claim was brought by the Dunmore Cyclists' Association (DCA), which represents about 1,800 riders in the city."
    assert split_sentence(text, ctx(level))[1] == "It represents about 1,800 riders in the city."


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_which_means_is_the_whole_event(level: str) -> None:
    text = "The flood cut the only road to the village school, which means that lessons will be held online for a week."
    assert split_sentence(text, ctx(level)) == [
        "The flood cut the only road to the village school.",
        "This means that lessons will be held online for a week.",
    ]


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_which_after_according_to_the_report(level: str) -> None:
    text = ("Inspectors found damp in 9 of the 30 classrooms they checked, according to the survey, which was "
            "published on Friday.")
    assert split_sentence(text, ctx(level))[-1] == "The survey was published on Friday."


# -- a which-clause that ends mid-sentence after a list; a which after "noun of noun" --------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_which_clause_with_a_list_then_the_main_verb_stays_whole(level: str) -> None:
    text = ("Researchers said it showed that people in coastal villages, which have lost shops, schools and "
            "ferries in recent years, were moving to the cities.")
    out = split_sentence(text, ctx(level))
    assert out == [text]


@pytest.mark.parametrize("level", ["plain", "easy"])
def test_which_after_noun_of_noun_with_no_number_stays_whole(level: str) -> None:
    text = ("The coach resigned in May after an inquiry into his travel claims, which found that he had "
            "charged the club £9,200 for trips he never made.")
    out = split_sentence(text, ctx(level))
    assert not any(p.startswith("The travel claims found") or p.startswith("The claims found") for p in out)


def test_which_after_noun_of_noun_when_the_verb_tells() -> None:
    text = "Inspectors criticised the state of the prison's cells, which are too small for two men to share safely."
    assert split_sentence(text, ctx("easy")) == [
        "Inspectors criticised the state of the prison's cells.",
        "The prison's cells are too small for two men to share safely.",
    ]


# -- "A, B, and C" where each is a clause: a list, not two sentences ---------------------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_list_of_clauses_stays_a_list(level: str) -> None:
    text = "The survey shows three changes: fewer people are driving, more are cycling, and bus use is still falling."
    out = split_sentence(text, ctx(level))
    assert "Fewer people are driving, more are cycling." not in out
    assert not any(p.endswith("more are cycling.") for p in out)


# -- "The Xs, published …, showed …": the aside names them again ------------------------------------

@pytest.mark.parametrize("level", ["plain", "easy"])
def test_plural_aside_after_a_long_sentence_names_the_head(level: str) -> None:
    text = ("The school's exam results, released in August, showed a rise of 4%, mainly because of smaller "
            "classes and extra lessons.")
    out = split_sentence(text, ctx(level))
    assert out[-1] == "The results were released in August."
    assert "They were released in August." not in out


# -- the articles ------------------------------------------------------------------------------------

NAMES = ("hospital", "football", "bees", "rail")
CASES = [(n, lv) for n in NAMES for lv in LEVELS]


_ARTICLES = kit.Articles("review2_")
source, simplified = _ARTICLES.source, _ARTICLES.simplified
sentences, text = _ARTICLES.sentences, _ARTICLES.text


@pytest.mark.parametrize("name, level", CASES)
def test_article_facts_kept(name: str, level: str) -> None:
    kit.assert_facts_kept(source(name), simplified(name, level))


@pytest.mark.parametrize("name, level", CASES)
def test_article_quotes_verbatim(name: str, level: str) -> None:
    after = " ".join(text(name, level).split())
    quotes = [q for s in source(name).sentences() for q in extract_quotes(s.text)]
    assert quotes
    for q in quotes:
        for piece in quote_pieces(q):
            assert " ".join(piece.split()) in after, piece


@pytest.mark.parametrize("name, level", CASES)
def test_article_sentences_start_and_end(name: str, level: str) -> None:
    for s in sentences(name, level):
        first = s.lstrip("\"“‘'([")
        assert first and not first[0].islower(), s
        assert re.search(r"[.!?:][\"”’')]*$", s.rstrip()), s


# What must appear (W) and must not (W/O) after reading every output sentence; "both" is plain and easy.
# A snippet that starts with ". " must not open a sentence.
WITH: dict[tuple[str, str], list[str]] = {
    ("hospital", "both"): ["Doyle was told in March last year that he needed a new knee.",
                           "St. Aldric's Hospital is the largest of the four."],
    ("football", "both"): ["This ends more than four decades of ownership by the Pell family.",
                           "Pell said it had been \"the most difficult decision our family has ever made.\"",
                           "Reiner said that would not happen at Ashby. Reiner played college football",
                           "The accounts were published in March."],
    ("bees", "both"): ["The new queens are needed to start new colonies", "The team was led by Professor Anika Sorensen.",
                       "Dr. Tomasz Wiley is an ecologist at the Calder Institute"],
    ("rail", "both"): ["Westmere Rail runs about 1,100 trains a day",
                       "Westmere Rail said it expected to run no trains",
                       "Westmere Rail spokesperson",
                       "Lacey urged both sides to return to the table."],
    ("rail", "easy"): ["Owen Lacey is the transport secretary."],
}
WITHOUT: dict[tuple[str, str], list[str]] = {
    ("hospital", "both"): ["Green was told", "Marlow Green was told"],
    ("football", "both"): ["Ashby Rovers ends", "Chairman Edward Pell said", "They were published in March."],
    ("bees", "both"): ["They are needed to start", "Wiley was an ecologist", "It was led by"],
    ("rail", "both"): [". Rail offered", ". Rail had offered", "Westmere spokesperson", "That was after passenger numbers",
                       "Owen Lacey urged", "Transport Secretary Owen Lacey is the"],
}


@pytest.mark.parametrize("name, level, snippet", kit.expected(WITH))
def test_article_with(name: str, level: str, snippet: str) -> None:
    assert snippet in text(name, level)


@pytest.mark.parametrize("name, level, snippet", kit.expected(WITHOUT))
def test_article_without(name: str, level: str, snippet: str) -> None:
    assert snippet not in text(name, level)


# trim.py dropped "widely" before "used" even where "used" is an adjective: "a widely used
# weedkiller" became "a used weedkiller", i.e. second-hand.
@pytest.mark.parametrize("level", LEVELS)
def test_article_bees_widely_used_kept(level: str) -> None:
    assert "a used weedkiller" not in text("bees", level)
