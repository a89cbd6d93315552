"""Boundary tests of the rigorous certifiers: every bound checked where it decides the verdict.

References are exact or high precision, never the code under test: eigenvalues of twisted states from
the closed formula at 60 digits (mpmath), exact sums of floats with ``fractions.Fraction``, and the
true equilibrium near perturbed phases by Newton's method at 60 digits.

* States whose exact eigenvalues are 0 (all of them, or one of a disconnected circulant) sit exactly on
  the boundary: the computed eigenvalue is 0 or a few ulps either side of it, so only the rounding-error
  bound can give the right verdict (not stable).
* Adversarial float sums (ties rounding to even, the classic worst case of recursive summation,
  Higham 2002, sec. 4.2) must stay inside the twisted certifier's error bound in any summation order.
* ``certify_equilibrium`` at phases perturbed by 1e-7..1e-3: the true equilibrium lies within the
  reported existence radius, its true top eigenvalue is below ``max_eigenvalue + error_bound``, and the
  bound grows with the perturbation.
"""

from __future__ import annotations

import functools
import math
import operator
from fractions import Fraction

import mpmath
import networkx as nx
import numpy as np
import pytest

from synclib.certify._rounding import UNIT_ROUNDOFF, gamma
from synclib.certify.equilibrium import (_as_graph, _deflated_jacobian, _kantorovich, _norm_factor,
                                         _residual_norm_bound, _residual_with_error, _spectrum_bound,
                                         _sync_distance, certify_equilibrium)
from synclib.exceptions import InvalidParameterError
from synclib.certify.twisted import (_twisted_error, _twisted_spectrum_blocks, certify_twisted,
                                     certify_twisted_indicators, twisted_spectrum, twisted_spectrum_bound)

DPS = 60


# ------------------------------------------------------------------ exact references
def exact_twisted_spectrum(n, S, q):
    """lambda_r, r = 0..n//2, of the q-twisted state of C_n(S) at 60 digits (the closed formula)."""
    with mpmath.workdps(DPS):
        out = []
        for r in range(n // 2 + 1):
            out.append(sum((1 if 2 * k == n else 2) * mpmath.cos(2 * mpmath.pi * q * k / n)
                           * (mpmath.cos(2 * mpmath.pi * r * k / n) - 1) for k in S))
        return out


def _indicator_row(n, S):
    x = np.zeros(n // 2)
    x[np.asarray(S) - 1] = 1.0
    return x


# States on the boundary. All eigenvalues 0: cos(2 pi q k/n) = 0 for every k in S. Top eigenvalue 0 and
# the rest negative: a disconnected circulant (gcd(S, n) > 1) whose twist keeps every cos(2 pi q k/n) >= 0
# has a second rotation mode (cos(2 pi r k/n) = 1 for every k at r = n/gcd).
ALL_ZERO = [(8, [1], 2), (8, [1, 3], 2), (12, [1, 3, 5], 3), (16, [2, 6], 2), (20, [1, 3, 7, 9], 5)]
ONE_ZERO = [(10, [2], 1), (18, [3], 1), (12, [6], 2), (16, [2, 4], 1), (20, [2, 4], 1), (24, [2, 4, 6], 1)]


@pytest.mark.parametrize("n,S,q", ALL_ZERO + ONE_ZERO)
def test_zero_eigenvalue_states_are_never_certified(n, S, q):
    exact = exact_twisted_spectrum(n, S, q)
    top = max(exact[1:])
    assert abs(top) < mpmath.mpf(10) ** -50  # the state sits exactly on the stability boundary
    lam, err = twisted_spectrum_bound(n, S, q)
    for r in range(1, n // 2 + 1):
        assert abs(mpmath.mpf(lam[r]) - exact[r]) <= err[r], r
    chk = certify_twisted(n, S, q)
    assert not chk.stable
    assert chk.certified_upper_bound >= 0
    assert chk.max_eigenvalue + chk.error_bound == chk.certified_upper_bound
    assert abs(exact[chk.slowest_mode]) < mpmath.mpf(10) ** -50  # the reported mode is a zero mode
    for eps in (0.0, 1e-5):
        assert not certify_twisted_indicators(n, [q], _indicator_row(n, S)[None, :], eps=eps)[0]


def test_all_zero_states_compute_to_a_few_ulps_of_either_sign():
    """The boundary cases bite only because the computed eigenvalues are not exactly 0: some are a few
    ulps below it, so a verdict read from the computed values alone would call the state stable."""
    lam, err = twisted_spectrum_bound(8, [1], 2)
    assert np.all(np.abs(lam) < 1e-15) and np.any(lam[1:] < 0) and np.all(lam[1:] <= 0)
    assert np.all(err[1:] >= np.abs(lam[1:])) and np.all(err[1:] < 1e-13)


@pytest.mark.parametrize("n,S,q", [(19, range(1, 6), 1), (19, range(1, 7), 1), (24, [1, 2, 3, 12], 5),
                                   (38, [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12], 2), (40, [1, 2, 5, 8, 20], 5),
                                   (97, [1, 2, 3, 5, 8, 13, 21, 34], 7)])
def test_verdict_and_bound_against_the_exact_spectrum(n, S, q):
    S = list(S)
    exact = exact_twisted_spectrum(n, S, q)
    top = max(exact[1:])
    chk = certify_twisted(n, S, q)
    assert (chk.n, chk.q, chk.method) == (n, q, "twisted-circulant-spectrum")
    assert chk.certified_upper_bound >= top  # rigorous: never below the true largest eigenvalue
    assert chk.stable == (top < 0)  # these states are far from the boundary: the verdict is exact
    assert chk.error_bound < 1e-12  # and the bound is not vacuous
    assert chk.max_eigenvalue == pytest.approx(float(top), abs=1e-12)
    assert exact[chk.slowest_mode] == top
    row = _indicator_row(n, S)[None, :]
    assert bool(certify_twisted_indicators(n, [q], row)[0]) == chk.stable
    margin = -float(top) / 2 if top < 0 else 0.1  # a margin half-way to the true top eigenvalue
    assert bool(certify_twisted_indicators(n, [q], row, eps=margin)[0]) == (top < 0)
    assert not certify_twisted_indicators(n, [q], row, eps=-float(top) * 2 + 1e-9)[0]


# ------------------------------------------------------------------ adversarial sums
def _recursive_sum(terms):
    """Left-to-right float64 summation (the order the bound must cover, whatever BLAS does)."""
    return functools.reduce(operator.add, (float(t) for t in terms), 0.0)


@pytest.mark.parametrize("K", [256, 2048])
def test_error_bound_covers_an_adversarial_summation_order(K):
    """K terms of the largest size a twisted eigenvalue sum allows (|t| <= 2 w_k = 4) first, then K/2
    terms of exactly half an ulp of the running sum: each tie rounds to even, so every small term is
    lost. The computed sum errs by K/2 half-ulps of 2K, about K^2 u / 2 -- close to gamma_K sum|t|,
    and more than the cosine-table part of the bound (proportional to K) can absorb."""
    big = [4.0] * (K // 2)
    partial = _recursive_sum(big)
    half_ulp = math.ulp(partial) / 2
    terms = big + [half_ulp] * (K // 2)
    computed = _recursive_sum(terms)
    exact = sum(Fraction(t) for t in terms)
    true_err = abs(Fraction(computed) - exact)
    assert computed == partial and true_err > 0  # every tie was lost
    weight_sum = 2.0 * K
    bound = _twisted_error(weight_sum, gamma(K), float(sum(abs(Fraction(t)) for t in terms)))
    assert true_err <= Fraction(bound)
    assert true_err > Fraction(bound) / 4  # the case is near the worst case, not a slack one


def test_error_bound_covers_real_terms_in_adversarial_orders():
    """The terms of a real twisted eigenvalue (n = 2000, 600 distances), summed in sorted orders that
    grow the partial sums, against the exact value of the same eigenvalue at 60 digits."""
    rng = np.random.default_rng(3)
    n, q = 2000, 3
    S = np.sort(rng.choice(np.arange(1, 1001), size=600, replace=False))
    lam, err = twisted_spectrum_bound(n, S, q)
    table = np.cos(2.0 * np.pi * (np.arange(n, dtype=np.float64) / n))
    w = np.where(2 * S == n, 1.0, 2.0)
    for r in (1, 7, 500, 999):
        terms = w * table[(q * S) % n] * (table[(r * S) % n] - 1.0)
        with mpmath.workdps(DPS):
            exact = sum((1 if 2 * int(k) == n else 2) * mpmath.cos(2 * mpmath.pi * q * int(k) / n)
                        * (mpmath.cos(2 * mpmath.pi * r * int(k) / n) - 1) for k in S)
        bound = _twisted_error(w.sum(), gamma(S.size), float(np.abs(terms).sum()))
        assert bound == pytest.approx(err[r], rel=1e-6)
        for order in (np.argsort(terms), np.argsort(-terms), np.argsort(np.abs(terms)), np.argsort(-np.abs(terms))):
            assert abs(mpmath.mpf(_recursive_sum(terms[order])) - exact) <= bound
        assert abs(mpmath.mpf(lam[r]) - exact) <= err[r]


def test_error_bound_is_scaled_by_the_unit_roundoff():
    # the two parts of the bound, each checked on its own: cosine-table errors per unit of weight and
    # the summation term gamma_K sum |t| (Higham's bound, with a 1 % margin)
    per_weight = _twisted_error(1.0, 0.0, 0.0) / UNIT_ROUNDOFF
    assert 4.02 + 3 * 32 <= per_weight <= 4.02 + 3.01 * 32 + 1e-9
    assert _twisted_error(0.0, gamma(10), 3.0) == pytest.approx(1.01 * gamma(10) * 3.0, rel=1e-15)


# ------------------------------------------------------------------ certify_equilibrium
def _twisted(n, S, q):
    A = nx.to_numpy_array(nx.circulant_graph(n, list(S)), nodelist=range(n))
    return A, 2 * np.pi * q * np.arange(n) / n


def _mp_residual_jacobian(A, y):
    n = len(y)
    f = mpmath.matrix(n, 1)
    J = mpmath.matrix(n, n)
    for i in range(n):
        for j in range(n):
            if A[i, j]:
                d = y[j] - y[i]
                f[i] += A[i, j] * mpmath.sin(d)
                J[i, j] = A[i, j] * mpmath.cos(d)
                J[i, i] -= J[i, j]
    return f, J


def true_equilibrium(A, theta):
    """The equilibrium in theta + 1^perp nearest theta, by Newton's method at 60 digits (bordered
    system: the rotation mode is fixed by sum(y - theta) = 0). Returns (y, top eigenvalue of J(y) on
    1^perp, distance ||y - theta||_2)."""
    n = len(theta)
    with mpmath.workdps(DPS):
        y = [mpmath.mpf(float(t)) for t in theta]
        for _ in range(60):
            f, J = _mp_residual_jacobian(A, y)
            B = mpmath.matrix(n + 1, n + 1)
            rhs = mpmath.matrix(n + 1, 1)
            for i in range(n):
                for j in range(n):
                    B[i, j] = J[i, j]
                B[i, n] = B[n, i] = 1
                rhs[i] = -f[i]
            step = mpmath.lu_solve(B, rhs)
            y = [y[i] + step[i] for i in range(n)]
            if mpmath.norm(step) < mpmath.mpf(10) ** -(DPS - 10):
                break
        f, J = _mp_residual_jacobian(A, y)
        assert mpmath.norm(f) < mpmath.mpf(10) ** -(DPS - 15)
        c = 4 * n * max(float(A.sum(axis=1).max()), 1.0)
        K = J - mpmath.matrix([[mpmath.mpf(c) / n] * n] * n)  # rotation mode shifted to -c
        top = max(mpmath.eigsy(K, eigvals_only=True))
        dist = mpmath.sqrt(sum((y[i] - mpmath.mpf(float(theta[i]))) ** 2 for i in range(n)))
        return y, top, dist


def _top_eigenvalue_at(A, theta):
    """Top eigenvalue on 1^perp of J at the given (float, taken exact) phases, at 60 digits."""
    n = len(theta)
    with mpmath.workdps(DPS):
        _, J = _mp_residual_jacobian(A, [mpmath.mpf(float(t)) for t in theta])
        c = 4 * n * float(A.sum(axis=1).max())
        K = J - mpmath.matrix([[mpmath.mpf(c) / n] * n] * n)
        return max(mpmath.eigsy(K, eigvals_only=True))


PERTURBATIONS = (1e-7, 1e-5, 1e-3)


@functools.lru_cache(maxsize=None)
def _perturbed(seed, delta):
    """The 1-twisted state of C_13({1, 2, 3}) perturbed by delta * N(0, 1) and its true equilibrium
    (the reference is cached; the certifier runs inside each test)."""
    A, theta0 = _twisted(13, [1, 2, 3], 1)
    theta = theta0 + delta * np.random.default_rng(seed).standard_normal(13)
    return A, theta, true_equilibrium(A, theta)


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("delta", PERTURBATIONS)
def test_equilibrium_bounds_hold_against_the_true_equilibrium(seed, delta):
    A, theta, (_, true_top, dist) = _perturbed(seed, delta)
    chk = certify_equilibrium(A, theta)
    assert chk.stable and chk.reason == "certified" and chk.n == 13
    assert dist <= chk.existence_radius  # a true equilibrium exists within the reported radius
    assert true_top <= chk.certified_upper_bound < 0  # its true top eigenvalue is below the bound
    # the reported eigenvalue is the one at the given phases (to its own error), not at the true state
    assert abs(_top_eigenvalue_at(A, theta) - chk.max_eigenvalue) <= chk.error_bound
    assert abs(true_top - chk.max_eigenvalue) <= chk.error_bound
    assert chk.residual >= float(mpmath.norm(_mp_residual_jacobian(A, [mpmath.mpf(float(t)) for t in theta])[0]))
    assert chk.sync_distance > chk.existence_radius


@pytest.mark.parametrize("seed", [0, 1])
def test_equilibrium_error_bound_scales_with_the_perturbation(seed):
    refs = [_perturbed(seed, d) for d in PERTURBATIONS]
    checks = [certify_equilibrium(A, theta) for A, theta, _ in refs]
    bounds = [c.error_bound for c in checks]
    radii = [c.existence_radius for c in checks]
    residuals = [c.residual for c in checks]
    dists = [float(r[2][2]) for r in refs]
    for lo, hi in zip(range(2), range(1, 3)):  # each step is 100 times the perturbation
        assert 30 < radii[hi] / radii[lo] < 300
        assert 30 < bounds[hi] / bounds[lo] < 300
        assert 30 < residuals[hi] / residuals[lo] < 300
        assert 30 < dists[hi] / dists[lo] < 300
    # the radius is an upper bound of the same order as the true distance, and the eigenvalue bound is
    # at least the Lipschitz growth over that radius
    assert all(d <= r < 100 * d for d, r in zip(dists, radii))
    assert all(b >= r for b, r in zip(bounds, radii))


@pytest.mark.parametrize("n,S,q", [(8, [1], 2), (12, [1, 3, 5], 3), (10, [2], 1), (18, [3], 1), (20, [2, 4], 1)])
def test_equilibrium_check_refuses_zero_eigenvalue_states(n, S, q):
    """Exact equilibria whose top non-rotation eigenvalue is exactly 0 (twisted states with all
    eigenvalues 0, disconnected circulants): never certified, and the bound covers the zero."""
    A, theta = _twisted(n, S, q)
    chk = certify_equilibrium(A, theta)
    assert not chk.stable and chk.n == n
    assert chk.reason == "largest non-rotation eigenvalue is not certified negative at the given phases"
    assert chk.max_eigenvalue + chk.error_bound >= 0
    assert abs(_top_eigenvalue_at(A, theta)) <= chk.error_bound  # the true value (0) is within the bound


def test_equilibrium_check_near_in_phase_sync():
    """Phases a hair away from in-phase sync: the Kantorovich ball contains a synchronous state, so
    the check refuses it with that reason, although the spectrum there is negative."""
    A, _ = _twisted(13, [1, 2, 3], 1)
    theta = 1e-9 * np.random.default_rng(5).standard_normal(13)
    chk = certify_equilibrium(A, theta)
    assert not chk.stable and chk.reason == "the phases are within the existence radius of in-phase sync"
    assert chk.n == 13
    assert chk.sync_distance <= chk.existence_radius
    assert chk.max_eigenvalue + chk.error_bound < 0  # spectrum certified negative: sync is the only reason


def test_batch_verdicts_pin_the_exact_top_eigenvalue():
    """One batch of several twists and sets of one n (with and without the unpaired distance n/2): each
    row's verdict flips exactly where the margin eps crosses its exact top eigenvalue (to 1e-9), and an
    empty batch or a mis-shaped one is handled."""
    n = 24
    rows = [([1, 2, 3, 12], 5), ([1, 2, 3], 1), ([1, 2, 12], 2), ([1, 12], 2), ([1, 2, 3, 12], 2),
            ([2, 4, 12], 2), ([1, 2, 3, 4, 5], 1), ([12], 2), ([1, 3, 12], 2), ([3, 9], 1)]
    X = _check_batch_flips(n, rows)
    assert 2 < certify_twisted_indicators(n, [t for _, t in rows], X).sum() < len(rows)  # both kinds
    empty = certify_twisted_indicators(n, [], np.zeros((0, n // 2)))
    assert empty.shape == (0,) and empty.dtype == bool
    with pytest.raises(InvalidParameterError, match=r"X must have shape \(len\(q\), 12\)"):
        certify_twisted_indicators(n, [1, 2], X[:1])


def _check_batch_flips(n, rows):
    """Each row's verdict in one batch flips exactly where eps crosses its exact top eigenvalue (to 1e-9)."""
    X = np.array([_indicator_row(n, S) for S, _ in rows])
    q = [t for _, t in rows]
    tops = [float(max(exact_twisted_spectrum(n, S, t)[1:])) for S, t in rows]
    stable = [t < -1e-6 for t in tops]
    assert list(certify_twisted_indicators(n, q, X)) == stable
    inside = [-t - 1e-9 if s else 0.5 for t, s in zip(tops, stable)]
    outside = [-t + 1e-9 if s else 1e-9 for t, s in zip(tops, stable)]
    for i in range(len(rows)):
        ok_in = certify_twisted_indicators(n, q, X, eps=inside[i])[i]
        ok_out = certify_twisted_indicators(n, q, X, eps=outside[i])[i]
        assert (bool(ok_in), bool(ok_out)) == (stable[i], False), rows[i]
    return X


def test_equilibrium_check_needs_a_kantorovich_ball():
    """At 3e-3 the spectrum is still certified negative but h > 1/2: no existence proof, so no radius
    and no verdict, and the reported bound is the eigenvalue bound at the given phases only."""
    A, theta0 = _twisted(13, [1, 2, 3], 1)
    theta = theta0 + 3e-3 * np.random.default_rng(0).standard_normal(13)
    chk = certify_equilibrium(A, theta)
    assert not chk.stable and "Newton-Kantorovich" in chk.reason and "h=" in chk.reason and chk.n == 13
    assert math.isnan(chk.existence_radius) and math.isnan(chk.sync_distance)
    assert abs(_top_eigenvalue_at(A, theta) - chk.max_eigenvalue) <= chk.error_bound < 1e-10
    assert chk.residual > 0.01


def test_equilibrium_check_size_limit_and_method():
    A, theta = _twisted(13, [1, 2, 3], 1)
    at_limit = certify_equilibrium(A, theta, max_dense=13)
    assert at_limit.stable and at_limit.method == "bauer-fike-kantorovich"
    over = certify_equilibrium(A, theta, max_dense=12)
    assert not over.stable and over.reason == "n=13 exceeds max_dense=12; not checked" and over.n == 13
    assert math.isnan(over.max_eigenvalue) and over.error_bound == math.inf and math.isnan(over.residual)
    d = at_limit.to_dict()
    assert d["certified_upper_bound"] == at_limit.max_eigenvalue + at_limit.error_bound
    assert d["n"] == 13 and d["reason"] == "certified" and isinstance(d["residual"], float)


@pytest.mark.parametrize("scale", [1.1, 1.3])
def test_equilibrium_check_refuses_an_unreliable_eigensolver(monkeypatch, scale):
    """If the computed eigenvectors are far from orthogonal the Bauer-Fike step does not apply: refused,
    with an infinite error bound (the guard alpha < 1/2). Eigenvectors scaled by s give
    alpha ~ (s^2 - 1) sqrt(13): 0.76 for s = 1.1 (between the guard and 1) and 2.5 for s = 1.3."""
    A, theta = _twisted(13, [1, 2, 3], 1)
    eigh = np.linalg.eigh
    monkeypatch.setattr(np.linalg, "eigh", lambda K: (eigh(K)[0], scale * eigh(K)[1]))
    chk = certify_equilibrium(A, theta)
    assert not chk.stable and chk.reason == "eigenvectors too far from orthogonal" and chk.n == 13
    assert chk.error_bound == math.inf and math.isfinite(chk.max_eigenvalue) and chk.residual >= 0


@pytest.mark.parametrize("A, theta, word", [
    (np.ones((3, 3)) - np.eye(3), [0.0, 1.0, np.nan], "^phases must be finite numbers$"),
    (np.array([[0, -1, 1], [-1, 0, 1], [1, 1, 0.0]]), [0.0, 1.0, 2.0], "^adjacency weights must be non-negative$"),
    (np.ones((3, 3)) - np.eye(3), [0.0, 1.0], "does not match 2 phases"),
])
def test_equilibrium_check_argument_errors(A, theta, word):
    import scipy.sparse as sp

    with pytest.raises(InvalidParameterError, match=word):
        certify_equilibrium(A, theta)
    if "match" in word:
        with pytest.raises(InvalidParameterError, match=word):
            certify_equilibrium(sp.csr_array(A), theta)


@pytest.mark.parametrize("lam_up, L, res", [(-2.0, 3.0, 0.1), (-0.9, 26.3, 1e-3), (-1.1, 10.0, 1e-9),
                                            (-9.792011086368424, 4.764398545344152, 2.9263259112647854e-14),
                                            (-1.0, 4.0, 0.125 * (1 - 1e-14)), (-1.0, 1.0, 0.0)])
def test_kantorovich_radius_against_the_theorem_at_60_digits(lam_up, L, res):
    """Newton-Kantorovich (module docstring, step b): h = beta^2 L ||f|| with beta = 1/|lam_up|; for
    h <= 1/2 the radius r* = (1 - sqrt(1 - 2h)) / (beta L). The float radius must not be below r*
    (it is rounded up) and not above it by more than its rounding margin. The fourth case (h ~ 1.5e-15)
    lost 0.7 % of r* to cancellation before r* was computed as 2h / ((1 + sqrt(1 - 2h)) beta L); the
    fifth sits just below h = 1/2."""
    h, radius = _kantorovich(lam_up, L, res)
    with mpmath.workdps(DPS):
        beta = 1 / -mpmath.mpf(lam_up)
        h_exact = beta ** 2 * L * mpmath.mpf(res)
        r_exact = (1 - mpmath.sqrt(1 - 2 * h_exact)) / (beta * L)
        assert h_exact <= h <= h_exact * (1 + 16 * UNIT_ROUNDOFF)
        h_hi = h_exact * (1 + 16 * UNIT_ROUNDOFF)  # r* at the largest h allowed by its rounding
        r_hi = (1 - mpmath.sqrt(1 - 2 * h_hi)) / (beta * L)
        assert r_exact <= radius <= r_hi * (1 + mpmath.mpf(1e-11)) + mpmath.mpf(1e-299)
    assert radius > 0


def test_kantorovich_radius_is_never_below_the_theorem():
    """Random inputs over the range the certifier meets (h from 1e-16 to 1/2): the rounded radius is an
    upper bound of the exact one every time."""
    rng = np.random.default_rng(0)
    with mpmath.workdps(DPS):
        for _ in range(300):
            lam_up, L, res = -10 ** rng.uniform(-2, 1), 10 ** rng.uniform(0, 2), 10 ** rng.uniform(-14, -1)
            h, radius = _kantorovich(lam_up, L, res)
            beta = 1 / -mpmath.mpf(lam_up)
            h_exact = beta ** 2 * L * mpmath.mpf(res)
            if h_exact > 0.5:
                assert math.isnan(radius)
                continue
            assert (1 - mpmath.sqrt(1 - 2 * h_exact)) / (beta * L) <= radius


def test_kantorovich_refuses_beyond_one_half():
    h, radius = _kantorovich(-1.0, 4.0, 0.125)  # h = 1/2 exactly, rounded up: no proof claimed
    assert h > 0.5 and math.isnan(radius)


def test_sync_distance_is_a_lower_bound_on_the_distance_to_in_phase_states():
    """Any in-phase state c 1 is at distance >= |wrap(theta_v - theta_u)| / 2 for every edge uv (step c);
    the check reports the largest such bound, rounded down. Here on a path 0-1-2 (its largest gap on an
    edge next to the diagonal) and on the perturbed twisted states (gaps that wrap around 2 pi)."""
    A = np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0.0]])
    cases = [(A, np.array([0.0, 1.0, 1.2])), (A, np.array([0.0, 2 * np.pi - 0.3, 0.1]))]
    cases += [_perturbed(s, d)[:2] for s in (0, 1) for d in PERTURBATIONS]
    for A, theta in cases:
        want = max(abs(math.remainder(theta[v] - theta[u], 2 * math.pi)) / 2
                   for u in range(len(theta)) for v in range(u + 1, len(theta)) if A[u, v])
        got = _sync_distance(_as_graph(A, theta))
        assert want * (1 - 1e-11) <= got <= want
    A, theta = _perturbed(0, 1e-5)[:2]
    chk = certify_equilibrium(A, theta)
    assert chk.sync_distance == _sync_distance(_as_graph(A, theta))


# ------------------------------------------------------------------ twisted: edges of the batch and of the blocks
def test_empty_connection_set_is_never_certified():
    """No edges: every eigenvalue is exactly 0 and there is no rounding at all (bound 0), so only the
    strict inequality max(lambda + bound) < 0 of the module docstring refuses the state."""
    lam, err = twisted_spectrum_bound(10, [], 1)
    assert np.array_equal(lam, np.zeros(6)) and np.array_equal(err, np.zeros(6))
    chk = certify_twisted(10, [], 1)
    assert not chk.stable and chk.certified_upper_bound == 0.0
    row = np.zeros((1, 5))
    for eps in (0.0, 1e-12):
        assert not certify_twisted_indicators(10, [1], row, eps=eps)[0]


@pytest.mark.parametrize("n,S,q", [(97, [1, 2, 3, 5, 8, 13, 21, 34], 7), (40, [1, 2, 5, 8, 20], 5)])
def test_row_blocks_do_not_change_the_spectrum(n, S, q):
    """The rows r = 1..n//2 are computed in blocks of block // |S| rows; blocks of 1, 2, 3 rows (the last
    one partial) and one block for all rows give the same eigenvalues and bounds."""
    exact = exact_twisted_spectrum(n, S, q)
    S = np.asarray(S)
    blocks = [_twisted_spectrum_blocks(n, S, q, block=block) for block in (1, 2 * S.size, 3 * S.size)]
    for lam, err in blocks:
        assert lam[0] == 0.0 and err[0] == 0.0 and np.all(err[1:] > 0)  # lambda_0 = 0 is exact
        assert all(abs(mpmath.mpf(lam[r]) - exact[r]) <= err[r] for r in range(1, n // 2 + 1))
    whole = _twisted_spectrum_blocks(n, S, q)
    for lam, err in blocks:
        np.testing.assert_allclose(lam, whole[0], rtol=0, atol=1e-14)
        np.testing.assert_allclose(err, whole[1], rtol=1e-12)


def test_batch_weights_of_the_unpaired_distance():
    """n = 12: the distance 6 = n/2 is its own mirror image (weight 1, module docstring), distance 4 = n/3
    is not (weight 2). In-phase states (q = 0) that contain them are stable with a top eigenvalue that
    depends on those weights; each verdict flips where eps crosses the exact top eigenvalue."""
    n = 12
    rows = [([1, 2, 6], 0), ([1, 2, 3, 6], 0), ([1, 2, 4], 0), ([1, 2, 3, 4], 0), ([1, 6], 0)]
    _check_batch_flips(n, rows)


def test_batch_accepts_whole_number_twists_as_floats():
    n = 24
    rows = [([1, 2, 3], 1), ([1, 2, 3, 4, 5], 1), ([1, 2, 12], 2)]
    X = np.array([_indicator_row(n, S) for S, _ in rows])
    q = [t for _, t in rows]
    want = certify_twisted_indicators(n, q, X, eps=1e-3)
    assert want.any()
    assert np.array_equal(certify_twisted_indicators(n, np.asarray(q, dtype=float), X, eps=1e-3), want)
    with pytest.raises(InvalidParameterError, match="X must have shape"):
        certify_twisted_indicators(n, [1], np.zeros((1, 0)))


def _exact_top(n, S, q):
    """Exact top eigenvalue (60 digits) of the q-twisted state of C_n(S), evaluated only at the modes r
    whose float eigenvalue is within 1e-8 of the float maximum (the float values err by < 1e-10)."""
    lam = twisted_spectrum(n, S, q)
    cands = np.flatnonzero(lam[1:] >= lam[1:].max() - 1e-8) + 1
    with mpmath.workdps(DPS):
        c = [mpmath.cos(2 * mpmath.pi * j / n) for j in range(n)]
        return max(sum((1 if 2 * k == n else 2) * c[q * k % n] * (c[r * k % n] - 1) for k in S) for r in cands)


def test_batch_error_bound_is_the_documented_one():
    """certify_twisted_indicators bounds sum_k |t_k| by 2 sum_k |a_k| (|cos - 1| <= 2, its docstring), so its
    per-row bound is  sum_k w_k (3.01 delta + 4.02 u) + 1.01 gamma_K 2 sum_k |w_k cos(2 pi q k/n)|  (module
    docstring; gamma_K = K u / (1 - K u), Higham 2002, sec. 3.1). With K up to 300 the summation term
    (~1e-11) dwarfs the error of the computed eigenvalue (< 1e-13), so each row is certified with a margin
    1e-13 short of its exact top eigenvalue plus this bound, and refused with a margin 1e-13 beyond it:
    a bound a few percent larger or smaller than the documented one changes one of the two verdicts. The
    rows of one batch have different K and magnitudes, so each row must use its own sums."""
    n = 1000
    rows = [(list(range(1, 301)), 1), (list(range(1, 41)), 1), (list(range(1, 121)), 2)]
    X = np.array([_indicator_row(n, S) for S, _ in rows])
    q = [t for _, t in rows]
    for i, (S, t) in enumerate(rows):
        top = float(_exact_top(n, S, t))
        k = np.asarray(S)
        a = np.where(2 * k == n, 1.0, 2.0) * np.cos(2 * np.pi * t * k / n)
        w_sum = float(np.where(2 * k == n, 1.0, 2.0).sum())
        bound = w_sum * (3.01 * 32 + 4.02) * UNIT_ROUNDOFF + 1.01 * gamma(len(S)) * 2 * float(np.abs(a).sum())
        slack = 1e-13
        assert top < 0 and bound > 10 * slack
        assert certify_twisted_indicators(n, q, X, eps=-(top + bound + slack))[i], rows[i][0][-1]
        assert not certify_twisted_indicators(n, q, X, eps=-(top + bound - slack))[i], rows[i][0][-1]


# ------------------------------------------------------------------ certify_equilibrium: each rounding bound pinned
# The error bounds of step a are generous worst cases, so no input makes the true error reach them;
# a constant made smaller would go unnoticed by the safety tests above. These tests pin each bound to its
# documented formula (the docstrings of synclib.certify.equilibrium), evaluated in exact rational
# arithmetic on inputs where every term of the formula is visible, with safety checks against exact
# (60-digit) values where the bound decides.
U = Fraction(UNIT_ROUNDOFF)


def _weighted_graph(n=9, seed=4):
    """A weighted graph with unequal degrees and weights, a missing edge in every row, and phases
    spread over [-2, 2] (not an equilibrium)."""
    rng = np.random.default_rng(seed)
    A = np.triu(rng.uniform(0.5, 3.0, (n, n)) * (rng.random((n, n)) < 0.7), 1)
    A = A + A.T
    return A, rng.uniform(-2.0, 2.0, n)


def _frac_norm(x):
    """Exact 2-norm of a float array (at 60 digits)."""
    with mpmath.workdps(DPS):
        return mpmath.sqrt(sum(mpmath.mpf(float(v)) ** 2 for v in np.ravel(x)))


def test_norm_factor_is_the_documented_one():
    """The relative rounding of a computed 2-norm of n^2 entries is covered by 1 + (n^2 + 4) u; the float
    factor is that value to its own rounding (2u near 1)."""
    for n in (2, 3, 10, 1000):
        assert abs(Fraction(_norm_factor(n)) - (1 + (n * n + 4) * U)) <= 2 * U, n


def test_residual_error_is_the_documented_one():
    """Per row, f_err_i = deg_i (u span + 5u) + u |f_i| with span = 2 max|theta| + 1 (module docstring,
    step a), on a graph where degrees, span and |f_i| all differ."""
    A, theta = _weighted_graph()
    g = _as_graph(A, theta)
    f, f_err = _residual_with_error(g)
    assert g.span == 2 * np.abs(theta).max() + 1
    for i in range(len(theta)):
        deg = sum(Fraction(a) for a in A[i])
        want = deg * (U * Fraction(g.span) + 5 * U) + U * abs(Fraction(f[i]))
        assert abs(Fraction(f_err[i]) - want) <= want * 1e-12, i
        assert abs(f[i]) > 0.1  # far from an equilibrium: the u |f_i| term is visible


def test_residual_bound_at_an_exact_equilibrium_and_far_from_one():
    """In phase (f = 0 exactly) the bound is ||deg (u span + 5u)|| (1 + (n^2 + 4) u) exactly; far from
    an equilibrium it must cover the exact ||f(theta)|| even though the rounding of ||f|| then
    dominates (the norm factor is what covers it)."""
    A, theta = _weighted_graph()
    g = _as_graph(A, np.full(len(theta), 2.5))
    deg = [sum(Fraction(a) for a in row) for row in A]
    want = _frac_norm([float(d * (U * Fraction(g.span) + 5 * U)) for d in deg]) * (1 + (len(deg) ** 2 + 4) * mpmath.mpf(UNIT_ROUNDOFF))
    assert abs(_residual_norm_bound(g) - want) <= want * 64 * UNIT_ROUNDOFF
    g = _as_graph(A, theta)
    with mpmath.workdps(DPS):
        exact = mpmath.norm(_mp_residual_jacobian(A, [mpmath.mpf(float(t)) for t in theta])[0])
        f, f_err = _residual_with_error(g)
        assert exact <= _residual_norm_bound(g)
        assert _residual_norm_bound(g) <= (_frac_norm(f) + _frac_norm(f_err)) * (1 + 8 * (len(deg) ** 2 + 4) * mpmath.mpf(UNIT_ROUNDOFF))


def test_deflated_jacobian_and_its_error_are_the_documented_ones():
    """K = J - (c/n) 1 1^T with c = 4 d_max + 1 (row sums -c, off-diagonal J_ij - c/n), and K_err =
    max_i (nnz_row e_off + e_diag_i) + n u (c/n + 2 d_max) + c u with e_off = w_max (u span + 5u),
    e_diag_i = deg_i (u span + 5u) + u |J_ii| (the docstring of _deflated_jacobian)."""
    from synclib.kuramoto import jacobian

    A, theta = _weighted_graph()
    n = len(theta)
    g = _as_graph(A, theta)
    K, K_err = _deflated_jacobian(g)
    c = 4 * g.d_max + 1
    assert g.d_max == A.sum(axis=1).max() and g.w_max == A.max() and g.nnz_row == (A != 0).sum(axis=1).max()
    np.testing.assert_allclose(K.sum(axis=1), -c, rtol=1e-13)
    np.testing.assert_allclose(K + c / n, jacobian(A, theta), rtol=0, atol=1e-13)
    span, w_max, d_max = Fraction(g.span), Fraction(g.w_max), Fraction(g.d_max)
    e_off = w_max * (U * span + 5 * U)
    J = A * np.cos(theta[None, :] - theta[:, None])
    rows = []
    for i in range(n):
        deg = sum(Fraction(a) for a in A[i])
        J_ii = sum(Fraction(v) for v in J[i])
        rows.append(g.nnz_row * e_off + deg * (U * span + 5 * U) + U * abs(J_ii))
    C = Fraction(c)
    want = max(rows) + n * U * (C / n + 2 * d_max) + C * U
    assert abs(Fraction(K_err) - want) <= want * 1e-12


def test_spectrum_bound_is_the_documented_one():
    """Bauer-Fike a posteriori (module docstring, step a): with V, Lambda from eigh, R = K V - V Lambda,
    r_err = gamma_{n+2} (|K||V| + |V||Lambda|) + u |R| (Higham 2002, sec. 3.5: |fl(AB) - AB| <= gamma_n |A||B|),
    G = V^T V - I, g_err = gamma_{n+2} |V^T||V| + u |G| + u and alpha = (||G|| + ||g_err||) (1 + (n^2 + 4) u):
    eig_err = (||R|| + ||r_err||) (1 + (n^2 + 4) u) / sqrt(1 - alpha) + K_err. Checked in exact arithmetic
    from the same float V, Lambda: never below the formula (the norm factor covers the rounding of the
    norms) and not above it by more than a few roundings."""
    A, theta = _weighted_graph(n=12, seed=7)
    K, _ = _deflated_jacobian(_as_graph(A, theta))
    n = K.shape[0]
    spec = _spectrum_bound(K, 2.0 ** -43)
    lam, V = np.linalg.eigh(K)
    assert spec.lam_hat == lam[-1]
    R = K @ V - V * lam
    r_err = gamma(n + 2) * (np.abs(K) @ np.abs(V) + np.abs(V) * np.abs(lam)) + UNIT_ROUNDOFF * np.abs(R)
    G = V.T @ V - np.eye(n)
    g_err = gamma(n + 2) * (np.abs(V.T) @ np.abs(V)) + UNIT_ROUNDOFF * np.abs(G) + UNIT_ROUNDOFF
    with mpmath.workdps(DPS):
        nrm = 1 + (n * n + 4) * mpmath.mpf(UNIT_ROUNDOFF)
        alpha = (_frac_norm(G) + _frac_norm(g_err)) * nrm
        want = (_frac_norm(R) + _frac_norm(r_err)) * nrm / mpmath.sqrt(1 - alpha)
        got = mpmath.mpf(spec.eig_err) - mpmath.mpf(2.0 ** -43)
        assert want * (1 - 1e-9) <= got <= want * (1 + 1e-9)
        assert mpmath.mpf(spec.eig_err) >= want + mpmath.mpf(2.0 ** -43)
        assert spec.upper == spec.lam_hat + spec.eig_err


def test_kantorovich_at_h_exactly_one_half():
    """h = 1/2 is allowed by Newton-Kantorovich (h <= 1/2): the radius is then 1 / (beta L)."""
    h, radius = _kantorovich(-1.0, 1.0, 0.5 * (1 - 8 * UNIT_ROUNDOFF))
    assert h == 0.5
    assert radius == pytest.approx(1.0, rel=1e-11)


def test_sync_distance_without_edges_is_zero():
    """No edge, no gap to bound the distance to in-phase states with: the bound is 0."""
    assert _sync_distance(_as_graph(np.zeros((3, 3)), [0.0, 1.0, 2.0])) == 0.0


def test_equilibrium_eigenvalue_scales_with_the_weights():
    """J is linear in A, so at weights 10 the top eigenvalue is 10 times that at weights 1 (and the
    shift c = 4 d_max + 1 keeps the rotation mode below it)."""
    A, theta = _twisted(13, [1, 2, 3], 1)
    one, ten = certify_equilibrium(A, theta), certify_equilibrium(10.0 * A, theta)
    assert one.stable and ten.stable
    assert ten.max_eigenvalue == pytest.approx(10 * float(_top_eigenvalue_at(A, theta)), rel=1e-12)


def test_equilibrium_check_at_the_kantorovich_boundary(monkeypatch):
    """At h = 1/2 exactly (the boundary Newton-Kantorovich allows) L r* equals |lambda_up|, so the
    eigenvalue bound at the true equilibrium reaches 0 (up to the radius' rounding up): never certified,
    with its own reason. The residual bound is set to the value that makes h = 1/2 in floating point."""
    import synclib.certify.equilibrium as eq

    A, theta = _twisted(13, [1, 2, 3], 1)
    g = _as_graph(A, theta)
    spec = eq._spectrum_bound(*eq._deflated_jacobian(g))
    lam_up, L = spec.upper, g.lipschitz
    lo, hi = 0.0, 1.0  # the largest residual whose h is <= 1/2
    for _ in range(200):
        mid = (lo + hi) / 2
        if mid in (lo, hi):
            break
        lo, hi = (mid, hi) if _kantorovich(lam_up, L, mid)[0] <= 0.5 else (lo, mid)
    h, radius = _kantorovich(lam_up, L, lo)
    assert h == 0.5 and radius * L >= -lam_up
    monkeypatch.setattr(eq, "_residual_norm_bound", lambda g: lo)
    chk = certify_equilibrium(A, theta)
    assert not chk.stable and chk.n == 13
    assert chk.reason == "eigenvalue bound crosses zero after the existence radius"
    assert chk.existence_radius == radius and chk.max_eigenvalue + chk.error_bound >= 0


def test_batch_margin_is_inclusive():
    """The batch verdict is max(lambda + bound) <= -eps for eps > 0 (its docstring): at eps equal to minus
    the computed upper bound the row is still certified. One distance and q = 0, so every float operation
    of the upper bound is a single rounding the test can repeat: a = 2 cos(0) = 2, lambda_r = 2 (cos(2 pi r/n) - 1),
    bound = _twisted_error(2, gamma_1, 2 |a|)."""
    n = 10
    table = np.cos(2.0 * np.pi * (np.arange(n) / n))
    upper = max(2.0 * (table[r] - 1.0) for r in range(1, n // 2 + 1)) + _twisted_error(2.0, gamma(1), 4.0)
    row = _indicator_row(n, [1])[None, :]
    assert upper < 0
    assert certify_twisted_indicators(n, [0], row, eps=-upper)[0]
    assert not certify_twisted_indicators(n, [0], row, eps=np.nextafter(-upper, 1.0))[0]


def test_smallest_circulant_and_argument_messages():
    """n = 3 is the smallest circulant allowed: the triangle, in phase (q = 0), has lambda_1 = 2 (cos(2 pi/3) - 1)
    = -3; the 1-twisted triangle has lambda_1 = 2 cos(2 pi/3) (cos(2 pi/3) - 1) = 3/2."""
    ok, bad = certify_twisted(3, [1], 0), certify_twisted(3, [1], 1)
    assert ok.stable and ok.max_eigenvalue == pytest.approx(-3.0, abs=1e-14)
    assert not bad.stable and bad.max_eigenvalue == pytest.approx(1.5, abs=1e-14)
    with pytest.raises(InvalidParameterError, match=r"^connection set must lie in 1\.\.5 for n=10, got \[0, 6\]$"):
        certify_twisted(10, [6, 0], 1)
    with pytest.raises(InvalidParameterError, match=r"^twist q must be an integer, got 1\.5$"):
        certify_twisted(10, [1], 1.5)
    with pytest.raises(InvalidParameterError, match=r"^n must be an integer >= 3, got 2$"):
        certify_twisted(2, [1], 1)


def test_disconnected_graph_is_never_certified():
    """Two components (a weighted path and an edge), each in phase at its own angle: an exact equilibrium
    whose components rotate independently, so J has a second exact zero eigenvalue besides the rotation
    mode. Its eigenvectors live on one component each (|V^T||V| has entries near 0), which the
    orthogonality check must handle: the verdict is 'not certified negative', and the bound covers 0."""
    A = np.zeros((5, 5))
    for u, v, w in [(0, 1, 1.0), (1, 2, 2.0), (3, 4, 1.5)]:
        A[u, v] = A[v, u] = w
    for theta in (np.zeros(5), np.array([0.3, 0.3, 0.3, -1.0, -1.0])):
        chk = certify_equilibrium(A, theta)
        assert not chk.stable and chk.n == 5
        assert chk.reason == "largest non-rotation eigenvalue is not certified negative at the given phases"
        assert math.isfinite(chk.error_bound) and abs(chk.max_eigenvalue) <= chk.error_bound < 1e-12
