"""The progress bar: a redrawn line on a terminal, one line per chapter in a log."""

from __future__ import annotations

import io

from speakit.progress import ProgressBar


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_log_gets_one_line_per_chapter_even_out_of_order() -> None:
    out = io.StringIO()
    with ProgressBar(stream=out) as bar:
        for done, label in enumerate(["Intro", "Intro", "Prices", "Intro", "Prices", "Jobs"], 1):
            bar.update(done, 6, label)
    lines = out.getvalue().splitlines()
    assert [ln.split(" (")[0] for ln in lines] == [
        "speaking: Intro", "speaking: Prices", "speaking: Jobs"]
    assert lines[-1].endswith("(6/6, ETA 0:00)")


def test_terminal_redraws_one_line() -> None:
    out = _Tty()
    with ProgressBar(stream=out, width=10) as bar:
        bar.update(5, 10, "Prices")
        bar.update(10, 10, "Prices")
    text = out.getvalue()
    assert text.count("\r") == 2 and text.endswith("\n")
    assert "[#####.....] 5/10" in text and "[##########] 10/10" in text


def test_disabled_writes_nothing() -> None:
    out = _Tty()
    with ProgressBar(enabled=False, stream=out) as bar:
        bar.update(1, 2, "Intro")
    assert out.getvalue() == ""
