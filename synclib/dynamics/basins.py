"""Monte Carlo basin fractions of Kuramoto attractors, by state class, with confidence intervals.

Plan
----
1. Draw one 64-bit stream seed per trial from ``numpy.random.default_rng(seed)``; trial b starts at
   i.i.d. uniform phases generated from its own seed inside the kernel, so the starts (and therefore the
   result) do not depend on how trials are split among workers.
2. Integrate every trial (numba Dormand-Prince 5(4) by default, :func:`synclib.dynamics.integrate.integrate_batch`)
   until the residual ``max_i |f_i - mean f|`` is below ``tol``.  Trials still moving at ``t_max`` get
   one continuation of ``extend * t_max``; trials that have not converged then are *not counted*: they
   are reported as ``unconverged``.  Every trial's residual is kept.
3. Classify each converged end state (:func:`synclib.dynamics.states.classify_state`: ``sync``, ``twisted:Q``
   by the signed winding number along the node order, ``cluster:K``, ``other``).
4. Fractions over the converged trials with binomial confidence intervals: Wilson score (Wilson 1927,
   JASA 22, 209) or Clopper-Pearson exact (Clopper & Pearson 1934, Biometrika 26, 404).

Finished chunks can be appended to a JSON-lines checkpoint file as they complete, so an interrupted
run resumes where it stopped (with the same result).  Chunks of trials run in a process pool
(``workers`` > 1, spawn context, serial kernels inside the workers) or on a Dask cluster when a
scheduler address is given; ``workers=1`` runs in this process with the thread-parallel kernel.  The
result is the same bit for bit in all three cases.

The Gaussian-in-q shape of twisted-state basins on k-nearest-neighbour rings (Wiley, Strogatz &
Girvan 2006) is checked in the tests; the closed-form law proven for the cycle with couplings
increasing on all of (-pi, pi) does not apply to sine coupling and is not used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np
from scipy import stats

from synclib._parallel import check_workers, run_tasks
from synclib._store import ResultStore, StoreError, StoreMismatchError
from synclib.dynamics.coupling import Coupling, as_coupling
from synclib.dynamics.integrate import integrate_batch, trial_seeds
from synclib.exceptions import InvalidParameterError
from synclib.dynamics.states import classify_state

__all__ = ["BasinClass", "BasinResult", "estimate_basins", "wilson_interval",
           "clopper_pearson_interval", "uniform_starts"]

logger = logging.getLogger(__name__)


# ----------------------------------------------------------------------------------------------
# binomial confidence intervals
# ----------------------------------------------------------------------------------------------
def _check_counts(k: int, n: int, confidence: float) -> None:
    if n < 1 or k < 0 or k > n:
        raise InvalidParameterError(f"counts: expected 0 <= k <= n and n >= 1, got k={k}, n={n}")
    if not 0.0 < confidence < 1.0:
        raise InvalidParameterError(f"confidence: expected a level in (0, 1), got {confidence}")


def wilson_interval(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion k / n (Wilson 1927)."""
    _check_counts(k, n, confidence)
    z = float(stats.norm.ppf(0.5 + confidence / 2.0))
    p = k / n
    den = 1.0 + z * z / n
    centre = (p + z * z / (2.0 * n)) / den
    half = z * math.sqrt(p * (1.0 - p) / n + z * z / (4.0 * n * n)) / den
    return max(0.0, centre - half), min(1.0, centre + half)


def clopper_pearson_interval(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Exact (Clopper-Pearson 1934) interval from beta quantiles."""
    _check_counts(k, n, confidence)
    a = 1.0 - confidence
    lo = 0.0 if k == 0 else float(stats.beta.ppf(a / 2.0, k, n - k + 1))
    hi = 1.0 if k == n else float(stats.beta.ppf(1.0 - a / 2.0, k + 1, n - k))
    return lo, hi


_CI = {"wilson": wilson_interval, "clopper-pearson": clopper_pearson_interval}


# ----------------------------------------------------------------------------------------------
# results
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BasinClass:
    """One row: ``state`` label, trial ``count``, ``fraction`` of converged trials and its CI."""

    state: str
    count: int
    fraction: float
    ci_low: float
    ci_high: float

    def to_dict(self) -> dict:
        return {"state": self.state, "count": self.count, "fraction": self.fraction,
                "ci_low": self.ci_low, "ci_high": self.ci_high}


@dataclass(frozen=True, eq=False)
class BasinResult:
    """Basin fractions by class.  ``labels``/``residuals``/``converged`` are per trial (trial order);
    fractions are over the ``converged`` trials only."""

    n: int
    trials: int
    classes: tuple[BasinClass, ...]
    labels: tuple[str, ...]
    residuals: np.ndarray
    converged: np.ndarray
    t_end: np.ndarray
    seeds: np.ndarray
    confidence: float
    ci_method: str
    seconds: float
    settings: dict = field(default_factory=dict)

    @property
    def n_converged(self) -> int:
        return int(self.converged.sum())

    @property
    def fractions(self) -> dict[str, float]:
        return {c.state: c.fraction for c in self.classes}

    def to_dict(self) -> dict:
        conv = self.converged
        return {
            "n": self.n,
            "trials": self.trials,
            "converged": self.n_converged,
            "unconverged": int(self.trials - self.n_converged),
            "max_residual_converged": float(self.residuals[conv].max()) if conv.any() else None,
            "max_residual": float(self.residuals.max()),
            "confidence": self.confidence,
            "ci_method": self.ci_method,
            "classes": [c.to_dict() for c in self.classes],
            "seconds": self.seconds,
            "settings": dict(self.settings),
        }


# ----------------------------------------------------------------------------------------------
# work
# ----------------------------------------------------------------------------------------------
def uniform_starts(n: int, seeds: Any) -> np.ndarray:
    """The uniform starts the basin estimate uses for the given per-trial ``seeds`` (m, n)."""
    from synclib.dynamics import _kernels

    s = np.ascontiguousarray(np.asarray(seeds, dtype=np.uint64).ravel())
    return _kernels.make_starts(np.zeros((1, int(n))), s, _kernels.START_UNIFORM, 0.0)


def _basin_chunk(coupling: Coupling, seeds: np.ndarray, opts: dict, parallel: bool = False) -> dict:
    """Integrate and classify one chunk of trials (runs in a worker)."""
    kw = dict(method=opts["method"], t_max=opts["t_max"], dt=opts["dt"], rtol=opts["rtol"],
              atol=opts["atol"], tol=opts["tol"], parallel=parallel)
    res = integrate_batch(coupling, seeds=seeds, start="uniform", **kw)
    final = np.array(res.final)
    residual = np.array(res.residual)
    conv = np.array(res.converged)
    t_end = np.array(res.t_end)
    todo = np.flatnonzero(~conv)
    if todo.size and opts["extend"] > 0:
        kw["t_max"] = opts["extend"] * opts["t_max"]
        more = integrate_batch(coupling, theta0=final[todo], seeds=seeds[todo], start="given", **kw)
        final[todo] = more.final
        residual[todo] = more.residual
        conv[todo] = more.converged
        t_end[todo] += more.t_end
    labels = [classify_state(final[b], order=opts["order"], tol=opts["class_tol"]).label
              if conv[b] else "unconverged" for b in range(seeds.size)]
    return {"labels": labels, "residual": residual, "converged": conv, "t_end": t_end}


def estimate_basins(A: Any, *, trials: int = 1000, seed: Any = None, workers: int = 1,
                    scheduler: str | None = None, order: Sequence[int] | None = None,
                    method: str = "dopri5", t_max: float = 2000.0, dt: float = 0.05,
                    rtol: float = 1e-7, atol: float = 1e-9, tol: float = 1e-8, extend: float = 4.0,
                    class_tol: float = 1e-3, confidence: float = 0.95, ci: str = "wilson",
                    chunk_size: int | None = None, progress: bool = False,
                    checkpoint: str | os.PathLike | None = None) -> BasinResult:
    """Estimate basin fractions of the attractors reached from uniform random phases.

    Parameters
    ----------
    A : networkx.Graph, scipy sparse or dense (n, n)
        The coupling (node order = phase order).
    trials : int
        Number of uniform random starts.
    seed : int, Generator or None
        Resolved once; one stream seed per trial is drawn from it.
    workers : int
        Processes (1: in this process, thread-parallel kernel).
    scheduler : str, optional
        Address of a Dask scheduler (e.g. ``tcp://host:8786``); then Dask runs the chunks.
    order : sequence of int, optional
        Closed node order for the winding number (default: node order 0..n-1).
    method, t_max, dt, rtol, atol : integrator settings (see :func:`synclib.dynamics.integrate.integrate_batch`).
    tol : float
        Residual ``max |f - mean f|`` below which a trial counts as converged.
    extend : float
        Unconverged trials are continued once for ``extend * t_max`` (0: no continuation).
    class_tol : float
        Phase tolerance of the classification.
    confidence : float
        Level of the intervals.
    ci : {"wilson", "clopper-pearson"}
    chunk_size : int, optional
        Trials per task (default: about 4 tasks per worker).
    progress : bool
        tqdm progress bar on stderr (only shown when stderr is a terminal).
    checkpoint : path, optional
        SQLite file (:class:`synclib._store.ResultStore`): each finished chunk is committed as it
        completes; a rerun with the same graph, seed and settings skips the chunks already there (an
        interrupted run resumes; the result is identical).  A file written for another run is refused.

    Returns
    -------
    BasinResult
        ``classes`` sorted by decreasing count; fractions over converged trials.
    """
    t0 = time.perf_counter()
    if isinstance(trials, bool) or int(trials) != trials or trials < 1:
        raise InvalidParameterError(f"trials: expected a positive integer, got {trials!r}")
    trials = int(trials)
    workers = check_workers(workers)
    if ci not in _CI:
        raise InvalidParameterError(f"ci: expected one of {tuple(_CI)}, got {ci!r}")
    if not 0.0 < confidence < 1.0:
        raise InvalidParameterError(f"confidence: expected a level in (0, 1), got {confidence}")
    if not tol > 0:
        raise InvalidParameterError(f"tol: expected a positive residual tolerance, got {tol}")
    coupling = as_coupling(A)
    if order is not None:
        order = [int(i) for i in order]
    seeds = trial_seeds(seed, trials)
    opts = {"method": method, "t_max": float(t_max), "dt": float(dt), "rtol": float(rtol),
            "atol": float(atol), "tol": float(tol), "extend": float(extend), "order": order,
            "class_tol": float(class_tol)}
    n_tasks = workers * 4 if (workers > 1 or scheduler) else 1
    if chunk_size:
        size = int(chunk_size)
    elif checkpoint is not None:  # independent of workers, so a resumed run may use another pool size
        size = max(1, math.ceil(trials / 32))
    else:
        size = max(1, math.ceil(trials / n_tasks))
    chunks = [seeds[i:i + size] for i in range(0, trials, size)]
    show = progress and sys.stderr.isatty()
    outs: list[dict | None] = [None] * len(chunks)
    store = _Checkpoint(checkpoint, coupling, seeds, size, opts) if checkpoint is not None else None
    if store is not None:
        for i, out in store.load().items():
            if 0 <= i < len(chunks) and len(out["labels"]) == chunks[i].size:
                outs[i] = out
    todo = [i for i in range(len(chunks)) if outs[i] is None]
    if todo and store is None:
        logger.debug("basin: %d chunks of %d trials", len(todo), size)
    elif store is not None:
        logger.info("basin: resuming from %s, %d of %d chunks done", checkpoint, len(chunks) - len(todo),
                    len(chunks))

    def done(i: int, out: dict) -> None:
        outs[i] = out
        if store is not None:
            store.append(i, out)

    try:
        if todo:
            in_process = workers == 1 and not scheduler  # then the kernel itself runs thread-parallel
            run_tasks([(_basin_chunk, (coupling, chunks[i], opts, in_process)) for i in todo], workers=workers,
                      scheduler=scheduler, on_done=lambda j, out: done(todo[j], out), progress=show,
                      desc="basin", unit="chunk", mp_context="spawn")
    finally:
        if store is not None:
            store.close()
    labels: list[str] = []
    for o in outs:
        labels.extend(o["labels"])
    residual = np.concatenate([o["residual"] for o in outs])
    conv = np.concatenate([o["converged"] for o in outs])
    t_end = np.concatenate([o["t_end"] for o in outs])
    n_conv = int(conv.sum())
    counts = Counter(lab for lab, c in zip(labels, conv) if c)
    rows = []
    for state, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lo, hi = _CI[ci](k, n_conv, confidence)
        rows.append(BasinClass(state, int(k), k / n_conv, lo, hi))
    if n_conv < trials:
        logger.warning("%d of %d trials did not converge (tol=%g); they are not counted",
                       trials - n_conv, trials, tol)
    for arr in (residual, conv, t_end):
        arr.setflags(write=False)
    settings = {k: v for k, v in opts.items() if k != "order"}
    settings.update({"workers": workers, "scheduler": scheduler, "chunks": len(chunks),
                     "checkpoint": None if checkpoint is None else str(checkpoint),
                     "chunks_resumed": len(chunks) - len(todo)})
    return BasinResult(coupling.n, trials, tuple(rows), tuple(labels), residual, conv, t_end, seeds,
                       float(confidence), ci, time.perf_counter() - t0, settings)


class _Checkpoint(ResultStore):
    """SQLite record of finished chunks (one row each, one transaction each), guarded by a fingerprint
    of the run: the graph, the trial seeds, the chunk size and the integrator settings."""

    kind = "basin"
    table = "chunks"
    ddl = ("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
           "CREATE TABLE IF NOT EXISTS chunks (chunk INTEGER PRIMARY KEY, record TEXT NOT NULL)")

    def __init__(self, path, coupling: Coupling, seeds: np.ndarray, chunk_size: int, opts: dict) -> None:
        h = hashlib.sha256()
        for arr in (coupling.indptr.astype(np.int64), coupling.indices.astype(np.int64), coupling.weights):
            h.update(np.ascontiguousarray(arr).tobytes())
        header = {"n": coupling.n, "nnz": coupling.nnz, "graph_sha256": h.hexdigest(),
                  "seeds_sha256": hashlib.sha256(seeds.tobytes()).hexdigest(),
                  "trials": int(seeds.size), "chunk_size": int(chunk_size), "opts": opts}
        try:
            super().__init__(path, json.loads(json.dumps(header)))
        except StoreMismatchError as exc:
            text = str(exc)
            if "other parameters" in text:
                raise InvalidParameterError(
                    f"checkpoint: {path} was written for a different graph, seed or settings") from None
            raise InvalidParameterError(f"checkpoint: {path} is not a basin checkpoint file ({text})") from None
        except StoreError as exc:
            if "not a usable SQLite database" in str(exc) or "not a synctool" in str(exc):
                raise InvalidParameterError(f"checkpoint: {path} is not a basin checkpoint file") from None
            raise InvalidParameterError(f"checkpoint: {exc}") from None

    def load(self) -> dict[int, dict]:
        done: dict[int, dict] = {}
        for chunk, record in self.query("SELECT chunk, record FROM chunks ORDER BY chunk"):
            rec = json.loads(record)
            done[int(chunk)] = {"labels": list(rec["labels"]), "residual": np.asarray(rec["residual"], dtype=float),
                                "converged": np.asarray(rec["converged"], dtype=bool),
                                "t_end": np.asarray(rec["t_end"], dtype=float)}
        return done

    def append(self, i: int, out: dict) -> None:
        rec = {"labels": list(out["labels"]), "residual": [float(x) for x in out["residual"]],
               "converged": [bool(x) for x in out["converged"]], "t_end": [float(x) for x in out["t_end"]]}
        self.execute("INSERT OR REPLACE INTO chunks (chunk, record) VALUES (?, ?)", (int(i), json.dumps(rec)))
