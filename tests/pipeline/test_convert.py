"""End to end: ``speakit convert`` with a real engine, read back by ffprobe and mutagen."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "eval" / "seed" / "article.txt"
EXAMPLE = ROOT / "examples" / "pasted-wire-story.txt"

pytestmark = [
    pytest.mark.engine,
    pytest.mark.skipif(shutil.which("espeak-ng") is None or shutil.which("ffprobe") is None,
                       reason="needs espeak-ng and ffmpeg (apt-get install espeak-ng ffmpeg)"),
]


def convert(source: Path, out: Path, cache: Path, *extra: str) -> Path:
    """Run the real command; return the article folder it printed."""
    result = subprocess.run(
        [sys.executable, "-m", "speakit", "convert", str(source), "-o", str(out),
         "--engine", "espeak-ng", "--cache-dir", str(cache), *extra],
        capture_output=True, text=True, timeout=600, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip().splitlines()[-1])


def ffprobe_chapters(path: Path) -> list[dict]:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(path)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["chapters"]


def vtt_cues(path: Path) -> list[tuple[float, float, str]]:
    def seconds(stamp: str) -> float:
        h, m, s = stamp.split(":")
        return int(h) * 3600 + int(m) * 60 + float(s)

    text = path.read_text("utf-8")
    assert text.startswith("WEBVTT")
    cues = []
    for block in text.split("\n\n")[1:]:
        lines = block.strip().splitlines()
        timing = next((ln for ln in lines if "-->" in ln), None)
        if timing:
            start, end = (seconds(x.strip().split()[0]) for x in timing.split("-->"))
            cues.append((start, end, " ".join(lines[lines.index(timing) + 1:])))
    return cues


def check_outputs(folder: Path, headings: list[str], title: str) -> dict:
    """What every conversion must hold; returns the script JSON for further checks."""
    slug = folder.name
    mp3 = folder / f"{slug}.mp3"
    for suffix in (".mp3", ".easy.md", ".txt", ".html", ".json", ".vtt", ".chapters.json",
                   ".report.json"):
        assert (folder / f"{slug}{suffix}").stat().st_size > 0, suffix
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], "temp files left"

    chapters = ffprobe_chapters(mp3)
    titles = [c["tags"]["title"] for c in chapters]
    assert titles == [title, *headings]
    starts = [float(c["start_time"]) for c in chapters]
    assert starts == sorted(starts) and starts[0] == 0.0

    from mutagen.id3 import ID3

    tag = ID3(mp3)
    chaps = tag.getall("CHAP")
    assert [c.sub_frames["TIT2"].text[0] for c in sorted(chaps, key=lambda c: c.start_time)] == titles
    toc = tag.getall("CTOC")[0]
    by_id = {c.element_id: c for c in chaps}
    assert [by_id[i].sub_frames["TIT2"].text[0] for i in toc.child_element_ids] == titles
    assert tag["TIT2"].text[0] == title

    cues = vtt_cues(folder / f"{slug}.vtt")
    cue_starts = [c[0] for c in cues]
    for start in starts:
        nearest = min(cue_starts, key=lambda s: abs(s - start))
        assert abs(nearest - start) <= 0.050, (start, nearest)

    probe = json.loads(subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(mp3)],
        capture_output=True, text=True, check=True).stdout)
    stream = probe["streams"][0]
    assert stream["codec_name"] == "mp3" and stream["channels"] == 1
    assert abs(float(probe["format"]["duration"]) - cues[-1][1]) < 3.0

    report = json.loads((folder / f"{slug}.report.json").read_text("utf-8"))
    assert report["facts"]["numbers"]["missing"] == []
    assert report["audio"]["engine"] == "espeak-ng"
    assert abs(report["audio"]["loudness_lufs"] - (-19.0)) <= 0.5
    return report


def test_convert_example(tmp_path: Path) -> None:
    folder = convert(EXAMPLE, tmp_path / "out", tmp_path / "cache")
    doc = json.loads((folder / f"{folder.name}.json").read_text("utf-8"))
    headings = [s["heading"] for s in doc["sections"] if s["heading"]]
    assert len(headings) >= 2
    check_outputs(folder, headings, doc["title"])


def test_second_run_uses_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    convert(EXAMPLE, tmp_path / "a", cache, "--formats", "mp3")
    entries = {p.name for p in cache.rglob("*") if p.is_file()}
    # An edited paragraph: only its sentences are new in the cache.
    text = EXAMPLE.read_text("utf-8")
    paragraphs = text.split("\n\n")
    longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    paragraphs[longest] = paragraphs[longest].replace(" the ", " this ", 1)
    edited = tmp_path / "edited.txt"
    edited.write_text("\n\n".join(paragraphs), "utf-8")
    convert(edited, tmp_path / "b", cache, "--formats", "mp3")
    added = {p.name for p in cache.rglob("*") if p.is_file()} - entries
    assert 1 <= len(added) <= 3


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared")
def test_convert_seed(tmp_path: Path) -> None:
    expected = json.loads((SEED.parent / "expected.json").read_text("utf-8"))
    folder = convert(SEED, tmp_path / "out", tmp_path / "cache")
    check_outputs(folder, expected["section_headings"], expected["title"])

    script = subprocess.run(
        [sys.executable, "-m", "speakit", "script", str(SEED), "--level", "plain", "--json",
         "--engine", "espeak-ng"], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    utterances = [u for c in json.loads(script)["chapters"] for u in c["utterances"]]
    spoken = "\n".join(u["text"] for u in utterances)
    assert not re.search(r"\d", spoken)
    assert sum(u["role"] == "picture" for u in utterances) == 5
    for never in ("Reuters", "KCNA via", "Pool via", "Duration", "days ago", "Calgary",
                  "WebMail", "Advertise", "Login"):
        assert never not in spoken, never
