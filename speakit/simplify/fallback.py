"""Last-resort sentence rules: tried only on a piece still over the level's limit after every ordinary rule.

``sentences._apply`` adds ``FALLBACK_RULES`` after ``RULES`` when a sentence (quotations aside) is longer
than ``Context.max_words`` (25 at plain, 15 at easy). Each rule here has the same shape as a rule in
``sentences``: ``(sentence without its full stop, context) → parts or None``; it may split at places the
ordinary rules leave alone, but every part must still be a correct English sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from .sentences import Context

FALLBACK_RULES: tuple[Callable[[str, Context], list[str] | None], ...] = ()
"""Rules tried, in order, on a sentence that is still too long."""

__all__ = ["FALLBACK_RULES"]
