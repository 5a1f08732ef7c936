"""Speech script → one audio clip per utterance, cached and in parallel.

One clip per utterance, so the assembly knows exactly where each sentence starts
and ends. Clips come from the content-addressed cache when the same text was spoken
before with the same engine, voice, rate and settings; the rest are synthesized by
``jobs`` workers: processes for engines that hold a model in memory (Piper, pyttsx3),
threads for engines that start a subprocess per call (eSpeak NG). Each worker
process loads the engine and voice once.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import sys
import threading
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from ..errors import EngineError, SpeakitError
from .cache import ClipCache, clip_key
from .engines.base import (JOIN_GAP_MS, KEEP_EDGE_MS, MAX_ENGINE_CHARS, SILENCE_THRESHOLD, file_stamp,
                           clean_text, join_chunks, quiet_output, split_text)
from .types import AudioChunk, Engine, SpeechScript, Utterance

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

SETTINGS = f"gap={JOIN_GAP_MS} trim={SILENCE_THRESHOLD}/{KEEP_EDGE_MS}"
"""Synthesis settings that change the audio, part of every cache key (with the engine's
``max_chars``)."""

MIN_PARALLEL = 4
"""Fewer uncached utterances than this are synthesized in this process: starting
worker processes (and loading a voice model in each) would cost more than it saves."""


@dataclass(frozen=True)
class Clip:
    """One utterance and its audio (no pause added: the assembly adds ``utterance.pause_ms``)."""

    utterance: Utterance
    """What was spoken."""
    audio: AudioChunk
    """The engine's audio at its native rate; leading/trailing silence trimmed to 30 ms."""


def synthesize_script(script: SpeechScript, engine: Engine, *, voice: str | None = None,
                      rate: float = 1.0, jobs: int | None = None, cache_dir: Path | None = None,
                      progress: Progress | None = None) -> list[list[Clip]]:
    """Synthesize every utterance (cached, in parallel); clips grouped per chapter, in order."""
    started = time.perf_counter()
    voice = voice or None  # a profile without a voice says "" : the engine's default
    items = [(ci, u) for ci, chapter in enumerate(script.chapters) for u in chapter.utterances]
    total = len(items)
    titles = [chapter.title for chapter in script.chapters]
    cache = ClipCache(cache_dir)
    engine_version, voice_version = _fingerprint(engine, voice)
    texts = [_clean(u.text) for _, u in items]
    keys = [clip_key(t, engine=engine.name, engine_version=engine_version, voice=voice,
                     voice_version=voice_version, rate=rate,
                     settings=f"{SETTINGS} split={_max_chars(engine)}") for t in texts]

    audio: dict[str, AudioChunk] = {}
    todo: dict[str, str] = {}
    waiting: dict[str, list[int]] = {}
    done = 0

    def tick(index: int) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, titles[items[index][0]])

    for index, (key, text) in enumerate(zip(keys, texts)):
        if key in audio:
            tick(index)
            continue
        if key in todo:
            waiting[key].append(index)
            continue
        cached = cache.get(key) if text else None
        if cached is not None:
            audio[key] = cached
            tick(index)
        elif not text:
            audio[key] = _speak(engine, "", voice, rate)
            tick(index)
        else:
            todo[key] = text
            waiting[key] = [index]

    workers = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    try:
        for key, chunk in _run(engine, voice, rate, todo, workers):
            cache.put(key, chunk)
            audio[key] = chunk
            for index in waiting[key]:
                tick(index)
    finally:
        # Engines that hold a model in this process give its memory back for the
        # assembly that follows (Piper's working memory stays in onnxruntime's arena).
        release = getattr(engine, "release", None)
        if todo and callable(release):
            release()

    clips: list[list[Clip]] = [[] for _ in script.chapters]
    for (ci, utterance), key in zip(items, keys):
        clips[ci].append(Clip(utterance, audio[key]))
    log.info("speech: %d utterances, %d synthesized, %d from cache, %.1f s",
             total, len(todo), cache.hits, time.perf_counter() - started)
    return clips


def _clean(text: str) -> str:
    return clean_text(text)


def _fingerprint(engine: Engine, voice: str | None) -> tuple[str, str]:
    """Engine version and voice-data version, so a new model or engine misses the cache."""
    try:
        engine_version = engine.version()
    except SpeakitError:
        raise
    except Exception as exc:  # noqa: BLE001 - third-party engines
        raise EngineError(f"Engine {engine.name} cannot report its version: {exc}") from exc
    voice_version = ""
    own = getattr(engine, "voice_version", None)
    if callable(own):
        voice_version = str(own(voice))
    elif voice and os.path.isfile(voice):
        voice_version = file_stamp(voice)
    return engine_version, voice_version


def _max_chars(engine: Engine) -> int:
    """Longest text one engine call gets: the engine's ``max_chars``, else ``MAX_ENGINE_CHARS``."""
    value = getattr(engine, "max_chars", None)
    return value if isinstance(value, int) and value >= 20 else MAX_ENGINE_CHARS


def _speak(engine: Engine, text: str, voice: str | None, rate: float) -> AudioChunk:
    """One utterance; text longer than the engine limit is cut at spaces and the audio joined."""
    pieces = split_text(text, _max_chars(engine)) or [""]
    try:
        parts = [engine.synthesize(piece, voice, rate) for piece in pieces]
    except SpeakitError:
        raise
    except Exception as exc:  # noqa: BLE001 - the boundary for third-party engines
        raise EngineError(f"Engine {engine.name} failed on {text[:60]!r}: "
                          f"{type(exc).__name__}: {exc}") from exc
    for part in parts:
        if not isinstance(part, AudioChunk):
            raise EngineError(f"Engine {engine.name} returned {type(part).__name__}, not AudioChunk.")
    return parts[0] if len(parts) == 1 else join_chunks(parts)


def _run(engine: Engine, voice: str | None, rate: float, todo: dict[str, str],
         jobs: int) -> Iterator[tuple[str, AudioChunk]]:
    """Yield ``(key, audio)`` for every text in ``todo``, in completion order."""
    if not todo:
        return
    workers = min(jobs, len(todo))
    mode = getattr(engine, "parallel", "process")
    if mode == "inline":
        # The engine spreads one utterance over the cores itself (onnxruntime threads).
        use_cores = getattr(engine, "use_cores", None)
        if callable(use_cores):
            use_cores(workers)
        workers = 1
    if workers > 1 and len(todo) >= MIN_PARALLEL and mode == "process" and not _picklable(engine):
        log.info("engine %s cannot be sent to worker processes; synthesizing in one process",
                 engine.name)
        workers = 1
    if workers <= 1 or len(todo) < MIN_PARALLEL:
        # Built-in engines keep their own noise in; others are silenced around each call
        # (fd level, since C libraries write straight to the terminal).
        hush = contextlib.nullcontext if getattr(engine, "quiet", False) else quiet_output
        warm = getattr(engine, "warm", None)
        if callable(warm):
            with hush():
                warm(voice)
        for key, text in todo.items():
            with hush():
                chunk = _speak(engine, text, voice, rate)
            yield key, chunk
        return
    executor: Executor
    if mode == "thread":
        executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="speakit-tts")
        submit: Callable[[str], Future[AudioChunk]] = (
            lambda text: executor.submit(_speak, engine, text, voice, rate))
    else:
        # A forked worker would write out whatever the parent still holds in its buffers.
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        executor = ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context(),
                                       initializer=_worker_init, initargs=(engine, voice, rate))
        submit = lambda text: executor.submit(_worker_speak, text)  # noqa: E731
    try:
        futures = {submit(text): key for key, text in todo.items()}
        for future in as_completed(futures):
            try:
                chunk = future.result()
            except BrokenProcessPool as exc:
                raise EngineError("A speech worker process died (out of memory?). "
                                  "Try again with --jobs 1.") from exc
            yield futures[future], chunk
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _mp_context() -> multiprocessing.context.BaseContext:
    """fork when it is safe (Linux, one thread, no onnxruntime loaded yet), else spawn.

    fork starts workers fast and works from scripts without an ``if __name__ ==
    "__main__"`` guard; but a forked child of a process with running threads
    (onnxruntime's pool, a progress thread) can deadlock, and macOS frameworks
    are not fork-safe, so then each worker is spawned and imports the engine afresh.
    """
    safe = (sys.platform.startswith("linux") and threading.active_count() == 1
            and "onnxruntime" not in sys.modules)
    return multiprocessing.get_context("fork" if safe else "spawn")


def _picklable(engine: Engine) -> bool:
    try:
        pickle.dumps(engine)
    except Exception:  # noqa: BLE001 - any failure means: not for processes
        return False
    return True


_WORKER: dict[str, Any] = {}


def _worker_init(engine: Engine, voice: str | None, rate: float) -> None:
    """Worker process set-up: silence engine output, load the engine and voice once."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    # Engine libraries write to the inherited terminal; the parent reports errors itself.
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the worker
    sys.stderr = sys.stdout
    _WORKER.update(engine=engine, voice=voice, rate=rate, error=None)
    try:
        warm = getattr(engine, "warm", None)
        if callable(warm):
            warm(voice)
    except Exception as exc:  # noqa: BLE001 - raised again with the first task
        _WORKER["error"] = exc


def _worker_speak(text: str) -> AudioChunk:
    """Synthesize one text in a worker process."""
    error = _WORKER.get("error")
    if error is not None:
        raise error
    return _speak(_WORKER["engine"], text, _WORKER["voice"], _WORKER["rate"])


__all__ = ["Clip", "Progress", "SETTINGS", "synthesize_script"]
