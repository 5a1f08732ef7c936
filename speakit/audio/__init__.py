"""Audio: assemble clips with pauses, one loudness pass, encode, chapter tags and sidecars.

Heavy imports (pydub) and ffmpeg runs happen inside the functions, so importing this
package is cheap.
"""

from __future__ import annotations

from .assemble import assemble
from .files import slugify
from .loudness import TARGET_LUFS, TRUE_PEAK_DB, Loudness, measure_loudness, normalize_loudness
from .model import ChapterMark, ClipLike, Cue, Programme
from .outputs import FORMATS, write_outputs

__all__ = [
    "FORMATS",
    "TARGET_LUFS",
    "TRUE_PEAK_DB",
    "ChapterMark",
    "ClipLike",
    "Cue",
    "Loudness",
    "Programme",
    "assemble",
    "measure_loudness",
    "normalize_loudness",
    "slugify",
    "write_outputs",
]
