"""Word error rate: Levenshtein distance on words, lowercase, punctuation removed.

Used by ``intelligibility.py``; ``tests/speech/test_wer.py`` checks it on exact cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class WordEdits:
    """The cheapest way to turn the reference words into the hypothesis words."""

    substitutions: int
    deletions: int
    """Reference words the hypothesis lacks."""
    insertions: int
    """Hypothesis words the reference lacks."""
    reference_words: int

    @property
    def errors(self) -> int:
        """Substitutions + deletions + insertions."""
        return self.substitutions + self.deletions + self.insertions

    @property
    def wer(self) -> float:
        """errors / reference words (0.0 for two empty texts, 1.0 per word said into silence)."""
        if self.reference_words == 0:
            return float(self.insertions)
        return self.errors / self.reference_words

    def __add__(self, other: WordEdits) -> WordEdits:
        return WordEdits(self.substitutions + other.substitutions,
                         self.deletions + other.deletions,
                         self.insertions + other.insertions,
                         self.reference_words + other.reference_words)


def words(text: str) -> list[str]:
    """Lowercase words without punctuation; hyphens split words, inner apostrophes stay."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[-‐‑‒–—/]", " ", text)
    return re.findall(r"[^\W_]+(?:'[^\W_]+)*", text)


def word_edits(reference: str, hypothesis: str) -> WordEdits:
    """Count substitutions, deletions and insertions between two texts (word Levenshtein)."""
    ref, hyp = words(reference), words(hypothesis)
    # Each cell holds (cost, substitutions, deletions, insertions); ties prefer
    # substitutions so "a b" → "a c" counts one substitution, not a deletion and an insertion.
    prev = [(j, 0, 0, j) for j in range(len(hyp) + 1)]
    for i in range(1, len(ref) + 1):
        cur = [(i, 0, i, 0)]
        for j in range(1, len(hyp) + 1):
            if ref[i - 1] == hyp[j - 1]:
                cur.append(prev[j - 1])
                continue
            c, s, d, n = prev[j - 1]
            options = [(c + 1, s + 1, d, n)]
            c, s, d, n = prev[j]
            options.append((c + 1, s, d + 1, n))
            c, s, d, n = cur[j - 1]
            options.append((c + 1, s, d, n + 1))
            cur.append(min(options, key=lambda o: o[0]))
        prev = cur
    _, s, d, n = prev[-1]
    return WordEdits(s, d, n, len(ref))


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate of ``hypothesis`` against ``reference``."""
    return word_edits(reference, hypothesis).wer


def corpus_wer(pairs: Iterable[tuple[str, str]]) -> float:
    """All errors over all reference words (long sentences weigh more, as they should)."""
    total = WordEdits(0, 0, 0, 0)
    for reference, hypothesis in pairs:
        total = total + word_edits(reference, hypothesis)
    return total.wer
