"""Hypothesis: whatever clause rules fire, every number and name survives and every piece is a finished sentence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from speakit.simplify import simplify_text
from speakit.simplify.facts import extract_names, extract_numbers
from speakit.simplify.sentences import Context, split_paragraph, split_sentence

SUBJECTS = ["The harbour board", "Dev Okoro", "Lena Holm (born March 3, 1961)", "The Coast Rescue Agency (Cora)",
            "Residents of Ashby", "This", "The new bridge — the longest span the town has built —"]
VERBS = ["said", "warned", "closed the ferry", "is a small charity", "visited the camp", "recorded 212mm of rain"]
TAILS = ["because the money had not arrived", "after the river burst its banks", "and that 17 people had died",
         ", which was built in 1990", ", depending on how deep it runs", ", about a third of the usual total",
         ", a program that reached 2,600 people", "that runs two museums", "and injured 12 people",
         ", who voted against the plan in May", ", however, the vote failed", "in exchange for 40 boats",
         ", and then the mayor closed the road", ", but in 1838 the county bought 3 farms",
         ", with the biggest rises in the north", ", and is the largest in Ashby",
         "; the following year the board sold 40 boats"]


@settings(max_examples=250, deadline=None)
@given(st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.lists(st.sampled_from(TAILS), min_size=1, max_size=3),
       st.sampled_from(["plain", "easy"]))
def test_rules_keep_facts_and_finish_sentences(subject: str, verb: str, tails: list[str], level: str) -> None:
    text = f"{subject} {verb} " + " ".join(tails) + "."
    text = text.replace(" ,", ",")
    pieces = split_sentence(text, Context(level=level, people={"Dev Okoro", "Okoro", "Lena Holm", "Holm"}))
    joined = " ".join(pieces)
    assert sorted(extract_numbers(joined)) == sorted(extract_numbers(text)) or \
        set(extract_numbers(text)) <= set(extract_numbers(joined))
    names_after = " ".join(extract_names(joined))
    for name in extract_names(text):
        assert name.split()[-1] in names_after or name.split()[-1] in joined, (name, pieces)
    for p in pieces:
        assert p[:1].isupper() or p[:1] in "\"“", pieces
        assert p.rstrip("\"”’)")[-1:] in ".!?", pieces


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(TAILS), min_size=1, max_size=4))
def test_simplify_text_never_drops_numbers(tails: list[str]) -> None:
    text = ("Harbour officials said the town recorded 212mm of rain on Monday " + " ".join(tails) + ".").replace(" ,", ",")
    out = simplify_text(text, "easy")
    assert set(extract_numbers(text)) <= set(extract_numbers(out))
    assert all(s[:1].isupper() for s in split_paragraph(out))
