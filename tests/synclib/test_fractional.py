"""Fractional blow-ups (synclib.record.fractional): limit formulas against finite Jacobians, optimiser, witnesses."""

import math
from fractions import Fraction

import numpy as np
import pytest

from synclib.certify.certificate import verify_certificate
from synclib.kuramoto import jacobian, kuramoto_residual
from synclib.exceptions import InvalidParameterError
from synclib.record.finite import finite_witness, realize_integer, round_joins
from synclib.record.fractional import limit_gradients, limit_quantities, make_config, optimize_limit

# sizes and edge counts with e_ij divisible by c_i and c_j: an exactly biregular (equitable) realisation
SIZES = np.array([4, 6, 6, 3])
EDGES = np.array([[0, 12, 12, 12],   # 0-1: 3 per vertex of 0, 2 per vertex of 1; 0-3 complete
                  [12, 0, 18, 0],    # 1-2: 3-regular bipartite
                  [12, 18, 0, 6],    # 2-3: 1 per vertex of 2, 2 per vertex of 3
                  [12, 0, 6, 0]])
PHASES = np.array([0.0, 0.9, 2.3, -1.4])  # arbitrary: the formulas hold off equilibrium too


def _limit_of(sizes, edges, phases):
    c = sizes.astype(float)
    n = c.sum()
    rho = edges / np.outer(c, c)
    np.fill_diagonal(rho, 1.0)
    return n, limit_quantities(c / n, phases, rho)


def test_realize_integer_is_biregular_and_simple():
    real = realize_integer(SIZES, EDGES, PHASES)
    A = real.adjacency
    assert np.array_equal(A, A.T) and np.all(np.diag(A) == 0) and set(np.unique(A)) <= {0.0, 1.0}
    for i in range(4):
        for j in range(4):
            block = A[np.ix_(real.cluster == i, real.cluster == j)]
            expect = SIZES[i] - 1 if i == j else EDGES[i, j] // SIZES[i]
            assert np.all(block.sum(axis=1) == expect), (i, j)


def test_residual_and_quotient_match_the_dense_jacobian():
    # derivation in the module docstring: f_v = n E_i on cluster i, and the spectrum of J contains
    # n * eig(Q) (the equitable quotient), for any cluster-constant phases
    real = realize_integer(SIZES, EDGES, PHASES)
    n, q = _limit_of(SIZES, EDGES, PHASES)
    f = kuramoto_residual(real.adjacency, real.theta0)
    np.testing.assert_allclose(f, n * q["E"][real.cluster], atol=1e-10)
    spec = np.linalg.eigvalsh(jacobian(real.adjacency, real.theta0))
    for lam in n * np.linalg.eigvalsh(q["Q"]):
        assert np.min(np.abs(spec - lam)) < 1e-9, lam
    # mu: min degree / (n - 1) -> the closed-neighbourhood masses, exactly min(n mu_i - 1) here
    assert real.mu_fraction == Fraction(round(float(n * q["mu"])) - 1, int(n) - 1)


def test_complete_joins_split_the_spectrum_exactly():
    # with complete/empty joins the zero-sum modes are exactly -n D_i (multiplicity c_i - 1)
    sizes = np.array([3, 5, 2, 4])
    full = np.outer(sizes, sizes)
    E = full * np.array([[0, 1, 0, 1], [1, 0, 1, 1], [0, 1, 0, 1], [1, 1, 1, 0]])
    ph = np.array([0.2, -1.0, 2.5, 0.7])
    real = realize_integer(sizes, E, ph)
    n, q = _limit_of(sizes, E, ph)
    expected = np.sort(np.concatenate([np.repeat(-n * q["D"], sizes - 1), n * np.linalg.eigvalsh(q["Q"])]))
    np.testing.assert_allclose(np.linalg.eigvalsh(jacobian(real.adjacency, real.theta0)), expected, atol=1e-9)


def test_gradients_match_finite_differences():
    rng = np.random.default_rng(7)
    k = 5
    p = rng.uniform(0.5, 1.5, k)
    p /= p.sum()
    th = rng.uniform(0, 6, k)
    rho = np.triu(rng.uniform(0, 1, (k, k)), 1)
    rho = rho + rho.T
    iu = np.triu_indices(k, 1)

    def unpack(x):
        r = np.zeros((k, k))
        r[iu] = x[2 * k:]
        r = r + r.T
        return x[:k], x[k:2 * k], r

    x = np.concatenate([p, th, rho[iu]])
    g = limit_gradients(*unpack(x))
    h = 1e-6
    for name, gname in (("E", "gE"), ("D", "gD"), ("mu_i", "gM"), ("lam", "gL")):
        fd = np.zeros_like(g[gname])
        for t in range(x.size):
            xp, xm = x.copy(), x.copy()
            xp[t] += h
            xm[t] -= h
            fd[:, t] = (limit_gradients(*unpack(xp))[name] - limit_gradients(*unpack(xm))[name]) / (2 * h)
        np.testing.assert_allclose(g[gname], fd, atol=1e-6, err_msg=name)


def _twisted_band(k=10, w=0.3):
    # weighted circulant C_10 with full distances 1, 2 and weight w at 3, q = 1: stable for w < 0.91
    # (lambda_r of the weighted spectrum, synclib.record.weighted); limit mu = (1 + 4 + 2 w) / 10
    idx = np.arange(k)
    d = np.abs(idx[:, None] - idx[None, :])
    d = np.minimum(d, k - d)
    rho = (d <= 2).astype(float) + w * (d == 3)
    return make_config(np.full(k, 1.0 / k), 2 * np.pi * idx / k, rho)


def test_limit_quantities_of_a_twisted_band():
    cfg = _twisted_band()
    q = limit_quantities(cfg.p, cfg.theta, cfg.rho)
    assert np.abs(q["E"]).max() < 1e-15
    assert q["mu"] == pytest.approx(0.56)
    # lambda_1 = (2/k)[sum_d w_d cos(2 pi d/k)(cos(2 pi d/k) - 1)] for the twisted state (weighted.py)
    c = np.cos(2 * np.pi * np.arange(1, 4) / 10)
    lam1 = 2 / 10 * float(np.sum(np.array([1, 1, 0.3]) * c * (c - 1)))
    assert q["lam"] == pytest.approx(lam1, abs=1e-12)


def test_optimizer_improves_a_feasible_start_and_stays_feasible():
    cfg = _twisted_band()
    res = optimize_limit(10, margin=1e-2, delta=0.05, max_iter=200,
                         starts=[(cfg.p, cfg.theta, cfg.rho, "band")])
    r = res[0]
    assert r.feasible
    q = limit_quantities(r.config.p, r.config.theta, r.config.rho)
    assert np.abs(q["E"]).max() < 1e-8 and q["lam"] <= -1e-2 * 0.99 and q["D"].min() >= 0.05 * 0.99
    assert r.mu > 0.6  # well above the start's 0.56


def test_in_phase_is_not_reported_as_a_witness():
    k = 4
    rho = np.ones((k, k))
    res = optimize_limit(k, starts=[(np.full(k, 0.25), np.zeros(k), rho, "sync")], max_iter=50)
    assert not res[0].feasible and "in-phase" in res[0].message


def test_finite_witness_certifies_and_verifies():
    w = finite_witness(_twisted_band(), 120, margin=1e-2, min_mu=0.6, max_iter=200)
    assert w.certified, w.message
    assert w.mu_fraction >= Fraction(3, 5)
    assert Fraction(w.certificate["mu_fraction"]) == w.mu_fraction
    assert verify_certificate(w.certificate).holds


def test_round_joins_respects_min_degree_and_balances():
    cfg = _twisted_band()
    sizes = np.full(10, 12)
    E, t, _ = round_joins(sizes, cfg.theta, cfg.rho, min_degree=66)
    real = realize_integer(sizes, E, cfg.theta)
    assert real.adjacency.sum(axis=1).min() >= 66
    assert t < 0.5
    deg = real.adjacency.sum(axis=1)
    for i in range(10):
        assert np.ptp(deg[real.cluster == i]) <= 1


def test_bad_inputs():
    with pytest.raises(InvalidParameterError, match="shapes"):
        make_config([0.5, 0.5], [0.0], np.eye(2))
    with pytest.raises(InvalidParameterError, match="symmetric"):
        make_config([0.5, 0.5], [0.0, 1.0], [[1, 0.2], [0.3, 1]])
    with pytest.raises(InvalidParameterError, match="edges_between"):
        realize_integer([2, 2], [[0, 5], [5, 0]], [0.0, 1.0])
    with pytest.raises(InvalidParameterError, match="k must be"):
        optimize_limit(2)
    with pytest.raises(InvalidParameterError, match="n must be"):
        finite_witness(_twisted_band(), 5000)
    assert math.isfinite(limit_quantities([0.5, 0.5], [0.0, 1.0], np.ones((2, 2)))["lam"])
