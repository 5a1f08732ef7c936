"""Renderers: Document → Markdown, plain text, accessible HTML, JSON."""

from __future__ import annotations

from .html import to_html
from .markdown import to_markdown
from .text import to_json, to_text

__all__ = ["to_html", "to_json", "to_markdown", "to_text"]
