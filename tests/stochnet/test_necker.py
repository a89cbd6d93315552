"""Tests of the Necker-cube experiment: stimuli, switch detection and duration fits on synthetic
series with known durations, the presenter on a tiny DSNN, and ``synctool necker`` end to end."""

import copy
import json

import numpy as np
import pytest
from click.testing import CliRunner

from cli import synctool
from stochnet.exceptions import StochNetError
from stochnet.experiments.necker import NeckerPresenter, cube_training_set, render_cube
from stochnet.experiments.stats import (
    analyze_alternation,
    detect_switches,
    dominance_durations,
    fit_durations,
    smooth,
)


# ------------------------------------------------------------------ stimuli
def test_cube_drawings_differ_by_the_hidden_edges():
    a, b, amb = (render_cube(k, 16) for k in ("A", "B", "ambiguous"))
    assert set(np.unique(amb)) == {0.0, 1.0}
    np.testing.assert_array_equal(np.maximum(a, b), amb)  # the wire frame is the union of both drawings
    assert np.all(a <= amb) and np.all(b <= amb)
    only_a, only_b = (a > 0) & (b == 0), (b > 0) & (a == 0)
    assert only_a.sum() > 5 and only_b.sum() > 5
    assert only_a.sum() == only_b.sum()  # mirror-symmetric drawing: the cues have equal size
    dimmed = render_cube("ambiguous", 16, contrast_a=1.0, contrast_b=0.4)
    np.testing.assert_allclose(dimmed[only_b], 0.4)
    np.testing.assert_allclose(dimmed[only_a], 1.0)


def test_cube_errors():
    with pytest.raises(StochNetError, match="kind"):
        render_cube("C")
    with pytest.raises(StochNetError, match="size"):
        render_cube("A", size=4)
    with pytest.raises(StochNetError, match="contrast_b"):
        render_cube("ambiguous", contrast_b=1.5)


def test_training_set():
    X, y = cube_training_set(5, 12, flip_probability=0.0, max_shift=0, seed=0)
    assert X.shape == (10, 144)
    np.testing.assert_array_equal(X[0], render_cube("A", 12).ravel())
    np.testing.assert_array_equal(X[9], render_cube("B", 12).ravel())
    np.testing.assert_array_equal(y, [0] * 5 + [1] * 5)


# ------------------------------------------------------------------ switch detection
def test_smooth_matches_convolution():
    x = np.random.default_rng(0).normal(size=50)
    s = smooth(x, 5)
    np.testing.assert_allclose(s[2:-2], np.convolve(x, np.ones(5) / 5, mode="valid"))
    assert s[0] == pytest.approx(x[:3].mean())
    np.testing.assert_array_equal(smooth(x, 1), x)


def test_hysteresis_ignores_flicker_inside_the_band():
    sig = np.array([0, 0.6, 0.2, -0.2, 0.4, -0.6, -0.1, 0.1, -0.4, 0.7, 0.0])
    percept, sw = detect_switches(sig, 0.5)
    np.testing.assert_array_equal(percept, [0, 1, 1, 1, 1, -1, -1, -1, -1, 1, 1])
    np.testing.assert_array_equal(sw, [5, 9])
    d, which = dominance_durations(percept, sw)
    np.testing.assert_array_equal(d, [4])
    np.testing.assert_array_equal(which, [-1])


def _synthetic_alternation(durations, flicker, rng):
    """+-1 epochs of the given lengths, each sample flipped with probability ``flicker``."""
    signs = np.resize([1.0, -1.0], durations.size)
    x = np.repeat(signs, durations.astype(int))
    flips = rng.random(x.size) < flicker
    x[flips] *= -1
    return x


def test_known_durations_are_recovered():
    rng = np.random.default_rng(1)
    true = np.round(rng.gamma(4.0, 15.0, size=400)) + 5
    # flicker 5 %: a false switch needs >= 6 of 9 samples flipped (~1e-6 per window), and a
    # switch is entered once >= 6 of the 9 samples agree with the new epoch
    x = _synthetic_alternation(true, 0.05, rng)
    a = analyze_alternation(x, window=9, threshold=0.3)
    # interior durations (first and last epochs are censored)
    assert a.durations.size == true.size - 2
    err = a.durations - true[1:-1]
    assert np.mean(np.abs(err) <= 2) > 0.97
    assert abs(err.sum()) <= 4  # errors do not accumulate: switch times stay anchored


@pytest.mark.parametrize("shape", [1.0, 4.0])
def test_gamma_fit_recovers_shape_from_detected_switches(shape):
    rng = np.random.default_rng(2)
    true = np.round(rng.gamma(shape, 40.0 / shape, size=1200)) + 15  # epochs long enough to detect
    x = _synthetic_alternation(true, 0.05, rng)
    a = analyze_alternation(x, window=9, threshold=0.3)
    assert a.durations.size == true.size - 2
    fit = fit_durations(a.durations, n_boot=200, seed=0)
    ref = fit_durations(true[1:-1], n_boot=0)
    assert fit.gamma_shape == pytest.approx(ref.gamma_shape, rel=0.08)
    assert fit.gamma_shape_ci[0] < ref.gamma_shape < fit.gamma_shape_ci[1] or shape == 1.0
    if shape == 4.0:
        assert fit.gamma_shape_ci[0] > 2.5
        assert fit.ks_pvalue_exponential < 1e-6
        assert fit.best_by_aic in ("gamma", "lognormal")


def test_fit_durations_on_exact_samples():
    rng = np.random.default_rng(3)
    d = rng.gamma(3.0, 10.0, size=3000)
    fit = fit_durations(d, n_boot=100, seed=1)
    assert fit.gamma_shape == pytest.approx(3.0, rel=0.06)  # sd of the MLE at n=3000 is ~ 0.075
    assert fit.gamma_scale == pytest.approx(10.0, rel=0.07)
    assert fit.gamma_shape_ci[0] < fit.gamma_shape < fit.gamma_shape_ci[1]
    assert fit.ks_pvalue_gamma > 0.01
    assert fit.ks_pvalue_exponential < 1e-10
    assert fit.best_by_aic == "gamma"
    e = fit_durations(rng.exponential(5.0, size=3000), n_boot=0)
    assert e.gamma_shape == pytest.approx(1.0, abs=0.06)
    assert e.ks_pvalue_exponential > 0.01
    json.dumps(fit.to_dict())


@pytest.mark.parametrize("bad, match", [([1.0, 2.0], "at least 3"), ([1.0, -2.0, 3.0], "positive"),
                                        ([2.0, 2.0, 2.0], "all durations are equal")])
def test_fit_durations_errors(bad, match):
    with pytest.raises(StochNetError, match=match):
        fit_durations(bad)


# ------------------------------------------------------------------ presenter on a tiny DSNN
@pytest.fixture(scope="module")
def tiny_dsnn():
    from stochnet.dsnn import DSNNClassifier

    X, y = cube_training_set(8, 10, seed=0)
    return DSNNClassifier(hidden_layer_sizes=(5,), n_sweeps=5, random_state=0).fit(X, y)


def test_presenter_frozen_keeps_synapses(tiny_dsnn):
    clf = copy.deepcopy(tiny_dsnn)
    before = [w.copy() for w in clf.chain_.w]
    n_copies = clf.chain_.n_copies
    p = NeckerPresenter(clf, render_cube("ambiguous", 10).ravel(), n_probes=3, plastic=False, seed=0)
    sig = p.run(30)
    assert sig.shape == (30, 3)
    assert np.all(np.abs(sig) <= 1)
    for a, b in zip(before, clf.chain_.w):
        np.testing.assert_array_equal(a, b)
    assert clf.chain_.n_copies == n_copies


def test_presenter_plastic_samples_synapses_and_is_reproducible(tiny_dsnn):
    sigs = []
    for _ in range(2):
        clf = copy.deepcopy(tiny_dsnn)
        n_copies = clf.chain_.n_copies
        before = [w.copy() for w in clf.chain_.w]
        p = NeckerPresenter(clf, render_cube("ambiguous", 10).ravel(), n_probes=2, plastic=True, seed=4)
        sigs.append(p.run(30))
        assert clf.chain_.n_copies == n_copies + 2
        # training copies keep their labels clamped, the probes' outputs are free
        np.testing.assert_array_equal(clf.chain_.x[-1][:n_copies], clf.chain_.clamp_x_out[:n_copies])
        assert any(not np.array_equal(a, b) for a, b in zip(before, clf.chain_.w))
    np.testing.assert_array_equal(sigs[0], sigs[1])
    assert len(np.unique(sigs[0])) > 1  # the free outputs do fluctuate


def test_presenter_errors(tiny_dsnn):
    with pytest.raises(StochNetError, match="n_probes"):
        NeckerPresenter(copy.deepcopy(tiny_dsnn), render_cube("ambiguous", 10).ravel(), n_probes=0)


# ------------------------------------------------------------------ command line
def test_cli_necker_small(tmp_path):
    out = tmp_path / "necker.png"
    r = CliRunner().invoke(synctool, [
        "necker", "--size", "10", "--n-per-class", "8", "--hidden", "5", "--population", "2", "--train-sweeps", "4",
        "--probes", "2", "--min-durations", "3", "--chunk-sweeps", "60", "--max-sweeps", "120", "--window", "3",
        "--checkpoints", "2", "--emergence-sweeps", "20", "--levelt", "1,0.5", "--levelt-sweeps", "20",
        "--boot", "10", "--seed", "3", "--json", "--plot", str(out)])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    for key in ("n_switches", "gamma_shape", "gamma_scale", "ks_pvalue_gamma", "ks_pvalue_exponential"):
        assert key in doc
    assert doc["n_switches"] >= 0
    assert len(doc["emergence"]) == 1 and len(doc["levelt"]) == 2
    assert doc["params"]["dsnn"]["hidden_layer_sizes"] == [5]  # the result records the model it measured
    assert out.stat().st_size > 0


@pytest.mark.parametrize("args, message", [
    (["--levelt", "1,2"], "contrasts must lie in [0, 1]"),
    (["--checkpoints", "0"], "positive integers"),
    (["--hidden", "x"], "comma-separated numbers"),
])
def test_cli_necker_usage_errors(args, message):
    r = CliRunner().invoke(synctool, ["necker", *args])
    assert r.exit_code == 2
    assert message in r.output
    assert isinstance(r.exception, SystemExit)
