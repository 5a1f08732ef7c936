"""Every bad input gets one clear ``Error: …`` line and exit code 1, never a traceback."""

from __future__ import annotations

import http.server
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_helpers import run_speakit


def assert_one_error(result, *needles: str) -> None:
    """Exit 1, nothing on stdout, exactly one line on stderr starting with Error:."""
    stderr = result.stderr if isinstance(result.stderr, str) else result.stderr.decode()
    stdout = result.stdout if isinstance(result.stdout, str) else result.stdout.decode()
    assert result.returncode == 1, (result.returncode, stderr)
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Error: "), stderr
    assert "Traceback" not in stderr
    assert "internal error" not in stderr
    assert stdout == ""
    for needle in needles:
        assert needle.lower() in lines[0].lower(), (needle, lines[0])


def test_missing_file(tmp_path: Path) -> None:
    assert_one_error(run_speakit("read", str(tmp_path / "nope.txt")), "no such file", "nope.txt")


def test_directory(tmp_path: Path) -> None:
    assert_one_error(run_speakit("read", str(tmp_path)), "is a directory")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert_one_error(run_speakit("read", str(path)), "empty")


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(40)


def _pdf() -> bytes:
    return b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


def _zip(tmp_path: Path) -> bytes:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("article.txt", "A story about the harbour.")
    return path.read_bytes()


@pytest.mark.parametrize("kind,what", [("png", "PNG image"), ("pdf", "PDF document"),
                                       ("zip", "ZIP archive")])
def test_binary_files(tmp_path: Path, kind: str, what: str) -> None:
    data = {"png": _png, "pdf": _pdf}.get(kind, lambda: _zip(tmp_path))()
    # A misleading extension must not matter: the bytes decide.
    path = tmp_path / f"article.{'txt' if kind == 'png' else kind}"
    path.write_bytes(data)
    assert_one_error(run_speakit("read", str(path)), what)


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "mystery.txt"
    path.write_bytes(b"Council votes\x00\x01\x02 on budget" * 20)
    assert_one_error(run_speakit("read", str(path)), "binary")


def test_invalid_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 owners in S\u00e3o Paulo protest new rules.\n\n"
                     "The mayor said the fee would rise.".encode("latin-1"))
    assert_one_error(run_speakit("read", str(path)), "not valid UTF-8", "offset")


def test_huge_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    started = time.monotonic()
    result = run_speakit("read", str(path))
    assert_one_error(result, "50.0 MB", "up to")
    assert time.monotonic() - started < 30  # refused before reading, not after


def test_huge_stdin() -> None:
    result = run_speakit("read", "-", input=b"word " * (3 * 1024 * 1024))
    assert_one_error(result, "standard input", "larger than")


def test_text_with_no_article(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    path.write_text("Home | News | Sport | Weather | Login\nAdvertise\nSubscribe\n", "utf-8")
    assert_one_error(run_speakit("read", str(path)))


def test_html_with_no_article(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<!doctype html><html><head><title>Site</title></head><body>"
                    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                    "<footer>Copyright 2024 Example Media</footer></body></html>", "utf-8")
    assert_one_error(run_speakit("read", str(path)))


def test_unsupported_scheme() -> None:
    assert_one_error(run_speakit("read", "ftp://example.org/story.txt"), "not supported")


# -- URLs, against a local server: nothing leaves this machine ----------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/missing":
            self.send_error(404, "Not Found")
        elif self.path == "/image":
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(_png())
        elif self.path == "/slow":
            time.sleep(5)
        else:
            body = ("<html><head><title>Harbour works - Bay Herald</title></head><body><article>"
                    "<h1>Harbour works start next week</h1><p>The harbour board approved "
                    "12 new berths on Tuesday. Work starts on Monday and lasts 18 months.</p>"
                    "<p>The board chair, Ana Ruiz, said the port had waited long enough.</p>"
                    "</article></body></html>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_404(server: str) -> None:
    assert_one_error(run_speakit("read", f"{server}/missing"), "404")


def test_url_wrong_content_type(server: str) -> None:
    assert_one_error(run_speakit("read", f"{server}/image"), "image/png")


def test_url_timeout(server: str) -> None:
    started = time.monotonic()
    result = run_speakit("read", f"{server}/slow", env={"SPEAKIT_URL_TIMEOUT": "1"})
    assert_one_error(result, "did not answer")
    assert time.monotonic() - started < 15


def test_url_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens on the port now.
    assert_one_error(run_speakit("read", f"http://127.0.0.1:{port}/story"), "could not be reached")


def test_url_ok(server: str) -> None:
    result = run_speakit("read", f"{server}/story", "--json")
    assert result.returncode == 0, result.stderr
    assert "Harbour works start next week" in result.stdout
    assert "18 months" in result.stdout
