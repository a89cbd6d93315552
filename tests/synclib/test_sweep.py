"""Tests of synclib.circulant.sweep and `synctool sweep`: the gcd reduction against direct MILP solves, the fast
knapsack against the exact closed form, the n <= 600 table against an independent per-class formula,
local pool / serial / Dask equality, SIGKILL + resume, and the command's output and errors.

Reference values: Yoneda, Tatsukawa & Teramae, Chaos 31, 063124 (2021) as recomputed in the project's
science note (shared/science/synchrony.md): (19,1) -> S={1..5}; (38,2) -> 23; (190,10) -> 127;
(1900,100) -> 1297; best over n <= 600: n = 544, q = 34, degree 371; (18,3) -> 8; (40,5) -> 25.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from cli import synctool
from synclib.certify.twisted import certify_twisted
from synclib.circulant.solve import solve_circulant
from synclib.circulant.closed_form import theorem1_degree
from synclib.exceptions import InvalidParameterError
from synclib.exceptions import SchedulerUnavailableError
from synclib.circulant.sweep import (best_per_n, certify_twists_batch, class_upper_bound,
                           divisor_classes, parse_n_range, run_sweep, solve_class, twist_table)

EPS = 1e-5


def _table_key(df):
    """The content of a twist table that must not depend on how it was computed."""
    return df[["n", "q", "m", "status", "degree", "mu_fraction", "certified", "optimality_proven"]].astype(str)


# ------------------------------------------------------------------ small pieces
def test_parse_n_range():
    assert parse_n_range("5:600") == range(5, 601)
    assert parse_n_range(" 7 ") == range(7, 8)
    for bad, word in (("600:5", "larger"), ("3:10", ">= 5"), ("a:b", "A:B"), ("5:6:7", "A:B"), ("", "A:B")):
        with pytest.raises(InvalidParameterError, match=word):
            parse_n_range(bad)


def test_divisor_classes_are_the_divisors_with_quotient_at_least_5():
    for n in range(5, 200):
        expect = [m for m in range(1, n + 1) if n % m == 0 and n // m >= 5]
        assert divisor_classes(n) == expect


@pytest.mark.parametrize("n, m, degree", [(18, 3, 8), (40, 5, 25), (544, 34, 371), (1900, 100, 1297)])
def test_class_upper_bound_is_attained_by_its_items(n, m, degree):
    """The bound equals the science note's optimum, and the distances it chooses are a circulant of that
    degree whose m-twisted state is certified stable with margin eps: the bound is attained. No
    distance can be added to it (each addition would beat the optimum)."""
    got, items, how = class_upper_bound(n, m, eps=EPS)
    assert got == degree and how == "float-certified"
    assert sum(1 if 2 * k == n else 2 for k in items) == degree
    assert certify_twisted(n, items, m).certified_upper_bound <= -EPS
    for k in sorted(set(range(1, n // 2 + 1)) - set(items))[:50]:
        assert certify_twisted(n, [*items, k], m).certified_upper_bound > -EPS, k


@pytest.mark.parametrize("n, q, degree", [(19, 1, 10), (38, 2, 23), (190, 10, 127), (544, 34, 371),
                                          (18, 3, 8), (40, 5, 25), (1900, 100, 1297)])
def test_reference_values(n, q, degree):
    r = solve_class(n, math.gcd(n, q))
    assert r.degree == degree and r.status == "optimal" and r.optimality_proven and r.certified
    if (n, q) == (19, 1):
        assert r.connection_set == (1, 2, 3, 4, 5)
    if (n, q) == (1900, 100):
        assert r.max_eigenvalue == pytest.approx(-0.768, abs=1e-3)


def test_solve_class_rejects_non_classes():
    with pytest.raises(InvalidParameterError):
        solve_class(20, 3)
    with pytest.raises(InvalidParameterError):
        solve_class(20, 5)  # n/m = 4 < 5
    with pytest.raises(InvalidParameterError, match="method"):
        solve_class(20, 1, method="brute")


# ------------------------------------------------------------------ the gcd reduction
def test_gcd_reduction_against_direct_milp_solves_for_every_twist():
    """Every (n, q), n = 5..26 and n = 36, 40: a direct MILP solve of (n, q) (HiGHS, no reduction)
    gives the same status and degree as the sweep's class, and the sweep's set for q, mapped from the
    class representative by a unit, is itself certified stable at twist q."""
    ns = list(range(5, 27)) + [36, 40]
    res = run_sweep(ns, workers=1)
    table = res.table(include_sets=True).set_index(["n", "q"])
    checked = 0
    for n in ns:
        for q in range(1, n // 2 + 1):
            direct = solve_circulant(n, q, method="milp", solver="highs")
            row = table.loc[(n, q)]
            if n // math.gcd(n, q) < 5:
                assert direct.status == "infeasible" and row["status"] == "infeasible", (n, q)
                continue
            assert direct.status == "optimal" and direct.certified, (n, q)
            assert row["degree"] == direct.degree, (n, q, row["degree"], direct.degree)
            S = [int(k) for k in row["connection_set"].split()]
            assert sum(1 if 2 * k == n else 2 for k in S) == direct.degree
            check = certify_twisted(n, S, q)
            assert check.certified_upper_bound <= -EPS, (n, q, S)
            checked += 1
    assert checked > 150


def test_batch_certifier_agrees_with_certify_twisted():
    """The batched re-certification (one matrix product per n) against its one-at-a-time twin, on
    optimal sets (stable), optimal sets plus one distance (mostly unstable) and random sets."""
    rng = np.random.default_rng(7)
    res = run_sweep([19, 24, 38, 40, 60, 97, 128], workers=1)
    table = res.table(include_sets=True)
    stable = unstable = 0
    for n in res.ns:
        rows = table[(table.n == n) & table.degree.notna()]
        qs, sets = [], []
        for q, text in zip(rows.q, rows.connection_set):
            S = [int(k) for k in text.split()]
            extra = sorted(set(S) | {int(rng.integers(1, n // 2 + 1))})
            rand = sorted(set(rng.integers(1, n // 2 + 1, size=int(rng.integers(1, n // 2 + 1))).tolist()))
            qs += [int(q)] * 3
            sets += [S, extra, rand]
        for eps in (EPS, 0.0):
            got = certify_twists_batch(n, qs, sets, eps=eps)
            for q, S, g in zip(qs, sets, got):
                c = certify_twisted(n, S, q)
                want = c.certified_upper_bound <= -eps if eps else c.certified_upper_bound < 0
                assert bool(g) == bool(want), (n, q, S)
                stable += bool(want)
                unstable += not want
    assert stable > 100 and unstable > 100


def test_verify_all_recertifies_every_row(tmp_path):
    result = CliRunner().invoke(synctool, ["sweep", "--n", "5:80", "--db", str(tmp_path / "v.sqlite"),
                                           "--verify-all", "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    summary, rows = payload["summary"], payload["rows"]
    assert summary["rows_verified"] == summary["rows_with_network"] == sum(r["degree"] is not None for r in rows)
    assert all(r["verified"] is (True if r["degree"] is not None else None) for r in rows)


# ------------------------------------------------------------------ the n <= 600 table
def _theorem1_float(n: int, m: int) -> int:
    """Theorem 1 of Yoneda et al. 2021 as published, in float64, exact where a ceiling is too close."""
    N = n // m
    l = np.arange(N)
    c = np.cos(2 * np.pi * l / N)
    b = -c * (1 - c)
    s = np.cumsum(b[1:])  # s[k-1] = b_1 + ... + b_k
    kc = int(np.argmax(s >= -1e-12)) + 1
    x = -m * s[kc - 2] / b[kc] - 1 if kc >= 2 else -1.0
    if abs(x - round(x)) < 1e-7:
        return theorem1_degree(n, m)  # exact arithmetic decides the ceiling
    return 2 * m * (kc - 1) + (m - 1) + 2 * math.ceil(x)


def test_n600_table_matches_independent_per_class_optimum():
    res = run_sweep(range(5, 601), workers=2)
    assert len(res.classes) == sum(len(divisor_classes(n)) for n in range(5, 601))
    assert all(c.optimality_proven and c.status == "optimal" for c in res.classes)
    # independent check: the published closed formula, differing from the true optimum only for
    # N~ = 8 with m odd (the unpaired distance n/2, science note); those classes go to a MILP
    differ = []
    for c in res.classes:
        t = _theorem1_float(c.n, c.m)
        if t != c.degree:
            differ.append((c.n, c.m, c.degree, t))
    assert differ and all(n // m == 8 and m % 2 == 1 and d == t + 1 for n, m, d, t in differ), differ
    for n, m, d, _ in differ[:6]:
        assert solve_circulant(n, m, method="milp", solver="highs").degree == d
    table = res.table()
    assert len(table) == sum(n // 2 for n in range(5, 601))
    assert table["degree"].notna().sum() + (table["status"] == "infeasible").sum() == len(table)
    best = res.summary()["best"]
    assert (best["n"], best["q"], best["degree"]) == (544, 34, 371)
    row = table[(table.n == 544) & (table.q == 34)].iloc[0]
    assert row["degree"] == 371 and row["mu_fraction"] == "371/543"
    # Every q with gcd(n, q) = m carries the class's degree
    by_class = {(c.n, c.m): c.degree for c in res.classes}
    sample = table.sample(2000, random_state=0)
    for n, q, d in zip(sample.n, sample.q, sample.degree):
        m = math.gcd(int(n), int(q))
        assert (d is None or d is np.nan or str(d) == "<NA>") if n // m < 5 else d == by_class[(n, m)]


# ------------------------------------------------------------------ modes and executors
def test_force_milp_gives_the_same_table_as_the_closed_form():
    auto = run_sweep(range(5, 41), workers=1)
    milp = run_sweep(range(5, 41), method="milp", solver="highs", workers=1)
    assert all(c.method == "milp" for c in milp.classes)
    assert _table_key(auto.table()).equals(_table_key(milp.table()))


def test_best_mode_prunes_and_agrees_with_the_full_sweep():
    full = run_sweep(range(5, 201), workers=1)
    best = run_sweep(range(5, 201), q="best", workers=1)
    assert best.solved_now < len(full.classes) / 2
    assert len(full.table()) == sum(n // 2 for n in range(5, 201))
    want = best_per_n(full.classes)
    got = best.table()
    assert list(got.n) == list(want)
    assert [int(d) for d in got.degree] == [c.degree for c in want.values()]
    assert list(got.q) == [c.m for c in want.values()]


def test_process_pool_equals_serial(tmp_path):
    serial = run_sweep(range(5, 150), workers=1)
    pooled = run_sweep(range(5, 150), workers=2, db=tmp_path / "s.sqlite")
    assert _table_key(serial.table()).equals(_table_key(pooled.table()))
    assert pooled.solved_now == len(pooled.classes)


def test_dask_local_cluster_gives_the_same_table(tmp_path):
    distributed = pytest.importorskip("distributed")
    local = run_sweep(range(5, 130), workers=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://",
                                  host="127.0.0.1", scheduler_port=0, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        dask = run_sweep(range(5, 130), scheduler=address, db=tmp_path / "d.sqlite")
    assert dask.workers == address
    assert _table_key(local.table()).equals(_table_key(dask.table()))


@pytest.fixture
def refused_address():
    """A TCP address nobody can connect to: a socket bound to a port the OS chose and kept open without
    listening, so no other process can take the port while the test runs (connections are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield f"tcp://127.0.0.1:{s.getsockname()[1]}"


def test_unreachable_scheduler_fails_and_writes_nothing(tmp_path, refused_address):
    db = tmp_path / "never.sqlite"
    with pytest.raises(SchedulerUnavailableError, match="cannot connect"):
        run_sweep(range(5, 20), scheduler=refused_address, db=db, connect_timeout=1)
    assert not db.exists()
    result = CliRunner().invoke(synctool, ["sweep", "--n", "5:20", "--db", str(db), "--connect-timeout", "1",
                                           "--scheduler", refused_address])
    assert result.exit_code == 1 and "cannot connect to a Dask scheduler" in result.output
    assert isinstance(result.exception, SystemExit) and not db.exists()


# ------------------------------------------------------------------ SIGKILL and resume
def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM problems").fetchone()[0]
    except sqlite3.Error:
        return 0


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(x) for x in path.read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_sigkill_mid_sweep_then_restart_gives_the_identical_table(tmp_path):
    db = tmp_path / "killed.sqlite"
    exe = shutil.which("synctool", path=str(Path(sys.executable).parent)) or shutil.which("synctool")
    assert exe, "the synctool console script is not installed"
    total = sum(len(divisor_classes(n)) for n in range(5, 351))
    proc = subprocess.Popen([exe, "sweep", "--n", "5:350", "--db", str(db), "--workers", "2", "--json"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            cwd=tmp_path)
    children: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and _count(db) < 100 and proc.poll() is None:
            time.sleep(0.01)
        children = _children(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)  # kill -9 of the sweep itself, mid-way
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        # its pool workers die with it (PR_SET_PDEATHSIG), no orphan keeps running
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(c) for c in children):
            time.sleep(0.05)
        assert not any(_alive(c) for c in children), children
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # clean up whatever is left of our process group
        except ProcessLookupError:
            pass
        proc.wait(timeout=30)
    before = _count(db)
    assert 100 <= before < total, before
    result = CliRunner().invoke(synctool, ["sweep", "--n", "5:350", "--db", str(db), "--workers", "2", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)["summary"]
    assert summary["from_store"] == before and summary["solved_now"] == total - before  # no work repeated
    with sqlite3.connect(db) as conn:
        n_rows, n_distinct = conn.execute("SELECT count(*), count(DISTINCT n || ':' || m) FROM problems").fetchone()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert n_rows == n_distinct == total
    fresh = run_sweep(range(5, 351), workers=1)
    resumed = run_sweep(range(5, 351), db=db, workers=1)
    assert resumed.solved_now == 0
    assert _table_key(resumed.table()).equals(_table_key(fresh.table()))
    got = json.loads(result.output)["rows"]
    assert len(got) == len(fresh.table())


# ------------------------------------------------------------------ the command
def test_cli_sweep_csv_json_and_plot(tmp_path):
    out = tmp_path / "t.csv"
    png = tmp_path / "fig.png"
    db = tmp_path / "c.sqlite"
    result = CliRunner().invoke(synctool, ["sweep", "--n", "5:60", "--db", str(db), "--csv", str(out), "--plot",
                                           str(png), "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)  # one JSON document, nothing else on stdout
    assert payload["summary"]["rows"] == len(payload["rows"]) == sum(n // 2 for n in range(5, 61))
    import pandas as pd

    csv = pd.read_csv(out)
    assert {"n", "q", "status", "degree", "mu"} <= set(csv.columns)
    assert len(csv) == len(payload["rows"])
    r = csv[(csv.n == 19) & (csv.q == 1)].iloc[0]
    assert r.degree == 10 and r.status == "optimal" and r.mu == pytest.approx(10 / 18)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = CliRunner().invoke(synctool, ["sweep", "--n", "5:60", "--db", str(db), "--q", "divisors"])
    assert text.exit_code == 0 and "0 solved now" in text.output and "best:" in text.output


def test_cli_sweep_sets_column_and_best_mode(tmp_path):
    result = CliRunner().invoke(synctool, ["sweep", "--n", "19:19", "--db", str(tmp_path / "x.sqlite"),
                                           "--sets", "--json", "--workers", "1"])
    rows = json.loads(result.output)["rows"]
    assert [r["connection_set"] for r in rows if r["q"] == 1] == ["1 2 3 4 5"]
    result = CliRunner().invoke(synctool, ["sweep", "--n", "540:545", "--q", "best", "--json",
                                           "--db", str(tmp_path / "b.sqlite"), "--workers", "1"])
    rows = json.loads(result.output)["rows"]
    assert [(r["n"], r["q"], r["degree"]) for r in rows if r["n"] == 544] == [(544, 34, 371)]


@pytest.mark.parametrize("args, word", [
    (["--n", "600:5"], "larger"), (["--n", "3:10"], ">= 5"), (["--n", "5-10"], "A:B"), (["--n", "x"], "A:B"),
    (["--n", "5:10", "--workers", "0"], "workers"), (["--n", "5:10", "--q", "some"], "--q"),
    (["--n", "5:10", "--solver", "gurobi"], "--solver"), ([], "--n"),
    (["--n", "5:10", "--scheduler", "nonsense"], "malformed"),
    (["--n", "5:10", "--scheduler", "tcp://h:x"], "malformed"),
    (["--n", "5:10", "--scheduler", "tcp://h:99999"], "malformed"),
])
def test_cli_sweep_usage_errors(args, word, tmp_path):
    result = CliRunner().invoke(synctool, ["sweep", "--db", str(tmp_path / "u.sqlite"), *args])
    assert result.exit_code == 2, result.output
    assert word in result.output and "Traceback" not in result.output
    assert not (tmp_path / "u.sqlite").exists()


def test_twist_table_reports_an_incomplete_sweep():
    res = run_sweep(range(20, 22), workers=1)
    with pytest.raises(Exception, match="incomplete"):
        twist_table(res.classes[:-1], res.ns)


def test_auto_never_builds_a_milp_beyond_its_size_limit(monkeypatch):
    import synclib.circulant.sweep as sweep

    real = sweep.certify_solution
    monkeypatch.setattr(sweep, "certify_solution", lambda n, S, q, eps: (real(n, S, q, eps)[0], False))
    monkeypatch.setattr(sweep, "MAX_N", {**sweep.MAX_N, "milp": 10})

    def no_milp(*a, **kw):
        raise AssertionError("the MILP must not be built beyond MAX_N['milp']")

    monkeypatch.setattr(sweep, "solve_binary_program", no_milp)
    r = sweep.solve_class(19, 1)
    assert r.status == "uncertified" and r.certified is False and not r.optimality_proven
    assert "too large for the MILP" in r.message
