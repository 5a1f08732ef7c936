"""SARI: the published EASSE example, the 13a tokenizer, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from speakit.simplify.sari import corpus_sari, corpus_sari_scores, normalize, tokenize_13a

ORIG = ["About 95 species are currently accepted.", "The cat perched on the mat."]
SYS = ["About 95 you now get in.", "Cat on mat."]
REFS = [["About 95 species are currently known.", "The cat sat on the mat."],
        ["About 95 species are now accepted.", "The cat is on the mat."],
        ["95 species are now accepted.", "The cat sat."]]


def test_easse_readme_example() -> None:
    assert corpus_sari(ORIG, SYS, REFS) == pytest.approx(33.17472563619544, abs=1e-9)


def test_operation_scores_average_to_sari() -> None:
    scores = corpus_sari_scores(ORIG, SYS, REFS)
    assert scores.sari == pytest.approx((scores.add + scores.keep + scores.delete) / 3)
    assert scores.sari == pytest.approx(corpus_sari(ORIG, SYS, REFS))


def test_deletion_precision_variant_differs() -> None:
    f1 = corpus_sari(ORIG, SYS, REFS)
    precision = corpus_sari(ORIG, SYS, REFS, f1_for_deletion=False)
    assert precision != pytest.approx(f1)


def test_tokenize_13a_splits_punctuation_but_not_numbers() -> None:
    assert tokenize_13a("Hello, world.") == "Hello , world ."
    assert tokenize_13a("It cost $3,000.50 (about).") == "It cost $ 3,000.50 ( about ) ."
    assert tokenize_13a("in 1990-2000") == "in 1990 - 2000"
    assert tokenize_13a("a well-known \"fact\"") == 'a well-known " fact "'
    assert tokenize_13a("don't") == "don't"
    assert tokenize_13a("a &amp; b") == "a & b"


def test_normalize_lowercases() -> None:
    assert normalize("The Cat.") == ["the", "cat", "."]
    assert normalize("The Cat.", lowercase=False) == ["The", "Cat", "."]


def test_identity_scores_only_on_keep() -> None:
    scores = corpus_sari_scores(ORIG, ORIG, REFS)
    assert scores.add == 0.0
    assert scores.delete == 0.0
    assert scores.keep > 0.0


def test_copying_a_reference_beats_identity() -> None:
    assert corpus_sari(ORIG, REFS[1], REFS) > corpus_sari(ORIG, ORIG, REFS)


def test_shape_errors_name_the_problem() -> None:
    with pytest.raises(ValueError, match="system sentences"):
        corpus_sari(ORIG, SYS[:1], REFS)
    with pytest.raises(ValueError, match="reference set 0"):
        corpus_sari(ORIG, SYS, [REFS[0][:1]])


words = st.lists(st.sampled_from(["the", "cat", "sat", "on", "a", "mat", "dog", "ran", "."]),
                 min_size=1, max_size=12).map(" ".join)


@given(words, words, st.lists(words, min_size=1, max_size=4))
def test_sari_is_between_0_and_100(orig: str, out: str, refs: list[str]) -> None:
    score = corpus_sari([orig], [out], [[r] for r in refs])
    assert 0.0 <= score <= 100.0


@given(words, st.lists(words, min_size=1, max_size=4))
def test_case_does_not_matter_by_default(orig: str, refs: list[str]) -> None:
    out = orig.upper()
    assert corpus_sari([orig], [out], [[r] for r in refs]) == pytest.approx(
        corpus_sari([orig], [orig], [[r] for r in refs]))
