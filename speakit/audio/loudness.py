"""One loudness normalization over the whole programme: measure, then one exact gain.

Why these targets: spoken-word platforms and AES TD1004.1.15-10 (loudness for streaming
and network file playback) put programme loudness at about -16 LUFS integrated with true
peaks at or below -1 dBTP, and Apple Podcasts asks for -16 LUFS. Those numbers are for
stereo. speakit writes mono, and a mono file is played on both speakers (dual-mono), which
sounds 3 LU louder than its plain-mono measurement; so the mono equivalent of -16 LUFS is
-19 LUFS measured as mono (what ITU-R BS.1770 / EBU R128 meters, and ffmpeg's ``ebur128``
filter, report for a one-channel file). The true-peak ceiling is -1.5 dBTP rather than
-1 so that 64 kbit/s MP3 and AAC encoding, which overshoot by a few tenths of a dB,
stay under -1 dBTP.

Why one pass: a gain per sentence would make sentences that were quieter or louder on
purpose (or from another engine) jump in level; one gain over the programme keeps every
level difference and moves the whole to the target.

Why measure-then-gain rather than ffmpeg ``loudnorm`` alone: one-pass ``loudnorm`` lands
about 1.5 LU off target, compresses dynamically and changes the sample rate unless told
not to. Measuring and applying a fixed gain hits the target and leaves every level
difference where it was.

How, fast (``meter.py``): the programme is measured ONCE, in-process, with a BS.1770 meter
that agrees with ffmpeg's ``ebur128`` within its 0.1 LU display. TTS voices are peaky
(espeak-ng peaks at 0 dBFS while speaking at -21 LUFS), so the gain that reaches -19 LUFS
usually pushes a few peaks over the ceiling; a look-ahead limiter then turns down only the
10-30 ms around each such peak. It limits the estimated TRUE peak (4x oversampled), so no
true-peak re-measurement is needed, and it aims LIMITER_GUARD_DB under the ceiling. On 13
minutes of espeak-ng and Piper speech its estimate matched ffmpeg's true-peak meter to the
meter's 0.1 dB display, before and after limiting (a limiter on sample peaks alone would not
do: there, true peaks ended 0.2-0.4 dB above the sample peaks at 22.05 kHz). Limiting takes
a little loudness away (0.1-0.6 LU); it is measured again on the touched stretches only and
given back by a slightly higher gain, usually in one more round. On 13 minutes of speech
this takes about 1 s of CPU, where ffmpeg measure + gain + true-peak re-measure rounds took
10-16 s. Without numpy (it ships with Piper) the same is done through ffmpeg.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import re
from dataclasses import dataclass

from ..errors import AudioError
from ..speech.types import AudioChunk
from .ffmpeg import pcm_input_args, run_ffmpeg
from .model import Programme

log = logging.getLogger(__name__)

TARGET_LUFS = -19.0
"""Integrated loudness target, measured as mono (= -16 LUFS heard as dual-mono)."""
TRUE_PEAK_DB = -1.5
"""True-peak ceiling in dBTP."""
SILENCE_LUFS = -70.0
"""At or below this the programme is silence (BS.1770's absolute gate); no gain is applied."""

LIMITER_GUARD_DB = 0.2
"""The limiter aims this far under the true-peak ceiling: room for the difference between its
4x true-peak estimate and meters that oversample further (ffmpeg's resamples to 192 kHz);
measured, it is within that meter's 0.1 dB display on speech and the tests' signals."""

_SAMPLE_PEAK_GUARD_DB = 0.5
"""Without numpy, ffmpeg's alimiter holds SAMPLE peaks this far under the true-peak ceiling:
on espeak-ng and Piper speech at 22.05 kHz true peaks ended 0.2-0.4 dB above the limited
sample peaks."""

_MAX_ROUNDS = 4
_LOUDNESS_TOLERANCE_LU = 0.05
_LIMITER_HOLD_S = 0.010
"""Gain reduction is held 10 ms either side of a peak and ramps over 5 ms: short enough to
touch only the plosive or click, long enough not to distort the tone under it."""


@dataclass(frozen=True)
class Loudness:
    """What the EBU R128 meter says about a piece of audio."""

    integrated_lufs: float
    """Integrated (programme) loudness in LUFS; ``-inf`` for silence."""
    true_peak_db: float
    """Highest true (inter-sample) peak in dBTP; ``-inf`` for silence."""
    range_lu: float
    """Loudness range in LU."""


def measure_loudness(audio: AudioChunk, *, true_peak: bool = True) -> Loudness:
    """Measure integrated loudness, peak and loudness range with ffmpeg's ebur128.

    ``true_peak=False`` reports the sample peak instead, which is about 3x cheaper.
    """
    if not audio.samples:
        return Loudness(-math.inf, -math.inf, 0.0)
    # framelog=verbose keeps the per-frame lines out of the info-level log we parse.
    args = ["-loglevel", "info", *pcm_input_args(audio),
            "-af", f"ebur128=peak={'true' if true_peak else 'sample'}:framelog=verbose",
            "-f", "null", "-"]
    _, report = run_ffmpeg(args, what="measuring loudness", stdin=audio.samples)
    return parse_ebur128(report)


def parse_ebur128(report: str) -> Loudness:
    """Read the summary block that ffmpeg's ebur128 filter logs at the end."""
    summary = report[report.rfind("Summary:"):]
    integrated = re.search(r"\bI:\s*(\S+)\s+LUFS", summary)
    peak = re.search(r"\bPeak:\s*(\S+)\s+dBFS", summary)
    lra = re.search(r"\bLRA:\s*(\S+)\s+LU\b", summary)
    if "Summary:" not in report or integrated is None or peak is None:
        raise AudioError("could not read ffmpeg's loudness report (ebur128 summary missing); "
                         "check that your ffmpeg has the ebur128 filter")
    return Loudness(_number(integrated.group(1)), _number(peak.group(1)),
                    _number(lra.group(1)) if lra else 0.0)


def normalize_loudness(programme: Programme, target_lufs: float = TARGET_LUFS,
                       true_peak_db: float = TRUE_PEAK_DB) -> Programme:
    """Bring the whole programme to ``target_lufs`` with one gain, keeping peaks under the ceiling."""
    if not -70.0 < target_lufs < 0.0:
        raise AudioError(f"loudness target {target_lufs} LUFS is out of range; "
                         "use a value between -70 and 0, such as -19 for mono speech")
    if not -20.0 <= true_peak_db <= 0.0:
        raise AudioError(f"true-peak ceiling {true_peak_db} dBTP is out of range; "
                         "use a value between -20 and 0, such as -1.5")
    if programme.audio.channels == 1 and _has_numpy():
        return _normalize_in_process(programme, target_lufs, true_peak_db)
    return _normalize_with_ffmpeg(programme, target_lufs, true_peak_db)


def _has_numpy() -> bool:
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


def _normalize_in_process(programme: Programme, target_lufs: float,
                          true_peak_db: float) -> Programme:
    """Measure, gain and limit with numpy: one K-weighted measurement, no ffmpeg runs."""
    import numpy as np

    from .meter import (Limiting, apply_gain, find_peaks, integrated_lufs, limit,
                        segment_energies, true_peak, update_energies)

    audio = programme.audio
    rate = audio.sample_rate
    # A view of the bytes: the programme is not copied to measure it.
    x = np.frombuffer(audio.samples, dtype="<i2")
    energies = segment_energies(x, rate)
    before = integrated_lufs(energies)
    if before <= SILENCE_LUFS:
        log.warning("the programme is silent or too short to measure (%s LUFS); "
                    "loudness is left as it is", before)
        return dataclasses.replace(programme, loudness_lufs=before,
                                   true_peak_db=_db(true_peak(x)))

    ceiling = 10 ** ((true_peak_db - LIMITER_GUARD_DB) / 20)
    window = max(1, round(rate * _LIMITER_HOLD_S))
    gain = target_lufs - before
    after, limiting = before + gain, Limiting(())
    # Limiting takes some loudness away and the gain grows to give it back: pick the
    # peaks once, low enough for a gain up to 2 dB higher.
    peaks = find_peaks(x, ceiling * 10 ** (-5 / 20 - gain / 20))
    for _ in range(_MAX_ROUNDS):
        limiting = limit(x, 10 ** (gain / 20), ceiling, window, peaks)
        if not limiting.stretches:
            # A fixed gain moves loudness by exactly that gain (BS.1770 is linear).
            after = before + gain
            break
        # Only the segments the limiter reached are measured again.
        after = integrated_lufs(update_energies(energies, x, 10 ** (gain / 20), limiting, rate))
        if abs(after - target_lufs) <= _LOUDNESS_TOLERANCE_LU:
            break
        # Limiting took a little loudness away: give it back; the limiter is worked out
        # afresh for the new gain, so the peaks stay at the ceiling.
        gain += target_lufs - after
    else:
        log.warning("loudness ended at %.2f LUFS (target %.1f LUFS)", after, target_lufs)
    y = apply_gain(x, 10 ** (gain / 20), limiting)
    peak = _db(true_peak(y, ceiling))
    log.debug("loudness %.2f → %.2f LUFS (gain %+.2f dB, limiter on %d stretches), "
              "true peak %.2f dBTP", before, after, gain,
              len(limiting.stretches), peak)
    return dataclasses.replace(programme, audio=dataclasses.replace(audio, samples=y.tobytes()),
                               loudness_lufs=after, true_peak_db=peak)


def _db(linear: float) -> float:
    return 20 * math.log10(linear) if linear > 0 else -math.inf


def _normalize_with_ffmpeg(programme: Programme, target_lufs: float,
                           true_peak_db: float) -> Programme:
    """Without numpy: measure with ffmpeg (sample peaks), then gain and limit in one ffmpeg pass."""
    # Sample peaks are a third of the cost of true peaks; the limiter's ceiling sits
    # _SAMPLE_PEAK_GUARD_DB lower to cover the inter-sample overs.
    before = measure_loudness(programme.audio, true_peak=False)
    if before.integrated_lufs <= SILENCE_LUFS:
        log.warning("the programme is silent or too short to measure (%s LUFS); "
                    "loudness is left as it is", before.integrated_lufs)
        return dataclasses.replace(programme, loudness_lufs=before.integrated_lufs,
                                   true_peak_db=before.true_peak_db)

    gain = target_lufs - before.integrated_lufs
    ceiling = true_peak_db - _SAMPLE_PEAK_GUARD_DB
    audio, after = programme.audio, before
    if before.true_peak_db + gain <= ceiling:
        # A fixed gain moves loudness and peaks by exactly that gain: nothing to re-measure.
        audio = _apply_gain(programme.audio, gain, None)
        after = Loudness(before.integrated_lufs + gain, before.true_peak_db + gain,
                         before.range_lu)
    else:
        for _ in range(_MAX_ROUNDS):
            audio = _apply_gain(programme.audio, gain, ceiling)
            after = measure_loudness(audio, true_peak=False)
            if abs(after.integrated_lufs - target_lufs) <= 0.1:
                break
            # Limiting took a little loudness away: give it back on the next round.
            gain += target_lufs - after.integrated_lufs
        else:
            log.warning("loudness ended at %.1f LUFS (target %.1f LUFS)",
                        after.integrated_lufs, target_lufs)
    # Reported as a true peak: the sample peak plus the guard, an upper bound on speech.
    peak = min(after.true_peak_db + _SAMPLE_PEAK_GUARD_DB, true_peak_db)
    return dataclasses.replace(programme, audio=audio, loudness_lufs=after.integrated_lufs,
                               true_peak_db=peak)


def _apply_gain(audio: AudioChunk, gain_db: float, ceiling_db: float | None) -> AudioChunk:
    """``audio`` times one fixed gain, through a look-ahead limiter when a ceiling is given."""
    filters = [f"volume={gain_db:.4f}dB:precision=double"]
    if ceiling_db is not None:
        limit = min(1.0, max(0.0625, 10 ** (ceiling_db / 20)))
        # level=false: no automatic make-up gain; latency=true: output stays sample-aligned.
        filters.append(f"alimiter=limit={limit:.6f}:attack=5:release=50:level=false:latency=true")
    args = ["-loglevel", "error", *pcm_input_args(audio), "-af", ",".join(filters),
            "-f", "s16le", "-ar", str(audio.sample_rate), "-ac", str(audio.channels), "pipe:1"]
    out, _ = run_ffmpeg(args, what="applying loudness gain", stdin=audio.samples)
    if len(out) != len(audio.samples):
        # Chapter and cue times come from sample counts: keep the length exact.
        log.debug("gain changed the length by %d bytes; trimming/padding",
                  len(out) - len(audio.samples))
        out = out[:len(audio.samples)].ljust(len(audio.samples), b"\0")
    return dataclasses.replace(audio, samples=out)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return -math.inf if "inf" in text else math.nan
