"""The real pasted article in ../shared/eval/seed scores every check (skipped when absent)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from speakit.read.text import read_text

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "seed"
pytestmark = pytest.mark.skipif(not (SEED / "article.txt").exists() or
                                not (SEED.parent / "check_read.py").exists(),
                                reason="evaluation seed not present")


def test_seed_article_passes_the_scorer(tmp_path: Path) -> None:
    doc = read_text((SEED / "article.txt").read_text(encoding="utf-8"), source="article.txt")
    out = tmp_path / "doc.json"
    out.write_text(json.dumps(doc.to_dict()), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SEED.parent / "check_read.py"),
                             str(SEED / "expected.json"), str(out)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
    assert "FAIL" not in result.stdout


def test_seed_missing_apostrophes_and_metadata() -> None:
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    doc = read_text((SEED / "article.txt").read_text(encoding="utf-8"))
    summary = " ".join(p.text for p in doc.summary)
    for fixed in expected.get("missing_apostrophes", {}).values():
        assert fixed in summary
    assert doc.site_name == expected["site_name"]
    media = doc.media()
    assert [m.description for m in media] == [m["description"] for m in expected["media"]]
    dropped = {d.text for d in doc.dropped}
    assert {"4 days ago", "Duration 0:33", "WorldAnalysis"} <= dropped
    for fig, want in zip(doc.figures(), expected["figures"]):
        assert (fig.alt, fig.caption, fig.credit) == (want["alt"], want["caption"], want["credit"])
