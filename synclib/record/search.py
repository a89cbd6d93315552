"""Search for blow-up witnesses: patterns x phases x proportions, certified on the finite graph.

Plan. A *task* is a pattern graph H on k vertices with cluster phases theta (and, for the
weighted kind, a weighted circulant). For a task:

1. **Proportions by sequential linear programming** (:mod:`synclib.record.proportions`). With theta fixed, the equilibrium equations
   sum_{j ~ i} p_j sin(theta_j - theta_i) = 0, the within-cluster values
   D_i = p_i + sum_{j ~ i} p_j cos(theta_j - theta_i) and the closed-neighbourhood masses
   sum_{j in N[i]} p_j are *linear* in the proportions p (``synclib.record.blowup``). The quotient condition
   (lambda_max of Q(p) = P^1/2 W P^1/2 - diag(W p) off its zero mode sqrt(p), W_ij = cos_ij on edges, is
   negative) is not; we linearise it with its exact gradient
   d lambda / d p_m = v^T (dQ/dp_m) v  (v the top eigenvector; Q - DEFLATION_SHIFT sqrt(p) sqrt(p)^T deflates the
   zero mode, so lambda(p) = max over v of -sum_{i<j} W_ij (v_i s_j - v_j s_i)^2 - DEFLATION_SHIFT (v.s)^2, s = sqrt(p))
   and solve   maximize t - rho_pen * slack
               s.t. equilibrium rows = 0, sum p = 1, D_i >= delta, t <= sum_{N[i]} p_j,
                    lambda(p0) + g.(p - p0) - slack <= -margin,  |p - p0| <= radius
   with HiGHS (``scipy.optimize.linprog``), accepting a step only when the true lambda and the merit
   improve (trust region halves otherwise). This is the LP route of the issue: for fixed phases the
   equilibrium and D_i conditions are linear in c; the quotient is handled by the linearisation and then
   checked rigorously.
2. **Rounding and certification.** Cluster sizes c = round(p * n_target) (at least 1), phases polished by
   Newton on the quotient, the blow-up conditions checked in interval arithmetic, then the finite graph
   certified by :func:`synclib.certify.equilibrium.certify_equilibrium` (``synclib.record.blowup.certify_blowup``). mu is the
   exact min degree / (n - 1) of that finite graph. A certified witness is written as a certificate in
   the ``synctool bound`` format, which ``synctool verify`` re-checks on the finite graph.

Pattern families (vertex-transitive and Cayley first): circulants C_k({1..m}) and C_k({1..m} + extra
distances) with q-twisted phases; Cayley graphs of every non-cyclic abelian group of order <= k_max with
each character state and the densest stable connection set from a binary program (the spectrum is
linear in the connection set, as for circulants; :func:`solve_cayley`); tori Z_a x Z_b with box connection sets and character phases
2 pi (x1 kappa1 / a + x2 kappa2 / b); weighted circulants (:mod:`synclib.record.weighted`) with twisted phases;
and seeded edge perturbations of circulants (non-vertex-transitive). Everything is deterministic given
``seed``.

**Fractional route** (kind ``fractional``, last because each task takes minutes): the large-cluster limit
over proportions, phases *and* join densities on k clusters (:mod:`synclib.record.fractional`, SLSQP from seeded
starts, limit margin max(1e-4, 0.4 / n)), then a finite graph of about ``fractional_n`` nodes with integer
joins chosen by a small MILP so the cluster equations stay balanced, certified like every other witness.
This route produced the shipped record (k = 12, n = 4000, mu = 64/93 > 0.6875; ``synctool search record``).

Tasks run in a process pool (or on a Dask cluster when a scheduler address is given) and every result
is written to an SQLite store as it arrives, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import networkx as nx
import numpy as np

from synclib.record.blowup import BlowupPattern, certify_blowup, make_pattern
from synclib.certify.certificate import write_certificate
from synclib._parallel import check_workers, run_tasks
from synclib._store import ResultStore, StoreError
from synclib.exceptions import InvalidParameterError, SyncLibError
from synclib.record.proportions import optimize_phases_and_proportions, optimize_proportions, round_sizes

__all__ = [
    "SearchStore",
    "SearchSummary",
    "SearchTask",
    "TaskResult",
    "build_tasks",
    "cayley_tasks",
    "circulant_tasks",
    "fractional_tasks",
    "perturbed_tasks",
    "run_search",
    "run_task",
    "solve_cayley",
    "torus_tasks",
    "weighted_tasks",
]

log = logging.getLogger(__name__)

WEIGHTED_EPS = 0.05
FRACTIONAL_MARGIN = 1e-4  # smallest limit margin of the fractional route (the k = 12 record used it at n = 4000)
"""Spectral margin of the weighted-circulant tasks: with eps = 1e-5 the finite graphs near n = 3000
have |lambda| ~ 4e-3, too small for the Newton-Kantorovich step of the dense certificate."""


# ---------------------------------------------------------------------------------------------------
# Tasks


@dataclass(frozen=True)
class SearchTask:
    """One pattern with its phases (kind "blowup") or one weighted circulant (kind "weighted")."""

    key: str
    kind: str
    k: int
    edges: tuple = ()
    phases: tuple = ()
    params: tuple = ()  # kind-specific (k, q, cluster) for "weighted"

    def adjacency(self) -> np.ndarray:
        A = np.zeros((self.k, self.k))
        for i, j in self.edges:
            A[i, j] = A[j, i] = 1.0
        return A

    def to_dict(self) -> dict:
        return {"key": self.key, "kind": self.kind, "k": self.k, "edges": [list(e) for e in self.edges],
                "phases": list(self.phases), "params": list(self.params)}


def _circulant_edges(k: int, S) -> tuple:
    G = nx.circulant_graph(k, sorted(set(S)))
    return tuple(sorted((min(u, v), max(u, v)) for u, v in G.edges()))


def _density(k: int, edges) -> float:
    deg = np.zeros(k, int)
    for i, j in edges:
        deg[i] += 1
        deg[j] += 1
    return (1 + deg.min()) / k


def circulant_tasks(k_max: int, *, k_min: int = 5, qs=(1, 2), lo: float = 0.56, hi: float = 0.76) -> list[SearchTask]:
    """C_k({1..m}) and C_k({1..m} + {m + 2}), twisted phases q in ``qs`` (gcd(q, k) = 1)."""
    out = []
    for k in range(k_min, k_max + 1):
        for m in range(1, k // 2 + 1):
            for extra in ((), (m + 2,)):
                S = tuple(range(1, m + 1)) + tuple(e for e in extra if e <= k // 2)
                if extra and len(S) == m:
                    continue
                edges = _circulant_edges(k, S)
                if not lo <= _density(k, edges) <= hi:
                    continue
                for q in qs:
                    if q > k // 2 or math.gcd(q, k) != 1:
                        continue
                    ph = tuple(2 * math.pi * q * i / k for i in range(k))
                    out.append(SearchTask(f"circ:k={k}:S={','.join(map(str, S))}:q={q}", "blowup", k, edges, ph))
    return out


def torus_tasks(k_max: int, *, lo: float = 0.62, hi: float = 0.76) -> list[SearchTask]:
    """Cayley graphs of Z_a x Z_b (3 <= a <= b, ab <= k_max) with box connection sets
    {(x, y) != 0 : |x| <= rx, |y| <= ry} and character phases with kappa in {(1,0), (0,1), (1,1)}."""
    out = []
    for a in range(3, k_max + 1):
        for b in range(a, k_max // a + 1):
            k = a * b
            for rx in range(a // 2 + 1):
                for ry in range(b // 2 + 1):
                    conn = {((x % a), (y % b)) for x in range(-rx, rx + 1) for y in range(-ry, ry + 1)} - {(0, 0)}
                    edges = set()
                    for u in range(k):
                        ux, uy = divmod(u, b)
                        for dx, dy in conn:
                            v = ((ux + dx) % a) * b + (uy + dy) % b
                            if v != u:
                                edges.add((min(u, v), max(u, v)))
                    edges = tuple(sorted(edges))
                    if not edges or not lo <= _density(k, edges) <= hi:
                        continue
                    for kap in ((1, 0), (0, 1), (1, 1)):
                        ph = tuple(2 * math.pi * ((u // b) * kap[0] / a + (u % b) * kap[1] / b) for u in range(k))
                        out.append(SearchTask(f"torus:{a}x{b}:r={rx},{ry}:kappa={kap[0]},{kap[1]}", "blowup",
                                              k, edges, ph))
    return out


def perturbed_tasks(k_max: int, *, seed=None, per_pattern: int = 2, k_min: int = 10) -> list[SearchTask]:
    """Non-vertex-transitive patterns: C_k({1..m}) with a few seeded edges added at distance m + 1."""
    rng = np.random.default_rng(seed)
    out = []
    for k in range(k_min, k_max + 1):
        for m in range(2, k // 2):
            base = _circulant_edges(k, range(1, m + 1))
            if not 0.55 <= _density(k, base) <= 0.72:
                continue
            cand = [(i, (i + m + 1) % k) for i in range(k)]
            for rep in range(per_pattern):
                size = int(rng.integers(1, max(2, k // 2)))
                pick = rng.choice(len(cand), size=size, replace=False)
                extra = {(min(cand[t]), max(cand[t])) for t in pick}
                edges = tuple(sorted(set(base) | extra))
                ph = tuple(2 * math.pi * i / k for i in range(k))
                tag = "-".join(f"{u}.{v}" for u, v in sorted(extra))
                out.append(SearchTask(f"pert:k={k}:m={m}:add={tag}", "blowup", k, edges, ph))
    return out


def weighted_tasks(k_max: int, n_target: int) -> list[SearchTask]:
    """Weighted circulants (k, q=1, cluster W = n_target // k) for 10 <= k <= k_max."""
    out = []
    for k in range(10, k_max + 1):
        W = max(1, n_target // k)
        out.append(SearchTask(f"weighted:k={k}:q=1:W={W}", "weighted", k, params=(k, 1, W)))
    return out


def _abelian_groups(k_max: int) -> list[tuple]:
    """Non-cyclic abelian groups Z_a x Z_b (a | b) and Z_a x Z_b x Z_c (a | b | c) of order <= k_max."""
    out = []
    for a in range(2, k_max + 1):
        for b in range(a, k_max // a + 1):
            if b % a == 0:
                out.append((a, b))
                for c in range(b, k_max // (a * b) + 1):
                    if c % b == 0:
                        out.append((a, b, c))
    return out


def _group_elements(dims):
    import itertools

    return list(itertools.product(*[range(m) for m in dims]))


def cayley_tasks(k_max: int) -> list[SearchTask]:
    """Character states on Cayley graphs of non-cyclic abelian groups (one task per group and character,
    characters up to sign); the connection set is chosen by :func:`solve_cayley`."""
    out = []
    for dims in _abelian_groups(k_max):
        els = _group_elements(dims)
        seen = set()
        for kap in els[1:]:
            neg = tuple((-x) % m for x, m in zip(kap, dims))
            if neg in seen:
                continue
            seen.add(kap)
            out.append(SearchTask(f"cayley:{'x'.join(map(str, dims))}:kappa={','.join(map(str, kap))}", "cayley",
                                  int(np.prod(dims)), params=(tuple(dims), tuple(kap))))
    return out


def solve_cayley(dims, kappa, *, eps: float = 1e-5, time_limit: float = 20.0):
    """Densest symmetric connection set S of the abelian group Z_dims whose character state
    theta_g = 2 pi sum_i kappa_i g_i / dims_i is linearly stable, also in every uniform blow-up.

    As for circulants (science note, "Beyond circulants") the spectrum is linear in the indicator of S:
    lambda_rho = sum_{s in S} cos(2 pi <kappa, s>)(cos(2 pi <rho, s>) - 1) <= -eps for rho != 0, and the
    within-cluster value 1 + sum_{s in S} cos(2 pi <kappa, s>) >= eps. One binary per orbit {s, -s};
    solved with HiGHS (:func:`synclib.circulant.solvers.solve_milp_arrays`). Returns ``(edges, phases,
    status)`` with the solvers' status vocabulary; edges None when the solver gives no solution.
    """
    from synclib.circulant.solvers import solve_milp_arrays

    dims = tuple(int(m) for m in dims)
    els = _group_elements(dims)
    M = np.array(dims, dtype=float)
    orbits, seen = [], set()
    for e in els[1:]:
        if e in seen:
            continue
        o = sorted({e, tuple((-x) % m for x, m in zip(e, dims))})
        seen.update(o)
        orbits.append(o)
    E = np.array(els, dtype=float)
    kap = np.array(kappa, dtype=float)
    orb_cos = [np.cos(2 * np.pi * (np.array(o) / M) @ kap) for o in orbits]
    a = np.array([c.sum() for c in orb_cos])
    rows = np.array([[float(orb_cos[t] @ (np.cos(2 * np.pi * (np.array(o) / M) @ (rho / 1.0)) - 1.0))
                      for t, o in enumerate(orbits)] for rho in E[1:]])
    w = np.array([len(o) for o in orbits], dtype=float)
    res = solve_milp_arrays(w, A=[(rows, -np.inf, -eps), (a[None, :], -1 + eps, np.inf)], bounds=(0, 1),
                            time_limit=float(time_limit), sense="max")
    status = res.status
    if res.x is None:
        return None, None, status
    chosen = [orbits[t] for t in np.flatnonzero(np.rint(res.x))]
    index = {e: i for i, e in enumerate(els)}
    edges = set()
    for g in els:
        for o in chosen:
            for s in o:
                h = tuple((x + y) % m for x, y, m in zip(g, s, dims))
                u, v = index[g], index[h]
                edges.add((min(u, v), max(u, v)))
    phases = tuple(float(2 * np.pi * ((np.array(g) / M) @ kap)) for g in els)
    return tuple(sorted(edges)), phases, status


def fractional_tasks(k_max: int, *, seed=None, n_starts: int = 8, k_min: int = 6,
                     fractional_n: int = 4000) -> list[SearchTask]:
    """One task per k: the large-cluster limit over (p, theta, rho) from ``n_starts`` seeded starts, then a
    finite realisation on about ``fractional_n`` nodes (:mod:`synclib.record.fractional`). Empty when
    ``fractional_n`` is 0."""
    if not fractional_n:
        return []
    rng = np.random.default_rng(seed)
    out = []
    for k in range(int(k_min), int(k_max) + 1):
        s = int(rng.integers(2**31))
        out.append(SearchTask(f"fractional:k={k}:starts={n_starts}:seed={s}:n={fractional_n}", "fractional", k,
                              params=(s, int(n_starts), int(fractional_n))))
    return out


def build_tasks(k_max: int, *, seed=None, n_target: int = 400, fractional_n: int = 4000,
                fractional_starts: int = 8) -> list[SearchTask]:
    """Every family, vertex-transitive and Cayley patterns first, the fractional limit search last
    (its tasks take minutes each); keys unique."""
    if isinstance(k_max, bool) or int(k_max) != k_max or k_max < 5:
        raise InvalidParameterError(f"k_max must be an integer >= 5, got {k_max!r}")
    rng = np.random.default_rng(seed)
    tasks = (weighted_tasks(k_max, n_target) + circulant_tasks(k_max) + cayley_tasks(k_max) + torus_tasks(k_max)
             + perturbed_tasks(k_max, seed=rng)
             + fractional_tasks(k_max, seed=rng, n_starts=fractional_starts, fractional_n=fractional_n))
    seen, out = set(), []
    for t in tasks:
        if t.key not in seen:
            seen.add(t.key)
            out.append(t)
    return out


# ---------------------------------------------------------------------------------------------------
# Running one task


@dataclass(frozen=True)
class TaskResult:
    key: str
    status: str  # "certified", "not_certified", "below_threshold", "infeasible", "error"
    relaxed_value: float | None = None
    mu_fraction: str | None = None
    n: int | None = None
    pattern: dict | None = None
    proportions: list | None = None
    phases: list | None = None
    certificate: str | None = None
    detail: str = ""
    seconds: float = 0.0

    @property
    def mu(self) -> float | None:
        return None if self.mu_fraction is None else float(Fraction(self.mu_fraction))

    def to_dict(self) -> dict:
        d = {k: getattr(self, k) for k in ("key", "status", "relaxed_value", "mu_fraction", "n", "pattern",
                                           "proportions", "phases", "certificate", "detail", "seconds")}
        d["mu"] = self.mu
        return d


def _cert_name(key: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_=." else "_" for ch in key)
    return f"{safe[:150]}.json"


def _finish(task: SearchTask, pattern: BlowupPattern, relaxed: float | None, out_dir: str | None,
            max_dense: int, t0: float, extra: dict, min_mu: float = 0.0) -> TaskResult:
    if float(pattern.mu_fraction) < min_mu:
        return TaskResult(task.key, "below_threshold", relaxed_value=relaxed, mu_fraction=str(pattern.mu_fraction),
                          n=pattern.n, detail=f"finite mu below min_mu = {min_mu}; not certified",
                          seconds=time.perf_counter() - t0)
    bc = certify_blowup(pattern, max_dense=max_dense, witness_extra={"search_task": task.key, **extra})
    props = (pattern.sizes / pattern.sizes.sum()).tolist()
    base = {"key": task.key, "relaxed_value": relaxed, "mu_fraction": str(pattern.mu_fraction), "n": pattern.n,
            "pattern": pattern.to_dict(), "proportions": props, "phases": bc.pattern.phases.tolist()}
    if not bc.certified:
        why = bc.quotient.reason if not bc.quotient.holds else (
            bc.check.reason if bc.check is not None else f"n = {pattern.n} > max_dense = {max_dense}")
        return TaskResult(status="not_certified", detail=why, seconds=time.perf_counter() - t0, **base)
    path = None
    if out_dir is not None:
        path = str(write_certificate(bc.certificate, Path(out_dir) / _cert_name(task.key)))
    return TaskResult(status="certified", certificate=path, detail=bc.check.reason,
                      seconds=time.perf_counter() - t0, **base)


def _run_fractional(task: SearchTask, *, out_dir: str | None, min_mu: float, t0: float) -> TaskResult:
    """Limit optimum over (p, theta, rho) on k clusters (margin 1e-4), then a certified finite graph."""
    from synclib.record.fractional import optimize_limit
    from synclib.record.finite import finite_witness

    seed, n_starts, n_fin = task.params
    # rounding to integers moves n * lambda by O(1), so the limit margin must be ~1/n (0.4 / n: the
    # n = 4000 record used 1e-4 and kept n lambda = -0.33)
    margin = max(FRACTIONAL_MARGIN, 0.4 / n_fin)
    res = optimize_limit(task.k, n_starts=n_starts, seed=seed, margin=margin)
    best = res[0] if res else None
    if best is None or not best.feasible:
        return TaskResult(task.key, "infeasible", detail="limit problem: no feasible local optimum",
                          seconds=time.perf_counter() - t0)
    if best.mu < min_mu:
        return TaskResult(task.key, "below_threshold", relaxed_value=best.mu,
                          detail=f"limit mu {best.mu:.6f} below min_mu = {min_mu}; no finite graph built",
                          seconds=time.perf_counter() - t0)
    cfg = best.config
    limit = {"k": cfg.k, "rho": np.asarray(cfg.rho).tolist(), "limit_mu": best.mu, "limit_lambda": best.lam,
             "margin": margin}
    w = finite_witness(cfg, n_fin, margin=margin, min_mu=min_mu if min_mu > 0 else None)
    base = {"key": task.key, "relaxed_value": best.mu, "pattern": {"kind": "fractional", **limit},
            "proportions": np.asarray(cfg.p).tolist(), "phases": np.asarray(cfg.theta).tolist()}
    if w.realization is None or w.check is None:
        why = w.message + (f" (minimum degree of min_mu = {min_mu} required)" if min_mu > 0 else "")
        return TaskResult(status="not_certified", detail=why, seconds=time.perf_counter() - t0, **base)
    r = w.realization
    base.update(mu_fraction=str(r.mu_fraction), n=r.n, proportions=(r.sizes / r.n).tolist())
    if not w.certified:
        return TaskResult(status="not_certified", detail=w.message, seconds=time.perf_counter() - t0, **base)
    path = None
    if out_dir is not None:
        path = str(write_certificate(w.certificate, Path(out_dir) / _cert_name(task.key)))
    return TaskResult(status="certified", certificate=path, detail=w.message,
                      seconds=time.perf_counter() - t0, **base)


def run_task(task: SearchTask, *, n_target: int = 400, out_dir: str | None = None, max_dense: int = 3000,
             margin: float = 1e-3, min_mu: float = 0.0, free_phases: bool = True) -> TaskResult:
    """Optimise, round, check and (when it holds) certify one task; never raises for a failed search.

    The expensive finite-graph certification runs only when the finite mu (known exactly before it)
    is at least ``min_mu``; otherwise the status is ``below_threshold``. With ``free_phases`` the
    proportions found for the task's phases are then improved jointly with the phases
    (:func:`optimize_phases_and_proportions`); the better feasible point is rounded.
    """
    t0 = time.perf_counter()
    try:
        if task.kind == "fractional":
            return _run_fractional(task, out_dir=out_dir, min_mu=min_mu, t0=t0)
        if task.kind == "weighted":
            from synclib.record.weighted import solve_weighted_circulant, weighted_pattern

            k, q, W = task.params
            # margin 0.05 (edge weight 1): the dense finite check needs |lambda|^2 > ~2 L ||f|| (Kantorovich)
            wr = solve_weighted_circulant(k, q, W, eps=WEIGHTED_EPS, time_limit=30.0)
            if wr.weights is None or not wr.certified:
                return TaskResult(task.key, "infeasible", detail=f"weighted program: {wr.status}",
                                  seconds=time.perf_counter() - t0)
            pattern = weighted_pattern(wr)
            return _finish(task, pattern, None, out_dir, max_dense, t0, {"weights": list(wr.weights)}, min_mu)
        if task.kind == "cayley":
            dims, kap = task.params
            edges, phases, status = solve_cayley(dims, kap)
            if not edges:
                return TaskResult(task.key, "infeasible", detail=f"Cayley program: {status}",
                                  seconds=time.perf_counter() - t0)
            task = SearchTask(task.key, "blowup", task.k, edges, phases)
        A = task.adjacency()
        theta = np.asarray(task.phases, dtype=float)
        pr = optimize_proportions(A, theta, margin=margin)
        if free_phases:
            pr2, th2 = optimize_phases_and_proportions(A, theta, pr.proportions if pr.feasible else None,
                                                       margin=margin)
            if pr2.feasible and (not pr.feasible or pr2.value > pr.value + 1e-9):
                pr, theta = pr2, th2
        if not pr.feasible:
            return TaskResult(task.key, "infeasible", relaxed_value=pr.value, detail=pr.message,
                              seconds=time.perf_counter() - t0)
        sizes = round_sizes(pr.proportions, n_target)
        pattern = make_pattern(A, sizes, theta, name=task.key)
        return _finish(task, pattern, pr.value, out_dir, max_dense, t0,
                       {"relaxed_value": pr.value, "relaxed_proportions": pr.proportions.tolist()}, min_mu)
    except SyncLibError as exc:
        return TaskResult(task.key, "error", detail=str(exc), seconds=time.perf_counter() - t0)


# ---------------------------------------------------------------------------------------------------
# Store


class SearchStore(ResultStore):
    """SQLite store of task results (one row per task key); reopening with the same settings resumes a run."""

    kind = "search"
    table = "results"
    ddl = ("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
           "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, status TEXT NOT NULL, "
           "mu REAL, mu_fraction TEXT, n INTEGER, relaxed REAL, certificate TEXT, "
           "record TEXT NOT NULL, finished REAL NOT NULL)")

    def done_keys(self) -> set[str]:
        return {r[0] for r in self.query("SELECT key FROM results")}

    def put(self, result: TaskResult) -> None:
        self.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (result.key, result.status, result.mu, result.mu_fraction, result.n,
                      result.relaxed_value, result.certificate, json.dumps(result.to_dict()), time.time()))

    def best(self) -> TaskResult | None:
        rows = self.query("SELECT record FROM results WHERE status = 'certified' ORDER BY mu DESC, n ASC LIMIT 1")
        if not rows:
            return None
        d = json.loads(rows[0][0])
        d.pop("mu", None)
        return TaskResult(**d)

    def best_relaxed(self) -> float | None:
        """Largest relaxed (limit) value over tasks that were not infeasible or failed."""
        return self.query("SELECT MAX(relaxed) FROM results WHERE status NOT IN ('infeasible', 'error')")[0][0]

    def counts(self) -> dict:
        return dict(self.query("SELECT status, COUNT(*) FROM results GROUP BY status"))


@dataclass(frozen=True)
class SearchSummary:
    best: TaskResult | None
    tasks_total: int
    tasks_run: int
    tasks_skipped: int
    counts: dict = field(default_factory=dict)
    best_relaxed: float | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict:
        b = self.best
        return {
            "mu": None if b is None else b.mu,
            "mu_fraction": None if b is None else b.mu_fraction,
            "pattern": None if b is None else b.pattern,
            "proportions": None if b is None else b.proportions,
            "phases": None if b is None else b.phases,
            "certificate": None if b is None else b.certificate,
            "n": None if b is None else b.n,
            "task": None if b is None else b.key,
            "tasks_total": self.tasks_total,
            "tasks_run": self.tasks_run,
            "tasks_skipped": self.tasks_skipped,
            "counts": self.counts,
            "best_relaxed_value": self.best_relaxed,
            "seconds": self.seconds,
        }


def _run_task_kw(task: SearchTask, kw: dict) -> TaskResult:
    return run_task(task, **kw)


def run_search(k_max: int = 20, *, time_limit: float | None = None, db: str | os.PathLike | None = None,
               seed=None, workers: int = 1, out_dir: str | os.PathLike | None = None, n_target: int = 400,
               max_dense: int = 3000, scheduler: str | None = None, tasks: list[SearchTask] | None = None,
               progress=None, min_mu: float = 0.0, free_phases: bool = True) -> SearchSummary:
    """Run every task not yet in the store; return the best certified witness (this run or earlier).

    Parameters
    ----------
    k_max : int
        Largest pattern size.
    time_limit : float, optional
        Wall-clock seconds; no new task starts after it (running ones finish).
    db : path, optional
        SQLite store (resumable); an in-memory store when None.
    seed : int, Generator or None
        Seeds the non-vertex-transitive patterns and the task order within each family block.
    workers : int
        Processes (1 = in this process).
    out_dir : path, optional
        Where certificates are written (required to report a certificate path).
    scheduler : str, optional
        Address of a Dask scheduler; tasks are then submitted to it instead of a process pool.
    min_mu : float
        Certify a finite graph only when its exact mu is at least this (certification is the costly part).
    free_phases : bool
        Also optimise the phases jointly with the proportions (see :func:`run_task`).
    """
    workers = check_workers(workers)
    if time_limit is not None and not time_limit > 0:
        raise InvalidParameterError(f"time_limit must be positive seconds, got {time_limit!r}")
    rng = np.random.default_rng(seed)
    if tasks is None:
        tasks = build_tasks(k_max, seed=rng, n_target=n_target)
    kw = {"n_target": n_target, "out_dir": None, "max_dense": max_dense, "min_mu": float(min_mu),
          "free_phases": bool(free_phases)}
    params = {k: v for k, v in kw.items() if k != "out_dir"}
    try:
        store = SearchStore(db if db is not None else ":memory:", params)
    except StoreError as exc:
        raise StoreError(f"--db {exc}") from None
    if out_dir is not None:
        try:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            store.close()
            raise SyncLibError(f"--out-dir {out_dir}: cannot create directory ({exc.strerror or exc})") from exc
        kw["out_dir"] = str(out_dir)
    t0 = time.perf_counter()
    try:
        done = store.done_keys()
        todo = [t for t in tasks if t.key not in done]
        deadline = None if time_limit is None else t0 + float(time_limit)

        def record(_i: int, res: TaskResult) -> None:
            store.put(res)
            if progress is not None:
                progress(res)

        results = run_tasks([(_run_task_kw, (t, kw)) for t in todo], workers=workers, scheduler=scheduler,
                            on_done=record, deadline=deadline)
        ran = sum(r is not None for r in results)  # tasks past the deadline were never started
        return SearchSummary(best=store.best(), tasks_total=len(tasks), tasks_run=ran,
                             tasks_skipped=len(tasks) - len(todo), counts=store.counts(),
                             best_relaxed=store.best_relaxed(), seconds=time.perf_counter() - t0)
    finally:
        store.close()
