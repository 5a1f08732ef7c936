"""Corpus-level SARI (Xu et al., 2016), computed the way EASSE does by default.

SARI compares a system's output with the source sentence and several human
simplifications. For n-grams of order 1 to 4 it scores three operations:

* **add** — n-grams the system wrote that are not in the source: F1 against
  the n-grams the references added (sets, not counts);
* **keep** — source n-grams the system kept: F1 against what the references
  kept, counts weighted by how many references kept them;
* **delete** — source n-grams the system left out: F1 against what the
  references left out (same weighting).

Each operation's F1 is computed per n-gram order over the whole corpus and
averaged over the four orders; SARI is the mean of the three, times 100.
Sentences are lower-cased and tokenized like sacreBLEU's ``13a`` tokenizer.

Written for speakit from the published description; checked against the
example in EASSE's README (33.17472563619544).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

NGRAM_ORDER = 4

# sacreBLEU 13a: split punctuation and symbols off words, but keep
# decimal points and thousands commas between digits, and hyphens inside words.
_13A_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"([\{-\~\[-\` -\&\(-\+\:-\@\/])"), r" \1 "),
    (re.compile(r"([^0-9])([\.,])"), r"\1 \2 "),
    (re.compile(r"([\.,])([^0-9])"), r" \1 \2"),
    (re.compile(r"([0-9])(-)"), r"\1 \2 "),
)


def tokenize_13a(line: str) -> str:
    """Tokenize one line like sacreBLEU's ``13a`` tokenizer; tokens joined by single spaces."""
    line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ")
    if "&" in line:
        line = (line.replace("&quot;", '"').replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">"))
    line = f" {line} "
    for pattern, repl in _13A_RULES:
        line = pattern.sub(repl, line)
    return " ".join(line.split())


def normalize(sentence: str, lowercase: bool = True) -> list[str]:
    """Lower-case (by default) and 13a-tokenize a sentence into tokens."""
    if lowercase:
        sentence = sentence.lower()
    return tokenize_13a(sentence).split()


def _ngrams(tokens: list[str]) -> list[Counter[tuple[str, ...]]]:
    return [Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
            for n in range(1, NGRAM_ORDER + 1)]


def _scaled(counts: Counter[tuple[str, ...]], k: int) -> Counter[tuple[str, ...]]:
    return Counter({g: c * k for g, c in counts.items()})


@dataclass
class _Tally:
    """Corpus totals for one operation, one slot per n-gram order."""

    correct: list[int] = field(default_factory=lambda: [0] * NGRAM_ORDER)
    system: list[int] = field(default_factory=lambda: [0] * NGRAM_ORDER)
    reference: list[int] = field(default_factory=lambda: [0] * NGRAM_ORDER)

    def f1(self, n: int) -> float:
        precision = self.correct[n] / self.system[n] if self.system[n] else 0.0
        recall = self.correct[n] / self.reference[n] if self.reference[n] else 0.0
        if precision > 0 and recall > 0:
            return 2 * precision * recall / (precision + recall)
        return 0.0

    def precision(self, n: int) -> float:
        return self.correct[n] / self.system[n] if self.system[n] else 0.0


@dataclass(frozen=True)
class SariScores:
    """The three operation scores (0–100) and their mean, SARI."""

    add: float
    """Add F1, averaged over n-gram orders 1–4."""
    keep: float
    """Keep F1, averaged over n-gram orders 1–4."""
    delete: float
    """Delete F1 (or precision), averaged over n-gram orders 1–4."""

    @property
    def sari(self) -> float:
        """Mean of add, keep and delete."""
        return (self.add + self.keep + self.delete) / 3


def corpus_sari_scores(orig_sents: Sequence[str], sys_sents: Sequence[str],
                       refs_sents: Sequence[Sequence[str]], *, lowercase: bool = True,
                       f1_for_deletion: bool = True) -> SariScores:
    """Add, keep and delete scores of a system over a corpus.

    ``refs_sents[j][i]`` is reference ``j`` for sentence ``i`` (EASSE's shape).
    """
    if len(orig_sents) != len(sys_sents):
        raise ValueError(f"{len(orig_sents)} source sentences but {len(sys_sents)} system sentences")
    for j, refs in enumerate(refs_sents):
        if len(refs) != len(orig_sents):
            raise ValueError(f"reference set {j} has {len(refs)} sentences, expected {len(orig_sents)}")
    add, keep, delete = _Tally(), _Tally(), _Tally()
    for i, (orig, out) in enumerate(zip(orig_sents, sys_sents)):
        o = _ngrams(normalize(orig, lowercase))
        s = _ngrams(normalize(out, lowercase))
        ref_grams = [_ngrams(normalize(r[i], lowercase)) for r in refs_sents]
        k = len(ref_grams)
        for n in range(NGRAM_ORDER):
            r_all: Counter[tuple[str, ...]] = Counter()
            for ref in ref_grams:
                r_all.update(ref[n])
            # add: sets of n-grams that are new relative to the source
            sys_added = set(s[n]) - set(o[n])
            ref_added = set(r_all) - set(o[n])
            add.system[n] += len(sys_added)
            add.reference[n] += len(ref_added)
            add.correct[n] += len(sys_added & set(r_all))
            # keep/delete: counts, the source and system scaled by the number of
            # references so they compare with the pooled reference counts
            o_k, s_k = _scaled(o[n], k), _scaled(s[n], k)
            sys_kept, ref_kept = o_k & s_k, o_k & r_all
            keep.system[n] += sum(sys_kept.values())
            keep.reference[n] += sum(ref_kept.values())
            keep.correct[n] += sum((sys_kept & ref_kept).values())
            sys_deleted, ref_deleted = o_k - s_k, o_k - r_all
            delete.system[n] += sum(sys_deleted.values())
            delete.reference[n] += sum(ref_deleted.values())
            delete.correct[n] += sum((sys_deleted & ref_deleted).values())

    def mean(values: list[float]) -> float:
        return 100.0 * sum(values) / NGRAM_ORDER

    orders = range(NGRAM_ORDER)
    del_scores = [delete.f1(n) if f1_for_deletion else delete.precision(n) for n in orders]
    return SariScores(add=mean([add.f1(n) for n in orders]),
                      keep=mean([keep.f1(n) for n in orders]),
                      delete=mean(del_scores))


def corpus_sari(orig_sents: Sequence[str], sys_sents: Sequence[str],
                refs_sents: Sequence[Sequence[str]], *, lowercase: bool = True,
                f1_for_deletion: bool = True) -> float:
    """Corpus SARI (0–100) of system sentences against source and reference sets."""
    return corpus_sari_scores(orig_sents, sys_sents, refs_sents, lowercase=lowercase,
                              f1_for_deletion=f1_for_deletion).sari


__all__ = ["NGRAM_ORDER", "SariScores", "corpus_sari", "corpus_sari_scores", "normalize",
           "tokenize_13a"]
