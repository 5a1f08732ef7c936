"""The packaged plain-words list: format, uniqueness, and that plain is plainer."""

from __future__ import annotations

from pathlib import Path

import pytest

import speakit.simplify
from speakit.simplify.frequency import is_rare, rank

PLAIN_WORDS = Path(speakit.simplify.__file__).parent / "data" / "plain_words.tsv"


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return PLAIN_WORDS.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def pairs(lines: list[str]) -> list[tuple[str, str]]:
    out = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        hard, plain = line.split("\t")
        out.append((hard, plain))
    return out


def test_every_line_is_a_comment_or_one_pair(lines: list[str]) -> None:
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        assert len(parts) == 2, line
        assert all(p == p.strip() and p for p in parts), line


def test_list_is_long_enough(pairs: list[tuple[str, str]]) -> None:
    assert len(pairs) >= 200


def test_hard_words_are_lower_case_and_unique(pairs: list[tuple[str, str]]) -> None:
    hards = [h for h, _ in pairs]
    assert all(h == h.lower() for h in hards)
    assert len(hards) == len(set(hards))


def test_no_chains_or_identities(pairs: list[tuple[str, str]]) -> None:
    hards = {h for h, _ in pairs}
    for hard, plain in pairs:
        assert hard != plain
        # a replacement that is itself listed as hard would need a second pass
        assert plain not in hards, (hard, plain)


def test_plain_words_are_common(pairs: list[tuple[str, str]]) -> None:
    assert [(h, p) for h, p in pairs if any(is_rare(w) for w in p.split())] == []


def test_plain_single_words_are_more_common_than_hard_ones(pairs: list[tuple[str, str]]) -> None:
    worse = []
    for hard, plain in pairs:
        if " " in hard or " " in plain or "-" in hard:
            continue
        h, p = rank(hard), rank(plain)
        assert p is not None, plain
        if h is not None and p >= h:
            worse.append((hard, plain))
    assert worse == []


def test_risky_pairs_are_commented_out_with_a_reason(lines: list[str]) -> None:
    commented = [ln for ln in lines if ln.startswith("# ") and "\t" in ln]
    assert commented, "risky pairs are kept as comments so nobody adds them back"
    for line in commented:
        assert " -- " in line, line
    hards = {ln[2:].split("\t")[0] for ln in commented}
    # the classic traps: protest sense, legal noun, adjective sense
    assert {"demonstrate", "permit", "objective"} <= hards


def test_brief_examples_are_present(pairs: list[tuple[str, str]]) -> None:
    mapping = dict(pairs)
    assert mapping["utilize"] == "use"
    assert mapping["prior to"] == "before"
    assert mapping["in the event that"] == "if"
    assert mapping["numerous"] == "many"
    assert mapping["contravene"] == "break"
    assert mapping["lethal"] == "deadly"


def test_the_word_swapper_reads_every_pair(pairs: list[tuple[str, str]]) -> None:
    words = pytest.importorskip("speakit.simplify.words")
    assert words.packaged_plain_words() == dict(pairs)
