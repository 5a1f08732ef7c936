"""HTML reader on whole pages: what must appear and what must not (with / without checks)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from speakit.document import Document, Figure, ListBlock, Media, Paragraph, Quote
from speakit.errors import NoArticleError
from speakit.read import read_source

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "html"
EXAMPLES = HERE.parent.parent / "examples"


def read(name: str) -> Document:
    path = EXAMPLES / name if name.startswith("newsroom") else FIXTURES / name
    return read_source(str(path))


def all_text(doc: Document) -> str:
    """Everything a later stage could show or say (credits included)."""
    parts = [doc.title, doc.byline or "", *[p.text for p in doc.summary]]
    for section in doc.sections:
        parts.append(section.heading or "")
        for block in section.blocks:
            if isinstance(block, (Paragraph, Quote)):
                parts += [block.text, getattr(block, "attribution", None) or ""]
            elif isinstance(block, ListBlock):
                parts += [i.text for i in block.items]
            elif isinstance(block, Figure):
                parts += [block.alt, block.caption, block.credit]
            elif isinstance(block, Media):
                parts += [block.title, block.description]
    return "\n".join(parts)


def body_paragraphs(doc: Document) -> list[str]:
    return [b.text for _, b in doc.blocks() if isinstance(b, Paragraph)]


def assert_in_order(paragraphs: list[str], openings: list[str]) -> None:
    position = -1
    for opening in openings:
        hits = [i for i, p in enumerate(paragraphs) if p.startswith(opening)]
        assert len(hits) == 1, f"{opening!r} appears {len(hits)} times"
        assert hits[0] > position, f"{opening!r} is out of order"
        position = hits[0]


def assert_absent(doc: Document, snippets: list[str]) -> None:
    text = all_text(doc)
    leaked = [s for s in snippets if s in text]
    assert not leaked, f"boilerplate leaked: {leaked}"


def assert_sentence_ids(doc: Document) -> None:
    ids = [s.id for s in doc.sentences()]
    assert ids == [f"s{i}" for i in range(1, len(ids) + 1)]


# -- news site: <article>, figures with credit spans, quote, list, iframe, video ----------

@pytest.fixture(scope="module")
def transit() -> Document:
    return read("news_transit.html")


def test_news_metadata(transit: Document) -> None:
    assert transit.title == "Port Halden council backs $1.2-billion light rail line to the airport"
    assert transit.site_name == "Harbour Daily"
    assert transit.byline == "Amara Okafor"
    assert transit.published == "2025-03-14T18:42:00-04:00"
    assert transit.dateline == "PORT HALDEN"
    assert transit.language == "en-CA"
    assert transit.source_kind == "html"
    assert [p.text for p in transit.summary] == [
        "Councillors voted 9-4 for the Skyway extension after a six-hour debate over cost, "
        "noise and who pays for the 11-kilometre line."]


def test_news_headings_in_order(transit: Document) -> None:
    assert [(s.heading, s.level) for s in transit.sections] == [
        (None, 2), ("A long road to a yes vote", 2), ("Cost and noise concerns", 2),
        ("What happens next", 3)]


def test_news_figures_once_with_credit_apart(transit: Document) -> None:
    figures = transit.figures()
    assert [(f.caption, f.credit) for f in figures] == [
        ("A rendering shows the proposed Skyway station at the west terminal of Port Halden "
         "International Airport.", "City of Port Halden/Handout"),
        ("Traffic backs up on Harbour Road during the evening rush on March 3.",
         "Amara Okafor/Harbour Daily"),
    ]
    assert figures[0].alt.startswith("An artist's drawing of a white two-car train")
    assert figures[1].src == "/img/harbour-road-traffic.jpg"
    for fig in figures:
        assert fig.credit not in fig.caption


def test_news_media_blocks_kept_apart(transit: Document) -> None:
    media = transit.media()
    assert [(m.kind, m.title, m.duration_s) for m in media] == [
        ("video", "Council debate highlights: the Skyway vote", None),
        ("video", "Riding the Skyway test train", 112.0),
    ]
    assert media[0].description == "Highlights from Thursday's six-hour council debate."
    assert media[0].src == "https://www.youtube-nocookie.com/embed/aB3dE5fG7hI"
    assert media[1].description.startswith("Harbour Daily's Amara Okafor takes a ride")
    body = " ".join(body_paragraphs(transit))
    for m in media:
        assert m.title not in body and m.description not in body


def test_news_body_in_order(transit: Document) -> None:
    assert_in_order(body_paragraphs(transit), [
        "After years of studies, two failed funding bids",
        "The Skyway extension is expected to cost $1.2 billion",
        "Mayor Lena Fairweather called the vote",
        "The idea of a rail link to the airport",
        "This time, staff split the project",
        "Under the plan approved Thursday",
        "The four councillors who voted against",
        "\"I support transit, but I can't support a blank cheque,\"",
        "Transit general manager Owen Pryce",
        "City staff will issue a request for qualifications",
        "Pryce said the first test trains would arrive in 2029.",
        "The airport authority, which handled 7.8 million passengers",
    ])


def test_news_quote_and_list(transit: Document) -> None:
    quotes = [b for _, b in transit.blocks() if isinstance(b, Quote)]
    assert len(quotes) == 1
    assert quotes[0].text.startswith("We have studied this line to death.")
    assert quotes[0].attribution == "Coun. Ravi Deshpande, Ward 6"
    lists = [b for _, b in transit.blocks() if isinstance(b, ListBlock)]
    assert len(lists) == 1 and not lists[0].ordered
    assert [i.text for i in lists[0].items] == [
        "Seven stations, including a stop at the Halden General Hospital campus.",
        "A 2.4-kilometre tunnel under the old town.",
        "Trains every six minutes at peak times and every 12 minutes in the evening.",
        "A flat fare of $3.25, the same as a city bus.",
    ]


def test_news_without_boilerplate(transit: Document) -> None:
    assert_absent(transit, [
        "Skip to content", "We use cookies", "Accept all", "Most read", "Ferry fares",
        "Advertisement", "Share on Facebook", "Read more", "What the Skyway will really cost",
        "Finally! I have been waiting", "Privacy policy", "Advertise with us", "4 hours ago",
        "Duration 1:52", "Sign up for our free", "Skyway costs rise again", "Comments (42)",
        "Cloudy", "City Hall reporter", "March 14, 2025 · 6:42 PM"])
    reasons = {d.reason for d in transit.dropped}
    assert {"cookie banner", "navigation", "related links", "most read", "comments",
            "advertisement", "share buttons", "video timestamp"} <= reasons
    assert_sentence_ids(transit)


# -- WordPress: wp-caption, sharedaddy, related posts, widgets, cookie bar ----------------

@pytest.fixture(scope="module")
def bakery() -> Document:
    return read("wordpress_bakery.html")


def test_wordpress_metadata(bakery: Document) -> None:
    assert bakery.title == "Flooded Millbrook bakery reopens with help from 300 volunteers"
    assert bakery.site_name == "The Millbrook Ledger"
    assert bakery.byline == "Dana Palmer"
    assert bakery.published == "2025-05-02T07:15:00+00:00"
    # the page shows no standfirst, so the meta description stands in
    assert [p.text for p in bakery.summary] == [
        "Eight months after the Tully River flood, the Hendricks family bakery is back."]


def test_wordpress_structure(bakery: Document) -> None:
    assert [s.heading for s in bakery.sections] == [
        None, "A town that would not let it close", "Recipes, rebuilt"]
    figures = bakery.figures()
    assert [(f.caption, f.credit) for f in figures] == [
        ("Customers line up outside Hendricks Family Bakery on reopening day.",
         "Dana Palmer/The Millbrook Ledger"),
        ("", ""),
    ]
    assert figures[1].alt == "Two men carry a large steel oven door through a narrow doorway."
    ordered = [b for _, b in bakery.blocks() if isinstance(b, ListBlock)]
    assert len(ordered) == 1 and ordered[0].ordered and len(ordered[0].items) == 4
    quote = next(b for _, b in bakery.blocks() if isinstance(b, Quote))
    assert quote.attribution == "Doreen Mackay, 82, of Carrow"
    assert_in_order(body_paragraphs(bakery), [
        "The smell of cinnamon buns", "Hendricks Family Bakery, which has stood",
        "\"I cried twice", "The flood on Sept. 18", "Insurance covered only",
        "Volunteers did the rest.", "Volunteer coordinator Sam Okonkwo",
        "\"We finished with nine days to spare,\" Okonkwo said.", "The hardest thing to replace",
        "More than 40 people answered.", "The bakery will be open six days a week"])


def test_wordpress_without_boilerplate(bakery: Document) -> None:
    assert_absent(bakery, [
        "Skip to content", "Independent news for the Tully Valley", "Proudly powered",
        "uses cookies", "Share this", "Leave a Reply", "Recent Posts", "Never miss a Ledger",
        "Posted in", "Posted on", "Tully River flood: what we know", "Best rye bread",
        "Previous: School board", "Farmers market", "🎉"])
    assert all(f.src and "emoji" not in f.src and "pixel" not in f.src for f in bakery.figures())
    assert_sentence_ids(bakery)


# -- a legacy windows-1252 page, table layout, no semantic markup ------------------------

@pytest.fixture(scope="module")
def ferry() -> Document:
    raw = (FIXTURES / "legacy_ferry_cp1252.html").read_bytes()
    assert b"\x92" in raw and b"\x80" in raw  # really windows-1252 (curly quote, euro)
    return read("legacy_ferry_cp1252.html")


def test_legacy_page_is_decoded(ferry: Document) -> None:
    text = all_text(ferry)
    for word in ("Siobhán Ó Raghallaigh", "café owner", "£4,100", "€1.2 million",
                 "Glenarrow’s 640 residents", "“cut off”", "Nobody asked us — not once."):
        assert word in text
    assert "â€" not in text and "\ufffd" not in text


def test_legacy_page_structure(ferry: Document) -> None:
    assert ferry.title == "Glenarrow ferry cut to three sailings a day as fuel costs climb"
    assert ferry.site_name == "Western Isles Courier"
    assert ferry.byline == "Siobhán Ó Raghallaigh, Islands Correspondent"
    assert [p.text for p in ferry.summary] == [
        "Islanders say the new winter timetable will leave Glenarrow’s 640 residents “cut off” "
        "from hospital appointments on the mainland."]
    assert [(s.heading, s.level) for s in ferry.sections] == [
        (None, 2), ("Council calls emergency meeting", 3)]
    assert [(f.caption, f.credit) for f in ferry.figures()] == [
        ("The MV Corrie Bhan leaves Glenarrow pier on its 7.15am sailing.", "Ewan McLeish")]
    assert_in_order(body_paragraphs(ferry), [
        "The only ferry serving Glenarrow", "Caledon Island Ferries (CIF)",
        "Under the new timetable", "“My mother is 84", "Argyll and Bute Council’s",
        "CIF’s managing director", "“We have carried Glenarrow",
        "The Glenarrow Community Trust", "The timetable will be reviewed in March"])


def test_legacy_page_without_boilerplate(ferry: Document) -> None:
    assert_absent(ferry, ["Front page", "Family notices", "Most popular", "Storm warning",
                          "Reader poll", "publicly owned", "All rights reserved", "Log in",
                          "News > Islands", "Harbour Street, Tobermory", "Tuesday 7 October"])
    assert_sentence_ids(ferry)


# -- the example page: broadcaster style, "WATCH |" label, BBC-style credits ----------------

@pytest.fixture(scope="module")
def heat() -> Document:
    return read("newsroom-article.html")


def test_example_page(heat: Document) -> None:
    assert heat.title == ("Heat wave pushes Northbridge power grid to a record as utility "
                          "asks for restraint")
    assert heat.site_name == "Prairie Public News"
    assert heat.byline == "Kwame Mensah and Julie Tremblay"
    assert heat.dateline == "NORTHBRIDGE (CP)"
    assert heat.summary[0].text.startswith("Demand hit 4,870 megawatts on Tuesday afternoon")
    assert [s.heading for s in heat.sections] == [
        None, "How close the grid came", "Who is most at risk"]
    assert [(f.caption, f.credit) for f in heat.figures()] == [
        ("Northbridge Hydro crews replace a transformer that failed in the heat on Monday in "
         "the city's east end.", "Northbridge Hydro"),
        ("Residents cool off at the Eastview branch library, one of 18 cooling centres open "
         "this week.", "Julie Tremblay/Prairie Public News"),
    ]
    (media,) = heat.media()
    assert (media.kind, media.title, media.duration_s) == (
        "video", "Why a hot afternoon is the hardest test for the power grid", 94.0)
    assert media.description.startswith("Energy reporter Julie Tremblay explains")
    assert not [b for _, b in heat.blocks() if isinstance(b, Quote)]  # the pull quote repeats
    assert_absent(heat, ["WATCH |", "maintenance mode", "WebMail", "Advertise", "Login",
                         "2 hours ago", "Duration 1:34", "Image source", "Image caption",
                         "Related stories", "Calgary", "Trending", "Canada · Analysis",
                         "Last Updated"])
    assert_sentence_ids(heat)


# -- no article ------------------------------------------------------------------------------

def test_navigation_only_page_is_refused() -> None:
    with pytest.raises(NoArticleError, match=r"nav_only\.html: no article text found.*navigation"):
        read("nav_only.html")


def test_login_wall_is_refused_with_reason() -> None:
    with pytest.raises(NoArticleError, match=r"log in or subscribe"):
        read("login_wall.html")


def test_decorative_images_are_not_figures() -> None:
    doc = read("decorative_images.html")
    assert [(f.alt, f.caption, f.credit) for f in doc.figures()] == [
        ("A snow plough clears a road lined with tall drifts.",
         "A plough clears Route 9 near Millbrook on Monday morning.", "Tully Valley Voice")]
    assert "School bus icon" not in all_text(doc)
    assert body_paragraphs(doc)[2].startswith("Buses will run on snow routes on Tuesday")


def test_examples_and_fixtures_are_invented_not_the_seed() -> None:
    seed = HERE.parent.parent.parent / "shared" / "eval" / "seed" / "article.txt"
    if not seed.exists():
        pytest.skip("seed article not present")
    seed_lines = {ln.strip() for ln in seed.read_text(encoding="utf-8").splitlines()
                  if len(ln.strip()) > 60}
    for path in [*FIXTURES.iterdir(), *EXAMPLES.glob("*.html"), *EXAMPLES.glob("*.md")]:
        text = path.read_bytes().decode("utf-8", "replace")
        assert not [ln for ln in seed_lines if ln in text], path.name


@pytest.mark.parametrize("name", ["news_transit.html", "wordpress_bakery.html",
                                  "legacy_ferry_cp1252.html", "decorative_images.html"])
def test_json_contract_round_trip(name: str) -> None:
    doc = read(name)
    assert Document.from_dict(doc.to_dict()) == doc
    assert re.fullmatch(r"[\w.-]+", doc.source_kind or "")


# -- other CMS styles: Guardian-like data attributes, a newsletter platform, AMP -------------

def test_guardian_style_page() -> None:
    doc = read("guardian_style_windfarm.html")
    assert (doc.title, doc.site_name, doc.byline) == (
        "Wind farm off Norfolk coast approved despite fishing fears", "The Daily Record",
        "Helen Marsh")
    assert doc.published == "Wed 4 Jun 2025 17.02 BST"
    assert [p.text for p in doc.summary] == [
        "The 1.5GW scheme could power 1.2m homes by 2030, but crab fishers say they were ignored"]
    assert [(f.caption, f.credit) for f in doc.figures()] == [
        ("Turbines at an existing offshore site near Cromer.", "Joe Giddens/PA"),
        ("Ted Blyth with part of a morning catch off Wells-next-the-Sea.",
         "Sarah Lucey/The Daily Record")]
    # the body wrapper's class says "commercial": it still holds the article
    assert_in_order(body_paragraphs(doc), [
        "The government has approved a 1.5-gigawatt wind farm", "The energy secretary",
        "The North Norfolk Fishermen's Society", "The developer, Ostrea Power",
        "Environmental groups welcomed", "Ostrea Power said it would set up"])
    assert_absent(doc, ["Offshore wind auction", "Wind power", "small favour", "Most viewed",
                        "Heatwave warning", "Daily Record Media", "Photograph:"])


def test_newsletter_platform_page() -> None:
    doc = read("newsletter_style_buses.html")
    assert (doc.title, doc.site_name, doc.byline, doc.published) == (
        "The bus network nobody uses", "Transit Notes", "Dev Kapoor", "Mar 3, 2025")
    assert [p.text for p in doc.summary] == [
        "Why Ashford's new routes carry fewer people than the old ones"]
    assert [s.heading for s in doc.sections] == [None, "What the council could do"]
    assert len(doc.figures()) == 1
    assert len(body_paragraphs(doc)) == 4
    assert_absent(doc, ["Subscribe now", "Thanks for reading", "Great piece", "Sign in",
                        "Restack"])


def test_amp_page() -> None:
    doc = read("amp_labs.html")
    assert doc.figures() == [Figure(
        "Pupils in safety goggles at a lab bench",
        "Pupils at Fairfield Academy, one of 14 schools in the scheme.", "Midlands Echo",
        "/img/lab.jpg")]
    assert [(m.kind, m.title, m.src) for m in doc.media()] == [
        ("video", "Inside the new labs", "https://www.youtube.com/embed/Zx9AbCdEf12")]
    assert len(body_paragraphs(doc)) == 3
    assert_absent(doc, ["Home", "doubleclick"])


def test_bbc_style_page() -> None:
    doc = read("bbc_style_lighthouse.html")
    assert (doc.title, doc.site_name, doc.byline) == (
        "Lighthouse keepers' cottages to become bunkhouse", "Shire News", "Morag Innes")
    assert [(f.caption, f.credit) for f in doc.figures()] == [
        ("The cottages have been empty since the lighthouse was automated in 1998", "Getty Images")]
    assert [s.heading for s in doc.sections] == [None, "'Life back to the point'"]
    assert_in_order(body_paragraphs(doc), [
        "Three empty lighthouse keepers' cottages", "The Northern Lighthouse Board (NLB)",
        "The Ardmore Community Trust", "Trust chairwoman Ishbel Grant", "\"When the keepers left",
        "Work is expected to begin next spring"])
    assert_absent(doc, ["Image source", "Image caption", "Shire News, Highlands",
                        "More on this story", "fog horn", "Related Topics", "Tourism",
                        "Ferry fares frozen"])


def test_wire_style_page_with_div_paragraphs() -> None:
    doc = read("wire_style_copper.html")
    assert (doc.title, doc.site_name, doc.byline, doc.published, doc.dateline) == (
        "Copper hits record as smelter strike spreads", "Wirewire", "Tom Hale",
        "2025-09-09T10:12:00Z", "LONDON, Sept 9 (Wirewire)")
    assert [p[:30] for p in body_paragraphs(doc)] == [
        "Copper prices hit a record hig", "Benchmark copper on the London",
        "\"The market was already tight.", "About 3,400 workers walked out"]
    assert_absent(doc, ["Sign up here", "Reporting by", "Trust Principles", "Updated 2 hours ago",
                        "Markets"])
    assert {d.reason for d in doc.dropped} >= {"reporting credits", "site header"}
