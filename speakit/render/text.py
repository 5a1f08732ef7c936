"""Document → plain text (for screen readers and braille displays) and JSON."""

from __future__ import annotations

import json
import textwrap

from ..document import Document, Figure, ListBlock, Media, Paragraph, Quote
from .common import byline_text, caption_text, media_text, picture_text, words_to_know_title


def _wrap(text: str) -> str:
    return textwrap.fill(text, width=78, break_long_words=False, break_on_hyphens=False)


def to_text(doc: Document) -> str:
    """Plain text: headings underlined, one blank line between blocks, wrapped at 78."""
    easy = doc.level == "easy"
    out: list[str] = [doc.title, "=" * min(len(doc.title), 78)]
    meta = byline_text(doc)
    if meta:
        out.append(meta)
    body: list[str] = []

    def sentences(block: Paragraph | Quote) -> str:
        if easy:
            return "\n".join(_wrap(s.text) for s in block.sentences)
        return _wrap(block.text)

    for para in doc.summary:
        body.append(sentences(para))
    for section in doc.sections:
        if section.heading:
            body.append(f"{section.heading}\n{'-' * min(len(section.heading), 78)}")
        for block in section.blocks:
            if isinstance(block, Paragraph):
                body.append(sentences(block))
            elif isinstance(block, Quote):
                quoted = textwrap.indent(sentences(block), "    ")
                body.append(quoted + (f"\n    - {block.attribution}" if block.attribution else ""))
            elif isinstance(block, ListBlock):
                body.append("\n".join(
                    f"{n}. {item.text}" if block.ordered else f"* {item.text}"
                    for n, item in enumerate(block.items, 1)))
            elif isinstance(block, Figure):
                line = f"Picture: {picture_text(block)}"
                extra = caption_text(block) if doc.level == "original" else ""
                if extra:
                    line += f"\nCaption: {extra}"
                if block.credit:
                    line += f"\n(Photo: {block.credit})"
                body.append(_wrap(line) if "\n" not in line else line)
            elif isinstance(block, Media):
                body.append(_wrap(media_text(block, doc.level)))
    if doc.terms:
        title = words_to_know_title(doc)
        body.append(f"{title}\n{'-' * len(title)}\n" + "\n".join(
            _wrap(f"{t.term}: {t.explanation}") for t in doc.terms))
    return "\n".join(out) + "\n\n" + "\n\n".join(body) + "\n"


def to_json(doc: Document) -> str:
    """The JSON contract, pretty-printed, UTF-8 characters kept."""
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n"
