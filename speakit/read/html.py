"""Read an HTML article page: the main text with its structure, figures and media.

How it works (decided by measurement on tests/read/fixtures/html):

1. Parse with lxml, read the page's metadata (``<title>``, Open Graph, ``meta``
   tags, JSON-LD) and drop what is never text (scripts, styles, hidden nodes).
2. Find the main content node: the ``<article>`` (or ``articleBody``, ``<main>``,
   ``role=main``, a CMS content class) that holds the most paragraph text. When
   the page has no such node, trafilatura's extraction judges which paragraphs
   are content, and its deepest common container becomes the main node.
3. Walk the main node in document order, emitting headings, paragraphs, quotes,
   lists, figures (with the credit split off the caption) and media blocks, and
   dropping boilerplate (navigation, share/newsletter boxes, related links, ads,
   comments, cookie banners) with the reason recorded in ``Document.dropped``.

Figures, captions and alt text always come from the page itself: extractors lose
them. Always judging by trafilatura gave the same paragraphs on every fixture but
lost lead pictures that stand outside the body container, and costs ~0.3 s a page,
so it only decides when the markup does not. A page drawn by script (no text in
its markup) is read from its JSON-LD ``articleBody``. Nothing here prints; a page
with no article text raises ``NoArticleError``.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any, Iterable, Iterator
from urllib.parse import urljoin

from ..document import (Block, Document, Dropped, Figure, ListBlock, ListItem, Media,
                        Paragraph, Quote, Section, number_sentences)
from ..errors import NoArticleError
from . import boilerplate as bp
from .credits import split_caption, split_credit
from .sentences import make_paragraph, make_sentences

if TYPE_CHECKING:
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)

MIN_ARTICLE_WORDS = 25
"""Fewer words of body text than this and the page is not an article."""
_MAX_DEPTH = 150
"""Deeper than this, a subtree is read as flat text (keeps recursion bounded)."""
_DROPPED_CHARS = 300
"""Dropped text is recorded up to this many characters."""

_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "canvas", "button", "select",
               "input", "textarea", "option", "link", "meta", "map", "head", "title", "dialog")
_INLINE = frozenset((
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br", "img", "picture", "nobr"))
_BLOCK_XPATH = ("boolean(descendant::*[self::p or self::div or self::figure or self::ul or "
                "self::ol or self::table or self::blockquote or self::h1 or self::h2 or "
                "self::h3 or self::h4 or self::section or self::article or self::video or "
                "self::iframe or self::audio])")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")

# class/id words (bounded by start, end, "-" or "_") → why the element is boilerplate
_CLASS_REASONS: tuple[tuple[str, str], ...] = (
    ("cookie|cookies|consent|gdpr|cmp|cookiebanner", "cookie banner"),
    ("newsletter|newsletters|subscribe|subscription|signup|sign-up|optin", "newsletter box"),
    ("share|sharing|sharebar|social|addthis|sharedaddy|share-tools", "share buttons"),
    (r"related\w*|recommended|recommendations|more-stories|read-more|readmore|also-read|"
     r"read-next|up-next|outbrain|taboola|more-on|further-reading|similar|similar-stories|"
     r"more-from|more-like-this", "related links"),
    ("most-read|mostread|most-popular|mostpopular|popular|trending|most-viewed", "most read"),
    ("ad|ads|advert|adverts|advertisement|advertising|adslot|ad-slot|dfp|gpt-ad|sponsor|"
     "sponsored|promo|promotion|promoted", "advertisement"),
    ("support-banner|contributions|contribution-ask|donate|donation|membership-ask|epic",
     "appeal for support"),
    ("comment|comments|disqus|discussion|respond|replies", "comments"),
    ("breadcrumb|breadcrumbs", "breadcrumbs"),
    ("masthead|site-header|siteheader|global-header", "site header"),
    ("nav|navbar|navigation|menu|skip-link|skiplink|topbar", "navigation"),
    ("sidebar|widget|widgets|rail|right-rail", "sidebar"),
    ("footer|site-footer|colophon", "footer"),
    ("tags|tag-list|taglist|topics|keywords|categories|cat-links|tags-links", "tags"),
    ("paywall|regwall|login|signin|sign-in|meter", "login wall"),
    ("author-bio|authorbio|bio|about-author", "author bio"),
    ("modal|popup|pop-up|overlay|lightbox", "pop-up"),
    ("print|toolbar|tools|utility|article-tools", "page tools"),
    ("pagination|pager|post-navigation|nav-links", "pagination"),
    ("visually-hidden|sr-only|screen-reader-text|screenreader|offscreen|element-invisible",
     "screen-reader label"),
)
_CLASS_RES = tuple((re.compile(r"(?:^|[-_\s])(?:" + words + r")(?:$|[-_\s])"), reason)
                   for words, reason in _CLASS_REASONS)
_SR_ONLY_RE = _CLASS_RES[-1][0]
_TAG_REASONS = {"nav": "navigation", "aside": "sidebar", "form": "form", "footer": "footer",
                "header": "site header", "menu": "navigation"}
_ROLE_REASONS = {"navigation": "navigation", "banner": "site header", "contentinfo": "footer",
                 "complementary": "sidebar", "search": "search", "dialog": "pop-up",
                 "alertdialog": "pop-up", "menu": "navigation", "menubar": "navigation"}
# Class words that mark the summary under the headline (the standfirst).
_STANDFIRST_RE = re.compile(
    r"(?:^|[-_\s])(?:standfirst|dek|deck|summary|article-summary|lead|lede|subtitle|subheadline|"
    r"sub-headline|subhead|strapline|kicker-summary|excerpt|intro-text|description|teaser-text)"
    r"(?:$|[-_\s])")
_BYLINE_RE = re.compile(r"(?:^|[-_\s])(?:byline|by-line|author|authors|author-name|contributor|"
                        r"writer|reporter)(?:$|[-_\s])")
_META_BOX_RE = re.compile(r"(?:^|[-_\s])(?:entry-meta|post-meta|article-meta|meta|posted-on|"
                          r"timestamp|dateline|date|published|updated|reading-time|read-time)"
                          r"(?:$|[-_\s])")
_CREDIT_CLASS_RE = re.compile(r"credit|copyright|byline|source|attribution|photographer|"
                              r"courtesy|rights")
_CAPTION_CLASS_RE = re.compile(r"caption|figcaption|wp-caption-text|image-text|img-text|"
                               r"photo-text|legend")
_MEDIA_CLASS_RE = re.compile(r"(?:^|[-_\s])(?:video|videos|media|player|audio|podcast|embed|"
                             r"clip|watch|listen|jwplayer|brightcove|youtube|vimeo)")
_FIGURE_CLASS_RE = re.compile(r"(?:^|[-_\s])(?:wp-caption|figure|image|img|photo|picture|"
                              r"inline-image|article-image|media-image)(?:$|[-_\s])")
_MEDIA_SRC_RE = re.compile(r"youtube|youtu\.be|vimeo|dailymotion|soundcloud|spotify|podcast|"
                           r"megaphone|simplecast|buzzsprout|brightcove|jwplayer|wistia|"
                           r"/embed/|/player|video|audio", re.I)
_AUDIO_SRC_RE = re.compile(r"soundcloud|spotify|podcast|megaphone|simplecast|buzzsprout|"
                           r"anchor\.fm|audio|\.mp3|\.m4a|\.ogg", re.I)
_TRACKER_SRC_RE = re.compile(r"pixel|spacer|tracking|tracker|beacon|1x1|blank\.gif|"
                             r"transparent\.(?:gif|png)|clear\.gif|/b\.gif|doubleclick|analytics",
                             re.I)
# status badges (build, version, coverage): pictures of a word, not of the story
_BADGE_SRC_RE = re.compile(r"shields\.io|badgen\.net|badge\.svg|/badges?/|travis-ci\.|codecov\.io|"
                           r"coveralls\.io|badge\.fury\.io", re.I)
_DECOR_CLASS_RE = re.compile(r"(?:^|[-_\s])(?:icon|logo|avatar|emoji|wp-smiley|sprite|badge|"
                             r"author-photo|gravatar|spinner|placeholder)(?:$|[-_\s])")

_BOILER_HEADING_RE = re.compile(
    r"^(?:related(?: stories| articles| content| coverage| links| topics)?|more on this\b.*|"
    r"more from\b.*|more about this\b.*|more (?:stories|news|to explore)|"
    r"most (?:read|popular|viewed|shared)|read (?:more|next)|"
    r"recommended(?: for you)?|trending(?: now)?|popular(?: now| stories)?|you (?:may|might) "
    r"also like|share(?: this)?(?: article| story| page)?|comments?|leave a (?:reply|comment)|"
    r"join the conversation|sign up.*|newsletter.*|follow us.*|tags|topics|advertisement|"
    r"latest(?: news| stories)?|top stories|editor'?s picks|elsewhere on .*|around the web)\W*$",
    re.I)
_BYLINE_TEXT_RE = re.compile(r"^(?:by|written by|words by|story by|reporting by)\s+(?=\S)", re.I)
_DATELINE_RE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'’ -]{2,40}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:,? (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?"
    r"(?: \((?:AP|Reuters|AFP|CP|PA|UPI|Bloomberg|dpa|[A-Z][A-Za-z. ]{1,25})\))?)\s*[—–-]{1,2}\s+"
    r"(?=[A-Z\"“‘'0-9])")
# BBC: a screen-reader label "Image source, " in front of the visible credit
_IMAGE_SOURCE_RE = re.compile(r"image source\s*,", re.I)
_LOGIN_RE = re.compile(r"\b(?:log ?in|sign ?in|subscribe|subscribers?|create an account|"
                       r"register)\b.{0,200}?\b(?:continue|read|access|article|story)\b", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")


def _furniture_heading(text: str) -> bool:
    """``Related stories``, ``Most read``, ``Share this article``: what follows is not the story."""
    return bool(_BOILER_HEADING_RE.match(text)) or bp.is_cutoff(text)


def _reads_like_standfirst(text: str) -> bool:
    """A subheading under the headline is a standfirst when it reads as a sentence, not a label."""
    return len(text.split()) >= 8 or text.endswith((".", "!", "?"))


def _date_only(text: str) -> str | None:
    """The date when ``text`` is nothing but a (labelled) date: ``Updated 3 March 2025``."""
    stamp = bp.parse_timestamp(_norm(text))
    return stamp[1] or None if stamp and stamp[0] != "relative" else None


def furniture_reason(text: str) -> str | None:
    """Why a short paragraph is page furniture (the pasted-text reader's line rules)."""
    if len(text) > 300:
        return None
    if bp.is_newsletter_prompt(text):
        return "newsletter prompt"
    if bp.is_share_line(text):
        return "share prompt"
    if bp.is_related_link(text) or bp.is_related_head(text):
        return "related link"
    if bp.is_copyright(text) or "all rights reserved" in text.lower():
        return "copyright"
    if bp.is_credits_trailer(text):
        return "reporting credits"
    return None


@dataclass(frozen=True)
class PageMeta:
    """What the page says about itself outside the article body."""

    title_tag: str = ""
    """The ``<title>`` text, site suffix and all."""
    og_title: str = ""
    """``og:title`` / ``twitter:title`` / JSON-LD headline."""
    site_name: str = ""
    """``og:site_name``, ``application-name`` or the JSON-LD publisher."""
    description: str = ""
    """``og:description`` / ``meta description``: a summary only when the page shows none."""
    author: str = ""
    """JSON-LD author(s) or ``meta name=author``."""
    published: str = ""
    """``article:published_time`` and friends, or JSON-LD ``datePublished``."""
    language: str = "en"
    """The ``<html lang>`` tag."""
    videos: tuple[dict[str, Any], ...] = ()
    """JSON-LD VideoObjects (name, duration, description, urls) for media blocks."""
    article_body: str = ""
    """JSON-LD ``articleBody``: the text of a page whose markup holds none (drawn by script)."""


@dataclass
class _Sec:
    heading: str | None
    level: int
    blocks: list[Block] = field(default_factory=list)


def read_html(html: str, source: str | None = None, url: str | None = None) -> Document:
    """Read an HTML page into a ``Document`` (title, summary, sections, figures, media)."""
    name = source or url or "the HTML input"
    root = _parse(html, name)
    meta = _page_meta(root)
    _strip_never_text(root)
    base = _base_url(root, url)
    weights = _paragraph_weights(root)
    main, judged = _main_node(root, html, weights)
    title_el = _title_element(root, main, meta)
    walker = _Walker(root, main, title_el, meta, base, judged, weights)
    walker.run()
    doc = walker.document(meta, source=source)
    if _body_words(doc) < MIN_ARTICLE_WORDS and len(meta.article_body.split()) >= MIN_ARTICLE_WORDS:
        # a page drawn by JavaScript: its structured data still carries the text
        log.info("%s: no article in the markup; reading JSON-LD articleBody", name)
        paragraphs = tuple(make_paragraph(t) for t in re.split(r"\n\s*\n|\n", meta.article_body)
                           if _norm(t))
        doc = replace(doc, sections=(Section(None, paragraphs),))
    _check_article(doc, root, name)
    return number_sentences(doc)


# -- parsing and metadata --------------------------------------------------------

def _parse(html: str, name: str) -> HtmlElement:
    import lxml.etree
    import lxml.html

    # lxml refuses a str that carries an XML encoding declaration, or control characters.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", html.lstrip("\ufeff"), count=1)
    text = _CONTROL_RE.sub("", text)
    if not text.strip():
        raise NoArticleError(f"{name} is empty: the page body holds no article text. "
                             "Save the article page itself and pass that file.")
    try:
        # huge_tree: libxml2 otherwise stops at depth 256 and silently drops the rest
        root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NoArticleError(f"{name} holds no readable HTML ({exc}). "
                             "Save the article page itself and pass that file.") from exc
    return root


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _norm(text: str | None) -> str:
    if not text:
        return ""
    text = text.replace("\xad", "").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"\s+", " ", text).strip()


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _meta_content(root: HtmlElement, *keys: str) -> str:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            for el in root.iterfind(f".//meta[@{attr}='{key}']"):
                value = _norm(el.get("content"))
                if value:
                    return value
    return ""


def _page_meta(root: HtmlElement) -> PageMeta:
    title_el = root.find(".//title")
    ld = list(_json_ld(root))
    article = next((d for d in ld if _ld_type(d) & {"newsarticle", "article", "blogposting",
                                                    "reportagenews", "analysisnewsarticle",
                                                    "opinionnewsarticle", "webpage"}
                    and (d.get("headline") or d.get("datePublished"))), {})
    site = _meta_content(root, "og:site_name", "application-name")
    publisher = article.get("publisher")
    if not site and isinstance(publisher, dict):
        site = _norm(str(publisher.get("name") or ""))
    published = (_meta_content(root, "article:published_time", "datePublished", "pubdate",
                               "publishdate", "parsely-pub-date", "sailthru.date", "dc.date",
                               "DC.date.issued", "date")
                 or _norm(str(article.get("datePublished") or "")))
    lang = _norm(root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang"))
    return PageMeta(
        title_tag=_norm(title_el.text_content()) if title_el is not None else "",
        og_title=_meta_content(root, "og:title", "twitter:title") or _norm(
            str(article.get("headline") or "")),
        site_name=site,
        description=_meta_content(root, "og:description", "description", "twitter:description")
        or _norm(str(article.get("description") or "")),
        author=_ld_author(article.get("author")) or _meta_content(root, "author", "article:author",
                                                                   "parsely-author"),
        published=published,
        language=lang or "en",
        videos=tuple(d for d in ld if _ld_type(d) & {"videoobject", "audioobject"}),
        article_body=str(article.get("articleBody") or "").strip(),
    )


def _json_ld(root: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in root.iterfind(".//script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            log.debug("skipping unreadable JSON-LD block")
            continue
        yield from _ld_dicts(data, 0)


def _ld_dicts(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_dicts(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "video", "associatedMedia", "hasPart", "mainEntity"):
            if key in data:
                yield from _ld_dicts(data[key], depth + 1)


def _ld_type(data: dict[str, Any]) -> set[str]:
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _ld_author(author: Any) -> str:
    if isinstance(author, dict):
        return _norm(str(author.get("name") or ""))
    if isinstance(author, list):
        names = [_ld_author(a) for a in author]
        return " and ".join(n for n in names if n)
    if isinstance(author, str):
        return _norm(author)
    return ""


# Private-use marks around bold runs while a container's text is gathered (never emitted).
_BOLD_ON, _BOLD_OFF = "\ue010", "\ue011"
_AMP_TAGS = {"amp-img": "img", "amp-anim": "img", "amp-video": "video", "amp-audio": "audio",
             "amp-iframe": "iframe", "amp-youtube": "iframe", "amp-vimeo": "iframe",
             "amp-dailymotion": "iframe", "amp-soundcloud": "iframe"}
_AMP_EMBED_URLS = {"amp-youtube": "https://www.youtube.com/embed/{}",
                   "amp-vimeo": "https://player.vimeo.com/video/{}",
                   "amp-dailymotion": "https://www.dailymotion.com/embed/video/{}",
                   "amp-soundcloud": "https://w.soundcloud.com/player/?url=tracks/{}"}


def _strip_never_text(root: HtmlElement) -> None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            _remove(el)  # comments and processing instructions
        elif el.tag in _AMP_TAGS:
            # AMP pages: read amp-img and amp-youtube as the img and iframe they stand for
            video_id = el.get("data-videoid") or el.get("data-trackid")
            if el.tag in _AMP_EMBED_URLS and video_id and not el.get("src"):
                el.set("src", _AMP_EMBED_URLS[el.tag].format(video_id))
            el.tag = _AMP_TAGS[el.tag]
        elif el.tag in ("amp-ad", "amp-sticky-ad", "amp-embed", "amp-analytics", "amp-pixel"):
            _remove(el)
        elif el.tag == "noscript" and el.find(".//img") is not None:
            _lazy_image_fallback(el)
        elif el.tag.lower() in _NEVER_TEXT and el.getparent() is not None:
            _remove(el)
        elif _is_hidden(el):
            _remove(el)


def _lazy_image_fallback(noscript: HtmlElement) -> None:
    """Lazy-loading pages put the real <img> (src, alt) in <noscript>: keep its facts once."""
    parent = noscript.getparent()
    if parent is None:
        return
    real = list(noscript.iter("img"))
    lazy = [i for i in parent.iter("img") if noscript not in i.iterancestors()]
    if not lazy:
        for img in real:  # nothing stands in for it: the noscript image is the picture
            noscript.addprevious(img)
            img.tail = None
    for placeholder, img in zip(lazy, real):
        for attr in ("alt", "src"):
            if not (placeholder.get(attr) or "").strip() or (
                    attr == "src" and placeholder.get(attr, "").startswith("data:")):
                if img.get(attr):
                    placeholder.set(attr, img.get(attr) or "")
    _remove(noscript)


def _is_hidden(el: HtmlElement) -> bool:
    if el.tag in ("html", "body"):
        return False
    if el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _remove(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _base_url(root: HtmlElement, url: str | None) -> str | None:
    base = root.find(".//base[@href]")
    if base is not None:
        return urljoin(url or "", base.get("href") or "") or url
    return url


# -- finding the main content ------------------------------------------------------

_CONTENT_CLASS_RE = re.compile(
    r"(?:^|[-_\s])(?:entry-content|post-content|article-body|article__body|articlebody|"
    r"story-body|story-content|post-body|article-content|content-body|td-post-content|"
    r"main-content|article-text|story-text|body-text|text-content|single-content|"
    r"rich-text|post-entry|entry-body|article)(?:$|[-_\s])")


def _paragraph_weights(root: HtmlElement) -> dict[Any, int]:
    """Characters of paragraph text under each element (own and descendants')."""
    weights: dict[Any, int] = {}
    for p in root.iter("p", "li", "blockquote", "pre"):
        n = len(_norm(p.text_content()))
        if not n:
            continue
        for el in (p, *p.iterancestors()):
            weights[el] = weights.get(el, 0) + n
    return weights


def _main_node(root: HtmlElement, html: str,
               weights: dict[Any, int]) -> tuple[HtmlElement, Judge | None]:
    """The element holding the article, and (when an extractor chose it) its kept text."""
    body = root.find("body")
    if body is None:
        body = root
    total = weights.get(body, 0)

    def best(candidates: Iterable[HtmlElement], least: int) -> HtmlElement | None:
        scored = [(weights.get(el, 0), i, el) for i, el in enumerate(candidates)
                  if _boilerplate_reason(el, inside_main=False) is None]
        scored = [s for s in scored if s[0] >= least]
        return max(scored, key=lambda s: (s[0], -s[1]))[2] if scored else None

    groups = (
        list(root.iter("article")),
        root.xpath("//*[@itemprop='articleBody' or @itemprop='articlebody']"),
        list(root.iter("main")) + root.xpath("//*[@role='main']"),
        [el for el in root.iter() if isinstance(el.tag, str) and el.tag in ("div", "section")
         and _CONTENT_CLASS_RE.search(_class_id(el))],
    )
    for least, group in zip((1, 1, 1, 200), groups):
        chosen = best(group, least)
        if chosen is not None and weights.get(chosen, 0) >= 0.25 * total:
            log.debug("main node: <%s class=%s>", chosen.tag, chosen.get("class"))
            return chosen, None
    judged = _extractor_text(html)
    if judged and judged.size >= 0.1 * total:
        return _judged_main(body, judged), judged
    # The extractor found (almost) nothing: read the whole body and let the
    # boilerplate rules drop navigation, footers and the like.
    return body, None


@dataclass(frozen=True)
class Judge:
    """The text an extractor (trafilatura) keeps as the article, to judge page blocks by."""

    lines: frozenset[str]
    """Its lines, squashed to lower-case letters and digits."""
    blob: str
    """The same lines joined by newlines, for fast substring checks."""

    @classmethod
    def from_text(cls, text: str) -> Judge | None:
        """A judge from extracted text; None when it holds no letters or digits."""
        lines = [s for s in (_squash(line) for line in text.splitlines()) if s]
        return cls(frozenset(lines), "\n".join(lines)) if lines else None

    @property
    def size(self) -> int:
        """Characters of kept text."""
        return len(self.blob) - len(self.lines) + 1

    def keeps(self, el: HtmlElement | str) -> bool:
        """True when the element's (or string's) text is article text to the extractor."""
        text = _squash(el if isinstance(el, str) else el.text_content())
        if not text:
            return False
        # trafilatura may trim a block (a part of one line) or merge several (starts like one)
        return text in self.lines or (len(text) >= 40 and (text in self.blob or
                                                           text[:40] in self.blob))


def _extractor_text(html: str) -> Judge | None:
    """What trafilatura keeps as the article text (None when it finds none)."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        return None
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True,
                                   include_images=False, include_formatting=False,
                                   deduplicate=False, favor_recall=True)
    except Exception as exc:  # noqa: BLE001 - an extractor failure must not stop reading
        log.info("trafilatura could not judge the page: %s", exc)
        return None
    return Judge.from_text(text) if text else None


def _judged_main(body: HtmlElement, judged: Judge) -> HtmlElement:
    kept: dict[Any, int] = {}
    for p in body.iter("p", "li", "blockquote", "pre", "td", "div", "h2", "h3"):
        if p.tag == "div" and p.xpath(_BLOCK_XPATH):
            continue
        if judged.keeps(p):
            n = len(_squash(p.text_content()))
            for el in (p, *p.iterancestors()):
                kept[el] = kept.get(el, 0) + n
    node = body
    total = kept.get(body, 0)
    while total:
        heavy = [c for c in node if kept.get(c, 0) >= 0.8 * total]
        if not heavy:
            break
        node = heavy[0]
    log.debug("main node by extractor: <%s class=%s>", node.tag, node.get("class"))
    return node


def _title_element(root: HtmlElement, main: HtmlElement, meta: PageMeta) -> HtmlElement | None:
    site = _squash(meta.site_name)
    h1s = [h for h in root.iter("h1") if _norm(h.text_content())
           and not (site and _squash(h.text_content()) == site)
           and not _DECOR_CLASS_RE.search((h.get("class") or "").lower())
           and "site-title" not in (h.get("class") or "")]
    if not h1s:
        return None
    in_main = [h for h in h1s if main in h.iterancestors() or h is main]
    if in_main:
        return in_main[0]
    wanted = meta.og_title or meta.title_tag
    if wanted:
        scored = max(h1s, key=lambda h: _similar(h.text_content(), wanted))
        if _similar(scored.text_content(), wanted) >= 0.6 or _squash(
                scored.text_content()) in _squash(wanted):
            return scored
    outside = [h for h in h1s if not any(a.tag in ("header", "nav", "footer", "aside")
                                         for a in h.iterancestors())]
    return outside[0] if outside else None


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, _squash(a), _squash(b)).ratio()


def _title_from_meta(meta: PageMeta) -> tuple[str, str]:
    """(headline, site name) from og:title or <title>, a " - Site" suffix split off."""
    site = meta.site_name
    if not site and meta.og_title and meta.title_tag:
        parts = _TITLE_SEPARATORS.split(meta.title_tag)
        if len(parts) > 1 and len(parts[-1].split()) <= 5:
            site = parts[-1].strip()
    for raw in (meta.og_title, meta.title_tag):
        if not raw:
            continue
        parts = _TITLE_SEPARATORS.split(raw)
        if len(parts) > 1:
            if site and _squash(parts[-1]) == _squash(site):
                return " - ".join(parts[:-1]).strip(), site
            if site and _squash(parts[0]) == _squash(site):
                return " - ".join(parts[1:]).strip(), site
            last = parts[-1]
            if len(last.split()) <= 5 and len(last) < len(" ".join(parts[:-1])):
                return raw[: raw.rfind(last)].rstrip(" |-–—:·•»"), site or last
        return raw, site
    return "", site


# -- classifying elements ------------------------------------------------------------

def _class_id(el: HtmlElement) -> str:
    # camelCase names ("sharebarContainer", "similarStories") split like kebab-case ones
    names = (f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-component') or ''} "
             f"{el.get('data-testid') or ''}")
    return re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", names).lower()


def _boilerplate_reason(el: HtmlElement, *, inside_main: bool) -> str | None:
    """Why ``el`` is boilerplate (``navigation``, ``cookie banner`` …), or None."""
    tag = el.tag if isinstance(el.tag, str) else ""
    role = (el.get("role") or "").lower()
    names = _class_id(el)
    for regex, reason in _CLASS_RES:
        if regex.search(names):
            if reason == "screen-reader label" and tag not in ("span", "div", "a", "p", "h2",
                                                               "h3", "h4", "label"):
                continue
            return reason
    if tag in _TAG_REASONS:
        if tag == "header":
            return "article header" if inside_main else "site header"
        if tag == "footer" and inside_main:
            return "article footer"
        if tag == "aside" and inside_main and _link_density(el) < 0.3 and len(
                _norm(el.text_content())) >= 100:
            return None  # a fact box inside the article is content
        return _TAG_REASONS[tag]
    if role in _ROLE_REASONS:
        return _ROLE_REASONS[role]
    if tag in ("div", "section", "p") and not inside_main:
        text = _norm(el.text_content())
        if len(text) < 800 and re.search(r"\bcookies?\b", text, re.I) and re.search(
                r"\b(?:accept|consent|privacy|agree)\b", text, re.I):
            return "cookie banner"
    return None


def _link_density(el: HtmlElement) -> float:
    text = len(_norm(el.text_content()))
    if not text:
        return 0.0
    linked = sum(len(_norm(a.text_content())) for a in el.iter("a"))
    return min(1.0, linked / text)


def _is_decorative(img: HtmlElement) -> bool:
    """Never a picture of the story: marked presentational, an icon, a pixel or a badge.

    ``alt=""`` alone is not enough: CMSs write it for pictures nobody described, so a
    captioned ``alt=""`` image stays a figure (``image`` skips it when it has no caption).
    """
    if (img.get("role") or "").lower() in ("presentation", "none"):
        return True
    if (img.get("aria-hidden") or "").lower() == "true":
        return True
    if _DECOR_CLASS_RE.search(_class_id(img)):
        return True
    src = _img_src(img) or ""
    if not src:  # lazy loading under a name we do not know: described pictures still count
        return not _norm(img.get("alt"))
    if decorative_src(src):
        return True
    sizes = []
    for attr in ("width", "height"):
        m = re.match(r"\s*(\d+)", img.get(attr) or "")
        if m:
            sizes.append(int(m.group(1)))
    style = (img.get("style") or "").replace(" ", "").lower()
    sizes += [int(n) for n in re.findall(r"(?:^|;)(?:width|height):(\d+)px", style)]
    return bool(sizes) and max(sizes) <= 48


def decorative_src(src: str) -> bool:
    """True for image addresses that are never a picture of the story (pixels, badges)."""
    return bool(_TRACKER_SRC_RE.search(src) or _BADGE_SRC_RE.search(src))


def _img_src(img: HtmlElement) -> str | None:
    for attr in ("data-src", "data-lazy-src", "data-original", "data-url", "src"):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    srcset = (img.get("data-srcset") or img.get("srcset") or "").strip()
    if srcset:
        return srcset.split(",")[0].split()[0]
    return None


# -- inline text -------------------------------------------------------------------

def _inline_text(el: HtmlElement, depth: int = 0) -> str:
    """Visible text of an element, with spaces where the browser would show them."""
    parts: list[str] = []
    _collect_inline(el, parts, depth)
    return "".join(parts)


def _collect_inline(el: HtmlElement, parts: list[str], depth: int) -> None:
    if el.text:
        parts.append(el.text)
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif not tag or tag in ("img", "picture", "video", "audio", "iframe", "object", "embed"):
            pass
        elif tag == "sup" and child.find("a") is not None and re.fullmatch(
                r"\[?\d+\]?", _norm(child.text_content())):
            pass  # footnote marker
        elif _SR_ONLY_RE.search(_class_id(child)) and tag in ("span", "a"):
            pass  # screen-reader-only label ("opens in a new tab", "Image caption,")
        elif depth > _MAX_DEPTH:
            parts.append(child.text_content())
        else:
            block = tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                            "blockquote", "section", "figcaption", "dd", "dt", "td", "th")
            if block:
                parts.append(" ")
            if tag == "q":
                parts.append("“")
            _collect_inline(child, parts, depth + 1)
            if tag == "q":
                parts.append("”")
            if block:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def _paragraph_texts(raw: str) -> list[str]:
    """Split inline text on blank lines (``<br><br>``) into normalized paragraphs."""
    return [t for t in (_norm(chunk) for chunk in re.split(r"\n[ \t\xa0]*\n", raw)) if t]


def _clip(text: str) -> str:
    return text if len(text) <= _DROPPED_CHARS else text[:_DROPPED_CHARS - 1].rstrip() + "…"


# -- the walk ----------------------------------------------------------------------

class _Walker:
    """Walks the main node in document order and builds sections, summary and metadata."""

    def __init__(self, root: HtmlElement, main: HtmlElement, title_el: HtmlElement | None,
                 meta: PageMeta, base: str | None, judged: Judge | None,
                 weights: dict[Any, int]) -> None:
        self.root = root
        self.weights = weights
        self.main = main
        self.title_el = title_el
        self.meta = meta
        self.base = base
        self.judged = judged
        self.sections: list[_Sec] = [_Sec(None, 2)]
        self.summary: list[Paragraph] = []
        self.dropped: list[Dropped] = []
        self.byline: str | None = None
        self.published: str | None = None
        self.dateline: str | None = None
        # The headline comes first; text above it (kickers, breadcrumbs) is not the article.
        self.title_seen = title_el is None or main not in title_el.iterancestors() or sum(
            len(_norm(p.text_content())) for p in title_el.xpath("preceding::p")
            if main in p.iterancestors()) > 300  # a headline at the bottom is not a title block
        self.has_h2 = main.find(".//h2") is not None
        # the headline a paragraph may repeat (legacy pages with no <h1>)
        self.title_key = _squash(_inline_text(title_el) if title_el is not None
                                 else _title_from_meta(meta)[0])
        self.after_title = False  # nothing but metadata since the headline
        self.body_started = False
        self.skip_parent: HtmlElement | None = None
        self.skip_reason = ""
        self.pending_label = ""
        self.seen_src: set[str] = set()

    # -- recording --------------------------------------------------------------
    def drop(self, text: str | HtmlElement, reason: str) -> None:
        text = _norm(text if isinstance(text, str) else _inline_text(text))
        if text:
            self.dropped.append(Dropped(_clip(text), reason))

    def add(self, block: Block) -> None:
        if self.skip_reason:
            # under a "Related"/"More on this story" heading: teasers and link lists go;
            # a real paragraph means the article goes on
            if isinstance(block, Paragraph) and len(block.text.split()) >= 30 or \
                    isinstance(block, Media):
                self.skip_parent, self.skip_reason = None, ""
            else:
                self.drop(_block_text(block), self.skip_reason)
                return
        self.sections[-1].blocks.append(block)
        if not isinstance(block, (Figure, Media)):
            self.body_started = True
        self.after_title = False

    # -- entry --------------------------------------------------------------------
    def run(self) -> None:
        self._record_outside()
        if self.main.tag in ("ul", "ol", "dl", "table", "blockquote", "p", "figure", "pre"):
            self.block(self.main, 0)  # the extractor may pick a single block as the article
        else:
            self.walk(self.main, 0)
        if not self.summary:
            self._standfirst_outside()
        self.byline = self.byline or _clean_byline(self._byline_outside() or self.meta.author)
        self.published = self.published or self.meta.published or self._time_outside()

    def _record_outside(self) -> None:
        """Record boilerplate that lies outside the main node (for the report)."""
        body = self.root.find("body")
        if body is None or body is self.main:
            return
        keep = set(self.main.iterancestors())
        if self.title_el is not None:
            keep |= {self.title_el, *self.title_el.iterancestors()}
        stack = list(reversed(body))
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str) or el is self.main or el is self.title_el:
                continue
            if el in keep:
                stack.extend(reversed(el))
                continue
            reason = _boilerplate_reason(el, inside_main=False)
            if reason or not self._is_meta_element(el):
                self.drop(el, reason or "outside the article")

    def _is_meta_element(self, el: HtmlElement) -> bool:
        names = _class_id(el)
        return bool(_STANDFIRST_RE.search(names) or _BYLINE_RE.search(names)
                    or _META_BOX_RE.search(names) or el.tag == "time")

    def walk(self, el: HtmlElement, depth: int) -> None:
        """Walk a container: inline runs become paragraphs, block children are dispatched."""
        if depth > _MAX_DEPTH:
            for text in _paragraph_texts(el.text_content()):
                self.paragraph(text, el)
            return
        run: list[str] = []
        linked = [0]  # characters of link text in the run
        images: list[HtmlElement] = []

        def flush() -> None:
            chunks = re.split(r"\n[ \t\xa0]*\n", "".join(run))
            texts = [_norm(c.replace(_BOLD_ON, "").replace(_BOLD_OFF, "")) for c in chunks]
            size = sum(len(t) for t in texts)
            if size and linked[0] >= 0.8 * size and size < 300:
                self.drop(" ".join(t for t in texts if t), "links")
            else:
                for chunk, text in zip(chunks, texts):
                    all_bold = not _norm(re.sub(_BOLD_ON + ".*?" + _BOLD_OFF, "", chunk,
                                                flags=re.S))
                    if text and not (all_bold and self.subheading(text)):
                        self.paragraph(text, el)
            run.clear()
            linked[0] = 0
            for img in images:
                self.image(img, None)
            images.clear()

        if el.text:
            run.append(el.text)
        for child in list(el):
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if not tag:
                pass
            elif tag in _INLINE and not (tag not in ("img", "br") and child.xpath(_BLOCK_XPATH)) \
                    and not (self._standalone(run, child) and (
                        tag == "time" or _BYLINE_RE.search(_class_id(child)))):
                if tag == "br":
                    run.append("\n")
                elif tag in ("img", "picture"):
                    images.append(child if tag == "img" else (child.find(".//img") or child))
                elif _SR_ONLY_RE.search(_class_id(child)):
                    pass
                else:
                    text = _inline_text(child, depth)
                    run.append(_BOLD_ON + text + _BOLD_OFF if tag in ("b", "strong") else text)
                    linked[0] += sum(len(_norm(a.text_content())) for a in child.iter("a"))
                    images.extend(i for i in child.iter("img") if not _is_decorative(i))
            else:
                flush()
                self.block(child, depth + 1)
            if child.tail:
                run.append(child.tail)
        flush()
        if self.skip_parent is el:
            self.skip_parent, self.skip_reason = None, ""

    @staticmethod
    def _standalone(run: list[str], child: HtmlElement) -> bool:
        """True when an inline element stands on its own, not inside running text."""
        return not "".join(run).strip() and not _norm(child.tail)

    def block(self, el: HtmlElement, depth: int) -> None:
        """Dispatch one block-level element."""
        tag = el.tag.lower()
        if el is self.title_el:
            self.title_seen = True
            self.after_title = True
            return
        if self.title_el is not None and el in self.title_el.iterancestors():
            self._walk_header(el, depth)
            return
        names = _class_id(el)
        if (tag == "figcaption" or _CAPTION_CLASS_RE.search(names)) and self._last_needs_caption() \
                and el.find(".//img") is None:
            self._caption_for_last(el)
            return
        if self._metadata(el, tag, names):
            return
        reason = _boilerplate_reason(el, inside_main=True)
        if reason and reason not in ("comments", "article header") and \
                self.weights.get(el, 0) >= 0.5 * self.weights.get(self.main, 1) and \
                _link_density(el) < 0.5:
            # a wrapper holding most of the article is not boilerplate, whatever its class
            # says ("article-body-commercial-selector", "share-enabled")
            log.debug("keeping <%s class=%s>: it holds most of the text", tag, el.get("class"))
            reason = None
        if reason == "article header":
            if self.title_seen and (self.body_started or el.xpath(
                    "boolean(.//h2 or .//h3 or .//h4)")):
                self.walk(el, depth)  # a section's own <header>, holding its heading
            else:
                self._walk_header(el, depth)
            return
        if reason:
            self.drop(el, reason)
            return
        if not self.title_seen:
            # kickers, section labels and breadcrumbs above the headline
            if tag in ("figure", "img", "picture"):
                self.figure(el) if tag == "figure" else self.image(el, None)
            elif el.xpath(_BLOCK_XPATH) or (self.title_el is not None and
                                            el in self.title_el.iterancestors()):
                self.walk(el, depth)
            else:
                self.drop(el, "above the headline")
            return
        if tag in _HEADINGS:
            self.heading(el, tag)
        elif tag == "p":
            self._p(el, depth)
        elif tag in ("ul", "ol", "dl"):
            self.list_block(el, tag)
        elif tag == "blockquote":
            self.quote(el, el)
        elif tag in ("video", "audio", "iframe", "embed", "object"):
            self.media(el, el)
        elif tag == "figure" or (tag == "div" and _FIGURE_CLASS_RE.search(names)
                                 and _is_figure_unit(el)):
            self.figure(el, depth)
        elif tag in ("div", "section", "span") and _MEDIA_CLASS_RE.search(names) and \
                _is_media_unit(el):
            self.media(el, _media_element(el))
        elif tag == "table" and _is_figure_unit(el):
            self.figure(el)
        elif tag == "table":
            self.table(el, depth)
        elif tag in ("img", "picture"):
            self.image(el if tag == "img" else el.find(".//img"), None)
        elif tag == "pre":
            if el.find(".//code") is not None or "code" in names:
                self.drop(el.text_content()[:_DROPPED_CHARS], "code block")  # as in Markdown
            else:
                for text in _paragraph_texts(el.text_content()):
                    self.paragraph(text, el)
        elif tag in ("hr",):
            return
        else:
            self.walk(el, depth)

    # -- metadata inside the article ------------------------------------------------
    def _metadata(self, el: HtmlElement, tag: str, names: str) -> bool:
        """Take bylines, dates and standfirsts out of the flow; True when ``el`` was one."""
        if tag in _HEADINGS or tag in ("figure", "blockquote", "ul", "ol", "table") or \
                el.xpath("boolean(.//p[string-length(normalize-space()) > 200])"):
            return False
        if _STANDFIRST_RE.search(names) and tag in ("p", "div", "span", "h2", "h3", "section") \
                and not self.body_started and not el.xpath(
                    "boolean(.//img or .//figure or .//video or .//iframe or .//audio)"):
            text = _norm(_inline_text(el))
            if text:
                self.summary.append(make_paragraph(text))
                return True
        if tag == "time" or (_META_BOX_RE.search(names) and len(_norm(el.text_content())) < 200
                             and tag in ("div", "span", "p", "section", "ul")):
            self._take_meta_box(el)
            return True
        if (_BYLINE_RE.search(names) and "bio" not in names or tag == "address" or el.get("rel") == "author") and \
                len(_norm(el.text_content())) < 200:
            self._take_meta_box(el)
            return True
        return False

    def _take_meta_box(self, el: HtmlElement) -> None:
        if not self.published:
            times = [el] if el.tag == "time" else list(el.iter("time"))
            for t in times:
                value = _norm(t.get("datetime") or t.text_content())
                if value:
                    self.published = value
                    break
        if not self.byline:
            who = el.xpath(".//*[@rel='author' or @itemprop='author' or "
                           "contains(@class,'author') or contains(@class,'byline')]")
            text = _norm(_inline_text(who[0])) if who else ""
            if not text and (_BYLINE_RE.search(_class_id(el)) or el.tag == "address"):
                # a byline box: the name, not the role and desk lines under it
                leaves = [t for t in (_norm(_inline_text(e)) for e in el.iter()
                                      if isinstance(e.tag, str) and len(e) == 0) if t]
                text = next((t for t in leaves if bp.parse_byline(t) or bp.is_name_line(t)),
                            leaves[0] if leaves else _norm(_inline_text(el)))
            if not text:
                m = re.search(r"\bby\s+([A-Z][^|•·,]{2,80})", _norm(_inline_text(el)))
                text = m.group(1) if m else ""
            self.byline = _clean_byline(text) or None

    def _walk_header(self, el: HtmlElement, depth: int) -> None:
        """An article header: keep the headline, standfirst, byline, date and figures only."""
        for child in el:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag.lower()
            if child is self.title_el:
                self.title_seen = True
                self.after_title = True
            elif self.title_el is not None and child in self.title_el.iterancestors():
                self._walk_header(child, depth + 1)
            elif tag == "hgroup":
                self._walk_header(child, depth + 1)
            elif self._metadata(child, tag, _class_id(child)):
                continue
            elif self.after_title and not self.summary and self._header_standfirst(child, tag):
                self.summary.append(make_paragraph(_norm(_inline_text(child))))
            elif tag in ("figure", "img", "picture") or (
                    child.find(".//img") is not None and tag in ("div", "a", "span")):
                self.block(child, depth + 1)
            elif child.xpath(_BLOCK_XPATH) and len(_norm(child.text_content())) > 300:
                self.walk(child, depth + 1)  # a "header" that wraps the article itself
            elif bp.parse_byline(_norm(_inline_text(child))) and not self.byline:
                self.byline = _clean_byline(_inline_text(child)) or None
            elif _date_only(_inline_text(child)) and not self.published:
                self.published = _date_only(_inline_text(child))
            else:
                self.drop(child, _boilerplate_reason(child, inside_main=True) or "article header")
            if child.tail and _norm(child.tail):
                self.drop(child.tail, "article header")

    @staticmethod
    def _header_standfirst(el: HtmlElement, tag: str) -> bool:
        """A subheading or a sentence-long paragraph right under the headline."""
        if tag in ("h2", "h3"):
            return _reads_like_standfirst(_norm(_inline_text(el)))
        if tag != "p":
            return False
        text = _norm(_inline_text(el))
        return 40 <= len(text) <= 400 and _link_density(el) < 0.3 and not (
            bp.parse_byline(text) or _date_only(text))

    def _standfirst_outside(self) -> None:
        """A standfirst near a headline that stands outside the main node."""
        if self.title_el is None:
            return
        near = self.title_el.getparent()
        if near is not None and near.getparent() is not None and near.tag in ("hgroup", "div",
                                                                               "header"):
            near = near.getparent()
        for el in near.iter("p", "div", "h2", "h3", "span") if near is not None else ():
            if _STANDFIRST_RE.search(_class_id(el)) and el not in self.main.iterancestors() \
                    and self.main not in el.iterancestors():
                text = _norm(_inline_text(el))
                if 20 <= len(text) <= 600 and not el.xpath(_BLOCK_XPATH):
                    self.summary.append(make_paragraph(text))
                    return
        if self.title_el is not None:
            nxt = self.title_el.getnext()
            if nxt is not None and nxt.tag == "h2" and self.main not in nxt.iterancestors() \
                    and _reads_like_standfirst(_norm(_inline_text(nxt))):
                self.summary.append(make_paragraph(_norm(_inline_text(nxt))))

    def _byline_outside(self) -> str:
        for xpath in ("//*[@rel='author']", "//*[@itemprop='author']",
                      "//*[contains(concat(' ',normalize-space(@class),' '),' byline ')]"):
            for el in self.root.xpath(xpath):
                text = _norm(_inline_text(el))
                if text and len(text) < 150:
                    return text
        return ""

    def _time_outside(self) -> str | None:
        for t in self.root.iter("time"):
            value = _norm(t.get("datetime") or t.text_content())
            if value:
                return value
        # a date in a meta box next to the headline ("post-date", "timestamp")
        near = self.title_el.getparent() if self.title_el is not None else None
        for el in near.iter() if near is not None else ():
            if isinstance(el.tag, str) and _META_BOX_RE.search(_class_id(el)):
                text = _norm(_inline_text(el))
                if _date_only(text):
                    return _date_only(text)
        return None

    # -- blocks -----------------------------------------------------------------------
    def heading(self, el: HtmlElement, tag: str) -> None:
        text = _norm(_inline_text(el))
        if not text:
            return
        if _furniture_heading(text):
            self.drop(text, "related links" if not re.match(r"(?i)comment|leave|join", text)
                      else "comments")
            self.skip_parent, self.skip_reason = el.getparent(), "after a " + repr(text) + " heading"
            return
        if self.skip_reason:
            self.skip_parent, self.skip_reason = None, ""
        if self.after_title and tag in ("h2", "h3") and not self.summary and \
                not self.body_started and el.getprevious() is self.title_el and \
                _reads_like_standfirst(text):
            self.summary.append(make_paragraph(text))
            return
        level = 3 if tag in ("h3", "h4", "h5", "h6") else 2
        self.sections.append(_Sec(text, level))
        self.after_title = False

    def _last_needs_caption(self) -> bool:
        blocks = self.sections[-1].blocks
        return bool(blocks) and isinstance(blocks[-1], Figure) and not blocks[-1].caption

    def _p(self, el: HtmlElement, depth: int) -> None:
        if el.xpath(_BLOCK_XPATH):
            self.walk(el, depth)
            return
        raw = _inline_text(el, depth)
        texts = _paragraph_texts(raw)
        if not texts:
            imgs = [i for i in el.iter("img")]
            for img in imgs:
                self.image(img, None)
            return
        if len(texts) == 1 and _link_density(el) > 0.8 and len(texts[0]) < 200 and \
                el.find(".//a") is not None:
            self.drop(texts[0], "related link")
            return
        bold = "".join(_norm(_inline_text(b)) for b in el.iter("b", "strong")
                       if not any(a.tag in ("b", "strong") for a in b.iterancestors()
                                  if el in a.iterancestors()))
        if len(texts) == 1 and _squash(bold) == _squash(texts[0]) and self.subheading(texts[0]):
            return
        for text in texts:
            self.paragraph(text, el)
        for img in el.iter("img"):
            self.image(img, None)

    def subheading(self, text: str) -> bool:
        """A short, wholly bold line with no closing full stop is a heading; True when taken."""
        if not (2 <= len(text) <= 80 and len(text.split()) <= 12) or text[-1] in ".!,;:\"”’)" \
                or text[0] in "\"“‘'(" or not self.title_seen or not self.body_started:
            return False
        if furniture_reason(text) or bp.parse_media_start(text) or bp.parse_byline(text) \
                or bp.parse_timestamp(text):
            return False  # paragraph() knows what these are
        if _furniture_heading(text):
            self.drop(text, "related links")
            return True
        self.sections.append(_Sec(text, 3 if self.has_h2 else 2))
        return True

    def paragraph(self, text: str, el: HtmlElement | None) -> None:
        """One paragraph of body text, unless it is an ad, a promo, a byline or a label."""
        text = _norm(text)
        if not text:
            return
        if not self.title_seen:
            self.drop(text, "above the headline")
            return
        if self.title_key and _squash(text) == self.title_key:
            self.drop(text, "duplicate headline")
            return
        reason = furniture_reason(text)
        if reason:
            self.drop(text, reason)
            return
        label = bp.parse_media_start(text) if len(text) < 200 else None
        if label:
            self.pending_label = label[1].rstrip(":").strip()
            self.drop(text, "media label")
            return
        if not self.body_started:
            who = bp.parse_byline(text)
            if who:
                self.byline = self.byline or _clean_byline(who)
                return
            when = _date_only(text)
            if when:
                self.published = self.published or when
                return
        if self.judged is not None and not self.judged.keeps(text):
            self.drop(text, "boilerplate (not article text)")
            return
        if not self.body_started and not self.dateline:
            self.dateline, text = split_dateline(text)
        paragraph = make_paragraph(text)
        if paragraph.sentences:
            self.add(paragraph)

    def _caption_for_last(self, el: HtmlElement) -> None:
        fig = self.sections[-1].blocks[-1]
        assert isinstance(fig, Figure)
        caption, credit = _caption_and_credit(el)
        self.sections[-1].blocks[-1] = Figure(fig.alt, caption, credit or fig.credit, fig.src)

    def list_block(self, el: HtmlElement, tag: str) -> None:
        items: list[str] = []
        linked = 0
        if tag == "dl":
            term = ""
            for child in el:
                if child.tag == "dt":
                    term = _norm(_inline_text(child))
                elif child.tag == "dd":
                    text = _norm(_inline_text(child))
                    items.append(f"{term}: {text}" if term else text)
                    term = ""
        else:
            for li in el.iterchildren("li"):
                nested = [c for c in li if isinstance(c.tag, str) and c.tag in ("ul", "ol")]
                own = _norm(_inline_text(_without(li, nested)))
                if own:
                    items.append(own)
                    if _link_density(li) > 0.8:
                        linked += 1
                for n in nested:
                    for sub in n.iterchildren("li"):
                        text = _norm(_inline_text(sub))
                        if text:
                            items.append(text)
        if not items:
            return
        if linked == len(items) and tag != "dl":
            self.drop(" · ".join(items), "list of links")
            return
        if self.judged is not None and not self.judged.keeps(el):
            self.drop(" · ".join(items), "boilerplate (not article text)")
            return
        block = ListBlock(tuple(ListItem(make_sentences(t)) for t in items), ordered=tag == "ol")
        self.add(block)

    def table(self, el: HtmlElement, depth: int) -> None:
        if el.xpath("boolean(.//p or .//div or .//h2 or .//h3 or .//table or .//img)"):
            self.walk_layout_table(el, depth)
            return
        rows = [[_norm(_inline_text(c)) for c in tr if isinstance(c.tag, str)
                 and c.tag in ("td", "th")] for tr in el.iter("tr")]
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        header: list[str] = []
        first = el.find(".//tr")
        if first is not None and all(c.tag == "th" for c in first if isinstance(c.tag, str)):
            header, rows = rows[0], rows[1:]
        items = table_items(header, rows)
        caption = el.find("caption")
        if caption is not None and _norm(caption.text_content()):
            self.paragraph(_norm(caption.text_content()), caption)
        if items:
            self.add(ListBlock(tuple(ListItem(make_sentences(t)) for t in items)))

    def walk_layout_table(self, el: HtmlElement, depth: int) -> None:
        for cell in el.iter("td", "th"):
            if next(cell.iterancestors("table"), None) is el:
                self.walk(cell, depth + 1)

    def quote(self, el: HtmlElement, unit: HtmlElement) -> None:
        names = _class_id(el)
        attribution = ""
        body_parts: list[str] = []
        for child in el.iter("cite", "footer", "figcaption"):
            if not attribution:
                attribution = _norm(_inline_text(child))
        skip = {id(c) for c in el.iter("cite", "footer", "figcaption")} if attribution else set()
        paras = [c for c in el.iter("p") if not any(id(a) in skip for a in (c, *c.iterancestors()))]
        if paras:
            body_parts = [_norm(_inline_text(p)) for p in paras]
            # A bare text tail after the paragraphs (tweets: "— Name (@x) date")
            tail_bits = _norm(" ".join(p.tail or "" for p in paras))
            if tail_bits and not attribution:
                attribution = tail_bits
        else:
            body_parts = [_norm(_inline_text(_without(el, [c for c in el.iter("cite", "footer")
                                                          if attribution])))]
        body_parts = [b for b in body_parts if b]
        if not attribution and body_parts and re.match(r"^[—–―-]{1,2}\s*\S", body_parts[-1]) \
                and len(body_parts[-1]) < 120:
            attribution = body_parts.pop()
        attribution = re.sub(r"^[—–―-]{1,2}\s*", "", attribution).strip()
        text = " ".join(body_parts)
        if not text:
            return
        if re.search(r"pull-?quote", names):
            self.drop(text, "pull quote")
            return
        if re.search(r"instagram|tiktok|fb-post|facebook|threads-post", names):
            self.drop(text, "social media embed")  # a link card, not words from the story
            return
        if self.judged is not None and not self.judged.keeps(el):
            self.drop(text, "boilerplate (not article text)")
            return
        self.add(Quote(make_sentences(text), attribution or None))

    def image(self, img: HtmlElement | None, caption_el: HtmlElement | None,
              extra_credit: str = "") -> None:
        if img is None or img.tag != "img" or _is_decorative(img):
            return
        alt = _norm(img.get("alt"))
        if not alt and (img.get("title") or ""):
            alt = _norm(img.get("title"))
        caption, credit = _caption_and_credit(caption_el) if caption_el is not None else ("", "")
        if extra_credit and _squash(extra_credit) not in _squash(credit):
            credit = f"{credit} / {extra_credit}" if credit else extra_credit
        if not (alt or caption):
            return  # an image with nothing to say: no alt, no caption
        self._add_figure(Figure(alt, caption, credit, self._src(img)))

    def _add_figure(self, fig: Figure) -> None:
        if fig.src and fig.src in self.seen_src:
            return
        if fig.src:
            self.seen_src.add(fig.src)
        self.add(fig)

    def _src(self, el: HtmlElement) -> str | None:
        src = _img_src(el) if el.tag == "img" else (el.get("src") or el.get("data-src"))
        if not src:
            source = el.find(".//source[@src]")
            src = source.get("src") if source is not None else None
        if src and self.base:
            return urljoin(self.base, src)
        return src

    def figure(self, el: HtmlElement, depth: int = 0) -> None:
        if el.find(".//figure") is not None:
            self.walk(el, depth)  # a gallery: each inner figure, then the shared caption
            return
        media_el = _media_element(el)
        if media_el is not None:
            self.media(el, media_el)
            return
        quote = el.find(".//blockquote")
        if quote is not None:
            self.quote(quote, el)
            return
        caption_el = _caption_element(el)
        imgs = [i for i in el.iter("img") if caption_el is None or caption_el is el
                or caption_el not in i.iterancestors()]
        usable = [i for i in imgs if not _is_decorative(i)]
        if not usable:
            # only icons, spacers or nothing at all: whatever text it has is no caption
            if caption_el is not None:
                self.drop(caption_el, "figure without a picture")
            return
        # a credit that stands beside the caption rather than inside it (BBC "Image source")
        outside = [c for c in el.iter() if isinstance(c.tag, str) and c.tag not in ("img", "figcaption")
                   and (_CREDIT_CLASS_RE.search(_class_id(c)) or _IMAGE_SOURCE_RE.match(
                       _norm(c.text_content())) and len(c) <= 1) and (
                       caption_el is None or caption_el is el or (
                           c is not caption_el and caption_el not in c.iterancestors()
                           and c not in caption_el.iterancestors()))]
        outside = [c for c in outside if not any(a in outside for a in c.iterancestors())]
        extra = " / ".join(t for t in (_credit_text(c) for c in outside) if t)
        for i, img in enumerate(usable):
            self.image(img, caption_el if i == 0 else None, extra if i == 0 else "")

    def media(self, unit: HtmlElement, media_el: HtmlElement | None) -> None:
        block, leftovers = _media_block(unit, media_el, self.meta, self.pending_label)
        self.pending_label = ""
        if block is None:
            self.drop(unit, "embedded frame")
            return
        if block.src and self.base:
            block = Media(block.kind, block.title, block.duration_s, block.description,
                          urljoin(self.base, block.src))
        for text, reason in leftovers:
            self.drop(text, reason)
        self.add(block)

    # -- result -------------------------------------------------------------------------
    def document(self, meta: PageMeta, source: str | None) -> Document:
        title = _norm(_inline_text(self.title_el)) if self.title_el is not None else ""
        meta_title, site = _title_from_meta(meta)
        title = title or meta_title or next((s.heading for s in self.sections if s.heading), "")
        sections = self._final_sections(title)
        summary = self._final_summary(sections)
        return Document(title=title, sections=sections, summary=summary,
                        site_name=site or None, byline=self.byline or None,
                        published=self.published or None, dateline=self.dateline,
                        language=meta.language, source=source, source_kind="html",
                        dropped=tuple(self.dropped))

    def _final_sections(self, title: str) -> tuple[Section, ...]:
        secs = list(self.sections)
        while len(secs) > 1 and not secs[-1].blocks:
            self.drop(secs[-1].heading or "", "empty section heading")
            secs.pop()
        body_text = " ".join(_squash(_block_text(b)) for s in secs for b in s.blocks
                             if isinstance(b, Paragraph))
        # legacy pages repeat the headline (and standfirst) as body text
        repeats = {_squash(title): "duplicate headline"}
        repeats.update((_squash(p.text), "duplicate standfirst") for p in self.summary)
        repeats.pop("", None)
        out: list[Section] = []
        for s in secs:
            repeated = bool(s.heading) and _squash(s.heading or "") in repeats
            if repeated:
                self.drop(s.heading or "", repeats[_squash(s.heading or "")])
            blocks = []
            for b in s.blocks:
                if isinstance(b, Quote) and len(_squash(b.text)) > 30 and \
                        _squash(b.text) in body_text:
                    self.drop(b.text, "pull quote (repeats the text)")
                    continue
                if isinstance(b, Paragraph) and _squash(b.text) in repeats:
                    self.drop(b.text, repeats[_squash(b.text)])
                    continue
                blocks.append(b)
            if repeated and out:
                out[-1] = replace(out[-1], blocks=out[-1].blocks + tuple(blocks))
                continue
            heading = None if repeated else s.heading
            if heading is None and not blocks:
                continue
            out.append(Section(heading, tuple(blocks), s.level))
        return tuple(out)

    def _final_summary(self, sections: tuple[Section, ...]) -> tuple[Paragraph, ...]:
        summary = [p for p in self.summary if p.sentences]
        if summary or not self.meta.description:
            return tuple(summary)
        first = next((b for s in sections for b in s.blocks if isinstance(b, Paragraph)), None)
        desc = self.meta.description
        if first is not None:
            a, b = _squash(desc).rstrip(), _squash(first.text)
            if a[:60] and (a[:60] in b or b[:60] in a or _similar(desc, first.text) > 0.7):
                return ()  # the description repeats the opening paragraph
        return (make_paragraph(desc),)


def split_dateline(text: str) -> tuple[str | None, str]:
    """``WASHINGTON (AP) — The …`` → (``WASHINGTON (AP)``, ``The …``); (None, text) when none."""
    m = _DATELINE_RE.match(text)
    if m and sum(c.isupper() for c in m.group("dateline")) >= 3:
        return m.group("dateline").strip(), text[m.end():]
    return None, text


def table_items(header: list[str], rows: list[list[str]]) -> list[str]:
    """One readable line per table row: ``Head: value; Head: value`` (or cells joined)."""
    items = []
    for row in rows:
        if header and len(header) == len(row):
            items.append("; ".join(f"{h}: {v}" if h else v for h, v in zip(header, row) if v))
        else:
            items.append(", ".join(c for c in row if c))
    return [i for i in items if i]


def _without(el: HtmlElement, children: list[HtmlElement]) -> HtmlElement:
    """A copy of ``el`` without the given descendants (their tails kept)."""
    doomed = set(children)
    if not any(c in doomed for c in el.iter()):
        return el
    import copy

    clone = copy.deepcopy(el)
    for found in [c2 for c1, c2 in zip(el.iter(), clone.iter()) if c1 in doomed]:
        _remove(found)
    return clone


def _block_text(block: Block) -> str:
    if isinstance(block, (Paragraph, Quote)):
        return block.text
    if isinstance(block, ListBlock):
        return " ".join(i.text for i in block.items)
    if isinstance(block, Figure):
        return block.caption or block.alt
    return block.title


def _clean_byline(text: str | None) -> str:
    text = _norm(text)
    if not text:
        return ""
    text = _BYLINE_TEXT_RE.sub("", text)
    text = re.split(r"\s+(?:\||•|·)\s+|\s+(?:Updated|Published|Posted)\b", text)[0]
    text = re.sub(r"\s*(?:,|\bon)\s*(?:\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}|\d{4}-\d\d-\d\d).*$",
                  "", text)
    text = text.strip(" ,;:-–—")
    if len(text) > 120 or not re.search(r"[A-Za-z]", text):
        return ""
    return text


def _is_figure_unit(el: HtmlElement) -> bool:
    imgs = list(el.iter("img"))
    return len(imgs) == 1 and not _is_decorative(imgs[0]) and len(
        _norm(el.text_content())) < 600 and not el.xpath(
        "boolean(.//p[string-length(normalize-space()) > 400] or .//h2 or .//h3 or .//ul)")


def _caption_element(el: HtmlElement) -> HtmlElement | None:
    cap = el.find(".//figcaption")
    if cap is not None:
        return cap
    for child in el.iter():
        if child is not el and isinstance(child.tag, str) and child.tag != "img" and \
                _CAPTION_CLASS_RE.search(_class_id(child)):
            return child
    if el.tag != "figure" and _norm(el.text_content()):
        return el
    return None


def _credit_text(el: HtmlElement) -> str:
    """A credit element's text without its label (``Image source, Getty Images`` → ``Getty Images``)."""
    text = _norm(el.text_content())
    rest, credit = split_credit(text)
    return credit if credit and not rest else _norm(_inline_text(el))


def _caption_and_credit(el: HtmlElement) -> tuple[str, str]:
    """Caption text and credit, the credit split off (credit elements, then text rules)."""
    credit_els = [c for c in el.iter() if c is not el and isinstance(c.tag, str) and (
        c.tag in ("small", "cite") or _CREDIT_CLASS_RE.search(_class_id(c)))]
    # keep only the outermost credit elements
    credit_els = [c for c in credit_els if not any(a in credit_els for a in c.iterancestors())]
    credits = [_norm(_inline_text(c)) for c in credit_els]
    caption = _norm(_inline_text(_without(el, credit_els)))
    caption = re.sub(r"^(?:image caption|caption)\s*[,:]\s*", "", caption, flags=re.I)
    caption, text_credit = split_caption(caption)
    parts = []
    for c in credits:
        c = c.strip("()[] ")
        rest, clean = split_credit(c)
        parts.append(clean if clean and not rest else c)
    if text_credit:
        parts.append(text_credit)
    credit = " / ".join(p for p in parts if p)
    return caption, credit


def _media_element(el: HtmlElement) -> HtmlElement | None:
    for cand in el.iter("video", "audio", "iframe", "embed", "object"):
        if cand.tag in ("video", "audio"):
            return cand
        src = cand.get("src") or cand.get("data-src") or cand.get("data") or ""
        if _MEDIA_SRC_RE.search(src):
            return cand
    for cand in el.iter():
        if isinstance(cand.tag, str) and any(cand.get(a) for a in (
                "data-video-id", "data-video", "data-media-id", "data-audio", "data-duration")):
            return cand
    return None


def _is_media_unit(el: HtmlElement) -> bool:
    media = _media_element(el)
    if media is None:
        return False
    count = len(el.xpath(".//video | .//audio | .//iframe"))
    return count <= 1 and len(_norm(el.text_content())) < 800 and not el.xpath(
        "boolean(.//p[string-length(normalize-space()) > 400] or .//h2)")


def parse_duration(text: str | None) -> float | None:
    """Seconds from ``0:33``, ``1:02:03``, ``PT1M33S``, ``93`` or ``2 min 15 sec``."""
    text = _norm(text)
    if not text:
        return None
    m = re.fullmatch(r"P(?:T)?(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?",
                     text.upper())
    if m and any(m.groups()):  # ISO 8601, as in JSON-LD and itemprop=duration
        h, mi, s = (float(g) if g else 0.0 for g in m.groups())
        return h * 3600 + mi * 60 + s
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:s|sec|seconds)?", text, re.I)
    if m:  # data-duration="93"
        return float(m.group(1))
    seconds = bp.parse_duration(text)
    return float(seconds) if seconds is not None else None


def _media_block(unit: HtmlElement, media_el: HtmlElement | None, meta: PageMeta,
                 label: str) -> tuple[Media | None, list[tuple[str, str]]]:
    """A Media block from a player unit, and the unit's other text to drop (with reasons)."""
    el = media_el if media_el is not None else unit
    tag = el.tag if isinstance(el.tag, str) else ""
    src = el.get("src") or el.get("data-src") or el.get("data") or ""
    if not src:
        source = el.find(".//source[@src]")
        src = source.get("src") if source is not None else ""
    if tag in ("iframe", "embed", "object") and not _MEDIA_SRC_RE.search(src):
        return None, []
    kind = "audio" if tag == "audio" or _AUDIO_SRC_RE.search(src) or \
        re.search(r"audio|podcast|listen", _class_id(unit)) else "video"
    used: list[HtmlElement] = []

    def first(xpath: str) -> str:
        for found in unit.xpath(xpath):
            text = _norm(_inline_text(found))
            if text:
                used.append(found)
                return text
        return ""

    title = (_norm(el.get("data-title") or el.get("title") or el.get("aria-label"))
             or first(".//*[contains(@class,'title') or contains(@class,'headline')]")
             or first(".//h2 | .//h3 | .//h4 | .//h5 | .//strong"))
    duration = parse_duration(el.get("data-duration") or unit.get("data-duration"))
    if duration is None:
        for found in unit.xpath(".//*[contains(@class,'duration') or contains(@class,'length')"
                                " or self::time]"):
            duration = parse_duration(found.get("datetime") or found.text_content())
            if duration is not None:
                used.append(found)
                break
    meta_dur = unit.find(".//meta[@itemprop='duration']")
    if duration is None and meta_dur is not None:
        duration = parse_duration(meta_dur.get("content"))
    description = first(".//*[contains(@class,'description') or contains(@class,'summary') or "
                        "contains(@class,'dek') or contains(@class,'blurb')]")
    caption = _caption_element(unit) if unit.tag == "figure" else None
    if caption is not None and caption not in used:
        cap_text, _ = _caption_and_credit(_without(caption, used) if used else caption)
        if not title:
            title, cap_text = cap_text, ""
        if cap_text and not description:
            description = cap_text
        used.append(caption)
    ld = _match_ld_video(meta.videos, src, title)
    if ld:
        title = title or _norm(str(ld.get("name") or ""))
        description = description or _norm(str(ld.get("description") or ""))
        if duration is None:
            duration = parse_duration(str(ld.get("duration") or ""))
    title = title or label
    leftovers = []
    for found in unit.iter("p", "span", "div", "time"):
        if any(u is found or u in found.iterancestors() or found in u.iterancestors()
               for u in used):
            continue
        if found.xpath(_BLOCK_XPATH) and found.tag != "time":
            continue
        text = _norm(found.text_content())
        if not text:
            continue
        if bp.parse_timestamp(text) or re.fullmatch(r"(?i)just now", text):
            leftovers.append((text, "video timestamp"))
        elif parse_duration(text) is not None and len(text) < 20:
            leftovers.append((text, "video duration"))
        elif not description and len(text) > 40:
            description = text
        else:
            leftovers.append((text, "media label"))
    return Media(kind=kind, title=title, duration_s=duration, description=description,
                 src=src or None), leftovers


def _match_ld_video(videos: tuple[dict[str, Any], ...], src: str,
                    title: str) -> dict[str, Any] | None:
    for video in videos:
        urls = [str(video.get(k) or "") for k in ("embedUrl", "contentUrl", "url")]
        if src and any(u and (u in src or src in u) for u in urls):
            return video
        if title and _similar(str(video.get("name") or ""), title) > 0.8:
            return video
    return None


def _body_words(doc: Document) -> int:
    words = 0
    for _, block in doc.blocks():
        if isinstance(block, (Paragraph, Quote, ListBlock)):
            words += len(_block_text(block).split())
        elif isinstance(block, Media):
            words += len(block.description.split())
    return words


def _check_article(doc: Document, root: HtmlElement, name: str) -> None:
    words = _body_words(doc)
    if words >= MIN_ARTICLE_WORDS:
        return
    page_text = _norm(root.text_content())
    if len(page_text) < 3000 and _LOGIN_RE.search(page_text) or any(
            d.reason == "login wall" for d in doc.dropped):
        why = "the page asks the reader to log in or subscribe before the article"
    elif doc.dropped:
        why = "the page holds only navigation, links and other page furniture"
    else:
        why = "the page body is empty"
    raise NoArticleError(
        f"{name}: no article text found ({why}; {words} words of body text). "
        "Pass the article's own page (not a home, section or login page), "
        "or save the article text as a .txt file and pass that.")


__all__ = ["Judge", "MIN_ARTICLE_WORDS", "PageMeta", "decorative_src", "furniture_reason",
           "parse_duration", "read_html", "split_caption", "split_dateline", "table_items"]
