"""Frequency ranks from the wordninja list: order, case, inflections, rarity."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from speakit.simplify.frequency import RARE_THRESHOLD, base_forms, is_rare, rank, us_spellings


def test_most_common_word_is_rank_one() -> None:
    assert rank("the") == 1


def test_common_words_beat_rare_words() -> None:
    assert rank("help") < rank("facilitate") < rank("contravene")  # type: ignore[operator]


def test_case_and_punctuation_do_not_matter() -> None:
    assert rank("Help") == rank("help") == rank("HELP") == rank("help,")
    assert rank("\u201cSanctions") == rank("sanctions") == rank("sanctions\u201d") == rank("(sanctions)")


def test_unknown_word_is_none_and_rare() -> None:
    assert rank("qzxvplonk") is None
    assert is_rare("qzxvplonk")


def test_inflections_take_the_base_form_rank() -> None:
    base = rank("sanction")
    assert base is not None
    assert rank("sanctioned") is not None and rank("sanctioned") <= base  # type: ignore[operator]
    assert rank("running") is not None and rank("running") <= rank("run")  # type: ignore[operator]
    # "stopped" → "stop", "countries" → "country", "Russia's" → "russia"
    assert rank("stopped") == min(rank("stopped") or 10**9, rank("stop") or 10**9)
    assert rank("Russia's") == rank("russia")
    assert rank("Russia\u2019s") == rank("russia")


def test_base_forms_of_regular_inflections() -> None:
    assert "country" in base_forms("countries")
    assert "stop" in base_forms("stopped")
    assert "bake" in base_forms("baked")
    assert "run" in base_forms("running")
    assert "russia" in base_forms("russia's")
    # too-short stems match junk entries of the list, so they are never offered
    assert "th" not in base_forms("thing")
    assert base_forms("is") == []


def test_contractions_take_the_rank_of_the_word_they_shorten() -> None:
    assert rank("don't") == rank("do")
    assert rank("Hasn\u2019t") == rank("has")
    assert rank("won't") == rank("will")
    assert rank("they're") == rank("they")
    assert not is_rare("can't") and not is_rare("we've") and not is_rare("I'm")


def test_british_spellings_rank_like_american_ones() -> None:
    assert us_spellings("realise") == ["realize"]
    assert us_spellings("kilometres") == ["kilometers"]
    assert us_spellings("defence") == ["defense"]
    assert us_spellings("honour") == ["honor"]
    assert us_spellings("travelled") == ["traveled"]
    assert us_spellings("cat") == []
    for british, american in (("realise", "realize"), ("criticised", "criticized"),
                               ("organisation", "organization"), ("centre", "center")):
        assert rank(british) == min(rank(british) or 10**9, rank(american) or 10**9)
    assert not is_rare("realise")


def test_hyphenated_compound_is_as_hard_as_its_rarest_part() -> None:
    r = rank("well-tacitly")
    assert r is not None and r == max(rank("well"), rank("tacitly"))  # type: ignore[type-var]


def test_tokens_without_letters_are_never_rare() -> None:
    assert not is_rare("2024")
    assert not is_rare("95%")
    assert not is_rare("—")
    assert not is_rare("1990s")
    assert not is_rare("H5N1")


def test_threshold_separates_examples() -> None:
    for easy in ("help", "begin", "use", "about", "show", "get", "many", "war", "country"):
        assert not is_rare(easy), easy
    for hard in ("contravene", "tacitly", "purportedly", "commensurate", "promulgate"):
        assert is_rare(hard), hard
    assert is_rare("facilitate", threshold=10_000)
    assert not is_rare("facilitate", threshold=20_000)
    assert RARE_THRESHOLD > 1000


@settings(deadline=None)  # the first example may load the word list
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'-", max_size=20))
def test_rank_never_fails_and_is_positive(word: str) -> None:
    r = rank(word)
    assert r is None or r >= 1
    if any(c.isalpha() for c in word):
        assert is_rare(word) == (r is None or r > RARE_THRESHOLD)
    else:
        assert not is_rare(word)


@settings(deadline=None)
@given(st.sampled_from(["sanction", "country", "play", "stop", "bake", "win"]))
def test_inflected_forms_never_rank_worse_than_base(word: str) -> None:
    base = rank(word)
    assert base is not None
    for form in (word + "s", word + "ed", word + "ing"):
        r = rank(form)
        assert r is not None and r <= base, form


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'", min_size=1, max_size=15))
def test_base_forms_are_distinct_and_different(word: str) -> None:
    forms = base_forms(word)
    assert len(forms) == len(set(forms))
    assert word not in forms
    assert all(len(f) <= len(word) for f in forms)


def test_short_contractions_take_the_rank_of_their_word() -> None:
    from speakit.simplify.frequency import is_rare, rank

    for word in ("it's", "he's", "It’s"):
        assert not is_rare(word), word
    assert rank("it's") == rank("it")
