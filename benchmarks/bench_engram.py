"""End-to-end benchmark of engram: manifest of NPZ files -> events, features, correlations (per mouse, in
parallel) -> classification, synchrony, clustering -> HTML report.

Default (short): 4 mice x 150 cells x 8 sessions x 2 min at 20 Hz. ``--full``: the issue's target,
10 mice x 300 cells x 8 sessions x 10 min at 20 Hz (under 2 minutes on 2 cores is the goal).

Baselines run in the same process and are printed as ratios:
* per-mouse stage with ``--workers`` processes vs. one process;
* the synchrony permutation null as one matrix product per block of permutations vs. a Python loop over
  permutations (timed on a few permutations of one mouse-session and extrapolated).

Data generation and writing are timed separately and not counted in the end-to-end time.
The machine may be shared: numbers are wall-clock as measured.

Usage: python benchmarks/bench_engram.py [--full] [--workers 2] [--permutations 100] [--trees 50] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from engram.classification import ClassifierParams, classify  # noqa: E402
from engram.clustering import cluster  # noqa: E402
from engram.features import feature_matrix  # noqa: E402
from engram.io.manifest import read_labels, read_manifest  # noqa: E402
from engram.io.npz import write_npz  # noqa: E402
from engram.pipeline import AnalysisParams, run  # noqa: E402
from engram.reporting import write_report  # noqa: E402
from engram.simulation import SessionSpec, SimulationConfig, simulate_mouse  # noqa: E402
from engram.synchrony_stats import SynchronyParams, _prepare, group_pair_means, synchrony  # noqa: E402

SESSIONS = tuple(
    SessionSpec(name, day, ctx, shock)
    for name, day, ctx, shock in (
        ("novel", 1, "A", None), ("conditioning", 2, "A", 120.0), ("recall", 3, "A", None),
        ("neutral", 3.5, "B", None), ("extinction1", 4, "A", None), ("extinction2", 5, "A", None),
        ("forgetting", 12, "A", None), ("relearning", 13, "A", 120.0),
    )
)


def make_data(directory: str, n_mice: int, n_cells: int, duration_s: float, seed: int) -> tuple[str, str]:
    cfg = SimulationConfig(n_mice=n_mice, n_cells=n_cells, sessions=SESSIONS, duration_s=duration_s,
                           ensemble_sessions=("recall", "relearning"), rate_session="conditioning")
    rng = np.random.default_rng(seed)
    rows, labels = [], []
    for m in range(n_mice):
        mouse = f"m{m + 1}"
        recs, lab = simulate_mouse(cfg, mouse, int(rng.integers(0, 2**63 - 1)))
        for r in recs:
            path = os.path.join(directory, mouse, f"{r.session}.npz")
            write_npz(path, r.traces, r.fps, r.deconvolved)
            rows.append(dict(mouse=mouse, session=r.session, day=r.day, context=r.context,
                             path=os.path.relpath(path, directory), format="npz",
                             shock_time_s="" if r.shock_time_s is None else r.shock_time_s))
        labels.append(lab)
    manifest = os.path.join(directory, "manifest.csv")
    labels_path = os.path.join(directory, "labels.csv")
    pd.DataFrame(rows).to_csv(manifest, index=False)
    pd.concat(labels).to_csv(labels_path, index=False)
    return manifest, labels_path


class CpuMeter:
    """CPU seconds (user + system) of this process and all its descendants, sampled in a thread.

    Worker processes that end between two samples lose at most one sampling interval of CPU time.
    """

    def __init__(self, interval: float = 0.25):
        import threading

        import psutil

        self._psutil = psutil
        self._me = psutil.Process()
        self._seen: dict[tuple[int, float], float] = {}
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._loop, args=(interval,), daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        procs = [self._me]
        try:
            procs += self._me.children(recursive=True)
        except self._psutil.Error:
            pass
        for pr in procs:
            try:
                t = pr.cpu_times()
                key = (pr.pid, pr.create_time())
                with self._lock:
                    self._seen[key] = t.user + t.system
            except self._psutil.Error:
                continue

    def _loop(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self._sample()

    def total(self) -> float:
        self._sample()
        with self._lock:
            return float(sum(self._seen.values()))

    def close(self) -> None:
        self._stop.set()


def naive_null(r0: np.ndarray, lab: np.ndarray, n_perm: int, rng) -> np.ndarray:
    """Baseline: loop over permutations, explicit pair means with boolean masks."""
    out = np.empty(n_perm)
    n = lab.size
    off = ~np.eye(n, dtype=bool)
    for i in range(n_perm):
        perm = rng.permutation(lab)
        e = perm == 1
        out[i] = r0[np.ix_(e, e)][off[np.ix_(e, e)]].mean() - r0[np.ix_(~e, ~e)][off[np.ix_(~e, ~e)]].mean()
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="10 mice x 300 cells x 8 sessions x 10 min")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--permutations", type=int, default=100, help="classifier label permutations")
    ap.add_argument("--sync-permutations", type=int, default=1000)
    ap.add_argument("--trees", type=int, default=50, help="trees in the random forest (the library default)")
    ap.add_argument("--no-serial", action="store_true", help="skip the single-process baseline of the mouse stage")
    ap.add_argument("--keep", default=None, help="directory to keep the data and report in")
    args = ap.parse_args(argv)
    n_mice, n_cells, dur = (10, 300, 600.0) if args.full else (4, 150, 120.0)
    root = args.keep or tempfile.mkdtemp(prefix="bench_engram_")
    data_dir = os.path.join(root, "data")
    print(f"size: {n_mice} mice x {n_cells} cells x {len(SESSIONS)} sessions x {dur:g} s at 20 Hz; "
          f"workers {args.workers}; os.cpu_count {os.cpu_count()}; load average {os.getloadavg()[0]:.1f}")
    t = time.perf_counter()
    manifest, labels_path = os.path.join(data_dir, "manifest.csv"), os.path.join(data_dir, "labels.csv")
    if os.path.isfile(manifest) and len(pd.read_csv(manifest)) == n_mice * len(SESSIONS):
        print("reusing the data in", data_dir)
    else:
        manifest, labels_path = make_data(data_dir, n_mice, n_cells, dur, seed=1)
        print(f"generate + write npz: {time.perf_counter() - t:.1f} s (not counted)")
    shutil.rmtree(os.path.join(root, "cache"), ignore_errors=True)

    timings = {}
    cpu = {}
    meter = CpuMeter()
    t0 = time.perf_counter()
    c0 = c_last = meter.total()

    def mark(name: str, start: float) -> None:
        nonlocal c_last
        timings[name] = time.perf_counter() - start
        c = meter.total()
        cpu[name] = c - c_last
        c_last = c

    man = read_manifest(manifest)
    labels = read_labels(labels_path)
    t = time.perf_counter()
    data = run(man, labels, AnalysisParams(), workers=args.workers, cache_dir=os.path.join(root, "cache"))
    mark("load+events+features+corr (parallel)", t)
    t = time.perf_counter()
    X, y = feature_matrix(data.tidy, data.labels, sessions=data.sessions)
    cres = classify(X, y, ClassifierParams(n_permutations=args.permutations, n_estimators=args.trees), seed=0,
                    n_jobs=args.workers,
                    events=data.events_record())
    mark(f"classify ({args.permutations} permutations, {args.trees} trees)", t)
    t = time.perf_counter()
    sres = synchrony(data, SynchronyParams(n_permutations=args.sync_permutations), seed=0, n_jobs=args.workers)
    mark(f"synchrony ({args.sync_permutations} permutations)", t)
    t = time.perf_counter()
    kres = cluster(data)
    mark("cluster", t)
    t = time.perf_counter()
    path = write_report(os.path.join(root, "report"), data, cres, sres, kres)
    mark("report", t)
    total = time.perf_counter() - t0
    cpu_total = meter.total() - c0
    meter.close()
    print(f"  {'stage':<42} {'wall s':>8} {'CPU s':>8}")
    for k, v in timings.items():
        print(f"  {k:<42} {v:8.1f} {cpu[k]:8.1f}")
    print(f"END TO END: {total:.1f} s wall, {cpu_total:.1f} CPU s (target < 120 s on 2 cores); "
          f"load average now {os.getloadavg()[0]:.1f}")
    print(f"  CPU s / 2 = {cpu_total / 2:.1f} s: the wall time on 2 otherwise idle cores if the work "
          "parallelised perfectly (an estimate, not a measurement)")
    print(f"  report: {path}")
    print(f"  AUC {cres.auc:.3f} p {cres.p_value:.3g} top session {cres.top_session} (planted: conditioning)")
    tab = sres.table().set_index("session")
    print("  synchrony p_matched:", {s: round(v, 4) for s, v in tab["p_value_matched"].items()},
          "(planted: recall, relearning)")

    # baseline 1: the per-mouse stage in one process (fresh, no cache)
    if not args.no_serial and args.workers > 1:
        t = time.perf_counter()
        run(man, labels, AnalysisParams(), workers=1)
        serial = time.perf_counter() - t
        par = timings["load+events+features+corr (parallel)"]
        print(f"per-mouse stage: serial {serial:.1f} s vs {args.workers} workers {par:.1f} s -> speed-up {serial / par:.2f}x")
    # baseline 2: vectorised permutation null vs Python loop, one mouse-session
    s0 = data.mice[0].sessions[0]
    r0, lab, _ = _prepare(s0.corr, s0.labels, s0.rates)
    rng = np.random.default_rng(0)
    n_small = 50
    t = time.perf_counter()
    naive_null(r0, lab, n_small, rng)
    t_naive = (time.perf_counter() - t) / n_small
    from engram.synchrony_stats import _random_labels

    t = time.perf_counter()
    group_pair_means(r0, _random_labels(rng, lab.size, int(lab.sum()), args.sync_permutations))
    t_fast = (time.perf_counter() - t) / args.sync_permutations
    print(f"permutation null per permutation ({lab.size} cells): loop {t_naive * 1e3:.3f} ms vs matrix "
          f"{t_fast * 1e3:.3f} ms -> {t_naive / t_fast:.1f}x")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
