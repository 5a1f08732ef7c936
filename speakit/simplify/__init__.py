"""Simplifier: plain-language and easy-read text from a ``Document``, offline and rule-based.

``simplify(doc, level)`` splits long sentences (quotations stay verbatim), swaps
hard words for plain ones, drops filler words (``very``; at easy also ``currently``,
``also``), writes one name for one thing, refers to a person by the short name the
article uses after the first full mention, and explains terms at their first use.
Easy goes further: more sentence rules (one idea per sentence: ``but`` + verb,
``there is no doubt that``, ``and especially``, a trailing place), the speaker
first, and everyday hard words (glossary kind ``word``) explained too.
Picture descriptions (alt text, caption) get the plain sentence rules and plain words, and
``captions`` gives a wire caption's source and date their own sentence.
``facts.compare`` checks that no number, name or quote was lost.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, cast

from ..document import (Block, Document, Figure, Level, ListBlock, ListItem, Paragraph, Quote,
                        Section, Sentence, Term)
from ..errors import SimplifyError

if TYPE_CHECKING:
    from .glossary import Glossary
    from .sentences import Context
    from .terms import Matcher

log = logging.getLogger(__name__)

LEVELS: tuple[str, ...] = ("plain", "easy")
"""The levels ``simplify`` accepts."""

# A sentence that leans on the one before (a pronoun, "There,", a quote going on) keeps
# its neighbour: explanations wait until after it.
_PRONOUN_START = re.compile(r"^(?:(?:He|She|It|They|His|Her|Its|Their|Him|Them|This|These|Those|That|"
                            r"Both)\b|(?:But|And|So|Yet|Then|Later|Still)\s+(?:he|she|it|they|his|her|its|their|this|these|"
                            r"those)\b|There,|In it,|This was at\b|The \w+ is that of\b|[\"“])")


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise SimplifyError(f"Unknown level {level!r}; choose one of: {', '.join(LEVELS)}.")


@dataclass
class _Run:
    """State shared while one document is simplified, in reading order."""

    ctx: Context
    matcher: Matcher
    glossary: Glossary
    definitions: dict[str, tuple[str, str]]
    names: dict[str, str]
    terms: list[Term] = field(default_factory=list)
    explained: set[str] = field(default_factory=set)
    sources: dict[str, str] = field(default_factory=dict)
    """Source sentence id → the text of the unit it was read in."""
    notes: dict[str, int] = field(default_factory=dict)
    """Source sentence id → explanation sentences made so far (for ``s5.x1`` ids)."""
    everything: str = ""
    """Every text of the document, to tell whether an acronym is used again."""


def simplify(doc: Document, level: str = "plain",
             glossary: str | os.PathLike[str] | None = None) -> Document:
    """A new Document at ``level`` (``plain`` or ``easy``): short sentences, plain words, terms explained."""
    from . import glossary as glossary_mod
    from .sentences import Context, find_people
    from .terms import Matcher, article_definitions, canonical_names

    _check_level(level)
    gl = glossary_mod.load(glossary)
    figures = doc.figures()
    body = [s.text for s in doc.sentences()]
    fig_texts = [t for f in figures for t in (f.alt, f.caption) if t]
    people = find_people(body + fig_texts)
    for entry in gl.entries:
        if entry.kind == "person":
            for spelling in entry.spellings:
                people.add(spelling)
                people.add(spelling.split()[-1])
    ctx = Context(level=level, people=people)
    definitions = article_definitions(_quote_joined(doc) + fig_texts, people)
    user_terms = [e for e in gl.entries if e.origin == "user"]
    matcher = Matcher(gl, extra=list(definitions))
    run = _Run(ctx=ctx, matcher=matcher, glossary=gl, definitions=definitions,
               names=canonical_names(body, [doc.title] + fig_texts),
               everything="\n".join([doc.title, *body, *fig_texts, *(f.credit for f in figures)]))
    log.debug("simplify: level=%s people=%s user terms=%s", level, len(people), len(user_terms))

    summary = tuple(Paragraph(tuple(_sentences(p.sentences, run))) for p in doc.summary)
    sections: list[Section] = []
    for section in doc.sections:
        blocks: list[Block] = []
        for block in section.blocks:
            blocks += _block(block, run)
        sections.append(replace(section, blocks=tuple(_notes_across_paragraphs(blocks))))
    _figure_terms(figures, run)
    summary, sections = _later_mentions(summary, sections, people, body)
    return replace(doc, level=cast(Level, level), summary=summary, sections=tuple(sections),
                   terms=tuple(run.terms))


def _later_mentions(summary: tuple[Paragraph, ...], sections: list[Section], people: set[str],
                    body: list[str]) -> tuple[tuple[Paragraph, ...], list[Section]]:
    """Second and later mentions of a person by the short name, in reading order."""
    from .mentions import Mentions

    mentions = Mentions(people, body)

    def fix(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
        return tuple(replace(s, text=mentions.rewrite(s.text)) for s in sentences)

    new_summary = tuple(Paragraph(fix(p.sentences)) for p in summary)
    new_sections = []
    for section in sections:
        blocks: list[Block] = []
        for block in section.blocks:
            if isinstance(block, Paragraph):
                blocks.append(Paragraph(fix(block.sentences)))
            elif isinstance(block, ListBlock):
                blocks.append(ListBlock(tuple(ListItem(fix(i.sentences)) for i in block.items), block.ordered))
            else:
                blocks.append(block)
        new_sections.append(replace(section, blocks=tuple(blocks)))
    return new_summary, new_sections


def _quote_joined(doc: Document) -> list[str]:
    # A quote split over sentences is read as one unit, so definitions see who said it.
    out = []
    for para in doc.summary:
        out += [" ".join(s.text for s in unit) for unit in _quote_units(para.sentences)]
    for _, block in doc.blocks():
        if isinstance(block, (Paragraph, ListBlock)):
            out += [" ".join(s.text for s in unit) for unit in _quote_units(block.sentences)]
    return out


def _block(block: Block, run: _Run) -> list[Block]:
    if isinstance(block, Paragraph):
        return [Paragraph(tuple(_sentences(block.sentences, run)))]
    notes: list[Sentence] = []
    if isinstance(block, ListBlock):
        # An item stays the item it was: explanations of its words follow the list, in a paragraph.
        items: list[ListItem] = []
        for item in block.items:
            made = _sentences(item.sentences, run)
            items.append(ListItem(tuple(s for s in made if ".x" not in s.id)))
            notes += [s for s in made if ".x" in s.id]
        return _then_notes(ListBlock(tuple(items), block.ordered), notes)
    if isinstance(block, Quote):
        # A block quotation is verbatim: explanations follow it in a paragraph of their own.
        kept = tuple(Sentence(s.id, s.text, (s.id,)) for s in block.sentences)
        for s in kept:
            notes += _explain(s, run)
        return _then_notes(Quote(kept, block.attribution), notes)
    if isinstance(block, Figure):
        return [_figure(block, run)]
    return [block]


def _then_notes(block: Block, notes: list[Sentence]) -> list[Block]:
    """The block, then its explanation sentences as a paragraph of their own (when there are any)."""
    return [block, Paragraph(tuple(notes))] if notes else [block]


_LEANS_BACK = re.compile(r"^(?:(?:He|She|They|It|His|Her|Their|Its)\b|[\"“][^\"”]*[\"”],?\s+(?:he|she|they)\b)")


def _notes_across_paragraphs(blocks: list[Block]) -> list[Block]:
    """Explanations that end a paragraph move past the next paragraph's first sentence when it
    opens with a pronoun ("He said …"), so the pronoun still points at the right person."""
    out = list(blocks)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (isinstance(a, Paragraph) and isinstance(b, Paragraph) and b.sentences):
            continue
        k = len(a.sentences)
        while k > 0 and ".x" in a.sentences[k - 1].id:
            k -= 1
        notes = a.sentences[k:]
        if not notes or k == 0 or not _LEANS_BACK.match(b.sentences[0].text):
            continue
        # Past the whole run that leans back: a quote going on, "She added …".
        j = 1
        while j < len(b.sentences) and _PRONOUN_START.match(b.sentences[j].text):
            j += 1
        out[i] = Paragraph(a.sentences[:k])
        out[i + 1] = Paragraph((*b.sentences[:j], *notes, *b.sentences[j:]))
    return out


_TITLE_ONLY = re.compile(r"^(?:Coun|Sen|Rep|Dr|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Mr|Mrs|Ms|St|Insp|Supt|Cllr)\.$")


def _quote_units(sentences: tuple[Sentence, ...]) -> list[list[Sentence]]:
    """Group sentences so a quotation the reader split over several sentences stays together."""
    units: list[list[Sentence]] = []
    open_quote = False
    for s in sentences:
        if (open_quote or units and _TITLE_ONLY.match(units[-1][-1].text)) and units:
            units[-1].append(s)  # a quote goes on, or "Coun." was cut off from its name
        else:
            units.append([s])
        marks = s.text.count('"') + s.text.count("“") + s.text.count("”")
        if marks % 2 == 1:
            open_quote = not open_quote
    return units


def _sentences(sentences: tuple[Sentence, ...], run: _Run) -> list[Sentence]:
    from .sentences import split_sentence

    out: list[Sentence] = []
    for unit in _quote_units(sentences):
        ids = tuple(s.id for s in unit)
        text = " ".join(s.text for s in unit)
        for i in ids:
            run.sources[i] = text
        from .terms import drop_spelled_out_acronyms
        # A bracket that only spells out an acronym nobody uses again goes before the split rules look.
        bare = drop_spelled_out_acronyms(text, _without(run.everything, text) if len(unit) == 1 else run.everything)
        pieces = [_polish(p, run) for p in split_sentence(bare, run.ctx)]
        pieces = [p for p in pieces if p.strip()]
        if len(unit) > 1 and pieces == [_polish(s.text, run) for s in unit]:
            made = [Sentence(s.id, t, (s.id,)) for s, t in zip(unit, pieces)]
        elif len(pieces) == 1 and len(unit) == 1:
            made = [Sentence(ids[0], pieces[0], ids)]
        else:
            made = [Sentence(f"{ids[0]}.{k}", p, ids) for k, p in enumerate(pieces, start=1)]
        out += made
    return _with_explanations(out, run)


def _polish(text: str, run: _Run) -> str:
    """Plain words (never in quotes, names or terms to explain) and one spelling per name."""
    from .terms import drop_spelled_out_acronyms, unify_names
    from .words import drop_fillers, swap_words

    text = drop_spelled_out_acronyms(text, _without(run.everything, text))
    # Terms are found after the cuts: positions found before them would point at other words.
    text = drop_fillers(text, run.ctx.level)
    # Only terms this level explains are kept as they are; plain does not explain everyday
    # hard words (glossary kind "word"), so those take their plain swap ("vast" → "huge").
    protected = [(a, b) for a, b, spelling in run.matcher.find(text) if _explained_here(spelling, run)]
    text, _ = swap_words(text, protected=protected)
    return unify_names(text, run.names)


def _explained_here(spelling: str, run: _Run) -> bool:
    entry = run.matcher.entry(spelling)
    return entry is None or entry.kind != "word" or run.ctx.level == "easy"


def _without(everything: str, text: str) -> str:
    # The other texts: the piece itself may be one of them, or a part of one.
    return everything.replace(text, " ", 1)


def _with_explanations(sentences: list[Sentence], run: _Run) -> list[Sentence]:
    out: list[Sentence] = []
    pending: list[Sentence] = []
    for s in sentences:
        # Pieces of one source sentence stay together ("… traded X. But there is no proof of that."):
        # a note between them would become what "that" points at.
        same_source = bool(out) and bool(s.source_ids) and out[-1].source_ids == s.source_ids
        if pending and not same_source and not _PRONOUN_START.match(s.text):
            out += pending
            pending = []
        out.append(s)
        pending += _explain(s, run)
    return out + pending


def _explain(s: Sentence, run: _Run) -> list[Sentence]:
    """Explanation sentences for terms first used in ``s`` (ids ``s5.x1`` …)."""
    from .sentences import split_paragraph, split_sentence
    from .terms import unify_names

    source = s.source_ids[0] if s.source_ids else s.id
    notes: list[Sentence] = []
    seen_here: set[str] = set()
    for spelling in _with_inner_acronyms(s.text, run):
        found = _explanation_for(spelling, s, run)
        if found is None:
            continue
        key, term_text, explanation, origin, inline = found
        if key in run.explained or key in seen_here:
            continue
        seen_here.add(key)
        run.explained.add(key)
        explanation = unify_names(explanation, run.names)
        run.terms.append(Term(term_text, explanation, s.id, origin))
        if inline:
            continue
        texts = split_paragraph(explanation)
        if origin == "article" and run.ctx.level == "easy":
            # The article's own words can be long ("X is a fellow at Y in Z"): the easy rules apply.
            texts = [piece for text in texts for piece in split_sentence(text, run.ctx)]
        for text in texts:
            notes.append(Sentence(f"{source}.x{_next_x(source, run)}", text, (source,)))
    return notes


def _with_inner_acronyms(text: str, run: _Run) -> list[str]:
    """Terms in ``text``; an acronym inside a longer term (``UN`` in ``UN Security Council``) comes first."""
    from .terms import find_acronyms

    out: list[str] = []
    for _a, _b, spelling in run.matcher.find(text):
        if " " in spelling:
            for acronym in find_acronyms(spelling):
                if acronym != spelling and run.matcher.entry(acronym) is not None:
                    out.append(acronym)
        out.append(spelling)
    return out


def _next_x(source: str, run: _Run) -> int:
    run.notes[source] = run.notes.get(source, 0) + 1
    return run.notes[source]


def _explanation_for(spelling: str, s: Sentence, run: _Run) -> tuple[str, str, str, str, bool] | None:
    """(key, term, explanation, origin, inline) for a spelling found in a sentence."""
    from .terms import unify_names

    entry = run.matcher.entry(spelling)
    if not _explained_here(spelling, run):
        return None  # an everyday hard word: plain readers know it; easy-read explains it
    term_text = unify_names(spelling, run.names)
    key = entry.term if entry is not None else spelling
    if entry is not None and entry.origin == "user":
        return key, term_text, entry.explanation_in(s.text, run.everything), "user", False
    definition = None
    for name in ([spelling] + ([entry.term, *entry.aliases] if entry is not None else [])):
        if name in run.definitions:
            definition = run.definitions[name]
            break
    if definition is not None:
        explanation, where = definition
        inline = _same_source(where, s, run)
        return key, term_text, explanation, "article", inline
    if entry is not None:
        return key, term_text, entry.explanation_in(s.text, run.everything), "glossary", False
    return None


def _same_source(where: str, s: Sentence, run: _Run) -> bool:
    """True when the article defines the term in the very sentence this piece came from."""
    source = s.source_ids[0] if s.source_ids else s.id
    return run.sources.get(source) == where


def _figure(fig: Figure, run: _Run) -> Figure:
    """Alt text and caption in short sentences with plain words and one name per thing; credit untouched."""
    return replace(fig, alt=_picture_text(fig.alt, run), caption=_picture_text(fig.caption, run))


def _picture_text(text: str, run: _Run) -> str:
    from .captions import caption_sentences
    from .sentences import split_paragraph, split_sentence

    # The plain rules only: easy's "X is the president." first would push the scene back.
    ctx = replace(run.ctx, level="plain", last_resort=False)
    pieces = [p for s in split_paragraph(text) for c in caption_sentences(s, run.ctx.level)
              for p in split_sentence(c, ctx)]
    return " ".join(_polish(p, run) for p in pieces)


def _figure_terms(figures: list[Figure], run: _Run) -> None:
    """Terms only the pictures use (``KCNA`` in a credit) still go into Words to know."""
    for fig in figures:
        for text in (fig.alt, fig.caption, fig.credit):
            for _a, _b, spelling in run.matcher.find(text):
                entry = run.matcher.entry(spelling)
                if entry is None or not (entry.kind == "acronym" or spelling.isupper()):
                    continue
                if entry.term in run.explained:
                    continue
                run.explained.add(entry.term)
                origin = "user" if entry.origin == "user" else "glossary"
                run.terms.append(Term(entry.term, entry.explanation_in(text, run.everything), None, origin))


def simplify_text(text: str, level: str = "plain") -> str:
    """Simplify one paragraph of text (sentence rules and plain words; no glossary notes)."""
    from .sentences import Context, find_people, split_paragraph, split_sentence
    from .terms import drop_spelled_out_acronyms
    from .words import drop_fillers, swap_words

    _check_level(level)
    text = drop_spelled_out_acronyms(text)
    sentences = split_paragraph(text)
    ctx = Context(level=level, people=find_people(sentences))
    out = []
    for sentence in sentences:
        for piece in split_sentence(sentence, ctx):
            out.append(swap_words(drop_fillers(piece, level))[0])
    return " ".join(out)


__all__ = ["LEVELS", "simplify", "simplify_text"]
