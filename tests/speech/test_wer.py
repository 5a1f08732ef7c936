"""The word error rate used by benchmarks/intelligibility.py, on exact cases."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "wer.py"
_spec = importlib.util.spec_from_file_location("bench_wer", _PATH)
assert _spec and _spec.loader
wer_mod = importlib.util.module_from_spec(_spec)
sys.modules["bench_wer"] = wer_mod  # dataclasses look their module up while the class is built
_spec.loader.exec_module(wer_mod)


@pytest.mark.parametrize(("ref", "hyp", "edits"), [
    ("the cat sat", "the cat sat", (0, 0, 0, 3)),
    ("the cat sat", "the hat sat", (1, 0, 0, 3)),
    ("the cat sat", "the sat", (0, 1, 0, 3)),
    ("the cat sat", "the big cat sat", (0, 0, 1, 3)),
    ("the cat sat", "", (0, 3, 0, 3)),
    ("", "hello there", (0, 0, 2, 0)),
    ("", "", (0, 0, 0, 0)),
    ("one two three four", "two three four five", (0, 1, 1, 4)),
    ("a b c", "x y z", (3, 0, 0, 3)),
])
def test_edit_counts(ref: str, hyp: str, edits: tuple[int, int, int, int]) -> None:
    got = wer_mod.word_edits(ref, hyp)
    assert (got.substitutions, got.deletions, got.insertions, got.reference_words) == edits


def test_case_and_punctuation_do_not_count() -> None:
    assert wer_mod.wer("Twelve thousand troops, he said.", "twelve thousand troops he said") == 0
    assert wer_mod.wer("It's Kim Jong-un's army!", "it's kim jong un's army") == 0
    assert wer_mod.words("Forty-two — “quoted” words/phrases") == \
        ["forty", "two", "quoted", "words", "phrases"]


def test_rates() -> None:
    assert wer_mod.wer("the cat sat on the mat", "the cat sat on a mat") == pytest.approx(1 / 6)
    assert wer_mod.wer("yes", "") == 1.0
    assert wer_mod.wer("hi", "oh hi there you") == 3.0
    # corpus WER weighs by reference length: (1 + 0) errors over (2 + 8) words
    assert wer_mod.corpus_wer([("a b", "a c"), ("a b c d e f g h", "a b c d e f g h")]) == 0.1


words = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "one", "two"]), max_size=8)


@given(words, words)
def test_distance_properties(a: list[str], b: list[str]) -> None:
    ref, hyp = " ".join(a), " ".join(b)
    forward = wer_mod.word_edits(ref, hyp)
    backward = wer_mod.word_edits(hyp, ref)
    assert forward.errors == backward.errors
    assert abs(len(a) - len(b)) <= forward.errors <= max(len(a), len(b))
    assert forward.deletions - forward.insertions == len(a) - len(b)
    assert (forward.errors == 0) == (a == b)
