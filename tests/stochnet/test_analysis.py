"""Measurements on a trained DSNN: learning curve, spread, turnover, weights, PCA power law."""

import copy
import json

import matplotlib.figure
import numpy as np
import pytest
from sklearn.datasets import load_digits

from stochnet import DSNNClassifier
from stochnet.analysis import (
    accuracy_spread,
    fit_power_law,
    hidden_responses,
    learning_curve,
    pca_spectrum,
    synapse_turnover,
    weight_distribution,
)
from stochnet.exceptions import StochNetError


@pytest.fixture(scope="module")
def data():
    X, y = load_digits(return_X_y=True)
    return X[:200], y[:200], X[200:320], y[200:320]


@pytest.fixture(scope="module")
def model(data):
    X, y, _, _ = data
    return DSNNClassifier(hidden_layer_sizes=(16,), n_synapses=4, n_sweeps=8, n_readout=4,
                          random_state=3).fit(X, y)


@pytest.mark.parametrize("alpha", [0.5, 1.0, 1.7])
def test_fit_power_law_recovers_exponent(alpha):
    lam = 3.0 * np.arange(1, 101, dtype=float) ** -alpha
    got, c, r2, rng = fit_power_law(lam)
    assert got == pytest.approx(alpha, abs=1e-10)
    assert c == pytest.approx(np.log(3.0), abs=1e-10)
    assert r2 == pytest.approx(1.0) and rng == (2, 50)


def test_fit_power_law_needs_points():
    with pytest.raises(StochNetError, match="fit_range"):
        fit_power_law([1.0, 0.5, 0.0, 0.0], fit_range=(2, 3))


def test_learning_curve(data):
    X, y, Xt, yt = data
    clf = DSNNClassifier(hidden_layer_sizes=(8,), n_synapses=2, output_population=2, n_sweeps=6,
                         n_readout=3, random_state=0)
    ticks = []
    curve = learning_curve(clf, X, y, Xt, yt, eval_every=3, progress=ticks.append)
    assert ticks == [1, 2, 3, 4, 5, 6]
    assert curve.sweeps.tolist() == [3, 6]
    assert curve.test_accuracy_average[-1] == clf.score(Xt, yt)
    assert curve.log_likelihood[-1] == clf.history_["log_likelihood"][-1]
    assert curve.test_accuracy[-1] == clf.score(Xt, yt, weights="current")
    assert curve.train_accuracy[-1] == clf.score(X, y, weights="current")
    per = accuracy_spread(clf, Xt, yt).per_sample
    assert (curve.test_accuracy_sample_min[-1], curve.test_accuracy_sample_max[-1]) == (per.min(), per.max())
    assert curve.mlp_test_accuracy is None
    json.dumps(curve.to_dict())
    assert isinstance(curve.plot(), matplotlib.figure.Figure)


def test_accuracy_spread(model, data):
    _, _, Xt, yt = data
    sp = accuracy_spread(model, Xt, yt)
    assert sp.per_sample.shape == (8,)  # 4 snapshots of each of the 2 chains
    assert sp.average_accuracy == model.score(Xt, yt)
    # each snapshot alone, computed independently from the raw weights
    out = model.sample_outputs(Xt)
    assert sp.per_sample[2] == np.mean(model.classes_[out[:, 2].argmax(axis=1)] == yt)
    json.dumps(sp.to_dict())
    assert isinstance(sp.plot(), matplotlib.figure.Figure)


def test_synapse_turnover_counts_flips(model, data):
    _, _, Xt, yt = data
    before = [s.copy() for s in model.synapse_states()]
    twin = copy.deepcopy(model)
    res = synapse_turnover(model, n_sweeps=6, X_test=Xt, y_test=yt, max_lag=3)
    for a, b in zip(before, model.synapse_states()):  # copy_model=True leaves the model alone
        np.testing.assert_array_equal(a, b)
    # replay the same chain and count flips directly
    states = [np.concatenate([s.ravel() for s in twin.synapse_states()])]
    for _ in range(6):
        twin.sample_sweeps(1)
        states.append(np.concatenate([s.ravel() for s in twin.synapse_states()]))
    flips = [np.mean(states[t + 1] != states[t]) for t in range(6)]
    np.testing.assert_allclose(res.turnover, flips)
    occ = np.mean(states[1:], axis=0)
    assert res.occupancy_histogram[0] == np.sum(occ == 0) and res.occupancy_histogram[-1] == np.sum(occ == 1)
    assert res.occupancy_histogram.sum() == occ.size
    assert res.autocorrelation[0] == pytest.approx(1.0)
    assert res.test_accuracy.shape == (6,)
    d = res.to_dict()
    json.dumps(d)
    assert 0.0 <= d["fraction_fluctuating"] <= 1.0
    assert isinstance(res.plot(), matplotlib.figure.Figure)


def test_weight_distribution(model):
    wd = weight_distribution(model, bins=20)
    n_out = 10 * model.output_population
    assert model.chain_.layer_sizes[0] == 64  # rate input coding (the default): one neuron per pixel
    n = 16 * 64 + n_out * 16  # hidden <- input, output populations <- hidden
    assert wd.weights.size == n and wd.counts.sum() == n
    # the weights are sum_m a s of the synapses (bias column left out), connection by connection
    want = np.concatenate([np.einsum("jim,jim->ji", a, s)[:, :-1].ravel()
                           for a, s in zip(model.chain_.amps[1:], model.synapse_states())])
    np.testing.assert_allclose(wd.weights, want, atol=1e-12)
    d = wd.to_dict()
    json.dumps(d)
    assert d["mean"] == pytest.approx(want.mean(), abs=1e-12)
    assert d["std"] == pytest.approx(want.std(), rel=1e-12)
    assert d["fraction_zero"] == pytest.approx(np.mean(want == 0.0))
    counts, _ = np.histogram(want, bins=20)
    assert d["counts"] == counts.tolist()
    with_bias = weight_distribution(model, bins=20, include_bias=True)
    assert with_bias.weights.size == n + 16 + n_out
    assert isinstance(wd.plot(), matplotlib.figure.Figure)


def test_pca_spectrum(model, data):
    _, _, Xt, _ = data
    R = hidden_responses(model, Xt)
    w = model.weights()[0]
    x = model._scale(Xt)
    np.testing.assert_allclose(R, 1 / (1 + np.exp(-(x @ w[:, :-1].T + w[:, -1]))))
    spec = pca_spectrum(model, Xt)
    assert spec.eigenvalues.shape == (16,)
    assert np.all(np.diff(spec.eigenvalues) <= 1e-12)
    np.testing.assert_allclose(spec.eigenvalues.sum(), np.trace(np.cov(R, rowvar=False)), rtol=1e-9)
    # the exponent is the least-squares slope of log lambda_n against log n over the fit range
    lo, hi = spec.fit_range
    n = np.arange(lo, hi + 1)
    slope, _ = np.polyfit(np.log(n), np.log(spec.eigenvalues[lo - 1:hi]), 1)
    assert spec.exponent == pytest.approx(-slope, rel=1e-9)
    json.dumps(spec.to_dict())
    assert isinstance(spec.plot(), matplotlib.figure.Figure)
    with pytest.raises(StochNetError, match="layer must be in 1..1"):
        hidden_responses(model, Xt, layer=2)
