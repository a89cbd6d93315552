"""The Kuramoto model of identical oscillators: the one definition of its vector field, Jacobian and
the deflation of the rotation mode that every other module uses.

For a symmetric coupling A (n x n, non-negative weights, zero diagonal) and phases theta,

    f_i(theta) = sum_j A_ij sin(theta_j - theta_i)                     (the vector field)
    J_ij(theta) = A_ij cos(theta_j - theta_i),  J_ii = -sum_{j != i} J_ij   (its Jacobian)

J is symmetric with J 1 = 0: the rotation theta -> theta + c 1 is a zero mode of every equilibrium.
Quotient problems on k clusters with proportions p (sum p = 1) deflate it with the rank-one shift
Q - DEFLATION_SHIFT sqrt(p) sqrt(p)^T, which sends the zero mode to -DEFLATION_SHIFT and leaves the
rest of the spectrum alone (Yoneda, Tatsukawa & Teramae 2021 for the model; the quotient is that of an
equitable partition, see ``synclib.certify`` and ``synclib.record.fractional``).

Sparse couplings and graphs (CSR kernels, integrators) live in ``synclib.dynamics``; these are the
dense reference forms used by the certifiers and the quotient searches.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from synclib.exceptions import InvalidParameterError

__all__ = [
    "DEFLATION_SHIFT",
    "as_dense_adjacency",
    "cos_sin_weights",
    "deflate",
    "jacobian",
    "kuramoto_residual",
]

DEFLATION_SHIFT = 10.0
"""Shift of the rotation mode in quotient matrices: Q - DEFLATION_SHIFT s s^T with s = sqrt(p), |s| = 1."""


def as_dense_adjacency(A) -> np.ndarray:
    """``A`` as a dense float array, checked square, symmetric and with a zero diagonal."""
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


def cos_sin_weights(W, theta) -> tuple[np.ndarray, np.ndarray]:
    """``(W * cos(theta_j - theta_i), W * sin(theta_j - theta_i))`` for a dense weight matrix ``W``.

    ``W`` need not be symmetric (cluster equations use W_ij = d_ij, the degree of class i into j).
    """
    W = np.asarray(W, dtype=np.float64)
    theta = np.asarray(theta, dtype=np.float64)
    d = theta[None, :] - theta[:, None]
    return W * np.cos(d), W * np.sin(d)


def kuramoto_residual(A, theta) -> np.ndarray:
    """f(theta) with f_i = sum_j A_ij sin(theta_j - theta_i) (dense, or scipy sparse in O(nnz)).

    Examples
    --------
    >>> import numpy as np
    >>> A = np.ones((3, 3)) - np.eye(3)
    >>> bool(np.allclose(kuramoto_residual(A, [0.0, 2 * np.pi / 3, 4 * np.pi / 3]), 0))
    True
    """
    theta = np.asarray(theta, dtype=np.float64)
    if sp.issparse(A):
        A = sp.csr_array(A)
        s, c = np.sin(theta), np.cos(theta)
        return c * (A @ s) - s * (A @ c)
    return cos_sin_weights(A, theta)[1].sum(axis=1)


def jacobian(A, theta):
    """Jacobian of :func:`kuramoto_residual`: J_ij = A_ij cos(theta_j - theta_i), rows summing to 0.

    Dense in, dense out (``A`` any weight matrix, not checked symmetric, so the same formula serves the
    cluster equations of an equitable partition); scipy sparse in, ``csr_array`` out in O(nnz).

    Examples
    --------
    >>> import numpy as np
    >>> J = jacobian(np.ones((3, 3)) - np.eye(3), np.zeros(3))
    >>> J.tolist()
    [[-2.0, 1.0, 1.0], [1.0, -2.0, 1.0], [1.0, 1.0, -2.0]]
    """
    theta = np.asarray(theta, dtype=np.float64)
    if sp.issparse(A):
        A = sp.csr_array(A)
        n = A.shape[0]
        rows = np.repeat(np.arange(n), np.diff(A.indptr))
        cols = A.indices.astype(np.int64)
        off = A.data * np.cos(theta[cols] - theta[rows])
        diag = -np.bincount(rows, weights=off, minlength=n)
        return sp.csr_array(sp.csr_array((off, cols, A.indptr), shape=(n, n)) + sp.diags_array(diag))
    J = cos_sin_weights(A, theta)[0]
    J[np.diag_indices_from(J)] = 0.0
    J[np.diag_indices_from(J)] = -J.sum(axis=1)
    return J


def deflate(Q: np.ndarray, s: np.ndarray, shift: float = DEFLATION_SHIFT) -> np.ndarray:
    """``Q - shift * s s^T / |s|^2``: moves the zero mode ``s`` of a quotient matrix to ``-shift``."""
    s = np.asarray(s, dtype=np.float64)
    return Q - shift * np.outer(s, s) / float(s @ s)
