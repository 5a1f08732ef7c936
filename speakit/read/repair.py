"""Repair pasted text: glued words, missing spaces after punctuation, quotes. Owner: reading work.

STUB: identity, to be replaced. Repair never deletes or changes a letter or digit.
"""

from __future__ import annotations


def repair_text(text: str) -> str:
    """Return ``text`` with glued words split and spacing and quotes normalized."""
    return text
