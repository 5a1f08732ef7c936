"""Running ffmpeg: find it, feed it PCM, turn its failures into ``AudioError``."""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Sequence

from ..errors import AudioError
from ..speech.types import AudioChunk

log = logging.getLogger(__name__)

FFMPEG_MISSING = ("ffmpeg is not installed; install it with: apt-get install ffmpeg "
                  "(or brew install ffmpeg)")


def ffmpeg_path() -> str:
    """Where ffmpeg is, or an ``AudioError`` that says how to install it."""
    path = shutil.which("ffmpeg")
    if path is None:
        raise AudioError(FFMPEG_MISSING)
    return path


def pcm_input_args(audio: AudioChunk) -> list[str]:
    """ffmpeg arguments that read ``audio`` as raw PCM from standard input."""
    if audio.sample_width != 2:
        raise AudioError(f"expected 16-bit PCM, got {audio.sample_width * 8}-bit; "
                         "assemble the programme with speakit.audio.assemble")
    return ["-f", "s16le", "-ar", str(audio.sample_rate), "-ac", str(audio.channels),
            "-i", "pipe:0"]


def run_ffmpeg(args: Sequence[str], *, what: str,
               stdin: bytes | memoryview | None = None) -> tuple[bytes, str]:
    """Run ffmpeg with ``args``; return its output and error log, or raise ``AudioError``."""
    command = [ffmpeg_path(), "-hide_banner", "-nostats", *args]
    log.debug("running %s", " ".join(command))
    try:
        done = subprocess.run(command, input=stdin,
                              stdin=subprocess.DEVNULL if stdin is None else None,
                              capture_output=True, check=False)
    except OSError as exc:
        raise AudioError(f"ffmpeg could not be started while {what}: {exc}; "
                         "check that ffmpeg is installed and runnable") from exc
    if done.returncode != 0:
        raise AudioError(f"ffmpeg failed while {what} (exit code {done.returncode}): "
                         f"{last_lines(done.stderr)}")
    # Filters such as ebur128 report on the error stream.
    return done.stdout, done.stderr.decode("utf-8", "replace")


def last_lines(stderr: bytes, count: int = 4) -> str:
    """The last non-empty lines of ffmpeg's error output, joined on one line."""
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines()]
    tail = [line for line in lines if line][-count:]
    return " | ".join(tail) if tail else "(no error output)"
