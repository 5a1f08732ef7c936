"""Intelligibility: speak news sentences, transcribe them with pocketsphinx, count word errors.

Each sentence of ``benchmarks/sentences.txt`` (written for this benchmark:
numbers, dates, money, abbreviations, names) goes through speakit's speech
script, is synthesized, resampled to 16 kHz mono 16-bit (ffmpeg) and decoded by
pocketsphinx's packaged US English model. The word error rate is measured
against the *normalized* script text (the words a listener should hear) in both
runs, so the runs are comparable:

* normalizer ON: the engine gets the script text (lexicon, then normalizer);
* normalizer OFF: the engine gets the written sentence and reads numbers itself.

Prints numbers and the target; asserts nothing.
Usage: python benchmarks/intelligibility.py [--engines piper,espeak-ng] [--show N]
       [--limit N] [--rate 1.0]
Needs: pip install pocketsphinx (the ``bench`` extra), ffmpeg.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wer import WordEdits, word_edits  # noqa: E402

SENTENCES = HERE / "sentences.txt"
TARGET_PIPER_WER = 0.20
PAD_MS = 300
"""Silence around each clip: the recognizer's voice detector needs a little lead-in."""


@dataclass(frozen=True)
class Line:
    """One benchmark sentence in its three forms."""

    written: str
    reference: str
    """Normalized words without the lexicon: what a listener should hear."""
    spoken: str
    """The script text the engine gets with the normalizer on (lexicon, then normalizer)."""


def load_sentences(path: Path = SENTENCES) -> list[str]:
    """The benchmark sentences: one a line, ``#`` lines and blank lines skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def script_lines(sentences: list[str]) -> list[Line]:
    """Run the sentences through speakit's speech script, with and without the lexicon."""
    from speakit.document import Document, Paragraph, Section, Sentence
    from speakit.speech.script import build_script

    doc = Document(title="", sections=(Section(None, tuple(
        Paragraph((Sentence(f"s{i + 1}", text),)) for i, text in enumerate(sentences))),))
    lexicon: Any = None
    try:
        from speakit.speech.lexicon import Lexicon

        lexicon = Lexicon.load()
    except ImportError:
        logging.warning("speakit.speech.lexicon is missing: no lexicon applied")

    def texts(**kwargs: Any) -> dict[str, str]:
        script = build_script(doc, **kwargs)
        return {u.sentence_id or "": u.text for c in script.chapters for u in c.utterances}

    reference = texts(lexicon=None)
    spoken = texts(lexicon=lexicon)
    return [Line(text, reference[f"s{i + 1}"], spoken[f"s{i + 1}"])
            for i, text in enumerate(sentences)]


def make_engine(name: str) -> Any:
    """An engine by name: the registry when it is there, else the built-in class."""
    try:
        from speakit.speech.engines import get_engine  # type: ignore[attr-defined]

        return get_engine(name)
    except ImportError:
        pass
    if name == "piper":
        from speakit.speech.engines.piper import PiperEngine

        return PiperEngine()
    if name == "espeak-ng":
        from speakit.speech.engines.espeak import EspeakEngine

        return EspeakEngine()
    raise SystemExit(f"unknown engine {name}; choose piper or espeak-ng")


def to_16k(samples: bytes, sample_rate: int, sample_width: int, channels: int) -> bytes:
    """Resample PCM to 16 kHz mono 16-bit with ffmpeg, padded with a little silence."""
    fmt = {1: "u8", 2: "s16le", 4: "s32le"}[sample_width]
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-f", fmt, "-ar", str(sample_rate), "-ac", str(channels),
         "-i", "-", "-ar", "16000", "-ac", "1", "-f", "s16le", "-"],
        input=samples, capture_output=True, check=True).stdout
    pad = b"\0\0" * (16 * PAD_MS)
    return pad + out + pad


class Recognizer:
    """pocketsphinx with its packaged US English acoustic and language model."""

    def __init__(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from pocketsphinx import Decoder

            self.decoder = Decoder(samprate=16000, loglevel="FATAL")

    def transcribe(self, pcm16k: bytes) -> str:
        """The best hypothesis for one utterance of 16 kHz mono 16-bit audio."""
        self.decoder.start_utt()
        self.decoder.process_raw(pcm16k, full_utt=True)
        self.decoder.end_utt()
        hyp = self.decoder.hyp()
        return hyp.hypstr if hyp is not None else ""


def run(engine_name: str, lines: list[Line], recognizer: Recognizer, normalized: bool,
        rate: float = 1.0) -> tuple[WordEdits, list[tuple[float, Line, str]], float]:
    """Synthesize every line, transcribe it, and add up the word errors."""
    engine = make_engine(engine_name)
    total = WordEdits(0, 0, 0, 0)
    per_line = []
    synth_s = 0.0
    for line in lines:
        started = time.perf_counter()
        chunk = engine.synthesize(line.spoken if normalized else line.written, rate=rate)
        synth_s += time.perf_counter() - started
        heard = recognizer.transcribe(to_16k(chunk.samples, chunk.sample_rate,
                                             chunk.sample_width, chunk.channels))
        edits = word_edits(line.reference, heard)
        total = total + edits
        per_line.append((edits.wer, line, heard))
    return total, per_line, synth_s


def main() -> int:
    """Measure and print the word error rates."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="piper,espeak-ng")
    parser.add_argument("--sentences", type=Path, default=SENTENCES)
    parser.add_argument("--show", type=int, default=5, help="Print the N worst sentences per run.")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N sentences.")
    parser.add_argument("--rate", type=float, default=1.0, help="Speaking rate for every engine.")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    os.environ.setdefault("ORT_LOGGING_LEVEL", "3")

    sentences = load_sentences(args.sentences)[:args.limit]
    lines = script_lines(sentences)
    recognizer = Recognizer()
    words = sum(len(line.reference.split()) for line in lines)
    print(f"{len(lines)} sentences, {words} reference words (normalized script text)\n")
    results: list[tuple[str, str, float]] = []
    for engine_name in [e.strip() for e in args.engines.split(",") if e.strip()]:
        for normalized in (True, False):
            mode = "normalizer on " if normalized else "normalizer off"
            total, per_line, synth_s = run(engine_name, lines, recognizer, normalized, args.rate)
            results.append((engine_name, mode, total.wer))
            print(f"{engine_name:<10} {mode}  WER {total.wer:6.1%}  "
                  f"(sub {total.substitutions}, del {total.deletions}, ins {total.insertions}; "
                  f"synthesis {synth_s:.1f} s)")
            for rate, line, heard in sorted(per_line, key=lambda x: -x[0])[:args.show]:
                print(f"    {rate:5.0%}  said: {line.reference}\n           heard: {heard}")
    print()
    for engine_name, mode, rate in results:
        target = (f"target <= {TARGET_PIPER_WER:.0%}"
                  if engine_name == "piper" and mode.startswith("normalizer on") else "")
        print(f"  {engine_name:<10} {mode}  WER {rate:6.1%}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
