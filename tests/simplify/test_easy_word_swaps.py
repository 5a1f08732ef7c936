"""Easy-only everyday words (data/easy_words.tsv and the easy word rules in words.py).

Exact before/after on small sentences written for these tests, the cases that must not change
(other senses, quotes, names), the glossary explanation that goes with a swapped word, and
with/without checks on the review articles and on a short article written here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import speakit.simplify
from simplify_kit import explanation as _explanation
from simplify_kit import texts as _texts
from simplify_kit import doc_of

from speakit.document import Document, Paragraph, Section, Sentence
from speakit.simplify import glossary, simplify, simplify_text
from speakit.simplify import words
from speakit.simplify.frequency import is_rare
from speakit.simplify.words import drop_fillers, easy_words, packaged_easy_words, packaged_plain_words

DATA = Path(speakit.simplify.__file__).parent / "data"
ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.md"))


@pytest.mark.parametrize("before, after", [
    # the word list, inflected like the plain list
    ("Analysts say the plan will fail.", "Experts say the plan will fail."),
    ("She is an analyst with a bank.", "She is an expert with a bank."),
    ("It has one of the largest militaries in Asia.", "It has one of the largest armed forces in Asia."),
    ("Troops in military fatigues stood at the gate.", "Troops in army uniforms stood at the gate."),
    ("In the absence of rain, the crops died.", "Without rain, the crops died."),
    ("The absence of a reply was odd.", "The lack of a reply was odd."),
    ("The vast majority of the votes were counted.", "Most of the votes were counted."),
    # reportedly: the hedge goes to the front, and stays
    ("The video reportedly shows soldiers getting boots.", "Reports say the video shows soldiers getting boots."),
    ("The same officials reportedly believe the figures are low.",
     "Reports say the same officials believe the figures are low."),
    ("He is reportedly ill.", "Reports say he is ill."),
    ("But the men reportedly fled.", "But reports say the men fled."),
    ("Officials reportedly said the road was shut.", "Reports say officials said the road was shut."),
    ("Putin reportedly met Kim in June.", "Reports say Putin met Kim in June."),
    ("12 people reportedly died.", "Reports say 12 people died."),
    ("NATO reportedly sent aid.", "Reports say NATO sent aid."),
    ("The firm has reportedly not paid its staff.", "Reports say the firm has not paid its staff."),
    # intelligence: the agency sense only
    ("Ukraine's main intelligence service made a statement.", "Ukraine's main spy agency made a statement."),
    ("An intelligence agency said it was hacked.", "A spy agency said it was hacked."),
    ("Intelligence agencies say the threat is high.", "Spy agencies say the threat is high."),
    ("Ukrainian intelligence first raised the alarm.", "Ukrainian spies first raised the alarm."),
    ("Ukrainian intelligence says troops are moving.", "Ukrainian spies say troops are moving."),
    ("British intelligence has warned of a strike.", "British spies have warned of a strike."),
    ("According to U.S. intelligence, the road is open.", "According to U.S. spies, the road is open."),
    ("Ukraine's military intelligence said the base was hit.", "Ukraine's military spies said the base was hit."),
    # pact, agreement, approach
    ("The pact between the two towns held.", "The deal between the two towns held."),
    ("Pacts between states matter.", "Deals between states matter."),
    ("The two countries signed a strategic agreement.", "The two countries signed a strategic deal."),
    ("They reached an agreement with the union.", "They reached a deal with the union."),
    ("Talks may be the best approach for the allies.", "Talks may be the best way for the allies."),
    ("A new approach is needed.", "A new way is needed."),
    # other neighbour swaps
    ("Talks are ongoing.", "Talks are still going on."),
    ("The inquiry is still ongoing in Leeds.", "The inquiry is still going on in Leeds."),
    ("Its soldiers are possibly fighting in the south.", "Its soldiers may be fighting in the south."),
    ("They were possibly hiding.", "They may have been hiding."),
    ("He may trade technology, possibly even nuclear know-how.", "He may trade technology, maybe even nuclear know-how."),
    ("They are thinking about providing weapons to Kyiv.", "They are thinking about giving weapons to Kyiv."),
    ("They have provided aid to the town.", "They have given aid to the town."),
    ("The regime is often mocked for its parades.", "The regime is often laughed at for its parades."),
    ("Critics mock the plan.", "Critics laugh at the plan."),
    ("In contrast, Western supplies were small.", "But Western supplies were small."),
    ("In contrast, the west was dry.", "But the west was dry."),
    ("In contrast to Rome, Milan grew.", "Unlike Rome, Milan grew."),
    ("It refers to quality, in contrast with the date.", "It refers to quality, unlike the date."),
    ("Voters may be prone to see it in a new light.", "Voters may be likely to see it in a new light."),
    ("The arsenal poses a severe threat.", "The arsenal is a severe threat."),
    ("The storm could pose a risk to ships.", "The storm could be a risk to ships."),
    ("They were increasingly worried.", "They were more and more worried."),
    ("The game became increasingly popular.", "The game became more and more popular."),
    ("The situation is increasingly worrying.", "The situation is more and more worrying."),
    ("They signed a ceasefire agreement.", "They signed a ceasefire deal."),
    ("Its soldiers are potentially fighting in the south.", "Its soldiers may be fighting in the south."),
    ("Officials are thinking about providing weapons and armaments to Kyiv.",
     "Officials are thinking about giving weapons and armaments to Kyiv."),
    ("The impact of the new ferry remains to be seen.", "The impact of the new ferry is not yet known."),
    ("The mayor resigned immediately.", "The mayor resigned right away."),
    ("Officials warned that an attack was imminent.", "Officials warned that an attack was about to happen."),
    ("Masks are mandatory on buses.", "Masks are required on buses."),
    ("The council bought a vacant lot.", "The council bought an empty lot."),
    ("Vacant homes will be taxed.", "Empty homes will be taxed."),
    ("Leave immediately, police said.", "Leave right away, police said."),
    ("The bridge shut immediately after the crash.", "The bridge shut right after the crash."),
])
def test_easy_swaps(before: str, after: str) -> None:
    assert easy_words(before) == after


@pytest.mark.parametrize("text", [
    # other senses
    "Artificial intelligence is changing jobs.",
    "Human intelligence matters.",
    "Her intelligence impressed the judges.",
    "Kim's intelligence impressed the judges.",
    "Ukraine's intelligence said the base was hit.",   # without "military": a person's or a country's?
    "Emotional intelligence can be learned.",
    "U.S. intelligence is unclear about the plan.",   # the information, more likely than the agencies
    "The Defence Intelligence Agency said so.",        # a name
    "The Intelligence Bureau said nothing.",
    "A suicide pact was found.",
    "The Warsaw Pact ended.",
    "There is broad agreement that prices will rise.",
    "The agreement of both sides is needed.",
    "Their agreement with the plan surprised us.",
    "The parties are in agreement.",
    "The Good Friday Agreement ended the conflict.",
    "The approach to the airport was closed.",
    "The approach of winter worried them.",
    "The plane made its final approach.",
    "They will approach the house slowly.",
    "The government will approach it carefully.",
    "An approach that works is rare.",
    "The ongoing war hurt trade.",
    "It could possibly work.",
    "You can go, provided that you return.",
    "They provided them with food to eat.",
    "The plan provides for a new road to the port.",
    "A mock trial was held.",
    "It was a mocking tone.",
    "They mocked up a design.",
    "The mocked leader resigned.",
    "The term was coined in contrast to RISC.",       # as its opposite: not "unlike"
    "The area is prone to flooding.",
    "He lay prone on the floor.",
    "Patients are more prone to infection.",
    "She posed for a photo.",
    "He posed a question to the minister.",
    "Floods posed a danger to the town.",             # was or were: the subject is unclear
    "Prices were increasingly high.",                 # higher and higher, not "more and more high"
    "Tactics have increasingly been compared to a grinder.",
    "They increasingly rely on drones.",
    "They increasingly used drones.",                  # a verb
    "They are increasingly using drones.",
    "It was an increasingly isolated town.",           # "a more and more" would need the article changed
    "The sky was increasingly red.",
    "Tenants signed a tenancy agreement.",             # a contract, not a deal
    "The remains of the fort were found.",
    "He immediately resigned.",
    "The seat has been vacant since May.",            # a job nobody holds: not "empty"
    "A vacant post was filled.",
    "They face an imminent threat.",
    "The new rules made testing mandatory.",
    "The houses immediately next to the river flooded.",
    "Compassion fatigue is real.",
    "His absence from school worried staff.",
    # the hedge covers only part of the sentence, or the subject is unclear
    "Police say the man reportedly fled the scene.",
    "The police believe the man reportedly fled.",
    "The minister, who reportedly resigned, spoke.",
    "Brown reportedly said the road was shut.",       # a colour or a name: unclear, so it stays
    # quotes are verbatim
    '"The video reportedly shows troops," he said.',
    '"Ukrainian intelligence said so," she said.',
    '"The pact is dead," he said.',
    '"We are preparing a new approach for them," she said.',
])
def test_easy_leaves_alone(text: str) -> None:
    assert easy_words(text) == text


def test_inflection_follows_the_word() -> None:
    assert easy_words("She was mocking the judge.") == "She was laughing at the judge."
    assert easy_words("He got mocked online.") == "He got laughed at online."
    assert easy_words("The analysts' notes were lost.") == "The experts' notes were lost."
    assert easy_words("The pact's terms are secret.") == "The deal's terms are secret."
    assert easy_words("The firm provides free meals to staff.") == "The firm gives free meals to staff."


def test_a_swap_never_takes_a_sentence_past_fifteen_words() -> None:
    short = "The same officials reportedly believe the figures are low."
    assert easy_words(short).startswith("Reports say")
    long = "The same U.S. officials reportedly believe Ukrainian casualty figures are about half of Russian losses."
    assert len(long.split()) == 15
    assert easy_words(long) == long  # "Reports say" would make 16
    # a swap that adds no word is made at any length
    longer = "Greene says Putin himself may be unsure where the new pact between the two countries will lead."
    assert easy_words(longer) == longer.replace("pact", "deal")
    assert words.EASY_MAX_WORDS == 15


def test_a_plural_owner_keeps_its_apostrophe_right() -> None:
    from speakit.simplify.words import swap_words

    assert swap_words("The individuals' rights were ignored.")[0] == "The individuals' rights were ignored."
    assert swap_words("The residence's roof fell.")[0] == "The home's roof fell."
    assert easy_words("The analysts' notes were lost.") == "The experts' notes were lost."


def test_plain_level_is_untouched() -> None:
    text = "The pact was reportedly signed by Ukrainian intelligence."
    assert drop_fillers(text, "plain") == text
    assert "pact" in simplify_text("The video reportedly shows that the pact held.", "plain")


def test_easy_words_run_in_the_easy_word_stage() -> None:
    assert drop_fillers("The pact is currently very strong.", "easy") == "The deal is strong."
    assert simplify_text("The pact held.", "easy") == "The deal held."


def _held(text: str) -> str:
    for pattern, fn in words._EASY_WORD_RULES_HELD:
        text = words._rewrite(text, pattern, fn)
    return text


@pytest.mark.parametrize("before, after", [
    ("Other video has surfaced.", "Other video has come out."),
    ("Reports have surfaced that he quit.", "Reports have come out that he quit."),
    ("New details are surfacing every day.", "New details are coming out every day."),
    ("The silence has been notable.", "The silence has stood out."),
    ("This is notable.", "This stands out."),
    ("The submarine surfaced near the coast.", "The submarine surfaced near the coast."),
    ("A video of the whale that surfaced went viral.", "A video of the whale that surfaced went viral."),
    ("It is notable that he left.", "It is notable that he left."),
    ("Notable guests included the mayor.", "Notable guests included the mayor."),
])
def test_held_rules(before: str, after: str) -> None:
    # Not run yet (a seed test pins the explanations of "surfaced" and "notable"); ready when it changes.
    assert _held(before) == after
    assert easy_words(before) == before


# -- the data file -----------------------------------------------------------------------

def _pairs() -> list[tuple[str, str]]:
    out = []
    for line in (DATA / "easy_words.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        hard, plain = line.split("\t")
        out.append((hard, plain))
    return out


def test_every_line_is_a_comment_or_one_pair() -> None:
    for line in (DATA / "easy_words.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        assert len(parts) == 2 and all(p == p.strip() and p for p in parts), line


def test_rejected_pairs_say_why() -> None:
    lines = (DATA / "easy_words.tsv").read_text(encoding="utf-8").splitlines()
    rejected = [ln for ln in lines if ln.startswith("# ") and "\t" in ln]
    assert {ln[2:].split("\t")[0] for ln in rejected} >= {"tacitly", "temperamental", "possibly", "assault"}
    assert all(" -- " in ln for ln in rejected)


def test_the_swapper_reads_every_pair() -> None:
    assert packaged_easy_words() == dict(_pairs())
    assert len(_pairs()) == len({h for h, _ in _pairs()})


def test_swapped_in_words_are_common() -> None:
    assert [(h, p) for h, p in _pairs() if any(is_rare(w) for w in re.findall(r"[a-z]+", p))] == []
    made = "expert deal way spy spies agency agencies laugh laughed likely deals stood out going lack".split()
    assert [w for w in made if is_rare(w)] == []


def test_no_pair_fights_the_plain_list_or_hides_a_glossary_word() -> None:
    plain = packaged_plain_words()
    gl = glossary.load(None)
    for hard, easy in _pairs():
        assert plain.get(hard, easy) == easy, hard
        assert easy not in plain, (hard, easy)  # no second swap of the swapped-in word
        entry = gl.lookup(hard)
        # every glossary "word" is explained at easy (test_glossary_use): none may be swapped away here
        assert entry is None or entry.kind != "word", hard


# -- the explanation goes with the word ----------------------------------------------------


def _doc(*texts: str) -> Document:
    return doc_of(*texts, title="Two towns make a deal")


def test_a_swapped_word_is_not_explained() -> None:
    doc = _doc("The pact between the two towns held.", "Ukraine's main intelligence service made a statement.",
               "Analysts say the plan will fail.")
    easy = _texts(simplify(doc, "easy"))
    assert easy == ["The deal between the two towns held.", "Ukraine's main spy agency made a statement.",
                    "Experts say the plan will fail."]
    assert not ({"pact", "intelligence service", "analysts", "analyst"} & {t.term.lower() for t in
                                                                           simplify(doc, "easy").terms})
    # plain keeps the words, and the term explanations it gives
    plain = _texts(simplify(doc, "plain"))
    assert _explanation("pact") in plain and _explanation("intelligence service") in plain


def test_a_glossary_word_goes_with_its_note_only_where_it_is_swapped() -> None:
    swapped = _texts(simplify(_doc("The council bought a vacant lot.", "Masks are mandatory on buses."), "easy"))
    assert swapped == ["The council bought an empty lot.", "Masks are required on buses."]
    kept = _texts(simplify(_doc("The seat has been vacant since May."), "easy"))
    assert kept == ["The seat has been vacant since May.", _explanation("vacant")]


def test_a_word_in_a_quote_is_still_explained() -> None:
    doc = _doc('"The pact is dead," said the mayor.')
    easy = _texts(simplify(doc, "easy"))
    assert easy[0] == 'The mayor said: "The pact is dead."'
    assert _explanation("pact") in easy


# A short article written for these tests: with and without the easy words.
ARTICLE = [
    "Harbour towns on the north coast signed a pact on Monday to share two new ferries.",
    "Analysts say the boats could cut crossing times by 20 minutes.",
    "The harbour board reportedly wants a third boat by 2027.",
    "Talks with the union are ongoing.",
    '"It is a vast change for the islands," said harbour master Ines Kowal.',
    "In contrast, the south coast towns have no ferry at all.",
]


def test_article_with_and_without_easy_words(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(title="Towns share ferries", summary=(),
                   sections=(Section(None, (Paragraph(tuple(Sentence(f"s{i}", t)
                                                            for i, t in enumerate(ARTICLE, 1))),)),))
    with_words = _texts(simplify(doc, "easy"))
    monkeypatch.setattr(words, "_EASY_WORD_RULES", ())
    monkeypatch.setattr(words, "packaged_easy_words", lambda: {})
    without = _texts(simplify(doc, "easy"))
    # with: everyday words, and the notes that went with the hard ones are gone
    assert any(t.startswith("Harbour towns on the north coast signed a deal") for t in with_words)
    assert "Experts say the boats could cut crossing times by 20 minutes." in with_words
    assert "Reports say the harbour board wants a third boat by 2027." in with_words
    assert "Talks with the union are still going on." in with_words
    assert "But the south coast towns have no ferry at all." in with_words
    assert _explanation("pact") not in with_words and _explanation("reportedly") not in with_words
    # the quote stays verbatim, and its hard word is still explained
    assert any('"It is a vast change for the islands."' in t for t in with_words)
    assert _explanation("vast") in with_words
    # without: the hard words and their notes
    assert _explanation("pact") in without and _explanation("reportedly") in without
    assert not any("Experts" in t or "Reports say" in t for t in without)
    # numbers and names survive either way
    for text in (with_words, without):
        joined = " ".join(text)
        assert "20 minutes" in joined and "2027" in joined and "Ines Kowal" in joined


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_review_articles_change_only_where_a_listed_word_is(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from speakit.read import read_source

    doc = read_source(str(path))
    with_words = _texts(simplify(doc, "easy"))
    monkeypatch.setattr(words, "_EASY_WORD_RULES", ())
    monkeypatch.setattr(words, "packaged_easy_words", lambda: {})
    without = _texts(simplify(doc, "easy"))
    hard = re.compile(r"\b(?:analysts?|militaries|fatigues|absence|vast majority|reportedly|intelligence|pacts?|"
                      r"agreements?|approach(?:es)?|ongoing|possibly|provid\w+|mock\w*|contrast|prone|pos\w+|"
                      r"increasingly)\b", re.IGNORECASE)
    changed = [(a, b) for a, b in zip(without, with_words) if a != b]
    assert all(hard.search(a) for a, _b in changed), changed
    if not hard.search(" ".join(without)):
        assert with_words == without


# -- properties -----------------------------------------------------------------------------

_PIECES = st.sampled_from(["the pact", "reportedly", "Ukrainian intelligence", "said", "analysts", "is ongoing",
                           "an approach", "for", "the", "town", "agreement", "a", "possibly", "are", "mocked",
                           "in contrast,", "providing", "aid", "to", "Kyiv", "militaries", "in the absence of"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8), st.lists(_PIECES, min_size=1, max_size=8))
def test_quotes_are_never_touched(outside: list[str], inside: list[str]) -> None:
    quote = '"' + " ".join(inside) + '"'
    text = " ".join(outside) + " said " + quote + "."
    assert quote in easy_words(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=10), st.integers(min_value=0, max_value=9999))
def test_names_and_numbers_survive(pieces: list[str], number: int) -> None:
    text = " ".join(pieces).capitalize() + f" in {number}."
    out = easy_words(text)
    assert str(number) in out
    for name in re.findall(r"\b[A-Z][a-z]+\b", text[1:]):
        assert name in out
