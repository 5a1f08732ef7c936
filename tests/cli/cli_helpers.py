"""Helpers for running the real ``speakit`` command in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "eval" / "seed" / "article.txt"


def run_speakit(*args: str, input: bytes | None = None, env: dict[str, str] | None = None,
                timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``python -m speakit ARGS`` and capture text output."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "speakit", *args], input=input,
                          capture_output=True, timeout=timeout, env=full_env, cwd=ROOT,
                          check=False, text=input is None)
