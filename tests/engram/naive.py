"""Slow, obviously correct twins of the engram kernels (loops over cells, pairs and frames)."""

from __future__ import annotations

import math

import numpy as np


def naive_pair_means(r: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Mean r over unordered pairs of engram cells and of other cells, by explicit loops."""
    e, o = [], []
    n = len(labels)
    for i in range(n):
        for j in range(i + 1, n):
            if labels[i] == 1 and labels[j] == 1:
                e.append(r[i, j])
            elif labels[i] == 0 and labels[j] == 0:
                o.append(r[i, j])
    return (float(np.mean(e)) if e else float("nan"), float(np.mean(o)) if o else float("nan"))


def naive_bin_events(events: np.ndarray, times: np.ndarray, bin_s: float) -> np.ndarray:
    """Sum of events per non-empty time bin [t0 + b * bin_s, t0 + (b + 1) * bin_s)."""
    bins: dict[int, list[int]] = {}
    for f, t in enumerate(times):
        bins.setdefault(int(math.floor((t - times[0]) / bin_s + 1e-9)), []).append(f)
    keys = sorted(bins)
    out = np.zeros((events.shape[0], len(keys)))
    for c in range(events.shape[0]):
        for b, key in enumerate(keys):
            out[c, b] = sum(events[c, f] for f in bins[key])
    return out


def naive_corr(counts: np.ndarray) -> np.ndarray:
    """Pearson r of every pair of rows by the textbook formula; NaN for constant rows."""
    n = counts.shape[0]
    out = np.full((n, n), np.nan)
    for i in range(n):
        for j in range(n):
            x, y = counts[i], counts[j]
            sx, sy = x.std(), y.std()
            if sx > 0 and sy > 0:
                out[i, j] = ((x - x.mean()) * (y - y.mean())).mean() / (sx * sy)
    return out


def naive_threshold(deconvolved: np.ndarray, sigma: np.ndarray, k: float) -> np.ndarray:
    out = np.zeros(deconvolved.shape, dtype=np.uint8)
    for i in range(deconvolved.shape[0]):
        for t in range(deconvolved.shape[1]):
            out[i, t] = 1 if deconvolved[i, t] > k * sigma[i] else 0
    return out


def naive_ar1_inverse(y: np.ndarray, g: float) -> np.ndarray:
    out = np.zeros_like(y, dtype=np.float64)
    for i in range(y.shape[0]):
        for t in range(y.shape[1]):
            v = y[i, t] - (g * y[i, t - 1] if t > 0 else 0.0)
            out[i, t] = max(v, 0.0)
    return out


def naive_hypergeom_sf(n_total: int, n_engram: int, size: int, k: int) -> float:
    """P(X >= k) by summing the hypergeometric pmf with exact binomial coefficients."""
    denom = math.comb(n_total, size)
    return sum(math.comb(n_engram, x) * math.comb(n_total - n_engram, size - x)
               for x in range(k, min(size, n_engram) + 1)) / denom


def naive_bh(p: list[float]) -> list[float]:
    """Benjamini-Hochberg q-values: q_i = min_{j: p_j >= p_i} p_j * n / rank_j."""
    n = len(p)
    order = sorted(range(n), key=lambda i: p[i])
    rank = {i: r + 1 for r, i in enumerate(order)}
    return [min(1.0, min(p[j] * n / rank[j] for j in range(n) if p[j] >= p[i])) for i in range(n)]


def naive_weighted_pair_mean(r: np.ndarray, w: np.ndarray) -> float:
    """Mean r over pairs of distinct cells, each cell repeated w_i times (bootstrap weights)."""
    num = den = 0.0
    for i in range(len(w)):
        for j in range(len(w)):
            if i != j:
                num += w[i] * w[j] * r[i, j]
                den += w[i] * w[j]
    return num / den
