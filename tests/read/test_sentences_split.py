"""split_sentences: where a reader would end a sentence, on small exact cases and at random."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speakit.read.sentences import make_paragraph, make_sentences, split_sentences

CASES = [
    ("The U.S. President spoke. He left.", ["The U.S. President spoke.", "He left."]),
    ("U.S. officials met U.K. envoys on Oct. 17 in St. Louis.",
     ["U.S. officials met U.K. envoys on Oct. 17 in St. Louis."]),
    ("She works in Washington, D.C.", ["She works in Washington, D.C."]),
    ("She works in Washington, D.C. He does not.", ["She works in Washington, D.C.", "He does not."]),
    ("The vote ends at 5 p.m. Then the count begins.",
     ["The vote ends at 5 p.m.", "Then the count begins."]),
    ("The vote ends at 5 p.m. on Monday.", ["The vote ends at 5 p.m. on Monday."]),
    ("Dr. Lee and Mrs. Roe met Gov. Hale, Sen. Ruiz and Rep. Cole Jr. at noon.",
     ["Dr. Lee and Mrs. Roe met Gov. Hale, Sen. Ruiz and Rep. Cole Jr. at noon."]),
    ("J. K. Rowling and George W. Bush met. Nobody knew why.",
     ["J. K. Rowling and George W. Bush met.", "Nobody knew why."]),
    ("Acme Inc. shares fell. Acme Corp. The rival rose.",
     ["Acme Inc. shares fell.", "Acme Corp.", "The rival rose."]),
    ("Growth was 1.3 per cent. It was 2.5 last year.", ["Growth was 1.3 per cent.", "It was 2.5 last year."]),
    ("He waited... Then he left. It was... fine.", ["He waited...", "Then he left.", "It was... fine."]),
    ('"It is over," he said." Next came the vote.', ['"It is over," he said."', "Next came the vote."]),
    ('He said it was over." Next came the vote.', ['He said it was over."', "Next came the vote."]),
    ('"Images are a serious thing. If there are images, they reflect something," said the president.',
     ['"Images are a serious thing.',
      'If there are images, they reflect something," said the president.']),
    ('"Why?" he asked. "Stop!" she said.', ['"Why?" he asked.', '"Stop!" she said.']),
    ('"Why now?" Jane Roe asked. "Go!" The crowd ran.', ['"Why now?" Jane Roe asked.', '"Go!"',
                                                        "The crowd ran."]),
    ("He resigned. (He later returned.) Then he left.",
     ["He resigned.", "(He later returned.)", "Then he left."]),
    ("Chelsea vs. Arsenal ended 3-1, e.g. a rout. No. 10 said nothing.",
     ["Chelsea vs. Arsenal ended 3-1, e.g. a rout.", "No. 10 said nothing."]),
    ("Steps: 1. Mix the flour. 2. Add water.", ["Steps: 1. Mix the flour.", "2. Add water."]),
    ("He was born in 2001. 2024 was his best year.", ["He was born in 2001.", "2024 was his best year."]),
    ("Is it safe? Officials say yes! Nobody agrees.", ["Is it safe?", "Officials say yes!", "Nobody agrees."]),
    ("Take vitamin D. The study says so.", ["Take vitamin D.", "The study says so."]),
    ("No end punctuation here", ["No end punctuation here"]),
    ("The team was ranked No. 1. The fans cheered.", ["The team was ranked No. 1.", "The fans cheered."]),
    ("Smith et al. The study a.k.a. the report was cited in Calif. Gov. Newsom's plan.",
     ["Smith et al.", "The study a.k.a. the report was cited in Calif. Gov. Newsom's plan."]),
    ("It rose 5% in Calif. The rest fell.", ["It rose 5% in Calif.", "The rest fell."]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_split_sentences(text: str, want: list[str]) -> None:
    assert split_sentences(text) == want


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n ") == []
    assert make_sentences("   ") == ()


def test_make_paragraph_uses_placeholder_ids() -> None:
    para = make_paragraph("One. Two.")
    assert [(s.id, s.text) for s in para.sentences] == [("", "One."), ("", "Two.")]
    assert para.text == "One. Two."


TOKENS = st.sampled_from(["The", "he", "said.", "U.S.", "p.m.", "Dr.", "J.", "1.3", "Then", '"Why?"',
                          "asked.", "(Yes.)", "...", "Inc.", "e.g.", "Oct.", "17", "!", "?", "\u2026",
                          "D.C.", "\"", "It", "ended.\"", "No.", "2.", "a", "\n", "  "])


def _squash_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), st.lists(TOKENS, max_size=40).map(" ".join)))
def test_pieces_rejoin_to_the_input(text: str) -> None:
    pieces = split_sentences(text)
    assert all(p and p == p.strip() for p in pieces)
    assert _squash_ws(" ".join(pieces)) == _squash_ws(text)
