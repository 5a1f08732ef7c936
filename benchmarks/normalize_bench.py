"""Speed of lexicon.apply + normalize on the shared seed article (prints numbers, asserts nothing).

Run from the repository root: ``.venv/bin/python benchmarks/normalize_bench.py``.
Target from the brief: the seed's words normalize in well under 50 ms.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "seed" / "article.txt"


def _time(fn: object, items: list[str], repeat: int = 20) -> list[float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            fn(item)  # type: ignore[operator]
        runs.append((time.perf_counter() - start) * 1000)
    return runs


def main() -> int:
    """Print per-article timings for sentence-by-sentence and whole-text calls."""
    if not SEED.exists():
        print(f"seed article not found at {SEED}; nothing to measure")
        return 0
    from speakit.speech.lexicon import Lexicon
    from speakit.speech.normalize import normalize

    text = SEED.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    sentences = [s for line in lines for s in re.split(r"(?<=[.!?])\s+", line) if s]
    words = len(text.split())

    start = time.perf_counter()
    lexicon = Lexicon.load()
    load_ms = (time.perf_counter() - start) * 1000
    normalize("warm up 1")

    print(f"seed: {words} words, {len(sentences)} sentences, {len(lines)} lines")
    print(f"Lexicon.load() first call: {load_ms:.1f} ms ({len(lexicon)} entries)")
    for name, fn, items in (
            ("normalize, per sentence", normalize, sentences),
            ("normalize, per line", normalize, lines),
            ("normalize, whole text", normalize, [text]),
            ("lexicon.apply, per sentence", lexicon.apply, sentences),
            ("apply + normalize, per sentence", lambda s: normalize(lexicon.apply(s)), sentences)):
        runs = _time(fn, items)
        print(f"{name:34s} median {statistics.median(runs):6.1f} ms  best {min(runs):6.1f} ms"
              f"  ({statistics.median(runs) / 50:.2f} of the 50 ms budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
