"""Event extraction against naive twins and against the planted spikes of the simulator."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy.signal import lfilter

from engram.events import EventParams, ar1_inverse, extract_events, noise_sigma, peak_events, threshold_events
from engram.exceptions import EngramError
from tests.engram.naive import naive_ar1_inverse, naive_threshold

finite = st.floats(-5, 5, allow_nan=False, width=32)


@given(arrays(np.float32, (3, 25), elements=finite), st.floats(0.5, 0.99))
def test_ar1_inverse_matches_naive(y, g):
    assert np.allclose(ar1_inverse(y, g), naive_ar1_inverse(y.astype(np.float64), np.float32(g)), atol=1e-4)


@given(arrays(np.float64, (3, 30), elements=st.floats(0, 3)), arrays(np.float64, (3,), elements=st.floats(0.01, 1)),
       st.floats(1, 5))
def test_threshold_matches_naive(s, sigma, k):
    assert np.array_equal(threshold_events(s, sigma, k), naive_threshold(s, sigma, k))


def test_noise_sigma_of_white_noise():
    # for white Gaussian noise, MAD of first differences / sqrt(2) estimates the SD
    y = np.random.default_rng(0).normal(0, 0.3, (2, 20000))
    assert np.allclose(noise_sigma(y), 0.3, rtol=0.03)


def _calcium(seed=0, n=6, t=4000, fps=20.0, rate_hz=0.3, tau=0.6, noise=0.1):
    rng = np.random.default_rng(seed)
    spikes = (rng.random((n, t)) < rate_hz / fps).astype(float)
    g = np.exp(-1 / (tau * fps))
    c = lfilter([1], [1, -g], spikes, axis=1)
    return spikes, c + rng.normal(0, noise, c.shape), g


@pytest.mark.parametrize("method", ["threshold", "peaks"])
def test_events_recover_planted_spikes(method):
    spikes, y, g = _calcium()
    ev, record = extract_events(y, 20.0, EventParams(method=method))
    assert record["method"] == method
    hits = misses = 0
    for i in range(spikes.shape[0]):
        for t in np.flatnonzero(spikes[i]):
            if ev[i, max(0, t - 2): t + 3].any():
                hits += 1
            else:
                misses += 1
    recall = hits / (hits + misses)
    precision_events = ev.sum()
    assert recall > 0.9, recall
    # no more than 10% spurious events (near a spike means within 2 frames)
    near = sum(ev[i, t] and spikes[i, max(0, t - 2): t + 3].any() for i in range(ev.shape[0]) for t in np.flatnonzero(ev[i]))
    assert near / precision_events > 0.9


def test_auto_uses_file_deconvolution_else_peaks():
    _, y, g = _calcium(n=2, t=500)
    _, rec = extract_events(y, 20.0, EventParams(), deconvolved=ar1_inverse(y, g))
    assert rec == {"method": "threshold", "deconvolution": "file"}
    _, rec = extract_events(y, 20.0, EventParams())
    assert rec == {"method": "peaks", "deconvolution": None}
    _, rec = extract_events(y, 20.0, EventParams(method="threshold"))
    assert rec == {"method": "threshold", "deconvolution": "ar1-inverse"}


def test_peaks_respect_min_interval():
    y = np.zeros((1, 100))
    y[0, [10, 12, 40]] = [5, 6, 5]
    y += np.random.default_rng(1).normal(0, 0.05, y.shape)
    ev = peak_events(y, 20.0, 4.0, 0.5)
    assert list(np.flatnonzero(ev[0])) == [12, 40]


def test_oasis_is_optional_and_bad_params_rejected():
    try:
        import oasis  # noqa: F401
    except ImportError:
        with pytest.raises(EngramError, match="optional GPL package"):
            extract_events(np.zeros((1, 50)), 20.0, EventParams(method="oasis"))
    with pytest.raises(EngramError, match="events method must be one of"):
        EventParams(method="magic")
    with pytest.raises(EngramError, match="threshold k must be positive"):
        EventParams(k=0)
