"""Terms: find acronyms, names and hard words, and explain each at its first use.

Explanations come from the article itself (``Environment Agency (EA)``,
``Samuel Greene, a Russia expert at …``, ``Ukrainian President Volodymyr
Zelenskyy``), the packaged glossary, and the user glossary, which wins over both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..document import Document, Figure
from .facts import extract_names, quote_spans
from .glossary import Entry, Glossary
from .sentences import role_phrase
from .words import analyses

# Acronyms everybody reads without help are never listed as unexplained.
_KNOWN_ACRONYMS = frozenset("TV OK AM PM ID US USA UK BBC CEO PhD DNA GPS USB PC AI COVID".split())
_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][A-Z0-9&]{1,6}s?)(?![\w])")


@dataclass(frozen=True)
class Explanation:
    """Why and how a term is explained."""

    term: str
    """The term as the text writes it."""
    sentences: tuple[str, ...]
    """The explanation, one or more plain sentences."""
    origin: str
    """``article``, ``glossary`` or ``user``."""
    key: str
    """Identity of the thing explained (entry term, or the term itself)."""
    inline: bool = False
    """True when the article explains it right where it first appears (no extra sentence)."""


# -- what the article itself says ------------------------------------------------

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)?[A-Z][\w'’.-]*){0,6}"
_TITLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister",
           "Defence Secretary", "Defense Secretary", "Secretary of State", "Chancellor", "leader",
           "dictator", "Minister", "Secretary", "spokesperson", "spokesman", "spokeswoman",
           "Senator", "Governor", "Mayor", "General", "King", "Queen", "Pope")


def _clean_np(np: str) -> str:
    np = " ".join(np.split()).rstrip(" ,.")
    return np


def article_definitions(texts: Iterable[str], people: set[str]) -> dict[str, tuple[str, str]]:
    """Definitions the article gives: term → (explanation sentence, sentence text it came from)."""
    out: dict[str, tuple[str, str]] = {}
    for text in texts:
        masked = _mask_quotes(text)
        # "Environment Agency (EA)" and "EA (Environment Agency)"
        for m in re.finditer(r"\b(" + _NAME + r")\s+\(([A-Z][A-Z&.]{1,8})\)", masked):
            long, short = m.group(1), m.group(2)
            long = _trim_leading_function(long)
            if _initials_match(short, long):
                out.setdefault(short, (f"{short} is short for {long}.", text))
        for m in re.finditer(r"\b([A-Z][A-Z&.]{1,8})\s+\((" + _NAME + r")\)", masked):
            short, long = m.group(1), m.group(2)
            if _initials_match(short, long):
                out.setdefault(short, (f"{short} is short for {long}.", text))
        # "Samuel Greene, a Russia expert at King's College London, says"
        for m in re.finditer(r"(?:^|[\s(])(" + _NAME + r"),\s+((?:a|an|the)\s+[^,;:()\"“”]+?)(?=,|\.$|\s*$)",
                             masked):
            name, np = _trim_leading_function(m.group(1)), _clean_np(m.group(2))
            if not name or len(np.split()) < 2 or len(np.split()) > 16:
                continue
            if _has_finite_verb(np):
                np = re.split(r"\s+who(?:['’]s|\s)", np)[0]
                if _has_finite_verb(np):
                    continue
            if name.split()[-1] in people or name in people or len(name.split()) >= 2:
                # "paid for by the Natural Research Fund, a charity" → "The Natural Research Fund is a charity."
                the = "The " if re.search(r"\b(?:the|The)\s+$", masked[:m.start(1)]) and name == m.group(1) else ""
                out.setdefault(name, (f"{the}{name} is {np}.", text))
        # "The hospital's chief executive, Mark Hollis, said"
        for m in re.finditer(r"(?:^|\.\s+)((?:The|A|An|[A-Z][\w'’-]+['’]s)\s+[^,.]{2,60}),\s+"
                             r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+", masked):
            role, name = m.group(1), m.group(2)
            if _has_finite_verb(role) or not (name in people or name.split()[-1] in people):
                continue
            role = role[0].lower() + role[1:] if role.split()[0] in ("The", "A", "An") else role
            out.setdefault(name, (f"{name} is {role}.", text))
        # "Ukrainian President Volodymyr Zelenskyy", "North Korea's leader Kim Jong Un"
        for title in _TITLES:
            pat = (r"((?:[A-Z][\w'’-]+\s+){0,2}?)" + re.escape(title) + r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
            for m in re.finditer(pat, masked):
                name = m.group(2)
                if name.split()[-1] not in people and name not in people:
                    continue
                owner = m.group(1).strip()
                if owner:
                    out.setdefault(name, (f"{name} is {role_phrase(owner, title)}.", text))
    return out


def _mask_quotes(text: str) -> str:
    # Keep offsets: replace quoted text by spaces so nothing is defined from inside a quote.
    chars = list(text)
    for a, b in quote_spans(text):
        for i in range(a, b):
            chars[i] = " "
    return "".join(chars)


def _trim_leading_function(name: str) -> str:
    words = name.split()
    while words and words[0] in ("The", "A", "An", "But", "And", "While", "In", "On", "At", "For",
                                 "Until", "When", "If", "So", "As", "By", "From", "With"):
        words = words[1:]
    return " ".join(words)


def _initials_match(short: str, long: str) -> bool:
    letters = [c for c in short if c.isalpha()]
    initials = [w[0] for w in long.split() if w[:1].isupper()]
    return len(letters) >= 2 and "".join(letters).upper() == "".join(initials).upper()[:len(letters)] \
        or all(c in "".join(initials) for c in letters)


def _has_finite_verb(np: str) -> bool:
    from .sentences import has_verb
    return has_verb(np.split())


# -- matching terms in text -------------------------------------------------------------

class Matcher:
    """Finds glossary spellings in text: acronyms and names exactly, common words with inflections."""

    def __init__(self, glossary: Glossary, extra: Iterable[str] = ()) -> None:
        exact = sorted({s for e in glossary.entries for s in e.spellings if not s.islower()} | set(extra),
                       key=len, reverse=True)
        self.glossary = glossary
        self._exact = re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(s) for s in exact) + r")(?:['’]s)?(?![\w-])") if exact else None
        # Spellings the word loop below cannot see (it reads runs of ASCII letters and skips
        # words next to a hyphen) are matched as phrases: "cease-fire", "communiqué".
        phrases = sorted({s for e in glossary.entries for s in e.spellings if s.islower() and _phrase_like(s)},
                         key=len, reverse=True)
        self._phrases = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases)
                                   + r")(?:s|es)?(?![\w-])") if phrases else None
        self._words = {s for e in glossary.entries for s in e.spellings if s.islower() and not _phrase_like(s)}

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, spelling) of every term in ``text``, longest first, never overlapping."""
        hits: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return not any(a < y and x < b for x, y in taken)

        if self._exact is not None:
            for m in self._exact.finditer(text):
                a, b = m.span(1)
                if free(a, b):
                    hits.append((a, b, m.group(1)))
                    taken.append((a, b))
        low = text.lower()
        if self._phrases is not None:
            for m in self._phrases.finditer(low):
                a, b = m.span()
                if free(a, b) and not _is_name_part(text, a):
                    found = m.group()
                    phrase = next((c for c in (found, found[:-2], found[:-1]) if self.entry(c) is not None),
                                  found)
                    hits.append((a, b, phrase))
                    taken.append((a, b))
        for m in re.finditer(r"[A-Za-z][a-z]+", text):
            a, b = m.span()
            if not free(a, b) or _is_name_part(text, a) or text[b:b + 1] == "-" or text[a - 1:a] == "-":
                continue
            w = m.group().lower()
            for base, _form in analyses(w):
                if base in self._words or w in self._words:
                    hits.append((a, b, w if w in self._words else base))
                    taken.append((a, b))
                    break
        return sorted(hits)

    def entry(self, spelling: str) -> Entry | None:
        """The glossary entry of a spelling found by :meth:`find`."""
        return self.glossary.lookup(spelling) or self.glossary.lookup(spelling.lower())


def _phrase_like(spelling: str) -> bool:
    """True for a spelling of several words, or one with a hyphen or a letter outside ASCII."""
    return " " in spelling or "-" in spelling or not spelling.isascii()


def _is_name_part(text: str, pos: int) -> bool:
    """A capitalized word that is not at a sentence start is part of a name."""
    if not text[pos:pos + 1].isupper():
        return False
    before = text[:pos].rstrip(" \"“‘'([")
    return bool(before) and not before.endswith((".", "!", "?", ":"))


# -- acronyms ------------------------------------------------------------------

def find_acronyms(text: str) -> list[str]:
    """Acronyms in reading order (``BRICS``, ``NATO``, ``U.S.``), each once."""
    seen: list[str] = []
    for m in _ACRONYM.finditer(text):
        a = m.group()
        if a.endswith("s") and a[:-1].isupper() and len(a) > 2:
            a = a[:-1]
        if len(a.replace(".", "")) < 2 or a in seen:
            continue
        # A capitalized word in an all-caps headline is not an acronym.
        seen.append(a)
    return seen


def drop_spelled_out_acronyms(text: str, elsewhere: str = "") -> str:
    """``central processing unit (CPU)`` → ``central processing unit`` when the acronym is used nowhere else.

    The bracket only repeats the words before it; when neither ``text`` nor ``elsewhere`` uses
    the acronym again, the reader loses nothing. Quotes are never touched.
    """
    from .facts import quote_spans

    spans = quote_spans(text)
    out = text
    for m in reversed(list(re.finditer(r"\s*\(([A-Z][A-Za-z]*[A-Z])s?\)", text))):
        acronym = m.group(1)
        if any(a <= m.start() < b for a, b in spans):
            continue
        rest = text[:m.start()] + text[m.end():]
        if re.search(r"(?<![\w-])" + re.escape(acronym), rest + " " + elsewhere):
            continue
        before = text[:m.start()].split()
        letters = [c for c in acronym if c.isupper()]
        words = [w for w in before[-(len(letters) + 3):] if w.lower() not in ("of", "and", "for", "the", "&")]
        initials = "".join(w[0] for w in words[-len(letters):]).upper()
        if initials != "".join(letters):
            continue
        out = out[:m.start()] + out[m.end():]
    return out


def acronym_status(doc: Document) -> dict[str, list[str]]:
    """Acronyms of a document: ``{"explained": [...], "unexplained": [...]}``; unknown ones are listed, never guessed."""
    texts = [doc.title] + [s.text for s in doc.sentences()]
    for fig in doc.figures():
        texts += [fig.alt, fig.caption, fig.credit]
    found: list[str] = []
    for t in texts:
        for a in find_acronyms(t):
            if a not in found:
                found.append(a)
    explained_text = " ".join(f"{t.term} {t.explanation}" for t in doc.terms)
    explained, unexplained = [], []
    for a in found:
        if a in _KNOWN_ACRONYMS or a.replace(".", "") in _KNOWN_ACRONYMS:
            explained.append(a)
        elif re.search(r"(?<![\w.])" + re.escape(a) + r"(?![\w])", explained_text):
            explained.append(a)
        else:
            unexplained.append(a)
    return {"explained": explained, "unexplained": unexplained}


# -- hard words ---------------------------------------------------------------

def hard_words(doc: Document) -> list[str]:
    """Rare words left in the simplified text that no term explains (for the report)."""
    from .frequency import is_rare

    explained = " ".join(f"{t.term} {t.explanation}" for t in doc.terms).lower()
    out: list[str] = []
    for s in doc.sentences():
        text = s.text
        spans = quote_spans(text)
        for m in re.finditer(r"[A-Za-z][a-z'’-]*[a-z]", text):
            a, b = m.span()
            if any(x <= a < y for x, y in spans) or _is_name_part(text, a):
                continue
            w = m.group().lower()
            if w in out or w in explained or not is_rare(w):
                continue
            out.append(w)
    return out


# -- names: one name for one thing ---------------------------------------------------

def _name_key(name: str) -> str:
    return re.sub(r"[\s\-‐]", "", name).lower()


def canonical_names(body: list[str], other: list[str]) -> dict[str, str]:
    """Spelling variants → the form used most in the body text (first there on a tie)."""
    counts: dict[str, dict[str, int]] = {}
    first: dict[str, int] = {}
    order = 0
    for weight, texts in ((1000, body), (1, other)):
        for text in texts:
            for name in extract_names(text):
                key = _name_key(name)
                counts.setdefault(key, {})
                counts[key][name] = counts[key].get(name, 0) + weight
                first.setdefault(name, order)
                order += 1
    mapping: dict[str, str] = {}
    for key, forms in counts.items():
        if len(forms) < 2:
            continue
        best = max(forms, key=lambda f: (forms[f], -first[f]))
        for form in forms:
            if form != best:
                mapping[form] = best
    return mapping


def unify_names(text: str, mapping: dict[str, str]) -> str:
    """Write every variant of a name in its one chosen form (never inside quotes)."""
    if not mapping:
        return text
    spans = quote_spans(text)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(v) for v in sorted(mapping, key=len, reverse=True))
                         + r")(?![\w-])")
    out = []
    last = 0
    for m in pattern.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        out.append(text[last:m.start()])
        out.append(mapping[m.group(1)])
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def figure_terms(fig: Figure) -> list[str]:
    """Acronyms a figure's credit and caption use (credits are never rewritten)."""
    return find_acronyms(" ".join((fig.alt, fig.caption, fig.credit)))


__all__ = ["Explanation", "Matcher", "acronym_status", "article_definitions", "canonical_names",
           "drop_spelled_out_acronyms",
           "figure_terms", "find_acronyms", "hard_words", "unify_names"]
