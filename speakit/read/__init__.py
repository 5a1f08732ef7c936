"""Readers: bytes → sniff → HTML | pasted web text | Markdown → ``Document``."""

from __future__ import annotations

import logging
import re
from typing import BinaryIO

from ..document import Document
from .source import Loaded, decode, load

log = logging.getLogger(__name__)

KINDS = ("html", "text", "markdown")

_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_MD_EXT = (".md", ".markdown", ".mdown", ".mkd")


def sniff(loaded: Loaded) -> str:
    """Which reader fits: ``html``, ``markdown`` or ``text`` (extension, media type, content)."""
    name = loaded.name.lower().split("?")[0]
    if loaded.content_type in ("text/html", "application/xhtml+xml") or name.endswith(_HTML_EXT):
        return "html"
    if loaded.content_type in ("text/markdown", "text/x-markdown") or name.endswith(_MD_EXT):
        return "markdown"
    head = loaded.data[:4096].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(
            rb"<(body|article|main|head)\b", head):
        return "html"
    text = loaded.data[:20000].decode("utf-8", "replace")
    if _looks_like_markdown(text):
        return "markdown"
    return "text"


def _looks_like_markdown(text: str) -> bool:
    lines = text.splitlines()
    headings = sum(bool(re.match(r"#{1,6} \S", ln)) for ln in lines)
    images = len(re.findall(r"!\[[^\]]*\]\([^)]+\)", text))
    links = len(re.findall(r"\[[^\]]+\]\([^)]+\)", text))
    setext = sum(bool(re.match(r"(=+|-+)\s*$", ln)) and i > 0 and bool(lines[i - 1].strip())
                 for i, ln in enumerate(lines))
    return headings >= 1 or images >= 1 or setext >= 1 or links >= 2


def read_source(source: str, *, kind: str | None = None, stdin: BinaryIO | None = None) -> Document:
    """Read a path, ``-`` or URL into a ``Document``, choosing the reader by sniffing."""
    loaded = load(source, stdin=stdin)
    kind = kind or sniff(loaded)
    log.info("reading %s as %s", loaded.name, kind)
    text = decode(loaded, html=kind == "html")
    return read_string(text, kind=kind, source=source, url=loaded.url)


def read_string(text: str, *, kind: str = "text", source: str | None = None,
                url: str | None = None) -> Document:
    """Read already-decoded text of a known kind."""
    if kind == "html":
        from .html import read_html

        return read_html(text, source=source, url=url)
    if kind == "markdown":
        from .markdown import read_markdown

        return read_markdown(text, source=source)
    from .text import read_text

    return read_text(text, source=source)


__all__ = ["KINDS", "read_source", "read_string", "sniff"]
