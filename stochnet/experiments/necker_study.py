"""The Necker experiment as a study: dominance-duration statistics over a grid of model and
presentation parameters, and the emergence of alternation over several seeds.

Grid axes (:data:`AXES`): ``n_synapses`` (synapses per connection ``M``), ``q0`` (prior log-odds of
a synapse), ``amplitude`` (the DSNN's ``amplitude_scale``), ``temperature`` and
``presentation_noise`` (presentation conditions of
:class:`~stochnet.experiments.necker_presenter.NeckerPresenter`). Every point is one
:class:`~stochnet.experiments.necker.NeckerExperiment` on the base options (no emergence
checkpoints; Levelt conditions ``c_B = 1`` and the weaker contrast, for Levelt II) and yields: the
number of dominance durations, gamma shape and scale with bootstrap intervals over probe chains,
the parametric-bootstrap goodness-of-fit p-value of the gamma, AIC of gamma, log-normal and
exponential, Levelt II, and the switch rates.

A point's seed is derived from the study seed and the point's index in the grid order of
:func:`grid_points` (``seeds`` replicates per point), so a point's numbers do not depend on which
other points run, in which order, or on how many workers.

Storage: one SQLite file (stdlib :mod:`sqlite3`); every finished point is one row written in its
own transaction, keyed by its parameters, its seed and the base options; a rerun skips stored
points (other base options make other keys, so their rows never mix). Workers: a process pool
(:mod:`concurrent.futures`) or, with ``scheduler="dask"``, a local ``dask.distributed`` cluster
through its executor interface; each worker runs numba with one thread.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Sequence

import numpy as np

from stochnet.exceptions import StochNetError
from stochnet.experiments.stats import finite_or_none, json_default, mean_ci

__all__ = ["AXES", "STUDY_BASE", "grid_points", "run_point", "run_emergence_seed", "NeckerStudy", "StudyResult",
           "plot_study"]

logger = logging.getLogger(__name__)

#: Grid axes and the default value of each (the DSNN's and the presenter's defaults).
AXES = {"n_synapses": 8, "q0": 0.0, "amplitude": 6.0, "temperature": 1.0, "presentation_noise": 0.0}

#: Base options of every point (``NeckerExperiment`` parameters); a study may override them.
STUDY_BASE = dict(size=16, n_per_class=25, hidden_layer_sizes=(20,), output_population=4, train_sweeps=60,
                  n_probes=8, min_durations=150, chunk_sweeps=250, max_sweeps=2000, window=10, threshold=0.3,
                  plastic=True, levelt_contrasts=(1.0, 0.6), levelt_sweeps=400, n_boot=300, n_gof=300)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS points (key TEXT PRIMARY KEY, params TEXT NOT NULL, seed INTEGER NOT NULL,
                                   result TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS emergence (key TEXT PRIMARY KEY, seed INTEGER NOT NULL, rows TEXT NOT NULL,
                                      created REAL NOT NULL);
"""


def grid_points(values: dict[str, Sequence[float]]) -> list[dict]:
    """The product of the axis values, in a fixed order (axes in :data:`AXES` order, last fastest).

    Examples
    --------
    >>> [tuple(p.values()) for p in grid_points({"q0": [-1, 0], "amplitude": [6]})][:2]
    [(8, -1.0, 6.0, 1.0, 0.0), (8, 0.0, 6.0, 1.0, 0.0)]
    """
    unknown = set(values) - set(AXES)
    if unknown:
        raise StochNetError(f"values: unknown axes {sorted(unknown)}; expected some of {list(AXES)}")
    axes = []
    for name, default in AXES.items():
        vals = list(values.get(name, [default]))
        if not vals:
            raise StochNetError(f"{name}: expected at least one value")
        axes.append([int(v) if name == "n_synapses" else float(v) for v in vals])
    return [dict(zip(AXES, combo)) for combo in itertools.product(*axes)]


def _experiment(point: dict, seed: int, base: dict, **override):
    from stochnet.experiments.necker import NeckerExperiment

    kw = {**base, **override}
    dsnn = dict(kw.pop("dsnn_params", None) or {})
    dsnn.update(n_synapses=int(point["n_synapses"]), q0=float(point["q0"]), amplitude_scale=float(point["amplitude"]))
    return NeckerExperiment(**kw, dsnn_params=dsnn, temperature=point["temperature"],
                            presentation_noise=point["presentation_noise"], seed=seed)


def _one_thread():
    try:
        import numba

        numba.set_num_threads(1)
    except (ImportError, ValueError):  # numba absent or already fixed: nothing to do
        pass


def run_point(point: dict, seed: int, base: dict) -> dict:
    """One grid point: the Necker experiment without emergence checkpoints; a JSON-ready row."""
    _one_thread()
    res = _experiment(point, seed, base, checkpoints=()).run()
    doc = res.to_dict()
    keep = ("n_durations", "gamma_shape", "gamma_scale", "gamma_shape_ci", "gamma_scale_ci", "gof_pvalue_gamma",
            "ks_pvalue_gamma", "aic_gamma", "aic_lognormal", "aic_exponential", "best_by_aic", "mean_duration",
            "cv_duration", "switch_rate_per_1000_sweeps", "switch_rate_shuffled_per_1000_sweeps", "mean_abs_signal",
            "test_accuracy", "n_sweeps_presented", "bootstrap_unit", "n_bootstrap_units", "levelt_ii", "seconds")
    return {"params": dict(point), "seed": int(seed), **{k: doc[k] for k in keep}}


def run_emergence_seed(seed: int, base: dict, checkpoints: Sequence[int], emergence_sweeps: int) -> list[dict]:
    """The emergence rows of one seed at the default point (training checkpoints only)."""
    _one_thread()
    exp = _experiment(dict(AXES), seed, base, checkpoints=tuple(checkpoints), emergence_sweeps=int(emergence_sweeps),
                      train_sweeps=max(checkpoints) + 1)
    return [dict(r) for r in exp.run_emergence()]


@dataclasses.dataclass(frozen=True)
class StudyResult:
    """Rows of a study: ``points`` (one per grid point and seed, grid order), ``emergence``
    (per checkpoint: mean and Student-t interval over seeds), the ``verdict`` on the gamma shape."""

    points: tuple
    emergence: tuple
    verdict: dict
    base: dict
    seconds: float

    def to_dict(self) -> dict:
        return {"points": [dict(p) for p in self.points], "emergence": [dict(e) for e in self.emergence],
                "verdict": dict(self.verdict), "base": dict(self.base), "seconds": self.seconds}


def _summarize_emergence(per_seed: list[list[dict]]) -> list[dict]:
    out = []
    if not per_seed:
        return out
    for k, row0 in enumerate(per_seed[0]):
        rows = [rows[k] for rows in per_seed]
        entry = {"train_sweeps": row0["train_sweeps"], "n_seeds": len(rows)}
        for name, get in (("switch_rate_per_1000_sweeps", lambda r: r["switch_rate_per_1000_sweeps"]),
                          ("switch_rate_shuffled_per_1000_sweeps", lambda r: r["switch_rate_shuffled_per_1000_sweeps"]),
                          ("frozen_switch_rate_per_1000_sweeps",
                           lambda r: r["frozen"]["switch_rate_per_1000_sweeps"] if "frozen" in r else np.nan),
                          ("mean_abs_signal", lambda r: r["mean_abs_signal"]),
                          ("fraction_undecided", lambda r: r["fraction_undecided"]),
                          ("accuracy_test", lambda r: r["accuracy_test"]),
                          ("n_durations", lambda r: r["n_durations"])):
            m, lo, hi = mean_ci([np.nan if get(r) is None else get(r) for r in rows])
            entry[name] = [finite_or_none(m), finite_or_none(lo), finite_or_none(hi)]
        out.append(entry)
    return out


def _verdict(points: list[dict], min_shape: float = 2.0, alpha: float = 0.05, min_durations: int = 30) -> dict:
    """Points whose gamma shape is at least ``min_shape`` while the gamma is not rejected, among the
    points with at least ``min_durations`` durations (fewer give a goodness of fit without power:
    4 durations fit a shape of 20 that no test rejects); ``max_gamma_shape`` is over those points too."""
    fitted = [p for p in points if p.get("gamma_shape") is not None]
    enough = [p for p in fitted if (p.get("n_durations") or 0) >= min_durations]
    good = [p for p in enough if p["gamma_shape"] >= min_shape
            and p.get("gof_pvalue_gamma") is not None and p["gof_pvalue_gamma"] >= alpha]
    shapes = [p["gamma_shape"] for p in enough]
    return {
        "criterion": f"gamma shape >= {min_shape:g} and parametric-bootstrap GoF p >= {alpha:g}, "
                     f"at least {min_durations} durations",
        "n_points": len(points), "n_fitted": len(fitted), "n_too_few_durations": len(fitted) - len(enough),
        "n_meeting": len(good),
        "points_meeting": [dict(p["params"], seed=p["seed"]) for p in good],
        "max_gamma_shape": finite_or_none(max(shapes)) if shapes else None,
        "n_gamma_rejected": sum(1 for p in fitted if p.get("gof_pvalue_gamma") is not None
                                and p["gof_pvalue_gamma"] < alpha),
        "best_by_aic_counts": {law: sum(1 for p in fitted if p["best_by_aic"] == law)
                               for law in ("gamma", "lognormal", "exponential")},
    }


class NeckerStudy:
    """A resumable grid study of the Necker experiment.

    Parameters
    ----------
    values : dict axis -> sequence of values (axes of :data:`AXES`; missing axes keep their default)
    seeds : int
        Replicates per grid point (independent networks).
    emergence_seeds : int
        Seeds of the emergence table at the default point (0: none).
    emergence_checkpoints, emergence_sweeps : training checkpoints and presentation sweeps of it
    base : dict or None
        Overrides of :data:`STUDY_BASE`.
    seed : int
        Study seed (every point's seed derives from it).

    Examples
    --------
    >>> study = NeckerStudy({"q0": [0.0]}, base=dict(size=8, n_per_class=4, hidden_layer_sizes=(3,),
    ...     output_population=2, train_sweeps=2, n_probes=2, min_durations=0, chunk_sweeps=20, max_sweeps=20,
    ...     window=3, levelt_contrasts=(), n_boot=0, n_gof=0), emergence_seeds=0, seed=0)
    >>> res = study.run(scheduler="serial")
    >>> len(res.points), res.points[0]["params"]["q0"]
    (1, 0.0)
    """

    def __init__(self, values: dict, *, seeds: int = 1, emergence_seeds: int = 3,
                 emergence_checkpoints: Sequence[int] = (0, 3, 10, 30), emergence_sweeps: int = 300,
                 base: dict | None = None, seed: int = 0):
        self.points = grid_points(values)
        if int(seeds) != seeds or seeds < 1:
            raise StochNetError(f"seeds: expected a positive integer, got {seeds!r}")
        if int(emergence_seeds) != emergence_seeds or emergence_seeds < 0:
            raise StochNetError(f"emergence_seeds: expected a non-negative integer, got {emergence_seeds!r}")
        if emergence_seeds and not emergence_checkpoints:
            raise StochNetError("emergence_checkpoints: expected at least one checkpoint")
        unknown = set(base or {}) - set(STUDY_BASE) - {"flip_probability", "dsnn_params"}
        if unknown:
            raise StochNetError(f"base: unknown options {sorted(unknown)}")
        self.seeds, self.emergence_seeds = int(seeds), int(emergence_seeds)
        self.emergence_checkpoints = sorted({int(c) for c in emergence_checkpoints})
        self.emergence_sweeps = int(emergence_sweeps)
        self.base = {**STUDY_BASE, **(base or {})}
        self.seed = int(seed)

    def _tasks(self):
        """(table, key, function, args) of every unit of work, in a fixed order."""
        base_key = json.dumps(self.base, sort_keys=True, default=json_default)
        tasks = []
        for i, point in enumerate(self.points):
            for r in range(self.seeds):
                seed = int(np.random.default_rng([self.seed, i, r]).integers(0, 2**31 - 1))
                key = json.dumps({"point": point, "seed": seed, "base": base_key}, sort_keys=True)
                tasks.append(("points", key, run_point, (point, seed, self.base)))
        em_key = json.dumps({"checkpoints": self.emergence_checkpoints, "sweeps": self.emergence_sweeps,
                             "base": base_key}, sort_keys=True)
        for r in range(self.emergence_seeds):
            seed = int(np.random.default_rng([self.seed, 10**6, r]).integers(0, 2**31 - 1))
            key = json.dumps({"emergence": em_key, "seed": seed}, sort_keys=True)
            tasks.append(("emergence", key, run_emergence_seed,
                          (seed, self.base, self.emergence_checkpoints, self.emergence_sweeps)))
        return tasks

    def run(self, *, store=None, jobs: int | None = None, scheduler: str = "processes",
            callback: Callable[[int, int], None] | None = None) -> StudyResult:
        """Run the points not yet in ``store`` and return every row of this study.

        Parameters
        ----------
        store : path or None
            SQLite file (created if missing); None keeps the rows in memory only.
        jobs : int or None
            Worker processes (default: the CPUs of this machine).
        scheduler : {"processes", "dask", "serial"}
        callback : callable(done, total) or None
            Called after every finished unit of work (stored ones included).
        """
        if scheduler not in ("processes", "dask", "serial"):
            raise StochNetError(f"scheduler: expected processes, dask or serial, got {scheduler!r}")
        jobs = int(jobs or os.cpu_count() or 1)
        if jobs < 1:
            raise StochNetError(f"jobs: expected a positive integer, got {jobs!r}")
        t0 = time.perf_counter()
        db = _open_store(store)
        try:
            tasks = self._tasks()
            done = _stored(db, tasks)
            todo = [t for t in tasks if t[1] not in done]
            total, n_done = len(tasks), len(tasks) - len(todo)
            if callback is not None:
                callback(n_done, total)
            for table, key, value in _execute(todo, jobs, scheduler):
                _store_row(db, table, key, value)
                done[key] = value
                n_done += 1
                if callback is not None:
                    callback(n_done, total)
        finally:
            db.close()
        points = [done[key] for table, key, _, _ in tasks if table == "points"]
        per_seed = [done[key] for table, key, _, _ in tasks if table == "emergence"]
        return StudyResult(points=tuple(points), emergence=tuple(_summarize_emergence(per_seed)),
                           verdict=_verdict(points), base=_jsonable(self.base), seconds=time.perf_counter() - t0)


def _jsonable(d: dict) -> dict:
    return json.loads(json.dumps(d, default=json_default))


def _execute(todo, jobs, scheduler):
    """Yield ``(table, key, value)`` of each task as it finishes."""
    if not todo:
        return
    if scheduler == "serial" or (jobs == 1 and scheduler == "processes"):
        for table, key, fn, args in todo:
            yield table, key, fn(*args)
        return
    from concurrent.futures import as_completed

    if scheduler == "dask":
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise StochNetError("scheduler: dask is not installed (pip install 'dask[distributed]')") from None
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        pool = client.get_executor()
        close = [client.close, cluster.close]
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: forking a process whose numba kernels already ran OpenMP threads aborts
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))
        close = [lambda: pool.shutdown(cancel_futures=True)]
    try:
        futures = {pool.submit(fn, *args): (table, key) for table, key, fn, args in todo}
        for fut in as_completed(futures):
            table, key = futures[fut]
            yield table, key, fut.result()
    finally:
        for c in close:
            c()


def _open_store(path):
    try:
        db = sqlite3.connect(":memory:" if path is None else os.fspath(path))
        db.executescript(_SCHEMA)
    except sqlite3.Error as exc:
        raise StochNetError(f"{path}: not a usable study database ({exc})") from None
    return db


def _stored(db, tasks) -> dict:
    keys = {t[1] for t in tasks}
    out = {}
    try:
        for key, result in db.execute("SELECT key, result FROM points"):
            if key in keys:
                out[key] = json.loads(result)
        for key, rows in db.execute("SELECT key, rows FROM emergence"):
            if key in keys:
                out[key] = json.loads(rows)
    except (sqlite3.Error, json.JSONDecodeError) as exc:
        raise StochNetError(f"study database: unreadable rows ({exc})") from None
    return out


def _store_row(db, table, key, value):
    text = json.dumps(value, default=json_default)
    seed = value["seed"] if table == "points" else json.loads(key)["seed"]
    column = "result" if table == "points" else "rows"
    with db:  # one transaction per row: a kill loses at most the row being computed
        db.execute(f"INSERT OR REPLACE INTO {table} (key, {'params, ' if table == 'points' else ''}seed, {column}, "
                   f"created) VALUES (?, {'?, ' if table == 'points' else ''}?, ?, ?)",
                   (key, *([json.dumps(value["params"])] if table == "points" else []), seed, text, time.time()))


def plot_study(result: StudyResult, path, x: str = "q0", y: str = "amplitude") -> None:
    """Gamma shape over the ``x``-``y`` plane (mean over seeds and over the axes not shown), with the
    points where the gamma is rejected (GoF p < 0.05) marked; the emergence table beside it when the
    study has one.

    When one of the two axes holds a single value, the first panel is a profile along the other
    axis instead: every point's gamma shape with its 95 % interval over probe chains, the human
    range 2 to 6 shaded, rejected points drawn open.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    if x not in AXES or y not in AXES or x == y:
        raise StochNetError(f"x, y: expected two different axes of {list(AXES)}, got {x!r}, {y!r}")
    xs = sorted({p["params"][x] for p in result.points})
    ys = sorted({p["params"][y] for p in result.points})
    panels = 2 if result.emergence else 1
    fig, axes = plt.subplots(1, panels, figsize=(6 * panels, 4.5), squeeze=False)
    axes = axes[0]
    if len(ys) == 1 and len(xs) > 1 or len(xs) == 1 and len(ys) > 1:
        _plot_profile(axes[0], result.points, x if len(xs) > 1 else y)
    else:
        _plot_plane(fig, axes[0], result.points, x, y, xs, ys)
    if result.emergence:
        _plot_emergence(axes[1], result.emergence)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def _plot_profile(ax, points, axis, top: float = 6.5):
    """Gamma shape of every point along ``axis`` with its interval; open markers: gamma rejected.
    The y axis ends at ``top`` (above the human range); a shape above it is written at the top edge
    with its number of durations."""
    ax.axhspan(2, 6, color="0.9", label="human range (~2-6)")
    ax.axhline(1, color="0.5", lw=0.8, ls=":", label="memoryless (1)")
    values = sorted({p["params"][axis] for p in points})
    step = 0.1 * (min(np.diff(values)) if len(values) > 1 else 1.0)  # points at one value side by side
    fitted = [p for p in points if p["gamma_shape"] is not None]
    label = all(sum(q["params"][axis] == v for q in fitted) <= 1 for v in values)  # values only when they fit
    for k, p in enumerate(fitted):
        same = [q for q in fitted[:k] if q["params"][axis] == p["params"][axis]]
        xv, shape = p["params"][axis] + step * len(same), p["gamma_shape"]
        if shape > top:
            ax.annotate(f"^ {shape:.3g} (n={p.get('n_durations')})", (xv, top), textcoords="offset points",
                        xytext=(0, -10), fontsize=7, ha="left")
            continue
        lo, hi = (np.nan if v is None else v for v in p["gamma_shape_ci"])
        rejected = (p["gof_pvalue_gamma"] or 0) < 0.05
        ax.errorbar([xv], [shape], yerr=[[shape - lo], [hi - shape]], fmt="o", capsize=3, color="C0",
                    mfc="none" if rejected else "C0")
        if label:
            ax.annotate(f"{shape:.2f}" + (" rej." if rejected else ""), (xv, shape), textcoords="offset points",
                        xytext=(6, 0), fontsize=8, va="center")
    others = {a: sorted({p["params"][a] for p in points}) for a in AXES if a != axis}
    fixed = ", ".join(f"{a} {'/'.join(f'{v:g}' for v in vs)}" for a, vs in others.items())
    ax.set_xticks(values, [f"{v:g}" for v in values])
    ax.set_xlabel(axis)
    ax.set_ylabel("gamma shape, 95% CI over probe chains")
    ax.set_ylim(0, top)
    ax.set_title(f"gamma shape per network (open: rejected, GoF p < 0.05)\n{fixed}", fontsize=8)
    ax.legend(fontsize=7, loc="upper right")


def _plot_plane(fig, ax, points, x, y, xs, ys):
    """Heat map of the mean gamma shape over the ``x``-``y`` plane."""
    shape = np.full((len(ys), len(xs)), np.nan)
    rejected = np.zeros_like(shape)
    for iy, yv in enumerate(ys):
        for ix, xv in enumerate(xs):
            sel = [p for p in points if p["params"][x] == xv and p["params"][y] == yv
                   and p["gamma_shape"] is not None]
            if sel:
                shape[iy, ix] = np.mean([p["gamma_shape"] for p in sel])
                rejected[iy, ix] = np.mean([(p["gof_pvalue_gamma"] or 0) < 0.05 for p in sel])
    im = ax.imshow(shape, origin="lower", cmap="viridis", aspect="auto")
    fig.colorbar(im, ax=ax, label="gamma shape (mean over seeds and other axes)")
    for iy in range(len(ys)):
        for ix in range(len(xs)):
            if np.isfinite(shape[iy, ix]):
                ax.text(ix, iy, f"{shape[iy, ix]:.2f}" + ("\nrejected" if rejected[iy, ix] >= 0.5 else ""),
                        ha="center", va="center", fontsize=8, color="w")
    ax.set_xticks(range(len(xs)), [f"{v:g}" for v in xs])
    ax.set_yticks(range(len(ys)), [f"{v:g}" for v in ys])
    ax.set_xlabel(x)
    ax.set_ylabel(y)
    ax.set_title("gamma shape of dominance durations (human data: ~2-6)", fontsize=9)


def _plot_emergence(ax, em):
    """Switch rates over training checkpoints, mean and interval over seeds."""
    cps = [e["train_sweeps"] for e in em]
    for name, style in (("switch_rate_per_1000_sweeps", "o-"), ("switch_rate_shuffled_per_1000_sweeps", "o:"),
                        ("frozen_switch_rate_per_1000_sweeps", "^-")):
        m = np.array([np.nan if e[name][0] is None else e[name][0] for e in em])
        lo = np.array([np.nan if e[name][1] is None else e[name][1] for e in em])
        hi = np.array([np.nan if e[name][2] is None else e[name][2] for e in em])
        ax.errorbar(cps, m, yerr=[m - lo, hi - m], fmt=style, capsize=3, label=name.replace("_per_1000_sweeps", ""))
    ax.set_xscale("symlog", linthresh=1)
    ax.set_xlabel("training sweeps (0 = untrained control)")
    ax.set_ylabel("switches per 1000 sweeps")
    ax.set_title(f"emergence, mean and 95% CI over {em[0]['n_seeds']} seeds", fontsize=9)
    ax.legend(fontsize=7)
