"""Terms with several meanings: the explanation follows the words around the term."""

from __future__ import annotations

import pytest

from simplify_kit import doc_of as _doc

from speakit.document import Document
from speakit.errors import SimplifyError
from speakit.simplify import glossary, simplify
from speakit.simplify.glossary import parse_toml

TOML = '''
[[term]]
term = "pitch"
explanation = "A pitch is a sports field, or a short sales talk."

[[term.sense]]
explanation = "A pitch is a sports field."
cues = ["match", "players", "goal", "referee"]

[[term.sense]]
explanation = "A pitch is a short sales talk."
cues = ["investors", "sell", "buyers", "company"]
'''


def _entry() -> glossary.Entry:
    (entry,) = parse_toml(TOML, "test.toml")
    return entry


@pytest.mark.parametrize("sentence, article, expected", [
    ("The players left the pitch after the goal.", "", "A pitch is a sports field."),
    ("Her pitch won over three investors.", "", "A pitch is a short sales talk."),
    ("The pitch was short.", "", "A pitch is a sports field, or a short sales talk."),  # no sign: both
    ("The pitch was short.", "The company hopes to sell the app to buyers.", "A pitch is a short sales talk."),
    # the sentence outweighs the article around it
    ("The referee walked onto the pitch.", "The company sells tickets to buyers.", "A pitch is a sports field."),
    ("The players liked the pitch the company made.", "", "A pitch is a sports field, or a short sales talk."),
])
def test_explanation_in_context(sentence: str, article: str, expected: str) -> None:
    assert _entry().explanation_in(sentence, article) == expected


def _notes(doc: Document) -> list[str]:
    return [s.text for s in doc.sentences() if s.text.startswith(("A conviction", "Custody"))]


def test_packaged_senses_follow_the_article() -> None:
    court = simplify(_doc("A judge in Port Ellis overturned the conviction of a ferry captain on Monday."), "plain")
    belief = simplify(_doc("The mayor spoke with real conviction about her faith in the new ferry plan."), "plain")
    plain_talk = simplify(_doc("The conviction came as no great news to the town on Monday."), "plain")
    assert _notes(court) == ["A conviction is being found guilty in court."]
    assert _notes(belief) == ["A conviction is a strong belief."]
    # without any sign, the explanation keeps both meanings, as it did before senses existed
    assert _notes(plain_talk) == ["A conviction is being found guilty in court, or a strong belief."]
    # Words to know carries the same meaning as the note
    assert [t.explanation for t in court.terms if t.term == "conviction"] == _notes(court)


def test_user_glossary_senses(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.toml"
    path.write_text(TOML, encoding="utf-8")
    doc = simplify(_doc("The referee stopped the match because the pitch was flooded in Port Ellis."),
                   "plain", glossary=path)
    assert "A pitch is a sports field." in [s.text for s in doc.sentences()]


@pytest.mark.parametrize("bad, message", [
    ('[[term]]\nterm = "x"\nexplanation = "X is x."\n[[term.sense]]\ncues = ["a"]\n', "no 'explanation'"),
    ('[[term]]\nterm = "x"\nexplanation = "X is x."\n[[term.sense]]\nexplanation = "X is y."\n', "needs cues"),
    ('[[term]]\nterm = "x"\nexplanation = "X is x."\nsense = "y"\n', "[[term.sense]] tables"),
])
def test_bad_sense_is_a_clear_error(bad: str, message: str) -> None:
    with pytest.raises(SimplifyError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_toml(bad, "mine.toml")
