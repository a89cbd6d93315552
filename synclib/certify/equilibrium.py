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
import scipy.sparse as sp

from synclib.certify._rounding import UNIT_ROUNDOFF as _U
from synclib.certify._rounding import CertifiedBound
from synclib.certify._rounding import gamma as _gamma
from synclib.exceptions import InvalidParameterError
from synclib.kuramoto import as_dense_adjacency as _as_dense

__all__ = ["EquilibriumCheck", "certify_equilibrium"]


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





def _exact_row_sums(M: np.ndarray) -> np.ndarray:
    """Correctly rounded row sums (``math.fsum``), whatever the number of terms."""
    return np.array([math.fsum(row) for row in M.tolist()], dtype=np.float64)


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
    theta = np.asarray(theta, dtype=np.float64).ravel()
    n = theta.size
    if sp.issparse(A):
        if A.shape != (n, n):
            raise InvalidParameterError(f"adjacency shape {A.shape} does not match {n} phases")
    A = np.asarray(A.toarray() if sp.issparse(A) else A, dtype=np.float64)
    if A.shape != (n, n):
        raise InvalidParameterError(f"adjacency shape {A.shape} does not match {n} phases")
    if not np.all(np.isfinite(theta)):
        raise InvalidParameterError("phases must be finite numbers")
    if np.any(A < 0):
        raise InvalidParameterError("adjacency weights must be non-negative")
    A = _as_dense(A)
    if n > max_dense:
        return EquilibriumCheck(n, False, math.nan, math.inf, math.nan, math.nan, math.nan,
                                "bauer-fike-kantorovich", f"n={n} exceeds max_dense={max_dense}; not checked")
    deg = A.sum(axis=1)
    d_max = float(deg.max())
    nnz_row = int((A != 0).sum(axis=1).max())
    span = float(np.max(np.abs(theta))) * 2 + 1.0  # bound on |theta_j - theta_i|

    # f(theta) and a rigorous upper bound on ||f||_2.
    diff = theta[None, :] - theta[:, None]
    # Row sums with math.fsum are correctly rounded (error <= u |sum|), so the bound does not carry
    # the worst-case gamma_deg * deg summation term that would grow like deg^2 u.
    f = _exact_row_sums(A * np.sin(diff))
    w_max = float(A.max())
    nrm = 1 + n * n * _U + 4 * _U  # relative rounding of a computed Frobenius / 2-norm
    # per row: sin argument rounding + libm error + product rounding, then the row summation
    f_err = deg * (_U * span + 4 * _U) + _U * deg + _U * np.abs(f)
    res_norm = float(np.linalg.norm(f)) * nrm + float(np.linalg.norm(f_err)) * nrm

    # Jacobian with a rigorous entrywise error; shifted rotation mode.
    J = A * np.cos(diff)
    offdiag_sum = _exact_row_sums(J)
    J[np.diag_indices(n)] = -offdiag_sum
    e_off = w_max * (_U * span + 4 * _U) + _U * w_max
    e_diag = deg * (_U * span + 4 * _U) + _U * deg + _U * np.abs(offdiag_sum)
    J_err_norm = float(np.max(nnz_row * e_off + e_diag))  # ||E||_2 <= ||E||_inf for symmetric E
    c = 4 * d_max + 1.0
    K = J - (c / n)
    K_err = J_err_norm + n * _U * (c / n + 2 * d_max) + n * (c / n) * _U  # shift rounding, crude but safe

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
        return EquilibriumCheck(n, False, lam_hat, math.inf, res_norm, math.nan, math.nan,
                                "bauer-fike-kantorovich", "eigenvectors too far from orthogonal")
    eig_err = R_norm / math.sqrt(1 - alpha) + K_err
    lam_up = lam_hat + eig_err
    if not lam_up < 0:
        return EquilibriumCheck(n, False, lam_hat, eig_err, res_norm, math.nan, math.nan,
                                "bauer-fike-kantorovich",
                                "largest non-rotation eigenvalue is not certified negative at the given phases")
    beta = 1.0 / (-lam_up)
    L = 2.0 * (d_max + math.sqrt(w_max * d_max))
    h = beta * beta * L * res_norm
    if h > 0.5:
        return EquilibriumCheck(n, False, lam_hat, eig_err, res_norm, math.nan, math.nan,
                                "bauer-fike-kantorovich",
                                f"residual too large for Newton-Kantorovich (h={h:.3g} > 1/2); polish the phases")
    radius = (1 - math.sqrt(1 - 2 * h)) / (beta * L) if h > 0 else 0.0
    radius = radius * (1 + 1e-12) + 1e-300
    total_err = eig_err + L * radius
    rows, cols = np.nonzero(np.triu(A, 1))
    gaps = np.abs(np.angle(np.exp(1j * (theta[cols] - theta[rows]))))
    sync_distance = float(gaps.max()) / 2 * (1 - 1e-12) if gaps.size else 0.0
    if not sync_distance > radius:
        return EquilibriumCheck(n, False, lam_hat, total_err, res_norm, radius, sync_distance,
                                "bauer-fike-kantorovich",
                                "the phases are within the existence radius of in-phase sync")
    stable = lam_hat + total_err < 0
    reason = "certified" if stable else "eigenvalue bound crosses zero after the existence radius"
    return EquilibriumCheck(n, bool(stable), lam_hat, float(total_err), float(res_norm), float(radius),
                            float(sync_distance),
                            "bauer-fike-kantorovich", reason)
