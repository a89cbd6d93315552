"""Fractional blow-ups: the large-cluster limit of blow-up witnesses with partial joins, and its optimum.

Plan (issue 8, "beat 0.6875"). A *fractional configuration* on k clusters is (p, theta, rho):
proportions p_i > 0 (sum 1), cluster phases theta_i and symmetric join densities rho_ij in [0, 1]
(rho_ii = 1: a clique inside each cluster). Realise it on n = sum c_i vertices, c_i ~ p_i n, with
*biregular* joins: every vertex of cluster i has exactly m_ij ~ rho_ij c_j neighbours in cluster j
(m_ij c_i = m_ji c_j). Write cos_ij = cos(theta_j - theta_i). Derivation (checked against the dense
Jacobian in ``tests/synclib/test_fractional.py``):

* The partition into clusters is equitable, so cluster-constant phases are an exact equilibrium iff
  E_i = sum_j rho_ij p_j sin(theta_j - theta_i) = 0 for every i (the finite version uses m_ij).
* Jacobian J = A o cos - diag(row sums of A o cos). On cluster-constant vectors x (x_v = x_i):
  (J x)_i = sum_j m_ij cos_ij x_j - (sum_j m_ij cos_ij) x_i, so the quotient is
  M_ij = m_ij cos_ij (j != i), M_ii = -sum_{j != i} m_ij cos_ij -- the own cluster's edges cancel
  (its term m_ii x_i - m_ii x_i). M is similar (by C^(1/2)) to the symmetric matrix with off-diagonal
  sqrt(m_ij m_ji) cos_ij and the same diagonal; divided by n this tends to
  Q_ij = sqrt(p_i p_j) rho_ij cos_ij,  Q_ii = -sum_{j != i} rho_ij p_j cos_ij
  (the brief's form rho_ii p_i - sum_j rho_ij p_j cos_ij, j over all, is the same number).
  With w_ij = rho_ij p_i p_j, Q = P^(-1/2) L_w P^(-1/2), L_w the cos-weighted Laplacian with
  off-diagonal w_ij cos_ij: the *sign* condition is independent of p, only its margin is not.
  Q must be negative definite on the complement of its zero mode sqrt(p).
* Zero-sum vectors of the clusters form an invariant subspace too (biregular blocks map zero-sum
  vectors to zero-sum vectors). There J = B - diag(n D_i) with
  D_i = (1/n) sum_j m_ij cos_ij -> sum_j rho_ij p_j cos_ij (j = i included, cos = 1), and B the
  blocks m o cos restricted to zero-sum vectors: -1 inside a clique, and the non-trivial singular
  values of the bipartite join graphs off the diagonal (0 for complete or empty joins, O(sqrt(c)) for
  random-like biregular joins, up to O(c) for structured ones such as circulant bipartite joins).
  So we need D_i > 0 with a margin that pays for B / n.
* mu = min_i (deg_i) / (n - 1) -> min_i sum_j rho_ij p_j (rho_ii = 1).

Limit problem: maximise t subject to E = 0, D_i >= delta, mu_i >= t,
lambda_max(Q - s sqrt(p) sqrt(p)^T) <= -margin, sum p = 1, p >= p_min, 0 <= rho <= 1, and the state
not in-phase (order parameter < 1). Solved by SLSQP (scipy) with exact gradients from many seeded
starts (:func:`optimize_limit`); eigenvalue gradients are d lambda = v^T dQ v for each eigenpair (the
constraint uses every eigenvalue, so a crossing of the top two is still seen). A numerical optimum
of this non-convex program is evidence, not a proof; only the *finite* graph built from it is
certified. Observed: the optimum sits at a fold (the top eigenvalue -> 0 and mu rises steeply, roughly
like -sqrt(margin), as the margin shrinks), so the finite step must be careful.

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
from synclib.kuramoto import DEFLATION_SHIFT, cos_sin_weights

__all__ = [
    "FiniteWitness",
    "FractionalConfig",
    "LimitResult",
    "Realization",
    "certify_realization",
    "comparison_gradients",
    "finite_witness",
    "limit_gradients",
    "limit_quantities",
    "make_config",
    "optimize_limit",
    "realization_quantities",
    "realize",
    "realize_integer",
    "round_joins",
    "witness_from_recipe",
]

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class FractionalConfig:
    """Proportions ``p`` (k), phases ``theta`` (k), symmetric join densities ``rho`` (k, k), diag 1."""

    p: np.ndarray
    theta: np.ndarray
    rho: np.ndarray

    @property
    def k(self) -> int:
        return int(self.p.size)

    def to_dict(self) -> dict:
        return {"k": self.k, "p": self.p.tolist(), "theta": self.theta.tolist(), "rho": self.rho.tolist()}


def _ro(a) -> np.ndarray:
    a = np.array(a, dtype=float)
    a.setflags(write=False)
    return a


def make_config(p, theta, rho) -> FractionalConfig:
    p = np.asarray(p, dtype=float)
    k = p.size
    theta = np.asarray(theta, dtype=float)
    rho = np.array(rho, dtype=float)
    if theta.shape != (k,) or rho.shape != (k, k):
        raise InvalidParameterError(f"config shapes do not match: p {p.shape}, theta {theta.shape}, rho {rho.shape}")
    if np.any(p <= 0) or not np.all(np.isfinite(theta)):
        raise InvalidParameterError("proportions must be positive and phases finite")
    if not np.allclose(rho, rho.T) or np.any(rho < -1e-12) or np.any(rho > 1 + 1e-12):
        raise InvalidParameterError("rho must be symmetric with entries in [0, 1]")
    rho = np.clip(0.5 * (rho + rho.T), 0.0, 1.0)
    np.fill_diagonal(rho, 1.0)
    return FractionalConfig(_ro(p / p.sum()), _ro(theta), _ro(rho))


def _quotient(p, theta, rho):
    C, S = cos_sin_weights(np.ones_like(rho), theta)
    R = rho.copy()
    np.fill_diagonal(R, 0.0)
    s = np.sqrt(p)
    Q = s[:, None] * R * C * s[None, :]
    Q[np.diag_indices_from(Q)] = -(R * C) @ p
    return Q, C, S, R, s


def limit_quantities(p, theta, rho) -> dict:
    """Limit quantities of a fractional configuration (plain floats/arrays).

    Returns a dict with ``E`` (equilibrium residuals), ``D`` (within-cluster values), ``Q`` (the
    symmetric quotient), ``lam`` (largest eigenvalue of Q off the zero mode sqrt(p)), ``mu_i``
    (closed-neighbourhood masses sum_j rho_ij p_j, rho_ii = 1) and ``mu`` (their minimum).
    """
    p = np.asarray(p, dtype=float)
    theta = np.asarray(theta, dtype=float)
    rho = np.asarray(rho, dtype=float)
    Q, C, S, R, s = _quotient(p, theta, rho)
    E = (R * S) @ p
    D = p + (R * C) @ p
    mu_i = p + R @ p
    u = s / np.linalg.norm(s)
    w = np.linalg.eigvalsh(Q - DEFLATION_SHIFT * np.outer(u, u))
    return {"E": E, "D": D, "Q": Q, "lam": float(w[-1]), "mu_i": mu_i, "mu": float(mu_i.min())}


# ---------------------------------------------------------------------------------------------------
# Optimisation in x = (p (k), theta (k), rho upper triangle (k(k-1)/2), t)


def _unpack(x, k, iu):
    p = x[:k]
    th = x[k:2 * k]
    rho = np.zeros((k, k))
    rho[iu] = x[2 * k:-1]
    rho = rho + rho.T
    return p, th, rho, x[-1]


def limit_gradients(p, theta, rho):
    """Values and exact gradients of E, D, mu_i and all eigenvalues of Q - DEFLATION_SHIFT s s^T (s = sqrt(p)).

    Gradients are with respect to (p, theta, rho upper triangle) in that order. Used by
    :func:`optimize_limit`; exposed for the finite-difference test.
    """
    k = p.size
    iu = np.triu_indices(k, 1)
    Q, C, S, R, s = _quotient(p, theta, rho)
    nv = 2 * k + iu[0].size
    RS, RC = R * S, R * C
    E = RS @ p
    D = p + RC @ p
    mu = p + R @ p
    gE = np.zeros((k, nv))
    gD = np.zeros((k, nv))
    gM = np.zeros((k, nv))
    gE[:, :k] = RS
    gD[:, :k] = np.eye(k) + RC
    gM[:, :k] = np.eye(k) + R
    # d/dtheta: dE_i/dtheta_j = rho_ij p_j cos_ij (j != i), dE_i/dtheta_i = -sum_j rho_ij p_j cos_ij
    T = RC * p[None, :]
    gE[:, k:2 * k] = T - np.diag(T.sum(axis=1))
    U = -RS * p[None, :]
    gD[:, k:2 * k] = U - np.diag(U.sum(axis=1))
    # d/drho_ab (a<b): row a gets p_b * f_ab, row b gets p_a * f_ba
    cols = 2 * k + np.arange(iu[0].size)
    a, b = iu
    gE[a, cols] = p[b] * S[a, b]
    gE[b, cols] = p[a] * S[b, a]
    gD[a, cols] = p[b] * C[a, b]
    gD[b, cols] = p[a] * C[b, a]
    gM[a, cols] = p[b]
    gM[b, cols] = p[a]
    Qd = Q - DEFLATION_SHIFT * np.outer(s, s)
    lam, V = np.linalg.eigh(Qd)
    gL = np.zeros((k, nv))
    for idx in range(k):
        v = V[:, idx]
        Rm = v[:, None] * s[None, :] - v[None, :] * s[:, None]  # R_ij = v_i s_j - v_j s_i
        vs = float(v @ s)
        # d/dp_m = sum_j rho_mj c_mj R_mj v_j / s_m - DEFLATION_SHIFT (v.s) v_m / s_m
        gL[idx, :k] = ((RC * Rm) @ v) / s - DEFLATION_SHIFT * vs * v / s
        gL[idx, k:2 * k] = -(RS * Rm ** 2).sum(axis=1)
        gL[idx, cols] = -C[a, b] * Rm[a, b] ** 2
    return {"E": E, "D": D, "mu_i": mu, "lam": lam, "gE": gE, "gD": gD, "gM": gM, "gL": gL}


def comparison_gradients(p, theta, rho, partial):
    """Eigenvalues of the comparison matrix and their exact gradients (same variables as limit_gradients).

    C_ii = D_i = sum_j rho_ij p_j cos_ij (j = i included), C_ij = -|cos_ij| rho_ij sqrt(p_i p_j) on the
    pairs marked in the boolean (k, k) ``partial`` (0 elsewhere). C positive definite bounds the
    zero-sum (transverse) part of every exactly biregular realisation away from zero, whatever its size
    (a biregular (d_ij, d_ji) block has norm <= sqrt(d_ij d_ji)).
    """
    k = p.size
    iu = np.triu_indices(k, 1)
    g = limit_gradients(p, theta, rho)
    d = theta[None, :] - theta[:, None]
    Cs, Sn = np.cos(d), np.sin(d)
    P = np.asarray(partial, dtype=bool) & ~np.eye(k, dtype=bool)
    sq = np.sqrt(np.outer(p, p))
    C = np.where(P, -np.abs(Cs) * rho * sq, 0.0)
    C[np.diag_indices(k)] = g["D"]
    lam, V = np.linalg.eigh(C)
    nv = 2 * k + iu[0].size
    a, b = iu
    cols = 2 * k + np.arange(a.size)
    Pab = P[a, b].astype(float)
    grad = np.zeros((k, nv))
    for idx in range(k):
        v = V[:, idx]
        grad[idx] = (v ** 2) @ g["gD"]
        w = 2 * v[a] * v[b] * Pab  # weight of each pair's off-diagonal entry in v^T C v
        grad[idx, cols] += -w * np.abs(Cs[a, b]) * sq[a, b]
        dth = w * rho[a, b] * sq[a, b] * np.sign(Cs[a, b]) * Sn[a, b]  # d/dtheta_b; d/dtheta_a is minus it
        np.add.at(grad[idx], k + b, dth)
        np.add.at(grad[idx], k + a, -dth)
        half = -w * np.abs(Cs[a, b]) * rho[a, b] * 0.5
        np.add.at(grad[idx], a, half * np.sqrt(p[b] / p[a]))
        np.add.at(grad[idx], b, half * np.sqrt(p[a] / p[b]))
    return lam, grad


@dataclass(frozen=True)
class LimitResult:
    """One local optimum of the limit problem (floating point; evidence, not proof)."""

    config: FractionalConfig
    mu: float
    lam: float
    min_D: float
    residual: float
    feasible: bool
    start: str
    message: str

    def to_dict(self) -> dict:
        return {"mu": self.mu, "lam": self.lam, "min_D": self.min_D, "residual": self.residual,
                "feasible": self.feasible, "start": self.start, "message": self.message,
                "config": self.config.to_dict()}


def _solve_from(p0, th0, rho0, *, margin, delta, p_min, max_iter, start, fix_p=False, comparison=None):
    from scipy.optimize import minimize

    k = p0.size
    iu = np.triu_indices(k, 1)
    nv = 2 * k + iu[0].size
    q0 = limit_quantities(p0, th0, rho0)
    x0 = np.concatenate([p0 / p0.sum(), th0 - th0[0], rho0[iu], [q0["mu"] - 0.05]])
    cache = {}

    def ev(x):
        key = x.tobytes()
        if key not in cache:
            cache.clear()
            p, th, rho, _ = _unpack(x, k, iu)
            cache[key] = limit_gradients(np.maximum(p, 1e-12), th, rho)
        return cache[key]

    def eq(x):
        g = ev(x)
        return np.concatenate([g["E"][1:], [x[:k].sum() - 1.0]])

    def eq_jac(x):
        g = ev(x)
        J = np.zeros((k, nv + 1))
        J[:k - 1, :nv] = g["gE"][1:]
        J[k - 1, :k] = 1.0
        return J

    partial = (rho0 > 1e-9) & (rho0 < 1 - 1e-9)  # pairs of the comparison constraint (fixed per solve)

    def comp(x):
        p, th, rho, _ = _unpack(x, k, iu)
        return comparison_gradients(np.maximum(p, 1e-12), th, rho, partial)

    def ineq(x):
        g = ev(x)
        out = [g["D"] - delta, g["mu_i"] - x[-1], -margin - g["lam"]]
        if comparison is not None:
            out.append(comp(x)[0] - comparison)
        return np.concatenate(out)

    def ineq_jac(x):
        g = ev(x)
        J = np.zeros((3 * k, nv + 1))
        J[:k, :nv] = g["gD"]
        J[k:2 * k, :nv] = g["gM"]
        J[k:2 * k, -1] = -1.0
        J[2 * k:, :nv] = -g["gL"]
        if comparison is not None:
            Jc = np.zeros((k, nv + 1))
            Jc[:, :nv] = comp(x)[1]
            J = np.vstack([J, Jc])
        return J

    grad = np.zeros(nv + 1)
    grad[-1] = -1.0
    p_bounds = [(float(v), float(v)) for v in x0[:k]] if fix_p else [(p_min, 1.0)] * k
    bounds = (p_bounds + [(0.0, 0.0)] + [(None, None)] * (k - 1)
              + [(0.0, 1.0)] * iu[0].size + [(0.0, 1.0)])
    res = minimize(lambda x: -x[-1], x0, jac=lambda x: grad, method="SLSQP", bounds=bounds,
                   constraints=[{"type": "eq", "fun": eq, "jac": eq_jac},
                                {"type": "ineq", "fun": ineq, "jac": ineq_jac}],
                   options={"maxiter": int(max_iter), "ftol": 1e-12})
    p, th, rho, _ = _unpack(res.x, k, iu)
    p = x0[:k].copy() if fix_p else np.clip(p, p_min, None)
    rho = np.clip(rho, 0.0, 1.0)
    np.fill_diagonal(rho, 1.0)
    cfg = make_config(p, th, rho)
    q = limit_quantities(cfg.p, cfg.theta, cfg.rho)
    resid = float(np.abs(q["E"]).max())
    order = float(abs(np.sum(cfg.p * np.exp(1j * cfg.theta))))
    in_phase = order > 1 - 1e-6  # in-phase sync is stable but is not a witness
    feas = bool(resid < 1e-8 and q["D"].min() >= delta * 0.99 and q["lam"] <= -margin * 0.99 and not in_phase)
    if comparison is not None:
        part = (cfg.rho > 1e-9) & (cfg.rho < 1 - 1e-9)
        feas = feas and float(comparison_gradients(cfg.p, cfg.theta, cfg.rho, part)[0][0]) >= comparison * 0.99
    msg = "in-phase synchrony (not a witness)" if in_phase else str(res.message)
    return LimitResult(cfg, q["mu"], q["lam"], float(q["D"].min()), resid, feas, start, msg)


def _starts(k: int, n_starts: int, rng: np.random.Generator):
    """Seeded starts: twisted band patterns (q = 1, 2) with a fractional edge, plus noise."""
    out = []
    idx = np.arange(k)
    dist = np.abs(idx[:, None] - idx[None, :])
    dist = np.minimum(dist, k - dist)
    for r in range(n_starts):
        q = 1 if r % 3 else 2
        if math.gcd(q, k) != 1 and k > 4:
            q = 1
        band = 0.68 * k / 2 + rng.uniform(-0.6, 0.6)
        rho = np.clip(band - dist + 0.5, 0.0, 1.0)
        noise = 0.0 if r == 0 else (0.05 if r < n_starts // 2 else 0.2)
        rho = np.clip(rho + noise * rng.standard_normal((k, k)), 0.0, 1.0)
        rho = np.triu(rho, 1)
        rho = rho + rho.T
        np.fill_diagonal(rho, 1.0)
        p = np.full(k, 1.0 / k) * np.exp(noise * rng.standard_normal(k))
        th = 2 * np.pi * q * idx / k + noise * rng.standard_normal(k)
        out.append((p / p.sum(), th, rho, f"band q={q} noise={noise}"))
    return out


def optimize_limit(k: int, *, n_starts: int = 8, seed=None, margin: float = 1e-3, delta: float = 1e-2,
                   p_min: float = 1e-3, max_iter: int = 400, starts=None, fix_p: bool = False,
                   comparison: float | None = None) -> list[LimitResult]:
    """Multi-start local maximisation of the limit mu over (p, theta, rho) on k clusters.

    Parameters
    ----------
    k : int
        Number of clusters (>= 3).
    n_starts : int
        Number of seeded random starts (ignored when ``starts`` is given).
    seed : int, Generator or None
        Seed of the starts.
    margin, delta : float
        Required lambda_max(Q off sqrt(p)) <= -margin and D_i >= delta.
    starts : list of (p, theta, rho, label), optional
        Explicit starting points.
    fix_p : bool
        Keep each start's proportions fixed (optimise phases and joins only): used to re-solve the
        limit problem at the rational proportions c / n of a finite realisation.
    comparison : float, optional
        Also require the smallest eigenvalue of the comparison matrix
        (:func:`comparison_gradients`, partial pairs taken from each start) to be at least this, so the
        optimum can be realised by exactly biregular joins at any size.

    Returns
    -------
    list of LimitResult
        Sorted best first (feasible before infeasible).
    """
    if int(k) != k or k < 3:
        raise InvalidParameterError(f"k must be an integer >= 3, got {k}")
    rng = np.random.default_rng(seed)
    if starts is None:
        starts = _starts(int(k), int(n_starts), rng)
    out = []
    for p0, th0, rho0, label in starts:
        try:
            out.append(_solve_from(np.asarray(p0, float), np.asarray(th0, float), np.asarray(rho0, float),
                                   margin=margin, delta=delta, p_min=p_min, max_iter=max_iter, start=label,
                                   fix_p=fix_p, comparison=comparison))
        except (np.linalg.LinAlgError, ValueError) as exc:  # a start that breaks the solver is skipped
            log.debug("start %s failed: %s", label, exc)
    out.sort(key=lambda r: (not r.feasible, -r.mu))
    return out


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
