"""How long simplifying the seed article takes, per level, next to reading it.

Prints numbers and ratios; asserts nothing.
Usage: python benchmarks/simplify_speed.py [ARTICLE] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "eval" / "seed" / "article.txt"


def _median_time(fn: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> int:
    """Print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SEED)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.article.exists():
        print(f"no article at {args.article}; pass one as the first argument", file=sys.stderr)
        return 1

    from speakit.read import read_source
    from speakit.simplify.readability import words

    started = time.perf_counter()
    doc = read_source(str(args.article))
    first_read = time.perf_counter() - started
    read_s = _median_time(lambda: read_source(str(args.article)), args.repeat)
    n_words = sum(len(words(s.text)) for s in doc.sentences())
    print(f"article: {args.article.name}: {sum(1 for _ in doc.sentences())} sentences, "
          f"{n_words:,} words")
    print(f"read (first, cold)           {first_read * 1000:8.1f} ms")
    print(f"read (warm, median)          {read_s * 1000:8.1f} ms")

    try:
        from speakit.simplify import simplify
    except ImportError:
        print("speakit.simplify.simplify is not available yet")
        return 0
    started = time.perf_counter()
    simplify(doc, "plain")
    cold = time.perf_counter() - started
    print(f"simplify plain (first call)  {cold * 1000:8.1f} ms   (loads word lists and glossary)")
    for level in ("plain", "easy"):
        warm = _median_time(lambda: simplify(doc, level), args.repeat)
        print(f"simplify {level:<5} (warm)        {warm * 1000:8.1f} ms   "
              f"= {1000 * warm / max(n_words, 1) * 1000:.1f} ms per 1,000 words, "
              f"{warm / read_s:.1f}x reading")

    from speakit.simplify.report import readability_report

    after = simplify(doc, "easy")
    started = time.perf_counter()
    readability_report(doc, after)
    first_report = time.perf_counter() - started
    report_s = _median_time(lambda: readability_report(doc, after), args.repeat)
    print(f"readability report (first)   {first_report * 1000:8.1f} ms")
    print(f"readability report (again)   {report_s * 1000:8.1f} ms   (per-sentence measures cached)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
