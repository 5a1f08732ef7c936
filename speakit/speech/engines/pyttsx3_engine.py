"""pyttsx3: the operating system's own voices (eSpeak NG through libespeak-ng on Linux,
NSSpeechSynthesizer on macOS, SAPI5 on Windows).

pyttsx3 2.99 has two traps handled here: ``runAndWait`` returns before a long WAV is
written (so we wait for the ``finished-utterance`` callback), and its eSpeak driver
prints "Audio saved to …" on stdout (so the call runs with fd 1 and 2 silenced).
"""

from __future__ import annotations

import atexit
import ctypes
import gc
import importlib.metadata
import importlib.util
import logging
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from ...errors import EngineError, VoiceError
from ..types import AudioChunk, Engine, VoiceInfo
from .base import MAX_ENGINE_CHARS, empty_chunk, join_chunks, quiet_output, read_wav, split_text, trim_silence

log = logging.getLogger(__name__)

BASE_WPM = 175
"""Rate 1.0 in words per minute (eSpeak's own default; pyttsx3 would pick 200)."""
SAMPLE_RATE = 22050
"""pyttsx3's eSpeak driver always writes 22,050 Hz WAV files."""
INSTALL_HINT = ("pip install pyttsx3; on Debian/Ubuntu also apt-get install libespeak-ng1 "
                "(it comes with espeak-ng)")

# Library names pyttsx3's eSpeak driver tries, in its own order.
_LINUX_LIBS = ("libespeak-ng.so.1", "/usr/local/lib/libespeak-ng.so.1", "libespeak.so.1")

_ENGINE: Any = None
"""The one pyttsx3 engine of this process: eSpeak can be initialised only once per process."""
_VOICES: list[VoiceInfo] | None = None
_DEFAULT_VOICE: str | None = None
_LOCK = threading.Lock()


class Pyttsx3Engine(Engine):
    """pyttsx3 writing one WAV per utterance (one ``save_to_file`` per ``runAndWait``)."""

    name = "pyttsx3"
    quiet = True
    """Keeps its own output off the terminal (synth need not silence it)."""
    max_chars = MAX_ENGINE_CHARS
    """Longest text per engine call; longer utterances are cut at clause boundaries."""
    parallel = "process"
    """The eSpeak library inside pyttsx3 is one global per process: threads would share it."""

    def available(self) -> bool:
        """True when pyttsx3 imports and (on Linux) libespeak-ng can be loaded."""
        if importlib.util.find_spec("pyttsx3") is None:
            return False
        return _espeak_library() is not None if sys.platform.startswith("linux") else True

    def install_hint(self) -> str:
        """How to install pyttsx3 and the system library it drives."""
        return INSTALL_HINT

    def version(self) -> str:
        """pyttsx3 version plus the speech library it drives."""
        try:
            version = importlib.metadata.version("pyttsx3")
        except importlib.metadata.PackageNotFoundError as exc:
            raise EngineError(f"Engine pyttsx3 is not installed: {INSTALL_HINT}.") from exc
        library = _espeak_library() if sys.platform.startswith("linux") else sys.platform
        return f"pyttsx3 {version} {library}"

    def voices(self) -> list[VoiceInfo]:
        """English voices the system speech library offers."""
        return [v for v in self._all_voices() if not v.language or v.language.lower().startswith("en")]

    def _all_voices(self) -> list[VoiceInfo]:
        global _VOICES
        engine = self._engine()
        with _LOCK:
            if _VOICES is None:
                _VOICES = []
                for v in engine.getProperty("voices"):
                    langs = [str(x) for x in (getattr(v, "languages", None) or [])]
                    _VOICES.append(VoiceInfo(str(v.id), str(v.name).replace("_", " "),
                                             langs[0] if langs else "", self.name))
            return list(_VOICES)

    def _voice_id(self, voice: str | None) -> str:
        """The driver's id for a voice given by id, language or name (None: the system default)."""
        if not voice:
            return _DEFAULT_VOICE or ""
        for info in self._all_voices():
            if voice.lower() in (info.id.lower(), info.language.lower(), info.name.lower()):
                return info.id
        ids = ", ".join(v.id for v in self.voices())
        raise VoiceError(f"pyttsx3 has no voice {voice!r}. Available English voices: {ids}.")

    def voice_licence(self, voice: str | None) -> str:
        """The system voices come with the system's speech library."""
        if sys.platform.startswith("linux"):
            return "GPL-3.0-or-later (eSpeak NG)"
        return "system voice"

    def warm(self, voice: str | None) -> None:
        """Start the speech library now (once per process)."""
        self._engine()

    def synthesize(self, text: str, voice: str | None = None, rate: float = 1.0) -> AudioChunk:
        """Speak one utterance through pyttsx3; long text is cut at spaces and joined."""
        pieces = split_text(text, self.max_chars)
        if not pieces:
            return empty_chunk(SAMPLE_RATE)
        engine = self._engine()
        voice_id = self._voice_id(voice)
        audio = [self._speak(engine, piece, voice_id, rate) for piece in pieces]
        return join_chunks(audio, sample_rate=SAMPLE_RATE)

    def _speak(self, engine: Any, text: str, voice: str, rate: float) -> AudioChunk:
        done = threading.Event()

        def finished(name: str | None = None, completed: bool = True) -> None:
            # A stop (completed=False) is not the end of our utterance.
            if completed:
                done.set()

        with _LOCK, tempfile.TemporaryDirectory(prefix="speakit-pyttsx3-") as tmp:
            out = Path(tmp) / "out.wav"
            token = engine.connect("finished-utterance", finished)
            try:
                with quiet_output():
                    _settle()
                    if voice:
                        # Set on every call: the driver keeps the last voice for the process.
                        engine.setProperty("voice", voice)
                    engine.setProperty("rate", max(80, min(450, round(BASE_WPM * rate))))
                    # eSpeak applies property changes on its own thread; until it has,
                    # it counts as "playing" and runAndWait would cancel them.
                    _settle()
                    engine.save_to_file(text, str(out))
                    engine.runAndWait()
                    # runAndWait returns before eSpeak has delivered the audio; the driver
                    # writes the WAV, then sends finished-utterance.
                    if not done.wait(timeout=60 + len(text) / 20):
                        raise EngineError("pyttsx3 did not finish speaking a "
                                          f"{len(text)}-character text within the time limit.")
                    _settle()
            finally:
                engine.disconnect(token)
            if not out.exists():
                raise EngineError("pyttsx3 finished without writing audio; "
                                  f"is the voice {voice or 'default'!r} usable? ({INSTALL_HINT})")
            return trim_silence(read_wav(out))

    def _engine(self) -> Any:
        global _ENGINE, _DEFAULT_VOICE
        with _LOCK:
            if _ENGINE is None:
                if not self.available():
                    raise EngineError(f"Engine pyttsx3 is not installed: {INSTALL_HINT}.")
                import pyttsx3

                try:
                    with quiet_output():
                        _ENGINE = pyttsx3.init()
                        _DEFAULT_VOICE = _ENGINE.getProperty("voice")
                    atexit.register(_release)
                except Exception as exc:  # noqa: BLE001 - drivers raise anything
                    raise EngineError(f"pyttsx3 could not start its speech driver: {exc}. "
                                      f"{INSTALL_HINT}.") from exc
            return _ENGINE


def _release() -> None:
    """Free the pyttsx3 engine while Python is still whole.

    Left to interpreter shutdown, pyttsx3's ``DriverProxy.__del__`` fails with
    "Exception ignored … 'NoneType' object has no attribute 'suppress'" on stderr.
    """
    global _ENGINE
    with _LOCK:
        _ENGINE = None
    gc.collect()


def _settle(timeout: float = 5.0) -> None:
    """Wait until eSpeak's own command thread is idle.

    pyttsx3's eSpeak driver cancels eSpeak whenever it looks busy at the start of
    ``runAndWait``; a rate change still queued on eSpeak's thread counts as busy, so
    the cancel dropped it and the rate lagged one utterance behind.
    """
    driver = sys.modules.get("pyttsx3.drivers._espeak")
    is_playing = getattr(driver, "IsPlaying", None)
    if not callable(is_playing):
        return
    deadline = time.monotonic() + timeout
    while is_playing() and time.monotonic() < deadline:
        time.sleep(0.002)


def _espeak_library() -> str | None:
    """The libespeak(-ng) pyttsx3 will load, or None; its real file names the library version."""
    for name in _LINUX_LIBS:
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        for line in _maps():
            path = line.split()[-1] if line.split() else ""
            if path.startswith("/") and "libespeak" in os.path.basename(path):
                return os.path.realpath(path)
        return name
    return None


def _maps() -> list[str]:
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as fh:
            return fh.readlines()
    except OSError:
        return []
