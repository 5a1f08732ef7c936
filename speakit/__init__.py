"""speakit: news articles into easy-read text and chapterized audio, offline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document


def read(source: str, **options: Any) -> Document:
    """Read an article (path, ``-`` or URL) into a :class:`Document`."""
    from .read import read_source

    return read_source(source, **options)


def convert(source: str, outdir: str, **options: Any) -> Any:
    """Convert one article into the output folder (see ``speakit.pipeline``)."""
    from .pipeline import convert as _convert

    return _convert(source, outdir, **options)


__all__ = ["__version__", "convert", "read"]
