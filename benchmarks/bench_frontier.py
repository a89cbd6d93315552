"""Benchmark of one frontier start (synclib.record.fractional.optimize_limit with the comparison
constraint, margin 1e-7, max_iter 300) on seeded reflection-symmetric starts, all in this process:

* baseline: the full space with the gradients of ``tests/synclib/naive_fractional.py`` (eigenvector
  loops, the comparison gradients recomputing limit_gradients on every call) -- the solver before
  this benchmark was added;
* full: the full space with the vectorised, cached gradients;
* symmetric: the reflection-invariant subspace (``symmetric=True``), as ``search frontier`` runs.

Reports CPU seconds per start, the fraction of starts that end feasible and CPU seconds per feasible
start, with ratios to the baseline. BLAS is limited to one thread (as in the search's workers).

Run: ``python benchmarks/bench_frontier.py`` (k = 8, 20 starts, a few minutes) or ``--small``.
The machine is usually shared: read the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synclib.record import fractional as F  # noqa: E402
from synclib.record.frontier import reflect_start  # noqa: E402
from tests.synclib import naive_fractional as naive  # noqa: E402


def _naive_limit_gradients(p, theta, rho):
    g = _vectorised_limit_gradients(p, theta, rho)
    g["lam"], g["gL"] = naive.eigen_gradients(p, theta, rho)
    return g


_vectorised_limit_gradients = F.limit_gradients


def _naive_comparison(p, theta, rho, partial, *, limit=None):
    return naive.comparison_gradients(p, theta, rho, partial)


def run(mode: str, starts) -> tuple[float, int]:
    cpu, feasible = 0.0, 0
    for p, th, rho in starts:
        t = time.process_time()
        if mode == "baseline":
            with mock.patch.object(F, "limit_gradients", _naive_limit_gradients), \
                    mock.patch.object(F, "comparison_gradients", _naive_comparison):
                r = F.optimize_limit(p.size, starts=[(p, th, rho, "b")], margin=1e-7, delta=0.0, max_iter=300,
                                     comparison=0.05)[0]
        else:
            r = F.optimize_limit(p.size, starts=[(p, th, rho, "b")], margin=1e-7, delta=0.0, max_iter=300,
                                 comparison=0.05, symmetric=mode == "symmetric")[0]
        cpu += time.process_time() - t
        feasible += bool(r.feasible)
    return cpu, feasible


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", action="store_true", help="6 starts instead of 20")
    ap.add_argument("--k", type=int, default=8)
    args = ap.parse_args()
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:
        pass
    rng = np.random.default_rng(1)
    starts = [reflect_start(args.k, rng) for _ in range(6 if args.small else 20)]
    rows = {}
    for mode in ("baseline", "full", "symmetric"):
        rows[mode] = run(mode, starts)
    b_cpu, b_feas = rows["baseline"]
    b_per = b_cpu / max(b_feas, 1)
    print(f"k = {args.k}, {len(starts)} reflection-symmetric starts, margin 1e-7, comparison 0.05")
    print(f"{'mode':10s} {'s/start':>8s} {'feasible':>9s} {'s/feasible':>11s} {'speed-up/start':>15s} "
          f"{'speed-up/feasible':>18s}")
    for mode, (cpu, feas) in rows.items():
        per = cpu / max(feas, 1)
        print(f"{mode:10s} {cpu / len(starts):8.3f} {feas:4d}/{len(starts):<4d} {per:11.3f} "
              f"{b_cpu / cpu:15.1f} {b_per / per:18.1f}")


if __name__ == "__main__":
    main()
