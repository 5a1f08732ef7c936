"""The nothing-lost check: numbers, names and quotes of the original must survive simplification."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from ..document import Document, Figure

_OPEN_CLOSE = {"“": "”", "„": "“"}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text, quote marks included (a fresh list each call)."""
    return list(_quote_spans(text))


@lru_cache(maxsize=8192)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: every rule and word swap asks again about the same sentence.
    return tuple(_find_quote_spans(text))


def _find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text, quote marks included.

    A straight quote left unpaired (a quote the reader split across sentences)
    runs to the end of the text when it opens, or from the start when it closes.
    """
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"“[^”]*(”|$)", text):
        spans.append(m.span())
    # Single quotation marks (British style): an opening mark after a space, a closing one
    # before a space or punctuation, at least two words inside — apostrophes do not qualify.
    for m in _SINGLE_QUOTE.finditer(text):
        if len(m.group(1).split()) >= 2:
            spans.append(m.span())
    if not text.count('"'):
        return _merge(spans)
    marks = [m.start() for m in re.finditer('"', text)]
    if len(marks) % 2 == 1:
        first = marks[0]
        # An opening quote has no letter before it and text after it.
        opens = (first == 0 or not text[first - 1].isalnum()) and first + 1 < len(text) \
            and not text[first + 1].isspace()
        if not opens:
            spans.append((0, first + 1))
            marks = marks[1:]
        else:
            spans.append((marks[-1], len(text)))
            marks = marks[:-1]
    for a, b in zip(marks[::2], marks[1::2]):
        spans.append((a, b + 1))
    return _merge(spans)


_SINGLE_QUOTE = re.compile(r"(?<![\w'’])['‘](?=[A-Za-z0-9])(.+?)(?<=[\w.,!?;:])['’](?![\w])")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # Curly, straight and single quotes may nest or overlap in messy input: keep disjoint spans.
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


# -- numbers ---------------------------------------------------------------

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
          "eighty ninety").split()
_SCALES = ("hundred", "thousand", "million", "billion", "trillion", "dozen")
_WORDNUM = r"(?:%s)(?:-(?:%s))?" % ("|".join(_UNITS), "|".join(_UNITS[1:10]))
_SCALE = r"(?:%s)" % "|".join(_SCALES)
# "half a million", "two and a half", "1.3 million", "12,000", "75th", "2nd", "30%".
_NUMBER = re.compile(
    r"(?<![\w.,])(?:"
    r"\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?%?(?:\s+" + _SCALE + r"s?)?"
    r"|(?:half\s+an?\s+" + _SCALE + r")"
    r"|(?:" + _WORDNUM + r")(?:\s+(?:and\s+)?(?:a\s+)?(?:half|" + _WORDNUM + r"|" + _SCALE + r"))*"
    r")(?![\w])", re.IGNORECASE)


def extract_numbers(text: str) -> list[str]:
    """Numbers as written: digits ("12,000", "1.3 million", "75th", years) and number words ("half a million")."""
    out = []
    for m in _NUMBER.finditer(text):
        num = " ".join(m.group().split())
        # A lone "one" is mostly a pronoun ("one of the largest"); it is not a fact to keep.
        if num.lower() in ("one", "zero"):
            continue
        out.append(num)
    return out


# -- names -----------------------------------------------------------------

_FUNCTION = frozenset(
    "a an the and but or so yet for nor if while when whereas although though because since as "
    "in on at by to of from with without after before until during over under into onto upon "
    "this that these those it its he she they we i you his her their our my your there here "
    "what which who whom whose where why how perhaps however meanwhile still also then now "
    "both each every some many most more much other another such no not all any earlier later "
    "until unless despite beyond against among between within around about instead even only "
    "just yes hopefully precisely other".split())
_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[" + _UPPER + r"][^\W\d_]*(?:[-'’][^\W\d_]+)*)"
_NAME_RUN = re.compile(r"(?<![\w-])" + _CAP + r"(?:(?:\s+|-)(?:(?:of|for|de|von|van|al|bin)\s+)?" + _CAP + r")*")
# A sentence starts at the text start, after . ! ? or :, or after an opening quote or bracket
# (a closing quote before "Greene said" does not start one).
_SENT_START = re.compile(r"(?:^|[.!?:]\s+|(?:^|[\s.!?:])[\"“‘(\[]\s*)$")


_GLUED_MONTH = re.compile(r"(?<=\S)\s+(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)$")


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def extract_names(text: str) -> list[str]:
    """Proper names: runs of capitalized words, not counting a lone function word that starts a sentence."""
    out = []
    for m in _NAME_RUN.finditer(text):
        if text[m.end():m.end() + 1].isdigit():
            continue  # "RC4", "F16": a code with digits, kept or lost as a number-like token, not a name
        run = m.group()
        # "in Pyongyang, North Korea June 19, 2024": a caption's date glued to the place is no part of its name.
        glued = _GLUED_MONTH.search(run)
        if glued and re.match(r"\s+\d", text[m.end():]):
            run = run[:glued.start()]
        # "Washington, D.C. Analysts …": a run ends at a dotted abbreviation that ends a sentence.
        offset = m.start()
        for part in re.split(r"(?<=\.)\s+", run):
            start = text.index(part, offset)
            offset = start + len(part)
            name = _name_at(text, part, start)
            if name:
                out.append(name)
    return out


def _name_at(text: str, name: str, start: int) -> str | None:
    words = name.split()
    at_start = bool(_SENT_START.search(text[:start]))
    if at_start:
        while words and words[0].lower() in _FUNCTION:
            words = words[1:]
        # A lone capitalized word at a sentence start is usually just a word.
        if len(words) <= 1 and len(name.split()) <= 1:
            return None
    if len(words) == 1 and words[0] in ("I", "I'm", "I've", "I'd", "I'll"):
        return None
    name = _strip_possessive(" ".join(words))
    name = re.sub(r"\s+(?:of|for|de)$", "", name)
    return name or None


def _norm_name(text: str) -> str:
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.replace("_", " ").split()).lower()


_TITLE_WORDS = frozenset("president prime minister secretary chancellor governor mayor premier king queen pope "
                         "chief justice foreign defence defense finance health state".split())


def _titled_name_kept(key: str, after_norm: str) -> bool:
    """``finnish prime minister aino lahtinen`` is kept when ``aino lahtinen`` is, and every word of
    its title is somewhere too ("Aino Lahtinen is the Finnish prime minister.")."""
    words = key.split()
    last_title = max((i for i, w in enumerate(words) if w in _TITLE_WORDS), default=-1)
    if last_title < 0 or len(words) - last_title - 1 < 2:
        return False
    person = " ".join(words[last_title + 1:])
    return f" {person} " in after_norm and all(f" {w} " in after_norm for w in words[:last_title + 1])


# -- quotes ----------------------------------------------------------------

def extract_quotes(text: str) -> list[str]:
    """The text inside quotation marks (without the marks), in order."""
    out = []
    for a, b in quote_spans(text):
        inner = text[a:b].strip('"“”„‘’\' ')
        if inner:
            out.append(inner)
    return out


_QUOTE_END = re.compile(r"(?<=[^A-Z.][.!?])\s+(?=[\"“A-Z\[])")


def _quote_piece_in(piece: str, text: str) -> bool:
    # A piece that now starts a sentence may gain a capital, as in "[A] few"; nothing else.
    return piece in text or (piece[:1].upper() + piece[1:]) in text


def quote_pieces(quote: str) -> list[str]:
    """A quote's own sentences, without their final punctuation: what must appear verbatim."""
    return [p.rstrip(" ,.;:!?") for p in _QUOTE_END.split(quote) if p.strip(" ,.;:!?")]


# -- the check -------------------------------------------------------------

@dataclass(frozen=True)
class Kept:
    """How many of one kind of fact survived, and which did not."""

    total: int
    """How many the original had."""
    kept: int
    """How many the simplified text still has."""
    missing: tuple[str, ...] = ()
    """Those that did not survive."""

    @property
    def share(self) -> float:
        """Share kept, 1.0 when there was nothing to keep."""
        return self.kept / self.total if self.total else 1.0

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{total, kept, missing[]}``."""
        return {"total": self.total, "kept": self.kept, "missing": list(self.missing)}


@dataclass(frozen=True)
class FactsCheck:
    """Numbers, names and quotes kept by a simplification."""

    numbers: Kept = field(default_factory=lambda: Kept(0, 0))
    """Numbers, counted with repeats."""
    names: Kept = field(default_factory=lambda: Kept(0, 0))
    """Distinct names (spelling variants such as ``Kim Jong Un``/``Kim Jong-un`` are one)."""
    quotes: Kept = field(default_factory=lambda: Kept(0, 0))
    """Quotations, each of whose sentences must appear verbatim."""

    @property
    def ok(self) -> bool:
        """True when every number and quote and at least 95% of names survived."""
        return (self.numbers.kept == self.numbers.total and self.quotes.kept == self.quotes.total
                and self.names.share >= 0.95)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{numbers, names, quotes}`` each ``{total, kept, missing[]}``."""
        return {"numbers": self.numbers.to_dict(), "names": self.names.to_dict(),
                "quotes": self.quotes.to_dict()}


def document_texts(doc: Document) -> list[str]:
    """The texts a reader sees: title, summary, body sentences, figure alt text and captions."""
    texts = [doc.title] if doc.title else []
    texts += [s.text for s in doc.sentences()]
    for fig in doc.figures():
        texts += [t for t in (fig.alt, fig.caption) if t]
    return texts


def _paragraph_texts(doc: Document) -> list[str]:
    # Quotes may span sentences; join each block so a quote is seen whole.
    out = [doc.title] if doc.title else []
    out += [p.text for p in doc.summary]
    for _, block in doc.blocks():
        if isinstance(block, Figure):
            out += [t for t in (block.alt, block.caption) if t]
        elif hasattr(block, "sentences"):
            out.append(" ".join(s.text for s in block.sentences))
    return out


def compare_texts(before: Iterable[str], after: Iterable[str]) -> FactsCheck:
    """Compare two lists of texts (paragraph-sized) for numbers, names and quotes."""
    before, after = list(before), list(after)
    after_all = "\n".join(after)
    nb = Counter(n.lower() for t in before for n in extract_numbers(t))
    na = Counter(n.lower() for t in after for n in extract_numbers(t))
    missing_n = []
    kept_n = 0
    for num, count in nb.items():
        kept_n += min(count, na[num])
        missing_n += [num] * max(0, count - na[num])
    names: dict[str, str] = {}
    for t in before:
        for name in extract_names(t):
            names.setdefault(_norm_name(name), name)
    after_norm = " " + _norm_name(after_all) + " "
    missing_names = [shown for key, shown in names.items()
                     if f" {key} " not in after_norm and not _titled_name_kept(key, after_norm)]
    quotes = [q for t in before for q in extract_quotes(t)]
    flat_after = " ".join(after_all.split())
    missing_q = [q for q in quotes
                 if not all(_quote_piece_in(" ".join(p.split()), flat_after) for p in quote_pieces(q))]
    return FactsCheck(
        numbers=Kept(sum(nb.values()), kept_n, tuple(missing_n)),
        names=Kept(len(names), len(names) - len(missing_names), tuple(missing_names)),
        quotes=Kept(len(quotes), len(quotes) - len(missing_q), tuple(missing_q)),
    )


def compare(before: Document, after: Document) -> FactsCheck:
    """Which numbers, names and quotes of ``before`` are still in ``after``."""
    return compare_texts(_paragraph_texts(before), _paragraph_texts(after))


__all__ = ["FactsCheck", "Kept", "compare", "compare_texts", "document_texts", "extract_names",
           "extract_numbers", "extract_quotes", "quote_pieces", "quote_spans"]
