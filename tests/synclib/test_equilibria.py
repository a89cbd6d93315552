"""Tests of synclib.dynamics.newton: Jacobian against its naive twin and finite differences, residuals,
Newton polishing with the rotation mode removed (dense and sparse)."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp

from synclib.certify.twisted import twisted_spectrum
from synclib.certify.equilibrium import certify_equilibrium
from synclib.dynamics.coupling import kuramoto_rhs
from synclib.dynamics.integrate import integrate_batch
from synclib.dynamics.newton import jacobian, newton_polish, residual, residual_vector
from synclib.exceptions import InvalidParameterError
from synclib.dynamics.states import classify_state
from tests.synclib.naive_dynamics import jacobian_naive, rhs_naive


def _random_graph(n, p, seed, weighted=False):
    rng = np.random.default_rng(seed)
    A = np.triu((rng.random((n, n)) < p).astype(float), 1)
    if weighted:
        A *= rng.uniform(0.5, 2.0, (n, n))
    return A + A.T


@pytest.mark.parametrize("weighted", [False, True])
def test_jacobian_matches_naive_and_finite_differences(weighted):
    A = _random_graph(14, 0.4, 1, weighted)
    theta = np.random.default_rng(2).uniform(0, 2 * np.pi, 14)
    Jd = jacobian(A, theta)
    Js = jacobian(sp.csr_array(A), theta)
    assert isinstance(Jd, np.ndarray) and sp.issparse(Js)
    np.testing.assert_allclose(Jd, jacobian_naive(A, theta), atol=1e-14)
    np.testing.assert_allclose(Js.toarray(), Jd, atol=1e-14)
    h = 1e-6
    fd = np.column_stack([(rhs_naive(A, theta + h * e) - rhs_naive(A, theta - h * e)) / (2 * h)
                          for e in np.eye(14)])
    np.testing.assert_allclose(Jd, fd, atol=1e-8)
    np.testing.assert_allclose(Jd.sum(axis=1), 0, atol=1e-12)  # rotation mode: J 1 = 0
    np.testing.assert_allclose(Jd, Jd.T, atol=1e-14)


def test_jacobian_spectrum_of_twisted_state_matches_closed_form():
    """The Jacobian of the q-twisted state of C_n(S) has the circulant eigenvalues lambda_r
    (Yoneda et al. 2021): an independent check of the Jacobian."""
    n, S, q = 19, (1, 2, 3, 4, 5), 1
    theta = 2 * np.pi * q * np.arange(n) / n
    J = jacobian(nx.circulant_graph(n, S), theta, sparse=False)
    lam = twisted_spectrum(n, S, q)  # r = 0..n//2
    expected = np.sort(np.concatenate([lam, lam[1:(n + 1) // 2]]))
    np.testing.assert_allclose(np.sort(np.linalg.eigvalsh(J)), expected, atol=1e-12)


def test_residuals():
    A = _random_graph(10, 0.5, 3)
    theta = np.random.default_rng(4).uniform(0, 6, 10)
    f = rhs_naive(A, theta)
    np.testing.assert_allclose(residual_vector(A, theta), f - f.mean(), atol=1e-14)
    assert residual(A, theta) == pytest.approx(np.linalg.norm(f), rel=1e-12)
    assert residual(A, theta, norm="inf") == pytest.approx(np.abs(f).max(), rel=1e-12)
    with pytest.raises(InvalidParameterError, match="norm"):
        residual(A, theta, norm="1")
    with pytest.raises(InvalidParameterError, match="theta"):
        jacobian(A, theta[:3])


@pytest.mark.parametrize("dense_max", [2000, 0])  # dense LU, then sparse LU
def test_newton_polishes_twisted_state(dense_max):
    n, S, q = 40, (1, 2, 3), 2
    G = nx.circulant_graph(n, S)
    exact = 2 * np.pi * q * np.arange(n) / n + 0.4
    rng = np.random.default_rng(5)
    noise = rng.normal(0, 1e-2, n)
    start = exact + noise - noise.mean()
    pol = newton_polish(G, start, dense_max=dense_max)
    assert pol.converged and pol.residual < 1e-12 < pol.initial_residual
    assert pol.iterations <= 6
    np.testing.assert_allclose(pol.phases, exact, atol=1e-11)  # same mean: rotation mode removed
    assert pol.phases.mean() == pytest.approx(start.mean(), abs=1e-12)


def test_newton_then_certify_after_integration():
    """Integrate to residual 1e-7, polish, certify: the certificate needs the polished phases."""
    n, S = 19, (1, 2, 3, 4, 5)
    G = nx.circulant_graph(n, S)
    exact = 2 * np.pi * np.arange(n) / n
    res = integrate_batch(G, theta0=exact, trials=1, seed=3, start="noise", noise_sd=0.2, tol=1e-7)
    assert res.converged[0]
    pol = newton_polish(G, res.final[0])
    assert pol.residual < 1e-12
    assert classify_state(pol.phases).label == "twisted:1"
    check = certify_equilibrium(nx.to_numpy_array(G), pol.phases)
    assert check.stable and check.max_eigenvalue == pytest.approx(float(np.max(twisted_spectrum(n, S, 1)[1:])),
                                                                  abs=1e-9)


def test_newton_frequency_locked_state():
    G = nx.complete_graph(5)
    omega = np.array([0.2, -0.1, 0.05, 0.0, -0.15])
    theta = np.random.default_rng(6).normal(0, 0.3, 5)
    pol = newton_polish(G, theta, omega=omega)
    assert pol.converged
    v = kuramoto_rhs(G, pol.phases, omega)
    np.testing.assert_allclose(v, omega.mean(), atol=1e-12)


def test_newton_reports_failure_without_crashing():
    """Far from any equilibrium with a budget of one step: not converged, residual reported."""
    G = nx.circulant_graph(30, [1])
    theta = np.random.default_rng(7).uniform(0, 2 * np.pi, 30)
    pol = newton_polish(G, theta, max_iter=1)
    assert not pol.converged and pol.residual > 1e-12 and pol.iterations == 1
