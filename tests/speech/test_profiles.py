"""Voice profiles: the packaged ones, TOML validation, and resolving --voice/--engine."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from speakit.errors import VoiceError
from speakit.speech import profiles
from speakit.speech.engines.espeak import EspeakEngine
from speakit.speech.engines.piper import PiperEngine
from speakit.speech.engines.pyttsx3_engine import Pyttsx3Engine
from speakit.speech.profiles import DEFAULT_PAUSES, VoiceProfile, list_profiles, load_profile
from speakit.speech.script import PAUSE_KEYS as SCRIPT_PAUSE_KEYS


@pytest.fixture
def fake_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the fake engine is installed (built-ins report themselves missing)."""
    eps = importlib.metadata.EntryPoints([importlib.metadata.EntryPoint(
        "fake", "fake_engine:FakeEngine", "speakit.engines")])
    monkeypatch.setattr(importlib.metadata, "entry_points",
                        lambda **kw: eps if kw.get("group") == "speakit.engines" else
                        importlib.metadata.EntryPoints([]))
    for cls in (PiperEngine, EspeakEngine, Pyttsx3Engine):
        monkeypatch.setattr(cls, "available", lambda self: False)


def test_packaged_profiles() -> None:
    by_name = {p.name: p for p in list_profiles()}
    assert list(by_name)[0] == "default"
    assert set(by_name) >= {"default", "piper-joe", "espeak-en", "pyttsx3-system"}
    assert (by_name["piper-joe"].engine, by_name["piper-joe"].voice) == ("piper", "en_US-joe-medium")
    assert (by_name["espeak-en"].engine, by_name["espeak-en"].voice) == ("espeak-ng", "en-us")
    assert (by_name["pyttsx3-system"].engine, by_name["pyttsx3-system"].voice) == ("pyttsx3", "")
    assert (by_name["default"].engine, by_name["default"].voice) == ("", "")
    for p in by_name.values():
        assert p.description
        assert p.path == f"voices/{p.name}.toml"
        assert 0.5 <= p.rate <= 2.0


def test_profile_pauses_fit_the_speech_script() -> None:
    # The script builder takes profile.pauses as is: same keys, body = sentence pause.
    assert tuple(DEFAULT_PAUSES) == SCRIPT_PAUSE_KEYS
    for p in list_profiles():
        assert set(p.pauses) == set(SCRIPT_PAUSE_KEYS)
        assert p.pauses["body"] == p.sentence_pause_ms
        assert p.pauses["paragraph"] == p.paragraph_pause_ms
        assert p.pause_after("heading") == p.pauses["heading"]
    espeak = load_profile("espeak-en")
    assert (espeak.sentence_pause_ms, espeak.paragraph_pause_ms, espeak.pauses["heading"]) == (400, 800, 850)


def test_lexicon_toml_in_voices_is_not_a_profile(tmp_path: Path) -> None:
    assert not profiles._is_profile_text('[words]\nNATO = "nay-toe"\n')
    assert profiles._is_profile_text('engine = "piper"\n')


def write(tmp_path: Path, text: str, name: str = "mine.toml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_profile_from_a_path(tmp_path: Path) -> None:
    path = write(tmp_path, 'description = "slow"\nengine = "espeak-ng"\nvoice = "en-gb"\nrate = 0.8\n'
                           "sentence_pause_ms = 500\n[pauses]\nheading = 1500\nchapter = 2000\n")
    p = load_profile(path)
    assert (p.name, p.engine, p.voice, p.rate, p.description) == ("mine", "espeak-ng", "en-gb", 0.8, "slow")
    assert p.pauses == dict(DEFAULT_PAUSES, heading=1500, chapter=2000, body=500)
    assert p.sentence_pause_ms == 500 and p.paragraph_pause_ms == DEFAULT_PAUSES["paragraph"]
    assert p.path == path


@pytest.mark.parametrize(("text", "message"), [
    ("engine = [", "not valid TOML"),
    ('engine = "piper"\nspeed = 2\n', "unknown keys speed"),
    ('engine = "piper"\n[pauses]\nshout = 100\n', "unknown key 'shout'"),
    ('engine = "piper"\n[pauses]\nbody = -5\n', "pauses.body must be whole milliseconds"),
    ('engine = "piper"\n[pauses]\nbody = 1.5\n', "pauses.body must be whole milliseconds"),
    ('engine = "piper"\nrate = 3.0\n', "rate must be a number from 0.5 to 2.0"),
    ('engine = "piper"\nrate = true\n', "rate must be a number"),
    ('engine = 5\n', "engine must be a string"),
    ('engine = "piper"\npauses = 3\n', r"\[pauses\] must be a table"),
    ('engine = "piper"\nsentence_pause_ms = 300\n[pauses]\nbody = 400\n', "disagrees with pauses.body"),
])
def test_bad_profiles_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(VoiceError, match=message):
        load_profile(write(tmp_path, text))


def test_missing_profile_path_lists_profiles(tmp_path: Path) -> None:
    with pytest.raises(VoiceError, match="does not exist.*default, espeak-en"):
        load_profile(str(tmp_path / "nope.toml"))


def test_onnx_path_gives_a_piper_profile(tmp_path: Path) -> None:
    p = load_profile(str(tmp_path / "en_GB-alba-medium.onnx"))
    assert (p.name, p.engine, p.voice) == ("en_GB-alba-medium", "piper", str(tmp_path / "en_GB-alba-medium.onnx"))
    with pytest.raises(VoiceError, match="is a Piper voice, but the engine is espeak-ng"):
        load_profile(str(tmp_path / "x.onnx"), engine="espeak-ng")


def test_profile_for_another_engine_is_refused() -> None:
    with pytest.raises(VoiceError, match="piper-joe is for engine piper, not espeak-ng.*espeak-en"):
        load_profile("piper-joe", engine="espeak-ng")


def test_engine_given_alone_picks_its_own_profile() -> None:
    assert load_profile(None, engine="espeak-ng").name == "espeak-en"
    assert load_profile(None, engine="pyttsx3").name == "pyttsx3-system"
    assert load_profile(None, engine="piper").name == "piper-joe"


def test_default_profile_takes_the_named_engine() -> None:
    p = load_profile("default", engine="espeak-ng")
    assert (p.name, p.engine, p.voice) == ("default", "espeak-ng", "")


def test_no_voice_no_engine_uses_the_default_engine(fake_only: None) -> None:
    # Nothing but the fake engine: the default profile keeps "" (no built-in default installed).
    p = load_profile(None)
    assert p.name == "default" and p.voice == ""


def test_voice_id_of_an_installed_engine(fake_only: None) -> None:
    p = load_profile("TONE-B")
    assert (p.engine, p.voice, p.name) == ("fake", "tone-b", "tone-b")
    assert p.pauses == load_profile("default").pauses


def test_unknown_voice_lists_profiles_and_voices(fake_only: None) -> None:
    with pytest.raises(VoiceError) as info:
        load_profile("soprano")
    message = str(info.value)
    assert "Unknown voice 'soprano'" in message
    assert "default, espeak-en, piper-joe, pyttsx3-system" in message
    assert "fake: tone-a, tone-b" in message
    assert ".onnx" in message


def test_voice_profile_defaults_are_the_script_defaults() -> None:
    p = VoiceProfile("x")
    assert p.pauses == DEFAULT_PAUSES and p.pauses is not DEFAULT_PAUSES
    assert (p.sentence_pause_ms, p.paragraph_pause_ms) == (DEFAULT_PAUSES["body"], DEFAULT_PAUSES["paragraph"])
