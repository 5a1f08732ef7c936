"""Picture descriptions in short sentences: the source and the date of a wire caption get their own sentence."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speakit.read import read_source
from speakit.simplify import simplify
from speakit.simplify.captions import caption_sentences


@pytest.mark.parametrize("level, before, after", [
    ("plain", "Harbour master Ines Mora checks a buoy off Port Ellis, March 3, 2025, in this photo released by "
              "the Coast Watch Agency.",
     ["Harbour master Ines Mora checks a buoy off Port Ellis, March 3, 2025.",
      "The picture was released by the Coast Watch Agency."]),
    ("easy", "Harbour master Ines Mora checks a buoy off Port Ellis, March 3, 2025, in this photo released by "
             "the Coast Watch Agency.",
     ["Harbour master Ines Mora checks a buoy off Port Ellis.", "The picture is from March 3, 2025.",
      "It was released by the Coast Watch Agency."]),
    ("easy", "Volunteers stack sandbags along the river wall in Dunmore, in this handout picture provided by "
             "the county council on Oct. 6, 2025.",
     ["Volunteers stack sandbags along the river wall in Dunmore.",
      "The picture was provided by the county council on Oct. 6, 2025."]),
    ("easy", "This image, released by the Lake Survey on 12 May 2025, shows a new island of reeds near the dam.",
     ["This image shows a new island of reeds near the dam.", "It was released by the Lake Survey on 12 May 2025."]),
    ("easy", "Players of Ashford Town celebrate their third goal at the Mill Ground, Ashford June 19, 2024.",
     ["Players of Ashford Town celebrate their third goal at the Mill Ground, Ashford.",
      "The picture is from June 19, 2024."]),
    ("plain", "Players of Ashford Town celebrate their third goal at the Mill Ground, Ashford June 19, 2024.",
     ["Players of Ashford Town celebrate their third goal at the Mill Ground, Ashford June 19, 2024."]),
])
def test_caption_sentences(level: str, before: str, after: list[str]) -> None:
    assert caption_sentences(before, level) == after


@pytest.mark.parametrize("text", [
    "The bridge has been closed since June 5, 2024.",       # the date belongs to 'since'
    "Crews work until March 3.",                             # too short to move the date
    "A heron stands in the reeds at dawn.",                  # nothing to move
    "Members of the Photo Club, released from the rain, walk home.",  # 'released' is not the picture's
])
def test_caption_left_whole(text: str) -> None:
    assert caption_sentences(text, "easy") == [text]


_WORDS = st.sampled_from("the crew a boat river town mayor Ines Mora checks walks near old new on in at".split())
_DATES = st.sampled_from(["March 3, 2025", "Oct. 6, 2025", "12 May 2025", "June 19"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=3, max_size=12), _DATES, st.booleans(),
       st.sampled_from(["photo", "handout picture", "image"]), st.sampled_from(["released", "provided", "taken"]))
def test_caption_words_survive(scene: list[str], date: str, in_this: bool, noun: str, verb: str) -> None:
    kept = " ".join(scene).capitalize() + ", " + date
    text = kept + (f", in this {noun} {verb} by the Coast Watch Agency" if in_this else "") + "."
    out = " ".join(caption_sentences(text, "easy"))

    def bag(t: str) -> Counter[str]:
        return Counter(re.findall(r"[\w'’-]+", t.lower()))

    # The scene, the date, the verb and the agency all survive; only "in this photo" gives way
    # to "the picture".
    assert not bag(kept + (f" {verb} by the Coast Watch Agency" if in_this else "")) - bag(out)


SEED = Path(__file__).resolve().parents[3] / "shared" / "eval" / "seed" / "article.txt"


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article is not beside the repo")
def test_seed_pictures_in_short_sentences() -> None:
    doc = read_source(str(SEED))
    easy = simplify(doc, "easy")
    before = [f.alt for f in doc.figures()]
    after = [f.alt for f in easy.figures()]
    assert len(before) == len(after)
    # without: the longest description was one sentence of more than 30 words
    assert max(len(t.split()) for t in before) > 30
    for old, new in zip(before, after):
        # every number of the description survives, and no sentence is longer than the original one
        assert set(re.findall(r"\d+", old)) <= set(re.findall(r"\d+", new))
        assert max(len(s.split()) for s in re.split(r"(?<=\.) (?=[A-Z])", new)) <= len(old.split())
    assert any("The picture was released by" in t or "It was released by" in t for t in after)
    assert sum("The picture is from" in t for t in after) >= 3


def test_long_caption_keeps_its_scene_first() -> None:
    from speakit.document import Document, Figure, Paragraph, Section, Sentence

    caption = ("Irish President Tom Reyes enters a hall for a meeting with Canada's Prime Minister Ines Mora on the "
               "sidelines of the ferry summit in Port Ellis, Ireland, June 19, 2025.")
    assert len(caption.split()) > 25
    doc = Document(title="Harbour", summary=(), sections=(Section(None, (
        Paragraph((Sentence("s1", "Irish President Tom Reyes opened the terminal on Thursday."),)),
        Figure(alt="", caption=caption, credit="Photo: Port Ellis Times"),)),))
    for level in ("plain", "easy"):
        out = simplify(doc, level).figures()[0].caption
        # the scene stays the first sentence: no "Tom Reyes is the Irish president." pushed in front of it
        assert out.startswith("Irish President Tom Reyes enters a hall"), out
        assert "June 19, 2025" in out
