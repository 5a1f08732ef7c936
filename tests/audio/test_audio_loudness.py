"""normalize_loudness(): one gain over the whole programme, on target, peaks under the ceiling."""

from __future__ import annotations

import array
import logging
import math

import pytest
from audio_testkit import RATE, clip, ebur128, needs_ffmpeg, rms_db, script_for, tone, warble

from speakit.audio import TARGET_LUFS, TRUE_PEAK_DB, assemble, measure_loudness, normalize_loudness
from speakit.audio.loudness import parse_ebur128
from speakit.errors import AudioError
from speakit.speech.types import AudioChunk

pytestmark = needs_ffmpeg


@pytest.fixture(autouse=True, params=["numpy", "ffmpeg"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs on the in-process (numpy) path and on the ffmpeg fallback."""
    if request.param == "ffmpeg":
        monkeypatch.setattr("speakit.audio.loudness._has_numpy", lambda: False)
    return str(request.param)


def _programme(*levels: float, frames: int = RATE * 2):
    """Sentences of speech-like audio at the given amplitudes, 300 ms apart."""
    clips = [clip(f"Sentence {i}.", warble(frames, amplitude=a), 300, f"s{i}")
             for i, a in enumerate(levels)]
    chapters, script = script_for([("Intro", clips[:1]), ("Body", clips[1:])])
    return assemble(chapters, script)


def test_quiet_programme_lands_on_target() -> None:
    programme = _programme(0.02, 0.03, 0.02)
    before, _ = ebur128(programme.audio)
    assert before < TARGET_LUFS - 10  # the fixture really is quiet

    result = normalize_loudness(programme)

    integrated, peak = ebur128(result.audio)
    assert abs(integrated - TARGET_LUFS) <= 0.5
    assert peak <= TRUE_PEAK_DB + 0.1
    assert result.loudness_lufs is not None and abs(result.loudness_lufs - integrated) <= 0.1


def test_loud_programme_is_turned_down_to_target() -> None:
    result = normalize_loudness(_programme(0.7, 0.6))
    integrated, _ = ebur128(result.audio)
    assert abs(integrated - TARGET_LUFS) <= 0.5


def test_other_targets_are_honoured() -> None:
    result = normalize_loudness(_programme(0.05, 0.05), target_lufs=-23.0, true_peak_db=-2.0)
    integrated, peak = ebur128(result.audio)
    assert abs(integrated - -23.0) <= 0.5
    assert peak <= -2.0 + 0.1


def test_relative_level_of_sentences_is_kept() -> None:
    """A sentence recorded 10 dB quieter stays 10 dB quieter: one gain, not one per sentence."""
    programme = _programme(0.1, 0.1 * 10 ** (-10 / 20))
    result = normalize_loudness(programme)

    def level(p, index):  # type: ignore[no-untyped-def]
        cue = p.cues[index]
        start, end = round(cue.start_s * RATE) * 2, round(cue.end_s * RATE) * 2
        return rms_db(p.audio.samples[start:end])

    difference_before = level(programme, 0) - level(programme, 1)
    difference_after = level(result, 0) - level(result, 1)
    assert difference_before == pytest.approx(10.0, abs=0.1)
    assert difference_after == pytest.approx(difference_before, abs=0.1)
    assert level(result, 0) - level(programme, 0) > 3  # and it did move


def test_timing_and_marks_are_unchanged() -> None:
    programme = _programme(0.05, 0.04, 0.06)
    result = normalize_loudness(programme)
    assert len(result.audio.samples) == len(programme.audio.samples)
    assert result.audio.sample_rate == programme.audio.sample_rate
    assert result.chapters == programme.chapters and result.cues == programme.cues


def test_peaky_programme_is_limited_not_clipped() -> None:
    """Quiet speech with a few loud clicks: full gain would clip, so a limiter guards the peaks."""
    quiet = warble(RATE * 2, amplitude=0.01)
    values = array.array("h")
    values.frombytes(quiet.samples)
    for at in range(RATE // 2, len(values), RATE):
        for k in range(20):
            values[at + k] = round(30000 * math.sin(math.pi * k / 20))
    chapters, script = script_for([("Intro", [clip("Clicks.", AudioChunk(values.tobytes(), RATE))])])
    programme = assemble(chapters, script)
    loudness = measure_loudness(programme.audio)
    assert loudness.true_peak_db + (TARGET_LUFS - loudness.integrated_lufs) > 0  # would clip

    result = normalize_loudness(programme)

    integrated, peak = ebur128(result.audio)
    assert abs(integrated - TARGET_LUFS) <= 0.5
    assert peak <= TRUE_PEAK_DB + 0.1
    assert len(result.audio.samples) == len(programme.audio.samples)


def test_silence_is_left_alone(caplog: pytest.LogCaptureFixture) -> None:
    chapters, script = script_for([("Intro", [clip("Hush.", tone(RATE, amplitude=0.0))])])
    programme = assemble(chapters, script)
    with caplog.at_level(logging.WARNING, logger="speakit.audio"):
        result = normalize_loudness(programme)
    assert result.audio == programme.audio
    assert "silent" in caplog.text


def test_measure_matches_an_independent_meter() -> None:
    programme = _programme(0.08, 0.05)
    measured = measure_loudness(programme.audio)
    integrated, peak = ebur128(programme.audio)
    assert measured.integrated_lufs == pytest.approx(integrated, abs=0.05)
    assert measured.true_peak_db == pytest.approx(peak, abs=0.05)


@pytest.mark.parametrize(("target", "peak"), [(5.0, -1.5), (-90.0, -1.5), (-19.0, 3.0)])
def test_targets_out_of_range_are_refused(target: float, peak: float) -> None:
    with pytest.raises(AudioError, match="out of range"):
        normalize_loudness(_programme(0.1, frames=RATE), target_lufs=target, true_peak_db=peak)


def test_parse_ebur128_reads_the_last_summary_and_minus_inf() -> None:
    report = ("[Parsed_ebur128_0 @ 0x1] Summary:\n\n  Integrated loudness:\n    I:         -70.0 LUFS\n"
              "    Threshold:   0.0 LUFS\n\n  Loudness range:\n    LRA:         0.0 LU\n\n"
              "  True peak:\n    Peak:       -inf dBFS\n")
    parsed = parse_ebur128("t: 0.1 M: -20.0 S: -20.0 I: -19.0 LUFS\n" + report)
    assert parsed.integrated_lufs == -70.0
    assert parsed.true_peak_db == -math.inf
    with pytest.raises(AudioError, match="ebur128"):
        parse_ebur128("no summary here")


def test_programme_too_short_to_measure_is_left_alone() -> None:
    """BS.1770 needs one 400 ms block; a 0.2 s programme has none, so no gain is guessed."""
    chapters, script = script_for([("Intro", [clip("Hi.", tone(RATE // 5, amplitude=0.01))])])
    programme = assemble(chapters, script)
    result = normalize_loudness(programme)
    assert result.audio == programme.audio


def _noise_speech(frames: int, rate: int, seed: int = 7) -> AudioChunk:
    """Deterministic noisy, peaky speech-like audio: a buzz with bursts and a few clicks."""
    import random

    rng = random.Random(seed)
    values = array.array("h")
    for i in range(frames):
        envelope = 0.5 + 0.5 * math.sin(2 * math.pi * 3 * i / rate)
        buzz = math.sin(2 * math.pi * 140 * i / rate) + 0.5 * math.sin(2 * math.pi * 2100 * i / rate)
        values.append(round(3000 * envelope * (buzz + rng.uniform(-0.6, 0.6))))
    for at in range(rate // 3, frames - 40, rate):
        for k in range(12):
            values[at + k] = round(26000 * math.sin(math.pi * k / 12) * (-1) ** (at // rate))
    return AudioChunk(values.tobytes(), rate)


@pytest.mark.parametrize("rate", [16000, 22050, 24000, 44100, 48000])
def test_in_process_meter_agrees_with_ebur128(rate: int) -> None:
    """The numpy BS.1770 meter reads what ffmpeg's ebur128 reads, at every voice rate."""
    np = pytest.importorskip("numpy")
    from speakit.audio.meter import integrated_lufs, segment_energies, true_peak

    audio = _noise_speech(rate * 3, rate)
    x = np.frombuffer(audio.samples, dtype="<i2")
    integrated, peak = ebur128(audio)
    assert integrated_lufs(segment_energies(x, rate)) == pytest.approx(integrated, abs=0.06)
    assert 20 * math.log10(true_peak(x)) == pytest.approx(peak, abs=0.06)


def test_in_process_meter_on_silence_and_short_audio() -> None:
    np = pytest.importorskip("numpy")
    from speakit.audio.meter import integrated_lufs, segment_energies

    assert integrated_lufs(segment_energies(np.zeros(RATE * 2, dtype=np.int16), RATE)) == -math.inf
    short = np.full(RATE // 4, 3000, dtype=np.int16)
    assert integrated_lufs(segment_energies(short, RATE)) == -math.inf


@pytest.mark.parametrize("rate", [16000, 22050, 24000])
def test_peaky_noisy_speech_meets_both_targets(rate: int) -> None:
    """Clicks 20 dB over the speech: on target, true peak under the ceiling, by an outside meter."""
    audio = _noise_speech(rate * 4, rate)
    chapters, script = script_for([("Intro", [clip("Noisy.", audio, 200)])])
    result = normalize_loudness(assemble(chapters, script))
    integrated, peak = ebur128(result.audio)
    assert abs(integrated - TARGET_LUFS) <= 0.2
    assert peak <= TRUE_PEAK_DB + 0.1
    assert result.true_peak_db is not None and result.true_peak_db <= TRUE_PEAK_DB + 0.1


def test_limiter_leaves_audio_away_from_peaks_alone(way: str) -> None:
    """Only the neighbourhood of each click is turned down; elsewhere it is the one gain."""
    # The in-process limiter reaches 15 ms from a peak; ffmpeg's alimiter releases over 50 ms.
    reach = RATE // 20 if way == "numpy" else RATE // 4
    programme = _programme(0.05, frames=RATE * 2)
    values = array.array("h")
    values.frombytes(programme.audio.samples)
    clicks = [RATE // 2, RATE + RATE // 3]
    for at in clicks:
        for k in range(10):
            values[at + k] = round(32000 * math.sin(math.pi * k / 10))
    peaky = programme.__class__(AudioChunk(values.tobytes(), RATE), programme.chapters,
                                programme.cues)
    result = normalize_loudness(peaky)
    after = array.array("h")
    after.frombytes(result.audio.samples)
    far = [i for i in range(len(values))
           if all(abs(i - at) > reach for at in clicks) and abs(values[i]) > 400]
    ratios = {round(after[i] / values[i], 2) for i in far}
    assert len(ratios) == 1 and ratios.pop() > 1.5  # one gain, and a real one
    near = max(abs(after[at + k]) for at in clicks for k in range(10))
    assert near <= 32768 * 10 ** ((TRUE_PEAK_DB - 0.1) / 20)


def test_reported_loudness_is_what_the_output_measures(way: str) -> None:
    """After limiting, the loudness reported (re-measured only where the limiter acted) is exact."""
    np = pytest.importorskip("numpy")
    from speakit.audio.meter import integrated_lufs, segment_energies

    audio = _noise_speech(RATE * 6, RATE, seed=3)
    chapters, script = script_for([("Intro", [clip("Noisy.", audio, 200)])])
    result = normalize_loudness(assemble(chapters, script))
    measured = integrated_lufs(segment_energies(np.frombuffer(result.audio.samples, "<i2"), RATE))
    assert result.loudness_lufs == pytest.approx(measured, abs=0.01 if way == "numpy" else 0.1)
