"""Word frequency ranks from the word list that ships inside ``wordninja``.

wordninja carries ``wordninja_words.txt.gz``: about 126,000 English words in
order of frequency in Wikipedia text (the most common first). We reuse it so
the simplifier needs no new dependency and nothing is downloaded.

``rank(word)`` is 1 for the most common word ("the") and ``None`` for a word
the list does not know. Inflected forms count as common when their base form
is common: "sanctioned" takes the better rank of "sanctioned" and "sanction",
because a reader who knows the base word reads the inflection too. The same
goes for contractions ("don't" → "do") and British spellings ("realise" →
"realize"). Numbers are never rare.

The rarity threshold (``RARE_THRESHOLD``) was chosen by measurement; see its
note below.
"""

from __future__ import annotations

import gzip
import importlib.util
import logging
import re
from functools import lru_cache
from pathlib import Path

from ..errors import SimplifyError

log = logging.getLogger(__name__)

RARE_THRESHOLD = 12_000
"""Words ranked worse than this count as rare.

Chosen by measurement (``tests/simplify/test_frequency_threshold.py`` keeps it
there): hard words are the single-word entries of ``data/plain_words.tsv``
and the one-word glossary terms (381 words), easy words the Dale-Chall list
of 2,941 words familiar to fourth-graders that ships with textstat. Youden's
J (hard words flagged minus easy words flagged) over 3,000-30,000 peaks at
12,000: 67% of hard words flagged, 26% of easy ones (J = 0.41; 0.40 at
10,000 and 5,000, 0.37 at 15,000, 0.31 at 20,000). The list is Wikipedia-based,
so household words ("apron", "bucket", "owe") rank low while formal words
("approximately", "numerous") rank high: frequency alone cannot catch the
formal words, which is why ``plain_words.tsv`` lists them by hand.
"""

_EDGE_PUNCTUATION = ".,;:!?\"()[]{}\u201c\u201d\u00ab\u00bb\u2014\u2013\u2026"
_APOSTROPHES = "\u2019\u2018'`\u02bc"
_LETTER = re.compile(r"[^\W\d_]")
_VOWEL = re.compile(r"[aeiouy]")
_DIGIT = re.compile(r"\d")
_CONTRACTION = re.compile(r"([a-z]+?)(n't|'re|'ve|'ll|'d|'m)")
_IRREGULAR_NEGATIVES = {"won't": "will", "can't": "can", "shan't": "shall", "ain't": "be"}


def _word_file() -> Path:
    # wordninja is a single module with its data folder beside it; find_spec
    # locates it without importing it (importing builds its whole model).
    spec = importlib.util.find_spec("wordninja")
    if spec is None or spec.origin is None:
        raise SimplifyError("The word list of the 'wordninja' package is missing: "
                            "install it with 'pip install wordninja'.")
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    if not path.is_file():
        raise SimplifyError(f"The word list {path} is missing: reinstall 'wordninja'.")
    return path


@lru_cache(maxsize=1)
def _ranks() -> dict[str, int]:
    """Load the word list once: word → 1-based rank (first occurrence wins)."""
    path = _word_file()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        words = fh.read().split()
    ranks: dict[str, int] = {}
    for i, w in enumerate(words, start=1):
        ranks.setdefault(w, i)
    log.debug("loaded %s word ranks", len(ranks))
    return ranks


def _normalize(word: str) -> str:
    w = word.strip().strip(_EDGE_PUNCTUATION).lower()
    for a in _APOSTROPHES:
        w = w.replace(a, "'")
    return w.strip(_EDGE_PUNCTUATION)


def base_forms(word: str) -> list[str]:
    """Candidate base forms of a lower-case word: undo contractions, drop -'s, -s, -es, -ed, -ing."""
    w = word
    out: list[str] = []

    def add(cand: str) -> None:
        # Very short stems ("th" from "thing") match junk entries in the list.
        if len(cand) >= 3 and _VOWEL.search(cand) and cand not in out and cand != word:
            out.append(cand)

    # Contractions sit at the very end of the wordninja list (appended by hand),
    # so they take the rank of the word they shorten: "don't" → "do".
    m = _CONTRACTION.fullmatch(w)
    if m:
        return [_IRREGULAR_NEGATIVES.get(w, m.group(1))]
    if w.endswith("'s"):
        if 0 < len(w) - 2 < 3 and w[:-2].isalpha():
            return [w[:-2]]  # "it's", "he's": the short word itself, not a junk stem
        add(w[:-2])
        w = w[:-2]
    elif w.endswith("s'"):
        add(w[:-1])
        w = w[:-1]
    if w.endswith("ies") and len(w) > 4:
        add(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        add(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        add(w[:-1])
    if w.endswith("ied") and len(w) > 4:
        add(w[:-3] + "y")
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        add(stem)
        add(stem + "e")
        if len(stem) > 2 and stem[-1] == stem[-2]:
            add(stem[:-1])  # stopped → stop
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        add(stem)
        add(stem + "e")
        if len(stem) > 2 and stem[-1] == stem[-2]:
            add(stem[:-1])  # running → run
    return out


# British and Canadian spellings, rewritten the American way; the list is from
# Wikipedia, where both appear, but the American form is often far more common.
_US_SPELLING: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=\w{2})is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2})our(s|ed|ing|er|ers|ite|ites|able|ful|less)?$"), r"or\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"(?<=[cf])ence(s)?$"), r"ense\1"),
    (re.compile(r"(?<=\w{3})tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"amme(s)?$"), r"am\1"),
)


def us_spellings(word: str) -> list[str]:
    """American spellings of a British or Canadian one ("realise" → "realize"); [] when none apply."""
    out = []
    for pattern, repl in _US_SPELLING:
        variant = pattern.sub(repl, word)
        if variant != word and variant not in out:
            out.append(variant)
    return out


def rank(word: str) -> int | None:
    """Frequency rank of a word (1 = most common), ``None`` when the list does not know it."""
    return _rank(_normalize(word))


@lru_cache(maxsize=200_000)
def _rank(w: str) -> int | None:
    if not w:
        return None
    ranks = _ranks()
    candidates = [w, *base_forms(w)]
    candidates += [v for c in candidates for v in us_spellings(c)]
    found = [r for r in (ranks.get(c) for c in candidates) if r is not None]
    if found:
        return min(found)
    if "-" in w:
        # A hyphenated compound is as hard as its rarest part.
        parts = [p for p in w.split("-") if p]
        part_ranks = [rank(p) for p in parts]
        if parts and all(r is not None for r in part_ranks):
            return max(r for r in part_ranks if r is not None)
    return None


def is_rare(word: str, threshold: int = RARE_THRESHOLD) -> bool:
    """True when a word is unknown or ranked worse than ``threshold``; numbers never are."""
    # Numbers, decades and codes ("2024", "1990s", "5G", "H5N1") are not
    # vocabulary: the number and acronym rules deal with them.
    if not _LETTER.search(word) or _DIGIT.search(word):
        return False
    r = rank(word)
    return r is None or r > threshold


__all__ = ["RARE_THRESHOLD", "base_forms", "is_rare", "rank", "us_spellings"]
