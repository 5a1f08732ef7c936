"""The report on an invented Markdown article, read by the real reader: what must and must not count."""

from __future__ import annotations

from typing import Any

import pytest

from speakit.simplify.readability import words
from speakit.simplify.report import format_report, readability_report

ARTICLE = """\
# Flood barriers fail in Lower Brennick as river reaches record height

The River Oss rose to 6.4 metres on Sunday, the highest level since records began in 1921.

![Sandbags piled against a shop door](https://example.org/sandbags.jpg)
*Volunteers piled sandbags outside shops on Mill Street. Photo: Dana Whitlock/Brennick Herald*

Emergency crews evacuated approximately 1,200 residents from low-lying streets overnight, after
temporary barriers installed by the council were overwhelmed by the unprecedented volume of water
that accumulated following three consecutive days of torrential rainfall across the upper valley.

## What residents said

> We had twenty minutes to get out. The water came under the door before we could lift anything.

Marta Quell, who runs a bakery on Mill Street, said the shop was ruined.

## What happens next

The council said it would:

- inspect every barrier before Friday;
- publish a repair plan within 30 days;
- ask the government for emergency funding.
"""


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    from speakit.read import read_string

    before = read_string(ARTICLE, kind="markdown", source="flood.md")
    try:
        from speakit.simplify import simplify
    except ImportError:
        return readability_report(before, None)
    return readability_report(before, simplify(before, "easy"))


def test_sections_and_blocks_that_count(data: dict[str, Any]) -> None:
    b = data["before"]
    headings = [s["heading"] for s in b["sections"]]
    assert "What residents said" in headings
    assert "What happens next" in headings
    # the blockquote counts as quote sentences, the list items as body sentences
    assert b["quotes"]["sentences"] >= 2
    next_section = next(s for s in b["sections"] if s["heading"] == "What happens next")
    assert next_section["sentences"] >= 3


def test_captions_and_credits_do_not_count(data: dict[str, Any]) -> None:
    b = data["before"]
    body_words = b["words"]
    caption = "Volunteers piled sandbags outside shops on Mill Street."
    # the body is the article text without the figure: no caption or credit words in it
    all_text_words = len(words(ARTICLE))
    assert body_words < all_text_words - len(words(caption))
    assert "whitlock" not in b["rare_words"]


def test_long_sentence_and_hard_words_are_seen(data: dict[str, Any]) -> None:
    b = data["before"]
    assert b["words_per_sentence"]["max"] == 38  # the evacuation sentence, counted by hand
    assert b["words_per_sentence"]["over_25"] > 0
    assert {"torrential", "unprecedented"} & set(b["rare_words"])
    assert b["passive_share"] > 0  # "were overwhelmed", "was ruined"
    # names and numbers are never rare words
    assert not {"brennick", "quell", "1,200", "6.4"} & set(b["rare_words"])


def test_after_is_easier_when_simplified(data: dict[str, Any]) -> None:
    if data["after"] is None:
        pytest.skip("the simplifier is not available")
    b, a = data["before"], data["after"]
    # Simplifying never makes the text harder to read.
    assert a["words_per_sentence"]["mean"] <= b["words_per_sentence"]["mean"]
    assert a["fk_grade"] <= b["fk_grade"]
    assert a["rare_word_rate"] <= b["rare_word_rate"]
    text = format_report(data)
    assert "What residents said" in text and "Body text" in text
