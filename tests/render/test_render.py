"""Renderers: what each output must and must not contain."""

from __future__ import annotations

import json
from dataclasses import replace
from html.parser import HTMLParser

from speakit.document import (Document, Figure, Media, Paragraph, Section, Sentence, Term,
                              number_sentences)
from speakit.render import to_html, to_json, to_markdown, to_text


def doc(level: str = "original") -> Document:
    d = Document(
        title="Bridge <closed> for repairs & paint",
        site_name="Valley News",
        summary=(Paragraph((Sentence("", "The bridge shuts for 3 weeks."),)),),
        sections=(
            Section(None, (Paragraph((Sentence("", "Work starts on May 6."),
                                      Sentence("", "Buses will run every 20 minutes."))),
                           Figure(alt="Workers on a steel bridge.",
                                  caption="Crews began tests in April.", credit="Valley News/K. Oda"))),
            Section("Detours", (Paragraph((Sentence("", "Drivers should use Route 9."),)),
                                Media(title="How the detour works", duration_s=75.0,
                                      description="A short map."))),
        ),
        terms=(Term("Route 9", "Route 9 is the main road east of town.", "s5"),) if level != "original" else (),
    )
    return replace(number_sentences(d), level=level)  # type: ignore[arg-type]


def test_markdown_original() -> None:
    md = to_markdown(doc())
    assert md.startswith("# Bridge \\<closed\\> for repairs & paint\n")
    assert "## Detours" in md
    assert "**Picture:** Workers on a steel bridge." in md
    assert "*Crews began tests in April.*" in md
    assert "Photo: Valley News/K. Oda" in md
    assert "Video: How the detour works (1:15)" in md
    assert "Words to know" not in md


def test_markdown_easy_one_sentence_per_line_and_words_to_know() -> None:
    md = to_markdown(doc("easy"))
    assert "Work starts on May 6.  \nBuses will run every 20 minutes." in md
    assert "The original article has a video here: How the detour works." in md
    assert "(1:15)" not in md
    assert "## Words to know\n\n- **Route 9**: Route 9 is the main road east of town." in md


def test_text() -> None:
    text = to_text(doc("plain"))
    assert text.splitlines()[0] == "Bridge <closed> for repairs & paint"
    assert "Detours\n-------" in text
    assert "Picture: Workers on a steel bridge." in text
    assert "Route 9: Route 9 is the main road east of town." in text


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_accessible() -> None:
    page = to_html(doc("easy"))
    checker = _Checker()
    checker.feed(page)
    assert ("html", {"lang": "en"}) in checker.attrs
    assert checker.tags.count("h1") == 1
    for landmark in ("header", "main", "aside"):
        assert landmark in checker.tags
    assert "Bridge <closed> for repairs & paint" in "".join(checker.text)
    assert "<closed>" not in page  # escaped
    assert "Picture:" in "".join(checker.text)
    ids = [a.get("id") for t, a in checker.attrs if t == "span"]
    assert "s1" in ids and "s3" in ids


def test_json_is_the_contract() -> None:
    d = doc("plain")
    assert json.loads(to_json(d)) == d.to_dict()
