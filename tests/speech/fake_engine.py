"""A tiny fake speech engine for tests: exact-length tones, so durations are asserted exactly.

Every word lasts ``WORD_MS`` milliseconds at rate 1.0 (``WORD_MS / rate`` otherwise),
as a square wave whose amplitude depends on the voice. Calls are recorded in
``calls`` (this process) and, when ``log_path`` is set, appended to that file, one
text per line, so calls made in worker processes are counted too.
"""

from __future__ import annotations

import os
from pathlib import Path

from speakit.errors import VoiceError
from speakit.speech.types import AudioChunk, Engine, VoiceInfo

SAMPLE_RATE = 8000
WORD_MS = 100
VOICES = {"tone-a": 4000, "tone-b": 8000}


def frames_for(text: str, rate: float = 1.0) -> int:
    """Exact frame count the fake engine produces for ``text``."""
    return round(len(text.split()) * SAMPLE_RATE * WORD_MS / 1000 / rate)


def tone(frames: int, amplitude: int) -> bytes:
    """A square wave of ``frames`` 16-bit samples (period 16 samples)."""
    out = bytearray()
    for i in range(frames):
        value = amplitude if (i // 8) % 2 == 0 else -amplitude
        out += value.to_bytes(2, "little", signed=True)
    return bytes(out)


class FakeEngine(Engine):
    """Deterministic engine: words x 100 ms of tone; counts its calls."""

    name = "fake"

    def __init__(self, log_path: str | os.PathLike[str] | None = None, version_tag: str = "fake 1",
                 parallel: str = "process", fail_on: str | None = None,
                 installed: bool = True) -> None:
        self.log_path = str(log_path) if log_path else None
        self.version_tag = version_tag
        self.parallel = parallel
        self.fail_on = fail_on
        self.installed = installed
        self.calls: list[str] = []

    def available(self) -> bool:
        """Installed unless told otherwise."""
        return self.installed

    def install_hint(self) -> str:
        """How to install (made up)."""
        return "pip install fake-tts"

    def version(self) -> str:
        """The version tag given at construction."""
        return self.version_tag

    def voices(self) -> list[VoiceInfo]:
        """Two tone voices."""
        return [VoiceInfo(v, f"Tone {v[-1].upper()}", "en", self.name) for v in VOICES]

    def synthesize(self, text: str, voice: str | None = None, rate: float = 1.0) -> AudioChunk:
        """Words x 100 ms / rate of square wave; fails on a text containing ``fail_on``."""
        if voice is not None and voice not in VOICES:
            raise VoiceError(f"fake has no voice {voice!r}")
        self.calls.append(text)
        if self.log_path:
            with open(self.log_path, "a", encoding="utf-8") as fh:
                fh.write(text.replace("\n", " ") + "\n")
        if self.fail_on is not None and self.fail_on in text:
            raise RuntimeError(f"fake engine broke on {self.fail_on!r}")
        return AudioChunk(tone(frames_for(text, rate), VOICES[voice or "tone-a"]), SAMPLE_RATE)


class NoisyEngine(FakeEngine):
    """A fake engine that writes to fd 1 and fd 2 from C-like code, as some TTS libraries do."""

    name = "noisy"

    def synthesize(self, text: str, voice: str | None = None, rate: float = 1.0) -> AudioChunk:
        """Print noise on both descriptors, then speak like the fake engine."""
        os.write(1, b"Audio saved to /tmp/x.wav\n")
        os.write(2, b"ALSA lib pcm.c: unable to open slave\n")
        print("python-level noise")
        return super().synthesize(text, voice, rate)


class UnpicklableEngine(FakeEngine):
    """A fake engine holding a lock, so it cannot be sent to a worker process."""

    name = "unpicklable"

    def __init__(self, **kwargs: object) -> None:
        import threading

        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lock = threading.Lock()


def logged_calls(path: Path) -> list[str]:
    """Texts the fake engine synthesized, from its log file (all processes)."""
    if not path.exists():
        return []
    return path.read_text(encoding="utf-8").splitlines()
