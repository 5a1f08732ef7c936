"""slugify() and the text sidecar formatters (ffmetadata escaping, VTT times, M3U)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from speakit.audio import ChapterMark, slugify
from speakit.audio.sidecars import ffmetadata, ffmetadata_escape, m3u, vtt_escape, vtt_time

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.mark.parametrize(("title", "slug"), [
    ("Harbour Bridge Reopens After 18 Months", "harbour-bridge-reopens-after-18-months"),
    ("Café owners in Zürich say “non” to tolls", "cafe-owners-in-zurich-say-non-to-tolls"),
    ("Don't panic: it's only £2", "dont-panic-its-only-2"),
    ("Straße & Søndergade: Q&A", "strasse-and-sondergade-q-and-a"),
    ("  --Breaking--  ", "breaking"),
    ("CON", "con-article"),
])
def test_examples(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_long_titles_are_cut_at_a_word_boundary() -> None:
    title = ("Council approves the new harbour bridge toll scheme after a long and "
             "bitter public consultation")
    slug = slugify(title)
    assert len(slug) <= 60
    assert slug == "council-approves-the-new-harbour-bridge-toll-scheme-after-a"
    assert slugify("x" * 200) == "x" * 60


def test_titles_without_latin_letters_get_distinct_stable_names() -> None:
    greek, chinese = slugify("Η γέφυρα ανοίγει"), slugify("大桥重新开放")
    assert greek.startswith("article-") and chinese.startswith("article-")
    assert greek != chinese and greek == slugify("Η γέφυρα ανοίγει")
    assert slugify("") == "article" and slugify("   ") == "article"
    assert slugify("!!!", fallback="chapter").startswith("chapter-")


@given(st.text(max_size=200))
def test_always_a_safe_slug(title: str) -> None:
    slug = slugify(title)
    assert SLUG.match(slug), slug
    assert 1 <= len(slug) <= 60
    assert slugify(slug) == slug


@given(st.text(max_size=100), st.integers(8, 80))
def test_max_length_is_honoured(title: str, limit: int) -> None:
    slug = slugify(title, limit)
    assert SLUG.match(slug) and len(slug) <= limit


def test_ffmetadata_escapes_special_characters() -> None:
    assert ffmetadata_escape("a=b;c#d\\e") == "a\\=b\\;c\\#d\\\\e"
    assert ffmetadata_escape("two\nlines\r\nhere") == "two lines here"
    text = ffmetadata({"title": "Q&A = news", "comment": None},
                      [ChapterMark("Intro; part #1", 0.0, 1.2345)])
    assert text.splitlines() == [";FFMETADATA1", "title=Q&A \\= news", "[CHAPTER]",
                                 "TIMEBASE=1/1000", "START=0", "END=1234",
                                 "title=Intro\\; part \\#1"]


@given(st.text(max_size=80))
def test_ffmetadata_escaping_round_trips(value: str) -> None:
    escaped = ffmetadata_escape(value)
    assert "\n" not in escaped
    unescaped = re.sub(r"\\(.)", r"\1", escaped)
    assert unescaped == re.sub(r"[\r\n]+", " ", value)


@pytest.mark.parametrize(("ms", "text"), [(0, "00:00:00.000"), (1234, "00:00:01.234"),
                                          (61_001, "00:01:01.001"), (3_723_456, "01:02:03.456"),
                                          (360_000_000, "100:00:00.000")])
def test_vtt_time(ms: int, text: str) -> None:
    assert vtt_time(ms) == text


def test_vtt_escape() -> None:
    assert vtt_escape("Fish & chips <b>now</b> -->\n\nend") == \
        "Fish &amp; chips &lt;b&gt;now&lt;/b&gt; --&gt; end"


def test_m3u_durations_and_titles() -> None:
    text = m3u([("a-01-intro.mp3", 12.6, "Courier - Intro"), ("a-02-x.mp3", 0.2, "Two\nlines")],
               title="A title")
    assert text == ("#EXTM3U\n#PLAYLIST:A title\n#EXTINF:13,Courier - Intro\na-01-intro.mp3\n"
                    "#EXTINF:1,Two lines\na-02-x.mp3\n")
