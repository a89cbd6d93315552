"""Sweeps of the densest stable twisted circulant over many (n, q): one problem per divisor class.

Plan (Yoneda, Tatsukawa & Teramae, Chaos 31, 063124, 2021, and the science note):

* **gcd reduction.** Multiplying every distance by a unit v of Z_n maps C_n(S) onto the isomorphic
  C_n(vS) and the q-twist onto the vq-twist; the eigenvalues lambda_r of the two twisted states are the
  same multiset (mode r goes to mode v r). Choosing v q = m (mod n), m = gcd(n, q), shows that the
  optimum depends on (n, q) only through m. So a sweep solves ONE problem per divisor class
  (n, m), m | n, and reports every twist q with gcd(n, q) = m through it: the degree is the class's
  degree and the optimal set for q is fold(v' S_m) with v' = :func:`synclib.circulant.closed_form.unit_for_twist`
  (v' q = m). Classes with n/m < 5 have no stable twisted state at all (Yoneda et al. 2021) and are
  reported ``infeasible`` without a solve. ``tests/synclib/test_sweep.py`` checks the reduction against
  direct MILP solves of every (n, q) for small n. On request (``verify_twists=True``, ``synctool sweep
  --verify-all``) every row's own set is also re-certified at its own twist, independently of the
  reduction, batched as one matrix product per n (:func:`certify_twists_batch`).
* **Per-class solve** (:func:`solve_class`), ``method="auto"``: the exact one-row knapsack upper bound
  at twist m (the mode r = m, see :mod:`synclib.circulant.closed_form`) and the set it constructs; when that set
  is certified stable by :func:`synclib.certify.equilibrium.certify_twisted` with margin eps, its degree equals an
  upper bound, so it is a *proven* optimum with no MILP. Otherwise (never observed for n <= 2000, but
  not excluded) the class is solved by the reduced integer program (CBC or HiGHS) and the solver's
  network is re-verified. ``method="milp"`` forces the integer program for every class (the bound is
  still computed, to cross-check the solver).
* **Fast exact knapsack.** :func:`class_upper_bound` uses :func:`synclib.circulant.closed_form.knapsack_bound`,
  which runs the greedy in float64, evaluating every decision
  value (an integer combination of the b_l = -cos(2 pi l/N)(1 - cos(2 pi l/N)) minus eps, kept as a
  list of float terms) with ``math.fsum`` and a rigorous-with-margin
  error bound 1e-13 (1 + sum |c_l|) (each b_l is computed to ~1e-15, the products and the exactly
  rounded sum add u per term). Exact zeros of b_l (l = 0, 4 l = N) are set exactly. Whenever a decision
  value lies within its error bound of the boundary (e.g. N = 6, where sums of b_l vanish exactly),
  it falls back to the exact :func:`synclib.circulant.closed_form.closed_form`. The tests compare both paths on
  every class with n <= 150 and on the reference values.
* **Best twist per n** (``q="best"``): classes are visited in decreasing order of their exact upper
  bound and the visit stops once no unvisited class can beat (or tie with a smaller m) the best
  certified degree, so most classes are never solved.
* **Execution.** Problems are independent. ``workers`` processes (all cores by default; 1 = in this
  process) or a Dask distributed cluster (``scheduler="tcp://host:port"``) solve them; this process
  writes each finished problem to the SQLite store in its own transaction
  (:class:`synclib.circulant.sweep_store.SweepStore`), so a killed sweep resumes without repeating or losing work.

Results: :class:`synclib.circulant.solve.CirculantSolution` (one per class, ``q`` = m) and :class:`SweepResult` (the classes, the twist table
of one row per (n, q) or per n, a summary).
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from synclib.certify.twisted import certify_twisted_indicators
from synclib.circulant.closed_form import knapsack_bound
from synclib._parallel import check_workers, connect, run_tasks
from synclib.circulant.sweep_store import SWEEP_METHODS, SweepParams, SweepStore
from synclib.exceptions import InvalidParameterError, SyncLibError
from synclib.circulant.program import DEFAULT_EPS, circulant_program
from synclib.circulant.solve import (MAX_N, MIN_N_TILDE, CirculantSolution, certify_solution, check_problem_size,
                                     estimate_cost, solution_from_outcome)
from synclib.circulant.solvers import FAILED, solve_binary_program

__all__ = [
    "SWEEP_METHODS",
    "Q_MODES",
    "SweepParams",
    "CirculantSolution",
    "SweepResult",
    "divisor_classes",
    "class_upper_bound",
    "solve_class",
    "run_sweep",
    "twist_table",
    "certify_twists_batch",
    "best_per_n",
    "table_records",
    "parse_n_range",
]

log = logging.getLogger(__name__)

Q_MODES = ("all", "divisors", "best")
_INFEASIBLE_MESSAGE = "n/gcd(n,q) < 5: no stable twisted state on any circulant (Yoneda et al. 2021)"




# ---------------------------------------------------------------------------------------------------
# Validation helpers


def parse_n_range(text: str) -> range:
    """Parse ``"A:B"`` (inclusive) or ``"N"`` into a range of n; raises InvalidParameterError."""
    s = str(text).strip()
    parts = s.split(":")
    try:
        if len(parts) == 1:
            a = b = int(parts[0])
        elif len(parts) == 2:
            a, b = int(parts[0]), int(parts[1])
        else:
            raise ValueError
    except ValueError:
        raise InvalidParameterError(f"n range must look like A:B with integers A <= B, got {text!r}") from None
    if a > b:
        raise InvalidParameterError(f"n range {text!r}: start {a} is larger than end {b}")
    if a < 5:
        raise InvalidParameterError(f"n range {text!r}: n must be >= 5 (smaller n have no stable twisted state)")
    return range(a, b + 1)


def _check_ns(ns: Iterable[int]) -> list[int]:
    out = []
    for n in ns:
        if isinstance(n, bool) or int(n) != n or n < 5:
            raise InvalidParameterError(f"every n must be an integer >= 5, got {n!r}")
        out.append(int(n))
    if not out:
        raise InvalidParameterError("the n range is empty")
    return sorted(set(out))


def divisor_classes(n: int) -> list[int]:
    """The divisors m of n with n/m >= 5: one integer program each (ascending)."""
    return [m for m in range(1, n // MIN_N_TILDE + 1) if n % m == 0]


def _fold(k: int, n: int) -> int:
    k %= n
    return min(k, n - k)


# ---------------------------------------------------------------------------------------------------
# The one-row knapsack upper bound, fast path with exact fallback


def class_upper_bound(n: int, m: int, *, eps: float = DEFAULT_EPS) -> tuple[int | None, tuple[int, ...], str]:
    """Exact optimum of the one-row knapsack relaxation at twist m (an upper bound on the degree).

    Returns ``(degree, items, how)``: ``degree`` None when even the relaxation is infeasible,
    ``items`` the connection set the knapsack chooses (for twist m), ``how`` ``"float-certified"`` or
    ``"exact"`` (the mpmath/sympy closed form, used when a float decision was too close to call).
    """
    n, m = int(n), int(m)
    if n < 5 or m < 1 or n % m or n // m < MIN_N_TILDE:
        raise InvalidParameterError(f"(n, m) = ({n}, {m}) is not a divisor class with n/m >= 5")
    return knapsack_bound(n, m, eps=eps)


# ---------------------------------------------------------------------------------------------------
# One class


def solve_class(n: int, m: int, *, method: str = "auto", solver: str = "cbc", eps: float = DEFAULT_EPS,
                time_limit: float | None = None) -> CirculantSolution:
    """Solve the divisor class (n, m): the densest circulant whose m-twisted state is stable.

    Parameters
    ----------
    n, m : int
        m divides n and n/m >= 5.
    method : {"auto", "milp"}
        ``auto``: the exact closed form when its set certifies (a proven optimum), else the MILP.
        ``milp``: always the integer program (re-verified, cross-checked with the exact bound).
    solver : {"cbc", "highs"}
    eps : float
        Stability margin: every eigenvalue <= -eps.
    time_limit : float, optional
        MILP time limit in seconds.

    Examples
    --------
    >>> r = solve_class(544, 34)
    >>> r.degree, r.status, r.optimality_proven
    (371, 'optimal', True)
    """
    params = SweepParams(method=method, solver=solver, eps=eps, time_limit=time_limit)
    check_problem_size(int(n), params.method)
    t0 = time.perf_counter()
    bound, items, how = class_upper_bound(n, m, eps=params.eps)
    n, m = int(n), int(m)
    if method == "auto":
        base = dict(n=n, q=m, method="closed-form", eps=params.eps)
        if bound is None:
            return CirculantSolution(**base, status="infeasible", seconds=time.perf_counter() - t0,
                                     message="the exact one-row bound is already infeasible")
        check, certified = certify_solution(n, items, m, params.eps)
        if certified:
            return CirculantSolution(**base, status="optimal", degree=bound, connection_set=items,
                                     max_eigenvalue=check.max_eigenvalue, error_bound=check.error_bound,
                                     certified=True, upper_bound=bound, seconds=time.perf_counter() - t0,
                                     message=f"exact closed form ({how} knapsack bound) attained and certified")
        log.info("(n, m) = (%d, %d): closed-form set not certified; solving the MILP", n, m)
        if n > MAX_N["milp"]:  # the integer program would not fit: report the uncertified set as such
            return CirculantSolution(**base, status="uncertified", degree=bound, connection_set=items,
                                     max_eigenvalue=check.max_eigenvalue, error_bound=check.error_bound,
                                     certified=False, upper_bound=bound, seconds=time.perf_counter() - t0,
                                     message=f"closed-form set not certified and n > {MAX_N['milp']} is too large "
                                             "for the MILP")
    out = solve_binary_program(circulant_program(n, m, eps=params.eps), solver=params.solver,
                               time_limit=params.time_limit)
    note = "closed-form set failed certification; " if method == "auto" else ""
    return solution_from_outcome(n, m, out, eps=params.eps, bound=bound, t0=t0, note=note)


def _infeasible_class(n: int, m: int) -> CirculantSolution:
    return CirculantSolution(n=n, q=m, method="theorem", status="infeasible", message=_INFEASIBLE_MESSAGE)


# ---------------------------------------------------------------------------------------------------
# Tasks (run in worker processes or on Dask workers: module-level, picklable)



def _solve_many(pairs: list[tuple[int, int]], params: SweepParams) -> list[CirculantSolution]:
    return [solve_class(n, m, **params.to_dict()) for n, m in pairs]


def _solve_best(n: int, done: list[CirculantSolution], params: SweepParams) -> list[CirculantSolution]:
    """Best twist for one n: visit classes by decreasing exact bound, stop when none can win."""
    have = {r.m: r for r in done}
    cands = []
    for m in divisor_classes(n):
        if m in have:
            r = have[m]
            cands.append((r.upper_bound if r.upper_bound is not None else -1, m))
        else:
            bnd = class_upper_bound(n, m, eps=params.eps)[0]
            cands.append((-1 if bnd is None else bnd, m))
    cands.sort(key=lambda t: (-t[0], t[1]))
    best: tuple[int, int] | None = None  # (degree, m)
    new: list[CirculantSolution] = []
    for bnd, m in cands:
        if best is not None and (bnd < best[0] or (bnd == best[0] and m > best[1])):
            break
        r = have.get(m)
        if r is None:
            r = solve_class(n, m, **params.to_dict())
            new.append(r)
        if r.degree is not None and r.certified:
            if best is None or r.degree > best[0] or (r.degree == best[0] and m < best[1]):
                best = (r.degree, m)
    return new


# ---------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class SweepResult:
    """A finished sweep: the per-class results, the twist table and a summary."""

    ns: tuple[int, ...]
    q_mode: str
    params: SweepParams
    classes: tuple[CirculantSolution, ...]
    solved_now: int
    from_store: int
    seconds: float
    db: str | None = None
    workers: int | str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    def table(self, *, include_sets: bool = False, verify_twists: bool = False):
        """pandas DataFrame: one row per (n, q) (``all``), per class (``divisors``) or per n (``best``).

        See :func:`twist_table`."""
        return twist_table(self.classes, self.ns, q_mode=self.q_mode, include_sets=include_sets,
                           verify_twists=verify_twists, eps=self.params.eps)

    def classes_frame(self):
        import pandas as pd

        return pd.DataFrame([c.to_dict() for c in self.classes])

    def summary(self) -> dict:
        statuses = Counter(c.status for c in self.classes)
        feasible = [c for c in self.classes if c.degree is not None and c.certified]
        best = None
        if feasible:
            top = max(feasible, key=lambda c: (Fraction(c.degree, c.n - 1), -c.n, -c.m))
            best = {"n": top.n, "q": top.m, "degree": top.degree, "mu": float(top.mu),
                    "mu_fraction": f"{top.mu.numerator}/{top.mu.denominator}"}
        n_twists = sum(n // 2 for n in self.ns)
        return {
            "n_min": min(self.ns), "n_max": max(self.ns), "n_count": len(self.ns), "q_mode": self.q_mode,
            "params": self.params.to_dict(), "problems": len(self.classes), "solved_now": self.solved_now,
            "from_store": self.from_store, "twists_covered": n_twists if self.q_mode != "best" else None,
            "statuses": dict(sorted(statuses.items())),
            "solved_by": dict(sorted(Counter(c.solver or c.method for c in self.classes).items())),
            "all_proven_optimal": all(c.optimality_proven for c in self.classes),
            "best": best, "seconds": self.seconds, "db": self.db, "workers": self.workers,
        }

    def to_dict(self, *, include_rows: bool = True) -> dict:
        out = {"summary": self.summary()}
        if include_rows:
            df = self.table()
            out["rows"] = table_records(df)
        return out


def table_records(df) -> list[dict]:
    """A twist table as JSON-ready records (missing values as None)."""
    import json

    return json.loads(df.to_json(orient="records", double_precision=15))


def _class_map(classes: Iterable[CirculantSolution]) -> dict[tuple[int, int], CirculantSolution]:
    return {(c.n, c.m): c for c in classes}


def twist_table(classes: Iterable[CirculantSolution], ns: Iterable[int], *, q_mode: str = "all",
                include_sets: bool = False, verify_twists: bool = False, eps: float = DEFAULT_EPS):
    """Expand per-class results to the twist table (a pandas DataFrame).

    ``all``: one row per (n, q), q = 1..n//2, through the gcd reduction (rows with n/gcd < 5 are
    ``infeasible``); ``divisors``: one row per q | n (the class representatives q = m, including the
    infeasible ones); ``best``: one row per n, the best certified twist (smallest q among ties).
    Columns: n, q, m, n_tilde, status, degree, mu, mu_fraction, certified, optimality_proven, method,
    solver (the MILP solver that answered, None for the closed form), and ``connection_set`` (text) when ``include_sets``.

    ``verify_twists`` re-certifies every row's own set at its own twist q (column ``verified``,
    certified largest eigenvalue <= -eps): redundant with the reduction's proof, but independent of it;
    it costs one spectrum per (n, q).
    """
    import pandas as pd

    if q_mode not in Q_MODES:
        raise InvalidParameterError(f"q mode must be one of {', '.join(Q_MODES)}, got {q_mode!r}")
    cmap = _class_map(classes)
    ns = sorted(set(int(n) for n in ns))
    if q_mode == "best":
        picked = [(n, c.m, c) for n, c in best_per_n(cmap.values(), ns).items()]
    else:
        picked = []
        for n in ns:
            for m in range(1, n // 2 + 1):
                if n % m:
                    continue
                if n // m < MIN_N_TILDE:
                    c = _infeasible_class(n, m)
                else:
                    c = cmap.get((n, m))
                    if c is None:
                        raise SyncLibError(f"no result for the class (n, m) = ({n}, {m}): the sweep is incomplete")
                picked.append((n, m, c))
    # one entry per class, expanded to the twists of the class with numpy
    ns_a, qs_a, idx_a = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for i, (n, m, c) in enumerate(picked):
        if q_mode == "all":
            qs = np.arange(1, n // 2 + 1, dtype=np.int64)
            qs = qs[np.gcd(qs, n) == m]
        else:
            qs = np.array([m], dtype=np.int64)
        ns_a.append(np.full(qs.size, n, dtype=np.int64))
        qs_a.append(qs)
        idx_a.append(np.full(qs.size, i, dtype=np.int64))
    n_col, q_col, idx = np.concatenate(ns_a), np.concatenate(qs_a), np.concatenate(idx_a)
    order = np.lexsort((q_col, n_col))
    n_col, q_col, idx = n_col[order], q_col[order], idx[order]
    cls = [c for _, _, c in picked]

    def per_class(values, dtype):
        return np.asarray(values, dtype=dtype)[idx] if cls else np.zeros(0, dtype=dtype)

    deg = per_class([-1 if c.degree is None else c.degree for c in cls], np.int64)
    has = deg >= 0
    d0 = np.where(has, deg, 0)
    g = np.maximum(np.gcd(d0, n_col - 1), 1)
    num, den = d0 // g, (n_col - 1) // g
    degree = pd.array(d0, dtype="Int64")
    degree[~has] = pd.NA
    certified = pd.array(per_class([c.certified for c in cls], object), dtype="boolean")
    df = pd.DataFrame({
        "n": n_col, "q": q_col,
        "m": per_class([c.m for c in cls], np.int64),
        "n_tilde": per_class([c.n_tilde for c in cls], np.int64),
        "status": per_class([c.status for c in cls], object),
        "degree": degree,
        "mu": np.where(has, d0 / np.maximum(n_col - 1, 1), np.nan),
        "mu_fraction": [f"{a}/{b}" if h else None for a, b, h in zip(num.tolist(), den.tolist(), has.tolist())],
        "certified": certified,
        "optimality_proven": per_class([c.optimality_proven for c in cls], bool),
        "method": per_class([c.method for c in cls], object),
        "solver": per_class([c.solver for c in cls], object),
    })
    if include_sets or verify_twists:
        _add_twist_sets(df, n_col, q_col, idx, cls, include_sets, verify_twists, eps)
    return df


def _add_twist_sets(df, n_col, q_col, idx, cls, include_sets: bool, verify_twists: bool, eps: float) -> None:
    """Columns ``connection_set`` (each row's own optimal set) and/or ``verified`` (that set re-certified
    at the row's own twist), built class by class with numpy."""
    import pandas as pd

    from synclib.circulant.closed_form import unit_for_twist

    sets = np.full(len(n_col), "", dtype=object)
    verified = np.full(len(n_col), None, dtype=object)
    rows_of: dict[int, list[int]] = {}
    for row, i in enumerate(idx.tolist()):
        rows_of.setdefault(i, []).append(row)
    by_n: dict[int, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {}
    for i, rows in rows_of.items():
        c = cls[i]
        if c.degree is None:
            continue
        rows_a = np.asarray(rows, dtype=np.int64)
        n = c.n
        qs = q_col[rows_a]
        units = np.array([unit_for_twist(n, int(q)) for q in qs], dtype=np.int64)
        Sm = np.asarray(c.connection_set, dtype=np.int64)
        # v q = m (mod n): lambda_r(fold(v S_m), q) = lambda_{v r}(S_m, m), the same spectrum
        prod = (units[:, None] * Sm[None, :]) % n
        F = np.sort(np.minimum(prod, n - prod), axis=1)
        if include_sets:
            for row, S in zip(rows, F.tolist()):
                sets[row] = " ".join(map(str, S))
        if verify_twists:
            if not c.certified:
                verified[rows_a] = False
                continue
            by_n.setdefault(n, []).append((rows_a, qs, F))
    if verify_twists:
        for n, parts in by_n.items():
            rows_a = np.concatenate([p[0] for p in parts])
            qs = np.concatenate([p[1] for p in parts])
            half = n // 2
            X = np.zeros((rows_a.size, half))
            start = 0
            degrees = []
            for _, _, F in parts:
                r = np.arange(start, start + F.shape[0])[:, None]
                X[r, F - 1] = 1.0
                start += F.shape[0]
            w = np.where(2 * np.arange(1, half + 1) == n, 1.0, 2.0)
            degrees = X @ w
            want = np.array([cls[i].degree for i in idx[rows_a].tolist()], dtype=float)
            ok = certify_twisted_indicators(n, qs, X, eps) & (degrees == want)
            verified[rows_a] = ok
    if include_sets:
        df["connection_set"] = sets
    if verify_twists:
        df["verified"] = pd.array(verified, dtype="boolean")


def certify_twists_batch(n: int, qs: Sequence[int], sets: Sequence[Sequence[int]], *,
                         eps: float = DEFAULT_EPS) -> np.ndarray:
    """For each (q, S): is the q-twisted state of C_n(S) certified with every eigenvalue <= -eps?

    The rigorous test of :func:`synclib.certify.equilibrium.certify_twisted` (each lambda_r plus a bound on its
    floating-point error must be <= -eps) for many sets of one n at once: lambda = A (C - 1)^T with
    A[i, k] = x_ik w_k cos(2 pi q_i k/n), one matrix product per n. The summation error of the K_i = |S_i|
    nonzero terms is bounded by gamma_K sum_k |A_ik| |C_rk - 1| <= 2 gamma_K sum_k |A_ik| (zero entries add
    no rounding, so this holds in any BLAS order); the cosine errors as in ``certify_twisted``.
    """
    n = int(n)
    half = n // 2
    X = np.zeros((len(qs), half))
    for i, S in enumerate(sets):
        X[i, np.asarray(S, dtype=np.int64) - 1] = 1.0
    return certify_twisted_indicators(n, np.asarray(qs, dtype=np.int64), X, eps)


def best_per_n(classes: Iterable[CirculantSolution], ns: Iterable[int] | None = None) -> dict[int, CirculantSolution]:
    """The best certified class of each n (largest degree, smallest m among ties)."""
    out: dict[int, CirculantSolution] = {}
    want = None if ns is None else set(int(n) for n in ns)
    for c in classes:
        if want is not None and c.n not in want:
            continue
        if c.degree is None or not c.certified:
            continue
        cur = out.get(c.n)
        if cur is None or c.degree > cur.degree or (c.degree == cur.degree and c.m < cur.m):
            out[c.n] = c
    return dict(sorted(out.items()))


# ---------------------------------------------------------------------------------------------------
# Running a sweep




def _batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def run_sweep(ns: Iterable[int], *, method: str = "auto", solver: str = "cbc", eps: float = DEFAULT_EPS,
              time_limit: float | None = None, q: str = "all", db: str | os.PathLike | None = None,
              workers: int | None = None, scheduler: str | None = None, connect_timeout: float = 5.0,
              progress: bool = False) -> SweepResult:
    """Solve every divisor class of every n in ``ns`` (or only what ``q="best"`` needs).

    Parameters
    ----------
    ns : iterable of int
        The n values (each >= 5), e.g. ``range(5, 601)``.
    method, solver, eps, time_limit
        See :func:`solve_class`.
    q : {"all", "divisors", "best"}
        What the twist table reports (see :func:`twist_table`); ``best`` also prunes the solves.
    db : path, optional
        SQLite store (:class:`synclib.circulant.sweep_store.SweepStore`): finished classes are read from it and new
        ones written to it, one transaction each. None keeps everything in memory.
    workers : int, optional
        Worker processes (default: all cores; 1 solves in this process).
    scheduler : str, optional
        Address of a Dask distributed scheduler (``tcp://host:port``); replaces the local pool.
    connect_timeout : float
        Seconds to wait for the scheduler before giving up (nothing is written then).
    progress : bool
        Show a tqdm progress bar on stderr.
    """
    t0 = time.perf_counter()
    params = SweepParams(method=method, solver=solver, eps=eps, time_limit=time_limit)
    ns = _check_ns(ns)
    if q not in Q_MODES:
        raise InvalidParameterError(f"q mode must be one of {', '.join(Q_MODES)}, got {q!r}")
    check_sweep_size(ns, params.method)
    if workers is not None:
        workers = check_workers(workers)
    if not connect_timeout > 0:
        raise InvalidParameterError(f"connect_timeout must be positive seconds, got {connect_timeout!r}")
    client = connect(scheduler, connect_timeout) if scheduler else None
    store = None
    try:
        store = SweepStore(db, params) if db is not None else None
        known: dict[tuple[int, int], CirculantSolution] = store.load(ns) if store is not None else {}
        # a stored failure is not an answer: those classes are solved again
        known = {k: r for k, r in known.items() if r.status != FAILED}
        from_store = len(known)
        if q == "best":
            jobs = [n for n in ns if not _best_settled(n, known)]
            job_fn, job_args = _solve_best, [(n, [r for (nn, _), r in known.items() if nn == n]) for n in jobs]
            total = len(job_args)
        else:
            todo = [(n, m) for n in ns for m in divisor_classes(n) if (n, m) not in known]
            # large problems first (better load balance); then chunk
            todo.sort(key=lambda t: -(t[0] * t[0]) // t[1])
            total = len(todo)
            job_fn = None
        n_workers = workers if workers is not None else (os.cpu_count() or 1)
        new: list[CirculantSolution] = []

        def record(results: list[CirculantSolution]) -> None:
            for r in results:
                if store is not None:
                    store.add(r)
                known[(r.n, r.m)] = r
                new.append(r)

        if q == "best":
            tasks = [(job_fn, (n, done, params)) for n, done in job_args]
        else:
            chunk = max(1, min(32, total // (8 * max(1, n_workers)) or 1)) if client is None else \
                max(1, min(64, total // 64 or 1))
            tasks = [(_solve_many, (batch, params)) for batch in _batches(todo, chunk)]
        run_tasks(tasks, workers=n_workers, client=client, on_done=lambda i, res: record(res),
                  weight=lambda t: 1 if q == "best" else len(t[1][0]), progress=progress, desc="sweep",
                  unit="n" if q == "best" else "problem")
        classes = tuple(sorted(known.values(), key=lambda c: (c.n, c.m)))
        return SweepResult(ns=tuple(ns), q_mode=q, params=params, classes=classes, solved_now=len(new),
                           from_store=from_store, seconds=time.perf_counter() - t0,
                           db=None if store is None else str(store.path),
                           workers=scheduler if client is not None else n_workers)
    finally:
        if store is not None:
            store.close()
        if client is not None:
            client.close()


MAX_SWEEP_SECONDS = 30 * 86400.0
"""A sweep whose estimated time exceeds this is refused before it starts."""


def check_sweep_size(ns: Sequence[int], method: str) -> None:
    """Refuse a sweep whose largest n exceeds :data:`synclib.circulant.solve.MAX_N` for its method, or
    whose estimated total time (every divisor class of every n) exceeds :data:`MAX_SWEEP_SECONDS`;
    checked before any divisor class is listed."""
    check_problem_size(max(ns), method)
    total = 0.0
    for n in ns:  # d(n) <= 2 sqrt(n) classes of cost ~estimate_cost(n)
        total += 2.0 * math.isqrt(n) * estimate_cost(n, method)[1]
        if total > MAX_SWEEP_SECONDS:
            raise InvalidParameterError(
                f"the sweep over {len(ns)} values of n up to {max(ns)} would take longer than the limit of "
                f"{MAX_SWEEP_SECONDS / 86400:.0f} days (estimated); split the range")


def _best_settled(n: int, known: dict[tuple[int, int], CirculantSolution]) -> bool:
    """All classes of n are stored (a resumed best-mode sweep re-checks the rest cheaply)."""
    return all((n, m) in known for m in divisor_classes(n))
