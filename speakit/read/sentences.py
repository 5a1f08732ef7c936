"""Rule-based sentence splitting (abbreviations, decimals, quotes). Owner: reading work.

STUB: naive version so other readers can be written against the interface;
to be replaced by the real segmenter.
"""

from __future__ import annotations

import re

from ..document import Paragraph, Sentence


def split_sentences(text: str) -> list[str]:
    """Split running text into sentences, as a reader would end them."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", text.strip())
    return [p for p in parts if p]


def make_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with placeholder ids (``number_sentences`` gives the real ones)."""
    return tuple(Sentence("", s) for s in split_sentences(text))


def make_paragraph(text: str) -> Paragraph:
    """A paragraph from running text."""
    return Paragraph(make_sentences(text))
