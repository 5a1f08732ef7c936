"""Pronunciation lexicons: names engines get wrong, as aliases (respellings) and IPA.

Two file forms, both loaded by :meth:`Lexicon.load`:

* W3C PLS 1.0 (``*.pls``): ``<lexeme><grapheme>Kyiv</grapheme><alias>Keeyiv</alias>
  <phoneme>kˈiːjɪv</phoneme></lexeme>`` with ``alphabet="ipa"``;
* TOML (``*.toml``): ``[words] Kyiv = "Keeyiv"`` for aliases and
  ``[phonemes] Kyiv = "kˈiːjɪv"`` for IPA.

The packaged news lexicon (``speakit.voices``: ``news.pls`` then ``news-lexicon.toml``)
comes first; each user file after it replaces whole entries with the same spelling.
The speech script calls :meth:`Lexicon.apply` *before* ``normalize()``, so an alias is
plain letters that normalizing leaves alone.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import VoiceError

log = logging.getLogger(__name__)

PLS_NAMESPACE = "http://www.w3.org/2005/01/pronunciation-lexicon"
PACKAGED_FILES = ("news.pls", "news-lexicon.toml")
"""The packaged news lexicon, in load order, inside the ``speakit.voices`` package."""

_ALIAS_OK = re.compile(r"^[^\W\d_]+(?:[ '\-.][^\W\d_]+)*\.?$")
_STRESS_CAPS = re.compile(r"(?<![^\W\d_])[A-Z]{2,}(?![^\W\d_])")


@dataclass(frozen=True)
class LexiconEntry:
    """How one written word or name is said."""

    grapheme: str
    """The spelling as it appears in text, matched whole-word and case-sensitively."""
    alias: str | None = None
    """A respelling every engine reads right (plain letters), or None."""
    phoneme: str | None = None
    """IPA for engines that take phonemes (Piper ``[[ … ]]``, SSML ``<phoneme>``), or None."""
    source: str = ""
    """The file the entry came from (for messages)."""


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _check_alias(alias: str, grapheme: str, where: object) -> str:
    alias = " ".join(_nfc(alias).split())
    if not alias or not _ALIAS_OK.match(alias):
        raise VoiceError(
            f"{where}: alias {alias!r} for {grapheme!r} must be plain letters, spaces, hyphens or "
            "apostrophes (no digits or symbols), so normalizing it changes nothing")
    # "zeh-LEN-skee": capitals mark stress for people; engines would spell them as letters.
    if any(ch.islower() for ch in alias):
        alias = _STRESS_CAPS.sub(lambda m: m.group(0).lower(), alias)
    return alias


def _check_phoneme(phoneme: str, grapheme: str, where: object) -> str:
    phoneme = " ".join(_nfc(phoneme).split())
    if not phoneme or any(ch.isdigit() for ch in phoneme) or "[" in phoneme or "]" in phoneme:
        raise VoiceError(f"{where}: phoneme {phoneme!r} for {grapheme!r} must be IPA "
                         "(no digits, no brackets)")
    return phoneme


def _check_grapheme(grapheme: str, where: object) -> str:
    grapheme = " ".join(_nfc(grapheme).split())
    if not grapheme or not re.search(r"[^\W\d_]", grapheme):
        raise VoiceError(f"{where}: empty or letterless grapheme {grapheme!r}")
    return grapheme


# --- PLS -------------------------------------------------------------------------------------------

def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def parse_pls(data: bytes, source: str) -> list[LexiconEntry]:
    """Entries of a W3C PLS 1.0 document; ``source`` names it in errors."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else "?"
        raise VoiceError(f"{source}: line {line}: not well-formed XML ({exc.msg}); "
                         "fix the file or remove it from the lexicon list") from exc
    if _local(root.tag) != "lexicon":
        raise VoiceError(f"{source}: line {root.sourceline}: root element is <{_local(root.tag)}>, "
                         f"expected <lexicon xmlns=\"{PLS_NAMESPACE}\">")
    namespace = root.tag.partition("}")[0].lstrip("{") if "}" in root.tag else ""
    if namespace and namespace != PLS_NAMESPACE:
        raise VoiceError(f"{source}: line {root.sourceline}: namespace {namespace!r} is not the PLS "
                         f"namespace {PLS_NAMESPACE!r}")
    version = root.get("version")
    if version is not None and version != "1.0":
        raise VoiceError(f"{source}: line {root.sourceline}: PLS version {version!r} is not supported; "
                         "use version=\"1.0\"")
    alphabet = (root.get("alphabet") or "ipa").lower()
    entries: list[LexiconEntry] = []
    for lexeme in root:
        if _local(lexeme.tag) != "lexeme":
            if _local(lexeme.tag) in ("meta", "metadata"):
                continue
            raise VoiceError(f"{source}: line {lexeme.sourceline}: unexpected <{_local(lexeme.tag)}> "
                             "inside <lexicon>; only <lexeme> and <meta> are allowed")
        where = f"{source}: line {lexeme.sourceline}"
        graphemes: list[str] = []
        alias: str | None = None
        phoneme: str | None = None
        for child in lexeme:
            name = _local(child.tag)
            text = "".join(child.itertext())
            if name == "grapheme":
                graphemes.append(_check_grapheme(text, f"{source}: line {child.sourceline}"))
            elif name == "alias":
                if alias is None:
                    alias = text
            elif name == "phoneme":
                child_alphabet = (child.get("alphabet") or alphabet).lower()
                if child_alphabet != "ipa":
                    raise VoiceError(f"{source}: line {child.sourceline}: phoneme alphabet "
                                     f"{child_alphabet!r} is not supported; write IPA with "
                                     "alphabet=\"ipa\"")
                if phoneme is None:
                    phoneme = text
            elif name not in ("example",):
                raise VoiceError(f"{source}: line {child.sourceline}: unexpected <{name}> in "
                                 "<lexeme>; use <grapheme>, <alias> or <phoneme>")
        if not graphemes:
            raise VoiceError(f"{where}: <lexeme> has no <grapheme>")
        if alias is None and phoneme is None:
            raise VoiceError(f"{where}: <lexeme> for {graphemes[0]!r} has neither <alias> nor "
                             "<phoneme>")
        for grapheme in graphemes:
            entries.append(LexiconEntry(
                grapheme=grapheme,
                alias=_check_alias(alias, grapheme, where) if alias is not None else None,
                phoneme=_check_phoneme(phoneme, grapheme, where) if phoneme is not None else None,
                source=source))
    return entries


# --- TOML ------------------------------------------------------------------------------------------

_TOML_TABLES = ("words", "phonemes", "lexicon")


def _line_of(text: str, key: str) -> int | str:
    quoted = rf"(?:\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})"
    pattern = re.compile(rf"^[ \t]*(?:{quoted}[ \t]*=|\[[ \t]*{quoted}[ \t]*\])", re.M)
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else "?"


class _Where:
    """``file: line N`` for a TOML key, worked out only when an error message needs it."""

    def __init__(self, text: str, source: str, key: str) -> None:
        self.text, self.source, self.key = text, source, key

    def __str__(self) -> str:
        return f"{self.source}: line {_line_of(self.text, self.key)}"


def parse_toml(text: str, source: str) -> list[LexiconEntry]:
    """Entries of a TOML lexicon (``[words]`` aliases, ``[phonemes]`` IPA)."""
    import tomllib

    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise VoiceError(f"{source}: not valid TOML: {exc}") from exc
    unknown = [key for key in data if key not in _TOML_TABLES]
    if unknown:
        raise VoiceError(f"{source}: line {_line_of(text, unknown[0])}: unknown key or table "
                         f"{unknown[0]!r}; a lexicon has [words] (aliases) and [phonemes] (IPA)")
    merged: dict[str, dict[str, Any]] = {}
    for table in ("words", "phonemes"):
        values = data.get(table, {})
        if not isinstance(values, dict):
            raise VoiceError(f"{source}: line {_line_of(text, table)}: {table!r} must be a table "
                             f"([{table}])")
        for key, value in values.items():
            where = _Where(text, source, key)
            if not isinstance(value, str):
                raise VoiceError(f"{where}: [{table}] {key!r} must be a string, not "
                                 f"{type(value).__name__}")
            grapheme = _check_grapheme(key, where)
            slot = "alias" if table == "words" else "phoneme"
            merged.setdefault(grapheme, {})[slot] = value
            merged[grapheme]["where"] = where
    entries = []
    for grapheme, parts in merged.items():
        where = parts["where"]
        entries.append(LexiconEntry(
            grapheme=grapheme,
            alias=_check_alias(parts["alias"], grapheme, where) if "alias" in parts else None,
            phoneme=_check_phoneme(parts["phoneme"], grapheme, where) if "phoneme" in parts else None,
            source=source))
    return entries


def parse_file(path: str | Path) -> list[LexiconEntry]:
    """Entries of one lexicon file, by extension (``.pls``/``.xml`` or ``.toml``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pls", ".xml", ".toml"):
        raise VoiceError(f"{path}: unknown lexicon format {suffix or '(no extension)'!r}; "
                         "use a .pls (W3C PLS 1.0) or .toml file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise VoiceError(f"lexicon file {path} not found; check the path") from None
    except OSError as exc:
        raise VoiceError(f"lexicon file {path} cannot be read: {exc.strerror or exc}") from exc
    if suffix == ".toml":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise VoiceError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
        return parse_toml(text, str(path))
    return parse_pls(data, str(path))


@functools.cache
def _packaged_entries() -> tuple[LexiconEntry, ...]:
    # Parsed once per process: entries are frozen, and every script build loads the lexicon.
    from importlib.resources import files

    folder = files("speakit.voices")
    entries: list[LexiconEntry] = []
    for name in PACKAGED_FILES:
        resource = folder / name
        source = f"speakit.voices/{name}"
        if name.endswith(".toml"):
            entries += parse_toml(resource.read_text(encoding="utf-8"), source)
        else:
            entries += parse_pls(resource.read_bytes(), source)
    return tuple(entries)


# --- the lexicon -----------------------------------------------------------------------------------

_WORD_CHAR = r"[^\W_]"


@dataclass(frozen=True)
class Lexicon:
    """Pronunciations, in override order; ``apply`` swaps aliases into text."""

    entries: tuple[LexiconEntry, ...] = ()
    """One entry per spelling, after overrides, in load order."""
    _by_spelling: dict[str, LexiconEntry] = field(init=False, repr=False, compare=False)
    _alias_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _phoneme_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _alias_index: dict[str, LexiconEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_spelling: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            by_spelling[entry.grapheme] = entry
        object.__setattr__(self, "_by_spelling", by_spelling)
        object.__setattr__(self, "_alias_re", self._pattern(
            [e.grapheme for e in self.entries if e.alias]))
        spoken = {e.grapheme for e in self.entries if e.phoneme}
        spoken |= {e.alias for e in self.entries if e.phoneme and e.alias}
        object.__setattr__(self, "_phoneme_re", self._pattern(sorted(spoken), possessive=True))
        object.__setattr__(self, "_alias_index", {e.alias: e for e in self.entries if e.alias})

    @staticmethod
    def _pattern(spellings: list[str], *, possessive: bool = False) -> re.Pattern[str] | None:
        variants = set(spellings) | {s.upper() for s in spellings if len(s) > 2}
        if not variants:
            return None
        alternation = "|".join(re.escape(s) for s in sorted(variants, key=len, reverse=True))
        tail = "(?:['’]s)?" if possessive else ""
        # Whole words only: not inside a longer word, but "pro-Kyiv" and "Kyiv's" still match.
        return re.compile(rf"(?<!{_WORD_CHAR})(?:{alternation}){tail}(?!{_WORD_CHAR})")

    @classmethod
    def load(cls, paths: Iterable[str | Path] = (), *, packaged: bool = True) -> Lexicon:
        """The packaged news lexicon (unless ``packaged=False``), then each file overriding."""
        merged: dict[str, LexiconEntry] = {}
        if packaged:
            for entry in _packaged_entries():
                merged[entry.grapheme] = entry
        for path in paths:
            for entry in parse_file(path):
                merged.pop(entry.grapheme, None)  # an override moves to its file's place
                merged[entry.grapheme] = entry
        log.debug("lexicon: %s entries", len(merged))
        return cls(tuple(merged.values()))

    @classmethod
    def from_entries(cls, entries: Iterable[LexiconEntry]) -> Lexicon:
        """A lexicon from entries made in code; later ones replace earlier with the same spelling."""
        merged: dict[str, LexiconEntry] = {}
        for entry in entries:
            merged.pop(entry.grapheme, None)
            merged[entry.grapheme] = entry
        return cls(tuple(merged.values()))

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) is not None

    def _lookup(self, word: str) -> LexiconEntry | None:
        word = _nfc(word)
        entry = self._by_spelling.get(word)
        if entry is None and word.isupper():
            entry = next((e for e in self.entries if e.grapheme.upper() == word), None)
        return entry

    def alias(self, word: str) -> str | None:
        """The respelling for ``word`` (exact spelling, or its all-caps form), or None."""
        entry = self._lookup(word)
        return entry.alias if entry else None

    def phoneme(self, word: str) -> str | None:
        """IPA for ``word`` or for an alias the lexicon produced; possessive ``'s`` allowed."""
        word = _nfc(word)
        base, possessive = _split_possessive(word)
        entry = self._lookup(base)
        if entry is None:
            entry = self._alias_index.get(base)
        if entry is None or entry.phoneme is None:
            return None
        return entry.phoneme + (_possessive_ipa(entry.phoneme) if possessive else "")

    def apply(self, text: str) -> str:
        """Replace each whole-word spelling that has an alias with the alias (case-sensitive)."""
        if self._alias_re is None:
            return text
        text = _nfc(text)

        def swap(m: re.Match[str]) -> str:
            entry = self._lookup(m.group(0))
            return entry.alias if entry and entry.alias else m.group(0)

        return self._alias_re.sub(swap, text)

    def with_phonemes(self, text: str, wrap: Callable[[str, str], str]) -> str:
        """Wrap each known word (or alias) as ``wrap(word, ipa)``: for engines taking inline IPA.

        Call it on the final, normalized text, e.g. for Piper:
        ``lexicon.with_phonemes(text, lambda word, ipa: f"[[ {ipa} ]]")``.
        """
        if self._phoneme_re is None:
            return text

        def mark(m: re.Match[str]) -> str:
            ipa = self.phoneme(m.group(0).replace("’", "'"))
            return wrap(m.group(0), ipa) if ipa else m.group(0)

        return self._phoneme_re.sub(mark, _nfc(text))


def _split_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix) and len(word) > 2:
            return word[:-2], True
    return word, False


def _possessive_ipa(ipa: str) -> str:
    last = ipa.rstrip("ˈˌː ")[-1:]
    if last in ("s", "z", "ʃ", "ʒ"):
        return "ɪz"
    if last in ("p", "t", "k", "f", "θ"):
        return "s"
    return "z"


__all__ = ["Lexicon", "LexiconEntry", "PACKAGED_FILES", "PLS_NAMESPACE", "parse_file", "parse_pls",
           "parse_toml"]
