"""The clip cache: where it lives, what its key depends on, atomic writes, damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_engine import FakeEngine
from hypothesis import given
from hypothesis import strategies as st

from speakit.speech.cache import ClipCache, clip_key, default_cache_dir
from speakit.speech.types import AudioChunk

BASE = dict(engine="piper", engine_version="piper-tts 1.8.0", voice="en_US-joe-medium",
            voice_version="63201294:1", rate=1.0, settings="split=400")


def test_default_cache_dir_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SPEAKIT_CACHE", str(tmp_path / "a"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "a"
    monkeypatch.delenv("SPEAKIT_CACHE")
    assert default_cache_dir() == tmp_path / "xdg" / "speakit"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "speakit"


def test_key_is_stable_and_hex() -> None:
    key = clip_key("The bridge is shut.", **BASE)  # type: ignore[arg-type]
    assert key == clip_key("The bridge is shut.", **BASE)  # type: ignore[arg-type]
    assert len(key) == 64 and int(key, 16) >= 0


@pytest.mark.parametrize(("field", "value"), [
    ("engine", "espeak-ng"), ("engine_version", "piper-tts 1.9.0"), ("voice", "other.onnx"),
    ("voice_version", "63201294:2"), ("rate", 1.1), ("settings", "split=300")])
def test_every_ingredient_changes_the_key(field: str, value: object) -> None:
    changed = dict(BASE, **{field: value})
    assert clip_key("The bridge is shut.", **changed) != clip_key(  # type: ignore[arg-type]
        "The bridge is shut.", **BASE)  # type: ignore[arg-type]


@given(st.text(max_size=80), st.text(max_size=80))
def test_different_texts_have_different_keys(a: str, b: str) -> None:
    assert (clip_key(a, **BASE) == clip_key(b, **BASE)) == (a == b)  # type: ignore[arg-type]


def test_put_then_get_round_trips_exactly(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    chunk = FakeEngine().synthesize("Flood warnings were lifted on Sunday.")
    key = clip_key("x", **BASE)  # type: ignore[arg-type]
    assert cache.get(key) is None
    cache.put(key, chunk)
    assert cache.get(key) == chunk
    assert (cache.hits, cache.misses) == (1, 1)
    assert cache.path(key) == tmp_path / "clips" / key[:2] / f"{key}.wav"
    # Atomic write: no temp file is left next to the clip.
    assert [p.name for p in cache.path(key).parent.iterdir()] == [f"{key}.wav"]


def test_other_formats_round_trip(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    stereo = AudioChunk(bytes(range(256)) * 4, 44100, sample_width=2, channels=2)
    cache.put("ab" * 32, stereo)
    assert cache.get("ab" * 32) == stereo


def test_damaged_file_is_a_miss_and_is_removed(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    key = "cd" * 32
    cache.put(key, FakeEngine().synthesize("One two three."))
    data = cache.path(key).read_bytes()
    cache.path(key).write_bytes(data[: len(data) // 2])  # a half-written file from an old crash
    assert cache.get(key) is None
    assert not cache.path(key).exists()
    cache.path(key).write_bytes(b"not a wav at all")
    assert cache.get(key) is None


def test_unwritable_cache_is_switched_off_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    cache = ClipCache(blocker)
    cache.put("ef" * 32, FakeEngine().synthesize("Hello."))
    assert cache.get("ef" * 32) is None
    assert blocker.read_text() == "a file where the cache folder should be"


def test_size_bytes_counts_clips(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    assert cache.size_bytes() == 0
    cache.put("01" * 32, FakeEngine().synthesize("One two."))
    assert cache.size_bytes() == cache.path("01" * 32).stat().st_size > 44
