"""Get the bytes of a source (path, ``-`` or URL), refuse what is not an article, decode.

Every refusal is an ``InputError`` whose message names the input and what to do.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import sys
import time
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import FetchError, InputError

log = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024
"""Largest input accepted: a long feature with inline images is well under 2 MB."""
URL_TIMEOUT_S = 20.0
"""Whole-fetch deadline for a URL (connect and every read together)."""
URL_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown",
                     "text/x-markdown", "application/xml", "text/xml")

# Magic numbers of the binary files people most often pass by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/EPUB file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"ID3", "an MP3 audio file"),
    (b"RIFF", "a RIFF (WAV/AVI/WebP) file"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


@dataclass(frozen=True)
class Loaded:
    """A source's bytes and what is known about them before sniffing."""

    data: bytes
    """The raw bytes, at most ``MAX_BYTES``."""
    name: str
    """How to name the source in messages: the path, ``standard input`` or the URL."""
    url: str | None = None
    """The final URL, for a fetched page."""
    content_type: str | None = None
    """The HTTP media type, for a fetched page."""
    charset: str | None = None
    """The HTTP charset parameter, for a fetched page."""


def is_url(source: str) -> bool:
    """True for an http(s) address."""
    return bool(re.match(r"(?i)^https?://", source))


def load(source: str, *, stdin: BinaryIO | None = None) -> Loaded:
    """Read a path, ``-`` (standard input) or an http(s) URL into bytes, with every check."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        loaded = Loaded(data, "standard input")
    elif is_url(source):
        loaded = fetch(source)
    elif re.match(r"(?i)^[a-z][a-z0-9+.-]*://", source):
        scheme = source.split(":", 1)[0]
        raise InputError(f"{source}: {scheme}:// addresses are not supported; "
                         "give an http(s) URL, a file path, or - for standard input.")
    else:
        loaded = Loaded(_read_file(source), source)
    _refuse_non_articles(loaded)
    return loaded


def _read_file(path: str) -> bytes:
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file. Check the path, or pass - to read standard input.")
    if os.path.isdir(path):
        raise InputError(f"{path} is a directory; give one article file "
                         f"(for a whole folder: speakit convert {path.rstrip('/')}/*.html).")
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        raise InputError(f"{path} is {size / 1048576:.1f} MB; speakit reads articles up to "
                         f"{MAX_BYTES // (1024 * 1024)} MB. Is it really one article?")
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}). Check its permissions.") from exc


def fetch(url: str, *, timeout: float | None = None, max_bytes: int = MAX_BYTES) -> Loaded:
    """Fetch a page with a whole-request deadline, a size cap and a content-type check."""
    import socket
    import urllib.error
    import urllib.request

    if timeout is None:
        timeout = _env_timeout()
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={
        "User-Agent": "speakit (accessibility converter)",
        "Accept": "text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9,*/*;q=0.1",
    })
    try:
        with urllib.request.urlopen(request, timeout=min(timeout, 10.0)) as response:
            ctype = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            if ctype not in URL_CONTENT_TYPES:
                raise FetchError(f"{url} returned {ctype}, not an article page. "
                                 "Give the address of the article's web page.")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{url} is {int(length) / 1048576:.1f} MB; speakit reads pages up to "
                                 f"{max_bytes // (1024 * 1024)} MB.")
            chunks: list[bytes] = []
            total = 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"{url} did not finish loading within {timeout:.0f} s. "
                                     "Try again later, or save the page and pass the file.")
                chunk = response.read1(65536)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise FetchError(f"{url} is larger than {max_bytes // (1024 * 1024)} MB; "
                                     "is it really one article?")
                chunks.append(chunk)
            return Loaded(b"".join(chunks), url, url=response.geturl(), content_type=ctype,
                          charset=charset)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url} answered HTTP {exc.code} {exc.reason}. "
                         "Check the address, or save the page and pass the file.") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"{url} did not answer within {timeout:.0f} s. "
                             "Try again later, or save the page and pass the file.") from exc
        raise FetchError(f"{url} could not be reached ({reason}). "
                         "Check the address and your connection, or pass a saved file.") from exc
    except (socket.timeout, TimeoutError) as exc:
        raise FetchError(f"{url} did not answer within {timeout:.0f} s. "
                         "Try again later, or save the page and pass the file.") from exc
    except (ValueError, OSError) as exc:
        raise FetchError(f"{url} could not be fetched ({exc}).") from exc


def _env_timeout() -> float:
    value = os.environ.get("SPEAKIT_URL_TIMEOUT", "")
    try:
        return float(value) if value else URL_TIMEOUT_S
    except ValueError as exc:
        raise InputError(f"SPEAKIT_URL_TIMEOUT={value!r} is not a number of seconds.") from exc


def _refuse_non_articles(loaded: Loaded) -> None:
    data, name = loaded.data, loaded.name
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB; "
                         "speakit reads one article at a time.")
    if not data.strip():
        raise InputError(f"{name} is empty; give a file with the article's text, HTML or Markdown.")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} is {what}, not an article. "
                             "Save the article as HTML, plain text or Markdown and pass that.")
    if _utf16_bom(data) is None and b"\x00" in data[:8192]:
        raise InputError(f"{name} looks like a binary file (it contains NUL bytes), not an article. "
                         "Save the article as HTML, plain text or Markdown.")


def _utf16_bom(data: bytes) -> str | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML page declares in its first 4 KB, if any."""
    head = data[:4096].decode("ascii", "replace")
    match = (re.search(r"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", head, re.I)
             or re.search(r"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", head, re.I))
    return match.group(1) if match else None


def decode(loaded: Loaded, *, html: bool) -> str:
    """Bytes to text: BOM, then the declared charset (HTML), then strict UTF-8.

    Plain text and Markdown must be UTF-8 (or carry a BOM): guessing a legacy
    encoding silently garbles names, so a clear error is better. HTML pages
    declare their charset; when one does not, the detector decides.
    """
    data = loaded.data
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if _utf16_bom(data):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{loaded.name} starts with a UTF-16 mark but is not valid UTF-16.") from exc
    if html:
        for charset in (loaded.charset, declared_charset(data)):
            if charset:
                try:
                    return data.decode(_codec(charset))
                except (LookupError, UnicodeDecodeError):
                    log.info("declared charset %s does not decode %s", charset, loaded.name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if html:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is not None:
                log.info("%s: detected charset %s", loaded.name, best.encoding)
                return str(best)
        bad = data[exc.start:exc.start + 1].hex()
        raise InputError(
            f"{loaded.name} is not valid UTF-8 (byte 0x{bad} at offset {exc.start}). "
            "Save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 in > out.") from exc


def _codec(charset: str) -> str:
    name = charset.strip().lower()
    # Browsers read pages labelled latin-1 as windows-1252 (WHATWG Encoding); so do we.
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "cp1252"
    return codecs.lookup(name).name
