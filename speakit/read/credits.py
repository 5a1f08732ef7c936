"""Split the photo credit off a caption: ``(AP Photo/Jane Doe)``, ``Photograph: X/Agency`` …

Credits are kept (the report and the HTML show them) but never read aloud, so a
caption and its credit must be apart. The rules cover the styles news sites use:

* a trailing bracket that names a photographer or agency:
  ``(Sputnik/Vladimir Smirnov/Pool via Reuters)``, ``(AP Photo/Jane Doe)``,
  ``(KCNA via Reuters)``, ``[Getty Images]``;
* a labelled credit: ``Photograph: X/Agency`` (Guardian), ``Photo: X``,
  ``Credit: X``, ``Image: X``, ``Picture: X``, ``Illustration: X``,
  ``Composite: X``, ``Image source, X`` (BBC), ``© X``;
* an unlabelled trailing credit after the last sentence: ``X/Getty Images``,
  ``REUTERS/Name``, ``AFP via Getty Images``, ``Getty Images``.
"""

from __future__ import annotations

import re

# Agencies and credit words; matched as whole words, case-insensitively only
# where the word cannot be an ordinary English word ("Pool", "Handout" can).
AGENCIES: tuple[str, ...] = (
    "Reuters", "AP", "AP Photo", "AP Images", "Associated Press", "AFP", "Getty Images",
    "Getty", "EPA", "EPA-EFE", "EFE", "Bloomberg", "Shutterstock", "Alamy", "PA", "PA Media",
    "PA Wire", "Canadian Press", "The Canadian Press", "CP", "Xinhua", "KCNA", "Yonhap",
    "Sputnik", "TASS", "Pool", "Handout", "NurPhoto", "SOPA Images", "LightRocket",
    "Anadolu", "Anadolu Agency", "ZUMA", "ZUMA Press", "ZUMA Wire", "UPI", "dpa", "ANP",
    "Kyodo", "Redux", "iStock", "Unsplash", "Wikimedia Commons", "NASA", "Supplied",
    "Courtesy", "Contributor", "Corbis", "Magnum", "Polaris", "WireImage", "FilmMagic",
    "Abaca", "ABACAPRESS", "Sipa", "SIPA", "Rex", "REX", "Imagn", "USA Today Sports",
    "Bloomberg via Getty Images", "CBC", "BBC", "NYT", "The New York Times", "Washington Post",
    "Stringer", "File", "File Photo", "Photo Illustration", "Staff",
)
_AGENCY_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
    + r")(?![\w-])")

# Labels that introduce a credit; the credit is what follows the last label.
_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s.!?)\]\"'”’|–—-]))"
    r"(?:Photograph(?:s|er)?|Photo(?:s|graphy)?(?: credit)?|Pictures?|Picture credit|Credit|"
    r"Image(?: credit| source)?|Illustration|Composite|Video|Source|Copyright|Courtesy|"
    r"Foto|Pic)(?:\s*[:,]\s+|\s*(?:\.{3}|…)\s*)"
    r"(?P<credit>[^:]{2,120})$")
_COPYRIGHT_RE = re.compile(r"(?:^|(?<=\s))(?:©|\(c\)|Copyright)\s*(?P<credit>[^©]{2,120})$")
_BRACKET_RE = re.compile(r"\s*[(\[](?P<credit>[^()\[\]]{2,150})[)\]]\s*\.?\s*$")
_PHOTO_WORD_RE = re.compile(r"\b(?:Photo|Photograph|Photos|Image|Images|Credit|via|Pool|"
                            r"Handout|Illustration|File|Submitted|Provided|Supplied|Courtesy)\b", re.I)
# Words that make a bracket an ordinary parenthesis, not a credit: "(left)", "(file)".
_POSITIONAL_RE = re.compile(r"^(?:left|right|centre|center|top|bottom|front|back|above|below|"
                            r"pictured|inset|in red|in blue|second from (?:left|right)|"
                            r"L|R|C|L-R|R-L|from left|from right)\b", re.I)


def split_credit(caption: str) -> tuple[str, str]:
    """Split ``caption`` into (caption without the credit, credit); credit is ``""`` when none."""
    text = re.sub(r"\s+", " ", caption).strip()
    if not text:
        return "", ""
    # Sky-style "Image: Protesters gather. Pic: Reuters": the label opens the caption.
    opener = re.match(r"(?:Image|Picture|Caption|Pictured)\s*:\s+(?=\S)", text)
    if opener and not _LABEL_RE.fullmatch(text[opener.end():] or "x"):
        rest, credit = split_credit(text[opener.end():])
        if rest:
            return rest, credit
    for attempt in (_split_bracket, _split_label, _split_copyright, _split_trailing):
        result = attempt(text)
        if result is not None:
            rest, credit = result
            return _tidy_caption(rest), credit.strip().rstrip(".").strip()
    return text, ""


def is_credit_line(line: str) -> bool:
    """True when the whole line is only a credit (``Image source, Getty Images``, ``AP Photo/X``)."""
    text = line.strip()
    if not text:
        return False
    rest, credit = split_credit(text)
    return bool(credit) and not rest


def _tidy_caption(rest: str) -> str:
    # A credit is often glued on with a separator: "Caption | Photo: X", "Caption - Credit: X".
    return re.sub(r"[\s|–—-]+$", "", rest).strip()


def _looks_like_credit(inner: str) -> bool:
    inner = inner.strip()
    if not inner or _POSITIONAL_RE.match(inner):
        return False
    if len(inner.split()) > 14:
        return False
    if "/" in inner and not re.search(r"\d/\d|https?:|www\.", inner) and (
            _AGENCY_RE.search(inner) or _PHOTO_WORD_RE.search(inner) or _slash_names(inner)):
        return True
    if _PHOTO_WORD_RE.search(inner) or _AGENCY_RE.search(inner):
        # "(Reuters)" alone or "(KCNA via Reuters)", but not a clause that merely mentions an agency
        return len(inner.split()) <= 8 and not re.search(r"[.!?;]\s", inner)
    return False


def _split_bracket(text: str) -> tuple[str, str] | None:
    m = _BRACKET_RE.search(text)
    if not m:
        return None
    inner = m.group("credit").strip()
    labelled = _LABEL_RE.search(inner)
    if labelled and labelled.start() == 0:
        return text[:m.start()], labelled.group("credit")
    if inner.startswith(("©", "Copyright ")):
        return text[:m.start()], re.sub(r"^(?:©|Copyright)\s*", "", inner)
    if _looks_like_credit(inner):
        return text[:m.start()], inner
    # "(John Smith)" after a finished sentence: a bare photographer name.
    before = text[:m.start()].rstrip()
    if before.endswith((".", "!", "?", "\"", "”")) and _is_name(inner):
        return before, inner
    return None


def _is_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words)


def _split_label(text: str) -> tuple[str, str] | None:
    m = _LABEL_RE.search(text)
    if not m:
        return None
    credit = m.group("credit").strip()
    if re.search(r"[.!?]\s+[A-Z]", credit):
        return None  # a sentence follows: "Source: officials said. Then …" is prose
    label = text[m.start():m.start("credit")]
    if label.lower().startswith(("source", "video")) and m.start() > 0 and not (
            "/" in credit or _AGENCY_RE.search(credit)):
        return None  # "Source: X" mid-caption is usually prose
    return text[:m.start()], credit


def _split_copyright(text: str) -> tuple[str, str] | None:
    m = _COPYRIGHT_RE.search(text)
    if not m:
        return None
    return text[:m.start()], text[m.start():].strip()


def _split_trailing(text: str) -> tuple[str, str] | None:
    # The credit is the last "sentence" when it is a short agency/photographer run
    # without a verb: "Crowds gather. John Doe/Getty Images", "REUTERS/Evelyn Hockstein".
    pieces = re.split(r"(?<=[.!?\"”])\s+", text)
    last = pieces[-1].strip()
    if not last or len(last.split()) > 10 or last.endswith((".", "!", "?", "\"", "”")) and \
            not _AGENCY_RE.search(last):
        return None
    last_clean = last.rstrip(".")
    slash = "/" in last_clean and not re.search(r"\d/\d|https?:|www\.|\s/\s", last_clean)
    agency_only = bool(_AGENCY_RE.fullmatch(last_clean)) or bool(
        re.fullmatch(r"(?:[A-Z][\w'.-]* ){0,4}via (?:[A-Z][\w'.-]*\s?){1,4}", last_clean))
    if slash and (_AGENCY_RE.search(last_clean) or _slash_names(last_clean)) or agency_only:
        if len(pieces) == 1:
            return "", last_clean
        return text[: len(text) - len(pieces[-1])].rstrip(), last_clean
    # "Caption text Getty Images" with no full stop: credit glued onto the end.
    m = re.search(r"\s(?P<credit>(?:[A-Z][\w'.-]*\s){0,3}[A-Z][\w'.-]*/(?:[A-Z][\w'.-]*\s?){1,5})$",
                  text)
    if m and (_AGENCY_RE.search(m.group("credit")) or _slash_names(m.group("credit"))):
        return text[:m.start()], m.group("credit")
    return None


def _slash_names(text: str) -> bool:
    # "Jane Doe/Action News": every slash-separated part is a short capitalised name.
    parts = [p.strip() for p in text.split("/")]
    return len(parts) >= 2 and all(
        p and len(p.split()) <= 5 and all(w[:1].isupper() or w in ("via", "for", "of", "the")
                                          for w in p.split()) for p in parts)



def split_caption(text: str) -> tuple[str, str]:
    """Caption and credit: ``split_credit``, then a trailing ``(Who)`` after a full stop.

    News captions end with the credit in brackets after the last sentence
    (``… in March. (Holm & Varga Engineering)``): by that convention the bracket
    is the credit even when it names no known agency.
    """
    caption, credit = split_credit(text) if text else ("", "")
    if not credit:
        m = re.search(r"(?<=[.!?\"”])\s*\((?P<who>[^()]{2,80})\)\s*$", caption)
        if m and len(m.group("who").split()) <= 8 and not re.search(r"[.!?;]\s|^\d", m.group("who")):
            caption, credit = caption[:m.start()].rstrip(), m.group("who").strip()
    return caption, credit


__all__ = ["AGENCIES", "is_credit_line", "split_caption", "split_credit"]
