"""Term explanations: the packaged glossary plus a user glossary (TOML or CSV) that wins."""

from __future__ import annotations

import csv
import logging
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import SimplifyError

log = logging.getLogger(__name__)

KINDS = ("acronym", "organization", "term", "place", "person", "word")
"""Entry kinds; a ``word`` is an everyday hard word explained only at the easy level."""


_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Sense:
    """One meaning of a term that has several, with the words that point to it."""

    explanation: str
    """Plain sentence for this meaning, starting with the term."""
    cues: frozenset[str]
    """Lower-case words that, near the term, tell this meaning ("court", "jury" for a conviction)."""


@dataclass(frozen=True)
class Entry:
    """One glossary entry: a term, its other spellings and a plain explanation."""

    term: str
    """The term as it is usually written (``BRICS``)."""
    explanation: str
    """Plain sentence(s) that start with the term itself."""
    aliases: tuple[str, ...] = ()
    """Other spellings that mean the same thing."""
    kind: str = "term"
    """``acronym``, ``organization``, ``term``, ``place``, ``person`` or ``word`` (explained at easy only)."""
    expansion: str | None = None
    """What an acronym stands for, when it stands for something."""
    origin: str = "glossary"
    """``glossary`` for the packaged list, ``user`` for ``--glossary``."""
    senses: tuple[Sense, ...] = ()
    """Meanings to choose from by context; ``explanation`` covers them all and is used when none is clear."""

    def explanation_in(self, sentence: str, article: str = "") -> str:
        """The explanation for the meaning the context points to: cues in the sentence count three times."""
        if not self.senses:
            return self.explanation
        near, far = _WORD.findall(sentence.lower()), _WORD.findall(article.lower())
        scores = [3 * sum(w in s.cues for w in near) + sum(w in s.cues for w in far) for s in self.senses]
        best = max(scores)
        if best == 0 or scores.count(best) > 1:
            return self.explanation  # no clear sign: both meanings, as before
        return self.senses[scores.index(best)].explanation

    @property
    def spellings(self) -> tuple[str, ...]:
        """The term and its aliases."""
        return (self.term, *self.aliases)


@dataclass(frozen=True)
class Glossary:
    """Entries by every spelling; a later layer overrides an earlier one."""

    entries: tuple[Entry, ...] = ()
    """Entries in load order (packaged first, user last)."""
    by_spelling: dict[str, Entry] = field(default_factory=dict, compare=False, hash=False)
    """Exact spelling → entry (built by :func:`merge`)."""

    def lookup(self, spelling: str) -> Entry | None:
        """The entry for this exact spelling, or for its lower-case form when the entry is a common word."""
        hit = self.by_spelling.get(spelling)
        if hit is not None:
            return hit
        low = self.by_spelling.get(spelling.lower())
        if low is not None and low.term.islower():
            return low
        return None


def merge(*layers: tuple[Entry, ...]) -> Glossary:
    """One glossary from layers; entries of a later layer replace earlier ones with a shared spelling."""
    by: dict[str, Entry] = {}
    order: list[Entry] = []
    for layer in layers:
        for entry in layer:
            for spelling in entry.spellings:
                old = by.get(spelling)
                if old is not None and old in order:
                    order.remove(old)
                by[spelling] = entry
            order.append(entry)
    # An overridden entry may still own some aliases; keep only live ones.
    live = {id(e) for e in by.values()}
    return Glossary(tuple(e for e in order if id(e) in live), by)


def _entry_from_table(table: dict[str, object], where: str, origin: str) -> Entry:
    term = table.get("term")
    explanation = table.get("explanation")
    if not isinstance(term, str) or not term.strip():
        raise SimplifyError(f"{where}: an entry has no 'term'; every [[term]] needs term = \"…\".")
    if not isinstance(explanation, str) or not explanation.strip():
        raise SimplifyError(f"{where}: the entry for {term!r} has no 'explanation'; add explanation = \"…\".")
    aliases = table.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise SimplifyError(f"{where}: 'aliases' of {term!r} must be a list of strings.")
    kind = str(table.get("kind") or "term")
    if kind not in KINDS:
        raise SimplifyError(f"{where}: kind {kind!r} of {term!r} is unknown; use one of {', '.join(KINDS)}.")
    expansion = table.get("expansion")
    return Entry(term=term.strip(), explanation=" ".join(explanation.split()),
                 aliases=tuple(a.strip() for a in aliases if a.strip()), kind=kind,
                 expansion=str(expansion).strip() if expansion else None, origin=origin,
                 senses=_senses(table.get("sense"), term, where))


def _senses(tables: object, term: str, where: str) -> tuple[Sense, ...]:
    if tables is None:
        return ()
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise SimplifyError(f"{where}: the senses of {term!r} must be [[term.sense]] tables.")
    out = []
    for t in tables:
        explanation, cues = t.get("explanation"), t.get("cues")
        if not isinstance(explanation, str) or not explanation.strip():
            raise SimplifyError(f"{where}: a sense of {term!r} has no 'explanation'.")
        if not isinstance(cues, list) or not cues or not all(isinstance(c, str) for c in cues):
            raise SimplifyError(f"{where}: a sense of {term!r} needs cues = [\"word\", …].")
        out.append(Sense(" ".join(explanation.split()), frozenset(c.strip().lower() for c in cues)))
    return tuple(out)


def parse_toml(text: str, where: str, origin: str = "glossary") -> tuple[Entry, ...]:
    """Entries from glossary TOML (``[[term]]`` tables)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SimplifyError(f"{where} is not valid TOML ({exc}); see the [[term]] format in the docs.") from exc
    tables = data.get("term", [])
    if not isinstance(tables, list):
        raise SimplifyError(f"{where}: use [[term]] tables (an array of tables), not [term].")
    return tuple(_entry_from_table(t, where, origin) for t in tables)


def parse_csv(text: str, where: str, origin: str = "user") -> tuple[Entry, ...]:
    """Entries from a CSV with a ``term,explanation`` header."""
    reader = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "term" not in header or "explanation" not in header:
        raise SimplifyError(f"{where}: a CSV glossary needs the header 'term,explanation' "
                            f"(found {','.join(header) or 'nothing'}).")
    out = []
    for n, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "") for k, v in row.items()}
        if not row.get("term", "").strip() and not row.get("explanation", "").strip():
            continue
        out.append(_entry_from_table(row, f"{where} line {n}", origin))
    return tuple(out)


def load_user(path: str | os.PathLike[str]) -> tuple[Entry, ...]:
    """A user glossary file (``.toml`` or ``.csv``); errors name the file and the problem."""
    p = Path(path)
    if not p.exists():
        raise SimplifyError(f"Glossary file {p} does not exist; check the --glossary path.")
    if p.is_dir():
        raise SimplifyError(f"Glossary {p} is a folder; give a .toml or .csv file.")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SimplifyError(f"Glossary file {p} is not UTF-8 text; save it as UTF-8.") from exc
    except OSError as exc:
        raise SimplifyError(f"Glossary file {p} cannot be read: {exc.strerror}.") from exc
    suffix = p.suffix.lower()
    if suffix == ".csv" or (suffix != ".toml" and text.lstrip().lower().startswith("term,")):
        return parse_csv(text, str(p))
    if suffix not in (".toml", ""):
        raise SimplifyError(f"Glossary file {p} has an unknown kind {suffix!r}; use .toml or .csv.")
    return parse_toml(text, str(p), origin="user")


@lru_cache(maxsize=1)
def packaged() -> tuple[Entry, ...]:
    """The glossary shipped with speakit (empty when the data file is missing)."""
    try:
        text = resources.files("speakit.simplify").joinpath("data/glossary.toml").read_text("utf-8")
    except (FileNotFoundError, OSError):
        log.warning("packaged glossary missing; terms are explained from the article only")
        return ()
    return parse_toml(text, "packaged glossary.toml")


def load(user: str | os.PathLike[str] | None = None) -> Glossary:
    """Packaged glossary, overridden by the user glossary when given."""
    layers = [packaged()]
    if user is not None:
        layers.append(load_user(user))
    return merge(*layers)


__all__ = ["Entry", "Glossary", "KINDS", "Sense", "load", "load_user", "merge", "packaged",
           "parse_csv", "parse_toml"]
