"""ASSET benchmark: SARI of the simplifier, grade before/after, facts kept, speed.

Reads the ASSET validation set (2,000 sentences, 10 human simplifications
each) from ../shared/data/asset (not copied into the repository; CC BY-NC),
runs ``speakit.simplify.simplify_text(sentence, level)`` for each level and
prints corpus SARI (EASSE style, our own implementation), add/keep/delete,
Flesch-Kincaid grade before and after, the share of numbers and names kept,
and the time per 1,000 words. ``identity`` copies the input (the reference
point: about 20.7 on ASSET test, 22.5 on this validation split).

The word and trim rules (speakit/simplify/words.py, trim.py, data/plain_words.tsv)
were read off lines 1-1000 only; ``--split`` shows that half and the held-out
lines 1001-2000 separately, so over-fitting shows as a gap between them.

Prints numbers; asserts nothing.
Usage: python benchmarks/asset_bench.py [--levels identity,plain,easy] [--limit N] [--data DIR]
       [--probes]   (what-if deletion rules on top of each level, with facts kept)
       [--split]    (SARI on lines 1-1000, where rules were tuned, and 1001-2000, held out)
       [--lost N]   (print up to N sentences per level that lost a number or a name)

After each level the names and numbers the output lost are listed, so a rule that
cuts content shows up next to the score it bought.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "asset"
N_REFS = 10


def load(data: Path, limit: int | None) -> tuple[list[str], list[list[str]]]:
    """Source sentences and reference sets (refs[j][i] is reference j of sentence i)."""
    orig_path = data / "asset.valid.orig"
    ref_paths = [data / f"asset.valid.simp.{j}" for j in range(N_REFS)]
    missing = [p for p in [orig_path, *ref_paths] if not p.is_file()]
    if missing:
        raise SystemExit(
            f"ASSET data not found: {missing[0]} is missing.\n"
            f"Put asset.valid.orig and asset.valid.simp.0-9 (facebookresearch/asset, dataset/) "
            f"in {data}, or pass --data DIR.")
    orig = orig_path.read_text(encoding="utf-8").splitlines()
    refs = [p.read_text(encoding="utf-8").splitlines() for p in ref_paths]
    if any(len(r) != len(orig) for r in refs):
        raise SystemExit(f"ASSET files in {data} are not line-aligned")
    if limit:
        orig = orig[:limit]
        refs = [r[:limit] for r in refs]
    return orig, refs


def simplifier(level: str) -> Callable[[str], str] | None:
    """The function for a level, or None when the simplifier does not offer it yet."""
    if level == "identity":
        return lambda s: s
    try:
        from speakit.simplify import simplify_text
    except ImportError:
        return None
    return lambda s: simplify_text(s, level)


def _own_numbers(text: str) -> list[str]:
    return re.findall(r"(?<![\w.,])\d+(?:[.,]\d+)*%?", text)


def _own_names(text: str) -> list[str]:
    # Runs of capitalized words not at the start of the sentence.
    out = []
    for m in re.finditer(r"(?<=[a-z,;:()] )[A-Z][\w'-]*(?: [A-Z][\w'-]*)*", text):
        out.append(m.group())
    return out


def extractors() -> tuple[Callable[[str], list[str]], Callable[[str], list[str]], str]:
    """Number and name extraction: the facts module's when present, else a simple fallback."""
    try:
        from speakit.simplify.facts import extract_names, extract_numbers
    except ImportError:
        return _own_numbers, _own_names, "benchmark's own"
    return extract_numbers, extract_names, "speakit.simplify.facts"


def kept_share(sources: list[str], outputs: list[str], extract: Callable[[str], list[str]]) -> tuple[int, int]:
    """(kept, total): items of each source found in its output (as text, counted with repeats)."""
    kept = total = 0
    for src, out in zip(sources, outputs):
        items = Counter(extract(src))
        out_low = out.lower()
        for item, n in items.items():
            total += n
            found = out_low.count(item.lower())
            kept += min(n, found)
    return kept, total


def lost_items(sources: list[str], outputs: list[str],
               extract: Callable[[str], list[str]]) -> list[tuple[int, list[str]]]:
    """(line index, items missing from the output) for each line that lost something."""
    out = []
    for i, (src, o) in enumerate(zip(sources, outputs)):
        o_low = o.lower()
        missing = [x for x, n in Counter(extract(src)).items() if o_low.count(x.lower()) < n]
        if missing:
            out.append((i, missing))
    return out


TUNING = 1000
"""Lines 1-1000 of asset.valid.* are where the word and trim rules were read and tuned; 1001-2000 are held out."""


def split_report(orig: list[str], outputs: list[str], refs: list[list[str]]) -> None:
    """SARI on the tuning half and on the held-out half, printed under the level's row."""
    from speakit.simplify.sari import corpus_sari_scores

    halves = [("lines 1-1000 (tuning)", slice(0, TUNING)), ("lines 1001-2000 (held out)", slice(TUNING, None))]
    for label, part in halves:
        o = orig[part]
        if not o:
            continue
        sc = corpus_sari_scores(o, outputs[part], [r[part] for r in refs])
        print(f"  {label:<27} SARI {sc.sari:6.2f}  add {sc.add:5.2f}  keep {sc.keep:5.2f}  del {sc.delete:5.2f}")


def split(text: str) -> list[str]:
    """Sentences of one output line (a simplifier may split one sentence into several)."""
    try:
        from speakit.read.sentences import split_sentences
    except ImportError:
        return [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", text.strip()) if p]
    return split_sentences(text) or [text]


# -- what-if probes ------------------------------------------------------------
# Deletions the ASSET references make often, tried on top of the simplifier's
# output to show the lead which rules would raise SARI, and at what cost in
# facts. They live here, not in the library: they are measurements, not rules.

_ADVERBS = ("currently also however originally eventually subsequently additionally "
            "approximately primarily particularly generally officially formerly mainly largely "
            "especially actually still now already later then very quite rather fairly highly "
            "respectively widely commonly recently initially further").split()


def _no_fact(text: str) -> bool:
    return not re.search(r"\d|\s[A-Z]", " " + text[1:])


def probe_parens(s: str) -> str:
    """Drop parentheses that hold no digit."""
    return re.sub(r"\s*\((?![^()]*\d)[^()]*\)", "", s)


def probe_adverbs(s: str) -> str:
    """Drop hedging and time adverbs (currently, also, originally, very …)."""
    return re.sub(r"\b(?:%s)\b,?\s*" % "|".join(_ADVERBS), "", s, flags=re.I)


def probe_which(s: str) -> str:
    """Drop ", which/who/where …" clauses that hold no number or name."""
    return re.sub(r",\s+(?:which|who|whose|where)\b[^,;.]*(?=[,;.])",
                  lambda m: "" if _no_fact(m.group()[2:]) else m.group(), s)


def probe_comma_and(s: str) -> str:
    """Drop a trailing ", and/but …" clause that holds no number or name."""
    return re.sub(r",\s+(?:and|but)\s[^.]*",
                  lambda m: "" if _no_fact(m.group()) else m.group(), s)


def probe_lead(s: str) -> str:
    """Drop a short opening phrase ("In the end, ") that holds no number or name."""
    def rep(m: re.Match[str]) -> str:
        phrase = m.group(1)
        return "" if _no_fact(phrase) and len(phrase.split()) <= 6 else m.group()
    return re.sub(r"^((?:In|At|On|During|After|Before|Since|For|By|With|Although|While|Though|"
                  r"As|When)\b[^,]*),\s+", rep, s)


def _capitalize(s: str) -> str:
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)


PROBES: dict[str, Callable[[str], str]] = {
    "parens": probe_parens,
    "adverbs": probe_adverbs,
    "which": probe_which,
    "comma-and": probe_comma_and,
    "lead": probe_lead,
}


def run_probes(orig: list[str], outputs: list[str], refs: list[list[str]],
               numbers: Callable[[str], list[str]], names: Callable[[str], list[str]]) -> None:
    """Print SARI and facts kept for each probe alone, then all together."""
    from speakit.simplify.sari import corpus_sari_scores

    def row(label: str, outs: list[str]) -> None:
        sc = corpus_sari_scores(orig, outs, refs)
        nk, nt = kept_share(orig, outs, numbers)
        mk, mt = kept_share(orig, outs, names)
        print(f"  + {label:<12} SARI {sc.sari:6.2f}  add {sc.add:5.2f}  keep {sc.keep:5.2f}  "
              f"del {sc.delete:5.2f}  numbers {100 * nk / max(nt, 1):5.1f}%  "
              f"names {100 * mk / max(mt, 1):5.1f}%")

    for label, probe in PROBES.items():
        row(label, [_capitalize(probe(o)) for o in outputs])
    combined = []
    for o in outputs:
        for probe in PROBES.values():
            o = probe(o)
        combined.append(_capitalize(o))
    row("all", combined)


def main() -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="identity,plain,easy")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--probes", action="store_true",
                        help="also try candidate deletion rules on top of each level's output")
    parser.add_argument("--split", action="store_true",
                        help="SARI on lines 1-1000 (tuning) and 1001-2000 (held out) separately")
    parser.add_argument("--lost", type=int, default=0, metavar="N",
                        help="print up to N source/output pairs per level that lost a number or a name")
    args = parser.parse_args()

    from speakit.simplify.readability import measure, words
    from speakit.simplify.sari import corpus_sari_scores

    orig, refs = load(args.data, args.limit)
    numbers, names, source = extractors()
    n_words = sum(len(words(s)) for s in orig)
    before = measure(orig)
    ref_grade = measure([s for r in refs for line in r for s in split(line)])
    print(f"ASSET valid: {len(orig):,} sentences, {n_words:,} words, {len(refs)} references each")
    print(f"numbers/names extracted with {source}")
    print(f"source FK grade {before.fk_grade:.2f}, words/sentence {before.mean_words:.1f}; "
          f"references FK grade {ref_grade.fk_grade:.2f}, words/sentence {ref_grade.mean_words:.1f}")
    print()
    header = (f"{'level':<9} {'SARI':>6} {'add':>6} {'keep':>6} {'del':>6} {'FK before':>9} "
              f"{'FK after':>8} {'w/sent':>6} {'len ratio':>9} {'numbers':>8} {'names':>6} "
              f"{'s/1k words':>10}")
    print(header)
    print("-" * len(header))
    for level in [x.strip() for x in args.levels.split(",") if x.strip()]:
        fn = simplifier(level)
        if fn is None:
            print(f"{level:<9} skipped: speakit.simplify.simplify_text is not available yet")
            continue
        started = time.perf_counter()
        try:
            outputs = [fn(s) for s in orig]
        except Exception as exc:  # a benchmark reports a failing level and goes on
            print(f"{level:<9} failed: {type(exc).__name__}: {exc}")
            continue
        elapsed = time.perf_counter() - started
        scores = corpus_sari_scores(orig, outputs, refs)
        after = measure([s for line in outputs for s in split(line)])
        out_words = sum(len(words(s)) for s in outputs)
        nk, nt = kept_share(orig, outputs, numbers)
        mk, mt = kept_share(orig, outputs, names)
        print(f"{level:<9} {scores.sari:6.2f} {scores.add:6.2f} {scores.keep:6.2f} "
              f"{scores.delete:6.2f} {before.fk_grade:9.2f} {after.fk_grade or 0:8.2f} "
              f"{after.mean_words:6.1f} {out_words / n_words:9.2f} "
              f"{100 * nk / max(nt, 1):7.1f}% {100 * mk / max(mt, 1):5.1f}% "
              f"{1000 * elapsed / n_words:10.3f}")
        if args.split:
            split_report(orig, outputs, refs)
        if level != "identity":
            lost_n = lost_items(orig, outputs, numbers)
            lost_m = lost_items(orig, outputs, names)
            names_lost = Counter(x for _, xs in lost_m for x in xs)
            print(f"  lost: {sum(len(x) for _, x in lost_n)} numbers in {len(lost_n)} lines, "
                  f"{sum(names_lost.values())} names in {len(lost_m)} lines"
                  + (": " + "; ".join(list(names_lost)[:12]) if names_lost else ""))
            shown = sorted({i for i, _ in lost_n} | {i for i, _ in lost_m})[:args.lost]
            for i in shown:
                print(f"    {i + 1}: {orig[i]}\n    => {outputs[i]}")
        if args.probes and level != "identity":
            run_probes(orig, outputs, refs, numbers, names)
    print()
    print("targets (issue): SARI >= 33 with >= 95% of numbers and names kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
