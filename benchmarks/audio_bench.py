"""Audio stage speed: assemble + loudness + encode a 13-minute programme, now and as it was.

Run: .venv/bin/python benchmarks/audio_bench.py [minutes] [--before] [--synthetic]
Prints wall and CPU seconds per step and the real-time factor (audio seconds per second of
work). The programme is real espeak-ng speech (a dozen sentences spoken once, then repeated
to length), which is peaky enough that the limiter runs, as on real articles; without
espeak-ng, or with --synthetic, amplitude-modulated tones with a few clicks stand in.

--before runs the encoder settings this stage had before the speed work (commit 407736c):
MP3 resampled to 44.1 kHz at LAME's default quality, M4B with ffmpeg's default (twoloop)
AAC coder; loudness goes through ffmpeg (today's no-numpy fallback: one sample-peak
measurement, gain + alimiter passes). At 407736c loudness also re-measured true peaks in a
loop: 14.3 s wall, 10.5 s CPU on this programme (load 3-4 on 2 cores).
"""

from __future__ import annotations

import array
import math
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from speakit.audio import assemble, normalize_loudness, write_outputs
from speakit.speech.types import AudioChunk, Chapter, SpeechScript, Utterance

RATE = 22050
SENTENCES = [
    "The harbour bridge reopened on Monday after eight months of repairs.",
    "Drivers queued from six in the morning to be among the first across.",
    "The council said the work cost four point two million pounds, a little over budget.",
    "Cyclists now have a lane of their own, separated from traffic by a low kerb.",
    "Bus operators expect journeys into town to be twelve minutes shorter.",
    "Some shop owners on the quay said the closure had cost them a third of their trade.",
    "Night work on the deck ended two weeks earlier than planned.",
    "Engineers found more corrosion than expected in the old steel supports.",
    "Tolls will not return, the transport committee confirmed on Tuesday.",
    "A ferry that ran during the closure will stop at the end of the month.",
    "Residents asked for a crossing near the school, and the council agreed to study it.",
    "The next inspection of the bridge is due in three years.",
]


@dataclass(frozen=True)
class _Clip:
    utterance: Utterance
    audio: AudioChunk


def _espeak_clips() -> list[AudioChunk] | None:
    """The sentences spoken by espeak-ng, or None when it is not installed."""
    from speakit.speech.engines.espeak import EspeakEngine

    engine = EspeakEngine()
    if not engine.available():
        return None
    return [engine.synthesize(text) for text in SENTENCES]


def _synthetic_clips() -> list[AudioChunk]:
    """Speech-like tones of 3-5 s at several levels, each with one click 20 dB over it."""
    clips = []
    for n in range(len(SENTENCES)):
        frames, level = int((3 + n % 3) * RATE), 0.05 + 0.02 * (n % 5)
        values = array.array("h", (
            round(level * 32767 * (0.5 + 0.5 * math.sin(2 * math.pi * 4 * i / RATE))
                  * (0.6 * math.sin(2 * math.pi * 170 * i / RATE)
                     + 0.4 * math.sin(2 * math.pi * 1200 * i / RATE)))
            for i in range(frames)))
        for k in range(12):
            values[RATE + k] = round(min(0.99, level * 10) * 32767 * math.sin(math.pi * k / 12))
        clips.append(AudioChunk(values.tobytes(), RATE))
    return clips


def _before() -> None:
    """Put back the settings of commit 407736c (see the module docstring)."""
    from speakit.audio import loudness, outputs

    loudness._has_numpy = lambda: False  # type: ignore[assignment]
    outputs._MP3_RATES = (44100, 48000)  # type: ignore[assignment]
    outputs._LAME_QUALITY = None
    outputs._AAC_CODER = None


def main() -> None:
    """Build, normalize and encode a programme; print the timings."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    minutes = float(args[0]) if args else 13.0
    if "--before" in sys.argv:
        _before()
    spoken = None if "--synthetic" in sys.argv else _espeak_clips()
    source = "espeak-ng speech" if spoken else "synthetic tones"
    audios = spoken or _synthetic_clips()
    pause_ms, chapters_n = 400, 12
    one_round = sum(a.duration_s for a in audios) + len(audios) * pause_ms / 1000
    count = max(1, round(minutes * 60 / one_round * len(audios)))
    clips = [_Clip(Utterance(SENTENCES[i % len(audios)], "body", pause_ms, f"s{i}"),
                   audios[i % len(audios)]) for i in range(count)]
    per_chapter = math.ceil(count / chapters_n)
    groups = [clips[i:i + per_chapter] for i in range(0, count, per_chapter)]
    script = SpeechScript("Benchmark article", tuple(
        Chapter(f"Chapter {n}", tuple(c.utterance for c in group))
        for n, group in enumerate(groups, start=1)))

    steps: list[tuple[str, float, float]] = []
    start, cpu = time.perf_counter(), _cpu()
    programme = assemble(groups, script)
    steps.append(("assemble", time.perf_counter() - start, _cpu() - cpu))
    start, cpu = time.perf_counter(), _cpu()
    programme = normalize_loudness(programme)
    steps.append(("loudness", time.perf_counter() - start, _cpu() - cpu))
    with tempfile.TemporaryDirectory() as tmp:
        for formats in ({"mp3"}, {"mp3", "vtt", "chapters"}, {"mp3", "m4b", "vtt", "chapters"},
                        {"mp3", "m3u"}):
            start, cpu = time.perf_counter(), _cpu()
            write_outputs(programme, script, Path(tmp), "bench", formats)
            steps.append((f"write {'+'.join(sorted(formats))}", time.perf_counter() - start,
                          _cpu() - cpu))

    duration = programme.duration_s
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    label = "before (407736c encoders, ffmpeg loudness)" if "--before" in sys.argv else "now"
    print(f"{label}: "
          f"{duration / 60:.1f} min of {source} at {programme.audio.sample_rate} Hz, "
          f"{len(programme.cues)} cues, {len(programme.chapters)} chapters; "
          f"{programme.loudness_lufs:.2f} LUFS, {programme.true_peak_db:.2f} dBTP; load {load}")
    print(f"{'step':42s} {'wall':>8s} {'cpu':>8s}   (cpu = this process + ffmpeg children)")
    for name, seconds, cpu_s in steps:
        print(f"{name:42s} {seconds:6.2f} s {cpu_s:6.2f} s   {duration / seconds:6.0f}x real time")
    core = steps[0][1] + steps[1][1] + steps[3][1]
    core_cpu = steps[0][2] + steps[1][2] + steps[3][2]
    print(f"{'assemble + loudness + mp3/vtt/chapters':42s} {core:6.2f} s {core_cpu:6.2f} s   "
          f"{duration / core:6.0f}x real time")


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (ffmpeg)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
