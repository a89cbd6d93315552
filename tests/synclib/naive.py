"""Slow, obviously correct twins of synclib's core computations (tests only)."""

import itertools

import networkx as nx
import numpy as np


def dense_twisted_spectrum(n, S, q):
    """All eigenvalues of the Jacobian at the q-twisted state of C_n(S), by dense eigvalsh."""
    G = nx.circulant_graph(n, list(S))
    A = nx.to_numpy_array(G, nodelist=range(n))
    theta = 2 * np.pi * q * np.arange(n) / n
    J = A * np.cos(theta[None, :] - theta[:, None])
    J[np.diag_indices(n)] = -J.sum(axis=1)
    return np.sort(np.linalg.eigvalsh(J))


def brute_force_best_degree(n, q, eps=1e-5):
    """Densest C_n(S) with every twisted eigenvalue <= -eps, by enumerating all subsets (n <= ~22)."""
    half = n // 2
    k = np.arange(1, half + 1)
    w = np.where(2 * k == n, 1, 2)
    best = None
    for bits in itertools.product((0, 1), repeat=half):
        x = np.array(bits)
        if not x.any():
            continue
        S = k[x == 1]
        lam = [sum((1 if 2 * s == n else 2) * np.cos(2 * np.pi * q * s / n) * (np.cos(2 * np.pi * r * s / n) - 1)
                   for s in S) for r in range(1, half + 1)]
        if max(lam) <= -eps:
            deg = int(w[x == 1].sum())
            best = deg if best is None else max(best, deg)
    return best
