"""Slow, obviously correct twins of the vectorised gradients of synclib.record.fractional: one
eigenvector at a time, the formulas of the module docstring written out (the implementation before
vectorisation). Used by tests/synclib/test_fractional_symmetric.py and benchmarks/bench_frontier.py."""

from __future__ import annotations

import numpy as np

from synclib.kuramoto import DEFLATION_SHIFT
from synclib.record.fractional import _quotient, limit_gradients


def eigen_gradients(p, theta, rho):
    """Gradients of every eigenvalue of Q - DEFLATION_SHIFT s s^T, eigenvector by eigenvector."""
    k = p.size
    iu = np.triu_indices(k, 1)
    a, b = iu
    cols = 2 * k + np.arange(a.size)
    Q, C, S, R, s = _quotient(p, theta, rho)
    RS, RC = R * S, R * C
    lam, V = np.linalg.eigh(Q - DEFLATION_SHIFT * np.outer(s, s))
    gL = np.zeros((k, 2 * k + a.size))
    for idx in range(k):
        v = V[:, idx]
        Rm = v[:, None] * s[None, :] - v[None, :] * s[:, None]  # R_ij = v_i s_j - v_j s_i
        vs = float(v @ s)
        gL[idx, :k] = ((RC * Rm) @ v) / s - DEFLATION_SHIFT * vs * v / s
        gL[idx, k:2 * k] = -(RS * Rm ** 2).sum(axis=1)
        gL[idx, cols] = -C[a, b] * Rm[a, b] ** 2
    return lam, gL


def comparison_gradients(p, theta, rho, partial):
    """Eigenvalues of the comparison matrix and their gradients, eigenvector by eigenvector, with
    limit_gradients recomputed inside (as before the cache)."""
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
    a, b = iu
    cols = 2 * k + np.arange(a.size)
    Pab = P[a, b].astype(float)
    grad = np.zeros((k, 2 * k + a.size))
    for idx in range(k):
        v = V[:, idx]
        grad[idx] = (v ** 2) @ g["gD"]
        w = 2 * v[a] * v[b] * Pab
        grad[idx, cols] += -w * np.abs(Cs[a, b]) * sq[a, b]
        dth = w * rho[a, b] * sq[a, b] * np.sign(Cs[a, b]) * Sn[a, b]
        np.add.at(grad[idx], k + b, dth)
        np.add.at(grad[idx], k + a, -dth)
        half = -w * np.abs(Cs[a, b]) * rho[a, b] * 0.5
        np.add.at(grad[idx], a, half * np.sqrt(p[b] / p[a]))
        np.add.at(grad[idx], b, half * np.sqrt(p[a] / p[b]))
    return lam, grad
