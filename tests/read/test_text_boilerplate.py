"""Line rules of the pasted-text reader: labels, bylines, stamps, durations, media, prompts."""

from __future__ import annotations

import pytest

from speakit.read import boilerplate as bp


@pytest.mark.parametrize(("line", "want"), [
    ("Published 3 hours ago", ("published", "3 hours ago")),
    ("Updated: Nov. 2, 2024 at 4:05 p.m. ET", ("updated", "Nov. 2, 2024 at 4:05 p.m. ET")),
    ("Posted: Monday, Oct. 14, 2024 5:02 AM EDT", ("published", "Monday, Oct. 14, 2024 5:02 AM EDT")),
    ("2 November 2024", ("published", "2 November 2024")),
    ("Sat 2 Nov 2024 14.05 GMT", ("published", "Sat 2 Nov 2024 14.05 GMT")),
    ("Last updated 12 minutes ago", ("updated", "12 minutes ago")),
    ("4 days ago", ("relative", "4 days ago")),
    ("5 min read", ("relative", "5 min read")),
    ("2024-11-02T14:05:00Z", ("published", "2024-11-02T14:05:00Z")),
    ("|Published June 3, 2025 at 6:30 a.m. EDT", ("published", "June 3, 2025 at 6:30 a.m. EDT")),
    ("November 2, 202412:34 PM GMT+1Updated 2 hours ago", ("published", "November 2, 2024 12:34 PM GMT+1")),
    ("1:02", None),
    ("Published reports say the mine will close.", None),
    ("March 2 was the warmest day on record in Toronto.", None),
])
def test_parse_timestamp(line: str, want: tuple[str, str] | None) -> None:
    assert bp.parse_timestamp(line) == want


@pytest.mark.parametrize(("line", "want"), [
    ("By Jane Doe", "Jane Doe"),
    ("By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe, Reuters"),
    ("By JANE DOE, Associated Press", "JANE DOE, Associated Press"),
    ("By Jane Doe · 4 min read", "Jane Doe"),
    ("By the way, this matters.", None),
    ("By Friday, both sides had agreed.", None),
])
def test_parse_byline(line: str, want: str | None) -> None:
    assert bp.parse_byline(line) == want


@pytest.mark.parametrize(("line", "want"), [
    ("Jasmine Patel Transport correspondent", "Jasmine Patel"),
    ("Jane Doe and John Roe in Kyiv", "Jane Doe and John Roe"),
    ("Prices rose in March", None),
])
def test_parse_role_byline(line: str, want: str | None) -> None:
    assert bp.parse_role_byline(line) == want


def test_parse_byline_strip() -> None:
    assert bp.parse_byline_strip(
        "Chris Brown · CBC News · Posted: Nov 02, 2024 4:00 AM EDT | Last Updated: November 2") == \
        ("Chris Brown", "Nov 02, 2024 4:00 AM EDT")
    assert bp.parse_byline_strip("News · Sport · Weather") is None


@pytest.mark.parametrize(("line", "want"), [
    ("WorldAnalysis", True), ("PoliticsNews", True), ("WorldUSPolitics", True), ("Business", True),
    ("Opinion | Climate", True), ("CanadaBritish Columbia", True),
    ("Huge army", False), ("Ambiguous response", False), ("YouTube", False),
    ("The war in Ukraine.", False),
])
def test_is_category_label(line: str, want: bool) -> None:
    assert bp.is_category_label(line) is want


@pytest.mark.parametrize(("line", "want"), [
    ("Duration 0:33", 33), ("1:02", 62), ("3 min", 180), ("Video duration 2:05", 125),
    ("(2:05)", 125), ("2 minutes", 120), ("1:02:03", 3723), ("01:12 - Source: CNN", 72),
    ("3 min 20 s", 200), ("The vote took 3 minutes.", None), ("Duration", None),
])
def test_parse_duration(line: str, want: float | None) -> None:
    assert bp.parse_duration(line) == want


@pytest.mark.parametrize(("line", "want"), [
    ("WATCH | U.S. official says troops are there:", ("video", "U.S. official says troops are there:")),
    ("Watch: Crowds gather in Kyiv", ("video", "Crowds gather in Kyiv")),
    ("LISTEN | The Money Hour:", ("audio", "The Money Hour:")),
    ("Media caption, Watch: Rescuers pull survivors from rubble",
     ("video", "Rescuers pull survivors from rubble")),
    ("Watch the full interview below.", None),
])
def test_parse_media_start(line: str, want: tuple[str, str] | None) -> None:
    assert bp.parse_media_start(line) == want


@pytest.mark.parametrize(("line", "want"), [
    ("Share", True), ("Save", True), ("ADVERTISEMENT", True), ("Story continues below advertisement", True),
    ("Sign up for our newsletter", True),
    ("Listen to this article · 5:12 min", True), ("Image 1 of 3", True),
    ("Follow Sky News on WhatsApp", True),
    ("Subscribe to the council alerts, officials urged residents as the river rose.", False),
    ("Share prices fell 4% on Monday after the report.", False),
])
def test_is_share_line(line: str, want: bool) -> None:
    assert bp.is_share_line(line) is want


@pytest.mark.parametrize(("line", "want"), [
    ("Sign up for our newsletter", True), ("Sign up to Business Today", True),
    ("Free daily newsletter", True), ("after newsletter promotion", True),
    ("Sign up for the vaccine opened on Monday, health officials said in a statement.", False),
])
def test_is_newsletter_prompt(line: str, want: bool) -> None:
    assert bp.is_newsletter_prompt(line) is want


@pytest.mark.parametrize(("line", "want"), [
    ("Related topics", True), ("More on this story", True), ("Most read", True), ("Comments", True),
    ("© 2024 Daily Star", True), ("Copyright 2024 The Associated Press. All Rights Reserved.", True),
    ("Copyright law has changed since 1998.", False), ("Elsewhere", False),
])
def test_is_cutoff(line: str, want: bool) -> None:
    assert bp.is_cutoff(line) is want


@pytest.mark.parametrize(("line", "want"), [
    ("Home WebMail Friday, November 22, 2024, 05:35 PM | Calgary | -11.1°C | Regions Advertise Login |", True),
    ("Skip to main content", True), ("Order Reprints | Today's Paper | Subscribe", True),
    ("Temperatures reached 45°C in Seville on Monday, officials said.", False),
    ("Residents must sign up online by Friday to get a permit.", False),
])
def test_is_site_header(line: str, want: bool) -> None:
    assert bp.is_site_header(line) is want


@pytest.mark.parametrize(("line", "want"), [
    ("— Ottawa Police (@OttawaPolice) November 2, 2024", True),
    ("— Jane Doe (@jdoe) 2 November 2024", True),
    ("— said the minister (who asked not to be named)", False),
])
def test_is_embed_attribution(line: str, want: bool) -> None:
    assert bp.is_embed_attribution(line) is want
