"""Later mentions of a person: the full name and role once, then the short name the article uses.

"Russian President Vladimir Putin" at a second mention becomes "Putin", "Kim Jong-un"
becomes "Kim". The first mention keeps the full name and title, so no name is lost;
quotations are never touched.
"""

from __future__ import annotations

import re
from typing import Iterable

from .facts import quote_spans

# Capitalized words (nationality, country) before a title: "Russian President", "North Korean leader".
_TITLE_BEFORE = (r"(?:(?:[Tt]he\s+)?(?:(?!(?:The|A|An|In|On|At|But|And|When|While|For|By|With|To|Of|From|As|If|"
                 r"After|Before|Since|So|Then|Now|Also|Both|Between)\b)[A-Z][\w'’-]*\s+){0,2}(?:President|Prime\s+Minister|Chancellor|leader|Leader|"
                 r"Foreign\s+Minister|Defence\s+Minister|Defense\s+Minister|Minister|Mayor|Governor|Senator|Judge|"
                 r"Coach|Chief\s+Executive|Professor|Councillor)\s+)?")
# Later mentions drop these titles too: "Health Minister Jo Kerr" once, then "Kerr".


def short_names(people: Iterable[str], texts: Iterable[str]) -> dict[str, str]:
    """Full name → the short form the article itself uses for that person ("Putin", "Kim").

    Only full names the texts mention count, and only a short form the texts use on its own
    (outside the full name) that no other person mentioned shares; otherwise the name stays whole.
    """
    text = "\n".join(texts)
    full = sorted({p for p in people if len(p.split()) >= 2 and _mentioned(p, text)}, key=len, reverse=True)
    # Drop a full name inside a longer one ("Minyoung Lee" in "Rachel Minyoung Lee").
    full = [p for p in full if not any(p != q and re.search(r"(?<![\w-])" + re.escape(p) + r"$", q)
                                       for q in full)]
    rest = text
    for p in full:
        rest = re.sub(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])", " ", rest)
    out: dict[str, str] = {}
    for p in full:
        parts = p.split()
        candidates = [" ".join(parts[k:]) for k in range(1, len(parts))] + [parts[0]]
        others = [q for q in full if q != p]
        best, best_count = None, 0
        for c in candidates:
            if any(re.search(r"(?<![\w-])" + re.escape(c) + r"(?![\w-])", q) for q in others):
                continue
            count = len(re.findall(r"(?<![\w-])" + re.escape(c) + r"(?![\w-])", rest))
            if count > best_count:
                best, best_count = c, count
        if best is not None:
            out[p] = best
    return out


def _mentioned(name: str, text: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None


class Mentions:
    """Rewrites full names after their first mention, in reading order."""

    def __init__(self, people: Iterable[str], texts: Iterable[str]) -> None:
        self.short = short_names(people, texts)
        self.seen: set[str] = set()
        names = sorted(self.short, key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<![\w-])(" + _TITLE_BEFORE + r")(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"
        ) if names else None

    def rewrite(self, text: str) -> str:
        """``text`` with second and later mentions of a person shortened (never inside quotes)."""
        if self.pattern is None:
            return text
        spans = quote_spans(text)
        out: list[str] = []
        last = 0
        for m in self.pattern.finditer(text):
            name = m.group(2)
            if any(a <= m.start(2) < b for a, b in spans):
                continue
            if name not in self.seen:
                self.seen.add(name)
                continue
            out.append(text[last:m.start()])
            out.append(self.short[name])
            last = m.end()
        out.append(text[last:])
        return "".join(out)

    def note(self, text: str) -> None:
        """Count the names ``text`` mentions as seen, without rewriting it (a verbatim quote)."""
        if self.pattern is None:
            return
        for m in self.pattern.finditer(text):
            self.seen.add(m.group(2))


__all__ = ["Mentions", "short_names"]
