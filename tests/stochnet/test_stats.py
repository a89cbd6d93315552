"""Tests of the duration statistics in :mod:`stochnet.experiments.stats`: the gamma estimate and the
KS distance against scipy.stats, AIC against a direct computation, the calibration of the
parametric-bootstrap goodness of fit under the null (small, fast simulations), and the bootstrap
over groups against a naive twin."""

import numpy as np
import pytest
from scipy import stats

from stochnet.exceptions import StochNetError
from stochnet.experiments.stats import (duration_aic, fit_durations, gamma_gof, gamma_mle, ks_statistic_gamma)


@pytest.mark.parametrize("shape, n", [(0.6, 40), (1.0, 200), (3.5, 30), (12.0, 500)])
def test_gamma_mle_matches_scipy(shape, n):
    d = np.random.default_rng(int(shape * 10)).gamma(shape, 7.0, size=n)
    k_ref, _, scale_ref = stats.gamma.fit(d, floc=0)
    k, scale = gamma_mle(d)
    assert k == pytest.approx(k_ref, rel=1e-6)
    assert scale == pytest.approx(scale_ref, rel=1e-6)


def test_gamma_mle_rows_and_degenerate_rows():
    rng = np.random.default_rng(0)
    x = rng.gamma(2.0, 1.0, size=(5, 50))
    x[3] = 4.0  # all equal: no finite estimate
    k, scale = gamma_mle(x)
    for i in (0, 1, 2, 4):
        assert (k[i], scale[i]) == pytest.approx(gamma_mle(x[i]), rel=1e-12)
    assert np.isinf(k[3]) and scale[3] == 0.0


def test_ks_statistic_matches_scipy_with_ties():
    rng = np.random.default_rng(1)
    cont = rng.gamma(2.5, 3.0, size=80)
    ties = np.maximum(np.round(rng.gamma(2.0, 2.0, size=80)), 1.0)  # integer durations, many ties
    for d, k, s in ((cont, 2.5, 3.0), (ties, 2.0, 2.0), (ties, 1.3, 3.1)):
        assert ks_statistic_gamma(d, k, s) == pytest.approx(stats.kstest(d, "gamma", args=(k, 0, s)).statistic,
                                                           abs=1e-12)
    rows = ks_statistic_gamma(np.vstack([cont, ties]), [2.5, 2.0], [3.0, 2.0])
    assert rows == pytest.approx([ks_statistic_gamma(cont, 2.5, 3.0), ks_statistic_gamma(ties, 2.0, 2.0)])


def test_duration_aic_matches_direct_likelihoods():
    d = np.random.default_rng(2).lognormal(3.0, 0.5, size=300)
    out = duration_aic(d)
    k, _, th = stats.gamma.fit(d, floc=0)
    s, _, sc = stats.lognorm.fit(d, floc=0)
    ref = {"gamma": 4 - 2 * stats.gamma.logpdf(d, k, scale=th).sum(),
           "exponential": 2 - 2 * stats.expon.logpdf(d, scale=d.mean()).sum(),
           "lognormal": 4 - 2 * stats.lognorm.logpdf(d, s, scale=sc).sum()}
    for law, value in ref.items():
        assert out["aic"][law] == pytest.approx(value, rel=1e-6)
    assert out["best"] == "lognormal"


def _null_pvalues(n_rep, n, shape, discrete, seed, n_sim=49):
    rng = np.random.default_rng(seed)
    ps = []
    for _ in range(n_rep):
        d = rng.gamma(shape, 4.0, size=n)
        if discrete:
            d = np.maximum(np.round(d), 1.0)
        ps.append(gamma_gof(d, n_sim=n_sim, discrete=discrete, seed=rng).pvalue)
    return np.asarray(ps)


@pytest.mark.parametrize("discrete", [False, True])
def test_gof_pvalue_is_calibrated_under_the_null(discrete):
    # 200 data sets drawn from a gamma, each tested against the gamma fitted to it: the p-values
    # must be uniform. The plain KS p-value with fitted parameters is far too large (Lilliefors
    # 1967): at 10 % it rejects almost never.
    p = _null_pvalues(200, 60, 2.0, discrete, seed=3 + discrete)
    assert 0.05 <= np.mean(p <= 0.1) <= 0.16  # binomial(200, 0.1): sd 0.021
    assert 0.40 <= np.mean(p <= 0.5) <= 0.60
    rng = np.random.default_rng(5)
    naive = []
    for _ in range(200):
        d = rng.gamma(2.0, 4.0, size=60)
        k, _, s = stats.gamma.fit(d, floc=0)
        naive.append(stats.kstest(d, "gamma", args=(k, 0, s)).pvalue)
    assert np.mean(np.asarray(naive) <= 0.1) < 0.03


def test_gof_discrete_correction_matters_for_short_durations():
    # integer durations of mean 3: treated as continuous, the ties look like misfit
    rng = np.random.default_rng(6)
    p_cont, p_disc = [], []
    for _ in range(60):
        d = np.maximum(np.round(rng.gamma(3.0, 1.0, size=150)), 1.0)
        p_cont.append(gamma_gof(d, n_sim=49, discrete=False, seed=rng).pvalue)
        p_disc.append(gamma_gof(d, n_sim=49, discrete=True, seed=rng).pvalue)
    assert np.mean(np.asarray(p_cont) <= 0.05) > 0.8
    assert np.mean(np.asarray(p_disc) <= 0.05) < 0.2


def test_gof_rejects_other_laws():
    rng = np.random.default_rng(7)
    assert gamma_gof(rng.uniform(10, 20, size=300), n_sim=99, seed=0).pvalue == pytest.approx(0.01)
    # log-normal with a heavy tail: rejected with high probability at n = 1000
    assert gamma_gof(rng.lognormal(0.0, 1.2, size=1000), n_sim=99, seed=0).pvalue <= 0.02


def _naive_group_bootstrap(d, groups, n_boot, seed):
    rng = np.random.default_rng(seed)
    labels = np.unique(groups)
    out = []
    for _ in range(n_boot):
        pick = rng.integers(0, labels.size, size=labels.size)
        sample = np.concatenate([d[groups == labels[i]] for i in pick])
        k, _, s = stats.gamma.fit(sample, floc=0)
        out.append((k, s))
    out = np.asarray(out)
    return np.quantile(out[:, 0], [0.025, 0.975]), np.quantile(out[:, 1], [0.025, 0.975])


def test_group_bootstrap_matches_naive_twin_and_is_wider_for_dependent_groups():
    rng = np.random.default_rng(8)
    # 8 chains whose durations share a chain-level scale: durations are not independent
    scales = rng.lognormal(np.log(10.0), 0.5, size=8)
    d = np.concatenate([rng.gamma(3.0, s, size=40) for s in scales])
    groups = np.repeat(np.arange(8), 40)
    # the seed of fit_durations' generator feeds the bootstrap first: the same draws as the twin
    fit = fit_durations(d, groups=groups, n_boot=200, seed=9)
    shape_ci, scale_ci = _naive_group_bootstrap(d, groups, 200, 9)
    assert fit.gamma_shape_ci == pytest.approx(tuple(shape_ci), rel=1e-5)
    assert fit.gamma_scale_ci == pytest.approx(tuple(scale_ci), rel=1e-5)
    assert fit.bootstrap_unit == "group" and fit.n_units == 8
    flat = fit_durations(d, n_boot=200, seed=9)
    width = fit.gamma_shape_ci[1] - fit.gamma_shape_ci[0]
    assert width > 2 * (flat.gamma_shape_ci[1] - flat.gamma_shape_ci[0])
    one = fit_durations(d, groups=np.zeros(d.size), n_boot=50, seed=0)
    assert np.isnan(one.gamma_shape_ci[0]) and one.n_units == 1
    with pytest.raises(StochNetError, match="groups"):
        fit_durations(d, groups=groups[:-1])


def test_fit_durations_reports_the_parametric_gof():
    rng = np.random.default_rng(10)
    d = rng.gamma(2.0, 5.0, size=300)
    fit = fit_durations(d, n_boot=0, n_gof=99, seed=11)
    ref = gamma_gof(d, n_sim=99, seed=np.random.default_rng(11))
    assert fit.gof_pvalue_gamma == pytest.approx(ref.pvalue)
    assert fit.ks_statistic_gamma == pytest.approx(ref.statistic)
    assert np.isnan(fit_durations(d, n_boot=0).gof_pvalue_gamma)
    with pytest.raises(StochNetError, match="n_sim"):
        gamma_gof(d, n_sim=0)
