"""Tests of synclib.dynamics.basins: binomial intervals, basin fractions against an independent solve_ivp
integration of the same seeded starts, the Gaussian-in-q shape on k-nearest-neighbour rings
(Wiley, Strogatz & Girvan, Chaos 16, 015103, 2006), parallel/Dask reproducibility and `synctool basin`."""

from __future__ import annotations

import json
from collections import Counter

import sqlite3

import networkx as nx

import numpy as np
import pytest
from click.testing import CliRunner
from scipy import optimize, stats
from scipy.integrate import solve_ivp

from cli import synctool
from synclib.dynamics.basins import clopper_pearson_interval, estimate_basins, uniform_starts, wilson_interval
from synclib.dynamics.coupling import convergence_residual
from synclib.exceptions import InvalidParameterError
from synclib.dynamics.states import classify_state
from tests.synclib.naive_dynamics import uniform_start


# Newcombe (1998), Stat. Med. 17, 857-872, Table I: methods 3 (Wilson score) and 5 (Clopper-Pearson).
@pytest.mark.parametrize("k,n,wilson,exact", [
    (81, 263, (0.2553, 0.3662), (0.2527, 0.3676)),
    (15, 148, (0.0624, 0.1605), (0.0578, 0.1617)),
    (0, 20, (0.0, 0.1611), (0.0, 0.1684)),
    (1, 29, (0.0061, 0.1718), (0.0009, 0.1776)),
])
def test_intervals_match_newcombe_1998(k, n, wilson, exact):
    assert wilson_interval(k, n) == pytest.approx(wilson, abs=6e-5)
    assert clopper_pearson_interval(k, n) == pytest.approx(exact, abs=6e-5)


def test_interval_errors():
    with pytest.raises(InvalidParameterError, match="counts"):
        wilson_interval(5, 3)
    with pytest.raises(InvalidParameterError, match="confidence"):
        clopper_pearson_interval(1, 3, confidence=1.0)


def test_starts_are_the_kernel_streams():
    res = estimate_basins(nx.cycle_graph(6), trials=3, seed=4)
    starts = uniform_starts(6, res.seeds)
    for b, s in enumerate(res.seeds):
        np.testing.assert_allclose(starts[b], uniform_start(int(s), 6), atol=1e-15)


def _classify_by_solve_ivp(G, starts, t_end=600.0):
    """Independent high-accuracy integration: scipy DOP853 (rtol 1e-10, atol 1e-12) of all starts
    stacked in one system, with a plain numpy right-hand side."""
    A = nx.to_numpy_array(G)
    m, n = starts.shape

    def rhs(t, y):
        th = y.reshape(m, n)
        s, c = np.sin(th), np.cos(th)
        return (c * (s @ A) - s * (c @ A)).ravel()

    sol = solve_ivp(rhs, (0.0, t_end), starts.ravel(), method="DOP853", rtol=1e-10, atol=1e-12)
    final = sol.y[:, -1].reshape(m, n)
    return [classify_state(th).label for th in final], final


def test_basins_agree_with_solve_ivp_on_ring():
    """C_10 (stable twists |q| < n/4 = 2.5): our fractions vs DOP853 on the same seeded starts."""
    G = nx.cycle_graph(10)
    res = estimate_basins(G, trials=200, seed=2024, tol=1e-9)
    # every counted trial converged; residuals are reported and re-checked independently
    assert res.n_converged == 200 and np.all(res.residuals[res.converged] < 1e-9)
    ref_labels, final = _classify_by_solve_ivp(G, uniform_starts(10, res.seeds))
    for th in final:
        assert convergence_residual(G, th) < 1e-6  # the reference really ended at equilibria
    agree = np.mean([a == b for a, b in zip(res.labels, ref_labels)])
    assert agree >= 0.97
    ref = Counter(ref_labels)
    assert set(ref) <= {"sync", "twisted:1", "twisted:-1", "twisted:2", "twisted:-2"}
    for row in res.classes:
        assert row.ci_low <= ref[row.state] / 200 <= row.ci_high, row
    assert sum(r.count for r in res.classes) == 200
    assert res.fractions["sync"] > res.fractions.get("twisted:2", 0.0)


def _fit_shape(counts: dict[int, int], shape: str) -> tuple[float, float]:
    """Multinomial maximum-likelihood fit of p(q) ~ exp(-a g(q)) (g = q^2 or |q|) over the observed q
    range; returns the Pearson chi-square p-value with tails pooled to expected counts >= 5."""
    qs = np.arange(min(counts), max(counts) + 1)
    obs = np.array([counts.get(int(q), 0) for q in qs], dtype=float)
    g = qs.astype(float) ** 2 if shape == "gauss" else np.abs(qs).astype(float)
    total = obs.sum()

    def probs(a):
        w = np.exp(-a * g)
        return w / w.sum()

    nll = lambda a: -np.sum(obs * np.log(probs(a)))  # noqa: E731
    a = optimize.minimize_scalar(nll, bounds=(1e-4, 20), method="bounded").x
    exp = total * probs(a)
    # pool the tails symmetrically from both ends until every bin expects >= 5
    o, e = list(obs), list(exp)
    while e[0] < 5:
        e[1] += e.pop(0)
        o[1] += o.pop(0)
    while e[-1] < 5:
        e[-2] += e.pop()
        o[-2] += o.pop()
    chi2 = float(np.sum((np.array(o) - np.array(e)) ** 2 / np.array(e)))
    dof = len(o) - 2
    return a, float(stats.chi2.sf(chi2, dof))


def test_gaussian_in_q_on_k_nearest_neighbour_ring():
    """Wiley, Strogatz & Girvan 2006: on rings with k nearest neighbours the basin size of the
    q-twisted state is Gaussian in q.  Fit exp(-a q^2) and, as a control, exp(-a |q|)."""
    G = nx.circulant_graph(40, [1, 2])
    res = estimate_basins(G, trials=1000, seed=7)
    assert res.n_converged == 1000
    counts = Counter()
    for row in res.classes:
        assert row.state == "sync" or row.state.startswith("twisted:")
        counts[0 if row.state == "sync" else int(row.state.split(":")[1])] += row.count
    assert counts[1] > 100 and counts[2] > 10
    # symmetric in q -> -q
    for q in (1, 2):
        assert stats.binomtest(counts[q], counts[q] + counts[-q]).pvalue > 0.01
    a_gauss, p_gauss = _fit_shape(counts, "gauss")
    _, p_laplace = _fit_shape(counts, "laplace")
    assert p_gauss > 0.01
    assert p_laplace < 1e-4
    assert a_gauss > 0


def test_workers_and_dask_give_identical_results():
    G = nx.circulant_graph(12, [1, 2])
    base = estimate_basins(G, trials=24, seed=5)
    pooled = estimate_basins(G, trials=24, seed=5, workers=2)
    assert pooled.labels == base.labels and np.array_equal(pooled.residuals, base.residuals)
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, scheduler_port=0,
                      dashboard_address=None) as cluster:
        dask = estimate_basins(G, trials=24, seed=5, scheduler=cluster.scheduler_address)
    assert dask.labels == base.labels and np.array_equal(dask.residuals, base.residuals)
    assert dask.settings["scheduler"] == cluster.scheduler_address


def test_checkpoint_resume_gives_identical_result(tmp_path):
    G = nx.circulant_graph(12, [1, 2])
    path = tmp_path / "basin.sqlite"
    full = estimate_basins(G, trials=40, seed=8, checkpoint=path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM chunks").fetchone()[0] == full.settings["chunks"] > 2
    # simulate an interruption after two chunks were committed
    con.execute("DELETE FROM chunks WHERE chunk >= 2")
    con.commit()
    con.close()
    resumed = estimate_basins(G, trials=40, seed=8, checkpoint=path, workers=1)
    assert resumed.settings["chunks_resumed"] == 2
    assert resumed.labels == full.labels and np.array_equal(resumed.residuals, full.residuals)
    assert [c.to_dict() for c in resumed.classes] == [c.to_dict() for c in full.classes]
    with pytest.raises(InvalidParameterError, match="different graph, seed or settings"):
        estimate_basins(G, trials=40, seed=9, checkpoint=path)
    other = tmp_path / "other.txt"
    other.write_text("hello\n")
    with pytest.raises(InvalidParameterError, match="not a basin checkpoint"):
        estimate_basins(G, trials=40, seed=8, checkpoint=other)


def test_unconverged_trials_are_not_counted():
    G = nx.cycle_graph(30)  # slow relaxation: t_max = 1 is far too short
    res = estimate_basins(G, trials=10, seed=1, t_max=1.0, extend=0.0)
    assert res.n_converged == 0 and res.classes == ()
    assert set(res.labels) == {"unconverged"} and np.all(res.residuals > 1e-8)
    doc = res.to_dict()
    assert doc["unconverged"] == 10 and doc["max_residual_converged"] is None
    # the continuation rescues them
    res2 = estimate_basins(G, trials=10, seed=1, t_max=1.0, extend=3000.0)
    assert res2.n_converged == 10


def test_basin_argument_errors():
    G = nx.cycle_graph(5)
    with pytest.raises(InvalidParameterError, match="trials"):
        estimate_basins(G, trials=0)
    with pytest.raises(InvalidParameterError, match="ci"):
        estimate_basins(G, trials=2, ci="jeffreys")
    with pytest.raises(InvalidParameterError, match="workers"):
        estimate_basins(G, trials=2, workers=0)


def test_cli_basin_json(tmp_path):
    path = tmp_path / "ring.gml"
    nx.write_gml(nx.circulant_graph(16, [1, 2]), path)
    r = CliRunner().invoke(synctool, ["basin", str(path), "--trials", "60", "--seed", "3", "--json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    assert doc["trials"] == 60 and doc["converged"] == 60 and doc["max_residual_converged"] < 1e-8
    assert sum(row["fraction"] for row in doc["classes"]) == pytest.approx(1.0)
    for row in doc["classes"]:
        assert set(row) >= {"state", "fraction", "ci_low", "ci_high"}
        assert row["ci_low"] <= row["fraction"] <= row["ci_high"]
        assert row["state"] == "sync" or row["state"].startswith(("twisted:", "cluster:", "other"))
    r2 = CliRunner().invoke(synctool, ["basin", str(path), "--trials", "60", "--seed", "3"])
    assert r2.exit_code == 0 and "sync" in r2.output and "interval" in r2.output


def test_cli_basin_errors(tmp_path):
    r = CliRunner().invoke(synctool, ["basin", str(tmp_path / "none.gml")])
    assert r.exit_code == 1 and r.output.startswith("Error:") and isinstance(r.exception, SystemExit)
    bad = tmp_path / "two.gml"
    nx.write_gml(nx.path_graph(2), bad)
    r = CliRunner().invoke(synctool, ["basin", str(bad)])
    assert r.exit_code == 1 and "at least 3" in r.output
    r = CliRunner().invoke(synctool, ["basin", str(bad), "--workers", "0"])
    assert r.exit_code == 2
