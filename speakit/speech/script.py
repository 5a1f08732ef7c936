"""What is said: a ``Document`` becomes a ``SpeechScript`` of chapters and utterances.

Chapter 1 is the title, the summary and the text before the first heading; then
one chapter per section, its heading spoken first; optionally a last chapter
"Words to know". Every utterance carries the exact words to speak (lexicon, then
normalizer: no digits), the written text for captions, and the pause after it.

Pictures are read where they stand as "Picture: …". When alt text and caption
say the same thing (most content words shared) the caption is read: it is
written for readers, while wire alt text carries boilerplate. When one holds the
other, the fuller one is read; when they share little (what the photo shows and
the news around it) both are read, the alt first; in between, the one that adds
more words of its own. Empty, generic ("image") and file-name alt text does not
count, nor alt text that repeats the headline. Credits are never read.

A video or audio block becomes one short note with its title ("The original
article has a video here: …"); the blurb is read only when there is no title
(its first sentence), because the listener cannot play the clip anyway. Its
duration and "4 days ago" are never read.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from ..document import Document, Figure, ListBlock, Media, Paragraph, Quote, Section, Sentence
from ..errors import VoiceError
from .types import Chapter, Role, SpeechScript, Utterance

if TYPE_CHECKING:
    from .lexicon import Lexicon

log = logging.getLogger(__name__)

#: Pause after each role, in milliseconds. ``body`` is the pause between two
#: sentences of a paragraph; ``paragraph`` follows a paragraph's (or list
#: item's, or quote's) last sentence; ``chapter`` follows a chapter's last
#: utterance so chapters are audibly apart. A voice profile overrides any of them.
DEFAULT_PAUSES: dict[str, int] = {
    "title": 1000,
    "summary": 700,
    "heading": 800,
    "body": 350,
    "paragraph": 700,
    "picture": 700,
    "quote": 400,
    "media": 700,
    "terms": 500,
    "chapter": 1200,
}
PAUSE_KEYS: tuple[str, ...] = tuple(DEFAULT_PAUSES)
# Profiles written with the engine helper's names map onto ours.
_PAUSE_ALIASES = {"sentence": "body", "sentence_pause_ms": "body",
                  "paragraph_pause_ms": "paragraph", "chapter_pause_ms": "chapter"}
# A pause longer than this is a typo in a profile (seconds instead of ms?).
MAX_PAUSE_MS = 10_000

WORDS_TO_KNOW = "Words to know"
PICTURE_PREFIX = "Picture: "

_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def build_script(doc: Document, *, lexicon: Lexicon | None = None,
                 pauses: Mapping[str, int] | None = None, media_notes: bool = True,
                 words_to_know: bool = False, normalize_text: bool = True) -> SpeechScript:
    """Turn a document into chapters of utterances: what is said, in order, with pauses."""
    builder = _Builder(
        pauses=resolve_pauses(pauses),
        lexicon=lexicon,
        normalizer=_load_normalizer() if normalize_text else None,
        language=doc.language or "en",
    )
    chapters: list[Chapter] = []

    intro_sections, rest = _split_intro(doc.sections)
    intro: list[Utterance] = []
    if doc.title.strip():
        intro += builder.say(doc.title, "title")
    for para in doc.summary:
        intro += builder.sentences(para.sentences, "summary",
                                   last_pause=max(builder.pause("summary"),
                                                  builder.pause("paragraph")))
    for section in intro_sections:
        intro += builder.blocks(section, doc.title, media_notes)
    chapters += _chapter(doc.title.strip() or "Introduction", intro, builder)

    for section in rest:
        heading = (section.heading or "").strip()
        utterances = builder.say(heading, "heading") + builder.blocks(section, doc.title,
                                                                       media_notes)
        chapters += _chapter(heading, utterances, builder)

    if words_to_know:
        said: list[Utterance] = []
        for term in doc.terms:
            if _speakable(term.term):
                said += builder.say(_term_line(term.term, term.explanation), "terms")
        if said:
            chapters += _chapter(WORDS_TO_KNOW, builder.say(WORDS_TO_KNOW, "heading") + said,
                                 builder)

    return SpeechScript(title=doc.title, chapters=tuple(chapters), language=doc.language,
                        site_name=doc.site_name, byline=doc.byline)


def resolve_pauses(pauses: Mapping[str, int] | None = None) -> dict[str, int]:
    """The pause table: defaults overridden by ``pauses`` (role names, ``paragraph``, ``chapter``)."""
    table = dict(DEFAULT_PAUSES)
    for key, value in (pauses or {}).items():
        name = _PAUSE_ALIASES.get(key, key)
        if name not in table:
            log.debug("ignoring unknown pause key %s", key)
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not 0 <= value <= MAX_PAUSE_MS:
            raise VoiceError(
                f"Pause {key!r} = {value!r} is not a number of milliseconds between 0 and "
                f"{MAX_PAUSE_MS}; fix it in the voice profile (for example {key} = "
                f"{DEFAULT_PAUSES[name]}).")
        table[name] = int(value)
    return table


def pauses_from_profile(profile: Any) -> dict[str, int]:
    """The ``pauses`` mapping for a voice profile: its role pauses plus sentence/paragraph ones."""
    table: dict[str, int] = dict(getattr(profile, "pauses", None) or {})
    for attribute, key in (("sentence_pause_ms", "body"), ("paragraph_pause_ms", "paragraph"),
                           ("chapter_pause_ms", "chapter")):
        value = getattr(profile, attribute, None)
        if value is not None:
            table[key] = value
    return table


def script_to_dict(script: SpeechScript) -> dict[str, Any]:
    """JSON form: ``{title, language, chapters[{title, utterances[{text, role, …}]}]}``."""
    return {
        "title": script.title,
        "language": script.language,
        "chapters": [
            {"title": chapter.title,
             "utterances": [{"text": u.text, "role": u.role, "pause_ms": u.pause_ms,
                             "sentence_id": u.sentence_id, "display": u.display}
                            for u in chapter.utterances]}
            for chapter in script.chapters
        ],
    }


def format_script(script: SpeechScript) -> str:
    """The script for a person to review: chapter headings, then role, pause and words."""
    lines = [f"{script.title.strip() or '(untitled)'}  ({script.language}, {len(script.chapters)} chapters, "
             f"{sum(len(c.utterances) for c in script.chapters)} utterances)"]
    every = [u for chapter in script.chapters for u in chapter.utterances]
    # One column width for the whole script, so the spoken words line up everywhere.
    tag_w = max((len(_tag(u)) for u in every), default=0)
    id_w = max((len(u.sentence_id or "") for u in every), default=0)
    for number, chapter in enumerate(script.chapters, 1):
        lines += ["", f"Chapter {number}: {chapter.title}"]
        for u in chapter.utterances:
            lines.append(f"  {_tag(u):<{tag_w}} {u.sentence_id or '':<{id_w}}  {u.text}".rstrip())
    return "\n".join(lines) + "\n"


def _tag(utterance: Utterance) -> str:
    return f"[{utterance.role} {utterance.pause_ms}ms]"


# -- pictures -------------------------------------------------------------------

def picture_description(figure: Figure, title: str = "") -> str:
    """What to say for a picture: alt or caption (never two saying the same), no credit."""
    alt = _clean_description(figure.alt, figure.credit)
    caption = _clean_description(figure.caption, figure.credit)
    if _useless_alt(alt) or (caption and title and _same_thing(alt, title)):
        alt = ""
    if not alt or not caption:
        return alt or caption
    alt_in_caption, caption_in_alt = _coverage(alt, caption)
    if alt_in_caption >= 0.5 and caption_in_alt >= 0.5:
        # They say the same thing; the caption is written for readers of the page,
        # the alt is often wire-service boilerplate ("in this handout picture released by").
        return caption
    if caption_in_alt >= 0.7:
        return alt
    if alt_in_caption >= 0.7:
        return caption
    if max(alt_in_caption, caption_in_alt) < 0.4:
        return f"{_end_sentence(alt)} {caption}"
    # Partly the same: read the one that tells more the other does not.
    alt_words, caption_words = _content_words(alt), _content_words(caption)
    if len(alt_words - caption_words) > len(caption_words - alt_words):
        return alt
    return caption


_AGENCY_BRACKET_RE = re.compile(
    r"\s*[(\[][^()\[\]]{0,120}\b(?:Reuters|AP|AFP|Getty|EPA|Photo|Pool|via|Handout|KCNA|"
    r"Shutterstock|Alamy|Bloomberg|Xinhua|Yonhap|Sputnik|TASS|Credit|Courtesy)\b[^()\[\]]{0,120}"
    r"[)\]]\s*\.?\s*$")
_LABEL_PREFIX_RE = re.compile(r"^(?:photo|image|picture|photograph|caption|alt)\s*[:|-]\s*", re.I)
_FILENAME_RE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)$", re.I)
_GENERIC_ALT_RE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:image|photo|photograph|picture|img|graphic|thumbnail|placeholder|"
    r"untitled|figure|illustration|logo|icon|banner)(?:\s+(?:of\s+)?(?:the\s+)?"
    r"(?:article|story|news|post|author|\d+))?\.?$", re.I)


def _clean_description(text: str, credit: str) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    credit = credit.strip()
    if len(credit) >= 2:
        # The reader split the credit off, but it can survive in brackets or at the
        # end of alt text. Elsewhere the name is part of the sentence ("Northbridge
        # Hydro crews replace …") and stays.
        escaped = re.escape(credit)
        text = re.sub(r"\s*[(\[]\s*" + escaped + r"\s*[)\]]", "", text)
        text = re.sub(r"(?:[,;|/–—-]|\bby|\bPhoto:?|\bCredit:?)\s*" + escaped + r"\s*\.?\s*$", "",
                      text, flags=re.I)
    text = _AGENCY_BRACKET_RE.sub("", text)
    text = _LABEL_PREFIX_RE.sub("", text)
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip(" |-–—,;:").strip()


def _useless_alt(alt: str) -> bool:
    if not alt:
        return True
    if _FILENAME_RE.match(alt) or _GENERIC_ALT_RE.match(alt):
        return True
    # "IMG_2041", "DSC00012", "hero-image-3": a file or slot name, not a description.
    return " " not in alt and bool(re.search(r"[\d_]", alt))


_STOPWORDS = frozenset("""
a an the and or but of in on at to for from by with as is are was were be been being it its
this that these those there here he she they we you i his her their our your my who whom which
what when where while into onto over under after before during about than then so not no yes
has have had do does did will would can could may might shall should also just very seen shows
show view image picture photo photograph
""".split())
_MONTHS = {"jan": "january", "feb": "february", "mar": "march", "apr": "april",
           "jun": "june", "jul": "july", "aug": "august", "sep": "september",
           "sept": "september", "oct": "october", "nov": "november", "dec": "december"}


def _content_words(text: str) -> set[str]:
    # A five-letter stem makes "Russia's"/"Russian" and "Korea"/"Korean" one word,
    # which is all two descriptions of the same photo need to be recognised.
    words = re.findall(r"[^\W_]+", re.sub(r"['’]s\b", "", text.lower()))
    out = set()
    for word in words:
        word = _MONTHS.get(word, word)
        if word in _STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        out.add(word if word.isdigit() else word[:5])
    return out


def _all_words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", text.lower()))


def _coverage(a: str, b: str) -> tuple[float, float]:
    """(share of a's content words found in b, share of b's found in a)."""
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        # Only small words ("It is."): compare all the words instead.
        wa, wb = _all_words(a), _all_words(b)
        if not wa or not wb:
            return 0.0, 0.0
    common = len(wa & wb)
    return common / len(wa), common / len(wb)


def _same_thing(a: str, b: str) -> bool:
    if not a or not b:
        return False
    ca, cb = _coverage(a, b)
    return ca >= 0.5 and cb >= 0.5


# -- media ----------------------------------------------------------------------

_MEDIA_NOISE_RE = re.compile(
    r"^(?:WATCH|LISTEN|VIDEO|AUDIO|PODCAST)\s*[|:]\s*"
    r"|\bDuration\s*:?\s*\d{1,2}(?::\d{2}){1,2}\b"
    r"|\b\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\b(?:\d{1,2}:)?\d{1,2}:\d{2}\b",
    re.I)
_MEDIA_KINDS = {"video": "a video", "audio": "an audio clip", "podcast": "an audio clip"}


def media_note(media: Media) -> str:
    """The short note read where the original has a video or audio clip (written form)."""
    what = _MEDIA_KINDS.get(media.kind.lower(), "a media clip")
    title = _strip_media_noise(media.title)
    if not title:
        # No title: the first sentence of the blurb says what the clip is about.
        blurb = _strip_media_noise(media.description)
        title = re.split(r"(?<=[.!?])\s+", blurb)[0] if blurb else ""
    if not title:
        return f"The original article has {what} here."
    return f"The original article has {what} here: {_end_sentence(title)}"


def _strip_media_noise(text: str) -> str:
    text = _MEDIA_NOISE_RE.sub(" ", re.sub(r"\s+", " ", text or ""))
    return re.sub(r"\s+", " ", text).strip(" |-–—:")


# -- building -------------------------------------------------------------------

@dataclass(frozen=True)
class _Builder:
    pauses: dict[str, int]
    lexicon: Lexicon | None
    normalizer: Callable[[str, str], str] | None
    language: str

    def pause(self, key: str) -> int:
        return self.pauses[key]

    def spoken(self, written: str) -> str:
        text = written
        if self.lexicon is not None:
            text = self.lexicon.apply(text)
        if self.normalizer is not None:
            text = self.normalizer(text, self.language)
            if re.search(r"\d", text):
                # The normalizer should never leave a digit; say each one rather
                # than let the engine guess, and leave a trace to fix the rule.
                log.warning("normalizer left digits in %r; spelling them out", text)
                text = re.sub(r"\d", lambda m: f" {_DIGIT_WORDS[int(m.group())]} ", text)
        return re.sub(r"\s+", " ", text).strip()

    def say(self, written: str, role: Role, *, pause: int | None = None,
            sentence_id: str | None = None) -> list[Utterance]:
        """One utterance, or none when there is nothing to hear."""
        written = re.sub(r"\s+", " ", written or "").strip()
        if not _speakable(written):
            return []
        text = self.spoken(written)
        if not _speakable(text):
            return []
        return [Utterance(text=text, role=role,
                          pause_ms=self.pause(role) if pause is None else pause,
                          sentence_id=sentence_id, display=written)]

    def sentences(self, sentences: Iterable[Sentence], role: Role, *,
                  last_pause: int) -> list[Utterance]:
        """One utterance per sentence; the last gets ``last_pause``."""
        out: list[Utterance] = []
        for sentence in sentences:
            out += self.say(sentence.text, role, sentence_id=sentence.id or None)
        if out:
            out[-1] = _with_pause(out[-1], last_pause)
        return out

    def blocks(self, section: Section, title: str, media_notes: bool) -> list[Utterance]:
        """Every block of a section, in reading order (the heading is said by the caller)."""
        out: list[Utterance] = []
        paragraph = self.pause("paragraph")
        for block in section.blocks:
            if isinstance(block, Paragraph):
                out += self.sentences(block.sentences, "body", last_pause=paragraph)
            elif isinstance(block, Quote):
                said = self.sentences(block.sentences, "quote",
                                      last_pause=max(self.pause("quote"), paragraph))
                attribution = (block.attribution or "").strip().lstrip("-–—― ").strip()
                if said and attribution:
                    said += self.say(f"Said by {_end_sentence(attribution)}", "quote",
                                     pause=max(self.pause("quote"), paragraph))
                out += said
            elif isinstance(block, ListBlock):
                for item in block.items:
                    out += self.sentences(item.sentences, "body", last_pause=paragraph)
            elif isinstance(block, Figure):
                description = picture_description(block, title)
                if description:
                    out += self.say(PICTURE_PREFIX + _end_sentence(description), "picture")
            elif isinstance(block, Media):
                if media_notes:
                    out += self.say(media_note(block), "media")
            else:  # pragma: no cover - the document model has no other block
                log.debug("skipping unknown block %r", block)
        return out


def _chapter(title: str, utterances: list[Utterance], builder: _Builder) -> list[Chapter]:
    """A chapter, its last pause lengthened; none when nothing in it is heard."""
    if not utterances:
        return []
    last = utterances[-1]
    utterances[-1] = _with_pause(last, max(last.pause_ms, builder.pause("chapter")))
    return [Chapter(title=title, utterances=tuple(utterances))]


def _split_intro(sections: tuple[Section, ...]) -> tuple[list[Section], list[Section]]:
    """(sections read in chapter 1, sections that are their own chapter)."""
    intro: list[Section] = []
    rest: list[Section] = []
    for section in sections:
        # A heading with nothing to say ("—", "***") is a divider, not a chapter.
        if _speakable(section.heading or ""):
            rest.append(section)
        elif rest:
            # Text without a heading after a heading belongs to the chapter before it.
            rest[-1] = Section(heading=rest[-1].heading, level=rest[-1].level,
                               blocks=rest[-1].blocks + section.blocks)
        else:
            intro.append(section)
    return intro, rest


def _with_pause(utterance: Utterance, pause_ms: int) -> Utterance:
    return replace(utterance, pause_ms=pause_ms)


def _term_line(term: str, explanation: str) -> str:
    term, explanation = term.strip(), explanation.strip()
    if not explanation:
        return _end_sentence(term)
    return f"{term}: {_end_sentence(explanation)}"


def _end_sentence(text: str) -> str:
    text = text.strip()
    if text and text[-1] not in ".!?…" and not (text[-1] in "\"'”’)" and
                                                 len(text) > 1 and text[-2] in ".!?"):
        return text + "."
    return text


def _speakable(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _load_normalizer() -> Callable[[str, str], str]:
    from .normalize import normalize

    return lambda text, language: normalize(text, language=language)


__all__ = ["DEFAULT_PAUSES", "PAUSE_KEYS", "build_script", "format_script", "media_note",
           "pauses_from_profile",
           "picture_description", "resolve_pauses", "script_to_dict"]
