"""Benchmark: the published approach against our sweep, on the same n range, in one process.

(a) Baseline, a faithful re-implementation of the published method (Yoneda, Tatsukawa & Teramae,
    Chaos 31, 063124, 2021; github.com/yonesuke/DenseSync): for every (n, q), build the program with
    n - 1 binaries, symmetry equalities a_k = a_{n-k} and n - 1 eigenvalue rows
    (:func:`synclib.circulant.program.published_program`), solve it with CBC through PuLP, 60 s limit. Running all
    ~90,000 problems would take days, so we time a stratified random sample of (n, q) and EXTRAPOLATE
    the total over the whole range with a power-law fit t(n) = a n^b (least squares in log-log), summed
    over every (n, q). The printout says so.
(b) Ours: :func:`synclib.circulant.sweep.run_sweep` over the same range (one problem per divisor class, exact
    closed form certified, every (n, q) reported), with the SQLite store, followed by building the full
    twist table; all of it is timed. Then, separately timed, the optional re-certification of every
    (n, q) row's own connection set at its own twist (``synctool sweep --verify-all``).

Prints both and the ratio. Default: n <= 600, 12 baseline samples (a couple of minutes at most).
``--full`` adds the n <= 2000 sweep (goal: < 15 min on 2 cores). The machine may be shared: numbers are
as measured, wall clock.

Usage::

    python benchmarks/bench_sweep.py [--n-max 600] [--samples 12] [--workers 2] [--full] [--seed 0]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synclib.circulant.program import published_program  # noqa: E402
from synclib.circulant.solvers import solve_binary_program  # noqa: E402
from synclib.circulant.sweep import divisor_classes, run_sweep  # noqa: E402


def baseline_sample(n_max: int, samples: int, seed: int, time_limit: float) -> list[tuple[int, int, float, str]]:
    """Time the published formulation + CBC on a stratified random sample of (n, q)."""
    rng = np.random.default_rng(seed)
    edges = np.linspace(5, n_max + 1, samples + 1).astype(int)
    out = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        n = int(rng.integers(lo, max(lo + 1, hi)))
        q = int(rng.integers(1, n // 2 + 1))
        t0 = time.perf_counter()
        outcome = solve_binary_program(published_program(n, q), solver="cbc", time_limit=time_limit)
        seconds = time.perf_counter() - t0
        out.append((n, q, seconds, outcome.status))
        print(f"  baseline sample (n={n:4d}, q={q:4d}): {seconds:7.2f} s  status {outcome.status}", flush=True)
    return out


def extrapolate(sample: list[tuple[int, int, float, str]], n_min: int, n_max: int, time_limit: float) -> float:
    """Total seconds over every (n, q), n_min..n_max, from a power-law fit of the sampled times."""
    ns = np.array([s[0] for s in sample], dtype=float)
    ts = np.array([s[2] for s in sample], dtype=float)
    b, log_a = np.polyfit(np.log(ns), np.log(ts), 1)
    n_all = np.arange(n_min, n_max + 1, dtype=float)
    per_problem = np.minimum(np.exp(log_a) * n_all ** b, time_limit)
    return float(np.sum((n_all // 2) * per_problem)), float(b)


def our_sweep(n_max: int, workers: int, verify_twists: bool = False):
    """Time the sweep (with its store) and the table; optionally also re-certify every (n, q) row."""
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        res = run_sweep(range(5, n_max + 1), workers=workers, db=os.path.join(tmp, "bench.sqlite"))
        t_sweep = time.perf_counter() - t0
        table = res.table()
        t_total = time.perf_counter() - t0
        t_verify = None
        if verify_twists:
            t1 = time.perf_counter()
            checked = res.table(verify_twists=True)
            t_verify = time.perf_counter() - t1
            with_net = int(checked["degree"].notna().sum())
            assert int(checked["verified"].fillna(False).sum()) == with_net, "a row failed re-certification"
    summary = res.summary()
    assert summary["all_proven_optimal"], "some class is not proven optimal"
    assert len(table) == sum(n // 2 for n in range(5, n_max + 1))
    return t_sweep, t_total, len(res.classes), len(table), summary, t_verify


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n-max", type=int, default=600, help="largest n of the compared range (default 600)")
    ap.add_argument("--samples", type=int, default=12, help="baseline problems to time (default 12)")
    ap.add_argument("--time-limit", type=float, default=60.0, help="CBC limit per baseline problem (60 s)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes for our sweep (default 2)")
    ap.add_argument("--full", action="store_true", help="also time our sweep for n <= 2000")
    ap.add_argument("--full-n-max", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.n_max < 5 or args.samples < 2:
        ap.error("need --n-max >= 5 and --samples >= 2")

    print(f"machine: {os.cpu_count()} cores (shared with other jobs; wall-clock times as measured)")
    n_twists = sum(n // 2 for n in range(5, args.n_max + 1))
    n_classes = sum(len(divisor_classes(n)) for n in range(5, args.n_max + 1))
    print(f"range: n = 5..{args.n_max}: {n_twists} (n, q) problems, {n_classes} divisor classes")

    print(f"(a) published formulation + CBC ({args.time_limit:g} s limit), {args.samples} sampled problems:")
    sample = baseline_sample(args.n_max, args.samples, args.seed, args.time_limit)
    sampled = sum(s[2] for s in sample)
    total_base, exponent = extrapolate(sample, 5, args.n_max, args.time_limit)
    print(f"    sampled {len(sample)} problems in {sampled:.1f} s; fit t(n) ~ n^{exponent:.2f}")
    print(f"    EXTRAPOLATED to all {n_twists} problems: {total_base:,.0f} s = {total_base / 3600:.1f} h "
          f"(single CBC process; not run in full)")

    print(f"(b) our sweep, {args.workers} workers, SQLite store, every (n, q) reported and verified:")
    t_sweep, t_total, nc, nrows, summary, t_verify = our_sweep(args.n_max, args.workers, verify_twists=True)
    best = summary["best"]
    print(f"    {nc} classes solved in {t_sweep:.2f} s; table of {nrows} rows built, total {t_total:.2f} s "
          f"(goal < 30 s for n <= 600)")
    print(f"    optional re-certification of every row's own set at its own twist (--verify-all): "
          f"+{t_verify:.2f} s, all rows with a network certified")
    print(f"    best: n = {best['n']}, q = {best['q']}, degree {best['degree']}, mu = {best['mu']:.6f}")
    ratio = total_base / t_total
    print(f"ratio (extrapolated baseline / ours, wall clock): {ratio:,.0f}x  (goal >= 1000x)")
    print(f"ratio per core (baseline on 1 core vs ours x {args.workers} cores): {ratio / args.workers:,.0f}x")

    if args.full:
        print(f"(c) our sweep for n <= {args.full_n_max}, {args.workers} workers:")
        t_sweep, t_total, nc, nrows, summary, _ = our_sweep(args.full_n_max, args.workers)
        best = summary["best"]
        print(f"    {nc} classes in {t_sweep:.1f} s; {nrows} rows; total {t_total:.1f} s = {t_total / 60:.2f} min "
              f"(goal < 15 min)")
        print(f"    best: n = {best['n']}, q = {best['q']}, degree {best['degree']}, mu = {best['mu']:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
