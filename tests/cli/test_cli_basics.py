"""--help, --version, python -m, stdin, and the usage-error exit code."""

from __future__ import annotations

import json
import subprocess
import sys

from cli_helpers import ROOT, run_speakit

import speakit


def test_version() -> None:
    result = run_speakit("--version")
    assert result.returncode == 0
    assert speakit.__version__ in result.stdout


def test_help_lists_commands() -> None:
    result = run_speakit("-h")
    assert result.returncode == 0
    for command in ("read", "simplify", "report", "script", "convert", "voices", "engines"):
        assert command in result.stdout


def test_help_does_not_import_the_stages() -> None:
    # Lazy imports are what keep --help fast; measure the import list, not the clock.
    code = ("import sys\nfrom speakit.cli import cli\n"
            "try:\n    cli(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "heavy=[m for m in ('trafilatura','lxml','pydub','textstat','wordninja','mutagen',"
            "'piper','onnxruntime','speakit.read','speakit.simplify','speakit.audio') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_usage_error_exits_2() -> None:
    result = run_speakit("read")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_stdin_markdown() -> None:
    text = ("# Library opens late on Sundays\n\nThe city library will open at 11 a.m. on "
            "Sundays from March 3. The change saves 40,000 dollars a year, officials said.\n")
    result = run_speakit("read", "-", "--json", input=text.encode())
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["title"] == "Library opens late on Sundays"
    assert "40,000" in json.dumps(doc)
