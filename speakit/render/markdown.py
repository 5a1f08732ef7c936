"""Document → Markdown: the readable form of ``speakit read`` and the easy-read text."""

from __future__ import annotations

import re

from ..document import Document, Figure, ListBlock, Media, Paragraph, Quote, Sentence
from .common import byline_text, caption_text, media_text, picture_text, words_to_know_title


def _escape(text: str) -> str:
    # Only what would change the meaning at the start of a line or inline.
    text = re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)
    return re.sub(r"^(\s*)([#>+-]|\d+[.)])(\s)", r"\1\\\2\3", text)


def _sentences(sentences: tuple[Sentence, ...], easy: bool) -> str:
    if easy:
        # Easy-read: one sentence to a line (hard line breaks).
        return "  \n".join(_escape(s.text) for s in sentences)
    return _escape(" ".join(s.text for s in sentences))


def _figure(figure: Figure, level: str) -> str:
    description = picture_text(figure)
    line = f"**Picture:** {_escape(description)}" if description else "**Picture.**"
    extra = caption_text(figure) if level == "original" else ""
    if extra:
        line += f"  \n*{_escape(extra)}*"
    if figure.credit:
        line += f"  \n<small>Photo: {_escape(figure.credit)}</small>"
    return line


def to_markdown(doc: Document) -> str:
    """Render the whole document as Markdown; easy level puts one sentence per line."""
    easy = doc.level == "easy"
    out: list[str] = [f"# {_escape(doc.title)}"]
    meta = byline_text(doc)
    if meta:
        out.append(f"*{_escape(meta)}*")
    for para in doc.summary:
        out.append(f"**{_sentences(para.sentences, easy)}**" if not easy
                   else _sentences(para.sentences, easy))
    for section in doc.sections:
        if section.heading:
            out.append(f"{'#' * max(2, min(section.level, 6))} {_escape(section.heading)}")
        for block in section.blocks:
            if isinstance(block, Paragraph):
                out.append(_sentences(block.sentences, easy))
            elif isinstance(block, Quote):
                body = _sentences(block.sentences, easy).replace("\n", "\n> ")
                cite = f"\n>\n> — {_escape(block.attribution)}" if block.attribution else ""
                out.append(f"> {body}{cite}")
            elif isinstance(block, ListBlock):
                lines = []
                for n, item in enumerate(block.items, 1):
                    mark = f"{n}." if block.ordered else "-"
                    lines.append(f"{mark} {_sentences(item.sentences, False)}")
                out.append("\n".join(lines))
            elif isinstance(block, Figure):
                out.append(_figure(block, doc.level))
            elif isinstance(block, Media):
                out.append(f"*{_escape(media_text(block, doc.level))}*")
    if doc.terms:
        out.append(f"## {words_to_know_title(doc)}")
        out.append("\n".join(f"- **{_escape(t.term)}**: {_escape(t.explanation)}"
                             for t in doc.terms))
    return "\n\n".join(out) + "\n"
