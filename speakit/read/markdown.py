"""Read a Markdown article: front matter, headings, paragraphs, quotes, lists, images.

A small line-based parser (no dependency) that keeps what an article needs:

* YAML (``---``) or TOML (``+++``) front matter: ``title``, ``author``/``authors``/
  ``byline``, ``date``/``published``, ``description``/``summary``/``subtitle``/``dek``/
  ``standfirst``, ``site``/``site_name``, ``lang``/``language``.
* ATX (``# …``) and setext (``===``/``---`` underlined) headings. The first ``#``
  heading is the title when no body text comes before it; ``##`` starts a level-2
  section, ``###`` and deeper a level-3 section; a later ``#`` is a level-2 section.
* Images ``![alt](src "title")`` (inline or reference style, linked or not) become
  figures. The caption is the image title, or an italic line right under the image
  (``*Caption. (Credit)*``, ``_Photo: X_``); the credit is split off the caption.
* ``>`` quotes (a last line ``— Name`` is the attribution), ``-``/``*``/``+``/``1.``
  lists (nested items flattened in order), pipe tables (one list item per row).
* Inline markup is reduced to its text: emphasis, code spans, links (text kept,
  URL dropped), inline HTML tags; HTML comments and fenced code are dropped and
  recorded in ``Document.dropped``.

Standfirst rule: the front-matter summary (``description``/``summary``/``subtitle``/
``dek``/``standfirst``) is the summary, unless the text itself shows one: the first
paragraph after the title, before any body paragraph and any ``##``, written wholly
in emphasis (``*…*``, ``_…_``, ``**…**``). A plain first paragraph is the lede and
stays body text. A front-matter summary that repeats the first paragraph is skipped.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from dataclasses import dataclass, field

from ..document import (Block, Document, Dropped, Figure, ListBlock, ListItem, Media,
                        Paragraph, Quote, Section, number_sentences)
from ..errors import NoArticleError
from . import boilerplate as bp
from .credits import split_caption
from .html import _Sec, _squash, decorative_src, furniture_reason, split_dateline
from .sentences import make_paragraph, make_sentences

log = logging.getLogger(__name__)

_ATX_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE_RE = re.compile(r"^ {0,3}> ?(.*)$")
_ITEM_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*+]|\d{1,9}[.)])(?:[ \t]+(?P<text>.*)|$)")
_TABLE_SEP_RE = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_REF_DEF_RE = re.compile(r"^ {0,3}\[(?P<label>[^\]^][^\]]*)\]:[ \t]*<?(?P<url>\S+?)>?"
                         r"(?:[ \t]+[\"'(](?P<title>.*)[\"')])?[ \t]*$")
_FOOTNOTE_DEF_RE = re.compile(r"^ {0,3}\[\^[^\]]+\]:[ \t]*(.*)$")
_HTML_BLOCK_RE = re.compile(r"^ {0,3}<(?:figure|div|p|img|table|iframe|video|audio|blockquote|"
                            r"details|section|aside|center|picture|embed|object)\b", re.I)
# ![alt](src "title") — src without spaces, optional quoted title
_IMG = (r"!\[(?P<alt>(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]\(\s*<?(?P<src>[^\s)>]*)>?"
        r"(?:\s+(?:\"(?P<t1>[^\"]*)\"|'(?P<t2>[^']*)'|\((?P<t3>[^)]*)\)))?\s*\)")
_IMG_RE = re.compile(_IMG)
_IMG_REF_RE = re.compile(r"!\[(?P<alt>(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]\[(?P<ref>[^\]]*)\]")
_IMAGE_LINE_RE = re.compile(r"^\s*(?:\[\s*)?!\[(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*\](?:\((?:[^()]|\([^()]*\))*\)|"
                            r"\[[^\]]*\])(?:\s*\](?:\([^)]*\)|\[[^\]]*\]))?\s*$")
_EMPH_LINE_RE = re.compile(r"^\s*(\*\*\*|\*\*|\*|___|__|_)(?!\s)(?P<body>.+?)(?<!\s)\1\s*$",
                           re.S)
_ATTRIBUTION_RE = re.compile(r"^\s*(?:[*_]{1,2})?\s*(?:—|–|―|--|-(?=\s))\s*(?P<who>.+?)\s*"
                             r"(?:[*_]{1,2})?\s*$")
# Hugo {{< youtube id >}} / {{% … %}} and Jekyll/Liquid {% include … %} on a line of their own
_SHORTCODE_RE = re.compile(r"^\s*(?:\{\{[<%]\s*(?P<hugo>.*?)\s*[%>]\}\}|"
                           r"\{%-?\s*(?P<liquid>.*?)\s*-?%\})\s*$")
_VIDEO_CODE_RE = re.compile(r"\b(?P<site>youtube|vimeo)\b[^\n]*?(?:id=)?[\"']?(?P<id>[\w-]{6,})[\"']?"
                            r"\s*(?:$|\w+=)", re.I)
_ESCAPABLE = "\\`*_{}[]()#+-.!|<>~\"'$&:;=?@^"


@dataclass
class _Raw:
    """A block as parsed, before inline markup is reduced to text."""

    kind: str
    text: str = ""
    level: int = 0
    items: list[str] = field(default_factory=list)
    ordered: bool = False
    rows: list[list[str]] = field(default_factory=list)


def read_markdown(text: str, source: str | None = None) -> Document:
    """Read a Markdown article into a ``Document``."""
    name = source or "the Markdown input"
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    dropped: list[Dropped] = []
    front, text = _front_matter(text)
    if front:
        log.debug("%s: front matter keys %s", name, sorted(front))
    text = _strip_comments(text, dropped)
    refs: dict[str, tuple[str, str]] = {}
    lines = []
    for line in text.split("\n"):
        m = _REF_DEF_RE.match(line)
        if m:
            refs[_ref_key(m.group("label"))] = (m.group("url"), m.group("title") or "")
        else:
            lines.append(line.expandtabs(4))
    raws = _blocks(lines, dropped)
    doc = _assemble(raws, front, refs, dropped, source)
    if not any(True for _ in doc.sentences()) or not any(
            isinstance(b, (Paragraph, Quote, ListBlock)) for _, b in doc.blocks()):
        raise NoArticleError(f"{name} holds no article text (no paragraphs, only headings, "
                             "images or markup). Give the article's Markdown source.")
    return number_sentences(doc)


# -- front matter and comments -------------------------------------------------

_META_KEYS = ("title", "date", "author", "authors", "byline", "tags", "category", "categories",
              "slug", "summary", "description", "subtitle", "lang", "language", "status",
              "modified", "published", "site", "site_name")


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Parse a leading YAML or TOML block of simple ``key: value`` pairs."""
    m = re.match(r"^(---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|$)", text, re.S)
    if not m:
        return _bare_metadata(text)
    data: dict[str, str] = {}
    toml = m.group(1) == "+++"
    key = ""
    for line in m.group(2).split("\n"):
        item = re.match(r"^\s+-\s+(.*)$", line)
        if item and key:
            value = _unquote(item.group(1))
            data[key] = f"{data[key]} and {value}" if data.get(key) else value
            continue
        kv = re.match(r"^([A-Za-z_][\w-]*)\s*" + ("=" if toml else ":") + r"\s*(.*)$", line)
        if not kv:
            continue
        key, value = kv.group(1).lower(), kv.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            value = " and ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        elif value in ("|", ">", "|-", ">-"):
            value = ""
        data[key] = _unquote(value)
    return data, text[m.end():]


def _bare_metadata(text: str) -> tuple[dict[str, str], str]:
    """Pelican/MultiMarkdown metadata: ``Key: value`` lines up to the first blank line."""
    head, sep, rest = text.partition("\n\n")
    lines = head.split("\n")
    pairs = [re.match(r"^([A-Za-z][\w -]{0,30}):[ \t]+(\S.*)$", ln) for ln in lines]
    if not all(pairs) or not any(m.group(1).strip().lower() in _META_KEYS
                                 for m in pairs if m):
        return {}, text
    return {m.group(1).strip().lower(): _unquote(m.group(2)) for m in pairs if m}, rest


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    if isinstance(value, str) and value.startswith("{") and "name" in value:
        m = re.search(r"name\s*[:=]\s*[\"']?([^,\"'}]+)", value)
        value = m.group(1).strip() if m else value
    return value.strip()


def _strip_comments(text: str, dropped: list[Dropped]) -> str:
    def repl(m: re.Match[str]) -> str:
        body = re.sub(r"\s+", " ", m.group(1)).strip()
        if body:
            dropped.append(Dropped(body[:300], "HTML comment"))
        return ""

    return re.sub(r"<!--(.*?)-->", repl, text, flags=re.S)


def _ref_key(label: str) -> str:
    return re.sub(r"\s+", " ", label).strip().lower()


# -- block structure --------------------------------------------------------------

def _starts_block(line: str) -> bool:
    return bool(_ATX_RE.match(line) or _FENCE_RE.match(line) or _QUOTE_RE.match(line)
                or _SHORTCODE_RE.match(line)
                or _HR_RE.match(line) or _HTML_BLOCK_RE.match(line)
                or re.match(r"^ {0,3}(?:[-*+]|1[.)])[ \t]+\S", line))


def _blocks(lines: list[str], dropped: list[Dropped]) -> list[_Raw]:
    out: list[_Raw] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        fence = _FENCE_RE.match(line)
        if fence:
            mark = fence.group(1)
            j = i + 1
            while j < n and not lines[j].strip().startswith(mark):
                j += 1
            code = "\n".join(lines[i + 1:j]).strip()
            if code:
                dropped.append(Dropped(code[:300], "code block"))
            i = j + 1
            continue
        atx = _ATX_RE.match(line)
        if atx:
            out.append(_Raw("heading", (atx.group(2) or "").strip(), len(atx.group(1))))
            i += 1
            continue
        if _HR_RE.match(line):
            i += 1
            continue
        shortcode = _SHORTCODE_RE.match(line)
        if shortcode:
            out.append(_Raw("shortcode", shortcode.group("hugo") or shortcode.group("liquid") or ""))
            i += 1
            continue
        if _QUOTE_RE.match(line):
            body: list[str] = []
            while i < n and lines[i].strip() and (_QUOTE_RE.match(lines[i]) or body):
                m = _QUOTE_RE.match(lines[i])
                if not m and _starts_block(lines[i]):
                    break
                body.append(m.group(1) if m else lines[i])
                i += 1
                # a blank line followed by more '>' lines continues the same quote
                if i + 1 < n and not lines[i].strip() and _QUOTE_RE.match(lines[i + 1]):
                    body.append("")
                    i += 1
            out.append(_Raw("quote", "\n".join(re.sub(r"^(?: {0,3}> ?)+", "", b) for b in body)))
            continue
        item = _ITEM_RE.match(line)
        if item and (item.group("text") or "").strip():
            i = _list(lines, i, out)
            continue
        if "|" in line and i + 1 < n and _TABLE_SEP_RE.match(lines[i + 1]) and "-" in lines[i + 1]:
            rows = [_cells(line)]
            i += 2
            while i < n and lines[i].strip() and "|" in lines[i]:
                rows.append(_cells(lines[i]))
                i += 1
            out.append(_Raw("table", rows=rows))
            continue
        if _HTML_BLOCK_RE.match(line):
            body = []
            while i < n and lines[i].strip():
                body.append(lines[i])
                i += 1
            out.append(_Raw("html", "\n".join(body)))
            continue
        if _IMAGE_LINE_RE.match(line):
            out.append(_Raw("image", line.strip()))
            i += 1
            continue
        foot = _FOOTNOTE_DEF_RE.match(line)
        para = [foot.group(1)] if foot else [line]
        i += 1
        while i < n and lines[i].strip():
            setext = _SETEXT_RE.match(lines[i])
            if setext and not foot:
                out.append(_Raw("heading", " ".join(p.strip() for p in para),
                                1 if setext.group(1)[0] == "=" else 2))
                para = []
                i += 1
                break
            if _starts_block(lines[i]) or _IMAGE_LINE_RE.match(lines[i]):
                break
            para.append(lines[i])
            i += 1
        if para:
            out.append(_Raw("para", "\n".join(para)))
    return out


def _list(lines: list[str], i: int, out: list[_Raw]) -> int:
    """Collect a list starting at line ``i``; nested items are flattened in order."""
    n = len(lines)
    first = _ITEM_RE.match(lines[i])
    assert first is not None
    ordered = first.group("marker")[0].isdigit()
    base = len(first.group("indent"))
    items: list[list[str]] = []
    while i < n:
        line = lines[i]
        m = _ITEM_RE.match(line)
        if m and (m.group("text") or "").strip() and not _HR_RE.match(line):
            items.append([m.group("text") or ""])
            i += 1
            continue
        if not line.strip():
            # the list goes on after a blank line only if an item or an indented line follows
            j = i + 1
            while j < n and not lines[j].strip():
                j += 1
            nxt = _ITEM_RE.match(lines[j]) if j < n else None
            if j < n and (nxt or len(lines[j]) - len(lines[j].lstrip()) > base + 1):
                if nxt and len(nxt.group("indent")) < base:
                    break
                i = j
                continue
            break
        if _starts_block(line) and not line.startswith(" " * (base + 2)):
            break
        items[-1].append(line.strip())
        i += 1
    texts = []
    for item in items:
        text = "\n".join(item)
        text = re.sub(r"^\[[ xX]\]\s+", "", text)  # task-list boxes
        texts.append(text)
    out.append(_Raw("list", items=texts, ordered=ordered))
    return i


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)]


# -- inline markup ----------------------------------------------------------------

def inline_text(text: str, refs: dict[str, tuple[str, str]] | None = None) -> str:
    """Markdown inline markup reduced to the text a reader sees (links keep their text)."""
    refs = refs or {}
    escapes: list[str] = []

    def protect(m: re.Match[str]) -> str:
        escapes.append(m.group(1))
        return f"\ue000{len(escapes) - 1}\ue001"

    text = re.sub(r"\\([" + re.escape(_ESCAPABLE) + "])", protect, text)
    codes: list[str] = []

    def code(m: re.Match[str]) -> str:
        codes.append(m.group(2).strip())
        return f"\ue002{len(codes) - 1}\ue003"

    text = re.sub(r"(`+)(.+?)\1", code, text, flags=re.S)
    text = _IMG_RE.sub("", text)
    text = _IMG_REF_RE.sub("", text)
    text = re.sub(r"\[\^[^\]]+\]", "", text)  # footnote markers
    # links: inline, reference, collapsed, shortcut (only when defined)
    for _ in range(3):  # links nest at most a little: [a [b](x)](y)
        text = re.sub(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\([^)\s]*(?:\s+[\"'(][^\"')]*[\"')])?\s*\)",
                      r"\1", text)
    text = re.sub(r"\[([^\[\]]+)\]\[([^\]]*)\]", r"\1", text)
    text = re.sub(r"\[([^\[\]]+)\]", lambda m: m.group(1) if _ref_key(m.group(1)) in refs
                  else m.group(0), text)
    text = re.sub(r"<((?:https?|ftp|mailto):[^>\s]+|[^>\s@]+@[^>\s@]+)>", r"\1", text)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    text = re.sub(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>", "", text)  # inline HTML tags
    # emphasis, strongest first; "_" only at word edges (snake_case stays)
    text = re.sub(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1", r"\2", text, flags=re.S)
    text = re.sub(r"(?<![\w_])(_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w_])", r"\2", text, flags=re.S)
    text = re.sub(r"~~(?=\S)(.+?)(?<=\S)~~", r"\1", text, flags=re.S)
    text = re.sub(r"\ue002(\d+)\ue003", lambda m: codes[int(m.group(1))], text)
    text = re.sub(r"\ue000(\d+)\ue001", lambda m: escapes[int(m.group(1))], text)
    text = html_lib.unescape(text)
    text = text.replace("\xad", "").replace("\u200b", "")
    return re.sub(r"\s+", " ", text).strip()


def _emphasised_line(raw: str) -> str | None:
    """The inner text when a whole paragraph is one emphasis span, else None."""
    m = _EMPH_LINE_RE.match(raw.strip())
    if not m:
        return None
    body = m.group("body")
    marker = m.group(1)
    if marker in body:  # "*a* and *b*" is not one span
        return None
    return body


# -- images and html blocks --------------------------------------------------------

def _images(raw: str, refs: dict[str, tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(alt, src, title) of every image in a piece of Markdown, in order."""
    found: list[tuple[int, tuple[str, str, str]]] = []
    for m in _IMG_RE.finditer(raw):
        title = m.group("t1") or m.group("t2") or m.group("t3") or ""
        found.append((m.start(), (inline_text(m.group("alt")), m.group("src"), title)))
    for m in _IMG_REF_RE.finditer(raw):
        key = _ref_key(m.group("ref") or m.group("alt"))
        url, title = refs.get(key, ("", ""))
        found.append((m.start(), (inline_text(m.group("alt")), url, title)))
    return [f for _, f in sorted(found, key=lambda x: x[0])]


def _figures(raw: str, caption_raw: str | None,
             refs: dict[str, tuple[str, str]]) -> list[Figure]:
    """The figures of a block's images; one with neither alt nor caption says nothing."""
    figures = [_figure(alt, src, title, caption_raw, refs) for alt, src, title in _images(raw, refs)
               if not decorative_src(src)]
    return [f for f in figures if f.alt or f.caption]


def _figure(alt: str, src: str, title: str, caption_raw: str | None,
            refs: dict[str, tuple[str, str]]) -> Figure:
    caption, credit = split_caption(inline_text(caption_raw, refs) if caption_raw else "")
    if not caption and title:
        caption, title_credit = split_caption(inline_text(title))
        credit = credit or title_credit
    return Figure(alt=alt, caption=caption, credit=credit, src=src or None)


def _html_block(raw: str, dropped: list[Dropped]) -> list[Block | str]:
    """Figures, media and text from a raw HTML block inside Markdown."""
    import lxml.html

    from .html import _caption_and_credit, _caption_element, _is_decorative, _media_block, \
        _media_element, _norm, _img_src, PageMeta

    try:
        frag = lxml.html.fragment_fromstring(raw, create_parent="div")
    except Exception:  # noqa: BLE001 - malformed HTML inside Markdown reads as text
        return [inline_text(raw)]
    out: list[Block | str] = []
    media_el = _media_element(frag)
    if media_el is not None:
        block, leftovers = _media_block(frag, media_el, PageMeta(), "")
        if block is not None:
            dropped.extend(Dropped(t, r) for t, r in leftovers)
            return [block]
    imgs = [i for i in frag.iter("img") if not _is_decorative(i)]
    if imgs:
        cap_el = _caption_element(frag.find(".//figure") if frag.find(".//figure") is not None
                                  else frag)
        caption, credit = _caption_and_credit(cap_el) if cap_el is not None else ("", "")
        for k, img in enumerate(imgs):
            alt = _norm(img.get("alt"))
            if alt or (k == 0 and caption):
                out.append(Figure(alt, caption if k == 0 else "", credit if k == 0 else "",
                                  _img_src(img)))
        return out
    text = _norm(frag.text_content())
    return [text] if text else []


# -- assembling the document ----------------------------------------------------------

def _assemble(raws: list[_Raw], front: dict[str, str], refs: dict[str, tuple[str, str]],
              dropped: list[Dropped], source: str | None) -> Document:
    title = ""
    byline = _first(front, "author", "authors", "byline", "creator")
    published = _first(front, "date", "published", "pubdate", "publishdate", "published_at")
    front_summary = _first(front, "description", "summary", "subtitle", "dek", "standfirst",
                           "excerpt", "deck")
    sections: list[_Sec] = [_Sec(None, 2)]
    summary: list[Paragraph] = []
    body_started = False
    dateline: str | None = None
    seen_heading = False
    title_from_h1 = False
    i = 0
    while i < len(raws):
        raw = raws[i]
        i += 1
        cur = sections[-1]
        if raw.kind == "heading":
            text = inline_text(raw.text, refs)
            if not text:
                continue
            if raw.level == 1 and not title_from_h1 and not body_started and not seen_heading:
                title, title_from_h1 = text, True
                continue
            sections.append(_Sec(text, 2 if raw.level <= 2 else 3))
            seen_heading = True
            continue
        if raw.kind == "image" or (raw.kind == "para" and _only_images(raw.text)):
            caption_raw = None
            nxt = raws[i] if i < len(raws) else None
            if nxt is not None and nxt.kind == "para" and _emphasised_line(nxt.text) and \
                    len(_images(raw.text, refs)) == 1:
                caption_raw = _emphasised_line(nxt.text)
                i += 1
            cur.blocks.extend(_figures(raw.text, caption_raw, refs))
            continue
        if raw.kind == "para":
            emph = _emphasised_line(raw.text)
            text = inline_text(raw.text, refs)
            if not text:
                continue
            if not body_started and not seen_heading:
                # "By Jane Doe | 12 March 2025", "By Jane Doe", "Published 12 March 2025"
                strip = bp.parse_byline_strip(text)
                who = strip[0] if strip else bp.parse_byline(text)
                stamp = bp.parse_timestamp(text)
                if who or (stamp and stamp[0] != "relative"):
                    byline = byline or (who or "")
                    published = published or (strip[1] if strip else None) or (
                        stamp[1] if stamp else "")
                    continue
            reason = furniture_reason(text)
            if reason:
                dropped.append(Dropped(text, reason))
                continue
            if emph is not None and not body_started and not seen_heading and not summary \
                    and (title or front.get("title")):
                summary.append(make_paragraph(text))
                continue
            if not body_started and not dateline:
                dateline, text = split_dateline(text)
            cur.blocks.append(make_paragraph(text))
            body_started = True
            cur.blocks.extend(_figures(raw.text, None, refs))
            continue
        if raw.kind == "quote":
            cur.blocks.extend(_quote(raw.text, refs, dropped))
            body_started = True
            continue
        if raw.kind == "list":
            items = [inline_text(t, refs) for t in raw.items]
            items = [t for t in items if t]
            if items:
                cur.blocks.append(ListBlock(tuple(ListItem(make_sentences(t)) for t in items),
                                            ordered=raw.ordered))
                body_started = True
            continue
        if raw.kind == "table":
            from .html import table_items

            rows = [[inline_text(c, refs) for c in r] for r in raw.rows]
            items = table_items(rows[0], rows[1:])
            if items:
                cur.blocks.append(ListBlock(tuple(ListItem(make_sentences(t)) for t in items)))
                body_started = True
            continue
        if raw.kind == "shortcode":
            video = _VIDEO_CODE_RE.search(raw.text)
            if video:
                url = ("https://www.youtube.com/embed/{}" if video.group("site").lower() ==
                       "youtube" else "https://player.vimeo.com/video/{}").format(video.group("id"))
                named = re.search(r"title=[\"']([^\"']+)", raw.text)
                cur.blocks.append(Media("video", named.group(1) if named else "", src=url))
            elif raw.text:
                dropped.append(Dropped(raw.text[:300], "template tag"))
            continue
        if raw.kind == "html":
            for part in _html_block(raw.text, dropped):
                if isinstance(part, str):
                    cur.blocks.append(make_paragraph(part))
                    body_started = True
                else:
                    cur.blocks.append(part)
    title = title or front.get("title", "") or _title_line(sections)
    first = next((b for s in sections for b in s.blocks if isinstance(b, Paragraph)), None)
    if not summary and front_summary:
        text = inline_text(front_summary, refs)
        if first is None or _squash(text)[:60] not in _squash(first.text):
            summary.append(make_paragraph(text))
    out_sections = tuple(Section(s.heading, tuple(s.blocks), s.level) for s in sections
                         if s.heading is not None or s.blocks)
    return Document(
        title=inline_text(title),
        sections=out_sections,
        summary=tuple(p for p in summary if p.sentences),
        site_name=_first(front, "site_name", "site", "publication", "publisher") or None,
        byline=byline or None,
        published=published or None,
        dateline=dateline,
        language=_first(front, "lang", "language") or "en",
        source=source,
        source_kind="markdown",
        dropped=tuple(dropped),
    )


def _title_line(sections: list[_Sec]) -> str:
    """No heading, no front matter: a short first line without a full stop is the headline."""
    blocks = sections[0].blocks if sections and sections[0].heading is None else []
    if len(blocks) >= 2 and isinstance(blocks[0], Paragraph) and isinstance(blocks[1], Paragraph):
        text = blocks[0].text
        if len(text.split()) <= 15 and not text.endswith((".", "!", ":", ";", ",", "\"", "”")):
            del blocks[0]
            return text
    return ""


def _first(front: dict[str, str], *keys: str) -> str:
    for key in keys:
        if front.get(key):
            return inline_text(front[key])
    return ""


def _only_images(raw: str) -> bool:
    """True when a paragraph holds images (maybe linked) and nothing else."""
    if not (_IMG_RE.search(raw) or _IMG_REF_RE.search(raw)):
        return False
    rest = _IMG_REF_RE.sub("", _IMG_RE.sub("", raw))
    rest = re.sub(r"\[\s*\](?:\([^)]*\)|\[[^\]]*\])", "", rest)
    return not rest.strip()


def _quote(raw: str, refs: dict[str, tuple[str, str]], dropped: list[Dropped]) -> list[Block]:
    lines = [ln for ln in raw.split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    attribution = None
    if lines:
        m = _ATTRIBUTION_RE.match(lines[-1])
        if m and len(m.group("who")) < 120 and (len(lines) > 1):
            attribution = inline_text(m.group("who"), refs)
            lines.pop()
    # list markers inside a quote are layout, not words
    lines = [re.sub(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+", "", ln) for ln in lines]
    text = inline_text("\n".join(lines), refs)
    if not text:
        return []
    return [Quote(make_sentences(text), attribution or None)]


__all__ = ["inline_text", "read_markdown"]
