"""The packaged glossary: shape, uniqueness, and plain one-sentence explanations."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import speakit.simplify
from speakit.simplify.frequency import is_rare

GLOSSARY = Path(speakit.simplify.__file__).parent / "data" / "glossary.toml"
KINDS = {"acronym", "organization", "term", "place", "person", "word"}
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019.-]*[A-Za-z0-9]|[A-Za-z0-9]")
# Abbreviations that may end in a dot inside a sentence.
ABBREVIATIONS = ("U.S.", "U.N.", "E.U.", "A.I.", "D.C.", "No.")


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    with GLOSSARY.open("rb") as fh:
        data = tomllib.load(fh)
    return list(data["term"])


def names(entry: dict[str, Any]) -> list[str]:
    return [entry["term"], *entry.get("aliases", [])]


def words(text: str) -> list[str]:
    return WORD.findall(text)


def test_has_at_least_300_entries(entries: list[dict[str, Any]]) -> None:
    assert len(entries) >= 300


def test_fields_and_kinds(entries: list[dict[str, Any]]) -> None:
    allowed = {"term", "aliases", "kind", "expansion", "explanation", "sense"}
    for e in entries:
        assert set(e) <= allowed, e
        assert isinstance(e["term"], str) and e["term"].strip() == e["term"] != ""
        assert e["kind"] in KINDS, e
        assert isinstance(e["explanation"], str)
        assert all(isinstance(a, str) and a.strip() == a != "" for a in e.get("aliases", []))
        if "expansion" in e:
            assert isinstance(e["expansion"], str) and e["expansion"]
        # A term with several meanings lists each with the words that point to it; at least two.
        senses = e.get("sense", [])
        assert senses == [] or len(senses) >= 2, e
        for sense in senses:
            assert set(sense) == {"explanation", "cues"}, e
            assert all(isinstance(c, str) and c == c.lower().strip() != "" for c in sense["cues"]), e
        cues = [set(s["cues"]) for s in senses]
        assert all(not (a & b) for i, a in enumerate(cues) for b in cues[i + 1:]), e  # no cue points both ways


def test_acronyms_have_expansions(entries: list[dict[str, Any]]) -> None:
    for e in entries:
        if e["kind"] == "acronym":
            assert e.get("expansion"), e["term"]


def test_terms_and_aliases_are_unique(entries: list[dict[str, Any]]) -> None:
    exact = Counter(n for e in entries for n in names(e))
    assert [n for n, c in exact.items() if c > 1] == []
    # Spellings that differ only in case may share an entry ("NATO", "Nato"),
    # never two different entries: a reader could not tell which is meant.
    owner: dict[str, str] = {}
    for e in entries:
        for n in names(e):
            key = n.casefold()
            assert owner.setdefault(key, e["term"]) == e["term"], (n, owner[key], e["term"])


def test_each_explanation_is_one_sentence(entries: list[dict[str, Any]]) -> None:
    for e in entries:
        text = e["explanation"]
        for abbr in ABBREVIATIONS:
            text = text.replace(abbr, "X")
        assert text.endswith("."), e["explanation"]
        assert not re.search(r"[.!?]", text[:-1]), e["explanation"]
        assert "\n" not in text


def test_each_explanation_starts_with_the_term(entries: list[dict[str, Any]]) -> None:
    for e in entries:
        text = re.sub(r"^(The|A|An) ", "", e["explanation"])
        assert any(text.casefold().startswith(n.casefold()) for n in names(e)), e["explanation"]


def test_explanations_are_short(entries: list[dict[str, Any]]) -> None:
    totals = []
    for e in entries:
        n_term = len(words(e["term"]))
        n = len(words(e["explanation"]))
        totals.append(n)
        # Long names ("Institute for the Study of War") take words of their own.
        assert n - n_term <= 14 and n <= 18, e["explanation"]
    share_short = sum(n <= 15 for n in totals) / len(totals)
    assert share_short >= 0.9


def test_explanations_use_common_words(entries: list[dict[str, Any]]) -> None:
    # Other glossary names may appear ("Donetsk" in the Donbas entry): the
    # reader gets their own explanation.
    glossary_words = {w.casefold() for e in entries for n in names(e) for w in words(n)}
    problems = []
    for e in entries:
        own = {w.casefold() for n in [*names(e), e.get("expansion", "")] for w in words(n)}
        for w in words(e["explanation"]):
            if w.casefold() in own or w.casefold() in glossary_words:
                continue
            if is_rare(w):
                problems.append((e["term"], w))
    assert problems == []


def test_news_terms_of_the_issue_are_covered(entries: list[dict[str, Any]]) -> None:
    known = {n for e in entries for n in names(e)}
    wanted = ["BRICS", "NATO", "UN", "UN Security Council", "UN General Assembly", "G7", "G20",
              "EU", "European Commission", "WHO", "IMF", "World Bank", "WTO", "OPEC", "KCNA", "CBC",
              "BBC", "AP", "Reuters", "ASEAN", "African Union", "Stimson Center",
              "King's College London", "Pentagon", "Kremlin", "Congress", "Senate",
              "House of Representatives", "Parliament", "FBI", "CIA", "NASA", "CDC", "FDA", "EPA",
              "ICC", "ICJ", "IAEA", "Red Cross", "UNICEF", "UNHCR", "Amnesty International",
              "sanctions", "sanctioned", "treaty", "ratify", "ratified", "ballistic missile",
              "nuclear arsenal", "mercenaries", "artillery", "infantry", "munitions", "casualties",
              "annexation", "ceasefire", "referendum", "coalition", "inflation", "interest rate",
              "recession", "GDP", "tariff", "budget deficit", "stock market", "central bank",
              "bond", "subsidy", "asylum", "refugee", "embargo", "diplomat", "ambassador", "envoy",
              "summit", "regime", "dictator", "totalitarian", "peninsula", "escalation",
              "deployment", "intelligence service", "drone", "satellite images", "indictment",
              "plea", "verdict", "appeal", "Supreme Court", "vaccine", "pandemic", "epidemic",
              "outbreak", "emissions", "net zero", "carbon dioxide", "renewable energy", "AI",
              "cyberattack", "Kursk", "Kyiv", "Donbas", "Crimea", "Gaza", "West Bank",
              "Taiwan Strait", "Pyongyang", "Kazan"]
    assert [w for w in wanted if w not in known] == []


def test_every_kind_is_used(entries: list[dict[str, Any]]) -> None:
    assert {e["kind"] for e in entries} == KINDS


def test_the_glossary_loader_reads_every_entry(entries: list[dict[str, Any]]) -> None:
    # The loader belongs to the glossary module; this checks the data file fits it.
    glossary = pytest.importorskip("speakit.simplify.glossary")
    loaded = glossary.packaged()
    assert len(loaded) == len(entries)
    assert {e.term for e in loaded} == {e["term"] for e in entries}


# Spellings that would attach an explanation to the wrong sense of a common
# word ("Sue" the name, "shares a border", "Arsenal" the club, "by default").
AMBIGUOUS = {"sue", "Fed", "draft", "bill", "bills", "shares", "stocks", "default", "fiscal",
             "merge", "merged", "takeover", "arsenal", "poll", "polls", "survey", "premier",
             "Commons", "IS", "PA", "the Gulf", "offensive", "settlement", "convict",
             "General Assembly", "Secretary-General", "high court", "Amnesty", "Labour",
             "Patriot", "Dow", "the Commission", "allied", "warrant", "opposition"}


def test_no_spelling_that_matches_another_sense(entries: list[dict[str, Any]]) -> None:
    spellings = {n for e in entries for n in names(e)}
    assert sorted(spellings & AMBIGUOUS) == []
