"""Weighted circulants (synclib.record.weighted): the general-integer program, its spectrum, its blow-ups."""

import numpy as np
import pytest

from synclib.record.blowup import certify_blowup
from synclib.certify.certificate import verify_certificate
from synclib.exceptions import InvalidParameterError
from synclib.record.weighted import solve_weighted_circulant, weighted_pattern, weighted_program, weighted_spectrum_bound


def test_cluster_one_is_the_unweighted_circulant_program():
    # Yoneda, Tatsukawa & Teramae 2021 (science note): (n, q) = (19, 1) -> S = {1..5}, degree 10
    r = solve_weighted_circulant(19, 1, 1)
    assert r.status == "optimal" and r.certified
    assert r.weights == (1, 1, 1, 1, 1, 0, 0, 0, 0)
    assert r.degree == 10


def test_large_cluster_approaches_the_circulant_supremum():
    # alpha_19 / 19 = 0.6838758207246157 (science note); the weighted optimum with W twins per vertex
    # is (W - 1 + sum v_d w_d) / (19 W - 1), below the supremum and close to it for large W
    r = solve_weighted_circulant(19, 1, 2000)
    assert r.status == "optimal" and r.certified
    assert r.weights[:5] == (2000,) * 5 and r.weights[6:] == (0, 0, 0)
    assert 0.6837 < r.mu < 0.6838758207246157


def test_weighted_spectrum_matches_dense_jacobian():
    k, q = 13, 2
    w = np.array([3, 0, 2, 1, 0, 4])
    lam, err = weighted_spectrum_bound(k, q, w)
    A = np.zeros((k, k))
    for d, wd in enumerate(w, start=1):
        for i in range(k):
            A[i, (i + d) % k] = A[(i + d) % k, i] = wd
    th = 2 * np.pi * q * np.arange(k) / k
    J = A * np.cos(th[None, :] - th[:, None])
    J[np.diag_indices(k)] = -J.sum(1)
    dense = np.sort(np.linalg.eigvalsh(J))
    ours = np.sort(np.concatenate([[0.0], lam, lam[: (k - 1) // 2]]))
    np.testing.assert_allclose(dense, ours, atol=1e-10)
    assert np.all(err > 0) and np.all(err < 1e-10)


def test_status_infeasible_is_a_result():
    r = solve_weighted_circulant(10, 1, 3, eps=1e3)
    assert r.status == "infeasible" and r.weights is None and not r.certified


def test_weighted_blowup_certifies_on_the_finite_graph():
    r = solve_weighted_circulant(19, 1, 3)
    pat = weighted_pattern(r)
    assert pat.n == 57 and pat.mu_fraction == r.mu_fraction
    assert pat.partial_pairs  # the weight-(W-1) distance is a partial join
    res = certify_blowup(pat)
    assert res.certified and verify_certificate(res.certificate).holds


def test_program_shape():
    p = weighted_program(12, 5, 4)
    assert p.A_ub.shape == (7, 6) and p.c.tolist() == [2, 2, 2, 2, 2, 1] and np.all(p.upper == 4)


@pytest.mark.parametrize("args,msg", [((4, 1, 2), "k must"), ((10, 6, 2), "twist q"), ((10, 1, 0), "cluster"),
                                      ((10, 1, 2, -1.0), "eps")])
def test_errors(args, msg):
    kw = {"eps": args[3]} if len(args) > 3 else {}
    with pytest.raises(InvalidParameterError, match=msg):
        weighted_program(*args[:3], **kw)


def test_time_limit_error():
    with pytest.raises(InvalidParameterError, match="time_limit"):
        solve_weighted_circulant(10, 1, 2, time_limit=0)
