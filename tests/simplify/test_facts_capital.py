"""The nothing-lost check accepts a capital at the start of a quote piece, and nothing more."""

from __future__ import annotations

from speakit.simplify.facts import compare_texts


def test_quote_that_starts_a_sentence_may_gain_a_capital() -> None:
    before = ['The mayor called it "a long overdue repair" on Monday.']
    assert compare_texts(before, ['"A long overdue repair," the mayor said.']).quotes.missing == ()


def test_other_changes_inside_a_quote_are_missing() -> None:
    before = ['The mayor called it "a long overdue repair" on Monday.']
    check = compare_texts(before, ['The mayor called it "a long-overdue fix" on Monday.'])
    assert check.quotes.missing == ("a long overdue repair",)
    check = compare_texts(before, ['The mayor called it "A LONG overdue repair" on Monday.'])
    assert check.quotes.missing == ("a long overdue repair",)
