"""Tests of the frontier search (synclib.record.frontier) and the exact realisation (synclib.record.realize)."""

from __future__ import annotations

import dataclasses
import json
from fractions import Fraction
from importlib import resources

import numpy as np
import pytest
from click.testing import CliRunner

from synclib.exceptions import InvalidParameterError
from synclib.record.fractional import comparison_gradients, limit_quantities, optimize_limit
from synclib.record.frontier import (FrontierOptions, FrontierStore, FrontierStoreError, known_point, make_round,
                                     reflect_start, run_frontier, run_start)
from synclib.record.realize import SCHEMA, check_spec, class_degrees, realize_point


def _adjacency(spec) -> tuple[np.ndarray, np.ndarray]:
    """Dense adjacency of a (small) spec, built straight from the schema's rule (the naive twin)."""
    sizes = [int(c["size"]) for c in spec["classes"]]
    start = np.concatenate([[0], np.cumsum(sizes)])
    n = int(start[-1])
    A = np.zeros((n, n))
    for i, c in enumerate(sizes):
        A[start[i]:start[i + 1], start[i]:start[i + 1]] = 1 - np.eye(c)
    for blk in spec["cross_blocks"]:
        i, j = blk["classes"]
        u = np.arange(sizes[i])[:, None]
        v = np.arange(sizes[j])[None, :]
        if blk["type"] == "complete":
            E = np.ones((sizes[i], sizes[j]))
        elif blk["type"] == "absent":
            E = np.zeros((sizes[i], sizes[j]))
        else:  # vertex u of i ~ vertex v of j iff (v - u - s) mod g < c
            g, s, cnt = int(blk["modulus"]), int(blk["shift_start"]), int(blk["shift_count"])
            E = ((v - u - s) % g < cnt).astype(float)
        A[start[i]:start[i + 1], start[j]:start[j + 1]] = E
        A[start[j]:start[j + 1], start[i]:start[i + 1]] = E.T
    return A, np.repeat(np.arange(len(sizes)), sizes)


def _small_point():
    """A 4-class reflection-symmetric configuration (not an optimum; just data for exactness tests)."""
    p = np.array([0.3, 0.3, 0.2, 0.2])
    th = np.array([0.4, -0.4, 2.0, -2.0])
    rho = np.array([[1, 0.6, 1, 0], [0.6, 1, 0, 1], [1, 0, 1, 0.3], [0, 1, 0.3, 1.0]])
    return p, th, rho


def test_catalog_point_in_limit_quantities():
    # Reference: public catalog ssiddhantsood/kuramoto-11-16-witness, record 0.69155-ultrasmall-gap
    # (mu 0.691553760567, quotient gap 1e-12, transverse lower bound 0.2401).
    p, th, rho = known_point("catalog-6")
    q = limit_quantities(p, th, rho)
    assert q["mu"] == pytest.approx(0.6915537606, abs=1e-9)
    assert -1e-11 < q["lam"] < 0
    assert q["D"].min() == pytest.approx(0.2401, abs=2e-4)
    assert np.abs(q["E"]).max() < 1e-14


def test_limit_quantities_match_the_finite_graph_quotient():
    # A small exact realisation: the dense Jacobian's spectrum contains n times the limit quotient's
    # eigenvalues at p = c / n, rho = d / c, and the class equations are the vertex equations.
    p, th, rho = _small_point()
    real = realize_point(p, th, rho, size_digits=1, density_digits=1, dps=40, check_dps=40)
    spec = real.spec
    A, cl = _adjacency(spec)
    sizes, d, _ = class_degrees(spec)
    n = A.shape[0]
    theta = np.array([float(x) for x in spec["phases"]])[cl]
    f = (A * np.sin(theta[None, :] - theta[:, None])).sum(axis=1)
    c = np.array(sizes, float)
    D = np.array(d, float)
    first = (np.cumsum(c) - c).astype(int)
    tc = theta[first]
    F = (D * np.sin(tc[None, :] - tc[:, None])).sum(axis=1)  # the class equations
    assert np.allclose(f, F[cl], atol=1e-9)
    assert np.abs(F).max() < 1e-9  # and the realised phases solve them
    J = A * np.cos(theta[None, :] - theta[:, None])
    J[np.diag_indices(n)] = -J.sum(axis=1)
    w = np.linalg.eigvalsh(J)
    q = limit_quantities(c / n, tc, D / c[None, :] + np.eye(len(c)))
    lim = np.linalg.eigvalsh(q["Q"]) * n
    for x in lim:
        assert np.min(np.abs(w - x)) < 1e-8 * n


def test_realisation_is_exactly_biregular_and_mu_is_exact():
    p, th, rho = _small_point()
    real = realize_point(p, th, rho, size_digits=2, density_digits=1, dps=40, check_dps=40)
    spec = real.spec
    assert spec["schema"] == SCHEMA
    sizes, d, partial = class_degrees(spec)
    A, cl = _adjacency(spec)
    start = np.concatenate([[0], np.cumsum(sizes)])
    for i in range(len(sizes)):
        for j in range(len(sizes)):
            if i != j:  # every vertex of class i has exactly d_ij neighbours in class j
                counts = A[start[i]:start[i + 1], start[j]:start[j + 1]].sum(axis=1)
                assert np.all(counts == d[i][j])
                assert d[i][j] * sizes[i] == d[j][i] * sizes[j]
    for blk in spec["cross_blocks"]:
        if blk["type"] == "residue_orbits":
            g = int(blk["modulus"])
            assert all(sizes[x] % g == 0 for x in blk["classes"])
    mu = Fraction(int(A.sum(axis=1).min()), A.shape[0] - 1)
    assert real.check.mu == mu
    assert Fraction(spec["claims"]["mu"]) == mu
    assert real.check.biregular and real.check.claims_ok


def test_check_spec_catches_wrong_claims_and_bad_modulus():
    p, th, rho = _small_point()
    spec = realize_point(p, th, rho, size_digits=1, density_digits=1, dps=40, check_dps=40).spec
    bad = json.loads(json.dumps(spec))
    bad["claims"]["mu"] = "1/2"
    assert not check_spec(bad, dps=30).claims_ok
    bad = json.loads(json.dumps(spec))
    blk = next(b for b in bad["cross_blocks"] if b["type"] == "residue_orbits")
    blk["modulus"] = str(int(bad["classes"][blk["classes"][0]]["size"]) + 1)
    with pytest.raises(InvalidParameterError, match="biregular"):
        check_spec(bad, dps=30)


def test_check_spec_passes_a_verifier_through():
    p, th, rho = _small_point()
    spec = realize_point(p, th, rho, size_digits=1, density_digits=1, dps=40, check_dps=40).spec

    class No:
        holds = False

    seen = []
    chk = check_spec(spec, dps=30, verify=lambda s: seen.append(s) or No())
    assert seen == [spec] and not chk.holds


def test_shipped_spec_checks_hold():
    text = resources.files("synclib").joinpath("data/record_frontier.spec.json").read_text()
    chk = check_spec(json.loads(text), dps=60)
    assert chk.holds
    assert chk.mu > Fraction(64, 93)  # our earlier certified record
    assert chk.mu == Fraction(json.loads(text)["claims"]["mu"])  # the claim is the checked value
    assert chk.quotient_top < 0 and chk.comparison_min > 0
    from synclib.certify.spec import verify_spec
    from synclib.certify.spec_io import load_spec

    assert verify_spec(load_spec(json.loads(text))).holds  # the rigorous (interval) verifier


def test_comparison_gradients_match_finite_differences():
    rng = np.random.default_rng(3)
    p, th, rho = reflect_start(5, rng)
    rho[0, 1] = rho[1, 0] = 0.4  # make sure some pairs are partial
    rho[2, 4] = rho[4, 2] = 0.7
    partial = (rho > 0) & (rho < 1)
    k = p.size
    iu = np.triu_indices(k, 1)
    x = np.concatenate([p, th, rho[iu]])

    def top(x):
        R = np.zeros((k, k))
        R[iu] = x[2 * k:]
        R = R + R.T + np.eye(k)
        return comparison_gradients(x[:k], x[k:2 * k], R, partial)[0]

    lam, g = comparison_gradients(p, th, rho, partial)
    h = 1e-6
    for idx in range(x.size):
        e = np.zeros(x.size)
        e[idx] = h
        fd = (top(x + e) - top(x - e)) / (2 * h)
        # the smallest eigenvalue is simple here; compare it
        assert fd[0] == pytest.approx(g[0, idx], abs=1e-6)


def test_comparison_constraint_is_enforced():
    p, th, rho = known_point("catalog-6")
    rng = np.random.default_rng(0)
    th = th + 0.02 * rng.standard_normal(6)
    res = optimize_limit(6, starts=[(p, th, rho, "cat")], margin=1e-4, delta=0.0, max_iter=10, comparison=0.2)
    r = res[0]
    part = (r.config.rho > 1e-9) & (r.config.rho < 1 - 1e-9)
    lam = comparison_gradients(r.config.p, r.config.theta, r.config.rho, part)[0]
    if r.feasible:
        assert lam[0] >= 0.2 * 0.99
    # an unreachable bound is never reported feasible
    res = optimize_limit(6, starts=[(p, th, rho, "cat")], margin=1e-4, delta=0.0, max_iter=5, comparison=0.99)
    assert not res[0].feasible


def test_rounds_are_reproducible_and_depend_on_the_seed():
    o = FrontierOptions(seed=5, k_min=4, k_max=8, batch=8)
    a = make_round(o, 0, [])
    b = make_round(o, 0, [])
    assert a == b
    assert {t.family for t in a} >= {"known-pair", "reflect", "lattice"}
    c = make_round(FrontierOptions(seed=6, k_min=4, k_max=8, batch=8), 0, [])
    assert [t.p for t in a] != [t.p for t in c]
    for t in a:  # reflection-symmetric starts really are symmetric
        if t.family in ("reflect", "lattice"):
            th = np.array(t.theta)
            m = t.k // 2
            assert np.allclose(th[0:2 * m:2], -th[1:2 * m:2])


def _tiny(**kw):
    base = dict(seed=1, k_min=4, k_max=5, margins=(1e-3,), batch=2, max_iter=10, known=False, digits=30)
    base.update(kw)
    return FrontierOptions(**base)


def test_run_start_is_deterministic():
    o = _tiny()
    t = make_round(o, 0, [])[0]
    r1, r2 = run_start(t, o), run_start(t, o)
    assert r1.path == r2.path and r1.config == r2.config


def test_resume_from_the_store(tmp_path):
    db = tmp_path / "f.db"
    o = _tiny()
    s1 = run_frontier(o, db=db, workers=1, max_rounds=1, realize_top=0)
    assert (s1.starts_run, s1.starts_skipped) == (2, 0)
    s2 = run_frontier(o, db=db, workers=1, max_rounds=2, realize_top=0)
    assert (s2.starts_run, s2.starts_skipped) == (2, 2)
    fresh = run_frontier(o, db=tmp_path / "g.db", workers=1, max_rounds=2, realize_top=0)
    st1, st2 = FrontierStore(db, o), FrontierStore(tmp_path / "g.db", o)
    try:
        assert [r.path for r in st1.results()] == [r.path for r in st2.results()]
    finally:
        st1.close()
        st2.close()
    assert fresh.starts_run == 4
    with pytest.raises(FrontierStoreError, match="other options"):
        FrontierStore(db, _tiny(seed=2))


def test_options_are_validated():
    with pytest.raises(InvalidParameterError, match="margins"):
        FrontierOptions(margins=(1e-12,))
    with pytest.raises(InvalidParameterError, match="margins"):
        FrontierOptions(margins=(1e-7, 1e-5))
    with pytest.raises(InvalidParameterError, match="k range"):
        FrontierOptions(k_min=9, k_max=8)


def test_cli_frontier(tmp_path):
    from cli import synctool

    runner = CliRunner()

    def search(args):
        return synctool, ["search"] + args

    r = runner.invoke(*search(["frontier", "--margins", "1e-12"]))
    assert r.exit_code == 2 and "margins" in r.output
    r = runner.invoke(*search(["frontier", "--margins", "abc"]))
    assert r.exit_code == 2
    db = str(tmp_path / "c.db")
    args = ["frontier", "--time-limit", "1", "--k-min", "4", "--k-max", "5", "--batch", "1", "--max-iter", "10",
            "--margins", "1e-3", "--no-known", "--workers", "1", "--db", db, "--json"]
    r = runner.invoke(*search(args))
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    assert doc["starts_run"] >= 1 and doc["options"]["k_max"] == 5
    r = runner.invoke(*search(args[:-3] + ["--seed", "3", "--db", db]))
    assert r.exit_code == 1 and "Error:" in r.output and "other options" in r.output


def test_plot_frontier_writes_a_figure(tmp_path):
    from synclib.record.frontier import FrontierResult
    from synclib.record.frontier_plot import plot_frontier

    r = FrontierResult("r0-0", 0, 0, 8, "known-pair", None, ((1e-7, 0.6915, True), (1e-8, 0.69153, True)),
                       0.69153, 1e-8, None, True)
    bad = FrontierResult("r0-1", 0, 1, 8, "reflect", None, ((1e-7, 0.7, False),), None, None, None, False)
    out = plot_frontier([r, bad.to_dict()], tmp_path / "f.png", spec_mu=0.6915)
    assert out.stat().st_size > 1000


def test_starts_below_the_floor_are_dropped_after_the_first_margin():
    o = FrontierOptions(seed=0, k_min=6, k_max=8, margins=(1e-4, 1e-5), batch=4, max_iter=200, known=False,
                        digits=30)
    t = make_round(o, 0, [])[2]  # a start that ends feasible at both margins (measured)
    assert t.floor is None  # no known point, no parents: every start is continued
    full = run_start(t, o)
    assert full.confirmed and len({m for m, _, _ in full.path}) == 2
    assert run_start(dataclasses.replace(t, floor=full.mu - 0.01), o).path == full.path
    high = run_start(dataclasses.replace(t, floor=full.mu + 0.01), o)
    assert {m for m, _, _ in high.path} == {1e-4} and not high.confirmed and "floor" in high.confirm["dropped"]
    assert high.config is None and high.mu == pytest.approx(full.path[0][1])
    # with the catalog point known, round 0's floor is its limit mu minus the gap
    ok = FrontierOptions(seed=0, batch=4, continue_gap=0.002)
    mu_cat = limit_quantities(*known_point("catalog-6"))["mu"]
    assert [t.floor for t in make_round(ok, 0, [])] == pytest.approx([mu_cat - 0.002] * 4)
