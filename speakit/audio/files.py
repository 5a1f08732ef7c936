"""File names and atomic writes: slugs, temp names in the target folder, rename when complete."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import unicodedata
from pathlib import Path

from ..errors import OutputError

log = logging.getLogger(__name__)

SLUG_MAX = 60
"""Longest slug ``slugify`` returns."""

# Letters NFKD does not decompose into an ASCII base letter.
_TRANSLITERATE = str.maketrans({
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "ı": "i", "&": " and ", "@": " at ",
})
# Names Windows refuses as file names, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}


def slugify(title: str, max_length: int = SLUG_MAX, fallback: str = "article") -> str:
    """ASCII, lowercase, hyphen-separated, at most ``max_length`` characters, never empty."""
    text = unicodedata.normalize("NFKD", title.translate(_TRANSLITERATE))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['`]", "", text)  # "don't" → "dont", not "don-t"
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length + 1]
        # Cut at a word boundary when one is reasonably close to the limit.
        slug = cut.rsplit("-", 1)[0] if cut.rfind("-") >= max_length // 2 else slug[:max_length]
        slug = slug.strip("-")
    if not slug:
        # A title with no Latin letters (Greek, Chinese…) still gets a stable, distinct name.
        digest = hashlib.sha1(title.strip().encode("utf-8")).hexdigest()[:8]
        slug = f"{fallback}-{digest}" if title.strip() else fallback
    if slug in _RESERVED:
        slug = f"{slug}-{fallback}"
    return slug[:max_length].strip("-") or fallback


def temp_path(final: Path) -> Path:
    """A hidden, unique name next to ``final`` to write to before renaming."""
    return final.with_name(f".{final.name}.{secrets.token_hex(6)}.part")


class Staging:
    """Files written under temp names, renamed into place together only when all are complete."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pending: list[tuple[Path, Path]] = []

    def new(self, name: str) -> Path:
        """Reserve ``folder/name``; returns the temp path to write it to."""
        final = self.folder / name
        temp = temp_path(final)
        self.pending.append((temp, final))
        return temp

    def write_text(self, name: str, text: str) -> None:
        """Stage a UTF-8 text file with Unix line ends."""
        temp = self.new(name)
        try:
            with open(temp, "x", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except OSError as exc:
            raise OutputError(f"cannot write {self.folder / name}: {exc.strerror or exc}; "
                              "check the folder exists and you may write to it") from exc

    def commit(self) -> list[Path]:
        """Rename every staged file into place; returns the final paths in staging order."""
        done: list[Path] = []
        for temp, final in self.pending:
            try:
                os.replace(temp, final)
            except OSError as exc:
                raise OutputError(f"cannot write {final}: {exc.strerror or exc}; "
                                  "check the folder exists and you may write to it") from exc
            done.append(final)
        self.pending = []
        return done

    def discard(self) -> None:
        """Remove every temp file that is still there (after a failure)."""
        for temp, _ in self.pending:
            try:
                temp.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove the temp file %s", temp)
        self.pending = []
