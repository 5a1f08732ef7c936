"""Real audio from every installed engine (marker ``engine``): format, loudness, length, edge cases.

An engine's tests are skipped only when that engine is really not installed.
"""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

import pytest

from speakit.errors import VoiceError
from speakit.speech.engines import get_engine
from speakit.speech.engines.base import KEEP_EDGE_MS, SILENCE_THRESHOLD, write_wav
from speakit.speech.synth import synthesize_script
from speakit.speech.types import AudioChunk, Chapter, Engine, SpeechScript, Utterance

pytestmark = pytest.mark.engine

ENGINES = ["piper", "espeak-ng", "pyttsx3"]
SENTENCE = "The council will open the new library on Monday morning."  # 10 words


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> Engine:
    """Each built-in engine, or a skip that names what to install."""
    from speakit.speech.engines import _entries, _instantiate

    candidate = _instantiate(_entries()[request.param])
    if not candidate.available():
        pytest.skip(f"engine {request.param} is not installed: {candidate.install_hint()}")
    return get_engine(request.param)


def rms(chunk: AudioChunk) -> float:
    values = array.array("h", chunk.samples)
    return math.sqrt(sum(v * v for v in values) / max(1, len(values)))


def decode(chunk: AudioChunk, tmp_path: Path) -> AudioChunk:
    """Write a WAV and read it back with the standard library, as a player would."""
    path = tmp_path / "clip.wav"
    write_wav(path, chunk)
    with wave.open(str(path), "rb") as wav:
        return AudioChunk(wav.readframes(wav.getnframes()), wav.getframerate(), wav.getsampwidth(),
                          wav.getnchannels())


def edge_silence_ms(chunk: AudioChunk) -> tuple[float, float]:
    values = array.array("h", chunk.samples)
    loud = [i for i, v in enumerate(values) if abs(v) > SILENCE_THRESHOLD]
    return (loud[0] * 1000 / chunk.sample_rate, (len(values) - 1 - loud[-1]) * 1000 / chunk.sample_rate)


def test_sentence_sounds_right(engine: Engine, tmp_path: Path) -> None:
    chunk = decode(engine.synthesize(SENTENCE), tmp_path)
    assert (chunk.sample_rate, chunk.sample_width, chunk.channels) == (22050, 2, 1)
    assert rms(chunk) > 300, "speech should be clearly above silence"
    # 10 words at a normal pace: 120..300 words per minute.
    assert 2.0 <= chunk.duration_s <= 5.0
    lead, tail = edge_silence_ms(chunk)
    assert lead <= KEEP_EDGE_MS + 1 and tail <= KEEP_EDGE_MS + 1


def test_rate_makes_speech_faster(engine: Engine) -> None:
    normal = engine.synthesize(SENTENCE, rate=1.0).duration_s
    fast = engine.synthesize(SENTENCE, rate=1.5).duration_s
    assert fast < 0.85 * normal


def test_markup_characters_are_spoken_not_swallowed(engine: Engine) -> None:
    plain = engine.synthesize("Tom and Jerry said the old bridge is closed until the end of June.")
    tricky = engine.synthesize('Tom & Jerry said "the <old> bridge" is closed & shut > until the end of June.')
    # Nothing after "<" or "&" was lost: the tricky text is at least as long as the plain one.
    assert tricky.duration_s >= 0.8 * plain.duration_s
    assert rms(tricky) > 300


def test_control_characters_do_not_cut_the_sentence(engine: Engine) -> None:
    clean = engine.synthesize("Bell and null character in the middle of this sentence.")
    dirty = engine.synthesize("Bell\x07 and null\x00 character\x1b in the middle of this sentence.")
    assert dirty.duration_s >= 0.8 * clean.duration_s


def test_empty_text_is_empty_audio(engine: Engine) -> None:
    for text in ("", "   ", "\n"):
        chunk = engine.synthesize(text)
        assert chunk.samples == b"" and chunk.sample_rate == 22050


def test_unknown_voice_is_a_voice_error(engine: Engine) -> None:
    with pytest.raises(VoiceError, match="no voice 'zz-nowhere'"):
        engine.synthesize("Hello there.", voice="zz-nowhere")


def test_every_listed_voice_speaks(engine: Engine) -> None:
    voices = engine.voices()
    assert voices and all(v.engine == engine.name for v in voices)
    for voice in voices[:3]:
        assert rms(engine.synthesize("Good morning.", voice=voice.id)) > 300


@pytest.mark.slow
def test_five_thousand_characters_without_punctuation(engine: Engine) -> None:
    words = ("the flood water rose over the low fields near the old mill and the farm road "
             "where the tractors wait for the rain to stop").split()
    text = " ".join(words[i % len(words)] for i in range(950))
    assert len(text) > 4500 and not any(p in text for p in ".,;:!?")
    chunk = engine.synthesize(text)
    # About 950 words: a few minutes of speech, nothing cut off, nothing hanging.
    assert 950 * 0.15 <= chunk.duration_s <= 950 * 0.8
    assert rms(chunk) > 300


def test_engine_output_stays_off_the_terminal(engine: Engine, capfd: pytest.CaptureFixture[str]) -> None:
    engine.synthesize(SENTENCE)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_script_synthesis_in_parallel_and_cached(engine: Engine, tmp_path: Path) -> None:
    lines = ["Snow closed three schools in the valley on Friday.",
             "Parents were told by text message before seven.",
             "The roads should be clear again by Monday, the council said.",
             "Bus services will start again when the ice has melted."]
    script = SpeechScript("Snow", (Chapter("Snow", tuple(Utterance(s, "body", 300) for s in lines)),))
    first = synthesize_script(script, engine, voice=None, jobs=2, cache_dir=tmp_path)
    assert [c.utterance.text for c in first[0]] == lines
    assert all(rms(c.audio) > 300 for c in first[0])
    second = synthesize_script(script, engine, voice=None, jobs=2, cache_dir=tmp_path)
    # Piper is not deterministic: identical bytes prove the clips came from the cache.
    assert [c.audio for c in second[0]] == [c.audio for c in first[0]]


def test_piper_is_not_peak_normalized() -> None:
    engine = get_engine("piper") if _installed("piper") else pytest.skip("piper is not installed")
    peaks = []
    for text in ("Quiet please.", "The storm knocked out power to many homes across the region."):
        values = array.array("h", engine.synthesize(text).samples)
        peaks.append(max(abs(v) for v in values))
    # Piper's own normalization would scale every sentence to exactly 32767.
    assert all(1000 < p < 32767 for p in peaks)


def _installed(name: str) -> bool:
    from speakit.speech.engines import _entries, _instantiate

    return _instantiate(_entries()[name]).available()


def test_piper_voice_given_as_an_onnx_path(tmp_path: Path) -> None:
    if not _installed("piper"):
        pytest.skip("piper is not installed")
    from speakit.speech.engines.piper import PiperEngine

    engine = PiperEngine()
    model = engine.resolve_voice(None).model
    by_path = engine.synthesize("Good evening.", voice=str(model))
    assert by_path.sample_rate == 22050 and rms(by_path) > 300
    # The same model by path and by id share the voice fingerprint used in cache keys.
    assert engine.voice_version(str(model)) == engine.voice_version(None)
