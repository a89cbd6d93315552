"""Certified stability: twisted spectra against dense eigenvalues and exact arithmetic, and the general check."""

import math

import mpmath
import networkx as nx
import numpy as np
import pytest

from synclib.certify.equilibrium import certify_equilibrium
from synclib.certify.twisted import certify_twisted, twisted_spectrum, twisted_spectrum_bound
from synclib.kuramoto import jacobian, kuramoto_residual
from synclib.exceptions import InvalidParameterError
from tests.synclib.naive import dense_twisted_spectrum


@pytest.mark.parametrize("n,S,q", [(19, range(1, 6), 1), (20, [1, 3, 10], 2), (31, [2, 5, 7, 11], 4),
                                   (24, [1, 2, 3, 12], 5)])
def test_twisted_spectrum_matches_dense_eigenvalues(n, S, q):
    lam = twisted_spectrum(n, S, q)
    full = np.concatenate([lam, lam[1:(n + 1) // 2][::-1]])  # lambda_r = lambda_{n-r}
    np.testing.assert_allclose(np.sort(full), dense_twisted_spectrum(n, S, q), atol=1e-10)


def test_error_bound_covers_the_exact_values():
    n, S, q = 97, [1, 2, 3, 5, 8, 13, 21, 34], 7
    lam, err = twisted_spectrum_bound(n, S, q)
    with mpmath.workdps(40):
        for r in range(1, n // 2 + 1):
            exact = sum(2 * mpmath.cos(2 * mpmath.pi * q * k / n) * (mpmath.cos(2 * mpmath.pi * r * k / n) - 1)
                        for k in S)
            assert abs(lam[r] - exact) <= err[r]
            assert err[r] < 1e-12


def test_certify_twisted_reference_19():
    # Yoneda et al. 2021: (19, 1) -> S = {1..5} stable; adding distance 6 destroys stability.
    ok = certify_twisted(19, range(1, 6), 1)
    assert ok.stable and ok.slowest_mode == 1 and ok.certified_upper_bound < 0
    bad = certify_twisted(19, range(1, 7), 1)
    assert not bad.stable and bad.max_eigenvalue > 0


def test_certify_twisted_argument_errors():
    with pytest.raises(InvalidParameterError, match="connection set"):
        certify_twisted(10, [6], 1)
    with pytest.raises(InvalidParameterError, match="n must be"):
        certify_twisted(2, [1], 1)


def _twisted(n, S, q):
    G = nx.circulant_graph(n, list(S))
    return nx.to_numpy_array(G, nodelist=range(n)), 2 * np.pi * q * np.arange(n) / n


def test_general_check_agrees_with_twisted_spectrum():
    A, theta = _twisted(19, range(1, 6), 1)
    chk = certify_equilibrium(A, theta)
    assert chk.stable and chk.reason == "certified"
    assert chk.max_eigenvalue == pytest.approx(certify_twisted(19, range(1, 6), 1).max_eigenvalue, abs=1e-10)
    assert chk.existence_radius < 1e-10 and chk.sync_distance > 0.5


def test_general_check_refuses_unstable_and_sync_states():
    A, theta = _twisted(19, range(1, 7), 1)
    assert not certify_equilibrium(A, theta).stable
    A, _ = _twisted(19, range(1, 6), 1)
    sync = certify_equilibrium(A, np.zeros(19))
    assert not sync.stable  # in-phase sync is excluded: its rotation-deflated spectrum is fine, but it is sync
    assert "sync" in sync.reason or "not certified" in sync.reason


def test_general_check_needs_a_small_residual():
    A, theta = _twisted(19, range(1, 6), 1)
    rng = np.random.default_rng(0)
    far = certify_equilibrium(A, theta + 0.3 * rng.standard_normal(19))
    assert not far.stable
    near = certify_equilibrium(A, theta + 1e-6 * rng.standard_normal(19))
    assert near.stable and near.existence_radius > 0 and near.residual > 0


def test_general_check_accepts_sparse_and_weighted_input_and_size_limit():
    import scipy.sparse as sp

    A, theta = _twisted(13, range(1, 3), 1)
    assert certify_equilibrium(sp.csr_array(A), theta).stable
    assert certify_equilibrium(2.0 * A, theta).stable
    big = certify_equilibrium(A, theta, max_dense=5)
    assert not big.stable and "max_dense" in big.reason
    with pytest.raises(InvalidParameterError, match="symmetric"):
        certify_equilibrium(np.triu(A), theta)
    with pytest.raises(InvalidParameterError, match="does not match"):
        certify_equilibrium(A, theta[:-1])


def test_jacobian_and_residual_definitions():
    A, theta = _twisted(11, [1, 2], 1)
    J = jacobian(A, theta)
    assert np.allclose(J.sum(axis=1), 0) and np.allclose(J, J.T)
    theta2 = theta + np.random.default_rng(1).standard_normal(11) * 0.1
    f = kuramoto_residual(A, theta2)
    h = 1e-6
    num = np.column_stack([(kuramoto_residual(A, theta2 + h * e) - kuramoto_residual(A, theta2 - h * e)) / (2 * h)
                           for e in np.eye(11)])
    np.testing.assert_allclose(num, jacobian(A, theta2), atol=1e-6)
    import scipy.sparse as sp
    np.testing.assert_allclose(kuramoto_residual(sp.csr_array(A), theta2), f, atol=1e-12)
    assert math.isclose(np.abs(kuramoto_residual(A, theta)).max(), 0, abs_tol=1e-12)
