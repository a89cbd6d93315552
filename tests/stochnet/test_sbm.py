"""Tests of the synaptic Boltzmann machine: kernels vs numpy twins, conditionals vs enumeration,
a long chain vs exact marginals, scikit-learn conventions, observables and the ``sbm`` commands."""

import json
import re

import numba
import numpy as np
import pytest
from click.testing import CliRunner
from scipy import integrate

from cli import synctool
from stochnet import _sbm_kernels as K
from stochnet.exceptions import StochNetError
from stochnet.sbm import SynapticBoltzmannMachine
from stochnet.sbm_analysis import (
    compare_with_rbm,
    make_pattern_data,
    phase_diagram,
    plot_phase_diagram,
    receptive_field_overlap,
    role_division,
)
from tests.stochnet import naive_sbm as N


# ------------------------------------------------------------------ kernels vs twins
def test_uniform_stream_matches_twin():
    for seed, row in [(0, 0), (12345, 7), (2**62 + 11, 3)]:
        g = N.stream(seed, row)
        np.testing.assert_array_equal(K.uniforms(seed, row, 20), [next(g) for _ in range(20)])


@pytest.mark.parametrize("inv_t", [1.0, 0.5])
def test_sample_layer_matches_twin(inv_t):
    rng = np.random.default_rng(1)
    x = (rng.random((7, 5)) < 0.5).astype(float)
    x[0, :] = rng.random(5)  # a graded row too
    w = rng.normal(0, 1.5, (5, 4))
    bias = rng.normal(0, 1, 4)
    out = np.empty((7, 4))
    logits = np.empty((7, 4))
    K.sample_layer(x, w, bias, inv_t, 987, out, logits)
    np.testing.assert_array_equal(out, N.sample_layer(x, w, bias, inv_t, 987))
    np.testing.assert_allclose(logits, inv_t * (bias + x @ w), rtol=1e-12, atol=1e-12)
    assert 0 < out.mean() < 1


def test_hebbian_matches_twin():
    rng = np.random.default_rng(2)
    v = (rng.random((9, 6)) < 0.4).astype(float)
    h = (rng.random((9, 3)) < 0.5).astype(float)
    out = np.ones((6, 3))
    K.hebbian(v, h, -2.5, out)
    np.testing.assert_allclose(out, 1.0 + N.hebbian(v, h, -2.5))


def test_sample_synapses_matches_twin():
    rng = np.random.default_rng(3)
    c = rng.normal(0, 3, (4, 3))
    amps = rng.choice([-0.7, 0.7], size=(4, 3, 2))
    s = np.empty((4, 3, 2), dtype=np.int8)
    w = np.empty((4, 3))
    logits = np.empty((4, 3, 2))
    K.sample_synapses(c, amps, -1.0, 0.8, 4242, s, w, logits)
    s_ref, w_ref = N.sample_synapses(c, amps, -1.0, 0.8, 4242)
    np.testing.assert_array_equal(s, s_ref)
    np.testing.assert_allclose(w, w_ref)
    np.testing.assert_allclose(logits, 0.8 * (-1.0 + amps * c[:, :, None]))


def test_sample_gaussian_matches_twin():
    rng = np.random.default_rng(4)
    c = rng.normal(0, 3, (5, 4))
    w = np.empty((5, 4))
    K.sample_gaussian_weights(c, 0.3, 2.0, 77, w)
    np.testing.assert_allclose(w, N.sample_gaussian_weights(c, 0.3, 2.0, 77), rtol=1e-12)


def test_kernels_reproducible_across_thread_counts_and_builds():
    rng = np.random.default_rng(5)
    x = (rng.random((64, 10)) < 0.5).astype(float)
    w = rng.normal(0, 1, (10, 6))
    outs = []
    for n_threads in (1, numba.config.NUMBA_NUM_THREADS):
        numba.set_num_threads(n_threads)
        out = np.empty((64, 6))
        K.sample_layer(x, w, np.zeros(6), 1.0, 31, out, np.empty((64, 6)))
        outs.append(out)
    numba.set_num_threads(numba.config.NUMBA_NUM_THREADS)
    out = np.empty((64, 6))
    K.serial("sample_layer")(x, w, np.zeros(6), 1.0, 31, out, np.empty((64, 6)))
    outs.append(out)
    np.testing.assert_array_equal(outs[0], outs[1])
    np.testing.assert_array_equal(outs[0], outs[2])
    c = rng.normal(0, 2, (10, 6))
    amps = rng.choice([-1.0, 1.0], size=(10, 6, 3))
    res = []
    for fn in (K.sample_synapses, K.serial("sample_synapses")):
        s_, w_ = np.empty((10, 6, 3), dtype=np.int8), np.empty((10, 6))
        fn(c, amps, -0.5, 1.0, 8, s_, w_, np.empty((10, 6, 3)))
        res.append(s_)
    np.testing.assert_array_equal(res[0], res[1])


# ------------------------------------------------------------------ conditionals vs enumeration
@pytest.mark.parametrize("temperature", [1.0, 2.5])
def test_conditionals_match_enumeration(temperature):
    """Every logit the kernels use equals log P(x=1|rest) - log P(x=0|rest) of the joint."""
    rng = np.random.default_rng(6)
    n_d, n_v, n_h, M = 2, 3, 2, 2
    v = (rng.random((n_d, n_v)) < 0.5).astype(float)
    h = (rng.random((n_d, n_h)) < 0.5).astype(float)
    amps = rng.choice([-1.3, 1.3], size=(n_v, n_h, M))
    s = (rng.random((n_v, n_h, M)) < 0.5).astype(np.int8)
    b, c = rng.normal(0, 1, n_v), rng.normal(0, 1, n_h)
    q0 = -0.7
    ref = N.enumerate_conditional_logits(v, h, s, amps, b, c, q0, temperature, free_visible=True)
    w = (amps * s).sum(axis=2)
    inv_t = 1.0 / temperature
    lg = np.empty((n_d, n_h))
    K.sample_layer(v, w, c, inv_t, 1, np.empty((n_d, n_h)), lg)
    np.testing.assert_allclose(lg, ref["h"], atol=1e-12)
    lg_v = np.empty((n_d, n_v))
    K.sample_layer(h, np.ascontiguousarray(w.T), b, inv_t, 1, np.empty((n_d, n_v)), lg_v)
    np.testing.assert_allclose(lg_v, ref["v"], atol=1e-12)
    cm = np.zeros((n_v, n_h))
    K.hebbian(v, h, 1.0, cm)
    lg_s = np.empty((n_v, n_h, M))
    K.sample_synapses(cm, amps, q0, inv_t, 1, np.empty((n_v, n_h, M), dtype=np.int8), np.empty((n_v, n_h)), lg_s)
    np.testing.assert_allclose(lg_s, ref["s"], atol=1e-12)


def test_gaussian_conditional_matches_quadrature():
    """N(sigma^2 C, T sigma^2) is the normalised exp((-W^2 / (2 sigma^2) + W C) / T)."""
    sigma, temperature, c = 0.4, 1.7, 3.0
    dens = lambda x: np.exp((-(x**2) / (2 * sigma**2) + x * c) / temperature)
    z = integrate.quad(dens, -20, 20)[0]
    mean = integrate.quad(lambda x: x * dens(x), -20, 20)[0] / z
    var = integrate.quad(lambda x: (x - mean) ** 2 * dens(x), -20, 20)[0] / z
    assert mean == pytest.approx(sigma**2 * c, rel=1e-8)
    assert var == pytest.approx(temperature * sigma**2, rel=1e-8)
    # and the kernel draws from it: 20000 weights sharing one C
    w = np.empty((200, 100))
    K.sample_gaussian_weights(np.full((200, 100), c), sigma, temperature, 9, w)
    se_mean = np.sqrt(var / w.size)
    assert abs(w.mean() - mean) < 5 * se_mean
    assert w.var() == pytest.approx(var, rel=0.05)  # 5 % is ~ 7 standard errors of a variance of 20000 draws


def test_long_chain_matches_exact_marginals():
    """Pure joint (n_free=0) on a machine small enough to enumerate: synapse occupancy after burn-in
    equals the exact posterior marginal P(s_ijm = 1 | data) within sampling error."""
    X = np.array([[1.0, 0.0], [1.0, 1.0]])
    sbm = SynapticBoltzmannMachine(n_components=2, n_synapses=2, amplitude=1.0, q0=-0.5, temperature=1.0,
                                   n_free=0, hidden_bias=-0.3, n_sweeps=30000, burn_in=1000, random_state=3)
    sbm.fit(X)
    amps = sbm.amplitudes_.transpose(1, 0, 2)
    _, ps = N.exact_marginals(X, amps, np.zeros(2), np.full(2, -0.3), -0.5, 1.0)
    occ = sbm.occupancy_.transpose(1, 0, 2)
    # 29000 correlated sweeps (integrated autocorrelation time of a few sweeps): the standard
    # error of each occupancy is below 0.007, so 0.03 is > 4 standard errors
    np.testing.assert_allclose(occ, ps, atol=0.03)
    assert np.ptp(ps) > 0.2  # the data really move the marginals away from the prior


# ------------------------------------------------------------------ estimator conventions
def test_check_estimator():
    from sklearn.utils.estimator_checks import check_estimator

    check_estimator(
        SynapticBoltzmannMachine(n_components=3, n_sweeps=6, n_free=5),
        expected_failed_checks={
            # as for BernoulliRBM: the pseudo-likelihood flips one random bit per row, so a row's
            # score depends on its position in the batch
            "check_methods_subset_invariance": "score_samples flips a random bit per row position",
            "check_methods_sample_order_invariance": "score_samples flips a random bit per row position",
        },
    )


def test_fit_is_reproducible_and_seed_dependent():
    X, _ = make_pattern_data(3, 12, 30, seed=0)
    a = SynapticBoltzmannMachine(n_components=4, n_sweeps=20, random_state=5).fit(X)
    b = SynapticBoltzmannMachine(n_components=4, n_sweeps=20, random_state=5).fit(X)
    c = SynapticBoltzmannMachine(n_components=4, n_sweeps=20, random_state=6).fit(X)
    np.testing.assert_array_equal(a.components_, b.components_)
    np.testing.assert_array_equal(a.synapses_, b.synapses_)
    assert not np.array_equal(a.synapses_, c.synapses_)


def test_fitted_attributes_are_consistent():
    X, _ = make_pattern_data(3, 12, 30, seed=0)
    sbm = SynapticBoltzmannMachine(n_components=4, n_synapses=3, n_sweeps=20, random_state=0).fit(X)
    assert sbm.components_.shape == (4, 12)
    assert sbm.synapses_.shape == sbm.amplitudes_.shape == sbm.occupancy_.shape == (4, 12, 3)
    np.testing.assert_allclose(sbm.weights_, (sbm.synapses_ * sbm.amplitudes_).sum(axis=2))
    assert sbm.pruned_fraction_ == pytest.approx(sbm.history_["pruned_fraction"][10:].mean())
    assert np.all((sbm.occupancy_ >= 0) & (sbm.occupancy_ <= 1))
    assert sbm.transform(X).shape == (30, 4)
    assert set(np.unique(sbm.gibbs(X, random_state=0))) <= {0.0, 1.0}


def test_pruning_follows_prior_when_synapses_cannot_matter():
    """With negligible amplitudes the data do not move the synapses: pruned fraction = prior's."""
    X, _ = make_pattern_data(3, 20, 50, seed=1)
    sbm = SynapticBoltzmannMachine(n_components=10, n_synapses=2, amplitude=1e-9, q0=-1.0, n_sweeps=200,
                                   random_state=0).fit(X)
    prior = (1 - 1 / (1 + np.exp(1.0))) ** 2
    assert sbm.prior_pruned_fraction_ == pytest.approx(prior)
    # 100 sweeps x 200 connections, independent: standard error ~ 0.0025
    assert sbm.pruned_fraction_ == pytest.approx(prior, abs=0.02)


def test_silent_inputs_fall_back_to_the_prior():
    """Pixels that never fire get no Hebbian evidence and (with the visible bias at the log-odds of
    their zero mean) almost none from the free replicas: their synapses follow the prior
    sigmoid(q0) -- with q0 < 0, unneeded connections are mostly pruned -- while the synapses of
    active pixels are driven away from it."""
    X, _ = make_pattern_data(3, 20, 60, flip_probability=0.0, seed=2)
    X[:, :5] = 0.0
    sbm = SynapticBoltzmannMachine(n_components=6, n_synapses=2, amplitude=0.5, q0=-1.0, n_sweeps=100,
                                   random_state=0).fit(X)
    prior = 1 / (1 + np.exp(1.0))
    occ = sbm.occupancy_
    # 5 x 6 x 2 synapses x 50 sweeps: standard error of the mean occupancy ~ 0.01
    assert occ[:, :5].mean() == pytest.approx(prior, abs=0.04)
    dev_silent = np.abs(occ[:, :5] - prior).mean()
    dev_active = np.abs(occ[:, 5:] - prior).mean()
    assert dev_active > 2 * dev_silent


def test_gaussian_variant():
    X, _ = make_pattern_data(3, 12, 30, seed=0)
    sbm = SynapticBoltzmannMachine(n_components=4, weights="gaussian", sigma_w=0.1, n_sweeps=20,
                                   random_state=0).fit(X)
    assert np.isnan(sbm.occupancy_).all()
    assert 0 <= sbm.pruned_fraction_ <= 1
    assert np.all(np.isfinite(sbm.components_))
    # silent data and no free replicas: C = 0, so W ~ N(0, T sigma^2) and the fraction below one
    # standard deviation is 2 Phi(1) - 1 = 0.6827 (5000 draws: standard error 0.0066)
    sbm = SynapticBoltzmannMachine(n_components=10, weights="gaussian", sigma_w=0.2, temperature=2.0, n_free=0,
                                   n_sweeps=100, random_state=1).fit(np.zeros((30, 10)))
    assert sbm.prior_pruned_fraction_ == pytest.approx(0.6827, abs=1e-4)
    assert sbm.pruned_fraction_ == pytest.approx(0.6827, abs=0.03)
    assert np.std(sbm.weights_) == pytest.approx(np.sqrt(2.0) * 0.2, rel=0.25)  # 100 draws


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"n_components": 0}, "n_components"),
        ({"weights": "ternary"}, "weights"),
        ({"temperature": 0.0}, "temperature"),
        ({"burn_in": 10, "n_sweeps": 10}, "burn_in"),
        ({"n_free": -1}, "n_free"),
        ({"amplitude_distribution": "cauchy"}, "amplitude_distribution"),
    ],
)
def test_bad_parameters(kwargs, match):
    with pytest.raises(StochNetError, match=match):
        SynapticBoltzmannMachine(**kwargs).fit(np.zeros((4, 3)))


# ------------------------------------------------------------------ observables
def test_receptive_field_overlap_and_roles():
    patterns = np.array([[1, 1, 0, 0], [0, 0, 1, 1]], dtype=float)
    comps = np.array([[1, 1, -1, -1], [-2, -2, 2, 2], [0, 0, 0, 0]], dtype=float)
    m = receptive_field_overlap(comps, patterns)
    np.testing.assert_allclose(m, [[1, -1], [-1, 1], [0, 0]])
    rd = role_division(np.eye(3))
    assert rd == {"retrieval": 1.0, "specialization": 1.0, "coverage": 1.0, "distinct_units": 1.0}
    rd = role_division(np.array([[1.0, 1.0], [0.0, 0.0]]))
    assert rd["distinct_units"] == 0.5 and rd["specialization"] == 0.0
    with pytest.raises(StochNetError, match="patterns"):
        receptive_field_overlap(comps, np.ones((2, 3)))


def test_phase_diagram_and_plot(tmp_path):
    res = phase_diagram("q0", [-3.0, 0.0], "temperature", [1.0, 4.0], n_patterns=2, n_features=10, n_data=20,
                        sbm_params={"n_components": 3, "n_sweeps": 10}, seed=0)
    assert res.pruned_fraction.shape == (2, 2)
    # a more negative prior log-odds prunes more at the same temperature (prior: 0.90 vs 0.25)
    assert res.pruned_fraction[0, 0] > res.pruned_fraction[0, 1]
    json.dumps(res.to_dict())
    plot_phase_diagram(res, tmp_path / "p.png")
    assert (tmp_path / "p.png").stat().st_size > 0
    with pytest.raises(StochNetError, match="phase parameter"):
        phase_diagram("beta", [1], "q0", [1])


def _split_like_compare_with_rbm(seed, n_train, test_size=0.25):
    """The split compare_with_rbm draws from ``seed`` (its first of three derived seeds)."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    split_seed = int(np.random.default_rng(seed).integers(0, 2**31 - 1, size=3)[0])
    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X / 16.0, y, test_size=test_size, stratify=y,
                                          random_state=split_seed)
    return Xtr[:n_train], Xte, ytr[:n_train], yte


def _logreg_accuracy(ftr, ytr, fte, yte):
    from sklearn.linear_model import LogisticRegression

    return float(LogisticRegression(max_iter=2000, C=1.0).fit(ftr, ytr).score(fte, yte))


def test_compare_with_rbm_small():
    res, sbm, rbm = compare_with_rbm(n_components=8, sbm_params={"n_sweeps": 6}, rbm_params={"n_iter": 2},
                                     n_train=150, seed=0)
    assert res.n_train == 150 and res.n_test == 450
    assert sbm.components_.shape == rbm.components_.shape == (8, 64)
    # each accuracy is logistic regression on that model's features of the same split
    Xtr, Xte, ytr, yte = _split_like_compare_with_rbm(0, 150)
    assert res.raw_accuracy == _logreg_accuracy(Xtr, ytr, Xte, yte)
    assert res.raw_accuracy > 0.8  # logistic regression on raw digits
    assert res.sbm_accuracy == _logreg_accuracy(sbm.transform(Xtr), ytr, sbm.transform(Xte), yte)
    assert res.rbm_accuracy == _logreg_accuracy(rbm.transform(Xtr), ytr, rbm.transform(Xte), yte)
    assert res.pruned_fraction == sbm.pruned_fraction_
    assert res.mean_occupancy == pytest.approx(float(np.mean(sbm.occupancy_)))


# ------------------------------------------------------------------ command line
# The ``sbm train`` defaults (stochnet/cli_experiments.py) as library parameters.
_CLI_SBM = {"n_synapses": 4, "weights": "binary", "amplitude": 0.25, "q0": -2.0, "sigma_w": 0.05,
            "temperature": 1.0, "n_free": 100}


def test_cli_sbm_train_digits(tmp_path):
    out = tmp_path / "sbm.png"
    r = CliRunner().invoke(synctool, ["sbm", "train", "--n-sweeps", "6", "--n-train", "120", "--n-components", "6",
                                      "--seed", "1", "--json", "--plot", str(out)])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    # the command reports what the library computes with the same parameters and seed
    res, model, _ = compare_with_rbm(n_components=6, sbm_params={**_CLI_SBM, "n_sweeps": 6}, n_train=120, seed=1)
    for key in ("sbm_accuracy", "rbm_accuracy", "raw_accuracy", "pruned_fraction"):
        assert doc[key] == getattr(res, key), key
    assert doc["turnover_after_burn_in"] == pytest.approx(
        float(np.mean(model.history_["turnover"][model.burn_in_:])))
    assert out.stat().st_size > 0


def test_cli_sbm_train_gaussian_json_has_no_nan():
    r = CliRunner().invoke(synctool, ["sbm", "train", "--weights", "gaussian", "--n-sweeps", "4", "--n-train", "60",
                                      "--n-components", "4", "--json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    assert doc["mean_occupancy"] is None  # no synapses in the Gaussian variant
    res, _, _ = compare_with_rbm(n_components=4, sbm_params={**_CLI_SBM, "weights": "gaussian", "n_sweeps": 4},
                                 n_train=60, seed=0)
    assert doc["pruned_fraction"] == res.pruned_fraction
    assert doc["sbm_accuracy"] == res.sbm_accuracy


def test_cli_sbm_train_patterns_and_sweep():
    r = CliRunner().invoke(synctool, ["sbm", "train", "--dataset", "patterns", "--n-sweeps", "6", "--n-components",
                                      "4", "--n-data", "20", "--json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    X, patterns = make_pattern_data(4, 64, 20, seed=0)
    model = SynapticBoltzmannMachine(n_components=4, random_state=1, n_sweeps=6, **_CLI_SBM).fit(X)
    want = role_division(receptive_field_overlap(model.components_, patterns))
    for key in ("retrieval", "specialization", "coverage"):
        assert doc[key] == pytest.approx(want[key], rel=1e-12), key
    assert doc["pruned_fraction"] == model.pruned_fraction_
    r = CliRunner().invoke(synctool, ["sbm", "sweep", "--x-values", "-2,0", "--y-values", "0.5", "--n-sweeps", "4",
                                      "--n-data", "10", "--n-components", "3", "--json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    res = phase_diagram("q0", [-2.0, 0.0], "amplitude", [0.5], n_patterns=4, n_data=10,
                        sbm_params={"n_components": 3, "n_sweeps": 4}, seed=0)
    assert doc["pruned_fraction_grid"] == res.pruned_fraction.tolist()
    assert doc["retrieval"] == res.retrieval.tolist()


@pytest.mark.parametrize("command", ["train", "sweep"])
def test_cli_sbm_old_sweeps_spelling_is_a_hidden_deprecated_alias(command, monkeypatch):
    # --n-sweeps is the Python keyword n_sweeps; --sweeps (the old spelling) still works, warns and is not in --help
    import stochnet.sbm_analysis as SA

    seen = []
    target = "compare_with_rbm" if command == "train" else "phase_diagram"
    real = getattr(SA, target)

    def spy(*args, **kw):
        seen.append(kw["sbm_params"]["n_sweeps"])
        return real(*args, **kw)

    monkeypatch.setattr(SA, target, spy)
    args = (["sbm", "train", "--n-train", "40", "--n-components", "3", "--json"] if command == "train" else
            ["sbm", "sweep", "--x-values", "-2", "--y-values", "0.5", "--n-data", "10", "--n-components", "3", "--json"])
    new = CliRunner().invoke(synctool, args + ["--n-sweeps", "3"])
    old = CliRunner().invoke(synctool, args + ["--sweeps", "4"])
    assert new.exit_code == 0 and old.exit_code == 0, old.output
    assert seen == [3, 4]
    json.loads(old.stdout)  # the warning goes to stderr, stdout stays one JSON document
    assert "deprecated" in old.stderr and "--n-sweeps" in old.stderr
    assert "deprecated" not in new.stderr
    both = CliRunner().invoke(synctool, args + ["--n-sweeps", "3", "--sweeps", "4"])
    assert both.exit_code == 2 and "give only --n-sweeps" in both.output
    help_text = CliRunner().invoke(synctool, ["sbm", command, "--help"]).output
    assert "--n-sweeps" in help_text and not re.search(r"(?<![\w-])--sweeps", help_text)


@pytest.mark.parametrize(
    "args, message",
    [
        (["sbm", "sweep", "--x", "q0", "--y", "q0"], "must name different parameters"),
        (["sbm", "sweep", "--x-values", "a,b"], "expected comma-separated numbers"),
        (["sbm", "sweep", "--x", "n_data", "--x-values", "1.5"], "positive integers"),
        (["sbm", "train", "--amplitude", "0"], "--amplitude"),
    ],
)
def test_cli_sbm_usage_errors(args, message):
    r = CliRunner().invoke(synctool, args)
    assert r.exit_code == 2
    assert message in r.output
    assert isinstance(r.exception, SystemExit)
