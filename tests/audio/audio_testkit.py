"""Synthetic clips of exact lengths and independent ffmpeg/ffprobe probes for the audio tests."""

from __future__ import annotations

import array
import json
import math
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from speakit.speech.types import AudioChunk, Chapter, SpeechScript, Utterance

needs_ffmpeg = pytest.mark.skipif(
    shutil.which("ffmpeg") is None or shutil.which("ffprobe") is None,
    reason="ffmpeg/ffprobe not installed")

RATE = 22050


@dataclass(frozen=True)
class FakeClip:
    """Stands in for speakit.speech.synth.Clip."""

    utterance: Utterance
    audio: AudioChunk


def tone(frames: int, rate: int = RATE, amplitude: float = 0.25, period: int = 98,
         channels: int = 1) -> AudioChunk:
    """A sine of exactly ``frames`` frames (period in samples; 98 at 22050 Hz = 225 Hz)."""
    one = array.array("h", (round(amplitude * 32767 * math.sin(2 * math.pi * i / period))
                            for i in range(period) for _ in range(channels)))
    whole = one.tobytes() * (frames // period + 1)
    return AudioChunk(whole[:frames * 2 * channels], rate, 2, channels)


def warble(frames: int, rate: int = RATE, amplitude: float = 0.25) -> AudioChunk:
    """A speech-like test signal: a 4 Hz amplitude-modulated mix of two tones."""
    cycle = rate // 4
    samples = array.array("h", (
        round(amplitude * 32767 * (0.5 + 0.5 * math.sin(2 * math.pi * i / cycle))
              * (0.6 * math.sin(2 * math.pi * 180 * i / rate)
                 + 0.4 * math.sin(2 * math.pi * 1300 * i / rate)))
        for i in range(cycle)))
    whole = samples.tobytes() * (frames // cycle + 1)
    return AudioChunk(whole[:frames * 2], rate)


def clip(text: str, audio: AudioChunk, pause_ms: int = 0, sentence_id: str | None = None,
         role: str = "body", display: str = "") -> FakeClip:
    """A clip for ``text`` with the given audio and pause."""
    return FakeClip(Utterance(text, role, pause_ms, sentence_id, display), audio)  # type: ignore[arg-type]


def script_for(chapters: list[tuple[str, list[FakeClip]]], title: str = "Harbour bridge reopens",
               site_name: str | None = "The Coastal Courier",
               byline: str | None = "By Mira Okafor") -> tuple[list[list[FakeClip]], SpeechScript]:
    """Clips per chapter and the SpeechScript they were made from."""
    script = SpeechScript(
        title=title,
        chapters=tuple(Chapter(name, tuple(c.utterance for c in clips)) for name, clips in chapters),
        site_name=site_name, byline=byline)
    return [clips for _, clips in chapters], script


def ffprobe_json(path: Path, *what: str) -> dict[str, Any]:
    """``ffprobe -show_<what> -of json`` of a file."""
    out = subprocess.run(["ffprobe", "-v", "error", *(f"-show_{w}" for w in what), "-of", "json",
                          str(path)], capture_output=True, check=True)
    return json.loads(out.stdout)


def decode_pcm(path: Path, rate: int) -> bytes:
    """Decode any audio file to mono s16le at ``rate`` with ffmpeg."""
    out = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
                          "-ar", str(rate), "-"], capture_output=True, check=True)
    return out.stdout


def ebur128(source: Path | AudioChunk) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) from ffmpeg's ebur128, measured here independently."""
    if isinstance(source, AudioChunk):
        args = ["-f", "s16le", "-ar", str(source.sample_rate), "-ac", "1", "-i", "pipe:0"]
        data: bytes | None = source.samples
    else:
        args, data = ["-i", str(source)], None
    out = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", *args, "-af",
                          "ebur128=peak=true:framelog=verbose", "-f", "null", "-"],
                         input=data, capture_output=True, check=True)
    log = out.stderr.decode()
    summary = log[log.rindex("Summary:"):]
    integrated = re.search(r"I:\s*(\S+) LUFS", summary)
    peak = re.search(r"Peak:\s*(\S+) dBFS", summary)
    assert integrated and peak
    return float(integrated.group(1)), float(peak.group(1))


def rms_db(samples: bytes) -> float:
    """RMS level of s16le samples in dBFS."""
    values = array.array("h")
    values.frombytes(samples)
    mean = sum(v * v for v in values) / len(values)
    return 10 * math.log10(mean / 32768 ** 2)
