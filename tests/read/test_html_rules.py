"""HTML reader rules, one small page each: exact results."""

from __future__ import annotations

import html as html_lib
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speakit.document import Figure, ListBlock, Media, Paragraph, Quote
from speakit.errors import NoArticleError
from speakit.read.html import parse_duration, read_html, split_caption, split_dateline

LEDE = ("<p>The regional water board approved a new treatment plant on Monday after two years "
        "of public hearings and a long fight over where it should be built.</p>")


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def article(inner: str, head: str = "") -> str:
    return page(f"<article><h1>Water board approves plant</h1>{inner}{LEDE}</article>", head)


def paragraphs(doc) -> list[str]:
    return [b.text for _, b in doc.blocks() if isinstance(b, Paragraph)]


# -- title, site name, standfirst ---------------------------------------------------------

def test_title_from_title_tag_with_site_suffix_when_no_h1() -> None:
    doc = read_html(page(f"<div class='content'>{LEDE}{LEDE}</div>",
                         "<title>Water board approves plant | The Valley Post</title>"))
    assert (doc.title, doc.site_name) == ("Water board approves plant", "The Valley Post")


def test_og_site_name_wins_over_title_suffix() -> None:
    doc = read_html(article("", "<title>Water board approves plant - VP</title>"
                                "<meta property='og:site_name' content='The Valley Post'>"))
    assert (doc.title, doc.site_name) == ("Water board approves plant", "The Valley Post")


@pytest.mark.parametrize("markup", [
    "<p class='standfirst'>Costs rose to $84 million.</p>",
    "<p class='dek'>Costs rose to $84 million.</p>",
    "<div class='article-summary'>Costs rose to $84 million.</div>",
    "<p class='lead'>Costs rose to $84 million.</p>",
    "<h2>Costs rose to $84 million.</h2>",
])
def test_standfirst_markup_becomes_summary(markup: str) -> None:
    doc = read_html(article(markup, "<meta name='description' content='Meta text.'>"))
    assert [p.text for p in doc.summary] == ["Costs rose to $84 million."]
    assert "Costs rose" not in " ".join(paragraphs(doc))
    assert doc.sections[0].heading is None


def test_meta_description_only_when_page_shows_no_standfirst() -> None:
    doc = read_html(article("", "<meta property='og:description' content='A plant for 90,000 homes.'>"))
    assert [p.text for p in doc.summary] == ["A plant for 90,000 homes."]


def test_meta_description_repeating_the_lede_is_not_a_summary() -> None:
    lede = ("The regional water board approved a new treatment plant on Monday after two years "
            "of public hearings")
    doc = read_html(article("", f"<meta name='description' content='{lede}'>"))
    assert doc.summary == ()


# -- byline, date, dateline -----------------------------------------------------------------

def test_by_paragraph_is_byline_not_body() -> None:
    doc = read_html(article("<p>By Ines Castillo</p>"))
    assert doc.byline == "Ines Castillo"
    assert paragraphs(doc)[0].startswith("The regional water board")


def test_rel_author_and_time_element() -> None:
    doc = read_html(article("<div class='meta'><a rel='author' href='/x'>Ines Castillo</a> "
                            "<time datetime='2025-02-03'>Feb. 3</time></div>"))
    assert (doc.byline, doc.published) == ("Ines Castillo", "2025-02-03")


def test_json_ld_authors_and_date() -> None:
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x",'
          '"datePublished":"2025-02-03T10:00:00Z","author":[{"name":"A. Roy"},{"name":"B. Lam"}]}'
          "</script>")
    doc = read_html(article("", ld))
    assert (doc.byline, doc.published) == ("A. Roy and B. Lam", "2025-02-03T10:00:00Z")


@pytest.mark.parametrize("text, dateline, rest", [
    ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP)", "The Senate voted."),
    ("KAZAN, Russia (Reuters) - Leaders met.", "KAZAN, Russia (Reuters)", "Leaders met."),
    ("LONDON — Rail fares rise.", "LONDON", "Rail fares rise."),
    ("NATO — a military alliance — met.", None, "NATO — a military alliance — met."),
    ("The Senate voted — again.", None, "The Senate voted — again."),
])
def test_split_dateline(text: str, dateline: str | None, rest: str) -> None:
    assert split_dateline(text) == (dateline, rest)


# -- figures ------------------------------------------------------------------------------------

@pytest.mark.parametrize("figcaption, caption, credit", [
    ("Divers inspect the intake. <span class='credit'>Photo: Lee Park</span>",
     "Divers inspect the intake.", "Lee Park"),
    ("Divers inspect the intake. <small>Lee Park/Valley Post</small>",
     "Divers inspect the intake.", "Lee Park/Valley Post"),
    ("Divers inspect the intake. <cite>Getty Images</cite>", "Divers inspect the intake.",
     "Getty Images"),
    ("Divers inspect the intake. (AP Photo/Lee Park)", "Divers inspect the intake.",
     "AP Photo/Lee Park"),
    ("Divers inspect the intake. (Valley Water Board)", "Divers inspect the intake.",
     "Valley Water Board"),
    ("Divers inspect the intake on the left (north) side.",
     "Divers inspect the intake on the left (north) side.", ""),
])
def test_figcaption_credit_split(figcaption: str, caption: str, credit: str) -> None:
    doc = read_html(article(f"<figure><img src='a.jpg' alt='Two divers in a tank.'>"
                            f"<figcaption>{figcaption}</figcaption></figure>"))
    assert doc.figures() == [Figure("Two divers in a tank.", caption, credit, "a.jpg")]


def test_relative_image_src_resolved_against_url() -> None:
    doc = read_html(article("<figure><img src='/img/a.jpg' alt='A tank.'></figure>"),
                    url="https://news.example/story/1")
    assert doc.figures()[0].src == "https://news.example/img/a.jpg"


def test_lazy_image_uses_data_src() -> None:
    doc = read_html(article("<figure><img src='data:image/gif;base64,R0lG' data-src='real.jpg' "
                            "alt='A tank.'></figure>"))
    assert doc.figures()[0].src == "real.jpg"


@pytest.mark.parametrize("img", [
    "<img src='line.png' alt=''>",
    "<img src='line.png' alt='Divider' role='presentation'>",
    "<img src='t.gif' alt='x' width='1' height='1'>",
    "<img src='icons/share.png' alt='Share' width='24' height='24'>",
    "<img src='logo.png' class='site-logo' alt='Valley Post'>",
    "<img src='photo.jpg'>",
])
def test_decorative_images_are_not_figures(img: str) -> None:
    doc = read_html(article(f"<figure>{img}</figure>"))
    assert doc.figures() == []


def test_empty_alt_with_a_caption_keeps_the_caption() -> None:
    doc = read_html(article("<figure><img src='a.jpg' alt=''><figcaption>The new intake pipe. "
                            "(Lee Park)</figcaption></figure>"))
    assert doc.figures() == [Figure("", "The new intake pipe.", "Lee Park", "a.jpg")]


def test_same_image_twice_is_one_figure() -> None:
    fig = "<figure><img src='a.jpg' alt='A tank.'></figure>"
    assert len(read_html(article(fig + fig)).figures()) == 1


# -- media ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("seconds, text", [
    (33.0, "0:33"), (93.0, "1:33"), (3723.0, "1:02:03"), (93.0, "PT1M33S"), (33.0, "PT33S"),
    (93.0, "93"), (135.0, "2 min 15 sec"), (33.0, "Duration 0:33"), (None, "soon"), (None, ""),
])
def test_parse_duration(seconds: float | None, text: str) -> None:
    assert parse_duration(text) == seconds


def test_audio_and_vimeo_are_media_and_ad_iframes_are_not() -> None:
    doc = read_html(article(
        "<audio src='pod.mp3' title='The water podcast, episode 4'></audio>"
        "<iframe src='https://player.vimeo.com/video/123' title='Plant tour'></iframe>"
        "<iframe src='https://ads.example/slot?id=4' title='Ad'></iframe>"))
    assert [(m.kind, m.title, m.src) for m in doc.media()] == [
        ("audio", "The water podcast, episode 4", "pod.mp3"),
        ("video", "Plant tour", "https://player.vimeo.com/video/123"),
    ]


def test_video_figure_with_caption_is_media_not_figure() -> None:
    doc = read_html(article("<figure><video src='v.mp4' data-duration='0:45'></video>"
                            "<figcaption>How the plant will filter water</figcaption></figure>"))
    assert doc.figures() == []
    assert doc.media() == [Media("video", "How the plant will filter water", 45.0, "", "v.mp4")]
    assert "filter" not in " ".join(paragraphs(doc))


# -- quotes, lists, tables, paragraphs ----------------------------------------------------------

def test_blockquote_dash_line_is_attribution() -> None:
    doc = read_html(article("<blockquote><p>Clean water is not a luxury.</p>"
                            "<p>— Mayor Ana Silva</p></blockquote>"))
    quotes = [b for _, b in doc.blocks() if isinstance(b, Quote)]
    assert [(q.text, q.attribution) for q in quotes] == [
        ("Clean water is not a luxury.", "Mayor Ana Silva")]


def test_nested_list_items_flattened_in_order() -> None:
    doc = read_html(article("<ol><li>Dig the intake<ul><li>north shore</li></ul></li>"
                            "<li>Build the plant</li></ol>"))
    lists = [b for _, b in doc.blocks() if isinstance(b, ListBlock)]
    assert [([i.text for i in b.items], b.ordered) for b in lists] == [
        (["Dig the intake", "north shore", "Build the plant"], True)]


def test_data_table_rows_read_with_headers() -> None:
    doc = read_html(article("<table><tr><th>Year</th><th>Cost</th></tr>"
                            "<tr><td>2025</td><td>$12m</td></tr><tr><td>2026</td><td>$30m</td></tr>"
                            "</table>"))
    lists = [b for _, b in doc.blocks() if isinstance(b, ListBlock)]
    assert [i.text for i in lists[0].items] == ["Year: 2025; Cost: $12m", "Year: 2026; Cost: $30m"]


def test_br_br_separates_paragraphs_in_bare_text() -> None:
    doc = read_html(article("<div>First part of the text.<br><br>Second part, "
                            "with <b>bold</b> words.<br>Same paragraph.</div>"))
    assert paragraphs(doc)[:2] == ["First part of the text.",
                                   "Second part, with bold words. Same paragraph."]


@pytest.mark.parametrize("text", ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
                                  "Sign up for our newsletter", "Read more: Other story"])
def test_filler_paragraphs_dropped_and_recorded(text: str) -> None:
    doc = read_html(article(f"<p>{text}</p>"))
    assert text not in " ".join(paragraphs(doc))
    assert any(d.text == text for d in doc.dropped)


def test_related_heading_drops_what_follows_in_its_box() -> None:
    doc = read_html(article("<div><h2>More on this story</h2><p>Board chair resigns over "
                            "plant delays and cost overruns in the west</p></div>"))
    assert "Board chair resigns" not in " ".join(paragraphs(doc))
    assert [s.heading for s in doc.sections] == [None]


# -- no article, robustness -----------------------------------------------------------------

@pytest.mark.parametrize("markup", ["", "   \n", "<!-- only a comment -->",
                                    "<html><body></body></html>",
                                    "<html><body><nav><a href='/'>Home</a></nav></body></html>"])
def test_pages_without_article_text_raise(markup: str) -> None:
    with pytest.raises(NoArticleError, match="page.html"):
        read_html(markup, source="page.html")


def test_xml_declaration_and_deep_nesting_do_not_break() -> None:
    deep = "<div>" * 400 + LEDE + "</div>" * 400
    doc = read_html('<?xml version="1.0" encoding="utf-8"?>' + page("<h1>Deep</h1>" + deep + LEDE))
    assert doc.title == "Deep"
    assert len(paragraphs(doc)) == 2


def test_large_page_is_read_quickly_enough_to_finish() -> None:
    filler = "".join(f"<div class='teaser'><a href='/{i}'>Teaser number {i}</a></div>"
                     for i in range(3000))
    body = "".join(f"<p>Paragraph {i} of the story says something about water rates.</p>"
                   for i in range(600))
    start = time.perf_counter()
    doc = read_html(page(f"<nav>{filler}</nav><article><h1>Long</h1>{body}</article>"))
    elapsed = time.perf_counter() - start
    assert len(paragraphs(doc)) == 600
    assert elapsed < 30  # a hang guard, not a speed target (see the report for timings)


# -- text survives ------------------------------------------------------------------------------

WORD = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1,
               max_size=10)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(WORD, min_size=3, max_size=25), min_size=1, max_size=6))
def test_every_word_of_every_paragraph_survives_in_order(paras: list[list[str]]) -> None:
    texts = ["Officials said " + " ".join(words) + "." for words in paras]
    body = "".join(f"<p>{html_lib.escape(t)}</p>" for t in texts)
    doc = read_html(page(f"<article><h1>Headline</h1>{body}{LEDE}</article>"))
    assert paragraphs(doc)[:len(texts)] == texts


def test_split_caption_keeps_caption_without_credit() -> None:
    assert split_caption("A dam at dusk.") == ("A dam at dusk.", "")


def test_article_header_plain_paragraphs_are_standfirst_byline_and_date() -> None:
    doc = read_html(page("<article><header><h1>Water board approves plant</h1>"
                         "<p>The plant will cost $84 million and serve 90,000 homes.</p>"
                         "<p>By Ann Lee</p><p>Updated 3 March 2025</p>"
                         "<p><a href='/s'>Share</a></p></header>" + LEDE + "</article>"))
    assert [p.text for p in doc.summary] == [
        "The plant will cost $84 million and serve 90,000 homes."]
    assert (doc.byline, doc.published) == ("Ann Lee", "3 March 2025")
    assert [d.text for d in doc.dropped] == ["Share"]


def test_time_inside_running_text_stays_in_the_paragraph() -> None:
    doc = read_html(article("<div>On <time datetime='2025-01-06'>Monday</time> the board met "
                            "for the last time.</div>"))
    assert paragraphs(doc)[0] == "On Monday the board met for the last time."


def test_bold_only_lines_are_subheadings() -> None:
    doc = read_html(page("<div id='story'><h1>Water board approves plant</h1>" + LEDE +
                         "<p><strong>Where the money comes from</strong></p>" + LEDE.replace(
                             "Monday", "Tuesday") + "</div>"))
    assert [(s.heading, s.level) for s in doc.sections] == [
        (None, 2), ("Where the money comes from", 2)]


def test_bold_lines_between_br_breaks_in_a_legacy_cell() -> None:
    text = ("The board met on Monday and approved the plant after a long debate about costs."
            "<br><br><b>What residents said</b><br><br>Most of the 40 residents who spoke "
            "supported the plan, though several asked about noise.<br><br>"
            "<b>Bold lead-in:</b> this line is not a heading because text follows the bold part.")
    doc = read_html(page(f"<table><tr><td><h1>Plant approved</h1>{text}</td></tr></table>"))
    assert [s.heading for s in doc.sections] == [None, "What residents said"]
    assert paragraphs(doc)[-1] == ("Bold lead-in: this line is not a heading because text "
                                   "follows the bold part.")


def test_bold_sentence_with_full_stop_stays_a_paragraph() -> None:
    doc = read_html(article("<p><b>The vote was 7-2.</b></p>"))
    assert "The vote was 7-2." in paragraphs(doc)


def test_gallery_figure_keeps_each_picture_and_the_shared_caption() -> None:
    doc = read_html(article("<figure class='gallery'>"
                            "<figure><img src='a.jpg' alt='The old plant.'></figure>"
                            "<figure><img src='b.jpg' alt='The new plant.'></figure>"
                            "<figcaption>Before and after. (Lee Park)</figcaption></figure>"))
    assert doc.figures() == [Figure("The old plant.", "", "", "a.jpg"),
                             Figure("The new plant.", "Before and after.", "Lee Park", "b.jpg")]


def test_caption_element_after_an_image_captions_it() -> None:
    doc = read_html(article("<div><img src='a.jpg' alt='The old plant.'></div>"
                            "<div class='image-caption'>The plant in 1971. Photo: City archives</div>"))
    assert doc.figures() == [Figure("The old plant.", "The plant in 1971.", "City archives", "a.jpg")]


def test_headline_at_the_bottom_does_not_swallow_the_text() -> None:
    doc = read_html(page("<article>" + LEDE * 3 + "<h1>Water board approves plant</h1></article>"))
    assert doc.title == "Water board approves plant"
    assert len(paragraphs(doc)) == 3


def test_section_header_element_keeps_its_heading() -> None:
    doc = read_html(article("<section><header><h2>The vote</h2></header>"
                            "<p>Councillors voted 7-2 in favour.</p></section>"))
    assert [s.heading for s in doc.sections] == ["The vote"]  # nothing stands before it
    assert doc.sections[0].blocks[0].text == "Councillors voted 7-2 in favour."


def test_title_falls_back_to_the_first_heading() -> None:
    doc = read_html(page(f"<article><h2>Plant approved</h2>{LEDE}</article>"))
    assert doc.title == "Plant approved"


def test_tweet_is_a_quote_and_instagram_card_is_dropped() -> None:
    doc = read_html(article(
        "<blockquote class='twitter-tweet'><p>The plant is a disaster for the river.</p>"
        "&mdash; Save the Tully (@savetully) <a href='https://x.example/1'>March 3, 2025</a>"
        "</blockquote><blockquote class='instagram-media'><p><a href='https://i.example/p'>"
        "A post shared by Tully Water (@tullywater)</a></p></blockquote>"))
    quotes = [b for _, b in doc.blocks() if isinstance(b, Quote)]
    assert [(q.text, q.attribution) for q in quotes] == [
        ("The plant is a disaster for the river.", "Save the Tully (@savetully)")]
    assert ("A post shared by Tully Water (@tullywater)", "social media embed") in [
        (d.text, d.reason) for d in doc.dropped]


def test_a_long_paragraph_after_a_related_heading_is_kept() -> None:
    long = ("The board also voted to study a second plant on the east shore, which engineers "
            "say could be needed by 2040 if the valley keeps growing at its current rate of "
            "about two per cent a year.")
    doc = read_html(article(f"<h2>Read more</h2><p><a href='/x'>Other story</a></p>"
                            f"<p>Short teaser line here.</p><p>{long}</p>"))
    assert long in paragraphs(doc)
    assert "Short teaser line here." not in paragraphs(doc)


@pytest.mark.parametrize("heading", ["More about the vote", "Latest figures", "Tagged wells"])
def test_ordinary_headings_that_start_like_furniture_are_kept(heading: str) -> None:
    doc = read_html(page(f"<article><h1>Plant approved</h1>{LEDE}<h2>{heading}</h2>"
                         "<p>Councillors voted 7-2 in favour.</p></article>"))
    assert [s.heading for s in doc.sections] == [None, heading]
    assert paragraphs(doc)[-1] == "Councillors voted 7-2 in favour."


def test_short_h2_right_under_the_headline_is_a_section_not_a_standfirst() -> None:
    doc = read_html(page(f"<article><h1>Plant approved</h1><h2>The vote</h2>{LEDE}</article>"))
    assert doc.summary == ()
    assert [s.heading for s in doc.sections] == ["The vote"]


def test_script_drawn_page_is_read_from_json_ld_article_body() -> None:
    body = ("The regional water board approved a new treatment plant on Monday.\\n\\n"
            "The plant will cost $84 million and serve 90,000 homes from 2029, the board said.")
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Plant approved",'
          f'"articleBody":"{body}"}}</script>')
    doc = read_html(page("<div id='root'></div>", ld))
    assert doc.title == "Plant approved"
    assert paragraphs(doc) == [
        "The regional water board approved a new treatment plant on Monday.",
        "The plant will cost $84 million and serve 90,000 homes from 2029, the board said."]


@pytest.mark.parametrize("figure", [
    "<figure><img class='lazy' src='data:image/gif;base64,R0lG' data-src='a.jpg'>"
    "<noscript><img src='a.jpg' alt='A dam at dusk.'></noscript><figcaption>The dam.</figcaption>"
    "</figure>",
    "<figure><noscript><img src='a.jpg' alt='A dam at dusk.'></noscript>"
    "<figcaption>The dam.</figcaption></figure>",
])
def test_lazy_images_take_alt_and_src_from_noscript(figure: str) -> None:
    doc = read_html(article(figure))
    assert doc.figures() == [Figure("A dam at dusk.", "The dam.", "", "a.jpg")]


def test_code_blocks_are_dropped_and_plain_pre_is_text() -> None:
    doc = read_html(article("<pre><code>$ cargo build\n$ cargo test</code></pre>"
                            "<pre>Roses are red,\nwater is clear.\n\nSecond verse.</pre>"))
    assert paragraphs(doc)[:2] == ["Roses are red, water is clear.", "Second verse."]
    assert ("$ cargo build $ cargo test", "code block") in [(d.text, d.reason) for d in doc.dropped]


def test_control_characters_in_the_page_are_ignored() -> None:
    doc = read_html(article("<p>Line\x0bfeed and bell\x07 here, with \x1b escapes.</p>"))
    assert "Linefeed and bell here, with escapes." in paragraphs(doc)


def test_headline_and_standfirst_repeated_in_the_body_are_dropped() -> None:
    doc = read_html(page("<div class='content'><font size='5'><b>Water board approves plant</b>"
                         "</font><p class='standfirst'>Costs rose to $84 million.</p>"
                         "<p>Costs rose to $84 million.</p>" + LEDE + "</div>",
                         "<title>Water board approves plant | The Valley Post</title>"))
    assert doc.title == "Water board approves plant"
    assert [p.text for p in doc.summary] == ["Costs rose to $84 million."]
    assert paragraphs(doc) == [LEDE[3:-4]]
    assert {("Water board approves plant", "duplicate headline"),
            ("Costs rose to $84 million.", "duplicate standfirst")} <= {
        (d.text, d.reason) for d in doc.dropped}


def test_described_image_without_a_known_src_is_still_a_figure() -> None:
    doc = read_html(article("<figure><img data-lazy-load='x' alt='A dam at dusk.'>"
                            "<figcaption>The dam.</figcaption></figure>"))
    assert doc.figures() == [Figure("A dam at dusk.", "The dam.", "", None)]
