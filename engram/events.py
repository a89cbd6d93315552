"""Event extraction from calcium traces; the method used is recorded in every result.

Methods
-------
``threshold``
    Noise-scaled threshold on deconvolved output (CaImAn ``S``, suite2p ``spks``): a frame is an event
    frame when ``S > k * sigma``, with ``sigma`` the noise of the trace estimated robustly from its first
    differences (``1.4826 * MAD(diff y) / sqrt(2)``). Deconvolved values are not spike counts, so only
    supra-threshold frames are counted. When a recording has no deconvolved output, the AR(1) inverse
    filter ``max(y_t - g y_{t-1}, 0)`` with ``g = exp(-1 / (tau * fps))`` stands in for it
    (recorded as ``deconvolution="ar1-inverse"``).
``peaks``
    Peaks of Delta F / F (``scipy.signal.find_peaks``) higher than ``median + k * sigma``, with a
    prominence of at least ``k * sigma`` (so noise on a decaying transient is not a new event) and at
    least ``min_interval_s`` apart.
``oasis``
    OASIS deconvolution (Friedrich et al., PLoS Comput Biol 2017) followed by the threshold; OASIS is
    GPL-licensed and therefore only an optional extra (``pip install oasis-deconv``), never a dependency.
``auto``
    ``threshold`` when the recording carries deconvolved output, else ``peaks``.

The result is a binary event raster (cells x frames, uint8). Kernels work on plain arrays.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

import numpy as np
from scipy.signal import find_peaks

from engram.exceptions import EngramError

__all__ = ["EventParams", "METHODS", "noise_sigma", "threshold_events", "peak_events", "ar1_inverse", "extract_events"]

log = logging.getLogger(__name__)

METHODS = ("auto", "threshold", "peaks", "oasis")


@dataclass(frozen=True)
class EventParams:
    """How events are extracted (recorded in every result)."""

    method: str = "auto"
    k: float = 4.0
    min_interval_s: float = 0.5
    tau_s: float = 0.6

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise EngramError(f"events method must be one of {', '.join(METHODS)}, got {self.method!r}")
        if not self.k > 0:
            raise EngramError(f"event threshold k must be positive, got {self.k}")
        if self.min_interval_s < 0 or self.tau_s <= 0:
            raise EngramError("min_interval_s must be >= 0 and tau_s > 0")

    def to_dict(self) -> dict:
        return asdict(self)


def noise_sigma(traces: np.ndarray) -> np.ndarray:
    """Robust per-row noise SD from first differences: ``1.4826 * MAD(diff) / sqrt(2)``."""
    d = np.diff(np.asarray(traces, dtype=np.float64), axis=1)
    med = np.median(d, axis=1, keepdims=True)
    mad = np.median(np.abs(d - med), axis=1)
    return 1.4826 * mad / np.sqrt(2.0)


def ar1_inverse(traces: np.ndarray, g: float) -> np.ndarray:
    """Positive part of the AR(1) inverse filter ``y_t - g y_{t-1}`` (first frame kept as is)."""
    y = np.asarray(traces, dtype=np.float32)
    out = np.empty_like(y)
    out[:, :1] = y[:, :1]
    np.subtract(y[:, 1:], np.float32(g) * y[:, :-1], out=out[:, 1:])
    np.maximum(out, 0, out=out)
    return out


def threshold_events(deconvolved: np.ndarray, sigma: np.ndarray, k: float) -> np.ndarray:
    """Event frames where ``deconvolved > k * sigma`` (per row); rows with zero noise use their nonzero MAD."""
    s = np.asarray(deconvolved)
    sig = np.asarray(sigma, dtype=np.float64).copy()
    bad = ~(sig > 0)
    if bad.any():
        for i in np.flatnonzero(bad):
            nz = s[i][s[i] > 0]
            sig[i] = 1.4826 * np.median(np.abs(nz - np.median(nz))) if nz.size > 2 else np.inf
    return (s > (k * sig)[:, None]).astype(np.uint8)


def peak_events(traces: np.ndarray, fps: float, k: float, min_interval_s: float) -> np.ndarray:
    """Peaks of each row above ``median + k * sigma``, prominence >= ``k * sigma``, ``min_interval_s`` apart."""
    y = np.asarray(traces, dtype=np.float64)
    sig = noise_sigma(y)
    base = np.median(y, axis=1)
    out = np.zeros(y.shape, dtype=np.uint8)
    distance = max(1, int(round(min_interval_s * fps)))
    for i in range(y.shape[0]):
        if not sig[i] > 0:
            continue
        idx, _ = find_peaks(y[i], height=base[i] + k * sig[i], prominence=k * sig[i], distance=distance)
        out[i, idx] = 1
    return out


def _oasis(traces: np.ndarray, g: float) -> np.ndarray:
    try:
        from oasis.functions import deconvolve  # GPL, optional
    except ImportError:
        raise EngramError(
            "events method 'oasis' needs the optional GPL package oasis-deconv (pip install oasis-deconv)"
        ) from None
    out = np.zeros_like(traces, dtype=np.float32)
    for i, y in enumerate(np.asarray(traces, dtype=np.float64)):
        _, s, _, _, _ = deconvolve(y, g=(g,), penalty=1)
        out[i] = s
    return out


def extract_events(
    traces: np.ndarray, fps: float, params: EventParams, deconvolved: np.ndarray | None = None
) -> tuple[np.ndarray, dict]:
    """Binary event raster (cells x frames) and a record of what was done.

    Returns
    -------
    events : ndarray of uint8, shape like ``traces``
    record : dict with ``method`` (the one actually used) and ``deconvolution`` (``"file"``,
        ``"ar1-inverse"``, ``"oasis"`` or ``None``).
    """
    method = params.method
    if method == "auto":
        method = "threshold" if deconvolved is not None else "peaks"
    g = float(np.exp(-1.0 / (params.tau_s * fps)))
    if method == "peaks":
        return peak_events(traces, fps, params.k, params.min_interval_s), {"method": "peaks", "deconvolution": None}
    sigma = noise_sigma(traces)
    if method == "oasis":
        s, how = _oasis(traces, g), "oasis"
    elif deconvolved is not None:
        s, how = deconvolved, "file"
    else:
        s, how = ar1_inverse(traces, g), "ar1-inverse"
    return threshold_events(s, sigma, params.k), {"method": "threshold", "deconvolution": how}
