"""The document model every stage reads and returns, and its JSON contract.

All classes are frozen: a stage returns a new object (``dataclasses.replace``)
instead of changing the one it was handed. ``to_dict``/``from_dict`` are the
JSON contract of ``speakit read --json`` and ``speakit simplify --json``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, ClassVar, Iterator, Literal, Union

Level = Literal["original", "plain", "easy"]
LEVELS: tuple[str, ...] = ("original", "plain", "easy")


@dataclass(frozen=True)
class Sentence:
    """One sentence of running text, with an id that is stable for the same input."""

    id: str
    """Document-wide id: ``s1``, ``s2`` … in reading order; a simplified sentence
    made from ``s5`` is ``s5.1``, ``s5.2`` …"""
    text: str
    """The sentence exactly as it is read or shown."""
    source_ids: tuple[str, ...] = ()
    """Ids of the source sentences this one came from (empty for a source sentence)."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{id, text}`` plus ``source_ids`` when there are any."""
        out: dict[str, Any] = {"id": self.id, "text": self.text}
        if self.source_ids:
            out["source_ids"] = list(self.source_ids)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sentence:
        """Inverse of :meth:`to_dict`."""
        return cls(id=str(data["id"]), text=str(data["text"]),
                   source_ids=tuple(data.get("source_ids") or ()))


def _join(sentences: tuple[Sentence, ...]) -> str:
    return " ".join(s.text for s in sentences)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of body text, already split into sentences."""

    type: ClassVar[str] = "paragraph"
    sentences: tuple[Sentence, ...]
    """The paragraph's sentences in order; ``text`` is their join."""

    @property
    def text(self) -> str:
        """The paragraph's text: its sentences joined by one space."""
        return _join(self.sentences)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{type, text, sentences[]}``."""
        return {"type": self.type, "text": self.text,
                "sentences": [s.to_dict() for s in self.sentences]}


@dataclass(frozen=True)
class Quote:
    """A block quotation (``<blockquote>``, ``> …``), split into sentences."""

    type: ClassVar[str] = "quote"
    sentences: tuple[Sentence, ...]
    """The quoted text's sentences, verbatim."""
    attribution: str | None = None
    """Who said it, when the source names them apart from the quote."""

    @property
    def text(self) -> str:
        """The quote's text: its sentences joined by one space."""
        return _join(self.sentences)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{type, text, sentences[], attribution}``."""
        return {"type": self.type, "text": self.text,
                "sentences": [s.to_dict() for s in self.sentences],
                "attribution": self.attribution}


@dataclass(frozen=True)
class ListItem:
    """One item of a list, split into sentences."""

    sentences: tuple[Sentence, ...]
    """The item's sentences."""

    @property
    def text(self) -> str:
        """The item's text."""
        return _join(self.sentences)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{text, sentences[]}``."""
        return {"text": self.text, "sentences": [s.to_dict() for s in self.sentences]}


@dataclass(frozen=True)
class ListBlock:
    """A bulleted or numbered list."""

    type: ClassVar[str] = "list"
    items: tuple[ListItem, ...]
    """The items in order."""
    ordered: bool = False
    """True for a numbered list."""

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """All sentences of all items, in order."""
        return tuple(s for item in self.items for s in item.sentences)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{type, ordered, items[{text, sentences[]}]}``."""
        return {"type": self.type, "ordered": self.ordered,
                "items": [i.to_dict() for i in self.items]}


@dataclass(frozen=True)
class Figure:
    """A picture: what it shows (alt), what the page says under it, who took it."""

    type: ClassVar[str] = "figure"
    alt: str = ""
    """Alternative text; empty for a decorative image or when the source has none."""
    caption: str = ""
    """The caption without the credit."""
    credit: str = ""
    """Photographer or agency, split off the caption (never read aloud)."""
    src: str | None = None
    """Image address, when the source has one."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{type, alt, caption, credit, src}``."""
        return {"type": self.type, "alt": self.alt, "caption": self.caption,
                "credit": self.credit, "src": self.src}


@dataclass(frozen=True)
class Media:
    """An embedded video or audio block: kept apart from the body text."""

    type: ClassVar[str] = "media"
    kind: str = "video"
    """``video`` or ``audio``."""
    title: str = ""
    """The media's own title."""
    duration_s: float | None = None
    """Length in seconds, when the page gives it."""
    description: str = ""
    """The blurb that goes with it."""
    src: str | None = None
    """Media address, when the source has one."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{type, kind, title, duration_s, description, src}``."""
        return {"type": self.type, "kind": self.kind, "title": self.title,
                "duration_s": self.duration_s, "description": self.description,
                "src": self.src}


Block = Union[Paragraph, Quote, ListBlock, Figure, Media]
TextBlock = Union[Paragraph, Quote, ListBlock]


@dataclass(frozen=True)
class Section:
    """A run of blocks under one heading; the first section may have no heading."""

    heading: str | None
    """The section heading; ``None`` for the text before the first heading."""
    blocks: tuple[Block, ...] = ()
    """The section's blocks in reading order."""
    level: int = 2
    """Heading level (2 for ``h2``, 3 for ``h3``)."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{heading, level, blocks[]}``."""
        return {"heading": self.heading, "level": self.level,
                "blocks": [b.to_dict() for b in self.blocks]}


@dataclass(frozen=True)
class Term:
    """A hard word, acronym, organisation or person explained for the reader."""

    term: str
    """The term as it appears in the text (``BRICS``)."""
    explanation: str
    """One plain sentence that says what it is."""
    first_sentence_id: str | None = None
    """Id of the sentence where the term first appears."""
    origin: str = "glossary"
    """Where the explanation came from: ``article``, ``glossary`` or ``user``."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{term, explanation, first_sentence_id, origin}``."""
        return {"term": self.term, "explanation": self.explanation,
                "first_sentence_id": self.first_sentence_id, "origin": self.origin}


@dataclass(frozen=True)
class Dropped:
    """Text the reader left out on purpose, and why (goes into the report)."""

    text: str
    """The text that was dropped."""
    reason: str
    """Why: ``site header``, ``video timestamp``, ``photo credit`` …"""

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{text, reason}``."""
        return {"text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class Document:
    """One article: metadata, summary and sections, at one reading level."""

    title: str
    """The headline alone, without the site name."""
    sections: tuple[Section, ...] = ()
    """Sections in order; the first may have ``heading=None``."""
    summary: tuple[Paragraph, ...] = ()
    """Standfirst / summary lines, each split into sentences."""
    site_name: str | None = None
    """The publication, when known (``Action News``)."""
    byline: str | None = None
    """Author line without the leading "By"."""
    published: str | None = None
    """Publication date as written or ISO 8601."""
    dateline: str | None = None
    """Place (and agency) the story was filed from: ``WASHINGTON (AP)``."""
    language: str = "en"
    """BCP 47 language tag."""
    source: str | None = None
    """Where the article came from: a path, ``-`` or a URL."""
    source_kind: str | None = None
    """Which reader read it: ``text``, ``html`` or ``markdown``."""
    level: Level = "original"
    """``original`` as read; ``plain`` or ``easy`` after simplification."""
    terms: tuple[Term, ...] = ()
    """Terms explained for the reader (filled by the simplifier)."""
    dropped: tuple[Dropped, ...] = ()
    """Text the reader dropped on purpose, with the reason."""

    # -- walking -------------------------------------------------------------
    def blocks(self) -> Iterator[tuple[Section, Block]]:
        """Every (section, block) pair in reading order."""
        for section in self.sections:
            for block in section.blocks:
                yield section, block

    def sentences(self) -> Iterator[Sentence]:
        """Every sentence of the summary and the text blocks, in reading order."""
        for para in self.summary:
            yield from para.sentences
        for _, block in self.blocks():
            if isinstance(block, (Paragraph, Quote, ListBlock)):
                yield from block.sentences

    def figures(self) -> list[Figure]:
        """All figures in reading order."""
        return [b for _, b in self.blocks() if isinstance(b, Figure)]

    def media(self) -> list[Media]:
        """All media blocks in reading order."""
        return [b for _, b in self.blocks() if isinstance(b, Media)]

    # -- JSON contract -------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: plain types only, stable key order."""
        return {
            "title": self.title,
            "site_name": self.site_name,
            "byline": self.byline,
            "published": self.published,
            "dateline": self.dateline,
            "language": self.language,
            "source": self.source,
            "source_kind": self.source_kind,
            "level": self.level,
            "summary": [p.text for p in self.summary],
            "summary_paragraphs": [p.to_dict() for p in self.summary],
            "sections": [s.to_dict() for s in self.sections],
            "terms": [t.to_dict() for t in self.terms],
            "dropped": [d.to_dict() for d in self.dropped],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Inverse of :meth:`to_dict`; accepts the minimal contract keys too."""
        if "summary_paragraphs" in data:
            summary = tuple(_paragraph(p) for p in data["summary_paragraphs"])
        else:
            summary = tuple(
                Paragraph((Sentence(f"sum{i + 1}", text),))
                for i, text in enumerate(data.get("summary") or []))
        sections = tuple(
            Section(heading=s.get("heading"), level=int(s.get("level") or 2),
                    blocks=tuple(block_from_dict(b) for b in s.get("blocks") or []))
            for s in data.get("sections") or [])
        return cls(
            title=str(data.get("title") or ""),
            sections=sections,
            summary=summary,
            site_name=data.get("site_name"),
            byline=data.get("byline"),
            published=data.get("published"),
            dateline=data.get("dateline"),
            language=str(data.get("language") or "en"),
            source=data.get("source"),
            source_kind=data.get("source_kind"),
            level=data.get("level") or "original",
            terms=tuple(Term(**_known(Term, t)) for t in data.get("terms") or []),
            dropped=tuple(Dropped(**_known(Dropped, d)) for d in data.get("dropped") or []),
        )


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _sentences(data: dict[str, Any]) -> tuple[Sentence, ...]:
    return tuple(Sentence.from_dict(s) for s in data.get("sentences") or [])


def _paragraph(data: dict[str, Any]) -> Paragraph:
    return Paragraph(_sentences(data))


def block_from_dict(data: dict[str, Any]) -> Block:
    """Rebuild one block from its JSON form (dispatch on ``type``)."""
    kind = data.get("type")
    if kind == "paragraph":
        return _paragraph(data)
    if kind == "quote":
        return Quote(_sentences(data), attribution=data.get("attribution"))
    if kind == "list":
        items = tuple(ListItem(_sentences(i)) for i in data.get("items") or [])
        return ListBlock(items, ordered=bool(data.get("ordered")))
    if kind == "figure":
        return Figure(**_known(Figure, data))
    if kind == "media":
        return Media(**_known(Media, data))
    raise ValueError(f"unknown block type {kind!r}")


def number_sentences(doc: Document) -> Document:
    """Give every sentence a fresh id ``s1``, ``s2`` … in reading order.

    Readers build sentences with placeholder ids and call this once at the end,
    so ids depend only on the reading order of the input.
    """
    counter = iter(range(1, 1_000_000_000))

    def renumber(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
        return tuple(Sentence(f"s{next(counter)}", s.text, s.source_ids) for s in sentences)

    def block(b: Block) -> Block:
        if isinstance(b, Paragraph):
            return Paragraph(renumber(b.sentences))
        if isinstance(b, Quote):
            return Quote(renumber(b.sentences), b.attribution)
        if isinstance(b, ListBlock):
            return ListBlock(tuple(ListItem(renumber(i.sentences)) for i in b.items), b.ordered)
        return b

    summary = tuple(Paragraph(renumber(p.sentences)) for p in doc.summary)
    sections = tuple(replace(s, blocks=tuple(block(b) for b in s.blocks)) for s in doc.sections)
    return replace(doc, summary=summary, sections=sections)


__all__ = [
    "Block", "Document", "Dropped", "Figure", "LEVELS", "Level", "ListBlock", "ListItem",
    "Media", "Paragraph", "Quote", "Section", "Sentence", "Term", "TextBlock",
    "block_from_dict", "number_sentences",
]
