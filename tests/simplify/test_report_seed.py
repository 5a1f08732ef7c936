"""The report on the real seed article (read from ../shared; skipped when it is absent)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from speakit.simplify.report import format_report, readability_report

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "seed"

pytestmark = pytest.mark.skipif(not (SEED / "article.txt").is_file(),
                                reason="seed article not present in ../shared/eval/seed")


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    return dict(json.loads((SEED / "expected.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    from speakit.read import read_source

    before = read_source(str(SEED / "article.txt"))
    try:
        from speakit.simplify import simplify
    except ImportError:
        pytest.skip("speakit.simplify.simplify is not available")
    return readability_report(before, simplify(before, "easy"))


def test_sections_of_the_article_are_measured(data: dict[str, Any],
                                              expected: dict[str, Any]) -> None:
    headings = [s["heading"] for s in data["before"]["sections"]]
    for heading in expected["section_headings"]:
        assert heading in headings
    text = format_report(data)
    for heading in expected["section_headings"]:
        assert heading in text


def test_easy_level_reads_easier(data: dict[str, Any]) -> None:
    b, a = data["before"], data["after"]
    assert b["sentences"] > 40
    assert a["words_per_sentence"]["mean"] < b["words_per_sentence"]["mean"]
    assert a["words_per_sentence"]["over_20"] < b["words_per_sentence"]["over_20"]
    assert a["fk_grade"] < b["fk_grade"]
    # verbatim quotes are measured apart and stay close to the original
    assert b["quotes"]["sentences"] > 0


def test_acronyms_and_dropped_text(data: dict[str, Any]) -> None:
    found = data["acronyms"]["explained"] + data["acronyms"]["unexplained"]
    for acronym in ("BRICS", "NATO", "KCNA"):
        assert acronym in found
    assert data["dropped"], "the reader drops the site header and video lines"
    # names, numbers and contractions are not counted as rare words
    rare = data["before"]["rare_words"]
    assert "kursk" not in rare and "don't" not in rare


def test_issue_targets_for_facts(data: dict[str, Any]) -> None:
    facts = data["facts"]
    if facts is None:
        pytest.skip("speakit.simplify.facts.compare is not available")
    for kind in ("numbers", "names"):
        total = facts[kind]["total"]
        assert total > 0
        assert facts[kind]["kept"] / total >= 0.95, facts[kind]
