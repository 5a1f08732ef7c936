"""Trim: the asides and empty words an easy-read editor cuts, never a number, a quote or a clause.

Each cut is one a human editor of news makes (the ASSET references make them
most often; see benchmarks/asset_bench.py):

* **asides** — a bracket with no number, quote, formula or acronym that only says
  again what came before: a one-word gloss (``maize (makai)``), a restatement
  (``(or dollars)``, ``(namely, protons)``), photo furniture (``(pictured)``), or another name:
  a translation (``(German: München)``), a scientific name, an ``also known as``
  spelling, a repeat (``Village Phone (Polli Phone)``); the same second name
  between commas (``, also known as British Bulldog,``). A later or former name
  (``now Square Enix``) is news and stays;
* **openers** — "It should be noted that"; at easy also an additive connective
  that only says "and" (``Moreover,``, ``In addition,``, ``Indeed``);
* **intensifiers and hedges** — a degree word grading the next word
  (``a highly unusual case``), ``widely``/``generally`` before ``regarded``/``used``,
  ``therefore``/``thus`` inside a clause, ``a total of 41`` → ``41``;
* **time words** (easy) — ``later``/``then`` between subject and verb, a closing
  ``as well`` (like ``also``);
* **serial comma** — news style (AP): ``red, white and blue``, only in a simple series.

Text in quotation marks is never touched, every number stays, and a cut never
removes a clause with its own verb and object. ``trim_cuts`` returns what it
cut, so a report can show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .facts import extract_names, extract_numbers, quote_spans


@dataclass(frozen=True)
class Cut:
    """One piece of text the trimmer removed."""

    rule: str
    """Which rule cut it: ``aside``, ``connective``, ``intensifier``, ``time``, ``hedge``, ``filler``,
    ``serial comma``."""
    text: str
    """The text removed, as it was."""


# -- asides ---------------------------------------------------------------------

_LANGUAGES = frozenset("""
Afrikaans Albanian Amharic Arabic Aramaic Armenian Assamese Azerbaijani Basque Belarusian Bengali
Bosnian Breton Bulgarian Burmese Cantonese Catalan Chinese Cornish Croatian Czech Danish Dutch English
Esperanto Estonian Faroese Filipino Finnish Flemish French Frisian Gaelic Galician Georgian German
Greek Gujarati Hausa Hawaiian Hebrew Hindi Hungarian Icelandic Igbo Indonesian Irish Italian Japanese
Javanese Kannada Kazakh Khmer Korean Kurdish Kyrgyz Lao Latin Latvian Lithuanian Luxembourgish
Macedonian Malay Malayalam Maltese Mandarin Manx Maori Marathi Mongolian Nepali Norse Norwegian
Occitan Pashto Persian Farsi Polish Portuguese Punjabi Quechua Romanian Romani Russian Sami Samoan
Sanskrit Scots Serbian Serbo-Croatian Sindhi Sinhala Slovak Slovenian Somali Spanish Swahili Swedish
Tagalog Tajik Tamil Tatar Telugu Thai Tibetan Tigrinya Turkish Turkmen Ukrainian Urdu Uyghur Uzbek
Vietnamese Welsh Xhosa Yiddish Yoruba Zulu
""".split())
"""Language names: a bracket that starts with one is a translation (``(German: München)``)."""

# A bracket that only gives another name or spelling for what came before it.
_ALIAS = re.compile(
    r"^(?:(?:also|sometimes|often|commonly|alternatively|better|locally|popularly)\s+)?"
    r"(?:known\s+as|called|spelt|spelled|spelled\s+as|written(?:\s+as)?|abbreviated(?:\s+as|\s+to)?|"
    r"nicknamed|styled|romani[sz]ed(?:\s+as)?|transliterated(?:\s+as)?|pronounced|"
    r"a\.k\.a\.|aka|né|née|or|lit\.|literally|meaning|pronunciation|short\s+for)(?![\w-])",
    re.IGNORECASE)
_VARIETY = r"(?:(?:Old|Middle|Modern|Ancient|Classical|Standard|Medieval|Late|Vulgar|Brazilian|European)\s+)?"
# "(German: München)", "(Latin for ...)", "(from Greek ...)", "(in Welsh, ...)"
_TRANSLATION = re.compile(r"^(?:(?:from|in)\s+(?:the\s+)?" + _VARIETY + r"([A-Z][a-z-]+)(?:\s+language)?(?=\s*[:,]|\s+[^\sA-Z]|\s*$)|"
                          + _VARIETY + r"([A-Z][a-z-]+)(?:\s+language)?(?:\s*:|\s+for\b))")

# Words that make a bracket a clause of its own (a verb with its own subject or object),
# which carries content: "(in areas without districts a zero is used instead)".
_CLAUSE_WORDS = frozenset("""
is are was were be been being am has have had will would can could may might must shall should
do does did which who whom whose that where when while because although though unless if
assuming since whereas
""".split())

_RANKS = frozenset("Family Subfamily Genus Order Suborder Tribe Class Phylum Species Superfamily".split())
_BRACKET = re.compile(r"\s*\(([^()]*)\)")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]s?\b|\b[A-Z]\.(?:[A-Z]\.)+")
_MAX_ASIDE_WORDS = 10


def _scientific_name(words: list[str]) -> bool:
    """``Equus ferus``: a genus and a species, two words no everyday English list knows."""
    from .frequency import is_rare

    if len(words) == 2 and words[0] in _RANKS and words[1][:1].isupper() and is_rare(words[1].lower()):
        return True  # "(Family Hynobiidae)": the Latin name of a group
    if len(words) != 2 or not words[0][:1].isupper() or not words[0][1:].islower() or not words[1].islower():
        return False
    return is_rare(words[0].lower()) and is_rare(words[1])


_RENAMED = frozenset("now later then formerly previously originally once since until".split())


def _repeats(words: list[str], before: str) -> bool:
    """True when every name in the bracket repeats a name just before it ("Village Phone (Polli Phone)")."""
    near = set(re.findall(r"[\w'’-]+", before)[-6:])
    names = [w for w in words if w[:1].isupper() and len(w) >= 4]
    if words and words[0].lower() in _RENAMED:
        return False  # "Square (now Square Enix)": the later name is news, not a repeat
    return bool(names) and any(w in near for w in names) and len(words) <= 4


def _aside_kind(inner: str, before: str | None = None) -> str | None:
    """Why a bracket's contents may go (``gloss``, ``alias``, ``translation``), or None to keep it."""
    text = inner.strip()
    if not text or re.search(r"\d", text) or extract_numbers(text):
        return None  # every number stays, even a spelled-out one
    if re.search(r"[\"“”‘’]|(?<!\w)'|'(?!\w)", text):
        return None  # a quotation inside stays (and with it the bracket)
    if re.search(r"[+=*/<>^×÷±%$€£]", text):
        return None  # a formula or an amount: "a + (b + c)" needs its brackets
    words = re.findall(r"[\w'’-]+", text)
    if len(words) > _MAX_ASIDE_WORDS:
        return None
    if _ALIAS.match(text):
        # An acronym may be used again further on: whether its spelling-out can go is the terms module's call.
        return None if _ACRONYM.search(text) else "alias"
    label = _TRANSLATION.match(text)
    if label and (label.group(1) or label.group(2)) in _LANGUAGES:
        return "translation"
    if _ACRONYM.search(text):
        return None  # spelling out an acronym is the terms module's job (it knows the whole text)
    if _scientific_name(words):
        return "translation"
    if any(w[:1].isupper() for w in words):
        if before is not None and _repeats(words, before):
            return "repeat"
        return None  # a name that is not just another name for the thing before it: content
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return None  # a clause of its own carries content
    if len(words) == 1 or _RESTATES.match(text):
        return "gloss"  # "maize (makai)", "(or dollars)", "(namely, protons)", "(pictured)"
    return None  # "(to the south)", "(not boiling)": new content, and the issue keeps what is new


_RESTATES = re.compile(r"(?:or|i\.\s?e\.|ie|namely|that is|also|often|sometimes|usually called|pictured|"
                       r"seen here|file photo|left|right|centre|center|above|below)\b", re.IGNORECASE)
"""Openings of a bracket that only says the same thing again (or points at the photo)."""


_ALIAS_CLAUSE = re.compile(
    r",\s+(?:(?:also|sometimes|often|commonly|popularly|locally|alternatively)\s+"
    r"(?:known\s+as|called|spelt|spelled|abbreviated(?:\s+as|\s+to)?|nicknamed|referred\s+to\s+as)|"
    r"a\.k\.a\.|aka)\s+"
    r"(?P<alias>[^,;:.()\"“”]+?)(?=,|\.$)")


def _drop_asides(text: str, level: str, spans: list[tuple[int, int]], cuts: list[Cut]) -> str:
    text = _drop_alias_clauses(text, spans, cuts)
    spans = quote_spans(text)
    out = text
    for m in reversed(list(_BRACKET.finditer(text))):
        a, b = m.span()
        if any(x < b and a < y for x, y in spans):
            continue
        if m.start() == 0 or not text[:m.start()].strip():
            continue  # a bracket that opens the text is not an aside to something
        kind = _aside_kind(m.group(1), text[:m.start()])
        if kind is None:
            continue
        cuts.append(Cut("aside", m.group().strip()))
        out = out[:a] + out[b:]
    return out


def _drop_alias_clauses(text: str, spans: list[tuple[int, int]], cuts: list[Cut]) -> str:
    """ "A bulldog, also known as British Bulldog, is a breed" → "A bulldog is a breed": a second name only."""
    out = text
    for m in reversed(list(_ALIAS_CLAUSE.finditer(text))):
        a, b = m.span()
        if any(x < b and a < y for x, y in spans):
            continue
        alias = m.group("alias")
        if re.search(r"\d", alias) or extract_numbers(alias) or _ACRONYM.search(alias):
            continue
        if len(alias.split()) > 6:
            continue
        end = b + 1 if text[b:b + 1] == "," else b
        cuts.append(Cut("aside", text[a:end].strip(" ,")))
        out = out[:a] + (" " if end > b and out[end:end + 1] != " " else "") + out[end:]
    return out


# -- connectives ------------------------------------------------------------------

_CONNECTIVE = re.compile(
    r"^(?P<lead>[\"“‘'(\[]?)(?P<word>Moreover|Furthermore|In addition|Additionally|Besides|What is more|"
    r"What's more|In fact|Indeed|As well|On top of that|Either way|In any case|Of course|Anyway|In reality),\s+"
    r"(?=[A-Za-z])|"
    # Without a comma only where the words cannot start a phrase of their own ("In addition to …", "Besides X").
    r"^(?P<lead2>)(?P<word2>In fact|Indeed|In reality|Of course)\s+(?=[A-Za-z])")


_NOTE_THAT = re.compile(r"^(?:It (?:should|must|may) be (?:noted|remembered|mentioned)|It is (?:worth noting|important to "
                        r"note|interesting to note|notable)) that\s+(?=[A-Za-z])")


def _drop_connective(text: str, level: str, spans: list[tuple[int, int]], cuts: list[Cut]) -> str:
    note = _NOTE_THAT.match(text)
    if note and not any(a <= 0 < b for a, b in spans):
        # "It should be noted that X" says X: plain language at both levels.
        cuts.append(Cut("connective", note.group().strip()))
        text = _capital(text[note.end():])
        spans = quote_spans(text)
    if level != "easy":
        return text
    m = _CONNECTIVE.match(text)
    if not m or m.group("lead") or any(a <= m.start() < b for a, b in spans):
        return text
    cuts.append(Cut("connective", m.group().strip()))
    rest = text[m.end():]
    return _capital(rest)


# -- intensifiers -----------------------------------------------------------------

_INTENSIFIERS = frozenset("""
particularly especially extremely highly exceptionally remarkably incredibly truly
fairly relatively somewhat rather quite completely entirely totally utterly
""".split())
"""Degree words in front of an adjective: "a highly unusual case" says no more than "an unusual case"."""

_HIGHLY_KEEP = frozenset("regarded respected rated valued praised acclaimed esteemed recommended thought "
                         "placed ranked".split())
_PURE_DEGREE = frozenset("extremely highly exceptionally remarkably incredibly utterly".split())
"""Degree words that only ever grade the next word, wherever they stand ("became extremely popular")."""

_DEGREE_CONTEXT = frozenset("a an the is are was were be been being become became becomes seem seems "
                            "seemed remain remains remained".split())
"""What comes just before the intensifier when it grades an adjective (not "especially in winter")."""

_NOT_ADJECTIVE = frozenset("""
a an the this that these those his her its their our my your some any no every each all both
in on at by to of from with for into onto upon about among between through during after before
over under against without within as than like and or but nor if when while because since
who whom which what where why how he she it they we you i there here not never more most less least
much many few little enough one two three
""".split())
"""Words after a degree word that show it does not grade an adjective ("quite a few", "rather than")."""


def _drop_intensifiers(text: str, level: str, spans: list[tuple[int, int]], cuts: list[Cut]) -> str:
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(_INTENSIFIERS)) + r")\s+([A-Za-z][\w-]*)",
                         re.IGNORECASE)
    out = text
    for m in reversed(list(pattern.finditer(text))):
        word, after = m.group(1), m.group(2)
        a = m.start(1)
        if any(x <= a < y for x, y in spans):
            continue
        if word[:1].isupper() or after[:1].isupper():
            continue  # a sentence start or a name next to it: leave the sentence as written
        if after.lower() in _NOT_ADJECTIVE or after.lower() in _INTENSIFIERS:
            continue
        if after.lower() == "true" and word.lower() in ("especially", "particularly"):
            continue  # "This was especially true for X" compares X with what came before: keep
        if word.lower() == "highly" and after.lower() in _HIGHLY_KEEP:
            continue  # "highly regarded" is admired; "regarded" alone says nothing
        before = re.findall(r"[\w'’]+", text[:a].lower())
        if not before or (before[-1] not in _DEGREE_CONTEXT and word.lower() not in _PURE_DEGREE):
            continue
        cuts.append(Cut("intensifier", word))
        out = _agree_article(out[:a], out[m.start(2):])
    return out


def _agree_article(head: str, rest: str) -> str:
    """``head + rest`` with an ``a``/``an`` at the end of ``head`` fitting the word that now follows."""
    m = re.search(r"\b([Aa]n?) $", head)
    if not m:
        return head + rest
    from .words import takes_an

    want = "an" if takes_an(rest) else "a"
    if m.group(1)[0].isupper():
        want = want.capitalize()
    return head[:m.start(1)] + want + " " + rest


# -- time words and hedges -------------------------------------------------------------

_AUX = frozenset("is are was were be been being has have had would will could can did does do may might "
                 "must should shall".split())
_SUBJECT = frozenset("he she it they we i you who which that".split())
_TIME_WORD = re.compile(r"(?<![\w'’-])(later|then)(?![\w'’-])")
_KEEP_BEFORE_TIME = frozenset("than that this these those the same on in at by".split())
_KEEP_AFTER_THEN = frozenset("since by until till back from even only just right before after "
                             "now there".split())


_TIME_NOUNS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years "
                        "decade decades century centuries moment time times much soon".split())
_DETERMINER_LIKE = frozenset("the a an this that these those his her its their our my your".split())


def _past_verb(word: str) -> bool:
    from .words import analyses

    return word.endswith("ed") or any(form == "ed" for _, form in analyses(word))


def _drop_time_words(text: str, level: str, spans: list[tuple[int, int]], cuts: list[Cut]) -> str:
    """At easy, a sequence word between subject and verb goes: "He later became mayor" → "He became mayor".

    Only in that slot: "two days later", "later that year", "a later version", "since then"
    and "by then" carry the time itself and stay.
    """
    if level != "easy":
        return text
    out = text
    for m in reversed(list(_TIME_WORD.finditer(text))):
        a, b = m.span()
        if any(x <= a < y for x, y in spans):
            continue
        before = re.findall(r"[\w'’]+|[,;:.!?]", text[:a])
        after = re.match(r"\s+([a-z][\w'’]*)", text[b:])
        if not before or not after or after.group(1) in _KEEP_BEFORE_TIME:
            continue
        prev = before[-1]
        word = m.group(1)
        if word == "then" and (prev.lower() in _KEEP_AFTER_THEN or prev == ","):
            continue
        subject = prev.lower() in _SUBJECT or (prev[:1].isupper() and len(before) > 1)
        # "The plan later failed": a noun, then the word, then a verb in the past.
        noun_then_past = prev.isalpha() and prev.islower() and prev not in _TIME_NOUNS and \
            _past_verb(after.group(1)) and (len(before) < 2 or before[-2].lower() in _DETERMINER_LIKE)
        if not (prev.lower() in _AUX or subject or noun_then_past or (word == "then" and prev.lower() == "and")):
            continue
        cuts.append(Cut("time", word))
        out = out[:a] + out[b:].lstrip(" ")
    return out


_AS_WELL_END = re.compile(r",?\s+(?:as well|too)(?=\s*[.,;!?]|\s*$)")


def _drop_as_well(text: str, level: str, spans: list[tuple[int, int]], cuts: list[Cut]) -> str:
    """At easy, a closing "as well" goes like "also" does: "ferns grow there as well." → "ferns grow there." """
    if level != "easy":
        return text
    out = text
    for m in reversed(list(_AS_WELL_END.finditer(text))):
        if any(x <= m.start() < y for x, y in spans):
            continue
        if _prev_token(text, m.start()) in ("might", "may", "could", "just", "equally", "me", "is", "was", "are",
                                            "were", "far", "much", "way", "all", "only", "not"):
            continue  # "we might as well go", "me too", "it is too": idioms and degrees
        cuts.append(Cut("filler", m.group().strip(" ,")))
        out = out[:m.start()] + out[m.end():]
    return out


def _prev_token(text: str, pos: int) -> str:
    words = re.findall(r"[\w'’]+", text[:pos])
    return words[-1].lower() if words else ""


_OPINION = ("regarded considered believed seen thought accepted recognized recognised known used held "
            "viewed described acknowledged").split()
_HEDGE = re.compile(r"(?<![\w'’-])(widely|generally|commonly|universally|historically|traditionally)\s+(?=(?:%s)\b)" % "|".join(_OPINION))


_GRADED = frozenset("most more less least so as very too not never how".split())
_ATTRIBUTIVE = frozenset("a an the this that these those its their his her our my your one two some many "
                         "other such".split())


def _drop_hedges(text: str, level: str, spans: list[tuple[int, int]], cuts: list[Cut]) -> str:
    """ "is widely regarded as" → "is regarded as": the participle already says people think so."""
    out = text
    for m in reversed(list(_HEDGE.finditer(text))):
        if any(x <= m.start() < y for x, y in spans):
            continue
        before = re.findall(r"[\w'’]+", text[:m.start()].lower())
        if before and before[-1] in _GRADED:
            continue  # "most commonly thought of" compares: "most thought of" would not
        if before and before[-1] in _ATTRIBUTIVE:
            continue  # "a widely used weedkiller": without the hedge it is a second-hand one
        cuts.append(Cut("hedge", m.group(1)))
        out = out[:m.start()] + out[m.end():]
    return out


_THEREFORE = re.compile(r"(?<![\w'’-])(therefore|thus|hence|thereby),?\s+")


def _drop_inner_therefore(text: str, level: str, spans: list[tuple[int, int]], cuts: list[Cut]) -> str:
    """ "are therefore a risk" → "are a risk"; "thus making" → "making": inside a clause "so" would not fit."""
    out = text
    for m in reversed(list(_THEREFORE.finditer(text))):
        a = m.start()
        if any(x <= a < y for x, y in spans) or m.group(1)[:1].isupper():
            continue
        prev = re.findall(r"[\w'’]+|[,;:.!?]", text[:a])
        nxt = re.match(r"[a-z][\w'’-]*", text[m.end():])
        if not prev or not nxt:
            continue
        if not (prev[-1].lower() in _AUX or nxt.group().endswith("ing") and prev[-1] == ","):
            continue
        cuts.append(Cut("connective", m.group(1)))
        out = out[:a] + out[m.end():]
    return out


_A_TOTAL_OF = re.compile(r"(?<![\w'’-])([Aa]) (?:total|distance) of\s+(?=\d|(?:%s)\b)" % "|".join(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred".split()))


_IN_THE_YEAR = re.compile(r"(?<![\w'’-])([Ii]n) the year\s+(?=\d{3,4}\b)")


def _drop_a_total_of(text: str, level: str, spans: list[tuple[int, int]], cuts: list[Cut]) -> str:
    """ "a total of 41 writers" → "41 writers", "in the year 1990" → "in 1990": the number says it."""
    for m in reversed(list(_IN_THE_YEAR.finditer(text))):
        if not any(x <= m.start() < y for x, y in spans):
            cuts.append(Cut("filler", "the year"))
            text = text[:m.end(1)] + " " + text[m.end():]
    spans = quote_spans(text)
    out = text
    for m in reversed(list(_A_TOTAL_OF.finditer(text))):
        if any(x <= m.start() < y for x, y in spans):
            continue
        cuts.append(Cut("filler", m.group().strip()))
        rest = out[m.end():]
        out = out[:m.start()] + (_capital(rest) if m.group(1) == "A" else rest)
    return out


# -- punctuation --------------------------------------------------------------------

_SERIES_END = re.compile(r",\s+(and|or)\s+")
_MAX_ITEM_WORDS = 4


def _drop_serial_comma(text: str, level: str, spans: list[tuple[int, int]], cuts: list[Cut]) -> str:
    """News style (AP): no comma before the "and" of a simple series: "red, white, and blue" → "red, white and blue".

    Only a simple series: a short item (at most four words, no "and"/"or" of its own) after an earlier
    comma, and no second "and" in the last item, so the comma never closes an aside
    ("…, who drafted him in 1985, and …") or keeps two "and"s apart.
    """
    out = text
    for m in reversed(list(_SERIES_END.finditer(text))):
        a = m.start()
        if any(x <= a < y for x, y in spans):
            continue
        head = text[:a]
        clause = re.split(r"[;:()\"“”]|(?<!\d)\.(?!\d)", head)[-1]
        items = [i.strip() for i in clause.split(",")]
        if len(items) < 2:
            continue  # "X, and Y" joins two things or two clauses: keep the comma
        before = items[-1]
        if not before or len(before.split()) > _MAX_ITEM_WORDS or re.search(r"\b(?:and|or)\b", before):
            continue  # a long piece before it is an aside or a clause: the comma closes it
        if re.search(r"\d", before):
            continue  # "on July 8, 1979, and", "up from 48,000 last year, and": a date or an amount aside
        if re.match(r"(?:a|an|which|who|whom|whose|where|when|now|then|once|formerly|aged)\b", before, re.IGNORECASE):
            continue  # "Ahmed Said, a student, and his sister": the comma closes an aside
        last = re.match(r"[^,;:.!?]*", text[m.end():])
        if last is None or re.search(r"\b(?:and|or)\b", last.group()):
            continue
        if re.match(r"(?:there|it|he|she|they|we|i|you|this|these|those)\b", last.group(), re.IGNORECASE) or \
                re.search(r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b", last.group()):
            continue  # ", and there are four species": a clause of its own keeps its comma
        cuts.append(Cut("serial comma", ","))
        out = out[:a] + out[a + 1:]
    return out


# -- shared -------------------------------------------------------------------------


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _tidy(text: str) -> str:
    """Spacing and punctuation after a cut: no space before a comma, no doubled commas."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r",([.;:!?])", r"\1", text)
    return text.strip()


_Rule = Callable[[str, str, list[tuple[int, int]], list[Cut]], str]

RULES: tuple[tuple[str, _Rule], ...] = (
    ("aside", _drop_asides),
    ("connective", _drop_connective),
    ("intensifier", _drop_intensifiers),
    ("time", _drop_time_words),
    ("as well", _drop_as_well),
    ("hedge", _drop_hedges),
    ("therefore", _drop_inner_therefore),
    ("total", _drop_a_total_of),
    ("serial comma", _drop_serial_comma),
)
"""The trimming rules, in the order they run."""


def trim_cuts(text: str, level: str = "easy") -> tuple[str, list[Cut]]:
    """``text`` without asides, empty openers and intensifiers for ``level``, and what was cut."""
    cuts: list[Cut] = []
    out = text
    for _name, rule in RULES:
        out = rule(out, level, quote_spans(out), cuts)
    return out, cuts


def trim(text: str, level: str = "easy") -> str:
    """``text`` without asides, empty openers and intensifiers for ``level``; quotes and numbers untouched."""
    return trim_cuts(text, level)[0]


__all__ = ["Cut", "RULES", "trim", "trim_cuts"]
