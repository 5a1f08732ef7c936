"""Later mentions of a person use the short name the article itself uses."""

from __future__ import annotations

from speakit.document import Document, Paragraph, Section, Sentence
from speakit.simplify import simplify
from speakit.simplify.facts import compare
from speakit.simplify.mentions import Mentions, short_names

ARTICLE = [
    "Finnish Prime Minister Aino Lahtinen opened the new bridge in Turku on Monday.",
    "Lahtinen said the bridge cost 40 million euros.",
    "Later, Finnish Prime Minister Aino Lahtinen met Park Min-jun, a visiting trade envoy.",
    "Park said Korean firms want to build ships in Turku.",
    "Aino Lahtinen told reporters: \"Aino Lahtinen keeps her promises.\"",
    "Park Min-jun flew home on Tuesday.",
]


def test_short_forms_come_from_the_article() -> None:
    short = short_names({"Aino Lahtinen", "Park Min-jun", "Xi Jinping"}, ARTICLE)
    assert short == {"Aino Lahtinen": "Lahtinen", "Park Min-jun": "Park"}


def test_first_mention_whole_later_short_quotes_untouched() -> None:
    m = Mentions({"Aino Lahtinen", "Park Min-jun"}, ARTICLE)
    out = [m.rewrite(t) for t in ARTICLE]
    assert out[0] == ARTICLE[0]
    assert out[2] == "Later, Lahtinen met Park Min-jun, a visiting trade envoy."
    assert out[4] == "Lahtinen told reporters: \"Aino Lahtinen keeps her promises.\""
    assert out[5] == "Park flew home on Tuesday."


def test_shared_surname_stays_whole() -> None:
    texts = ["Kim Jong-un met Kim Yo-jong.", "Kim spoke first.", "Kim Yo-jong spoke later."]
    assert short_names({"Kim Jong-un", "Kim Yo-jong"}, texts) == {}


def test_no_short_form_in_the_article_means_no_change() -> None:
    texts = ["Xi Jinping visited Paris.", "Xi Jinping then flew to Rome."]
    m = Mentions({"Xi Jinping"}, texts)
    assert [m.rewrite(t) for t in texts] == texts


def test_simplify_keeps_every_name() -> None:
    doc = Document(title="Bridge opens", sections=(Section(None, (Paragraph(tuple(
        Sentence(f"s{i}", t) for i, t in enumerate(ARTICLE, start=1))),)),))
    for level in ("plain", "easy"):
        out = simplify(doc, level)
        text = " ".join(s.text for s in out.sentences())
        if level == "plain":
            assert text.count("Prime Minister Aino Lahtinen") == 1
        else:  # easy puts the title in a sentence of its own
            assert text.startswith("Aino Lahtinen is the Finnish prime minister. Lahtinen opened")
        assert compare(doc, out).names.share >= 0.95
