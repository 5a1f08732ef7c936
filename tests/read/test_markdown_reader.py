"""Markdown reader: whole articles (with / without) and one rule per small input (exact)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speakit.document import Document, Figure, ListBlock, Paragraph, Quote
from speakit.errors import NoArticleError
from speakit.read import read_source
from speakit.read.markdown import inline_text, read_markdown

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "markdown"
EXAMPLES = HERE.parent.parent / "examples"


def paragraphs(doc: Document) -> list[str]:
    return [b.text for _, b in doc.blocks() if isinstance(b, Paragraph)]


def all_text(doc: Document) -> str:
    parts = [doc.title, *[p.text for p in doc.summary]]
    for section in doc.sections:
        parts.append(section.heading or "")
        for block in section.blocks:
            if isinstance(block, (Paragraph, Quote)):
                parts.append(block.text)
            elif isinstance(block, ListBlock):
                parts += [i.text for i in block.items]
            elif isinstance(block, Figure):
                parts += [block.alt, block.caption]
    return "\n".join(parts)


def assert_sentence_ids(doc: Document) -> None:
    ids = [s.id for s in doc.sentences()]
    assert ids == [f"s{i}" for i in range(1, len(ids) + 1)]


# -- fixture with YAML front matter ---------------------------------------------------------

@pytest.fixture(scope="module")
def pool() -> Document:
    return read_source(str(FIXTURES / "pool_front_matter.md"))


def test_front_matter_metadata(pool: Document) -> None:
    assert pool.title == "Eastgate pool will close for 18 months as repair bill hits $9.6 million"
    assert (pool.byline, pool.published, pool.site_name) == (
        "Priya Raman", "2025-06-19", "Lakeview Civic Report")
    assert pool.source_kind == "markdown"
    assert [p.text for p in pool.summary] == [
        "The 1974 pool needs a new roof, new pipes and a lift for wheelchair users, and "
        "swimmers are being sent to two other centres."]


def test_front_matter_article_structure(pool: Document) -> None:
    assert [s.heading for s in pool.sections] == [None, "Where swimmers will go",
                                                  "Why the cost went up"]
    assert [(f.alt, f.caption, f.credit, f.src) for f in pool.figures()] == [
        ("Swimmers do lengths in a six-lane indoor pool under a curved wooden ceiling.",
         "Lane swimmers at Eastgate Aquatic Centre on June 12.",
         "Priya Raman/Lakeview Civic Report", "images/eastgate-pool.jpg"),
        ("A rusted steel beam with flaking orange paint above a pool.",
         "Corrosion on one of the roof beams, photographed during the inspection in March.",
         "Holm & Varga Engineering", "images/eastgate-beam.jpg"),
    ]
    lists = [b for _, b in pool.blocks() if isinstance(b, ListBlock)]
    assert [(len(b.items), b.ordered) for b in lists] == [(3, False), (3, True)]
    assert lists[0].items[0].text == ("Northfield Leisure Centre, which will add early-morning "
                                      "lanes from 6 a.m.")
    quote = next(b for _, b in pool.blocks() if isinstance(b, Quote))
    assert quote.attribution == "Hannah Okoro, chair of the Eastgate Parents' Council"
    assert quote.text.startswith("We are not against fixing the pool.")
    body = paragraphs(pool)
    assert body[0].startswith("Eastgate Aquatic Centre, the city's oldest public pool, will "
                              "close on September 2 for a repair job")
    assert "engineering firm Holm & Varga found" in body[1]
    assert body[-1].startswith("The full council will vote on June 30.")
    assert len(body) == 8


def test_front_matter_article_without_markup(pool: Document) -> None:
    text = all_text(pool)
    for leak in ("**", "](", "https://", "editor: check", "tags:", "recreation", "<!--", "---"):
        assert leak not in text
    assert [d.reason for d in pool.dropped] == ["HTML comment"]
    assert_sentence_ids(pool)


# -- fixture with a setext title, italic standfirst, reference images ------------------------

@pytest.fixture(scope="module")
def library() -> Document:
    return read_source(str(FIXTURES / "library_setext.md"))


def test_setext_article(library: Document) -> None:
    assert library.title == "Harlow library reopens with longer hours and a new makerspace"
    assert [p.text for p in library.summary] == [
        "After a two-year, $14.8-million rebuild, the Harlow Central Library now opens at "
        "8 a.m. on weekdays and stays open until 9 p.m."]
    assert (library.byline, library.published, library.dateline) == (
        "Martin Sørensen", "4 September 2025", "HARLOW")
    assert [(s.heading, s.level) for s in library.sections] == [
        (None, 2), ("Longer hours", 2), ("The makerspace", 2)]
    assert library.figures() == [Figure(
        "A wide staircase lined with bookshelves rises through a bright atrium.",
        "Library atrium", "Lena Abbott/Harlow Borough Council",
        "https://cdn.harlow.example/library/atrium.jpg")]


def test_setext_article_lists_table_quote(library: Document) -> None:
    lists = [b for _, b in library.blocks() if isinstance(b, ListBlock)]
    assert [i.text for i in lists[0].items] == [
        "Monday to Friday, 8 a.m. to 9 p.m.", "Saturday, 9 a.m. to 6 p.m.",
        "The children's floor closes at 5 p.m.", "Sunday, 11 a.m. to 4 p.m."]
    assert [i.text for i in lists[1].items] == [
        "Tool: 3-D printers; Sessions per week: 24; Age limit: 12+",
        "Tool: Laser cutter; Sessions per week: 10; Age limit: 16+"]
    quote = next(b for _, b in library.blocks() if isinstance(b, Quote))
    assert (quote.text, quote.attribution) == (
        "It is a beautiful building. I just want to be able to reach the part of it I came for.",
        "Colin Briggs")
    text = all_text(library)
    assert "the *free* model" in text  # escaped asterisks are literal
    assert "visitors_sat" not in text and "atrium-page" not in text and "Photo:" not in text
    assert [d.reason for d in library.dropped] == ["code block"]
    assert paragraphs(library)[0].startswith("The doors of the Harlow Central Library opened")
    assert_sentence_ids(library)


def test_example_council_budget() -> None:
    doc = read_source(str(EXAMPLES / "council-budget.md"))
    assert doc.title.startswith("Riverton council passes 2026 budget with 3.9% tax rise")
    assert doc.summary[0].text.startswith("The average homeowner will pay about $148 more")
    assert [s.heading for s in doc.sections] == [None, "Where the money goes", "Transit",
                                                 "What was cut"]
    assert [(f.caption, f.credit) for f in doc.figures()] == [
        ("Riverton's public works garage on Jan. 20, a day after the season's biggest storm.",
         "Noor Haddad/Riverton Weekly")]
    assert "riverton.example" not in all_text(doc) and "the city's website" in all_text(doc)
    assert_sentence_ids(doc)


# -- rules, one small input each -------------------------------------------------------------

BODY = "The ferry runs twice a day from the north pier."


@pytest.mark.parametrize("source, expected", [
    ("**bold** and __strong__", "bold and strong"),
    ("*em* and _em_ and ***both***", "em and em and both"),
    ("snake_case_name stays", "snake_case_name stays"),
    ("[the report](https://x.example/r \"Title\") says", "the report says"),
    ("[the report][r] says", "the report says"),
    ("see <https://x.example/a>", "see https://x.example/a"),
    ("use `git log` daily", "use git log daily"),
    ("cost \\*not\\* known", "cost *not* known"),
    ("a<br>b <span class='x'>c</span>", "a b c"),
    ("~~old~~ new", "old new"),
    ("fish &amp; chips", "fish & chips"),
    ("claim[^1] holds", "claim holds"),
    ("![alt](i.png) text", "text"),
    ("[link with [nested] text](u)", "link with [nested] text"),
])
def test_inline_text(source: str, expected: str) -> None:
    assert inline_text(source, {"r": ("https://x.example/r", "")}) == expected


def test_plain_first_paragraph_is_body_not_summary() -> None:
    doc = read_markdown(f"# Ferry news\n\n{BODY}\n\nMore text here.\n")
    assert doc.summary == ()
    assert paragraphs(doc) == [BODY, "More text here."]


def test_emphasised_first_paragraph_is_the_standfirst() -> None:
    doc = read_markdown(f"# Ferry news\n\n**Two sailings a day from May.**\n\n{BODY}\n")
    assert [p.text for p in doc.summary] == ["Two sailings a day from May."]
    assert paragraphs(doc) == [BODY]


def test_front_matter_summary_repeating_the_lede_is_skipped() -> None:
    doc = read_markdown(f"---\ntitle: Ferry news\nsummary: {BODY}\n---\n\n{BODY}\n")
    assert doc.title == "Ferry news"
    assert doc.summary == ()


def test_toml_front_matter_and_author_list() -> None:
    doc = read_markdown(f'+++\ntitle = "Ferry news"\nauthors = ["A. Roy", "B. Lam"]\n+++\n\n{BODY}\n')
    assert (doc.title, doc.byline) == ("Ferry news", "A. Roy and B. Lam")


def test_yaml_author_list_items() -> None:
    doc = read_markdown(f"---\ntitle: Ferry news\nauthor:\n  - A. Roy\n  - B. Lam\n---\n\n{BODY}\n")
    assert doc.byline == "A. Roy and B. Lam"


@pytest.mark.parametrize("image, caption, credit", [
    ('![A pier.](p.jpg "The north pier at dawn. (Lee Park)")', "The north pier at dawn.", "Lee Park"),
    ("![A pier.](p.jpg)\n*The north pier at dawn. (Lee Park/Ferry Times)*", "The north pier at dawn.",
     "Lee Park/Ferry Times"),
    ("![A pier.](p.jpg)\n_Photo: Lee Park_", "", "Lee Park"),
    ("![A pier.](p.jpg)\n\n*The north pier at dawn.*", "The north pier at dawn.", ""),
    ("[![A pier.](p.jpg)](https://big.example/p.jpg)", "", ""),
])
def test_image_captions_and_credits(image: str, caption: str, credit: str) -> None:
    doc = read_markdown(f"# Ferry news\n\n{BODY}\n\n{image}\n\nLast paragraph.\n")
    assert doc.figures() == [Figure("A pier.", caption, credit, "p.jpg")]
    assert paragraphs(doc) == [BODY, "Last paragraph."]


def test_image_without_alt_or_caption_is_not_a_figure() -> None:
    doc = read_markdown(f"# Ferry news\n\n![](spacer.png)\n\n{BODY}\n")
    assert doc.figures() == []


def test_later_h1_is_a_section_and_h4_is_level_3() -> None:
    doc = read_markdown(f"# Title\n\n{BODY}\n\n# Part two\n\n{BODY}\n\n#### Detail\n\n{BODY}\n")
    assert [(s.heading, s.level) for s in doc.sections] == [
        (None, 2), ("Part two", 2), ("Detail", 3)]


def test_hr_after_blank_line_is_not_a_heading() -> None:
    doc = read_markdown(f"# Title\n\n{BODY}\n\n---\n\nNext part.\n")
    assert [s.heading for s in doc.sections] == [None]
    assert paragraphs(doc) == [BODY, "Next part."]


def test_soft_wrapped_lines_are_joined() -> None:
    doc = read_markdown("# Title\n\nThe ferry runs\ntwice a day  \nfrom the\nnorth pier.\n")
    assert paragraphs(doc) == [BODY]


def test_quote_without_attribution_and_multi_paragraph_quote() -> None:
    doc = read_markdown(f"# T\n\n{BODY}\n\n> First line.\n>\n> Second line.\n")
    quote = next(b for _, b in doc.blocks() if isinstance(b, Quote))
    assert (quote.text, quote.attribution) == ("First line. Second line.", None)


def test_raw_html_figure_inside_markdown() -> None:
    doc = read_markdown(f"# T\n\n{BODY}\n\n<figure><img src='p.jpg' alt='A pier.'>"
                        "<figcaption>The pier. <span class='credit'>Lee Park</span></figcaption>"
                        "</figure>\n")
    assert doc.figures() == [Figure("A pier.", "The pier.", "Lee Park", "p.jpg")]


@pytest.mark.parametrize("text", ["", "\n\n", "# Only a title\n", "<!-- nothing -->\n",
                                  "---\ntitle: x\n---\n", "![A pier.](p.jpg)\n"])
def test_no_article_text_raises(text: str) -> None:
    with pytest.raises(NoArticleError, match="notes.md"):
        read_markdown(text, source="notes.md")


WORD = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1,
               max_size=10)


@settings(max_examples=80, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=30))
def test_plain_words_pass_through_inline_text(words: list[str]) -> None:
    text = " ".join(words)
    assert inline_text(text) == text


@settings(max_examples=80, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=8), st.lists(WORD, min_size=1, max_size=3))
def test_link_keeps_text_drops_url(words: list[str], path: list[str]) -> None:
    label = " ".join(words)
    url = "https://x.example/" + "/".join(path)
    assert inline_text(f"see [{label}]({url}) now") == f"see {label} now"


def test_pelican_style_metadata_lines() -> None:
    doc = read_markdown(f"Title: Ferry news\nDate: 2024-05-01\nAuthor: A. Roy\n\n{BODY}\n")
    assert (doc.title, doc.published, doc.byline) == ("Ferry news", "2024-05-01", "A. Roy")
    assert paragraphs(doc) == [BODY]


def test_first_paragraph_that_merely_has_colons_is_not_metadata() -> None:
    doc = read_markdown(f"Note: the ferry is late.\n\n{BODY}\n")
    assert paragraphs(doc) == ["Note: the ferry is late.", BODY]


def test_bold_by_line_is_the_byline() -> None:
    doc = read_markdown(f"# Ferry news\n\n**By Ana Ruiz**\n\n{BODY}\n")
    assert (doc.byline, doc.summary) == ("Ana Ruiz", ())


@pytest.mark.parametrize("code, src", [
    ("{{< youtube dQw4w9WgXcQ >}}", "https://www.youtube.com/embed/dQw4w9WgXcQ"),
    ('{% include youtube.html id="dQw4w9WgXcQ" %}', "https://www.youtube.com/embed/dQw4w9WgXcQ"),
    ("{{< vimeo 123456789 >}}", "https://player.vimeo.com/video/123456789"),
])
def test_video_shortcodes_are_media(code: str, src: str) -> None:
    doc = read_markdown(f"# Ferry news\n\n{BODY}\n{code}\n\nAfter.\n")
    assert [m.src for m in doc.media()] == [src]
    assert paragraphs(doc) == [BODY, "After."]


def test_other_template_tags_are_dropped_and_recorded() -> None:
    doc = read_markdown(f"# Ferry news\n\n{BODY}\n\n{{% include signup.html %}}\n")
    assert paragraphs(doc) == [BODY]
    assert [(d.text, d.reason) for d in doc.dropped] == [("include signup.html", "template tag")]


def test_list_inside_a_quote_loses_its_markers() -> None:
    doc = read_markdown(f"# T\n\n{BODY}\n\n> - Cheaper fares.\n> - More boats.\n>\n> — Ferry users' group\n")
    quote = next(b for _, b in doc.blocks() if isinstance(b, Quote))
    assert (quote.text, quote.attribution) == ("Cheaper fares. More boats.", "Ferry users' group")


def test_page_furniture_lines_in_markdown_are_dropped() -> None:
    doc = read_markdown(f"# Ferry news\n\n{BODY}\n\nShare this:\n\nRead more: Ferry fares rise\n\n"
                        "© 2025 Ferry Times. All rights reserved.\n")
    assert paragraphs(doc) == [BODY]
    assert [d.reason for d in doc.dropped] == ["share prompt", "related link", "copyright"]


def test_short_first_line_without_markup_is_the_title() -> None:
    doc = read_markdown(f"Ferry timetable cut to three sailings\n\n{BODY}\n\nMore text here.\n")
    assert doc.title == "Ferry timetable cut to three sailings"
    assert paragraphs(doc) == [BODY, "More text here."]


def test_first_sentence_is_not_taken_for_a_title() -> None:
    doc = read_markdown(f"{BODY}\n\nMore text here.\n")
    assert doc.title == ""
    assert paragraphs(doc) == [BODY, "More text here."]


def test_status_badges_are_not_figures() -> None:
    doc = read_markdown(f"# Ferry news\n\n[![Build](https://img.shields.io/badge/build-passing-green)]"
                        f"(https://ci.example)\n\n{BODY}\n")
    assert doc.figures() == []
