"""eSpeak NG through its command line: small, fast, robotic, everywhere (``apt-get install espeak-ng``)."""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from ...errors import EngineError, VoiceError
from ..types import AudioChunk, Engine, VoiceInfo
from .base import MAX_ENGINE_CHARS, empty_chunk, join_chunks, read_wav, split_text, trim_silence

log = logging.getLogger(__name__)

DEFAULT_VOICE = "en-us"
BASE_WPM = 175
"""eSpeak's own default speed; rate 1.0 maps to it."""
SAMPLE_RATE = 22050
"""eSpeak NG's native output rate (used for empty clips without running it)."""


def _binary() -> str | None:
    return shutil.which("espeak-ng")


def to_ssml(text: str) -> str:
    """Wrap text in ``<speak>`` with ``&``, ``<``, ``>`` and quotes escaped for ``espeak-ng -m``."""
    return "<speak>" + escape(text, {'"': "&quot;", "'": "&apos;"}) + "</speak>"


def wpm(rate: float) -> int:
    """Words per minute for eSpeak's ``-s`` from a rate (1.0 = 175 wpm), kept in 80..450."""
    return max(80, min(450, round(BASE_WPM * rate)))


class EspeakEngine(Engine):
    """eSpeak NG via ``espeak-ng -m -w file`` (never ``--stdout``: its WAV header length is bogus)."""

    name = "espeak-ng"
    quiet = True
    """Keeps its own output off the terminal (synth need not silence it)."""
    max_chars = MAX_ENGINE_CHARS
    """Longest text per engine call; longer utterances are cut at clause boundaries."""
    parallel = "thread"
    """Each call is its own subprocess, so threads are enough to use every core."""

    def __init__(self, binary: str | None = None) -> None:
        self._binary = binary

    @property
    def binary(self) -> str | None:
        """Path of the ``espeak-ng`` program, or None when it is not on PATH."""
        return self._binary or _binary()

    def available(self) -> bool:
        """True when ``espeak-ng`` is on PATH."""
        return self.binary is not None

    def install_hint(self) -> str:
        """How to install eSpeak NG."""
        return "apt-get install espeak-ng (Debian/Ubuntu), brew install espeak-ng (macOS)"

    def version(self) -> str:
        """``espeak-ng 1.51 /usr/lib/…/espeak-ng-data`` (program version and voice data path)."""
        binary = self._require()
        return _version(binary)

    def voices(self) -> list[VoiceInfo]:
        """English voices eSpeak NG can really speak (MBROLA voices only when their data is installed)."""
        return _voices(self._require())

    def voice_licence(self, voice: str | None) -> str:
        """eSpeak NG's voices are part of eSpeak NG and share its licence."""
        return "GPL-3.0-or-later (eSpeak NG)"

    def synthesize(self, text: str, voice: str | None = None, rate: float = 1.0) -> AudioChunk:
        """Speak one utterance; long text is cut at spaces and the pieces joined."""
        binary = self._require()
        pieces = split_text(text, self.max_chars)
        if not pieces:
            return empty_chunk(SAMPLE_RATE)
        audio = [self._speak(binary, piece, voice or DEFAULT_VOICE, rate) for piece in pieces]
        return join_chunks(audio, sample_rate=SAMPLE_RATE)

    def _speak(self, binary: str, text: str, voice: str, rate: float) -> AudioChunk:
        with tempfile.TemporaryDirectory(prefix="speakit-espeak-") as tmp:
            out = Path(tmp) / "out.wav"
            cmd = [binary, "-m", "-v", voice, "-s", str(wpm(rate)), "-w", str(out), "--stdin"]
            try:
                proc = subprocess.run(cmd, input=to_ssml(text).encode("utf-8"), capture_output=True,
                                      timeout=60 + len(text) / 20, check=False)
            except subprocess.TimeoutExpired as exc:
                raise EngineError(f"espeak-ng took too long on a {len(text)}-character text "
                                  "and was stopped.") from exc
            except OSError as exc:
                raise EngineError(f"Cannot run {binary}: {exc}. Reinstall espeak-ng.") from exc
            stderr = proc.stderr.decode("utf-8", "replace").strip()
            if proc.returncode != 0 or not out.exists():
                if "voice" in stderr.lower():
                    ids = ", ".join(v.id for v in self.voices())
                    raise VoiceError(f"espeak-ng has no voice {voice!r}. Available English voices: {ids}.")
                raise EngineError(f"espeak-ng failed (exit {proc.returncode}): {stderr or 'no message'}")
            if stderr:
                log.debug("espeak-ng said: %s", stderr)
            return trim_silence(read_wav(out))

    def _require(self) -> str:
        binary = self.binary
        if binary is None:
            raise EngineError(f"Engine espeak-ng is not installed: {self.install_hint()}.")
        return binary


@functools.lru_cache(maxsize=4)
def _version(binary: str) -> str:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False,
                         timeout=30).stdout
    match = re.search(r"text-to-speech:\s*(\S+)(?:.*Data at:\s*(\S+))?", out)
    if not match:
        return out.strip() or "unknown"
    return " ".join(p for p in ("espeak-ng", match.group(1), match.group(2)) if p)


@functools.lru_cache(maxsize=4)
def _voices(binary: str) -> list[VoiceInfo]:
    out = subprocess.run([binary, "--voices=en"], capture_output=True, text=True, check=False,
                         timeout=30).stdout
    found: dict[str, VoiceInfo] = {}
    for line in out.splitlines()[1:]:
        cols = line.split()
        if len(cols) < 5:
            continue
        language, name, file = cols[1], cols[3], cols[4]
        if language == "variant":
            continue
        if file.startswith("mb/"):
            # MBROLA voices are listed even when the mbrola program and data are absent.
            mb = file.split("/", 1)[1].split("-")[1] if "-" in file else ""
            if not shutil.which("mbrola") or not _mbrola_data(mb):
                continue
            voice_id = file.split("/", 1)[1]
        else:
            voice_id = language
        if voice_id not in found:
            found[voice_id] = VoiceInfo(voice_id, name.replace("_", " "), language, "espeak-ng")
    return list(found.values())


def _mbrola_data(name: str) -> bool:
    roots = [Path("/usr/share/mbrola"), Path(os.environ.get("MBROLA_DATA", "/nonexistent"))]
    return bool(name) and any((root / name).exists() for root in roots)
