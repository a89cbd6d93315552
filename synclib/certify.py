"""Certified linear stability of Kuramoto equilibria.

Two rigorous checks, both in plain floating point with explicit error bounds (no solver, no exact
arithmetic needed):

1. **Twisted states on circulants** (:func:`twisted_spectrum`, :func:`certify_twisted`). The q-twisted
   state of C_n(S) is an exact equilibrium and its Jacobian is circulant with eigenvalues
   (Yoneda, Tatsukawa & Teramae, Chaos 31, 063124, 2021, eq. for lambda_r)

       lambda_r = sum_{k in S} w_k cos(2 pi q k / n) (cos(2 pi r k / n) - 1),  w_k = 1 if 2k = n else 2,

   r = 0..floor(n/2), lambda_0 = 0. Each lambda_r is a sum of K = |S| terms of size <= 2 w_k. With
   delta the absolute error of one tabulated cosine (argument rounding + libm error, bounded
   generously by ``_COS_ERR``), the error of each computed term is <= w_k (3.01 delta + 4.02 u) and
   summation in any order adds <= gamma_K sum |t_k| (Higham, *Accuracy and Stability of Numerical
   Algorithms*, 2nd ed., sec. 3.1 and 4.2), gamma_K = K u / (1 - K u). The state is certified stable
   when max_{r >= 1} (lambda_r + bound_r) < 0.

2. **Any equilibrium of any graph** (:func:`certify_equilibrium`). Given a symmetric adjacency A and
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

   The equilibrium is certified linearly stable (apart from the rotation mode) only when all of this
   holds; otherwise ``stable`` is False and the result says why (``reason``). The dense check costs a
   few n x n products and one symmetric eigen-decomposition, so it is limited to n <= ``max_dense``.

Results are frozen dataclasses with ``to_dict()``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np
import scipy.sparse as sp

from synclib.exceptions import InvalidParameterError

__all__ = [
    "TwistedCheck",
    "EquilibriumCheck",
    "twisted_spectrum",
    "twisted_spectrum_bound",
    "certify_twisted",
    "certify_twisted_indicators",
    "certify_equilibrium",
    "jacobian",
    "kuramoto_residual",
]

_U = np.finfo(np.float64).eps / 2  # unit roundoff
# Absolute error of one tabulated cos(2 pi j / n): argument rounding (<= 3u relative on an argument
# < 2 pi) plus at most 4 ulp from the libm/SIMD cosine; 32u covers both with a wide margin.
_COS_ERR = 32 * _U


def _gamma(k: int) -> float:
    ku = k * _U
    if ku >= 1:
        return math.inf
    return ku / (1 - ku)


def _check_circulant_args(n: int, S, q: int) -> np.ndarray:
    if int(n) != n or n < 3:
        raise InvalidParameterError(f"n must be an integer >= 3, got {n!r}")
    S = np.asarray(sorted(set(int(s) for s in S)), dtype=np.int64)
    if S.size and (S[0] < 1 or S[-1] > n // 2):
        raise InvalidParameterError(f"connection set must lie in 1..{n // 2} for n={n}, got {S.tolist()}")
    if int(q) != q:
        raise InvalidParameterError(f"twist q must be an integer, got {q!r}")
    return S


def _spectrum_terms(n: int, S: np.ndarray, q: int, rows: np.ndarray):
    """Matrix of (cos(2 pi r k/n) - 1) and the vector w_k cos(2 pi q k/n) for the given rows."""
    table = np.cos(2.0 * np.pi * (np.arange(n, dtype=np.float64) / n))
    w = np.where(2 * S == n, 1.0, 2.0)
    a = w * table[(q * S) % n]
    M = table[np.outer(rows, S) % n] - 1.0
    return M, a, w


def twisted_spectrum(n: int, S, q: int) -> np.ndarray:
    """Eigenvalues lambda_r, r = 0..floor(n/2), of the Jacobian at the q-twisted state of C_n(S).

    Vectorized; O(n |S|) time in row blocks. ``lambda_0`` is 0 (the rotation mode) and
    ``lambda_r = lambda_{n-r}``, so these are all distinct eigenvalues.

    Examples
    --------
    >>> lam = twisted_spectrum(19, range(1, 6), 1)
    >>> bool(lam[1:].max() < 0)
    True
    """
    S = _check_circulant_args(n, S, q)
    return _twisted_spectrum_blocks(n, S, q)[0]


def _twisted_spectrum_blocks(n: int, S: np.ndarray, q: int, block: int = 1 << 22):
    half = n // 2
    lam = np.zeros(half + 1)
    err = np.zeros(half + 1)
    if S.size == 0:
        return lam, err
    K = S.size
    rows_per_block = max(1, block // K)
    gamma = _gamma(K)
    for start in range(1, half + 1, rows_per_block):
        rows = np.arange(start, min(half + 1, start + rows_per_block), dtype=np.int64)
        M, a, w = _spectrum_terms(n, S, q, rows)
        lam[rows] = M @ a
        err[rows] = _twisted_error(w.sum(), gamma, np.abs(M) @ np.abs(a))
    return lam, err


def _twisted_error(weight_sum, gamma, abs_term_sum):
    """Rounding bound of one twisted eigenvalue sum (module docstring): cosine-table errors of each of
    the terms (total weight ``weight_sum``) plus the summation of ``abs_term_sum`` in any order."""
    return weight_sum * (3.01 * _COS_ERR + 4.02 * _U) + 1.01 * gamma * abs_term_sum


def certify_twisted_indicators(n: int, q, X, eps: float = 0.0) -> np.ndarray:
    """Batched :func:`certify_twisted`: row i of the 0/1 matrix ``X`` (n // 2 columns, distance k in
    column k - 1) is a connection set, ``q[i]`` its twist. True where every eigenvalue plus its rounding
    bound is <= -eps (< 0 when eps = 0). One matrix product per call: lambda = A (C - 1)^T with
    A[i, k] = x_ik w_k cos(2 pi q_i k / n); |C - 1| <= 2 bounds the summed magnitudes, and zero entries
    add no rounding, so gamma_{|S_i|} applies in any BLAS order.
    """
    n = int(n)
    half = n // 2
    q = np.asarray(q, dtype=np.int64)
    X = np.asarray(X, dtype=np.float64)
    if X.shape[0] == 0:
        return np.zeros(0, dtype=bool)
    if X.shape[1] != half or q.shape != (X.shape[0],):
        raise InvalidParameterError(f"X must have shape (len(q), {half}), got {X.shape} for {q.size} twists")
    k = np.arange(1, half + 1, dtype=np.int64)
    table = np.cos(2.0 * np.pi * (np.arange(n, dtype=np.float64) / n))
    w = np.where(2 * k == n, 1.0, 2.0)
    A = X * w[None, :] * table[np.outer(q, k) % n]
    lam = A @ (table[np.outer(k, k) % n] - 1.0).T
    gamma = np.array([_gamma(int(x)) for x in X.sum(axis=1)])
    err = _twisted_error(X @ w, gamma, 2.0 * np.abs(A).sum(axis=1))
    upper = lam.max(axis=1) + err
    return upper <= -float(eps) if eps > 0 else upper < 0


def twisted_spectrum_bound(n: int, S, q: int) -> tuple[np.ndarray, np.ndarray]:
    """``(lambda, bound)``: the spectrum of :func:`twisted_spectrum` and a rigorous bound on the
    absolute floating-point error of each entry (see the module docstring)."""
    S = _check_circulant_args(n, S, q)
    return _twisted_spectrum_blocks(n, S, q)


class _CertifiedBound:
    """Shared by the verdicts: ``max_eigenvalue`` plus its rigorous ``error_bound``."""

    @property
    def certified_upper_bound(self) -> float:
        """Rigorous upper bound on the largest non-rotation eigenvalue (at the true equilibrium)."""
        return self.max_eigenvalue + self.error_bound

    def to_dict(self) -> dict:
        d = asdict(self)
        d["certified_upper_bound"] = self.certified_upper_bound
        return d


@dataclass(frozen=True)
class TwistedCheck(_CertifiedBound):
    """Certified stability verdict for the q-twisted state of C_n(S)."""

    n: int
    q: int
    stable: bool
    max_eigenvalue: float
    error_bound: float
    slowest_mode: int
    method: str = "twisted-circulant-spectrum"


def certify_twisted(n: int, S, q: int) -> TwistedCheck:
    """Certified linear stability of the q-twisted state of the circulant C_n(S).

    ``stable`` is True only when max_r (lambda_r + error bound_r) < 0 over r = 1..floor(n/2).
    """
    S = _check_circulant_args(n, S, q)
    lam, err = _twisted_spectrum_blocks(n, S, q)
    upper = lam[1:] + err[1:]
    r = int(np.argmax(upper)) + 1
    return TwistedCheck(n=int(n), q=int(q), stable=bool(upper[r - 1] < 0), max_eigenvalue=float(lam[r]),
                        error_bound=float(err[r]), slowest_mode=r)


# ---------------------------------------------------------------------------------------------------
# General graphs


@dataclass(frozen=True)
class EquilibriumCheck(_CertifiedBound):
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


def _as_dense(A) -> np.ndarray:
    if sp.issparse(A):
        A = A.toarray()
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise InvalidParameterError(f"adjacency must be a square matrix, got shape {A.shape}")
    if not np.array_equal(A, A.T):
        raise InvalidParameterError("adjacency must be symmetric")
    if np.any(np.diag(A) != 0):
        raise InvalidParameterError("adjacency must have a zero diagonal (no self-loops)")
    return A


def jacobian(A, theta) -> np.ndarray:
    """Dense Jacobian of f_i = sum_j A_ij sin(theta_j - theta_i): J_ij = A_ij cos(theta_j - theta_i)."""
    A = _as_dense(A)
    theta = np.asarray(theta, dtype=np.float64)
    J = A * np.cos(theta[None, :] - theta[:, None])
    J[np.diag_indices_from(J)] = -J.sum(axis=1)
    return J


def kuramoto_residual(A, theta) -> np.ndarray:
    """f(theta) with f_i = sum_j A_ij sin(theta_j - theta_i)."""
    theta = np.asarray(theta, dtype=np.float64)
    if sp.issparse(A):
        A = sp.csr_array(A)
        s, c = np.sin(theta), np.cos(theta)
        return c * (A @ s) - s * (A @ c)
    A = np.asarray(A, dtype=np.float64)
    return (A * np.sin(theta[None, :] - theta[:, None])).sum(axis=1)


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
