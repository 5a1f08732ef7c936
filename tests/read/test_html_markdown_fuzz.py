"""Random markup: the readers never crash, never invent words, and number sentences in order."""

from __future__ import annotations

import html as html_lib
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from speakit.document import Document
from speakit.errors import NoArticleError
from speakit.read.html import read_html
from speakit.read.markdown import read_markdown

WORDS = st.sampled_from(["ferry", "council", "voted", "Monday", "12,000", "NATO", "O'Neill",
                         "café", "3.5", "said", "the", "new", "plant", "—", "“quote”", "&",
                         "<b>", "a*b", "x_y", "[1]", "(AP)", "Photo:", "Reuters"])
TEXT = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)

INLINE = ("b", "i", "em", "strong", "a", "span", "small", "cite", "q", "time")
BLOCK = ("div", "section", "article", "main", "aside", "nav", "header", "footer", "p",
         "blockquote", "figure", "figcaption", "ul", "ol", "li", "h1", "h2", "h3", "table",
         "tr", "td", "pre")
CLASSES = ("", "story", "byline", "credit", "caption", "related", "share", "standfirst",
           "ad-slot", "video-player", "cookie-banner", "entry-content")


@st.composite
def html_nodes(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(st.sampled_from(["text", "inline", "block", "img", "media", "br"]
                                if depth < 5 else ["text"]))
    if kind == "text":
        return html_lib.escape(draw(TEXT))
    if kind == "br":
        return "<br>"
    if kind == "img":
        alt = html_lib.escape(draw(st.one_of(st.just(""), TEXT)))
        return f"<img src='i{draw(st.integers(0, 5))}.jpg' alt='{alt}'>"
    if kind == "media":
        return draw(st.sampled_from([
            "<video src='v.mp4' data-duration='0:33'></video>",
            "<iframe src='https://www.youtube.com/embed/abcdefgh' title='Clip'></iframe>",
            "<audio src='a.mp3'></audio>", "<iframe src='https://ads.example/x'></iframe>"]))
    tag = draw(st.sampled_from(INLINE if kind == "inline" else BLOCK))
    cls = draw(st.sampled_from(CLASSES))
    children = draw(st.lists(html_nodes(depth + 1), max_size=4))
    inner = " ".join(children)
    return f"<{tag} class='{cls}'>{inner}</{tag}>"


def words_of(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z0-9é']+", text))


def body_words(doc: Document) -> set[str]:
    words: set[str] = set()
    for sentence in doc.sentences():
        words |= words_of(sentence.text)
    return words


def check(doc: Document, source_words: set[str]) -> None:
    assert body_words(doc) <= source_words | {"“", "”"}
    ids = [s.id for s in doc.sentences()]
    assert ids == [f"s{i}" for i in range(1, len(ids) + 1)]
    assert all(s.text.strip() for s in doc.sentences())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(html_nodes(), min_size=1, max_size=6))
def test_random_html_is_read_or_refused(nodes: list[str]) -> None:
    markup = "<html><body>" + " ".join(nodes) + "</body></html>"
    source_words = words_of(html_lib.unescape(re.sub(r"<[^>]+>", " ", markup)))
    try:
        doc = read_html(markup)
    except NoArticleError:
        return
    check(doc, source_words | {"Clip"})


MD_LINES = st.one_of(
    TEXT,
    TEXT.map(lambda t: "# " + t), TEXT.map(lambda t: "## " + t), TEXT.map(lambda t: "> " + t),
    TEXT.map(lambda t: "- " + t), TEXT.map(lambda t: "1. " + t), TEXT.map(lambda t: f"*{t}*"),
    TEXT.map(lambda t: f"**{t}**"), TEXT.map(lambda t: f"[{t}](https://x.example/a)"),
    TEXT.map(lambda t: f"![{t}](p.jpg \"{t}\")"), st.sampled_from(["", "", "---", "===", "```",
                                                                  "<!--", "-->", "| a | b |",
                                                                  "|---|---|", "> — A. Roy"]),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MD_LINES, min_size=1, max_size=25))
def test_random_markdown_is_read_or_refused(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        doc = read_markdown(text)
    except NoArticleError:
        return
    # emphasis marks can join words ("*a*b" reads "ab"), so count words both ways
    plain = html_lib.unescape(text)
    check(doc, words_of(plain) | words_of(re.sub(r"[*_~`]", "", plain)))
    for sentence in doc.sentences():
        assert "](" not in sentence.text and "https://x.example" not in sentence.text
