"""Every everyday hard word of the glossary is explained at easy only, once, after its first use.

Data-wide checks (every kind "word" entry, every spelling), a Hypothesis property on
invented paragraphs, and a with/without check on the seed article (read from
../shared, never copied; skipped when absent).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simplify_kit import doc_of as _doc
from simplify_kit import texts as _texts

from speakit.document import Document
from speakit.simplify import glossary, simplify
from speakit.simplify.words import packaged_plain_words, swap_words

WORDS = [e for e in glossary.packaged() if e.kind == "word"]
SPELLINGS = [(e, s) for e in WORDS for s in e.spellings]
SEED = Path(__file__).resolve().parents[3] / "shared" / "eval" / "seed" / "article.txt"


@pytest.mark.parametrize("entry, spelling", SPELLINGS, ids=[s for _e, s in SPELLINGS])
def test_each_everyday_word_is_explained_at_easy_only(entry: glossary.Entry, spelling: str) -> None:
    doc = _doc(f"On Monday the report spoke of {spelling} in the town.")
    easy = _texts(simplify(doc, "easy"))
    assert easy[1:] == [entry.explanation]
    plain = _texts(simplify(doc, "plain"))
    # Plain explains none of them: it keeps the word, or takes the plain word list's swap for it.
    assert len(plain) == 1
    if plain != easy[:1]:
        swapped, _ = swap_words(f"the report spoke of {spelling} in", packaged_plain_words())
        assert plain[0] == f"On Monday {swapped} the town."


SENTENCES = [
    "The mayor tacitly agreed to the plan on Friday.",
    "Police set a curfew in the old town.",
    "Reportedly, the bridge will reopen in May.",
    "The council says the looting must stop.",
    "Officials were gravely worried about the river.",
    "The ferry company is reluctant to add a night boat.",
    "Rents soared in June.",
    "The harbour board met on Tuesday.",
]
WORD_OF = {"tacitly": 0, "curfew": 1, "reportedly": 2, "looting": 3, "gravely": 4, "reluctant": 5, "soared": 6}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(range(len(SENTENCES))), min_size=1, max_size=7))
def test_each_word_is_explained_once_right_after_its_first_use(order: list[int]) -> None:
    out = _texts(simplify(_doc(*(SENTENCES[i] for i in order)), "easy"))
    gl = glossary.load(None)
    for word, index in WORD_OF.items():
        entry = gl.lookup(word)
        assert entry is not None, word
        if index not in order:
            assert entry.explanation not in out
            continue
        assert out.count(entry.explanation) == 1, out
        first_use = next(i for i, t in enumerate(out) if word in t.lower() and t != entry.explanation)
        note = out.index(entry.explanation)
        # right after the sentence, or after the other notes that sentence needs
        assert first_use < note <= first_use + 3, out
        assert all(t in {e.explanation for e in WORDS} for t in out[first_use + 1:note]), out


# -- the seed article: with / without -------------------------------------------------------

# As the Words to know list them: the base form the glossary knows ("contravenes" → contravene).
SEED_WORDS = ["tacitly", "temperamental", "journalist", "satellite", "strategic", "invasion", "territory",
              "technology", "lethal", "notable", "isolated", "reputation", "surfaced", "contravene",
              "decisive", "reportedly", "intervene", "aggressor"]


@pytest.fixture(scope="module")
def seed() -> Document:
    if not SEED.is_file():
        pytest.skip("../shared/eval/seed is absent")
    from speakit.read import read_source

    return read_source(str(SEED))


def test_seed_easy_explains_its_hard_words(seed: Document) -> None:
    easy = simplify(seed, "easy")
    explained = {t.term.lower() for t in easy.terms}
    assert [w for w in SEED_WORDS if w not in explained] == []
    texts = _texts(easy)
    for word in ("tacitly", "journalist", "satellite"):
        entry = glossary.load(None).lookup(word)
        assert entry is not None and entry.explanation in texts, word


def test_seed_plain_explains_no_everyday_word(seed: Document) -> None:
    plain = simplify(seed, "plain")
    everyday = {e.explanation for e in WORDS}
    assert [t for t in _texts(plain) if t in everyday] == []
    assert {t.term.lower() for t in plain.terms} & set(SEED_WORDS) == set()


def test_plain_swaps_an_everyday_hard_word_it_does_not_explain() -> None:
    doc = _doc("Crews built a vast new sea wall along the harbour last year.")
    # with: plain takes the word list's swap; easy keeps the word and explains it
    assert "huge new sea wall" in _texts(simplify(doc, "plain"))[0]
    easy = _texts(simplify(doc, "easy"))
    assert "vast" in easy[0] and any(t.startswith("Vast means") for t in easy[1:])
