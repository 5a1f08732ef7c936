"""Text files that travel with the audio: Podcasting 2.0 chapters, WebVTT, M3U, ffmetadata."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from .model import ChapterMark, Programme

CHAPTERS_VERSION = "1.2.0"
"""Podcasting 2.0 JSON chapters format version written."""


def chapters_json(programme: Programme, *, title: str | None = None, author: str | None = None,
                  podcast_name: str | None = None, file_name: str | None = None) -> str:
    """Podcasting 2.0 JSON chapters (``{"version": "1.2.0", "chapters": [...]}``)."""
    data: dict[str, object] = {"version": CHAPTERS_VERSION}
    for key, value in (("title", title), ("author", author), ("podcastName", podcast_name),
                       ("fileName", file_name)):
        if value:
            data[key] = value
    data["chapters"] = [
        {"startTime": round(mark.start_s, 3), "endTime": round(mark.end_s, 3), "title": mark.title}
        for mark in programme.chapters]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def webvtt(programme: Programme) -> str:
    """WebVTT with one cue per spoken utterance; the identifier is its sentence id."""
    blocks = ["WEBVTT"]
    used: set[str] = set()
    for cue in programme.cues:
        start, end = round(cue.start_s * 1000), round(cue.end_s * 1000)
        payload = vtt_escape(cue.text)
        if end <= start or not payload:
            continue  # WebVTT needs end > start, and a blank payload would end the block
        lines = []
        ident = re.sub(r"\s+", " ", cue.sentence_id or "").strip()
        while "-->" in ident:  # an identifier may not contain the timing arrow
            ident = ident.replace("-->", "->")
        if ident:
            # The same sentence can be spoken in several utterances; identifiers must be unique.
            unique, number = ident, 1
            while unique in used:
                number += 1
                unique = f"{ident}#{number}"
            used.add(unique)
            lines.append(unique)
        lines.append(f"{vtt_time(start)} --> {vtt_time(end)}")
        lines.append(payload)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def vtt_time(ms: int) -> str:
    """Milliseconds as a WebVTT timestamp, ``HH:MM:SS.mmm``."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def vtt_escape(text: str) -> str:
    """Cue text safe for WebVTT: ``& < >`` escaped, on one line (a blank line ends a cue)."""
    text = re.sub(r"\s+", " ", text).strip()
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def m3u(entries: Sequence[tuple[str, float, str]], *, title: str | None = None) -> str:
    """Extended M3U: ``(relative path, seconds, title)`` per entry."""
    lines = ["#EXTM3U"]
    if title:
        lines.append(f"#PLAYLIST:{_one_line(title)}")
    for path, seconds, entry_title in entries:
        lines.append(f"#EXTINF:{max(1, round(seconds))},{_one_line(entry_title)}")
        lines.append(path)
    return "\n".join(lines) + "\n"


def ffmetadata(tags: Mapping[str, str | None], chapters: Sequence[ChapterMark] = ()) -> str:
    """An ffmpeg FFMETADATA1 file: global tags, then one [CHAPTER] per mark in milliseconds."""
    lines = [";FFMETADATA1"]
    lines += [f"{key}={ffmetadata_escape(value)}" for key, value in tags.items() if value]
    for mark in chapters:
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={round(mark.start_s * 1000)}",
                  f"END={round(mark.end_s * 1000)}", f"title={ffmetadata_escape(mark.title)}"]
    return "\n".join(lines) + "\n"


def ffmetadata_escape(value: str) -> str:
    """Escape ``= ; # \\`` and newlines with a backslash, as the FFMETADATA format requires."""
    value = re.sub(r"[\r\n]+", " ", value)  # tags are one line in every player anyway
    return re.sub(r"([=;#\\\n])", r"\\\1", value)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
