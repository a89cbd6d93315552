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

The finite witness built from a limit point is :mod:`synclib.record.finite`.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import numpy as np

from synclib.exceptions import InvalidParameterError
from synclib.kuramoto import DEFLATION_SHIFT, cos_sin_weights

__all__ = [
    "FractionalConfig",
    "LimitResult",
    "comparison_gradients",
    "limit_gradients",
    "limit_quantities",
    "make_config",
    "optimize_limit",
    "reflection_pairing",
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


def _eigen_gradients(Vt, s, RC, RS, C, a, b, cols, nv):
    """Gradients of every eigenvalue of Q - DEFLATION_SHIFT s s^T (rows of ``Vt``: eigenvectors), all at once.

    With R_ij = v_i s_j - v_j s_i (per eigenvector v): d/dp_m = sum_j rho_mj c_mj R_mj v_j / s_m
    - DEFLATION_SHIFT (v.s) v_m / s_m, d/dtheta_i = -sum_j rho_ij s_ij R_ij^2, d/drho_ab = -c_ab R_ab^2.
    """
    k = s.size
    g = np.zeros((Vt.shape[0], nv))
    Vs = Vt * s[None, :]
    V2 = Vt ** 2
    vs = Vt @ s
    g[:, :k] = (Vt * (Vs @ RC.T) - s[None, :] * (V2 @ RC.T)) / s[None, :] \
        - DEFLATION_SHIFT * vs[:, None] * Vt / s[None, :]
    s2 = s ** 2
    g[:, k:2 * k] = -(V2 * (RS @ s2)[None, :] - 2 * Vs * (Vs @ RS.T) + s2[None, :] * (V2 @ RS.T))
    Rab = Vt[:, a] * s[b][None, :] - Vt[:, b] * s[a][None, :]
    g[:, cols] = -C[a, b][None, :] * Rab ** 2
    return g


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
    gL = _eigen_gradients(V.T, s, RC, RS, C, a, b, cols, nv)
    return {"E": E, "D": D, "mu_i": mu, "lam": lam, "gE": gE, "gD": gD, "gM": gM, "gL": gL}


def comparison_gradients(p, theta, rho, partial, *, limit=None):
    """Eigenvalues of the comparison matrix and their exact gradients (same variables as limit_gradients).

    C_ii = D_i = sum_j rho_ij p_j cos_ij (j = i included), C_ij = -|cos_ij| rho_ij sqrt(p_i p_j) on the
    pairs marked in the boolean (k, k) ``partial`` (0 elsewhere). C positive definite bounds the
    zero-sum (transverse) part of every exactly biregular realisation away from zero, whatever its size
    (a biregular (d_ij, d_ji) block has norm <= sqrt(d_ij d_ji)). ``limit``: the output of
    :func:`limit_gradients` at the same point, when the caller has it (saves computing it again).
    """
    p = np.asarray(p, dtype=float)
    theta = np.asarray(theta, dtype=float)
    rho = np.asarray(rho, dtype=float)
    k = p.size
    iu = np.triu_indices(k, 1)
    g = limit_gradients(p, theta, rho) if limit is None else limit
    d = theta[None, :] - theta[:, None]
    Cs, Sn = np.cos(d), np.sin(d)
    P = np.asarray(partial, dtype=bool) & ~np.eye(k, dtype=bool)
    sq = np.sqrt(np.outer(p, p))
    C = np.where(P, -np.abs(Cs) * rho * sq, 0.0)
    C[np.diag_indices(k)] = g["D"]
    lam, V = np.linalg.eigh(C)
    a, b = iu
    cols = 2 * k + np.arange(a.size)
    Vt = V.T
    grad = (Vt ** 2) @ g["gD"]
    w = 2 * Vt[:, a] * Vt[:, b] * P[a, b].astype(float)[None, :]  # weight of each pair's entry in v^T C v
    grad[:, cols] += -w * (np.abs(Cs[a, b]) * sq[a, b])[None, :]
    dth = w * (rho[a, b] * sq[a, b] * np.sign(Cs[a, b]) * Sn[a, b])[None, :]  # d/dtheta_b; d/dtheta_a: minus
    half = -w * (np.abs(Cs[a, b]) * rho[a, b] * 0.5)[None, :]
    Ia = np.zeros((a.size, k))
    Ib = np.zeros((a.size, k))
    Ia[np.arange(a.size), a] = 1.0
    Ib[np.arange(a.size), b] = 1.0
    grad[:, k:2 * k] += dth @ Ib - dth @ Ia
    grad[:, :k] += (half * np.sqrt(p[b] / p[a])[None, :]) @ Ia + (half * np.sqrt(p[a] / p[b])[None, :]) @ Ib
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


def reflection_pairing(p, theta, rho, *, tol: float = 1e-9):
    """The reflection theta -> -theta as a class permutation, when the configuration is invariant under it.

    Returns an int array ``sigma`` (an involution: class i at -theta_i is class sigma[i], same proportion,
    rho[sigma][:, sigma] = rho; a fixed class sits at 0 or pi), or None when the configuration is not
    reflection-symmetric within ``tol``.
    """
    p = np.asarray(p, dtype=float)
    theta = np.asarray(theta, dtype=float)
    rho = np.asarray(rho, dtype=float)
    k = p.size
    sigma = -np.ones(k, dtype=int)
    for i in range(k):
        if sigma[i] >= 0:
            continue
        gap = np.abs(np.angle(np.exp(1j * (theta + theta[i])))) + np.abs(p - p[i])
        gap[sigma >= 0] = np.inf
        j = int(np.argmin(gap))
        if gap[j] > tol:
            return None
        sigma[i], sigma[j] = j, i
    if not np.allclose(rho[np.ix_(sigma, sigma)], rho, atol=tol, rtol=0):
        return None
    return sigma


@dataclass(frozen=True)
class _Reduction:
    """Variables of one solve: full (p, theta, rho upper triangle) = ``off + T @ y``; constraint rows kept."""

    T: np.ndarray
    off: np.ndarray
    eq_rows: np.ndarray  # rows of E imposed (the others follow from the reduction)
    rep_rows: np.ndarray  # rows of D and mu_i imposed
    kind: np.ndarray  # per y: 0 proportion, 1 phase, 2 density


def _full_reduction(k: int) -> _Reduction:
    """No reduction (theta_0 is pinned to 0 by its bounds: the rotation)."""
    nv = 2 * k + k * (k - 1) // 2
    kind = np.concatenate([np.zeros(k), np.ones(k), np.full(nv - 2 * k, 2)]).astype(int)
    return _Reduction(np.eye(nv), np.zeros(nv), np.arange(1, k), np.arange(k), kind)


def _reflection_reduction(theta, sigma) -> _Reduction:
    """The reflection-invariant subspace: one proportion per class orbit {i, sigma i}, one phase per pair
    (theta_sigma(i) = -theta_i; a fixed class keeps its phase 0 or pi) and one density per orbit of
    class pairs. E_i = 0 is automatic on fixed classes and E_sigma(i) = -E_i, so one equation per pair."""
    k = sigma.size
    iu = np.triu_indices(k, 1)
    nv = 2 * k + iu[0].size
    cols, kind, off = [], [], np.zeros(nv)
    reps = [i for i in range(k) if i <= sigma[i]]
    for i in reps:  # proportions
        c = np.zeros(nv)
        c[[i, sigma[i]]] = 1.0
        cols.append(c)
        kind.append(0)
    pairs = [i for i in reps if i < sigma[i]]
    for i in pairs:  # phases
        c = np.zeros(nv)
        c[k + i], c[k + sigma[i]] = 1.0, -1.0
        cols.append(c)
        kind.append(1)
    for i in range(k):
        if sigma[i] == i:
            off[k + i] = 0.0 if abs(np.angle(np.exp(1j * theta[i]))) < np.pi / 2 else np.pi
    index = {(int(x), int(y)): 2 * k + t for t, (x, y) in enumerate(zip(*iu))}
    seen = set()
    for (x, y), col in index.items():  # densities, one per orbit
        if col in seen:
            continue
        u, v = sorted((int(sigma[x]), int(sigma[y])))
        c = np.zeros(nv)
        c[col] = 1.0
        c[index[(u, v)]] = 1.0
        seen |= {col, index[(u, v)]}
        cols.append(c)
        kind.append(2)
    return _Reduction(np.array(cols).T, off, np.array(pairs, dtype=int), np.array(reps, dtype=int),
                      np.array(kind, dtype=int))


def _solve_from(p0, th0, rho0, *, margin, delta, p_min, max_iter, start, fix_p=False, comparison=None,
                symmetric=False):
    from scipy.optimize import minimize

    k = p0.size
    iu = np.triu_indices(k, 1)
    q0 = limit_quantities(p0, th0, rho0)
    sigma = reflection_pairing(p0, th0, rho0) if symmetric else None
    if sigma is not None:
        red = _reflection_reduction(th0, sigma)
        full0 = np.concatenate([p0 / p0.sum(), th0, rho0[iu]])
        y0 = np.linalg.lstsq(red.T, full0 - red.off, rcond=None)[0]
    else:
        red = _full_reduction(k)
        y0 = np.concatenate([p0 / p0.sum(), th0 - th0[0], rho0[iu]])
    ny = red.T.shape[1]
    x0 = np.concatenate([y0, [q0["mu"] - 0.05]])
    partial = (rho0 > 1e-9) & (rho0 < 1 - 1e-9)  # pairs of the comparison constraint (fixed per solve)
    cache = {}

    def ev(x):
        key = x.tobytes()
        if key not in cache:
            cache.clear()
            p, th, rho, _ = _unpack(np.concatenate([red.off + red.T @ x[:-1], [0.0]]), k, iu)
            p = np.maximum(p, 1e-12)
            g = limit_gradients(p, th, rho)
            if comparison is not None:
                g["comp"] = comparison_gradients(p, th, rho, partial, limit=g)
            cache[key] = g
        return cache[key]

    psum = red.T[:k].sum(axis=0)

    def eq(x):
        g = ev(x)
        return np.concatenate([g["E"][red.eq_rows], [psum @ x[:-1] + red.off[:k].sum() - 1.0]])

    def eq_jac(x):
        g = ev(x)
        return np.vstack([np.hstack([g["gE"][red.eq_rows] @ red.T, np.zeros((red.eq_rows.size, 1))]),
                          np.concatenate([psum, [0.0]])[None, :]])

    r = red.rep_rows

    def ineq(x):
        g = ev(x)
        out = [g["D"][r] - delta, g["mu_i"][r] - x[-1], -margin - g["lam"]]
        if comparison is not None:
            out.append(g["comp"][0] - comparison)
        return np.concatenate(out)

    def ineq_jac(x):
        g = ev(x)
        blocks = [g["gD"][r], g["gM"][r], -g["gL"]]
        if comparison is not None:
            blocks.append(g["comp"][1])
        J = np.vstack(blocks) @ red.T
        last = np.zeros((J.shape[0], 1))
        last[r.size:2 * r.size] = -1.0
        return np.hstack([J, last])

    grad = np.zeros(ny + 1)
    grad[-1] = -1.0
    bounds = []
    for j, kd in enumerate(red.kind):
        if kd == 0:
            bounds.append((float(y0[j]), float(y0[j])) if fix_p else (p_min, 1.0))
        elif kd == 1:
            bounds.append((0.0, 0.0) if sigma is None and j == k else (None, None))
        else:
            bounds.append((0.0, 1.0))
    bounds.append((0.0, 1.0))
    res = minimize(lambda x: -x[-1], x0, jac=lambda x: grad, method="SLSQP", bounds=bounds,
                   constraints=[{"type": "eq", "fun": eq, "jac": eq_jac},
                                {"type": "ineq", "fun": ineq, "jac": ineq_jac}],
                   options={"maxiter": int(max_iter), "ftol": 1e-12})
    p, th, rho, _ = _unpack(np.concatenate([red.off + red.T @ res.x[:-1], [0.0]]), k, iu)
    p = (p0 / p0.sum()).copy() if fix_p else np.clip(p, p_min, None)
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
    if sigma is not None:
        msg += " (reflection-symmetric subspace)"
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
                   comparison: float | None = None, symmetric: bool = False) -> list[LimitResult]:
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
    symmetric : bool
        Solve a start that is invariant under the reflection theta -> -theta
        (:func:`reflection_pairing`) in the invariant subspace: one proportion and phase per pair of
        classes at +-theta, one density per orbit of class pairs, one equilibrium equation per pair (about
        half the variables and constraints). The problem is invariant under the reflection, so a
        stationary point of the reduced problem is one of the full problem; the result is checked at full
        dimension like any other. Starts without the symmetry are solved in full.

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
                                   fix_p=fix_p, comparison=comparison, symmetric=symmetric))
        except (np.linalg.LinAlgError, ValueError) as exc:  # a start that breaks the solver is skipped
            log.debug("start %s failed: %s", label, exc)
    out.sort(key=lambda r: (not r.feasible, -r.mu))
    return out
