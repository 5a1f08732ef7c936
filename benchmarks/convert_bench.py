"""How fast and how big speakit's whole ``convert`` is, next to the raw engine.

For each engine (piper, espeak-ng), in fresh processes so one run's memory does
not count against the next:

* ``convert`` of the seed article with a cold synthesis cache (a temp folder);
* the raw engine synthesizing the same utterance texts with the same number of
  processes (``benchmarks/engine_raw.py``: ``raw_synthesis_seconds``), as a ratio;
* a second ``convert`` after one paragraph changed (same cache), as a share of the first;
* peak memory: ``getrusage`` maxrss of the process plus its largest child, and the
  peak of the whole process tree sampled from /proc while it ran.

Prints numbers next to the targets; asserts nothing.
Usage: python benchmarks/convert_bench.py [--engines piper,espeak-ng] [--level plain]
       [--jobs N] [--article PATH] [--formats mp3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT.parent / "shared" / "eval" / "seed" / "article.txt"
sys.path.insert(0, str(HERE))
from engine_raw import PeakMemory  # noqa: E402  (benchmarks/ is a folder of scripts)

TARGET_PIPER_RATIO = 1.15
TARGET_ESPEAK_S = 5.0
TARGET_PEAK_MB = 700.0
TARGET_SECOND_SHARE = 0.20
EDIT = " Officials in Kyiv gave no further details on Friday."
"""Appended to one paragraph for the second run: one new sentence, the rest unchanged."""


# -- children: each measurement runs in its own process ---------------------------------

def _maxrss_mb() -> dict[str, float]:
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self_mb": self_mb, "children_mb": children_mb, "sum_mb": self_mb + children_mb}


def _edit_one_paragraph(path: Path) -> str:
    """Append a sentence to the longest line in the middle third: one paragraph changes."""
    lines = path.read_text(encoding="utf-8").splitlines()
    third = len(lines) // 3
    middle = range(third, max(third + 1, 2 * third))
    index = max(middle, key=lambda i: len(lines[i]))
    lines[index] = lines[index].rstrip() + EDIT
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines[index][:60]


def measure_convert(engine: str, article: Path, level: str, jobs: int, formats: str) -> dict[str, Any]:
    """First (cold cache) and second (one paragraph changed) ``convert`` of the article."""
    from speakit.pipeline import convert

    with tempfile.TemporaryDirectory(prefix="speakit-bench-") as tmp:
        work = Path(tmp)
        source = work / article.name
        shutil.copyfile(article, source)
        cache, out = work / "cache", work / "out"
        with PeakMemory() as memory:
            started = time.perf_counter()
            result = convert(str(source), out, level=level, engine=engine, formats=formats,
                             jobs=jobs, cache_dir=cache)
            first_s = time.perf_counter() - started
            edited = _edit_one_paragraph(source)
            started = time.perf_counter()
            convert(str(source), out, level=level, engine=engine, formats=formats, jobs=jobs,
                    cache_dir=cache)
            second_s = time.perf_counter() - started
        audio = result.report.get("audio", {})
        return {"first_s": first_s, "second_s": second_s, "edited": edited,
                "tree_peak_mb": memory.peak_mb, **_maxrss_mb(),
                "audio_s": audio.get("duration_s"), "timings": result.report.get("timings")}


def measure_raw(engine: str, article: Path, level: str, jobs: int) -> dict[str, Any]:
    """The raw engine speaking exactly the utterance texts ``convert`` speaks."""
    sys.path.insert(0, str(HERE))
    from engine_raw import raw_synthesis_seconds  # type: ignore[import-not-found]

    from speakit.pipeline import read_document, script_for, simplify_document

    doc = simplify_document(read_document(str(article)), level)
    script = script_for(doc, words_to_know=True)
    sentences = [u.text for c in script.chapters for u in c.utterances]
    with PeakMemory() as memory:
        raw_s = raw_synthesis_seconds(engine, sentences, jobs)
    return {"raw_s": raw_s, "utterances": len(sentences),
            "words": sum(len(s.split()) for s in sentences),
            "tree_peak_mb": memory.peak_mb, **_maxrss_mb()}


def _child(kind: str, engine: str, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", kind, "--engines", engine, "--level", args.level,
           "--jobs", str(args.jobs), "--article", str(args.article), "--formats", args.formats]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _fmt(value: Any, spec: str, unit: str = "") -> str:
    return f"{value:{spec}}{unit}" if isinstance(value, (int, float)) else "n/a"


def main() -> int:
    """Run the measurements in child processes and print them next to the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="piper,espeak-ng")
    parser.add_argument("--level", default="plain", choices=["original", "plain", "easy"])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--article", type=Path, default=SEED)
    parser.add_argument("--formats", default="mp3")
    parser.add_argument("--child", choices=["convert", "raw"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        engine = args.engines
        if args.child == "convert":
            data = measure_convert(engine, args.article, args.level, args.jobs, args.formats)
        else:
            data = measure_raw(engine, args.article, args.level, args.jobs)
        print(json.dumps(data))
        return 0

    if not args.article.is_file():
        print(f"no article at {args.article}; pass one with --article", file=sys.stderr)
        return 1
    print(f"article {args.article.name}, level {args.level}, {args.jobs} process(es), "
          f"formats {args.formats}, cold cache in a temp folder\n")
    for engine in [e.strip() for e in args.engines.split(",") if e.strip()]:
        conv = _child("convert", engine, args)
        raw = _child("raw", engine, args)
        print(f"== {engine}")
        if "error" in conv:
            print(f"  convert failed: {conv['error']}")
        if "error" in raw:
            print(f"  raw synthesis failed: {raw['error']}")
        first, second, raw_s = conv.get("first_s"), conv.get("second_s"), raw.get("raw_s")
        print(f"  utterances {raw.get('utterances', 'n/a')}, words {raw.get('words', 'n/a')}, "
              f"audio {_fmt(conv.get('audio_s'), '.1f', ' s')}")
        espeak_target = f"   target < {TARGET_ESPEAK_S:.0f} s" if engine == "espeak-ng" else ""
        print(f"  convert, cold cache      {_fmt(first, '7.2f', ' s')}{espeak_target}")
        print(f"  raw engine, same words   {_fmt(raw_s, '7.2f', ' s')}")
        if first and raw_s:
            target = f"target <= {TARGET_PIPER_RATIO:.2f}x" if engine == "piper" else ""
            print(f"  convert / raw            {first / raw_s:7.2f}x   {target}")
        if first and second:
            print(f"  second run, 1 paragraph  {second:7.2f} s = {second / first:.0%} of the first"
                  f"   target < {TARGET_SECOND_SHARE:.0%}")
        if "sum_mb" in conv:
            print(f"  peak memory (maxrss)     self {conv['self_mb']:.0f} MB + largest child "
                  f"{conv['children_mb']:.0f} MB = {conv['sum_mb']:.0f} MB   "
                  f"target < {TARGET_PEAK_MB:.0f} MB")
            print(f"  peak memory (tree)       {conv['tree_peak_mb']:.0f} MB (all processes at once, "
                  "sampled; the maxrss sum counts a forked child's copy of the parent)")
        if conv.get("timings"):
            stages = ", ".join(f"{k} {v:.2f}" for k, v in conv["timings"].items())
            print(f"  stages (s)               {stages}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
