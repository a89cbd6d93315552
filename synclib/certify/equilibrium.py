"""Certified linear stability of any equilibrium of the Kuramoto model on any graph.

**Any equilibrium of any graph** (:func:`certify_equilibrium`). Given a symmetric adjacency A and
   approximate phases theta (floats, taken as exact input):

   a. Bound the Jacobian's spectrum on the complement of the rotation mode. J(theta) has
      J_ij = A_ij cos(theta_j - theta_i), rows summing to zero, so J 1 = 0. We shift the rotation mode
      away, K = J - (c/n) 1 1^T with c > ||J||, compute an eigen-decomposition K V = V Lambda in
      floating point and bound, a posteriori, the residual R = K V - V Lambda and the loss of
      orthogonality ||V^T V - I|| = alpha < 1 *including the rounding of those products*
      (|fl(AB) - AB| <= gamma_n |A||B| elementwise). Bauer-Fike for the similar matrix
      V^-1 K V = Lambda + V^-1 R then gives lambda_max(K) <= max(Lambda) + ||R||_2 / sqrt(1 - alpha),
      also accounting for the entrywise error of the computed J (Weyl's inequality).
      Row sums of f and of the Jacobian's diagonal are taken with math.fsum (correctly rounded), so
      their bounds are deg (u |theta span| + 5u) + u |sum| per row, not the worst-case deg^2 u.
   b. theta is only approximately an equilibrium. On the affine space theta + 1^perp the map
      F(y) = f(theta + y) has derivative J restricted to 1^perp, invertible with
      ||DF(0)^-1|| <= beta = 1/|lambda_up|, and J is Lipschitz in theta with
      L = 2 (d_max + sqrt(w_max d_max)) in the 2-norm. Newton-Kantorovich: if h = beta^2 L ||f(theta)|| <= 1/2,
      a true equilibrium theta* exists with ||theta* - theta|| <= r* = (1 - sqrt(1 - 2h)) / (beta L), and
      lambda_max(J(theta*) on 1^perp) <= lambda_up + L r* (Weyl again).
   c. theta* is not in-phase sync: any in-phase state is at distance >= max_edge |wrap(theta_v -
      theta_u)| / 2 from theta, which must exceed r*.

"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from synclib.certify._rounding import UNIT_ROUNDOFF as _U
from synclib.certify._rounding import CertifiedBound
from synclib.certify._rounding import gamma as _gamma
from synclib.exceptions import InvalidParameterError
from synclib.kuramoto import as_dense_adjacency as _as_dense

__all__ = ["EquilibriumCheck", "certify_equilibrium"]


_METHOD = "bauer-fike-kantorovich"


@dataclass(frozen=True)
class EquilibriumCheck(CertifiedBound):
    """Certified verdict on an approximate equilibrium ``theta`` of the Kuramoto model on a graph."""

    n: int
    stable: bool
    max_eigenvalue: float
    error_bound: float
    residual: float
    existence_radius: float
    sync_distance: float
    method: str
    reason: str

    def __post_init__(self):
        for name in ("max_eigenvalue", "error_bound", "residual", "existence_radius", "sync_distance"):
            object.__setattr__(self, name, float(getattr(self, name)))


def _verdict(n: int, reason: str, *, stable: bool = False, max_eigenvalue: float = math.nan,
             error_bound: float = math.inf, residual: float = math.nan, existence_radius: float = math.nan,
             sync_distance: float = math.nan) -> EquilibriumCheck:
    """An :class:`EquilibriumCheck`; what a step did not reach stays nan (its error bound infinite)."""
    return EquilibriumCheck(n=n, stable=bool(stable), max_eigenvalue=max_eigenvalue, error_bound=error_bound,
                            residual=residual, existence_radius=existence_radius, sync_distance=sync_distance,
                            method=_METHOD, reason=reason)


@dataclass(frozen=True)
class _Graph:
    """The adjacency and phases with the scalars every bound uses."""

    A: np.ndarray
    theta: np.ndarray
    deg: np.ndarray  # weighted degrees
    d_max: float
    w_max: float
    nnz_row: int  # most non-zeros in a row
    span: float  # bound on |theta_j - theta_i|

    @property
    def n(self) -> int:
        return self.theta.size

    @property
    def lipschitz(self) -> float:
        """L: J is L-Lipschitz in theta in the 2-norm (step b of the module docstring)."""
        return 2.0 * (self.d_max + math.sqrt(self.w_max * self.d_max))


@dataclass(frozen=True)
class _Spectrum:
    """Step a: the top computed eigenvalue of the deflated Jacobian and its rigorous error."""

    lam_hat: float
    eig_err: float  # inf when the eigenvectors are too far from orthogonal

    @property
    def upper(self) -> float:
        return self.lam_hat + self.eig_err


def _exact_row_sums(M: np.ndarray) -> np.ndarray:
    """Correctly rounded row sums (``math.fsum``), whatever the number of terms."""
    return np.array([math.fsum(row) for row in M.tolist()])


# relative rounding of a computed Frobenius / 2-norm of an n x n (or n-vector) array
def _norm_factor(n: int) -> float:
    return 1 + n * n * _U + 4 * _U


def _as_graph(A, theta) -> _Graph:
    theta = np.asarray(theta, dtype=np.float64).ravel()
    n = theta.size
    A = _as_dense(A)  # dense float64, square, symmetric, zero diagonal
    if A.shape != (n, n):
        raise InvalidParameterError(f"adjacency shape {A.shape} does not match {n} phases")
    if not np.all(np.isfinite(theta)):
        raise InvalidParameterError("phases must be finite numbers")
    if np.any(A < 0):
        raise InvalidParameterError("adjacency weights must be non-negative")
    deg = A.sum(axis=1)
    return _Graph(A=A, theta=theta, deg=deg, d_max=float(deg.max()), w_max=float(A.max()),
                  nnz_row=int((A != 0).sum(axis=1).max()), span=float(np.max(np.abs(theta))) * 2 + 1.0)


def _residual_with_error(g: _Graph) -> tuple[np.ndarray, np.ndarray]:
    """``(f, f_err)``: the computed f(theta) and a bound on the error of each entry,
    ``f_err_i = deg_i (u span + 5u) + u |f_i|`` (module docstring, step a)."""
    diff = g.theta[None, :] - g.theta[:, None]
    # Row sums with math.fsum are correctly rounded (error <= u |sum|), so the bound does not carry
    # the worst-case gamma_deg * deg summation term that would grow like deg^2 u.
    f = _exact_row_sums(g.A * np.sin(diff))
    # per row: sin argument rounding + libm error + product rounding, then the row summation
    f_err = g.deg * (_U * g.span + 4 * _U) + _U * g.deg + _U * np.abs(f)
    return f, f_err


def _residual_norm_bound(g: _Graph) -> float:
    """Rigorous upper bound on ||f(theta)||_2: (||f|| + ||f_err||) times the norm rounding factor."""
    f, f_err = _residual_with_error(g)
    nrm = _norm_factor(g.n)
    return float(np.linalg.norm(f)) * nrm + float(np.linalg.norm(f_err)) * nrm


def _deflated_jacobian(g: _Graph) -> tuple[np.ndarray, float]:
    """K = J - (c/n) 1 1^T with c = 4 d_max + 1 > ||J|| (the rotation mode moved to -c) and a bound on
    ||K - fl(K)||_2: the entrywise errors of J (off-diagonal e_off = w_max (u span + 5u), diagonal
    e_diag_i = deg_i (u span + 5u) + u |J_ii|, as for f), summed over a row (||E||_2 <= ||E||_inf),
    plus the rounding of the shift, n u (c/n + 2 d_max) + c u."""
    n = g.n
    diff = g.theta[None, :] - g.theta[:, None]
    J = g.A * np.cos(diff)
    offdiag_sum = _exact_row_sums(J)
    J[np.diag_indices(n)] = -offdiag_sum
    e_off = g.w_max * (_U * g.span + 4 * _U) + _U * g.w_max
    e_diag = g.deg * (_U * g.span + 4 * _U) + _U * g.deg + _U * np.abs(offdiag_sum)
    J_err_norm = float(np.max(g.nnz_row * e_off + e_diag))  # ||E||_2 <= ||E||_inf for symmetric E
    c = 4 * g.d_max + 1.0
    K = J - (c / n)
    K_err = J_err_norm + n * _U * (c / n + 2 * g.d_max) + n * (c / n) * _U  # shift rounding, crude but safe
    return K, K_err


def _spectrum_bound(K: np.ndarray, K_err: float) -> _Spectrum:
    """Bauer-Fike a posteriori (step a): lambda_max(K) <= lam_hat + ||R||_2 / sqrt(1 - alpha) + K_err."""
    n = K.shape[0]
    nrm = _norm_factor(n)
    lam, V = np.linalg.eigh(K)
    lam_hat = float(lam[-1])
    # a posteriori residual and orthogonality, with rounding of the products bounded
    R = K @ V - V * lam
    absKV = np.abs(K) @ np.abs(V)
    r_err = _gamma(n + 2) * (absKV + np.abs(V) * np.abs(lam)) + _U * np.abs(R)
    R_norm = (float(np.linalg.norm(R)) + float(np.linalg.norm(r_err))) * nrm
    G = V.T @ V
    G[np.diag_indices(n)] -= 1.0
    absVV = np.abs(V.T) @ np.abs(V)
    g_err = _gamma(n + 2) * absVV + _U * np.abs(G) + _U
    alpha = (float(np.linalg.norm(G)) + float(np.linalg.norm(g_err))) * nrm
    if alpha >= 0.5:
        return _Spectrum(lam_hat=lam_hat, eig_err=math.inf)
    return _Spectrum(lam_hat=lam_hat, eig_err=R_norm / math.sqrt(1 - alpha) + K_err)


def _kantorovich(lam_up: float, L: float, res_norm: float) -> tuple[float, float]:
    """``(h, r*)`` of step b for ||DF^-1|| <= 1/|lam_up|; r* is nan when h > 1/2 (no existence proof).

    h is rounded up (its five roundings err by < 8u relative) and r* is increasing in h, so r* of the
    rounded-up h bounds the true one. r* = 2h / ((1 + sqrt(1 - 2h)) beta L), the same value as
    (1 - sqrt(1 - 2h)) / (beta L) without its cancellation (which lost up to ~1 % for h ~ 1e-15); its
    few well-conditioned roundings are covered by the factor 1 + 1e-12.
    """
    beta = 1.0 / (-lam_up)
    h = beta * beta * L * res_norm * (1 + 8 * _U)
    if h > 0.5:
        return h, math.nan
    radius = 2 * h / ((1 + math.sqrt(1 - 2 * h)) * (beta * L))
    return h, radius * (1 + 1e-12) + 1e-300


def _sync_distance(g: _Graph) -> float:
    """Step c: a lower bound on the distance from theta to every in-phase state."""
    rows, cols = np.nonzero(np.triu(g.A, 1))
    gaps = np.abs(np.angle(np.exp(1j * (g.theta[cols] - g.theta[rows]))))
    return float(gaps.max()) / 2 * (1 - 1e-12) if gaps.size else 0.0


def certify_equilibrium(A, theta, *, max_dense: int = 4000) -> EquilibriumCheck:
    """Rigorously decide whether ``theta`` approximates a linearly stable non-in-phase equilibrium.

    Parameters
    ----------
    A : array_like or scipy sparse, shape (n, n)
        Symmetric adjacency (non-negative weights allowed) with zero diagonal.
    theta : array_like, shape (n,)
        Phases in radians, in the node order of ``A``.
    max_dense : int
        Largest n for which the dense check runs; larger graphs are reported not certified.

    Returns
    -------
    EquilibriumCheck
        ``stable`` is True only when every step of the module docstring's argument holds.
    """
    g = _as_graph(A, theta)
    n = g.n
    if n > max_dense:
        return _verdict(n, f"n={n} exceeds max_dense={max_dense}; not checked")
    res_norm = _residual_norm_bound(g)
    spec = _spectrum_bound(*_deflated_jacobian(g))
    seen = dict(max_eigenvalue=spec.lam_hat, error_bound=spec.eig_err, residual=res_norm)
    if math.isinf(spec.eig_err):
        return _verdict(n, "eigenvectors too far from orthogonal", **seen)
    if not spec.upper < 0:
        return _verdict(n, "largest non-rotation eigenvalue is not certified negative at the given phases", **seen)
    L = g.lipschitz
    h, radius = _kantorovich(spec.upper, L, res_norm)
    if math.isnan(radius):
        return _verdict(n, f"residual too large for Newton-Kantorovich (h={h:.3g} > 1/2); polish the phases", **seen)
    seen.update(error_bound=spec.eig_err + L * radius, existence_radius=radius, sync_distance=_sync_distance(g))
    if not seen["sync_distance"] > radius:
        return _verdict(n, "the phases are within the existence radius of in-phase sync", **seen)
    stable = spec.lam_hat + seen["error_bound"] < 0
    reason = "certified" if stable else "eigenvalue bound crosses zero after the existence radius"
    return _verdict(n, reason, stable=stable, **seen)
