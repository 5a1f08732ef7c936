"""``convert()``: wires read → simplify → render / speech → audio, with atomic output.

The CLI and the Python API both call these functions; each stage gets
everything it needs from the object handed to it.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .document import Document
from .errors import OutputError, SpeakitError

if TYPE_CHECKING:  # pragma: no cover
    from .speech.types import SpeechScript

log = logging.getLogger(__name__)

TEXT_FORMATS = ("md", "txt", "html", "json")
AUDIO_FORMATS = ("mp3", "m4b", "vtt", "chapters", "m3u")
ALL_FORMATS = TEXT_FORMATS + AUDIO_FORMATS + ("report",)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ConvertResult:
    """What ``convert`` wrote."""

    folder: Path
    """The article's output folder ``OUTDIR/<slug>``."""
    files: tuple[Path, ...]
    """Every file written, in the order written."""
    report: dict[str, Any]
    """The content of ``<slug>.report.json``."""


def parse_formats(formats: str | Iterable[str]) -> set[str]:
    """``"mp3,md"`` → ``{"mp3", "md"}``; an unknown format lists the known ones."""
    items = formats.split(",") if isinstance(formats, str) else list(formats)
    wanted = {f.strip().lower().lstrip(".") for f in items if f.strip()}
    unknown = sorted(wanted - set(ALL_FORMATS))
    if unknown:
        raise SpeakitError(f"unknown format {', '.join(unknown)}; "
                           f"choose from {', '.join(ALL_FORMATS)}.")
    if not wanted:
        raise SpeakitError(f"no output format given; choose from {', '.join(ALL_FORMATS)}.")
    return wanted


def read_document(source: str) -> Document:
    """Read a source into the original document."""
    from .read import read_source

    return read_source(source)


def simplify_document(doc: Document, level: str, glossary: str | None = None) -> Document:
    """The document at ``level`` (``original`` returns it unchanged)."""
    if level == "original":
        return doc
    from .simplify import simplify

    return simplify(doc, level=level, glossary=glossary)


def read_and_simplify(source: str, *, level: str = "plain", glossary: str | None = None) -> Document:
    """Read a source and simplify it to ``level``."""
    return simplify_document(read_document(source), level, glossary)


def build_report(source: str, *, level: str = "plain", glossary: str | None = None) -> dict[str, Any]:
    """Readability before and after, terms, facts kept, what was dropped."""
    from .simplify.report import readability_report

    original = read_document(source)
    return readability_report(original, simplify_document(original, level, glossary))


def build_script_for(source: str, *, level: str = "original", glossary: str | None = None,
                     lexicons: Iterable[str] = (), media_notes: bool = True,
                     words_to_know: bool = False, voice: str | None = None,
                     engine: str | None = None) -> SpeechScript:
    """Read, simplify and turn a source into the speech script."""
    from .speech.profiles import load_profile

    profile = load_profile(voice, engine=engine)  # the pauses are the voice profile's
    doc = read_and_simplify(source, level=level, glossary=glossary)
    return script_for(doc, lexicons=lexicons, media_notes=media_notes,
                      words_to_know=words_to_know, pauses=dict(profile.pauses))


def script_for(doc: Document, *, lexicons: Iterable[str] = (), media_notes: bool = True,
               words_to_know: bool = False, pauses: dict[str, int] | None = None) -> SpeechScript:
    """The speech script of a document, with the packaged and user lexicons applied."""
    from .speech.lexicon import Lexicon
    from .speech.script import build_script

    lexicon = Lexicon.load(list(lexicons))
    return build_script(doc, lexicon=lexicon, pauses=pauses, media_notes=media_notes,
                        words_to_know=words_to_know)


def write_files(folder: Path, named: Iterable[tuple[str, str]]) -> list[Path]:
    """Write text files into ``folder``: each under a temp name, renamed only when all are complete."""
    from .audio.files import Staging

    staging = Staging(folder)
    try:
        for name, text in named:
            staging.write_text(name, text)
        return staging.commit()
    finally:
        staging.discard()  # after a failure: no temp file is left behind


def _prepare_folder(outdir: str | os.PathLike[str], slug: str) -> Path:
    folder = Path(outdir) / slug
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder {folder} ({exc.strerror}); "
                          "choose another with -o.") from exc
    if not os.access(folder, os.W_OK):
        raise OutputError(f"the output folder {folder} is not writable; choose another with -o.")
    return folder


def convert(source: str, outdir: str | os.PathLike[str] = "out", *, level: str = "plain",
            engine: str | None = None, voice: str | None = None, rate: float | None = None,
            formats: str | Iterable[str] = "mp3,md,txt,html,json,vtt",
            jobs: int | None = None, glossary: str | None = None,
            lexicons: Iterable[str] = (), media_notes: bool = True,
            words_to_know: bool = False, cache_dir: str | os.PathLike[str] | None = None,
            progress: Progress | None = None) -> ConvertResult:
    """Convert one article into ``outdir/<slug>/``: text files, audio and the report."""
    from .audio import slugify
    from .render import to_html, to_json, to_markdown, to_text

    wanted = parse_formats(formats)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    original = read_document(source)
    timings["read_s"] = time.perf_counter() - start
    mark = time.perf_counter()
    doc = simplify_document(original, level, glossary)
    timings["simplify_s"] = time.perf_counter() - mark

    slug = slugify(doc.title)
    folder = _prepare_folder(outdir, slug)
    files: list[Path] = []
    renderers: dict[str, tuple[str, Callable[[Document], str]]] = {
        "md": (".easy.md" if level != "original" else ".md", to_markdown),
        "txt": (".txt", to_text),
        "html": (".html", to_html),
        "json": (".json", to_json),
    }
    files.extend(write_files(folder, [(f"{slug}{suffix}", render(doc))
                                      for fmt, (suffix, render) in renderers.items() if fmt in wanted]))

    audio_info: dict[str, Any] = {}
    if wanted & set(AUDIO_FORMATS):
        mark = time.perf_counter()
        audio_files, audio_info = _speak(doc, folder, slug, wanted, engine=engine, voice=voice,
                                         rate=rate, jobs=jobs, lexicons=lexicons,
                                         media_notes=media_notes, words_to_know=words_to_know,
                                         cache_dir=cache_dir, progress=progress)
        files.extend(audio_files)
        timings["audio_s"] = time.perf_counter() - mark

    timings["total_s"] = time.perf_counter() - start
    report = _report(original, doc, audio_info, timings)
    # The report always goes with a conversion: it says what was dropped and why.
    files.extend(write_files(folder, [(f"{slug}.report.json",
                                       json.dumps(report, ensure_ascii=False, indent=2) + "\n")]))
    return ConvertResult(folder=folder, files=tuple(files), report=report)


def _report(original: Document, doc: Document, audio: dict[str, Any],
            timings: dict[str, float]) -> dict[str, Any]:
    from .simplify.report import readability_report

    data = readability_report(original, doc if doc is not original else None)
    data["source"] = original.source
    data["level"] = doc.level
    data["audio"] = audio
    data["timings"] = {k: round(v, 3) for k, v in timings.items()}
    return data


def _speak(doc: Document, folder: Path, slug: str, wanted: set[str], *, engine: str | None,
           voice: str | None, rate: float | None, jobs: int | None, lexicons: Iterable[str],
           media_notes: bool, words_to_know: bool, cache_dir: str | os.PathLike[str] | None,
           progress: Progress | None) -> tuple[list[Path], dict[str, Any]]:
    from .audio import assemble, normalize_loudness, write_outputs
    from .speech.engines import get_engine
    from .speech.profiles import load_profile
    from .speech.synth import synthesize_script

    profile = load_profile(voice, engine=engine)
    tts = get_engine(profile.engine)
    spoken = script_for(doc, lexicons=lexicons, media_notes=media_notes,
                        words_to_know=words_to_know, pauses=dict(profile.pauses))
    steps: dict[str, float] = {}
    mark = time.perf_counter()
    clips = synthesize_script(spoken, tts, voice=profile.voice,
                              rate=rate if rate is not None else profile.rate, jobs=jobs,
                              cache_dir=Path(cache_dir) if cache_dir else None, progress=progress)
    steps["synthesize_s"], mark = time.perf_counter() - mark, time.perf_counter()
    programme = assemble(clips, spoken)
    steps["assemble_s"], mark = time.perf_counter() - mark, time.perf_counter()
    programme = normalize_loudness(programme)
    steps["loudness_s"], mark = time.perf_counter() - mark, time.perf_counter()
    files = write_outputs(programme, spoken, folder, slug, wanted)
    steps["encode_s"] = time.perf_counter() - mark
    info = {
        "engine": tts.name,
        "engine_version": tts.version(),
        "voice": profile.voice,
        "profile": profile.name,
        "duration_s": round(programme.audio.duration_s, 3),
        "loudness_lufs": programme.loudness_lufs,
        "true_peak_db": programme.true_peak_db,
        "steps": {k: round(v, 3) for k, v in steps.items()},
        "chapters": [{"title": c.title, "start_s": round(c.start_s, 3)} for c in programme.chapters],
    }
    return files, info
