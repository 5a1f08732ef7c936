"""Last-resort split rules (speakit/simplify/fallback.py): exact splits, sentences that must stay whole, a property.

Every sentence here was written for these tests. The rules are called directly (sentence without its full
stop, as ``sentences._apply`` hands it over), and a few go through ``split_sentence`` to check the hook:
the rules run only on a piece still over the level's limit (25 words plain, 15 easy).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speakit.simplify import fallback as fb
from speakit.simplify.sentences import Context, Masked, split_sentence, word_count

PEOPLE = {"Amy Rhodes", "Rhodes", "Lena Ortiz", "Ortiz", "Dev Sharma", "Sharma"}


def ctx(level: str = "easy") -> Context:
    return Context(level=level, people=set(PEOPLE))


def run(rule: fb.Rule, sentence: str) -> list[str] | None:
    """The rule on the masked sentence, quotes put back (as the driver sees it)."""
    masked = Masked.of(sentence)
    parts = rule(masked.text.rstrip("."), ctx())
    return None if parts is None else [masked.unmask(p) for p in parts]


# -- exact splits -------------------------------------------------------------------------------

SPLITS = [
    (fb.fb_trailing_participle,
     "The Harbour Hawks won the county cup on Sunday, beating the Mill Town Rovers 3-0 before 9,400 fans at "
     "Quay Park, and ending a 17-year wait for a trophy",
     ["The Harbour Hawks won the county cup on Sunday",
      "The Harbour Hawks beat the Mill Town Rovers 3-0 before 9,400 fans at Quay Park",
      "This ended a 17-year wait for a trophy"]),
    (fb.fb_trailing_participle,
     "Dunmore Mills, the family-run maker of wool blankets, said on Monday that it would close its dye works "
     "and cut 120 jobs, citing a steep rise in gas prices",
     ["Dunmore Mills, the family-run maker of wool blankets, said on Monday that it would close its dye works "
      "and cut 120 jobs",
      "Dunmore Mills cited a steep rise in gas prices"]),
    (fb.fb_trailing_participle,
     "A court in Fenwick on Friday halted the council's plan to sell two public parks, ruling that councillors "
     "had not consulted the people who use them",
     ["A court in Fenwick on Friday halted the council's plan to sell two public parks",
      "The court ruled that councillors had not consulted the people who use them"]),
    (fb.fb_trailing_participle,
     "The charity gave grants of £2,000 to several local groups, including a youth choir and a food bank",
     ["The charity gave grants of £2,000 to several local groups",
      "These included a youth choir and a food bank"]),
    (fb.fb_trailing_participle,
     "The trust said the museum would spend £4 million on the east wing over the next three years, including "
     "a new roof and a lift",
     ["The trust said the museum would spend £4 million on the east wing over the next three years",
      "This would include a new roof and a lift"]),
    (fb.fb_trailing_participle,
     "The first flood on the estate, in 2012, lasted three days, cutting off 80 homes and closing the only "
     "school",
     ["The first flood on the estate, in 2012, lasted three days",
      "The flood cut off 80 homes and closed the only school"]),
    (fb.fb_trailing_participle,
     "The board voted on Monday to shut three of its nine pools next year, ending 50 years of swimming lessons "
     "in the villages",
     ["The board voted on Monday to shut three of its nine pools next year",
      "This will end 50 years of swimming lessons in the villages"]),
    (fb.fb_mid_relative,
     "The city's water and sewer levy, which pays for pipe repairs and new pumping stations, usually rises by "
     "about 3% a year",
     ["The city's water and sewer levy pays for pipe repairs and new pumping stations",
      "The levy usually rises by about 3% a year"]),
    (fb.fb_mid_relative,
     "The plan, which needs the approval of the full council, would add 2,000 homes to the east of the town by 2030",
     ["The plan needs the approval of the full council",
      "The plan would add 2,000 homes to the east of the town by 2030"]),
    (fb.fb_mid_relative,
     "The Harwick Water Board (HWB), which tests the county's 30 reservoirs every spring, found that six had "
     "too much algae",
     ["The Harwick Water Board (HWB) tests the county's 30 reservoirs every spring",
      "The board found that six had too much algae"]),
    (fb.fb_mid_relative,
     "Bus drivers in other depots, where similar rotas are under review, said they would back the strike",
     ["In other depots, similar rotas are under review",
      "Bus drivers in other depots said they would back the strike"]),
    (fb.fb_said_and_that,
     "Parents at the school, led by Amy Rhodes, said the new bus route takes an extra 40 minutes and that "
     "younger children arrive tired",
     ["Parents at the school, led by Amy Rhodes, said the new bus route takes an extra 40 minutes",
      "The parents also said that younger children arrive tired"]),
    (fb.fb_said_and_that,
     "The landlord had argued that the repairs would cost $90,000, and that most tenants could move to a "
     "sister block",
     ["The landlord had argued that the repairs would cost $90,000",
      "The landlord had also argued that most tenants could move to a sister block"]),
    (fb.fb_said_and_that,
     'Ortiz said the plan was "a good start" but that the town still needed 200 more homes',
     ['Ortiz said the plan was "a good start"',
      "But Ortiz said that the town still needed 200 more homes"]),
    (fb.fb_two_infinitives,
     "The inspector has asked all six care homes to publish their staffing levels and to write to every family "
     "within a month",
     ["The inspector has asked all six care homes to publish their staffing levels",
      "The inspector has also asked them to write to every family within a month"]),
    (fb.fb_two_infinitives,
     "Sharma ordered the county to repaint the 12 crossings near schools and to publish its repair list by "
     "May 1",
     ["Sharma ordered the county to repaint the 12 crossings near schools",
      "Sharma also ordered the county to publish its repair list by May 1"]),
    (fb.fb_two_infinitives,
     "The team now plans to test whether the fungus is as common in oak trees, which are home to about 2,300 "
     "species in the UK, and to find out how fast it spreads",
     ["The team now plans to test whether the fungus is as common in oak trees",
      "The team also plans to find out how fast it spreads",
      "Oak trees are home to about 2,300 species in the UK"]),
    (fb.fb_which_said,
     "She pledged £2 million over three years to train nurses and to open a night clinic, which she said "
     "would cut waiting times by a third",
     ["She pledged £2 million over three years to train nurses and to open a night clinic",
      "She said this would cut waiting times by a third"]),
    (fb.fb_because_of,
     "The theatre reported a loss of £1.3 million last year, mainly because of higher heating bills and a fall "
     "in ticket sales",
     ["The theatre reported a loss of £1.3 million last year",
      "This was mainly because of higher heating bills and a fall in ticket sales"]),
    (fb.fb_after_past,
     "Bus drivers at Coastline Transit will walk out for 24 hours from March 3 after members voted to reject "
     "a 2% pay offer",
     ["Bus drivers at Coastline Transit will walk out for 24 hours from March 3",
      "This comes after members voted to reject a 2% pay offer"]),
    (fb.fb_after_past,
     "The council will cut the grass in parks only twice a year after it lost £2 million of funding from the "
     "government",
     ["The council will cut the grass in parks only twice a year",
      "This comes after the council lost £2 million of funding from the government"]),
    (fb.fb_after_past,
     "If the sale goes ahead, Northway will become the third bank to leave the town centre, after similar "
     "moves by Castle, Brightside and Union in the past two years",
     ["If the sale goes ahead, Northway will become the third bank to leave the town centre",
      "This will follow similar moves by Castle, Brightside and Union in the past two years"]),
    (fb.fb_when_and,
     "When the old mill on the river, Carter's Mill, was sold to developers in 2018, the new owners knocked "
     "down the tower, and the town lost its best-known landmark",
     ["When the old mill on the river, Carter's Mill, was sold to developers in 2018, the new owners knocked "
      "down the tower",
      "The town lost its best-known landmark"]),
    (fb.fb_when_then,
     "When the old mill, Carter's Mill, was sold to developers in 2018, the new owners knocked down the tower",
     ["The old mill, Carter's Mill, was sold to developers in 2018",
      "Then the new owners knocked down the tower"]),
    (fb.fb_dash_clause,
     "The mayor said the town had been slow to mend its bridges — most of them now need new decks",
     ["The mayor said the town had been slow to mend its bridges", "Most of them now need new decks"]),
    (fb.fb_trailing_compare,
     "The weather station recorded 64 millimetres of rain in six hours, more than the town usually gets in a "
     "month",
     ["The weather station recorded 64 millimetres of rain in six hours",
      "That was more than the town usually gets in a month"]),
    (fb.fb_trailing_compare,
     "The number of people on the housing list has risen to 8,410, the highest figure since the list began "
     "in 1998",
     ["The number of people on the housing list has risen to 8,410",
      "That is the highest figure since the list began in 1998"]),
    (fb.fb_said_would_and,
     "Ortiz said the council would open a warm space at the library and would pay for extra night buses",
     ["Ortiz said the council would open a warm space at the library",
      "Ortiz also said the council would pay for extra night buses"]),
    (fb.fb_while,
     "Sales of paper maps fell by 41% between 2015 and 2024, according to the publisher, while downloads of "
     "its app doubled",
     ["Sales of paper maps fell by 41% between 2015 and 2024, according to the publisher",
      "But downloads of its app doubled"]),
    (fb.fb_while,
     "At Riverside, buses ran late on 12% of trips, while at Hill Top the share was 30% over the same month",
     ["At Riverside, buses ran late on 12% of trips",
      "But at Hill Top the share was 30% over the same month"]),
    (fb.fb_object_which,
     "Shares in Dunmore Mills fell 3% after the news, as traders weighed the costs, which the firm put at "
     "$8 million",
     ["Shares in Dunmore Mills fell 3% after the news, as traders weighed the costs",
      "The firm put the costs at $8 million"]),
    (fb.fb_object_which,
     'At Hill Top the average delay was 14 minutes, which the regulator described as "not good enough"',
     ["At Hill Top the average delay was 14 minutes",
      'The regulator described this as "not good enough"']),
    (fb.fb_and_verb,
     "The beetle digs a burrow in the dry sand and seals its entrance with a plug of silk for 40 days",
     ["The beetle digs a burrow in the dry sand",
      "The beetle also seals its entrance with a plug of silk for 40 days"]),
    (fb.fb_and_verb,
     "Dev Sharma keeps sheep and goats on 80 hectares near the coast and allowed the students to count birds "
     "there",
     ["Dev Sharma keeps sheep and goats on 80 hectares near the coast",
      "Sharma allowed the students to count birds there"]),
]


@pytest.mark.parametrize("rule, before, after", SPLITS, ids=[f"{r.__name__}-{i}" for i, (r, _, _) in enumerate(SPLITS)])
def test_split_exact(rule: fb.Rule, before: str, after: list[str]) -> None:
    assert run(rule, before) == after


def test_rules_are_listed() -> None:
    named = {r for r, _, _ in SPLITS}
    assert named == set(fb.FALLBACK_RULES)


# -- sentences that must stay whole (each rule returns None) ------------------------------------

WHOLE = [
    # a list of -ing nouns, not a participle
    (fb.fb_trailing_participle, "Surveyors use elements of geometry, engineering, trigonometry, physics and law in "
                                "their daily work"),
    # "including" after a singular place: it does not include the items
    (fb.fb_trailing_participle, "Six kinds of crab live in the northern bay region, including the Shore Crab and "
                                "the Velvet Crab"),
    # the main clause goes on after the participle
    (fb.fb_trailing_participle, "He returns in the 2009 series of the show, meeting the new doctor, and returned "
                                "again for the 2010 series"),
    # two nouns before the participle: which one does it?
    (fb.fb_trailing_participle, "The film follows the hero, a small tugboat from Leith, taking on his first job "
                                "in a storm"),
    # the result belongs to the infinitive; with no time to come, when it happened is unclear
    (fb.fb_trailing_participle, "The board voted in 2019 to shut three of its nine pools, ending 50 years of "
                                "swimming lessons in the villages"),
    # "which" after "X of Y": the roof or the hall?
    (fb.fb_mid_relative, "The roof of the old market hall, which was built in 1902, fell in under the snow on "
                         "Sunday night"),
    (fb.fb_mid_relative, "A metal like silver, which is soft at room heat, can be drawn into very thin wire"),
    # the pronoun in the main clause could point at the person in the aside
    (fb.fb_mid_relative, "Dr. Ann Hale, who treated the boy on the ward, told his parents that he would recover"),
    # "which critics say": the relative word is an object
    (fb.fb_mid_relative, "The new levy, which critics say is too high, will start in April after a final vote"),
    (fb.fb_after_past, "Munro Bay on the far side of the cape is named after the whaling ship that sank there in "
                       "1851"),
    (fb.fb_after_past, "The council closed the hall after inspectors found damp in the walls of the main room"),
    (fb.fb_when_then, "When it rains for more than a day, the road by the river floods within hours"),
    # "she" after "This comes after" could be anyone: the subject is no person we know
    (fb.fb_after_past, "The charity will close its shop in the high street after she retired from the board in "
                       "March"),
    (fb.fb_dash_clause, "The band released two albums in France — both of which were hits at home and abroad"),
    (fb.fb_because_of, "The game stopped early on Sunday, due to heavy rain and the crowd quickly left the ground"),
    (fb.fb_two_infinitives, "The inspector asked the minister to publish the report and to explain the delay to "
                            "the families"),
    (fb.fb_said_and_that, "The council said the hall would reopen in May and that is what it has done every year"),
    (fb.fb_while, "The town grew quickly in the 1990s, according to the census, while it lost most of its "
                  "factories"),
    # a reported clause: the second verb may be the speaker's or the reported subject's
    (fb.fb_and_verb, "Morag Dunn said she had ordered three weeks of stock and would open the shop for shorter "
                     "hours"),
    # the subject has its own clause: where the main verb is, is unclear
    (fb.fb_and_verb, "Bees that are exposed to the spray find their way home less often and collect 30% less "
                     "pollen"),
    # the which-clause goes on after a comma
    (fb.fb_object_which, "The firm sold the old depot, which the council put up for sale in 2019, and moved to "
                         "a new site"),
]


@pytest.mark.parametrize("rule, sentence", WHOLE, ids=[f"{r.__name__}-{i}" for i, (r, _) in enumerate(WHOLE)])
def test_must_stay_whole(rule: fb.Rule, sentence: str) -> None:
    assert run(rule, sentence) is None


@pytest.mark.parametrize("sentence", [s for _, s in WHOLE])
def test_no_fallback_rule_breaks_the_whole_cases(sentence: str) -> None:
    """No last-resort rule at all splits these (another rule may not step in where one refused)."""
    for rule in fb.FALLBACK_RULES:
        parts = run(rule, sentence)
        assert parts is None or not any(re.match(r"(?:Both of which|The gold|The same)\b", p) for p in parts)


# -- naming a subject again ----------------------------------------------------------------------

@pytest.mark.parametrize("subject, named", [
    ("Lawyers for the tenants, led by Amy Rhodes", ("The lawyers", True)),
    ("The Harwick Water Board (HWB)", ("The board", False)),
    ("Economist Dev Sharma", ("Sharma", False)),
    ("The league's owners' and directors' test", ("The test", False)),
    ("Union leaders in other towns", ("The union leaders", True)),
    ("he", ("He", False)),
    ("Bus drivers and depot staff", None),
    ("Many residents", None),
])
def test_again(subject: str, named: tuple[str, bool] | None) -> None:
    assert fb.again(subject, ctx()) == named


# -- the hook: only a piece still over the level's limit ---------------------------------------------

def test_split_sentence_uses_the_fallback_over_the_limit() -> None:
    sentence = ("The Harbour Hawks won the county cup on Sunday, beating the Mill Town Rovers 3-0 before 9,400 fans "
                "at Quay Park, and ending a 17-year wait for a trophy.")
    assert split_sentence(sentence, ctx("plain")) == [
        "The Harbour Hawks won the county cup on Sunday.",
        "The Harbour Hawks beat the Mill Town Rovers 3-0 before 9,400 fans at Quay Park.",
        "This ended a 17-year wait for a trophy."]


def test_short_sentence_is_left_to_the_ordinary_rules() -> None:
    sentence = "The board asked the homes to publish figures and to write to families."
    assert word_count(sentence) <= 15
    assert split_sentence(sentence, ctx("easy")) == [sentence]


# -- held-out articles: what must and must not appear ------------------------------------------------

@pytest.mark.parametrize("stem, level, present", [
    ("fallback_ferry", "plain", "Ferry crews on the Carrick Isles route will stop work for 72 hours from January 14."),
    ("fallback_ferry", "plain", "This comes after union members voted by more than four to one to reject new rotas."),
    ("fallback_ferry", "easy", "The strike stranded about 400 visitors."),
    ("fallback_ferry", "easy", "That was the highest number since the service started in 1994."),
    ("fallback_libraries", "plain", "But borrowing of e-books rose by more than half over the same period."),
    ("fallback_libraries", "easy", "The council closed two branches in 2016."),
    ("fallback_libraries", "easy", "Price also said the group would hold a public meeting in Pell on December 2."),
])
def test_held_out_article_splits(stem: str, level: str, present: str) -> None:
    from simplify_kit import sentences

    assert present in sentences(stem, level)


@pytest.mark.parametrize("stem", ["fallback_ferry", "fallback_libraries"])
@pytest.mark.parametrize("level", ["plain", "easy"])
def test_held_out_articles_keep_numbers_and_quotes(stem: str, level: str) -> None:
    from simplify_kit import source, text

    original = " ".join(s.text for s in source(stem).sentences())
    out = text(stem, level)
    for number in re.findall(r"\d[\d,.%]*\d|\d", original):
        assert number.rstrip(".,") in out
    for quote in re.findall(r"\"[^\"]+\"", original):
        assert quote.strip('"').rstrip(",.") in out
    # no broken openings the fallback could make
    assert not re.search(r"(?:^|\. )(?:Both of which|Which|Including|The same in)\b", out)


# -- property: numbers and quoted text survive any split ------------------------------------------

_NAMES = st.sampled_from(["The Harbour Hawks", "Dunmore Mills", "Lawyers for the tenants, led by Amy Rhodes,",
                          "The inspector", "Ortiz", "The city's water levy"])
_QUOTES = st.text(alphabet="abcdefghij klmnop,.'", min_size=3, max_size=40).map(str.strip).filter(
    lambda q: len(q) >= 3 and q[0].isalpha())


@settings(max_examples=120, deadline=None)
@given(who=_NAMES, a=st.integers(1, 99_999), b=st.integers(1, 999), c=st.integers(1900, 2030), quote=_QUOTES,
       template=st.integers(0, 5), level=st.sampled_from(["plain", "easy"]))
def test_numbers_and_quotes_survive(who: str, a: int, b: int, c: int, quote: str, template: int, level: str) -> None:
    templates = [
        f"{who} won the cup on Sunday, beating the Mill Town Rovers {b}-1 before {a:,} fans at Quay Park, "
        f"and ending a {b}-year wait for a trophy.",
        f'{who} said the plan was "{quote}" but that the town still needed {a} more homes by {c}.',
        f"{who} has asked all {b} care homes to publish their staffing levels and to write to every family "
        f"within {a} days.",
        f"The number of people on the list has risen to {a:,}, the highest figure since the list began in {c}.",
        f'{who} reported a loss of £{b} million in {c}, mainly because of "{quote}" and a fall in sales of {a}%.',
        f"When the old mill, Carter's Mill, was sold in {c}, the new owners knocked down the tower, and the "
        f"town lost {b} jobs.",
    ]
    sentence = templates[template]
    out = " ".join(split_sentence(sentence, ctx(level)))
    for number in re.findall(r"\d+(?:,\d{3})*", sentence):
        assert number in out
    if f'"{quote}"' in sentence:
        assert f'"{quote}"' in out
