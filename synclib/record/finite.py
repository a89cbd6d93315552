"""From a limit point of :mod:`synclib.record.fractional` to a certified finite graph.

Finite witness (:func:`finite_witness`):

1. sizes c_i by largest remainders of p_i n, and the limit problem re-solved with p *fixed* at c / n
   (rounding p by 1/n would otherwise push the configuration across the fold);
2. integer edge counts e_ij near rho_ij c_i c_j from a small MILP (:func:`round_joins`): for fixed
   phases the cluster equations sum_j e_ij sin(theta_j - theta_i) are linear in e, so we minimise
   their imbalance subject to a minimum degree;
3. the graph (:func:`realize_integer`): cliques inside clusters, and each join a cyclic-interval
   bipartite graph (row a takes the next d_a columns round the cycle) whose two sides have degrees
   within 1 of e/c_i and e/c_j (exactly biregular when both divide e), with per-cluster pointers so
   that every vertex's total degree is within 1 of its cluster mean: min degree in cluster i is
   c_i - 1 + floor(sum_j e_ij / c_i). The partition is then equitable up to +-1 per vertex and join;
4. phases: Newton on the cluster equations, then damped Newton on the full n-vertex system;
   predicted top eigenvalue n lambda(c / n, e / (c c)) (exact for an equitable partition);
5. :func:`synclib.certify.equilibrium.certify_equilibrium` on the dense finite Jacobian and a certificate in the
   ``synctool bound`` format (:func:`synclib.certify.certificate.make_certificate`), re-checkable by
   ``synctool verify``.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from synclib.dynamics.newton import newton_polish, polish_class_phases
from synclib.exceptions import InvalidParameterError
from synclib.kuramoto import cos_sin_weights
from synclib.record.fractional import FractionalConfig, LimitResult, limit_quantities, optimize_limit

__all__ = [
    "FiniteWitness",
    "Realization",
    "certify_realization",
    "finite_witness",
    "realization_quantities",
    "realize",
    "realize_integer",
    "round_joins",
    "witness_from_recipe",
]

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------------
# Finite realisation


@dataclass(frozen=True)
class Realization:
    """A finite graph realising a fractional configuration: cluster sizes, join edge counts, adjacency."""

    sizes: np.ndarray
    edges_between: np.ndarray  # e_ij = number of edges between clusters i and j (i != j)
    adjacency: np.ndarray
    cluster: np.ndarray  # cluster index of each vertex
    theta0: np.ndarray  # cluster-constant start phases (one per vertex)

    @property
    def n(self) -> int:
        return int(self.sizes.sum())

    @property
    def mu_fraction(self) -> Fraction:
        deg = self.adjacency.sum(axis=1)
        return Fraction(round(float(deg.min())), self.n - 1)


def _round_sizes(p, n):
    raw = np.asarray(p) * n
    c = np.maximum(1, np.floor(raw)).astype(np.int64)
    rest = n - c.sum()
    order = np.argsort(-(raw - np.floor(raw)))
    for t in range(int(max(rest, 0))):
        c[order[t % c.size]] += 1
    return c


def _interval_join(ci: int, cj: int, e: int, row_ptr: int, col_ptr: int):
    """Bipartite graph with e edges whose side degrees are within 1 of e/ci and e/cj (cyclic intervals).

    Row a (in the order row_ptr, row_ptr + 1, ...) gets the next cyclic interval of length d_a of the
    columns, starting at column col_ptr; laying the e stubs round the cycle of length cj covers every
    column floor(e/cj) or ceil(e/cj) times, and an interval of length <= cj has no repeated column.
    The e mod ci rows with one extra edge are row_ptr .. row_ptr + (e mod ci) - 1 and the e mod cj
    extra columns are col_ptr .. col_ptr + (e mod cj) - 1 (mod the sizes), so advancing the pointers
    between joins balances the total degree inside a cluster (spread at most 1).
    """
    order = (row_ptr + np.arange(ci)) % ci
    d = np.full(ci, e // ci)
    d[: e - d.sum()] += 1
    rows = np.repeat(order, d)
    cols = (col_ptr + np.arange(e)) % cj
    return rows, cols


def realize_integer(sizes, edges_between, phases) -> Realization:
    """Finite graph from integer cluster sizes and integer edge counts between clusters.

    Cliques inside clusters; e_ij edges between clusters i and j laid out by :func:`_interval_join`
    with per-cluster pointers, so every vertex degree is within 1 of its cluster's mean and every
    cluster's degree spread is at most 1.
    """
    c = np.asarray(sizes, dtype=np.int64)
    E = np.asarray(edges_between, dtype=np.int64)
    k = c.size
    if E.shape != (k, k) or np.any(E != E.T) or np.any(E < 0) or np.any(E > np.outer(c, c)):
        raise InvalidParameterError("edges_between must be symmetric with 0 <= e_ij <= c_i c_j")
    n = int(c.sum())
    start = np.concatenate([[0], np.cumsum(c)])
    A = np.zeros((n, n), dtype=np.float64)
    for i in range(k):
        A[start[i]:start[i + 1], start[i]:start[i + 1]] = 1.0
    ptr = np.zeros(k, dtype=np.int64)
    for i in range(k):
        for j in range(i + 1, k):
            e = int(E[i, j])
            if e == 0:
                continue
            r, s = _interval_join(int(c[i]), int(c[j]), e, int(ptr[i]), int(ptr[j]))
            ptr[i] = (ptr[i] + e % c[i]) % c[i]
            ptr[j] = (ptr[j] + e % c[j]) % c[j]
            A[start[i] + r, start[j] + s] = 1.0
            A[start[j] + s, start[i] + r] = 1.0
    np.fill_diagonal(A, 0.0)
    cl = np.repeat(np.arange(k), c)
    return Realization(c, E, A, cl, np.asarray(phases, dtype=float)[cl].copy())


def realize(config: FractionalConfig, n: int, *, round_up: bool = True) -> Realization:
    """Build a finite graph on about ``n`` vertices from a fractional configuration.

    Sizes c_i by largest remainders of p_i n; e_ij = ceil (``round_up``) or round of rho_ij c_i c_j;
    then :func:`realize_integer`. Deterministic.
    """
    c = _round_sizes(config.p, int(n))
    tot = config.rho * np.outer(c, c)
    E = np.ceil(tot - 1e-9) if round_up else np.round(tot)
    E = np.minimum(np.maximum(E, 0), np.outer(c, c)).astype(np.int64)
    E = np.triu(E, 1)
    E = E + E.T
    return realize_integer(c, E, config.theta)


def realization_quantities(real: Realization) -> dict:
    """Finite-graph quantities at the start phases: mu, the equitable-quotient spectrum (mean field)."""
    c = real.sizes.astype(float)
    n = float(c.sum())
    rho = real.edges_between / np.outer(c, c)
    np.fill_diagonal(rho, 1.0)
    first = np.concatenate([[0], np.cumsum(real.sizes)[:-1]])
    th = polish_class_phases(real.edges_between, real.theta0[first])
    q = limit_quantities(c / n, th, rho)
    return {"mu": float(real.mu_fraction), "theta": th, "limit": q, "predicted_top": n * q["lam"]}


def certify_realization(real: Realization, *, max_dense: int = 4000, newton_iter: int = 30,
                        cluster_theta=None):
    """Polish the phases (cluster Newton, then full Newton on the finite graph) and certify them.

    ``cluster_theta``: cluster phases already polished by Newton on the cluster equations (the
    ``theta`` of :func:`realization_quantities`); computed here when omitted.

    Returns ``(check, theta)``: the :class:`synclib.certify.equilibrium.EquilibriumCheck` of
    :func:`synclib.certify.equilibrium.certify_equilibrium` on the finite adjacency, and the polished phases.
    """
    from synclib.certify.equilibrium import certify_equilibrium

    th = realization_quantities(real)["theta"] if cluster_theta is None else np.asarray(cluster_theta, float)
    scale = max(1.0, float(real.adjacency.sum(axis=1).max()))
    theta = np.array(newton_polish(real.adjacency, th[real.cluster], max_iter=newton_iter, dt0=1.0,
                                   tol=1e-13 * scale, dense_max=real.adjacency.shape[0]).phases)
    chk = certify_equilibrium(real.adjacency, theta, max_dense=max_dense)
    return chk, theta


def round_joins(sizes, theta, rho, *, min_degree: int | None = None, spread: int = 6,
                time_limit: float = 60.0) -> tuple[np.ndarray | None, float, str]:
    """Integer edge counts e_ij near rho_ij c_i c_j that keep the cluster equations nearly balanced.

    Near the optimum the stable equilibrium sits close to a fold (its top eigenvalue tends to 0), so a
    naive rounding of rho_ij c_i c_j (a relative change ~ 1 / (c_i c_j)) can destroy it. For the fixed
    phases ``theta`` the cluster equations F_i = sum_j e_ij sin(theta_j - theta_i) are *linear* in the
    integers e_ij, so we solve the small MILP (``scipy.optimize.milp``, HiGHS)

        minimise t  s.t.  |F_i| <= t,  c_i - 1 + sum_j e_ij / c_i >= min_degree,
                          e_ij integer within ``spread`` of rho_ij c_i c_j (complete/empty joins kept; a
                          join within half an edge of empty or complete counts as such),

    and the phases are then re-polished. Returns ``(E, t, status)``; ``E`` is None when the solver
    found no integer point (status read from the solver).
    """
    from synclib.circulant.solvers import solve_milp_arrays

    c = np.asarray(sizes, dtype=np.int64)
    k = c.size
    th = np.asarray(theta, dtype=float)
    rho = np.asarray(rho, dtype=float)
    S = cos_sin_weights(np.ones((k, k)), th)[1]
    full = np.outer(c, c)
    tot = rho * full
    E0 = np.clip(np.round(tot), 0, full).astype(np.int64)
    # a join is partial when its nearest edge count is: densities within half an edge of empty or
    # complete (e.g. the 6e-16 an SLSQP round-off leaves on an empty join) are empty or complete
    pairs = [(i, j) for i in range(k) for j in range(i + 1, k) if 0.5 <= tot[i, j] <= full[i, j] - 0.5]
    m = len(pairs)
    E0 = np.triu(E0, 1)
    E0 = E0 + E0.T
    for i, j in pairs:  # partial joins stay partial
        E0[i, j] = E0[j, i] = min(max(int(E0[i, j]), 1), int(full[i, j]) - 1)
    fixedF = np.zeros(k)
    fixed_deg = np.zeros(k)
    partial = np.zeros((k, k), dtype=bool)
    for i, j in pairs:
        partial[i, j] = partial[j, i] = True
    for i in range(k):
        for j in range(k):
            if j != i and not partial[i, j]:
                fixedF[i] += E0[i, j] * S[i, j]
                fixed_deg[i] += E0[i, j]
    nv = m + 1
    rows, lo_c, hi_c = [], [], []
    for i in range(k):
        r = np.zeros(nv)
        dg = np.zeros(nv)
        for t, (a, b) in enumerate(pairs):
            if a == i:
                r[t], dg[t] = S[a, b], 1.0
            elif b == i:
                r[t], dg[t] = S[b, a], 1.0
        r1 = r.copy()
        r1[-1] = -1.0
        rows.append(r1)
        lo_c.append(-np.inf)
        hi_c.append(-fixedF[i])
        r2 = r.copy()
        r2[-1] = 1.0
        rows.append(r2)
        lo_c.append(-fixedF[i])
        hi_c.append(np.inf)
        if min_degree is not None:
            rows.append(dg)
            lo_c.append(float(c[i] * (int(min_degree) - c[i] + 1) - fixed_deg[i]))
            hi_c.append(np.inf)
    lo = np.array([max(1, E0[p] - spread) for p in pairs] + [0.0], dtype=float)
    hi = np.array([min(full[p] - 1, E0[p] + spread) for p in pairs] + [np.inf], dtype=float)
    cost = np.zeros(nv)
    cost[-1] = 1.0
    res = solve_milp_arrays(cost, A=np.array(rows).reshape(-1, nv), lower=lo_c, upper=hi_c, bounds=(lo, hi),
                            integrality=np.array([1] * m + [0]), time_limit=float(time_limit))
    if res.x is None:
        return None, math.inf, str(res.message)
    E = E0.copy()
    for t, (a, b) in enumerate(pairs):
        E[a, b] = E[b, a] = round(float(res.x[t]))
    return E, float(res.x[-1]), str(res.message)


@dataclass(frozen=True)
class FiniteWitness:
    """Outcome of :func:`finite_witness`: the realisation, its rigorous check and the certificate."""

    realization: Realization | None
    limit: LimitResult | None
    check: object | None
    theta: np.ndarray | None
    predicted_top: float
    certificate: dict | None
    message: str

    @property
    def certified(self) -> bool:
        return self.check is not None and bool(self.check.stable)

    @property
    def mu_fraction(self) -> Fraction | None:
        return None if self.realization is None else self.realization.mu_fraction

    def to_dict(self) -> dict:
        r = self.realization
        return {"certified": self.certified, "message": self.message,
                "n": None if r is None else r.n,
                "mu_fraction": None if r is None else str(r.mu_fraction),
                "mu": None if r is None else float(r.mu_fraction),
                "sizes": None if r is None else r.sizes.tolist(),
                "edges_between": None if r is None else r.edges_between.tolist(),
                "predicted_top": self.predicted_top,
                "finite_check": None if self.check is None else self.check.to_dict()}


def finite_witness(config: FractionalConfig, n: int, *, margin: float = 1e-4, min_mu: float | None = None,
                   max_dense: int = 4000, max_iter: int = 3000, time_limit: float = 60.0) -> FiniteWitness:
    """Turn a limit configuration into a certified finite graph on about ``n`` vertices.

    Steps: (1) sizes c_i by largest remainders of p_i n; (2) re-solve the limit problem with p fixed at
    c / n (phases and joins free, ``margin``) from ``config``; (3) integer joins by :func:`round_joins`
    (min degree >= ceil(min_mu (n - 1)) when ``min_mu`` is given); (4) :func:`realize_integer`, cluster
    Newton, the predicted top eigenvalue n lambda(c / n, e / (c c)); (5) full Newton and
    :func:`synclib.certify.equilibrium.certify_equilibrium` on the finite graph; (6) a certificate dict in the
    ``synctool bound`` format (``synclib.certify.certificate.make_certificate``) when it holds. Deterministic.
    """
    if int(n) != n or n < config.k or n > max_dense:
        raise InvalidParameterError(f"n must be an integer in {config.k}..{max_dense}, got {n}")
    # Rounding to integers moves n lambda by O(1); which local optimum the limit solve lands on (and so
    # how much room it leaves) depends on the numpy/scipy release. When a rounded graph does not
    # certify, the limit is re-solved with twice the margin (at most _MARGIN_RETRIES times): the
    # answer is still decided by the rigorous check alone.
    w = None
    for attempt in range(_MARGIN_RETRIES + 1):
        w = _finite_witness_once(config, int(n), margin * 2 ** attempt, min_mu, max_dense, max_iter, time_limit)
        if w.certified:
            break
    return w


_MARGIN_RETRIES = 3


def _finite_witness_once(config, n, margin, min_mu, max_dense, max_iter, time_limit) -> FiniteWitness:
    c = _round_sizes(config.p, int(n))
    n = int(c.sum())
    res = optimize_limit(config.k, margin=margin, delta=0.0, max_iter=max_iter, fix_p=True,
                         starts=[(c / n, np.asarray(config.theta), np.asarray(config.rho), "fixed-p")])
    lim = res[0] if res else None
    if lim is None or not lim.feasible:
        return FiniteWitness(None, lim, None, None, math.nan, None, "limit problem infeasible at p = c / n")
    min_degree = None if min_mu is None else math.ceil(float(min_mu) * (n - 1) - 1e-12)
    E, _, status = round_joins(c, lim.config.theta, lim.config.rho, min_degree=min_degree, time_limit=time_limit)
    if E is None:
        return FiniteWitness(None, lim, None, None, math.nan, None, f"join rounding failed: {status}")
    real = realize_integer(c, E, lim.config.theta)
    return _certified_witness(real, lim, max_dense)


def _certified_witness(real: Realization, lim: LimitResult | None, max_dense: int) -> FiniteWitness:
    """Cluster Newton, the predicted top eigenvalue, full Newton, the rigorous check, the certificate."""
    import networkx as nx

    from synclib.certify.certificate import make_certificate

    q = realization_quantities(real)
    if not q["predicted_top"] < 0:
        return FiniteWitness(real, lim, None, None, q["predicted_top"], None,
                             f"rounded quotient not stable (n lambda = {q['predicted_top']:.3g})")
    chk, theta = certify_realization(real, max_dense=max_dense, cluster_theta=q["theta"])
    cert = None
    if chk.stable:
        G = nx.from_numpy_array(real.adjacency)
        witness = {"kind": "fractional-blowup", "sizes": real.sizes.tolist(),
                   "edges_between": real.edges_between.tolist(), "cluster_phases": q["theta"].tolist(),
                   "construction": "synclib.record.fractional.realize_integer: cliques, cyclic-interval joins"}
        stability = {"method": chk.method, "max_eigenvalue": chk.max_eigenvalue, "error_bound": chk.error_bound,
                     "certified_upper_bound": chk.certified_upper_bound, "residual": chk.residual,
                     "existence_radius": chk.existence_radius}
        cert = make_certificate(G, theta, witness=witness, stability=stability)
    return FiniteWitness(real, lim, chk, theta, q["predicted_top"], cert, chk.reason)


def witness_from_recipe(recipe: dict, *, max_dense: int = 4000) -> FiniteWitness:
    """Rebuild a fractional witness from its recipe and certify it again from scratch.

    ``recipe`` holds ``sizes``, ``edges_between`` and ``cluster_phases`` (the ``witness`` field of a
    certificate written by :func:`finite_witness`, or ``synclib/data/record_fractional_k12.json``).
    :func:`realize_integer` rebuilds the finite graph exactly; nothing in the recipe is trusted beyond
    that: the phases are polished again and the rigorous check decides.
    """
    try:
        sizes = np.asarray(recipe["sizes"], dtype=np.int64)
        E = np.asarray(recipe["edges_between"], dtype=np.int64)
        phases = np.asarray(recipe["cluster_phases"], dtype=float)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidParameterError(f"recipe: needs integer 'sizes', 'edges_between' and float "
                                    f"'cluster_phases' ({exc})") from None
    if sizes.ndim != 1 or sizes.size < 2 or np.any(sizes < 1) or phases.shape != sizes.shape \
            or not np.all(np.isfinite(phases)):
        raise InvalidParameterError("recipe: 'sizes' must be positive integers and 'cluster_phases' one "
                                    "finite phase per cluster")
    if int(sizes.sum()) > max_dense:
        raise InvalidParameterError(f"recipe: n = {int(sizes.sum())} exceeds max_dense = {max_dense}")
    real = realize_integer(sizes, E, phases)
    return _certified_witness(real, None, max_dense)
