"""Speech engines, found through the ``speakit.engines`` entry-point group.

Engines are loaded lazily: importing this package imports no engine module and no
speech library. Third parties add an engine by declaring, in their own package::

    [project.entry-points."speakit.engines"]
    myengine = "mypkg.tts:MyEngine"

where ``MyEngine()`` (no arguments) satisfies :class:`speakit.speech.types.Engine`.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import logging
from dataclasses import dataclass
from typing import Any, Callable

from ...errors import EngineError, SpeakitError
from ..types import Engine

log = logging.getLogger(__name__)

GROUP = "speakit.engines"
DEFAULT_ORDER = ("piper", "espeak-ng", "pyttsx3")
"""Preference when no engine is named: Piper sounds best, eSpeak NG is everywhere."""

_BUILTIN = {
    "piper": "speakit.speech.engines.piper:PiperEngine",
    "espeak-ng": "speakit.speech.engines.espeak:EspeakEngine",
    "pyttsx3": "speakit.speech.engines.pyttsx3_engine:Pyttsx3Engine",
}
"""Used when speakit runs from a source tree without installed entry points."""


@dataclass(frozen=True)
class _Entry:
    name: str
    value: str
    load: Callable[[], Any]


def _entries() -> dict[str, _Entry]:
    found: dict[str, _Entry] = {}
    try:
        for ep in importlib.metadata.entry_points(group=GROUP):
            if ep.name not in found:
                found[ep.name] = _Entry(ep.name, ep.value, ep.load)
    except Exception:  # noqa: BLE001 - a broken third-party dist must not hide the built-ins
        log.debug("reading entry points of %s failed", GROUP, exc_info=True)
    for name, value in _BUILTIN.items():
        found.setdefault(name, _Entry(name, value, _importer(value)))
    return found


def _importer(value: str) -> Callable[[], Any]:
    def load() -> Any:
        module, _, attr = value.partition(":")
        return getattr(importlib.import_module(module), attr)
    return load


def engine_names() -> list[str]:
    """Names of every registered engine, installed or not (built-ins first)."""
    names = list(_entries())
    return sorted(names, key=lambda n: (DEFAULT_ORDER.index(n) if n in DEFAULT_ORDER else 99, n))


def _instantiate(entry: _Entry) -> Engine:
    try:
        cls = entry.load()
        engine = cls()
    except SpeakitError:
        raise
    except Exception as exc:  # noqa: BLE001 - third-party code may fail in any way
        raise EngineError(f"Engine {entry.name} ({entry.value}) cannot be loaded: "
                          f"{type(exc).__name__}: {exc}") from exc
    if not isinstance(engine, Engine):
        raise EngineError(f"Engine {entry.name} ({entry.value}) does not implement the speakit "
                          "Engine interface (name, available, install_hint, version, voices, synthesize).")
    return engine


def _is_available(engine: Engine) -> bool:
    try:
        return bool(engine.available())
    except Exception:  # noqa: BLE001 - an engine that cannot even check is not available
        log.debug("engine %s: available() failed", engine.name, exc_info=True)
        return False


def default_engine_name() -> str | None:
    """The engine used when none is named: piper, else espeak-ng, else pyttsx3, else None."""
    entries = _entries()
    for name in DEFAULT_ORDER:
        if name in entries:
            try:
                if _is_available(_instantiate(entries[name])):
                    return name
            except EngineError:
                continue
    return None


def get_engine(name: str | None = None) -> Engine:
    """The named engine (None or ``""``: the default), ready to use; EngineError says how to fix it."""
    entries = _entries()
    if not name:
        default = default_engine_name()
        if default is None:
            hints = "; ".join(f"{n}: {_instantiate(entries[n]).install_hint()}"
                              for n in DEFAULT_ORDER if n in entries)
            raise EngineError(f"No speech engine is installed. Install one — {hints}.")
        name = default
    if name not in entries:
        raise EngineError(f"Unknown engine {name!r}. Available engines: {', '.join(engine_names())} "
                          "(see `speakit engines`).")
    engine = _instantiate(entries[name])
    if not _is_available(engine):
        raise EngineError(f"Engine {name} is not installed. To install it: {engine.install_hint()}.")
    return engine


def describe_engines() -> str:
    """A table of every engine: name, installed?, version, default?, how to install."""
    entries = _entries()
    default = default_engine_name()
    rows: list[tuple[str, ...]] = [("ENGINE", "INSTALLED", "VERSION", "DEFAULT", "INSTALL")]
    for name in engine_names():
        try:
            engine = _instantiate(entries[name])
        except EngineError as exc:
            rows.append((name, "broken", "-", "", str(exc)))
            continue
        installed = _is_available(engine)
        version = "-"
        if installed:
            try:
                version = engine.version()
            except Exception as exc:  # noqa: BLE001 - show the problem in the table
                version = f"error: {exc}"
        rows.append((name, "yes" if installed else "no", version, "yes" if name == default else "",
                     "" if installed else engine.install_hint()))
    return _table(rows)


def describe_voices(engine: str | None = None) -> str:
    """Voices of every installed engine (or only ``engine``) and the voice profiles."""
    from ..profiles import list_profiles

    names = [engine] if engine else engine_names()
    lines: list[str] = []
    for name in names:
        if engine:
            eng = get_engine(name)
        else:
            try:
                eng = get_engine(name)
            except EngineError:
                continue
        rows: list[tuple[str, ...]] = [("VOICE", "NAME", "LANGUAGE", "LICENCE")]
        licence_of = getattr(eng, "voice_licence", None)
        try:
            voices = eng.voices()
        except SpeakitError as exc:
            lines += [f"{name}: cannot list voices: {exc}", ""]
            continue
        for v in voices:
            licence = ""
            if callable(licence_of):
                try:
                    licence = str(licence_of(v.id))
                except SpeakitError:
                    licence = "unknown"
            rows.append((v.id, v.name, v.language, licence))
        lines.append(f"{name} ({len(voices)} voice{'s' if len(voices) != 1 else ''})")
        lines.append(_table(rows, indent="  "))
        if name == "piper":
            lines.append("  Any Piper .onnx voice also works: --voice path/to/voice.onnx")
        lines.append("")
    if not lines:
        lines += ["No speech engine is installed (see `speakit engines`).", ""]
    profiles = [p for p in list_profiles() if not engine or p.engine in ("", engine)]
    table: list[tuple[str, ...]] = [("PROFILE", "ENGINE", "VOICE", "RATE", "DESCRIPTION")]
    for p in profiles:
        table.append((p.name, p.engine or "(default)", p.voice or "(default)", f"{p.rate:g}",
                      p.description))
    lines.append("Voice profiles (--voice NAME)")
    lines.append(_table(table, indent="  "))
    return "\n".join(lines).rstrip() + "\n"


def _table(rows: list[tuple[str, ...]], indent: str = "") -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [c.ljust(widths[i]) for i, c in enumerate(r)]
        out.append((indent + "  ".join(cells)).rstrip())
    return "\n".join(out)


__all__ = ["GROUP", "default_engine_name", "describe_engines", "describe_voices", "engine_names",
           "get_engine"]
