"""The rarity threshold is where the word list best separates hard words from easy ones.

Hard: the single-word entries of plain_words.tsv (left column) and the
lower-case one-word glossary terms. Easy: the Dale-Chall list of ~3,000 words
familiar to fourth-graders that ships with textstat. The measure is Youden's J
(share of hard words flagged minus share of easy words flagged).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import speakit.simplify
from speakit.simplify.frequency import RARE_THRESHOLD, is_rare

DATA = Path(speakit.simplify.__file__).parent / "data"
GRID = (3_000, 5_000, 8_000, 10_000, 12_000, 15_000, 20_000, 25_000, 30_000)


def hard_words() -> list[str]:
    lines = (DATA / "plain_words.tsv").read_text(encoding="utf-8").splitlines()
    plain = [ln.split("\t")[0] for ln in lines if ln.strip() and not ln.startswith("#")]
    with (DATA / "glossary.toml").open("rb") as fh:
        terms = tomllib.load(fh)["term"]
    glossary = [t["term"] for t in terms
                if t["kind"] == "term" and t["term"].islower() and " " not in t["term"]]
    return [w for w in plain + glossary if " " not in w and "-" not in w]


def easy_words() -> list[str]:
    import textstat

    path = Path(textstat.__file__).parent / "resources" / "en" / "easy_words.txt"
    if not path.is_file():
        pytest.skip("textstat's Dale-Chall list is not installed")
    return path.read_text(encoding="utf-8").split()


def youden(threshold: int, hard: list[str], easy: list[str]) -> float:
    caught = sum(is_rare(w, threshold) for w in hard) / len(hard)
    false_alarms = sum(is_rare(w, threshold) for w in easy) / len(easy)
    return caught - false_alarms


def test_threshold_is_at_the_best_separation() -> None:
    hard, easy = hard_words(), easy_words()
    assert len(hard) > 200 and len(easy) > 2000
    scores = {t: youden(t, hard, easy) for t in GRID}
    best = max(scores.values())
    assert scores[RARE_THRESHOLD] >= best - 0.01, scores
    # and the threshold catches most hard words while flagging under a third of easy ones
    assert sum(is_rare(w) for w in hard) / len(hard) > 0.6
    assert sum(is_rare(w) for w in easy) / len(easy) < 1 / 3
