"""Shared test helpers for the simplifier: small documents from sentences, and the review articles in articles/."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from speakit.document import Document, Paragraph, Section, Sentence
from speakit.read import read_source
from speakit.simplify import glossary, simplify

ARTICLES = Path(__file__).parent / "articles"
LEVELS = ("plain", "easy")


@lru_cache(maxsize=None)
def source(stem: str) -> Document:
    """The article ``articles/<stem>.md`` as read."""
    return read_source(str(ARTICLES / f"{stem}.md"))


@lru_cache(maxsize=None)
def simplified(stem: str, level: str) -> Document:
    """The article simplified at ``level`` (cached: many tests look at the same output)."""
    return simplify(source(stem), level)


def sentences(stem: str, level: str) -> list[str]:
    """Every sentence of the simplified article."""
    return [s.text for s in simplified(stem, level).sentences()]


def text(stem: str, level: str) -> str:
    """The simplified article as one string."""
    return " ".join(sentences(stem, level))


def expected(table: dict[tuple[str, str], list[str]]) -> list[tuple[str, str, str]]:
    """(name, level, snippet) rows from {(name, "plain"|"easy"|"both"): [snippets]}."""
    out = []
    for (name, level), snippets in table.items():
        for lv in (LEVELS if level == "both" else (level,)):
            out += [(name, lv, snip) for snip in snippets]
    return out


class Articles:
    """One family of articles (``review2_`` + name): the same helpers, keyed by the short name."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def source(self, name: str) -> Document:
        """The article as read."""
        return source(self.prefix + name)

    def simplified(self, name: str, level: str) -> Document:
        """The article simplified at ``level``."""
        return simplified(self.prefix + name, level)

    def sentences(self, name: str, level: str) -> list[str]:
        """Every sentence of the simplified article."""
        return sentences(self.prefix + name, level)

    def text(self, name: str, level: str) -> str:
        """The simplified article as one string."""
        return text(self.prefix + name, level)


def assert_facts_kept(before: Document, after: Document) -> None:
    """Every number, name and quote of ``before`` is in ``after`` (the message lists what is missing)."""
    from speakit.simplify.facts import compare

    check = compare(before, after)
    assert check.numbers.kept == check.numbers.total, check.numbers.missing
    assert check.names.kept == check.names.total, check.names.missing
    assert check.quotes.kept == check.quotes.total, check.quotes.missing


def doc_of(*texts: str, title: str = "Town news") -> Document:
    """A one-paragraph document whose sentences are ``texts`` (ids s1, s2, …)."""
    sentences = tuple(Sentence(f"s{i}", t) for i, t in enumerate(texts, start=1))
    return Document(title=title, summary=(), sections=(Section(None, (Paragraph(sentences),)),))


def texts(doc: Document) -> list[str]:
    """Every sentence text of ``doc``."""
    return [s.text for s in doc.sentences()]


def explanation(term: str) -> str:
    """The packaged glossary's explanation of ``term``."""
    entry = glossary.load(None).lookup(term)
    assert entry is not None, term
    return entry.explanation
