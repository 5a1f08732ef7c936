"""Brackets: a birth date becomes a sentence of its own; a spelled-out acronym nobody uses again goes."""

from __future__ import annotations

import pytest

from speakit.simplify import simplify_text
from speakit.simplify.sentences import Context, split_sentence
from speakit.simplify.terms import drop_spelled_out_acronyms


def test_birth_date_becomes_a_sentence() -> None:
    text = "Lena Holm (born March 3, 1961) is a Norwegian painter who runs a gallery in the harbour town of Bergen."
    out = split_sentence(text, Context(level="plain"))
    assert out[0] == "Lena Holm is a Norwegian painter who runs a gallery in the harbour town of Bergen."
    assert out[-1] == "Lena Holm was born March 3, 1961."


@pytest.mark.parametrize("text", [
    "The Holm Gallery (born 1990 as a shop) sells paintings by many local artists in the harbour of Bergen.",
    "The painter (born 1961) sells paintings by many local artists in the harbour of Bergen every summer.",
])
def test_birth_rule_needs_a_person_name(text: str) -> None:
    assert not any("was born" in p for p in split_sentence(text, Context(level="easy")))


@pytest.mark.parametrize("before, after", [
    ("The chip is part of the central processing unit (CPU) of a computer.",
     "The chip is part of the central processing unit of a computer."),
    ("The World Health Organization (WHO) met in Geneva.", "The World Health Organization met in Geneva."),
])
def test_unused_acronym_bracket_goes(before: str, after: str) -> None:
    assert drop_spelled_out_acronyms(before) == after


@pytest.mark.parametrize("text, elsewhere", [
    ("The World Health Organization (WHO) met. WHO said no.", ""),
    ("The World Health Organization (WHO) met in Geneva.", "Later WHO said no."),
    ("He joined the Farmers' Party (FXP) last year.", ""),        # letters do not match: not a spelling-out
    ("She said \"the World Health Organization (WHO) met\" today.", ""),  # quotes are verbatim
])
def test_acronym_bracket_kept(text: str, elsewhere: str) -> None:
    assert drop_spelled_out_acronyms(text, elsewhere) == text


def test_simplify_text_uses_both() -> None:
    out = simplify_text("Omar Haddad (born 1975) is an engineer at the National Grid Company (NGC) "
                        "who has worked on power lines in the north of the country for years.", "easy")
    assert "(NGC)" not in out and "Omar Haddad was born 1975." in out


def test_life_span_with_full_dates_becomes_a_sentence() -> None:
    text = "Anna Holm (3 May 1901 - 9 June 1980) was a Danish painter who worked in Paris for most of her life."
    out = split_sentence(text, Context(level="easy"))
    assert out[-1] == "Anna Holm lived from 3 May 1901 to 9 June 1980."
    assert out[0].startswith("Anna Holm was a Danish painter")


def test_years_alone_are_not_a_life_span() -> None:
    # "(1950 - 1960)" after a name may be a band's or a firm's years: left alone.
    text = "Blue Harbour (1950 - 1960) was a jazz label in Ohio that made many records for the radio stations."
    assert not any("lived" in p for p in split_sentence(text, Context(level="easy")))


def test_stray_comma_before_born() -> None:
    out = split_sentence("Lena Holm (, born March 3, 1961) is a painter who runs a large gallery in the old harbour of Bergen.",
                         Context(level="easy"))
    assert "Lena Holm was born March 3, 1961." in out
