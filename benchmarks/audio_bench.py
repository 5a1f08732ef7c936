"""Audio stage speed: assemble + loudness + encode a 6-minute programme of synthetic speech.

Run: .venv/bin/python benchmarks/audio_bench.py [minutes]
Prints seconds per step and the real-time factor (audio seconds per second of work).
Synthetic clips (amplitude-modulated tones at 22050 Hz, like a TTS voice) stand in for
synthesis, so this measures only the audio stage.
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


@dataclass(frozen=True)
class _Clip:
    utterance: Utterance
    audio: AudioChunk


def _speechlike(seconds: float, level: float) -> AudioChunk:
    cycle = RATE // 4
    one = array.array("h", (
        round(level * 32767 * (0.5 + 0.5 * math.sin(2 * math.pi * i / cycle))
              * (0.6 * math.sin(2 * math.pi * 170 * i / RATE)
                 + 0.4 * math.sin(2 * math.pi * 1200 * i / RATE)))
        for i in range(cycle))).tobytes()
    frames = int(seconds * RATE)
    return AudioChunk((one * (frames // cycle + 1))[:frames * 2], RATE)


def main() -> None:
    """Build, normalize and encode a programme; print the timings."""
    minutes = float(sys.argv[1]) if len(sys.argv) > 1 else 6.0
    sentence_s, pause_ms, chapters_n = 4.0, 400, 12
    count = int(minutes * 60 / (sentence_s + pause_ms / 1000))
    per_chapter = math.ceil(count / chapters_n)
    clips = [_Clip(Utterance(f"Sentence {i}.", "body", pause_ms, f"s{i}"),
                   _speechlike(sentence_s, 0.05 + 0.02 * (i % 5))) for i in range(count)]
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
    steps.append(("loudness (measure + one gain)", time.perf_counter() - start, _cpu() - cpu))
    with tempfile.TemporaryDirectory() as tmp:
        for formats in ({"mp3"}, {"mp3", "vtt", "chapters"}, {"mp3", "m4b", "vtt", "chapters"},
                        {"mp3", "m3u"}):
            start, cpu = time.perf_counter(), _cpu()
            write_outputs(programme, script, Path(tmp), "bench", formats)
            steps.append((f"write {'+'.join(sorted(formats))}", time.perf_counter() - start,
                          _cpu() - cpu))

    duration = programme.duration_s
    print(f"programme: {duration / 60:.1f} min, {len(programme.cues)} cues, "
          f"{len(programme.chapters)} chapters, {programme.loudness_lufs} LUFS")
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
