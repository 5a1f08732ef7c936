"""In-process loudness work with numpy: a BS.1770 meter, a true-peak estimate, a look-ahead limiter.

Why in-process: piping the programme through ffmpeg to measure it, again to apply the gain,
and again to re-measure after limiting cost most of the audio stage (a 13-minute programme
took 10-16 s). Here the K-weighting is one FFT convolution (about 0.3 s of CPU for 13 minutes
at 22.05 kHz), the gain is one multiply, and the limiter and the true-peak estimate only look
at the few samples near the top, so the whole normalization costs well under a second.

The meter follows ITU-R BS.1770-4 as ffmpeg's ``ebur128`` filter and libebur128 do: the
K-weighting biquads are derived for the actual sample rate from the standard's analogue
parameters, 400 ms blocks every 100 ms, an absolute gate at -70 LUFS and a relative gate
10 LU below. It agrees with ``ebur128`` to about 0.01 LU (the tests check it against ffmpeg).

numpy ships with Piper; for espeak-ng-only installs without numpy, ``loudness.py`` falls
back to ffmpeg.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Floats = NDArray[np.float32]

_IR_TAPS = 512
"""The K-filter's impulse response is cut here: the energy beyond is 6e-7 of the whole (a 3e-6 dB error)."""
_FFT_SIZE = 1 << 14
_INTERP_TAPS = 8
"""Taps on each side of the windowed-sinc interpolator of the true-peak estimate."""
_OVERSAMPLE = 4
"""True peak is estimated at 4x the sample rate, as BS.1770-4 Annex 2 does."""


def k_weighting_ir(rate: int, taps: int = _IR_TAPS) -> list[float]:
    """Impulse response of the BS.1770 K-weighting (pre-filter shelf, then RLB high-pass)."""
    # Shelf and high-pass from their analogue parameters (as libebur128 does), so any
    # sample rate gets the response the standard specifies at 48 kHz.
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10 ** (gain_db / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf = ((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
             2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0)
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    a0 = 1 + k / q + k * k
    highpass = (1.0, -2.0, 1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0)
    signal = [1.0] + [0.0] * (taps - 1)
    for b0, b1, b2, a1, a2 in (shelf, highpass):
        out = []
        x1 = x2 = y1 = y2 = 0.0
        for x in signal:
            y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
            x2, x1, y2, y1 = x1, x, y1, y
            out.append(y)
        signal = out
    return signal


def segment_energies(x: Floats, rate: int) -> Floats:
    """Mean square of the K-weighted signal per 100 ms (a partial last segment is dropped)."""
    hop = max(1, round(rate / 10))
    return _energies(x, rate, 0, len(x) // hop)


def update_energies(energies: Floats, y: Floats, envelope: Floats, rate: int) -> Floats:
    """``energies`` re-measured on ``y`` only in the segments where ``envelope`` is below 1."""
    import numpy as np

    hop = max(1, round(rate / 10))
    count = len(energies)
    lowest = envelope[:count * hop].reshape(count, hop).min(axis=1)
    touched = lowest < 1.0
    # The filter's response reaches 512 samples (less than a segment) into the next one.
    touched[1:] |= touched[:-1]
    updated = energies.copy()
    edges = np.flatnonzero(np.diff(np.concatenate([[False], touched, [False]]).astype(np.int8)))
    for first, stop in zip(edges[::2].tolist(), edges[1::2].tolist()):
        updated[first:stop] = _energies(y, rate, first, stop)
    return updated


def _energies(x: Floats, rate: int, first: int, stop: int) -> Floats:
    """Mean squares of the K-weighted ``x`` for segments ``first`` to ``stop`` (exclusive)."""
    import numpy as np

    hop = max(1, round(rate / 10))
    taps = _IR_TAPS
    begin, end = first * hop, stop * hop
    # Start one filter length early so the output at ``begin`` has its full history.
    lead = min(begin, taps - 1)
    # Short stretches (the limiter's) get a smaller transform.
    size = min(_FFT_SIZE, 1 << (end - begin + lead + taps - 1).bit_length())
    ir = _k_spectrum(rate, size)
    step = size - taps + 1
    squared = np.empty(end - begin, dtype=np.float64)
    tail = np.zeros(taps - 1)
    position = begin - lead
    while position < end:
        block = x[position:min(position + step, end)]
        y = np.fft.irfft(np.fft.rfft(block, size) * ir, size)
        y[:taps - 1] += tail
        tail = y[len(block):len(block) + taps - 1].copy()
        keep_from = max(begin - position, 0)
        out_from = position + keep_from - begin
        np.square(y[keep_from:len(block)], out=squared[out_from:out_from + len(block) - keep_from])
        position += len(block)
    return squared.reshape(stop - first, hop).sum(axis=1) / hop


_SPECTRA: dict[tuple[int, int], object] = {}


def _k_spectrum(rate: int, size: int):  # type: ignore[no-untyped-def]
    """The K-weighting's spectrum for one FFT size, cached per sample rate and size."""
    import numpy as np

    if (rate, size) not in _SPECTRA:
        ir = np.asarray(k_weighting_ir(rate), dtype=np.float64)
        _SPECTRA[(rate, size)] = np.fft.rfft(ir, size)
    return _SPECTRA[(rate, size)]


def integrated_lufs(energies: Floats) -> float:
    """Gated integrated loudness from per-100 ms mean squares; ``-inf`` when nothing passes."""
    import numpy as np

    if len(energies) < 4:
        return -math.inf
    # 400 ms blocks overlapping by 75 %: four consecutive 100 ms segments each.
    blocks = (energies[:-3] + energies[1:-2] + energies[2:-1] + energies[3:]) / 4
    with np.errstate(divide="ignore"):
        levels = -0.691 + 10 * np.log10(blocks)
    gated = blocks[levels > -70.0]
    if not len(gated):
        return -math.inf
    relative = -0.691 + 10 * math.log10(float(gated.mean())) - 10.0
    gated = gated[-0.691 + 10 * np.log10(gated) > relative]
    return -0.691 + 10 * math.log10(float(gated.mean()))


def _interpolator() -> Floats:
    """Hann-windowed sinc taps: row p interpolates at p/4 of a sample after the centre."""
    import numpy as np

    offsets = np.arange(-_INTERP_TAPS + 1, _INTERP_TAPS + 1)  # x[i-7] … x[i+8]
    rows = []
    for phase in range(1, _OVERSAMPLE):
        t = offsets - phase / _OVERSAMPLE
        window = 0.5 + 0.5 * np.cos(np.pi * t / (_INTERP_TAPS + 1))
        rows.append(np.sinc(t) * window)
    return np.asarray(rows, dtype=np.float32)


def peak_estimates(y: Floats, indices: NDArray[np.intp]) -> Floats:
    """Highest of |y| at each index and the interpolated points up to the next sample."""
    import numpy as np

    if not len(indices):
        return np.zeros(0, dtype=np.float32)
    window = np.arange(-_INTERP_TAPS + 1, _INTERP_TAPS + 1)
    # Beyond the ends the nearest sample repeats (copying the programme to pad it costs more).
    around = y[np.clip(indices[:, None] + window[None, :], 0, len(y) - 1)]
    between = np.abs(around @ _interpolator().T).max(axis=1)
    return np.maximum(between, np.abs(y[indices]))


def true_peak(y: Floats, floor: float) -> float:
    """Estimated true peak (linear) of ``y``, looking only at samples within 3 dB of ``floor``."""
    import numpy as np

    top = float(np.abs(y).max()) if len(y) else 0.0
    if top == 0.0:
        return 0.0
    # An inter-sample peak more than 3 dB above both its neighbours needs a full-scale
    # square wave near Nyquist; speech has none, so lower samples cannot set the peak.
    threshold = min(floor, top) * 10 ** (-3 / 20)
    candidates = _candidates(y, threshold)
    return float(max(top, float(peak_estimates(y, candidates).max())))


def limit(y: Floats, ceiling: float, window: int) -> Floats:
    """``y`` with its estimated true peaks pulled down to ``ceiling``; returns the gain envelope."""
    import numpy as np

    envelope = np.ones(len(y), dtype=np.float32)
    candidates = _candidates(y, ceiling * 10 ** (-3 / 20))
    if not len(candidates):
        return envelope
    peaks = peak_estimates(y, candidates)
    over = peaks > ceiling
    if not over.any():
        return envelope
    spots = candidates[over]
    needed = (ceiling / peaks[over]).astype(np.float32)
    # Work on the stretches around the overs only: a flat minimum over +-window keeps the
    # needed gain across each peak's neighbourhood, and a moving average of the same width
    # turns the steps into ramps (look-ahead attack and release) without ever rising above
    # what any peak needs, because every averaged value is already at or below it.
    starts, ends = _stretches(spots, window, len(y))
    for start, end in zip(starts, ends):
        inside = (spots >= start) & (spots < end)
        local = np.ones(end - start, dtype=np.float32)
        local[spots[inside] - start] = needed[inside]
        # The ramps are half as long as the hold, so the gain is flat over the
        # interpolator's reach around each peak (its inter-sample peak scales exactly).
        local = _moving_min(local, window)
        local = _moving_mean(local, window // 2)
        envelope[start:end] = np.minimum(envelope[start:end], local)
    return envelope


def _candidates(y: Floats, threshold: float) -> NDArray[np.intp]:
    """Samples at or above ``threshold``, and the sample before each (for the gap between)."""
    import numpy as np

    loud = np.abs(y) >= threshold
    loud[:-1] |= loud[1:]
    return np.flatnonzero(loud)


def _stretches(spots: NDArray[np.intp], window: int,
               length: int) -> tuple[list[int], list[int]]:
    """Disjoint ranges covering every spot +- 2 windows, merged where they touch."""
    import numpy as np

    reach = 2 * window + 1
    starts = np.maximum(spots - reach, 0)
    ends = np.minimum(spots + reach + 1, length)
    # Spots are sorted, so a new range begins where a start passes the previous end.
    new = np.concatenate([[True], starts[1:] > ends[:-1]])
    last = np.concatenate([new[1:], [True]])
    return starts[new].tolist(), ends[last].tolist()


def _moving_min(values: Floats, half: int) -> Floats:
    """Minimum over [i - half, i + half] for every i (van Herk / Gil-Werman, vectorized)."""
    import numpy as np

    width = 2 * half + 1
    n = len(values)
    blocks = -(-(n + 2 * half) // width)
    padded = np.ones(blocks * width, dtype=values.dtype)
    padded[half:half + n] = values
    shaped = padded.reshape(blocks, width)
    forward = np.minimum.accumulate(shaped, axis=1).ravel()
    backward = np.minimum.accumulate(shaped[:, ::-1], axis=1)[:, ::-1].ravel()
    # Window [j, j + width) in padded coordinates: backward[j] covers to its block's end,
    # forward[j + width - 1] covers from the next block's start.
    return np.minimum(backward[:n], forward[width - 1:width - 1 + n])


def _moving_mean(values: Floats, half: int) -> Floats:
    """Mean over [i - half, i + half] for every i, with ones beyond the ends."""
    import numpy as np

    width = 2 * half + 1
    padded = np.concatenate([np.ones(half + 1, dtype=np.float64), values.astype(np.float64),
                             np.ones(half, dtype=np.float64)])
    sums = np.cumsum(padded)
    return ((sums[width:] - sums[:-width]) / width).astype(np.float32)
