"""How long reading the seed article takes, next to how long ``import speakit`` takes.

Prints numbers and ratios; asserts nothing. Usage: python benchmarks/read_bench.py [ARTICLE]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "eval" / "seed" / "article.txt"


def _wall(args: list[str], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    """Print the timings."""
    article = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    if not article.exists():
        print(f"no article at {article}; pass one as the first argument", file=sys.stderr)
        return 1
    py = sys.executable
    import_s = _wall([py, "-c", "import speakit"])
    help_s = _wall([py, "-m", "speakit", "--help"])
    read_s = _wall([py, "-m", "speakit", "read", str(article), "--json"])

    from speakit.read import read_source

    read_source(str(article))  # warm: imports and word lists loaded once
    runs = []
    for _ in range(10):
        started = time.perf_counter()
        read_source(str(article))
        runs.append(time.perf_counter() - started)
    in_process = statistics.median(runs)

    print(f"article: {article.name} ({article.stat().st_size:,} bytes)")
    print(f"python -c 'import speakit'      {import_s * 1000:8.1f} ms")
    print(f"speakit --help                  {help_s * 1000:8.1f} ms")
    print(f"speakit read --json (process)   {read_s * 1000:8.1f} ms   "
          f"= {read_s / import_s:.1f}x the import")
    print(f"read_source, warm, in process   {in_process * 1000:8.1f} ms   "
          f"= {in_process / import_s:.2f}x the import")
    return 0


if __name__ == "__main__":
    sys.exit(main())
