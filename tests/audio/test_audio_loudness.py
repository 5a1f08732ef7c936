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
