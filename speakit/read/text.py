"""Read text pasted from a news web page into a ``Document``.

A paste keeps the page's reading order but loses its markup: the page title
with the site name, menus, labels, the headline again, a standfirst, bylines
and timestamps, photo alt text next to captions with credits, video promos with
durations, share prompts, and related links at the end. This reader sorts each
line into one of those roles with the rules in :mod:`speakit.read.boilerplate`
and :mod:`speakit.read.credits`, keeps the article (title, summary, sections,
figures, media, body paragraphs), and records every line it drops and why.

The layout signal it leans on most is the blank line: a figure's alt line and
caption line sit together without a blank line between them, paragraphs and
headings stand alone. Pastes without blank lines fall back to text similarity.
"""

from __future__ import annotations

import difflib
import logging
import re
from dataclasses import dataclass, field

from ..document import (Block, Document, Dropped, Figure, ListBlock, ListItem, Media, Paragraph,
                        Section, number_sentences)
from ..errors import NoArticleError
from . import boilerplate as bp
from .credits import is_credit_line, split_credit
from .repair import FUNCTION_WORDS, normalize_characters, repair_text
from .sentences import make_paragraph, make_sentences, split_sentences

log = logging.getLogger(__name__)

MAX_SUMMARY_LINES = 2
"""A standfirst is one paragraph, sometimes with a one-line deck after it."""

_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{2,}[A-Z.](?:,\s*[A-Z][\w.'\- ]*?){0,2})\s*"
    r"(?P<agency>\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg|CP|The Canadian Press|dpa|PA|"
    r"Xinhua|Yonhap|CBC|BBC|NPR|Kyodo|ANI|PTI|IANS)\))?\s*(?:[—–]|--?)\s*(?P<rest>\S.*)$")
# CNN style, with the place in ordinary case: "Ventura, California CNN —", maybe alone on its line.
_AGENCY_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][\w.'’\- ]{1,40}(?:,\s*[A-Z][\w.'’\- ]{1,30})?)\s+"
    r"(?P<agency>\(?(?:CNN|AP|Reuters|AFP|CBC|BBC|NPR|UPI)\)?)\s*(?:[—–]|--?)\s*(?P<rest>.*)$")
_SUMMARY_LABELS = frozenset(["summary", "key points", "key takeaways", "at a glance", "what we know",
                             "the big picture", "highlights", "in brief", "quick read",
                             "story highlights", "the short version", "in short"])
_NOT_PLACES = frozenset("BRICS OPEC NATO NASA FIFA UEFA UNESCO UNICEF INTERPOL EUROPOL ASEAN "
                        "UPDATE BREAKING EXCLUSIVE ANALYSIS OPINION EDITORIAL WATCH LISTEN".split())
_SITE_SUFFIX_RE = re.compile(r"^(?P<title>.+?)\s+(?:[-|–—•·]|::)\s+(?P<site>[^|–—•·]{2,50})$")
_SITE_WORD_RE = re.compile(r"news|times|post|daily|journal|guardian|herald|tribune|telegraph|"
                           r"\.com|\.co\.uk|bbc|cbc|cnn|npr|abc|nbc|cbs|reuters|press|mail|"
                           r"globe|star|gazette|observer|independent|online|tv|radio", re.I)
_BULLET_RE = re.compile(r"^(?:[-•*·▪‣◦]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_PHOTO_CREDIT_RE = re.compile(r"/|photo|getty|reuters|\bap\b|afp|pool|\bvia\b|images|press|epa|"
                              r"shutterstock|alamy|handout|kcna|xinhua|credit|bloomberg|sputnik",
                              re.I)


_CREDIT_LABEL_RE = re.compile(r"\b(?:Credit|Photograph|Photo|Image|Picture|Illustration)"
                              r"(?:\s*[:,]|\s*\.{3}|…)")


@dataclass
class _Line:
    n: int
    """1-based line number in the input."""
    text: str
    group: int
    """Lines with no blank line between them share a group."""


@dataclass
class _State:
    lines: list[_Line]
    blank_mode: bool
    dropped: list[Dropped] = field(default_factory=list)
    byline: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    summary: list[str] = field(default_factory=list)
    buffer: list[str] = field(default_factory=list)
    in_front: bool = True
    paragraphs: int = 0
    summary_list: bool = False
    sections: list[tuple[str | None, list[tuple]]] = field(default_factory=lambda: [(None, [])])

    def drop(self, text: str, reason: str) -> None:
        self.dropped.append(Dropped(text, reason))

    def add(self, item: tuple) -> None:
        self.sections[-1][1].append(item)
        self.paragraphs += item[0] == "p"

    def boundary(self) -> None:
        """A byline, timestamp, figure or video ends the standfirst."""
        if self.in_front:
            self.summary = self.buffer[:MAX_SUMMARY_LINES]
            for extra in self.buffer[MAX_SUMMARY_LINES:]:
                self.add(("p", extra))
            self.buffer = []
            self.in_front = False

    def body_text(self, text: str) -> None:
        if self.in_front:
            self.buffer.append(text)
            if len(self.buffer) > MAX_SUMMARY_LINES:
                # No boundary came: what looked like a standfirst is the body.
                for item in self.buffer:
                    self.add(("p", item))
                self.buffer = []
                self.in_front = False
        else:
            self.add(("p", text))


def read_text(text: str, source: str | None = None) -> Document:
    """Read pasted web text into a ``Document`` (title, summary, sections, figures, media)."""
    lines = _lines(normalize_characters(text))
    if not lines:
        raise NoArticleError(f"{source or 'The input'} is empty after removing blank lines: "
                             "paste the article's text, or pass its HTML file or URL.")
    gaps = len({ln.group for ln in lines})
    state = _State(lines=lines, blank_mode=gaps >= 0.25 * len(lines) or len(lines) <= 3)
    if not state.blank_mode:
        state.lines = [_Line(ln.n, ln.text, i) for i, ln in enumerate(lines)]

    raw_title, site_name, start = _find_title(state)
    end = _find_cutoff(state, start)
    _walk(state, start, end)
    if state.in_front:
        for item in state.buffer:
            state.add(("p", item))
        state.buffer, state.in_front = [], False
    return _build(state, raw_title, site_name, source)


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    group, gap = 0, True
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line:
            gap = True
            continue
        if gap:
            group += 1
        out.append(_Line(n, line, group))
        gap = False
    return out


# -- title and header -----------------------------------------------------------

def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def split_site_name(title: str) -> tuple[str, str | None]:
    """``What … war - Action News`` → (``What … war``, ``Action News``)."""
    title = _strip_label(title.strip())
    m = _SITE_SUFFIX_RE.match(title)
    if not m:
        return title, None
    head, site = m.group("title").strip(), m.group("site").strip()
    words = site.split()
    names_only = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "and", "&")
                     for w in words)
    if len(head.split()) < 3 or len(words) > 5 or not (names_only or _SITE_WORD_RE.search(site)):
        return title.strip(), None
    # "Headline | Politics | Site": drop the section label left between them.
    inner = re.match(r"^(?P<title>.+?)\s+[|•·]\s+(?P<section>[^|•·]{2,30})$", head)
    while inner and (len(inner.group("section").split()) <= 3 or
                     bp.is_category_label(inner.group("section"))):
        head = inner.group("title").strip()
        inner = re.match(r"^(?P<title>.+?)\s+[|•·]\s+(?P<section>[^|•·]{2,30})$", head)
    return head, site


def _strip_label(title: str) -> str:
    # "Opinion | Our cities need trees", "ANALYSIS: …": a section label before the headline.
    m = re.match(r"^(?P<label>[A-Za-z][\w&' ]{1,25}?)\s*[|:]\s+(?P<rest>\S.{10,})$", title)
    if m and bp.is_category_label(m.group("label")):
        return m.group("rest").strip()
    return title


def _header_reason(line: str) -> str | None:
    if bp.is_site_header(line) or bp.is_menu_run(line):
        return "site header"
    if bp.is_category_label(line):
        return "category label"
    if bp.is_share_line(line):
        return "share prompt"
    if bp.parse_timestamp(line):
        return "timestamp"
    return None


def _drop_front(state: _State, start: int, end: int) -> None:
    # Lines between the page top and the headline are page furniture, whatever they say.
    for k in range(start, end):
        text = state.lines[k].text
        state.drop(text, _header_reason(text) or "site header")


def _find_title(state: _State) -> tuple[str, str | None, int]:
    lines = state.lines
    t = 0
    while t < len(lines) - 1 and (reason := _header_reason(lines[t].text)):
        state.drop(lines[t].text, reason)
        t += 1
    if len(lines[t].text.split()) < 4 and not split_site_name(lines[t].text)[1]:
        # "British Broadcasting Corporation", "Home": a menu, not a headline. The
        # headline is the first longer line that bylines, dates or share buttons follow.
        for j in range(t + 1, min(len(lines), t + 30)):
            line = lines[j].text
            if _header_reason(line) or len(line.split()) < 4:
                continue
            if _looks_like_headline(line) and not bp.ends_sentence(line) and _meta_follows_title(lines, j):
                _drop_front(state, t, j)
                t = j
            break
    raw = lines[t].text
    if not _looks_like_headline(raw):
        # Pasted without its headline: keep the first paragraph as body and name
        # the article after its opening words.
        words = split_sentences(raw)[0].split() if split_sentences(raw) else raw.split()
        title = " ".join(words[:12]).rstrip(".,;:") + ("…" if len(words) > 12 else "")
        log.warning("no headline found; calling the article %r", title)
        return title, None, t
    title, site = split_site_name(raw)
    key = _squash(title)
    for j in range(t + 1, min(len(lines), t + 20)):
        if _squash(lines[j].text) in (key, _squash(raw)):
            _drop_front(state, t + 1, j)
            state.drop(lines[j].text, "duplicate headline")
            return title, site, j + 1
    # The page title may be a reworded (SEO) version of the headline on the page.
    for j in range(t + 1, min(len(lines), t + 12)):
        line = lines[j].text
        if _header_reason(line) or bp.parse_byline(line):
            continue
        if len(line.split()) <= 30 and not bp.ends_sentence(line) and _similar(line, title) >= 0.6:
            _drop_front(state, t + 1, j)
            state.drop(raw, "page title")
            return line, site, j + 1
        break
    return title, site, t + 1


def _meta_follows_title(lines: list[_Line], j: int) -> bool:
    for ln in lines[j + 1:j + 4]:
        text = ln.text
        if bp.parse_timestamp(text) or bp.parse_byline(text) or bp.parse_byline_strip(text) or \
                bp.is_share_line(text) or bp.parse_role_byline(text):
            return True
    return False


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return len(words) <= 30 and len(split_sentences(line)) <= 1


def _find_cutoff(state: _State, start: int) -> int:
    lines = state.lines
    total = sum(len(ln.text.split()) for ln in lines[start:]) or 1
    seen = 0
    for i in range(start, len(lines)):
        seen += len(lines[i].text.split())
        if bp.is_cutoff(lines[i].text):
            rest = lines[i + 1:]
            long_paragraphs = sum(len(ln.text.split()) >= 20 and bp.ends_sentence(ln.text)
                                  for ln in rest)
            # Teasers under "Related stories" can be whole sentences; near the end
            # of a long page they are still only a small tail.
            small_tail = seen >= 0.6 * total and (total - seen) <= 0.4 * seen
            if long_paragraphs <= 1 or small_tail:
                for ln in lines[i:]:
                    state.drop(ln.text, "page footer")
                return i
    return len(lines)


# -- the walk ------------------------------------------------------------------------

def _walk(state: _State, start: int, end: int) -> None:
    lines = state.lines
    i = start
    while i < end:
        text = lines[i].text
        media_end = _media(state, i, end)
        if media_end is not None:
            i = media_end
            continue
        reason = _line_reason(state, text)
        if reason is None and not _has_body(state) and bp.is_name_line(text) and i + 1 < end \
                and _adjacent(state, i, i + 1) and bp.has_role_word(lines[i + 1].text):
            state.byline = state.byline or text  # "Tomás Rivera" over "Latin America correspondent"
            state.boundary()
            reason = "byline"
        if reason is None and i > 0 and state.dropped and state.dropped[-1].reason == "byline" \
                and state.dropped[-1].text == lines[i - 1].text and _adjacent(state, i - 1, i) \
                and bp.has_role_word(text) and not is_credit_line(text) and not bp.ends_sentence(text):
            reason = "byline"  # the role or place under a byline: "BBC News, Lagos"
        if reason:
            state.drop(text, reason)
            i += 1
            if reason == "related link" and bp.is_related_head(text):
                # Link titles follow the head; a short line before a full paragraph
                # is the next section heading instead.
                while i < end and _adjacent(state, i - 1, i) and len(lines[i].text.split()) <= 15 \
                        and not bp.ends_sentence(lines[i].text) and not (
                            i + 1 < end and len(lines[i + 1].text.split()) >= 15
                            and bp.ends_sentence(lines[i + 1].text)):
                    state.drop(lines[i].text, reason)
                    i += 1
            if reason == "newsletter prompt":
                # The rest of a newsletter box: its blurb, privacy notice, button.
                while i < end and _same_group(state, i - 1, i) and state.blank_mode:
                    state.drop(lines[i].text, reason)
                    i += 1
            continue
        if state.in_front and text.lower().rstrip(":").strip() in _SUMMARY_LABELS and \
                i + 1 < end and _BULLET_RE.match(lines[i + 1].text):
            state.drop(text, "summary label")
            state.summary_list = True
            i += 1
            continue
        figure_end = _figure(state, i, end)
        if figure_end is not None:
            i = figure_end
            continue
        if is_credit_line(text) and len(text.split()) <= 8:
            _orphan_credit(state, text)
            i += 1
            continue
        list_end = _list(state, i, end)
        if list_end is not None:
            i = list_end
            continue
        if not state.in_front and _is_heading(state, i, end):
            state.sections.append((text, []))
            i += 1
            continue
        text = _join_wrapped(state, i, end)
        i += 1 + text.count("\n")
        text = text.replace("\n", " ")
        if state.dateline is None and state.paragraphs <= 2:
            m = _DATELINE_RE.match(text)
            if m and _has_body(state) and not m.group("agency"):
                m = None  # past the first paragraph only "PLACE (AP) —" is a dateline
            if m and not m.group("agency") and (len(m.group("place")) < 5 or
                                                m.group("place").strip() in _NOT_PLACES):
                m = None  # "NATO — the alliance said": an acronym, not a place
            if not m and not _has_body(state):
                m = _AGENCY_DATELINE_RE.match(text)
            if m:
                state.boundary()
                state.dateline = (m.group("place").strip() + (
                    " " + m.group("agency") if m.group("agency") else "")).strip()
                text = m.group("rest").strip()
                if not text:
                    state.drop(lines[i - 1].text, "dateline")
                    continue
        state.body_text(text)


def _has_body(state: _State) -> bool:
    return state.paragraphs > 0


def _line_reason(state: _State, text: str) -> str | None:
    if not re.search(r"[^\W_]", text):
        return "separator"
    if bp.is_credits_trailer(text):
        return "reporting credits"
    strip = bp.parse_byline_strip(text)
    if strip:
        state.byline = state.byline or strip[0]
        state.published = state.published or strip[1] or None
        state.boundary()
        return "byline"
    who = bp.parse_byline(text)
    if not who and not _has_body(state):
        who = bp.parse_role_byline(text)
    if who:
        state.byline = state.byline or who
        state.boundary()
        return "byline"
    stamp = bp.parse_timestamp(text)
    if stamp:
        label, when = stamp
        if label == "published":
            state.published = state.published or when or None
        elif label == "updated":
            state.updated = state.updated or when or None
        state.boundary()
        return "timestamp"
    if bp.is_newsletter_prompt(text):
        return "newsletter prompt"
    if bp.is_site_header(text) and (state.in_front or len(text.split()) <= 25):
        return "site header"
    if state.in_front and (bp.is_category_label(text) or bp.is_menu_run(text)):
        return "category label"
    if bp.is_share_line(text):
        return "share prompt"
    if bp.is_related_link(text) or bp.is_related_head(text):
        return "related link"
    if bp.is_copyright(text):
        return "copyright"
    if bp.is_credits_trailer(text):
        return "reporting credits"
    if bp.parse_duration(text) is not None:
        return "video duration"
    if bp.is_embed_attribution(text):
        return "embedded post"
    return None


def _same_group(state: _State, a: int, b: int) -> bool:
    lines = state.lines
    if b >= len(lines):
        return False
    if state.blank_mode:
        return lines[a].group == lines[b].group
    return _similar(lines[a].text, lines[b].text) >= 0.3


def _similar(a: str, b: str) -> float:
    # Share of content words in common: "the", "of" and short words would make any
    # two sentences look alike.
    wa = {w for w in re.findall(r"[^\W_]{4,}", a.lower()) if w not in FUNCTION_WORDS}
    wb = {w for w in re.findall(r"[^\W_]{4,}", b.lower()) if w not in FUNCTION_WORDS}
    if min(len(wa), len(wb)) < 3:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


# -- media ------------------------------------------------------------------------

def _media(state: _State, i: int, end: int) -> int | None:
    lines = state.lines
    text = lines[i].text
    play = bp.parse_play_line(text)
    if play:
        kind, play_title, dur = play
        caption = ""
        j = i + 1
        if j < end and lines[j].group == lines[i].group:
            m = bp.parse_media_start(lines[j].text)
            if m and lines[j].text.startswith("Media caption"):
                caption = m[1]
                j += 1
        state.boundary()
        state.add(("media", kind, play_title or caption, dur, caption if play_title else ""))
        return j
    start = bp.parse_media_start(text)
    if not start:
        return None
    kind, head = start
    if text.startswith("Media caption"):
        state.boundary()
        state.add(("media", kind, head, None, ""))
        return i + 1
    title: str | None = None
    duration: float | None = None
    desc = ""
    last_meta: int | None = None
    j = i + 1
    while j < min(end, i + 8):
        line = lines[j].text
        stamp = bp.parse_timestamp(line)
        dur = bp.parse_duration(line)
        if desc:
            break
        if bp.is_share_line(line) or _squash(line) == _squash(head.rstrip(":")):
            state.drop(line, f"{kind} furniture")
        elif stamp:
            state.drop(line, f"{kind} timestamp")
            last_meta = j
        elif dur is not None:
            duration = duration if duration is not None else dur
            state.drop(line, f"{kind} duration")
            last_meta = j
        elif title is None and last_meta is None and len(line.split()) <= 25 and \
                (head.endswith(":") or _meta_follows(lines, j, end)):
            title = line
        elif last_meta is not None and not desc and j == last_meta + 1 and _adjacent(state, last_meta, j):
            desc = line
        else:
            break
        j += 1
    if title is None:
        title = head.rstrip(":").strip()
    else:
        state.drop(text, f"{kind} promo")
    state.boundary()
    state.add(("media", kind, title, duration, desc))
    return j


def _meta_follows(lines: list[_Line], j: int, end: int) -> bool:
    return any(bp.parse_duration(ln.text) is not None or bp.parse_timestamp(ln.text)
               for ln in lines[j + 1:min(end, j + 3)])


# -- figures ------------------------------------------------------------------------

def _figure(state: _State, i: int, end: int) -> int | None:
    lines = state.lines
    text = lines[i].text
    # BBC: "Image source, Getty Images" / "Image caption, …", maybe after an alt line.
    run = [i]
    while len(run) < 3 and run[-1] + 1 < end and _adjacent(state, run[-1], run[-1] + 1):
        run.append(run[-1] + 1)
    marked = [k for k in run if re.match(r"Image (?:source|caption),", lines[k].text)]
    if marked and marked[0] > i and not (state.blank_mode and len(text.split()) <= 20
                                         and all(_adjacent(state, k, k + 1) for k in range(i, marked[0]))):
        marked = []  # the line before is body text, not the picture's alt text
        if any(re.match(r"Image (?:source|caption),", lines[k].text) for k in run[1:]):
            return None
    if marked:
        alt, caption, credit = "", "", ""
        last = marked[-1]
        for k in run[:run.index(last) + 1]:
            t = lines[k].text
            if t.startswith("Image source,"):
                credit = t.split(",", 1)[1].strip()
                state.drop(t, "photo credit")
            elif t.startswith("Image caption,"):
                caption = t.split(",", 1)[1].strip()
            elif k < marked[0]:
                alt = (alt + " " + t).strip()
        if caption or credit or alt:
            _add_figure(state, alt, caption, credit)
            return last + 1
    if i + 1 < end and is_credit_line(text) and len(text.split()) <= 8 and \
            _adjacent(state, i, i + 1):
        # BBC: the credit ("Getty Images") sits above its caption.
        nxt = lines[i + 1].text
        if not is_credit_line(nxt) and len(nxt.split()) <= 50 and not bp.parse_media_start(nxt) \
                and (state.blank_mode or not bp.ends_sentence(nxt)):
            _add_figure(state, "", split_credit(nxt)[0] or nxt, split_credit(text)[1])
            return i + 2
    pair = i + 1 < end and (_same_group(state, i, i + 1) or (
        not state.blank_mode and split_credit(lines[i + 1].text)[1] and
        _similar(text, lines[i + 1].text) >= 0.2))
    if pair and len(text.split()) <= 80:
        nxt = lines[i + 1].text
        rest, credit = split_credit(nxt)
        if credit and rest and len(rest.split()) <= 80 and not split_credit(text)[1]:
            _add_figure(state, text, rest, credit)
            return i + 2
        if credit and not rest and len(text.split()) <= 60:
            _add_figure(state, "", text, credit)
            return i + 2
        if i + 2 < end and _same_group(state, i + 1, i + 2) and is_credit_line(lines[i + 2].text) \
                and len(nxt.split()) <= 80:
            _add_figure(state, text, nxt, split_credit(lines[i + 2].text)[1])
            return i + 3
        # Alt text and caption without a credit: two lines side by side that
        # describe the same picture in different words.
        if state.blank_mode and not (i + 2 < end and _same_group(state, i + 1, i + 2)) and \
                _similar(text, nxt) >= 0.6 and 6 <= len(text.split()) <= 60 and \
                6 <= len(nxt.split()) <= 60 and bp.ends_sentence(text) == bp.ends_sentence(nxt):
            _add_figure(state, text, nxt, "")
            return i + 2
    opener = re.match(r"(?:Image|Picture|Pictured|Caption)\s*:\s+(?P<caption>\S.{0,400})$", text)
    if opener:
        rest, credit = split_credit(text)
        _add_figure(state, "", rest or opener.group("caption"), credit)
        return i + 1
    rest, credit = split_credit(text)
    photo_like = bool(_PHOTO_CREDIT_RE.search(credit) or _CREDIT_LABEL_RE.search(text))
    if credit and rest and len(rest.split()) <= 70 and photo_like:
        _add_figure(state, "", rest, credit)
        return i + 1
    return None


def _adjacent(state: _State, a: int, b: int) -> bool:
    return state.lines[a].group == state.lines[b].group if state.blank_mode else True


def _add_figure(state: _State, alt: str, caption: str, credit: str) -> None:
    a, c = _squash(alt), _squash(caption)
    if a and c and (a in c or c in a or difflib.SequenceMatcher(None, a, c).ratio() >= 0.97):
        alt = ""  # the page said the same thing twice: keep it once
    state.boundary()
    state.add(("figure", alt, caption, credit))


def _orphan_credit(state: _State, text: str) -> None:
    items = state.sections[-1][1]
    if items and items[-1][0] == "figure" and not items[-1][3]:
        items[-1] = items[-1][:3] + (split_credit(text)[1],)
    else:
        state.drop(text, "photo credit")


# -- lists, headings, wrapped lines -----------------------------------------------------

def _list(state: _State, i: int, end: int) -> int | None:
    lines = state.lines
    items: list[str] = []
    ordered = False
    j = i
    while j < end:
        m = _BULLET_RE.match(lines[j].text)
        if not m:
            break
        ordered = ordered or lines[j].text[0].isdigit()
        items.append(m.group("text"))
        j += 1
    if len(items) < 2:
        return None
    if state.summary_list and state.in_front:
        # "Key points" bullets under the headline are the article's summary.
        state.buffer.extend(items)
        state.summary = state.buffer
        state.buffer, state.in_front = [], False
        return j
    state.boundary()
    state.add(("list", ordered, items))
    return j


def _is_heading(state: _State, i: int, end: int) -> bool:
    lines = state.lines
    text = lines[i].text
    words = text.split()
    if not words or len(words) > 12 or len(text) > 90 or i + 1 >= end:
        return False
    if not (text[0].isupper() or text[0].isdigit()) or text[0] in "\"'":
        return False
    if re.search(r"[.,;:!…\"')\]]$", text) or (text.endswith("?") and len(words) > 10):
        return False
    if state.blank_mode:
        # Next to other lines without a blank between, it is a heading only when it
        # stands between finished text and a paragraph that starts afresh.
        prev = lines[i - 1].text if i > 0 else ""
        if i > 0 and _same_group(state, i - 1, i) and not bp.ends_sentence(prev) and \
                not split_credit(prev)[1]:
            return False
        if _same_group(state, i, i + 1):
            nxt = lines[i + 1].text
            if not nxt[:1].isupper() or not bp.ends_sentence(nxt) or len(nxt) < 2 * len(text):
                return False
    return not bp.is_cutoff(text)


def _join_wrapped(state: _State, i: int, end: int) -> str:
    # A hard-wrapped paragraph: the line stops mid-sentence and the next goes on in lower case.
    lines = state.lines
    parts = [lines[i].text]
    j = i
    group = [ln.text for ln in lines[i:end] if ln.group == lines[i].group]
    width = max(len(t) for t in group)

    def wrapped(text: str) -> bool:
        # A line cut at the wrap width of the paste (every wrapped line is nearly
        # as long as the longest) goes on in the next one, even before a capital.
        return 50 <= width <= 100 and len(text) >= 0.8 * width

    while j + 1 < end and lines[j + 1].group == lines[j].group and state.blank_mode and \
            not bp.ends_sentence(lines[j].text) and (
                lines[j + 1].text[:1].islower() or wrapped(lines[j].text)) and \
            not is_credit_line(lines[j + 1].text) and not bp.parse_media_start(lines[j + 1].text):
        j += 1
        parts.append(lines[j].text)
    return "\n".join(parts)


# -- building the document ---------------------------------------------------------------

def _drop_pull_quotes(state: _State) -> None:
    # A pull quote repeats a line of the body in large type; keep the body copy.
    texts = [_squash(item[1]) for _, items in state.sections for item in items if item[0] == "p"]
    if len(texts) > 300:
        return  # the containment check is quadratic; very long inputs skip it
    for _, items in state.sections:
        for item in list(items):
            if item[0] != "p":
                continue
            key = _squash(item[1])
            if len(key) >= 20 and 4 <= len(item[1].split()) <= 40 and \
                    any(key != other and key in other for other in texts):
                items.remove(item)
                state.drop(item[1], "pull quote")


def _build(state: _State, raw_title: str, site_name: str | None, source: str | None) -> Document:
    _drop_pull_quotes(state)
    kept: list[str] = [raw_title, *state.summary]
    for heading, items in state.sections:
        if heading:
            kept.append(heading)
        for item in items:
            kept.extend(str(x) for x in item[1:] if isinstance(x, str))
            if item[0] == "list":
                kept.extend(item[2])
    context = "\n".join(kept)

    def fix(text: str) -> str:
        return repair_text(text, context=context).strip()

    sections: list[Section] = []
    paragraphs = 0
    for heading, items in state.sections:
        blocks: list[Block] = []
        for item in items:
            if item[0] == "p":
                para = make_paragraph(fix(item[1]))
                if para.sentences:
                    blocks.append(para)
                    paragraphs += 1
            elif item[0] == "figure":
                _, alt, caption, credit = item
                blocks.append(Figure(alt=fix(alt), caption=fix(caption), credit=credit.strip()))
            elif item[0] == "media":
                _, kind, title, duration, desc = item
                blocks.append(Media(kind=kind, title=fix(title), duration_s=duration,
                                    description=fix(desc)))
            elif item[0] == "list":
                _, ordered, texts = item
                blocks.append(ListBlock(tuple(ListItem(make_sentences(fix(t))) for t in texts),
                                        ordered=ordered))
                paragraphs += 1
        if heading is None and not blocks:
            continue
        sections.append(Section(heading=fix(heading) if heading else None, blocks=tuple(blocks)))
    if paragraphs == 0:
        name = "standard input" if source in (None, "-") else source
        dropped = len(state.dropped)
        raise NoArticleError(
            f"No article text found in {name}: after setting aside {dropped} "
            f"line{'' if dropped == 1 else 's'} of page furniture (menus, bylines, captions, links) "
            "no body paragraphs were left. Paste the article's own text, or pass the page's "
            "HTML file or URL instead.")
    # Report what was dropped in reading order: the footer is found before the walk.
    footer = [d for d in state.dropped if d.reason == "page footer"]
    dropped_in_order = [d for d in state.dropped if d.reason != "page footer"] + footer
    doc = Document(
        title=fix(raw_title),
        sections=tuple(sections),
        summary=tuple(make_paragraph(fix(s)) for s in state.summary),
        site_name=site_name,
        byline=state.byline,
        published=state.published or state.updated,
        dateline=state.dateline,
        source=source,
        source_kind="text",
        dropped=tuple(dropped_in_order),
    )
    log.info("read %d paragraphs, %d figures, %d media, dropped %d lines",
             paragraphs, len(doc.figures()), len(doc.media()), len(state.dropped))
    return number_sentences(doc)


__all__ = ["read_text", "split_site_name"]
