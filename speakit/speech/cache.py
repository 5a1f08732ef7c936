"""Content-addressed cache of synthesized clips: one WAV file per (text, voice, engine, settings).

A clip's key is the sha256 of everything that changes its sound, so editing one
paragraph re-synthesizes only that paragraph's sentences, and a new engine or voice
version misses the cache instead of reusing stale audio. Files are written to a temp
name and renamed, so an interrupted run leaves only whole clips and resumes.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import tempfile
import wave
from pathlib import Path

from .engines.base import read_wav, write_wav
from .types import AudioChunk

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
"""Bump when the stored format or the meaning of a key changes."""


def default_cache_dir() -> Path:
    """``$SPEAKIT_CACHE``, else ``$XDG_CACHE_HOME/speakit``, else ``~/.cache/speakit``."""
    explicit = os.environ.get("SPEAKIT_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "speakit"


def clip_key(text: str, *, engine: str, engine_version: str, voice: str | None,
             voice_version: str = "", rate: float = 1.0, settings: str = "") -> str:
    """The sha256 hex key of one clip: text, engine, versions, voice, rate and synthesis settings."""
    payload = json.dumps({"f": CACHE_FORMAT, "text": text, "engine": engine,
                          "engine_version": engine_version, "voice": voice or "",
                          "voice_version": voice_version, "rate": round(float(rate), 4),
                          "settings": settings}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ClipCache:
    """Clips stored as ``<root>/clips/<key[:2]>/<key>.wav``; a broken or unwritable cache never fails a run."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_cache_dir()
        self._writable = True
        self.hits = 0
        """Clips found in this cache since it was opened."""
        self.misses = 0
        """Clips looked up and not found."""

    def path(self, key: str) -> Path:
        """Where the clip with ``key`` lives (whether or not it exists)."""
        return self.root / "clips" / key[:2] / f"{key}.wav"

    def get(self, key: str) -> AudioChunk | None:
        """The cached clip, or None (a damaged file is deleted and counts as a miss)."""
        path = self.path(key)
        try:
            with path.open("rb") as fh:
                data = fh.read()
        except OSError:
            self.misses += 1
            return None
        try:
            with wave.open(io.BytesIO(data), "rb") as wav:
                expected = wav.getnframes() * wav.getsampwidth() * wav.getnchannels()
            chunk = read_wav(io.BytesIO(data))
            if len(chunk.samples) != expected:
                raise ValueError("truncated")
        except Exception:  # noqa: BLE001 - any damage means: synthesize again
            log.warning("cache file %s is damaged; synthesizing it again", path)
            try:
                path.unlink()
            except OSError:
                pass
            self.misses += 1
            return None
        self.hits += 1
        return chunk

    def put(self, key: str, chunk: AudioChunk) -> None:
        """Store a clip atomically (temp file in the same folder, then rename)."""
        if not self._writable:
            return
        path = self.path(key)
        tmp_name = ""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=path.parent)
            os.close(fd)
            write_wav(tmp_name, chunk)
            os.replace(tmp_name, path)
        except OSError as exc:
            # A read-only or full disk must not stop the conversion, only its caching.
            self._writable = False
            log.warning("cannot write the synthesis cache in %s (%s); going on without it. "
                        "Set --cache-dir or SPEAKIT_CACHE to a writable folder.", self.root, exc)
            if tmp_name:
                try:
                    os.unlink(tmp_name)
                except OSError:
                    pass

    def size_bytes(self) -> int:
        """Total size of the cached clips."""
        return sum(p.stat().st_size for p in (self.root / "clips").glob("*/*.wav"))


__all__ = ["CACHE_FORMAT", "ClipCache", "clip_key", "default_cache_dir"]
