"""A progress bar on stderr: per chapter, with an ETA. Used by the CLI only."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO


class ProgressBar:
    """Draws ``[#####.....] 12/80  Huge army  ETA 0:12`` on a terminal; plain lines otherwise."""

    def __init__(self, enabled: bool = True, stream: TextIO | None = None, width: int = 24) -> None:
        """Set up; nothing is drawn until the first update."""
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.width = width
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.start = time.monotonic()
        self.label = ""
        self.seen: set[str] = set()
        self.drawn = False

    def __enter__(self) -> ProgressBar:
        self.start = time.monotonic()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.enabled and self.tty and self.drawn:
            self.stream.write("\n")
            self.stream.flush()

    def update(self, done: int, total: int, label: str) -> None:
        """Report ``done`` of ``total`` clips, currently in chapter ``label``."""
        if not self.enabled or total <= 0:
            return
        elapsed = time.monotonic() - self.start
        eta = elapsed / done * (total - done) if done else 0.0
        if self.tty:
            filled = int(self.width * done / total)
            bar = "#" * filled + "." * (self.width - filled)
            line = f"\r[{bar}] {done}/{total}  {label[:30]:<30}  ETA {_clock(eta)}"
            self.stream.write(line)
            self.drawn = True
        elif label not in self.seen or done == total:
            # Not a terminal (a log file, CI): one line as each chapter starts, not a flood;
            # clips finish out of order across workers, so remember what was announced.
            self.seen.add(label)
            self.stream.write(f"speaking: {label} ({done}/{total}, ETA {_clock(eta)})\n")
        self.label = label
        self.stream.flush()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    return f"{minutes}:{secs:02d}"
