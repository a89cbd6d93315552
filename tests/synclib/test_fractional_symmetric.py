"""The reflection-symmetric subspace solve of synclib.record.fractional (optimize_limit(symmetric=True))."""

import numpy as np

from synclib.record.fractional import (_reflection_reduction, comparison_gradients, limit_gradients, limit_quantities,
                                       optimize_limit, reflection_pairing)
from synclib.record.frontier import known_point, reflect_start


def test_reflection_pairing_finds_the_pairs_and_rejects_asymmetric_configs():
    p, th, rho = known_point("catalog-6")
    sigma = reflection_pairing(p, th, rho)
    assert sigma is not None and list(sigma) == [1, 0, 3, 2, 5, 4]
    rho2 = rho.copy()
    rho2[0, 2] = rho2[2, 0] = 0.5  # breaks rho[sigma][:, sigma] = rho
    assert reflection_pairing(p, th, rho2) is None
    assert reflection_pairing(p, th + 0.01, rho) is None  # a rotation is not a reflection about 0
    p3 = p.copy()
    p3[0] += 1e-3
    assert reflection_pairing(p3, th, rho) is None
    # odd k: the unpaired class sits at 0 or pi and is its own partner
    p5, th5, rho5 = reflect_start(5, np.random.default_rng(2))
    s5 = reflection_pairing(p5, th5, rho5)
    assert s5 is not None and s5[4] == 4 and np.array_equal(s5[s5], np.arange(5))


def test_reduced_variables_span_exactly_the_invariant_configs():
    rng = np.random.default_rng(4)
    p, th, rho = reflect_start(7, rng)
    sigma = reflection_pairing(p, th, rho)
    red = _reflection_reduction(th, sigma)
    k = 7
    iu = np.triu_indices(k, 1)
    for _ in range(5):
        x = red.off + red.T @ rng.uniform(0.1, 0.9, red.T.shape[1])
        P, T = x[:k], x[k:2 * k]
        R = np.eye(k)
        R[iu] = x[2 * k:]
        R = np.triu(R) + np.triu(R, 1).T
        assert reflection_pairing(P, T, R, tol=1e-12) is not None
        E = limit_quantities(P, T, R)["E"]
        # one equation per pair is enough: the fixed class is balanced and E_sigma(i) = -E_i
        np.testing.assert_allclose(E[sigma], -E, atol=1e-14)
        assert abs(E[6]) < 1e-14
    # the reduction loses nothing invariant: its dimension is the number of orbits
    pair_orbits = {frozenset({(int(a), int(b)), tuple(sorted((int(sigma[a]), int(sigma[b]))))}) for a, b in zip(*iu)}
    n_orbits = 4 + 3 + len(pair_orbits)  # proportions per class orbit, phases per pair, densities per orbit
    assert red.T.shape[1] == n_orbits


def test_symmetric_solve_is_feasible_in_full_and_stays_symmetric():
    rng = np.random.default_rng(1)
    found = []
    for i in range(6):
        p, th, rho = reflect_start(8, rng)
        r = optimize_limit(8, starts=[(p, th, rho, f"s{i}")], margin=1e-6, delta=0.0, max_iter=300,
                           comparison=0.05, symmetric=True)[0]
        if r.feasible:
            found.append(r)
    assert found  # measured: 4 of these 6 starts end feasible (none in full space with max_iter 300)
    for r in found:
        c = r.config
        assert reflection_pairing(c.p, c.theta, c.rho, tol=1e-7) is not None
        q = limit_quantities(c.p, c.theta, c.rho)  # the full-dimension check
        assert np.abs(q["E"]).max() < 1e-8 and q["lam"] <= -1e-6 * 0.99
        part = (c.rho > 1e-9) & (c.rho < 1 - 1e-9)
        assert comparison_gradients(c.p, c.theta, c.rho, part)[0][0] >= 0.05 * 0.99
        assert "symmetric subspace" in r.message


def test_asymmetric_start_is_solved_in_full():
    rng = np.random.default_rng(0)
    p, th, rho = reflect_start(6, rng)
    th = th + 0.05 * rng.standard_normal(6)
    r = optimize_limit(6, starts=[(p, th, rho, "a")], margin=1e-4, delta=0.0, max_iter=30, symmetric=True)[0]
    assert "symmetric subspace" not in r.message


def test_vectorised_gradients_match_the_naive_twins():
    from tests.synclib import naive_fractional as naive

    rng = np.random.default_rng(5)
    for k in (3, 6, 9):
        p, th, rho = reflect_start(k, rng)
        th = th + 0.2 * rng.standard_normal(k)  # off the symmetric subspace as well
        g = limit_gradients(p, th, rho)
        lam, gL = naive.eigen_gradients(p, th, rho)
        np.testing.assert_allclose(g["lam"], lam, atol=1e-13)
        np.testing.assert_allclose(g["gL"], gL, atol=1e-12)
        part = (rho > 0) & (rho < 1)
        lc, gc = comparison_gradients(p, th, rho, part, limit=g)
        lc0, gc0 = naive.comparison_gradients(p, th, rho, part)
        np.testing.assert_allclose(lc, lc0, atol=1e-13)
        np.testing.assert_allclose(gc, gc0, atol=1e-12)
