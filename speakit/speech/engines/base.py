"""Helpers every built-in engine shares: WAV reading, silence trimming, long-text
splitting, joining audio, and keeping engine noise off the user's terminal.

Nothing here imports a speech library; numpy is not needed (it only ships with Piper).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import unicodedata
import wave
from pathlib import Path
from typing import Iterator

from ...errors import EngineError
from ..types import AudioChunk

MAX_ENGINE_CHARS = 400
"""Longest text handed to an engine in one call; longer utterances are cut at
spaces (after a comma or semicolon when there is one) and their audio joined."""

JOIN_GAP_MS = 120
"""Silence put between the pieces of an utterance that was cut for the engine,
and between the sentences Piper finds inside one utterance."""

SILENCE_THRESHOLD = 64
"""Samples whose magnitude is at most this (about -54 dBFS in 16-bit) count as
silence when trimming the ends of a clip."""

KEEP_EDGE_MS = 30
"""Silence kept at each end after trimming, so soft onsets and decays are not cut.

Engines add their own lead-in and tail silence (eSpeak ends every utterance with
~0.2 s of zeros). The assembly adds the profile's pause after each utterance, so
that pause must be the real gap: each clip keeps at most ``KEEP_EDGE_MS`` of
silence at either end, and the heard gap is the role pause plus at most 2 x 30 ms.
"""


def silence(sample_rate: int, ms: int, sample_width: int = 2, channels: int = 1) -> AudioChunk:
    """Digital silence of exactly ``ms`` milliseconds (rounded down to whole frames)."""
    frames = sample_rate * ms // 1000
    return AudioChunk(b"\x00" * (frames * sample_width * channels), sample_rate, sample_width, channels)


def empty_chunk(sample_rate: int) -> AudioChunk:
    """Zero-length 16-bit mono audio: what an engine returns for empty text."""
    return AudioChunk(b"", sample_rate)


def read_wav(path: str | os.PathLike[str] | io.BytesIO) -> AudioChunk:
    """Read a PCM WAV file into an ``AudioChunk`` (format taken from its header)."""
    try:
        with wave.open(path if isinstance(path, io.BytesIO) else str(path), "rb") as wav:
            rate, width, channels = wav.getframerate(), wav.getsampwidth(), wav.getnchannels()
            data = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError, OSError) as exc:
        raise EngineError(f"Cannot read the engine's WAV output {path}: {exc}") from exc
    # A WAV whose header length disagrees with its data can leave a half frame.
    frame = width * channels
    return AudioChunk(data[: len(data) - len(data) % frame], rate, width, channels)


def write_wav(path: str | os.PathLike[str], chunk: AudioChunk) -> None:
    """Write an ``AudioChunk`` as a PCM WAV file (not atomic; see ``cache``)."""
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(chunk.channels)
        wav.setsampwidth(chunk.sample_width)
        wav.setframerate(chunk.sample_rate)
        wav.writeframes(chunk.samples)


def trim_silence(chunk: AudioChunk, threshold: int = SILENCE_THRESHOLD,
                 keep_ms: int = KEEP_EDGE_MS) -> AudioChunk:
    """Cut leading/trailing near-silence down to ``keep_ms`` at each end (16-bit only).

    A clip that is silent throughout becomes empty: there is nothing to hear.
    """
    if chunk.sample_width != 2 or not chunk.samples:
        return chunk
    values = memoryview(chunk.samples).cast("h")
    channels = chunk.channels
    n = len(values)
    first = 0
    while first < n and -threshold <= values[first] <= threshold:
        first += 1
    if first == n:
        return AudioChunk(b"", chunk.sample_rate, 2, channels)
    last = n - 1
    while last > first and -threshold <= values[last] <= threshold:
        last -= 1
    keep = chunk.sample_rate * keep_ms // 1000 * channels
    start_frame = max(0, first // channels * channels - keep)
    end_frame = min(n, (last // channels + 1) * channels + keep)
    return AudioChunk(chunk.samples[start_frame * 2:end_frame * 2], chunk.sample_rate, 2, channels)


def join_chunks(chunks: list[AudioChunk], gap_ms: int = JOIN_GAP_MS,
                sample_rate: int | None = None) -> AudioChunk:
    """Concatenate audio pieces of one format, with ``gap_ms`` of silence between them."""
    parts = [c for c in chunks if c.samples]
    if not parts:
        return empty_chunk(sample_rate or (chunks[0].sample_rate if chunks else 22050))
    first = parts[0]
    for part in parts[1:]:
        if (part.sample_rate, part.sample_width, part.channels) != (
                first.sample_rate, first.sample_width, first.channels):
            raise EngineError("The engine returned pieces of one utterance in different audio "
                              f"formats ({part.sample_rate} Hz vs {first.sample_rate} Hz).")
    gap = silence(first.sample_rate, gap_ms, first.sample_width, first.channels).samples
    return AudioChunk(gap.join(p.samples for p in parts), first.sample_rate,
                      first.sample_width, first.channels)


def clean_text(text: str) -> str:
    """Text an engine can take: control characters become spaces, invisible format
    characters (zero-width space, BOM) go, whitespace runs become one space.

    eSpeak stops reading at a NUL byte and Piper refuses one, so a stray control
    character from a pasted page would silently cut a sentence short.
    """
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc":
            out.append(" ")
        elif category != "Cf":
            out.append(ch)
    return " ".join("".join(out).split())


_BREAK_AFTER = re.compile(r"[,;:\u2013\u2014)]\s+")


def split_text(text: str, max_chars: int = MAX_ENGINE_CHARS) -> list[str]:
    """Cut text into pieces of at most ``max_chars``: after , ; : when possible, else at spaces.

    A run longer than ``max_chars`` with no space at all (a pasted URL or code) is cut
    hard, so no engine ever sees an unbounded piece.
    """
    text = clean_text(text)
    if len(text) <= max_chars:
        return [text] if text else []
    pieces: list[str] = []
    rest = text
    while len(rest) > max_chars:
        window = rest[: max_chars + 1]
        cut = -1
        # Prefer a clause boundary in the second half of the window, so pieces stay long.
        for match in _BREAK_AFTER.finditer(window):
            if match.start() + 1 >= max_chars // 2:
                cut = match.start() + 1
        if cut < 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = max_chars
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return [p for p in pieces if p]


@contextlib.contextmanager
def quiet_output() -> Iterator[None]:
    """Send everything written to fd 1 and fd 2 (Python or C code) to /dev/null for a while.

    Engines driven through a C library print "Audio saved to …" or ALSA warnings
    straight to the file descriptors; the user's terminal (and ``speakit … > file``)
    must not see them. Not thread-safe: callers hold their engine's lock.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    saved: list[tuple[int, int]] = []
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        for fd in (1, 2):
            try:
                saved.append((fd, os.dup(fd)))
                os.dup2(devnull, fd)
            except OSError:
                continue
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        for fd, copy in saved:
            os.dup2(copy, fd)
            os.close(copy)
        os.close(devnull)


def file_stamp(path: str | os.PathLike[str]) -> str:
    """``size:mtime_ns`` of a file, a cheap fingerprint for voice data in cache keys."""
    try:
        st = Path(path).stat()
    except OSError:
        return "missing"
    return f"{st.st_size}:{st.st_mtime_ns}"
