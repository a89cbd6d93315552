"""Certified linear stability of twisted states on circulant graphs.

**Twisted states on circulants** (:func:`twisted_spectrum`, :func:`certify_twisted`). The q-twisted
   state of C_n(S) is an exact equilibrium and its Jacobian is circulant with eigenvalues
   (Yoneda, Tatsukawa & Teramae, Chaos 31, 063124, 2021, eq. for lambda_r)

       lambda_r = sum_{k in S} w_k cos(2 pi q k / n) (cos(2 pi r k / n) - 1),  w_k = 1 if 2k = n else 2,

   r = 0..floor(n/2), lambda_0 = 0. Each lambda_r is a sum of K = |S| terms of size <= 2 w_k. With
   delta the absolute error of one tabulated cosine (argument rounding + libm error, bounded
   generously by ``_COS_ERR``), the error of each computed term is <= w_k (3.01 delta + 4.02 u) and
   summation in any order adds <= gamma_K sum |t_k| (Higham, *Accuracy and Stability of Numerical
   Algorithms*, 2nd ed., sec. 3.1 and 4.2), gamma_K = K u / (1 - K u). The state is certified stable
   when max_{r >= 1} (lambda_r + bound_r) < 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from synclib.certify._rounding import UNIT_ROUNDOFF as _U
from synclib.certify._rounding import CertifiedBound
from synclib.certify._rounding import gamma as _gamma
from synclib.exceptions import InvalidParameterError

__all__ = [
    "TwistedCheck",
    "certify_twisted",
    "certify_twisted_indicators",
    "twisted_spectrum",
    "twisted_spectrum_bound",
]

# Absolute error of one tabulated cos(2 pi j / n): argument rounding (<= 3u relative on an argument
# < 2 pi) plus at most 4 ulp from the libm/SIMD cosine; 32u covers both with a wide margin.
_COS_ERR = 32 * _U


def _check_circulant_args(n: int, S, q: int) -> np.ndarray:
    if int(n) != n or n < 3:
        raise InvalidParameterError(f"n must be an integer >= 3, got {n!r}")
    S = np.asarray(sorted(set(int(s) for s in S)), dtype=np.int64)
    if S.size and (S[0] < 1 or S[-1] > n // 2):
        raise InvalidParameterError(f"connection set must lie in 1..{n // 2} for n={n}, got {S.tolist()}")
    if int(q) != q:
        raise InvalidParameterError(f"twist q must be an integer, got {q!r}")
    return S


def _cos_table(n: int) -> np.ndarray:
    """cos(2 pi j / n) for j = 0..n-1 (the only cosines a twisted spectrum needs)."""
    return np.cos(2.0 * np.pi * (np.arange(n) / n))


def _weights(k: np.ndarray, n: int) -> np.ndarray:
    """w_k of the module docstring: 1 for the unpaired distance k = n/2, else 2."""
    return np.where(2 * k == n, 1.0, 2.0)


def _spectrum_terms(n: int, S: np.ndarray, q: int, rows: np.ndarray):
    """Matrix of (cos(2 pi r k/n) - 1) and the vector w_k cos(2 pi q k/n) for the given rows."""
    table = _cos_table(n)
    w = _weights(S, n)
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
    table = _cos_table(n)
    w = _weights(k, n)
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


@dataclass(frozen=True)
class TwistedCheck(CertifiedBound):
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

