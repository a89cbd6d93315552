"""Proportions (and phases) of a blow-up pattern by sequential linear programming: step 1 of the pattern
search (:mod:`synclib.record.search`, whose module docstring derives the method).

With the phases fixed, the equilibrium equations, the within-cluster values D_i and the closed-neighbourhood
masses are linear in the proportions p; the quotient condition is linearised with its exact gradient
(:func:`quotient_lambda`) inside a trust region, and the true lambda decides each step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from synclib.exceptions import InvalidParameterError
from synclib.kuramoto import DEFLATION_SHIFT, cos_sin_weights

__all__ = [
    "ProportionResult",
    "optimize_phases_and_proportions",
    "optimize_proportions",
    "quotient_lambda",
    "round_sizes",
]

# ---------------------------------------------------------------------------------------------------
# Proportions: sequential LP


def quotient_lambda(A: np.ndarray, theta: np.ndarray, p: np.ndarray, *, with_gradient: bool = False):
    """Largest eigenvalue of the symmetrised quotient off its zero mode (and d lambda / d p).

    Q = P^1/2 W P^1/2 - diag(W p) - 10 s s^T, s = sqrt(p) / |sqrt(p)|, W = A * cos(theta_j - theta_i).
    """
    p = np.asarray(p, dtype=float)
    s = np.sqrt(np.maximum(p, 1e-300))
    nrm = float(np.linalg.norm(s))
    W = cos_sin_weights(A, theta)[0]
    Q = s[:, None] * W * s[None, :] - np.diag(W @ p) - DEFLATION_SHIFT * np.outer(s, s) / nrm ** 2
    w, V = np.linalg.eigh(Q)
    lam = float(w[-1])
    if not with_gradient:
        return lam
    v = V[:, -1]
    R = v[:, None] * s[None, :] - v[None, :] * s[:, None]
    # d/ds_m of -sum_{i<j} W_ij R_ij^2 (the shift term uses the normalised s: its gradient vanishes
    # along s and is tiny when v is orthogonal to s; include it for sum p = 1 where |s| = 1)
    g_s = (W * (2 * v[None, :] * R)).sum(axis=1) - 20.0 * (v @ s) * v / nrm ** 2
    return lam, g_s / (2 * s)


@dataclass(frozen=True)
class ProportionResult:
    """Outcome of :func:`optimize_proportions` (the k-vertex relaxation, before rounding)."""

    feasible: bool
    proportions: np.ndarray
    value: float  # min closed-neighbourhood mass
    quotient_lambda: float
    min_D: float
    residual: float
    iterations: int
    message: str

    def to_dict(self) -> dict:
        return {"feasible": self.feasible, "proportions": self.proportions.tolist(), "value": self.value,
                "quotient_lambda": self.quotient_lambda, "min_D": self.min_D, "residual": self.residual,
                "iterations": self.iterations, "message": self.message}


def optimize_proportions(A, theta, *, margin: float = 1e-3, d_margin: float = 1e-3, p_min: float = 1e-3,
                         max_iter: int = 60, p0=None) -> ProportionResult:
    """Maximise min_i sum_{N[i]} p_j over proportions p for a fixed pattern ``A`` and phases ``theta``.

    Sequential LP with a trust region (module docstring). ``feasible`` means: the equilibrium rows hold
    to 1e-9, every D_i >= ``d_margin`` / k and lambda <= -``margin`` / 2 at the returned p (floating
    point; the rigorous check comes after rounding).
    """
    from scipy.optimize import linprog

    A = np.asarray(A, dtype=float)
    theta = np.asarray(theta, dtype=float)
    k = A.shape[0]
    if A.shape != (k, k) or theta.shape != (k,):
        raise InvalidParameterError(f"pattern of shape {A.shape} and {theta.size} phases do not match")
    Wc, Ws = cos_sin_weights(A, theta)
    Aeq = np.vstack([Ws, np.ones((1, k))])
    beq = np.concatenate([np.zeros(k), [1.0]])
    delta = d_margin / k
    penalty = 100.0

    def evaluate(p):
        lam = quotient_lambda(A, theta, p)
        val = float((p + A @ p).min())
        D = p + Wc @ p
        return lam, val, float(D.min()), float(np.abs(Ws @ p).max())

    # start: uniform if it satisfies the equilibrium rows, else the LP's own feasible point
    p = np.full(k, 1.0 / k) if p0 is None else np.asarray(p0, dtype=float)
    if np.abs(Ws @ p).max() > 1e-9:
        res = linprog(np.zeros(k), A_eq=Aeq, b_eq=beq, bounds=[(p_min, 1)] * k, method="highs")
        if res.status != 0:
            return ProportionResult(False, p, float((p + A @ p).min()), math.nan, math.nan, math.inf, 0,
                                    "no proportions satisfy the equilibrium equations")
        p = res.x
    lam, val, dmin, resid = evaluate(p)
    merit = val - penalty * max(0.0, lam + margin)
    radius = 0.5 / k
    it = 0
    for it in range(1, max_iter + 1):
        lam0, g = quotient_lambda(A, theta, p, with_gradient=True)
        # variables: p (k), t, slack
        c = np.zeros(k + 2)
        c[k] = -1.0
        c[k + 1] = penalty
        rows, rhs = [], []
        # D_i >= delta:  -(I + Wc) p <= -delta
        rows.append(np.hstack([-(np.eye(k) + Wc), np.zeros((k, 2))]))
        rhs.append(np.full(k, -delta))
        # t <= (I + A) p
        rows.append(np.hstack([-(np.eye(k) + A), np.ones((k, 1)), np.zeros((k, 1))]))
        rhs.append(np.zeros(k))
        # linearised quotient: g.p - slack <= -margin - lam0 + g.p0
        rows.append(np.concatenate([g, [0.0, -1.0]])[None, :])
        rhs.append(np.array([-margin - lam0 + g @ p]))
        A_ub = np.vstack(rows)
        b_ub = np.concatenate(rhs)
        A_eq = np.hstack([Aeq, np.zeros((k + 1, 2))])
        bounds = [(max(p_min, p[i] - radius), min(1.0, p[i] + radius)) for i in range(k)] + [(0, 1), (0, None)]
        res = linprog(c, A_ub=A_ub, b_ub=b_ub, A_eq=A_eq, b_eq=beq, bounds=bounds, method="highs")
        if res.status != 0:
            radius /= 2
            if radius < 1e-7:
                break
            continue
        p_new = np.clip(res.x[:k], p_min, None)
        p_new /= p_new.sum()
        lam_n, val_n, dmin_n, resid_n = evaluate(p_new)
        merit_n = val_n - penalty * max(0.0, lam_n + margin)
        if merit_n > merit + 1e-12 and resid_n < 1e-9:
            gain = merit_n - merit
            p, lam, val, dmin, resid, merit = p_new, lam_n, val_n, dmin_n, resid_n, merit_n
            radius = min(radius * 1.5, 0.5)
            if gain < 1e-9:
                break
        else:
            radius /= 2
            if radius < 1e-7:
                break
    feasible = bool(resid < 1e-9 and dmin >= delta * 0.999 and lam <= -margin / 2)
    p = np.array(p)
    p.setflags(write=False)
    return ProportionResult(feasible, p, float(val), float(lam), float(dmin), float(resid), it,
                            "ok" if feasible else "no stable proportions found")


def _lambda_theta_gradient(A: np.ndarray, theta: np.ndarray, p: np.ndarray) -> np.ndarray:
    """d lambda / d theta for :func:`quotient_lambda` (top eigenvector v, E_ij = (v_i s_j - v_j s_i)^2):
    d lambda / d theta_m = -sum_j A_mj sin(theta_j - theta_m) E_mj."""
    s = np.sqrt(np.maximum(p, 1e-300))
    s = s / np.linalg.norm(s) * math.sqrt(float(np.sum(p))) if np.sum(p) > 0 else s
    W = cos_sin_weights(A, theta)[0]
    Q = s[:, None] * W * s[None, :] - np.diag(W @ p) - DEFLATION_SHIFT * np.outer(s, s) / float(s @ s)
    v = np.linalg.eigh(Q)[1][:, -1]
    R = v[:, None] * s[None, :] - v[None, :] * s[:, None]
    return -(cos_sin_weights(A, theta)[1] * R ** 2).sum(axis=1)


def optimize_phases_and_proportions(A, theta0, p0=None, *, margin: float = 1e-3, d_margin: float = 1e-3,
                                    p_min: float = 1e-3, max_iter: int = 200) -> tuple[ProportionResult, np.ndarray]:
    """Maximise min_i sum_{N[i]} p_j over proportions *and* phases (nonlinear; SLSQP, exact gradients).

    For a regular pattern with twisted phases the equilibrium equations force p to be (nearly)
    uniform, so only moving the phases opens the rest of the space. Starts from ``theta0`` (and
    ``p0``, uniform by default); local optimum only. Returns the result (``feasible`` as in
    :func:`optimize_proportions`) and the phases.
    """
    from scipy.optimize import minimize

    A = np.asarray(A, dtype=float)
    k = A.shape[0]
    th0 = np.asarray(theta0, dtype=float) - float(theta0[0])
    p_start = np.full(k, 1.0 / k) if p0 is None else np.asarray(p0, dtype=float)
    delta = d_margin / k
    eye = np.eye(k)

    def split(x):
        return x[:k], x[k:2 * k], x[-1]

    def trig(th):
        return cos_sin_weights(A, th)

    def eq(x):
        p, th, _ = split(x)
        _, Ws = trig(th)
        return np.concatenate([Ws @ p, [p.sum() - 1.0, th[0]]])

    def eq_jac(x):
        p, th, _ = split(x)
        Wc, Ws = trig(th)
        J = np.zeros((k + 2, 2 * k + 1))
        J[:k, :k] = Ws
        T = Wc * p[None, :]
        J[:k, k:2 * k] = T - np.diag(T.sum(axis=1))
        J[k, :k] = 1.0
        J[k + 1, k] = 1.0
        return J

    def ineq(x):
        p, th, t = split(x)
        Wc, _ = trig(th)
        lam = quotient_lambda(A, th, p)
        return np.concatenate([p + Wc @ p - delta, p + A @ p - t, [-margin - lam]])

    def ineq_jac(x):
        p, th, _ = split(x)
        Wc, Ws = trig(th)
        J = np.zeros((2 * k + 1, 2 * k + 1))
        J[:k, :k] = eye + Wc
        U = -Ws * p[None, :]
        J[:k, k:2 * k] = U - np.diag(U.sum(axis=1))
        J[k:2 * k, :k] = eye + A
        J[k:2 * k, -1] = -1.0
        _, g_p = quotient_lambda(A, th, p, with_gradient=True)
        J[2 * k, :k] = -g_p
        J[2 * k, k:2 * k] = -_lambda_theta_gradient(A, th, p)
        return J

    x0 = np.concatenate([p_start, th0, [float((p_start + A @ p_start).min()) * 0.9]])
    obj_grad = np.zeros(2 * k + 1)
    obj_grad[-1] = -1.0
    res = minimize(lambda x: -x[-1], x0, jac=lambda x: obj_grad, method="SLSQP",
                   bounds=[(p_min, 1.0)] * k + [(None, None)] * k + [(0.0, 1.0)],
                   constraints=[{"type": "eq", "fun": eq, "jac": eq_jac},
                                {"type": "ineq", "fun": ineq, "jac": ineq_jac}],
                   options={"maxiter": int(max_iter), "ftol": 1e-12})
    p, th, _ = split(res.x)
    p = np.clip(p, p_min, None)
    p = p / p.sum()
    Wc, Ws = trig(th)
    lam = quotient_lambda(A, th, p)
    dmin = float((p + Wc @ p).min())
    resid = float(np.abs(Ws @ p).max())
    val = float((p + A @ p).min())
    feasible = bool(resid < 1e-8 and dmin >= delta * 0.999 and lam <= -margin / 2)
    p.setflags(write=False)
    out = ProportionResult(feasible, p, val, float(lam), dmin, resid, int(res.nit),
                           "ok" if feasible else f"no stable point found ({res.message})")
    return out, th


def round_sizes(p, n_target: int) -> np.ndarray:
    """Integer cluster sizes c_i = max(1, round(p_i n_target))."""
    if isinstance(n_target, bool) or int(n_target) != n_target or n_target < 2:
        raise InvalidParameterError(f"n_target must be an integer >= 2, got {n_target!r}")
    return np.maximum(1, np.rint(np.asarray(p, dtype=float) * n_target)).astype(np.int64)
