"""What every renderer says the same way: picture lines, media notes, metadata."""

from __future__ import annotations

import re

from ..document import Document, Figure, Media


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def picture_text(figure: Figure) -> str:
    """The one description a reader gets: alt text, or the caption when alt is empty."""
    alt, caption = figure.alt.strip(), figure.caption.strip()
    return alt or caption


def caption_text(figure: Figure) -> str:
    """The caption when it adds something the alt text does not already say."""
    alt, caption = figure.alt.strip(), figure.caption.strip()
    if not caption or not alt or _squash(caption) == _squash(alt):
        return ""
    return caption


def format_duration(seconds: float | None) -> str:
    """``33`` → ``0:33``; ``3723`` → ``1:02:03``."""
    if seconds is None:
        return ""
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def media_text(media: Media, level: str) -> str:
    """How a video or audio block is mentioned in the text."""
    kind = "video" if media.kind != "audio" else "audio clip"
    if level == "original":
        length = format_duration(media.duration_s)
        head = f"{kind.capitalize()}: {media.title}" + (f" ({length})" if length else "")
        return head + (f". {media.description}" if media.description else "")
    return f"The original article has a {kind} here: {media.title.rstrip('.')}."


def byline_text(doc: Document) -> str:
    """One line of metadata: site, byline, date, dateline."""
    parts = [p for p in (doc.site_name, f"By {doc.byline}" if doc.byline else None,
                         doc.published, doc.dateline) if p]
    return " · ".join(parts)


def words_to_know_title(doc: Document) -> str:
    """Heading of the term list."""
    return "Words to know"
