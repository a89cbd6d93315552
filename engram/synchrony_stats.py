"""Synchrony of engram cells, session by session, with tests that a rate difference cannot fool.

Plan
----
For each mouse and session (see :mod:`engram.pipeline`): event counts in bins of ``bin_s`` seconds, Pearson r
for every pair of active cells. Per mouse, ``mean_EE`` is the mean r over pairs of engram cells and ``mean_NN``
over pairs of non-engram cells; the session statistic is the mean over mice of ``mean_EE - mean_NN`` (mice with
fewer than two active cells in a group are left out), so every mouse weighs the same.

Tests (two-sided; no direction is assumed):

* ``p_value``: labels permuted within each mouse (each mouse keeps its engram count), the statistic recomputed,
  ``p = (1 + #{|D*| >= |D|}) / (1 + n_permutations)``. Pairs sharing a cell are not independent; permuting the
  cell labels respects that.
* ``p_value_matched``: activity-matched subsampling (as Pettit et al., Nature 2022, matched mean activity before
  comparing groups): within each mouse the active cells are split into ``n_rate_bins`` rate quantile bins and,
  in each bin, equally many engram and other cells are drawn; the statistic is averaged over ``n_matches``
  such draws. The null permutes labels within rate bins and applies the same draws (the same random keys),
  so it carries the draws' dependence on shared cells; the null hypothesis is "labels exchangeable among cells
  of similar activity". A pure rate difference cannot pass for synchrony.
* ``p_value_pairwise``: a Mann-Whitney U test of the pooled pair correlations, reported only for comparison:
  it treats pairs as independent and is badly anti-conservative (it rejects under a pure rate difference).

Confidence intervals: hierarchical bootstrap (mice resampled, then cells within each group of each mouse),
percentile intervals for ``engram_mean_r``, ``other_mean_r`` and the difference.

Cost per session and mouse: O(n_permutations * n^2) for the permutation sums ``l' R l`` computed as one matrix
product, and ``n_matches`` times that on the matched subsets.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
from scipy.stats import mannwhitneyu

from engram.exceptions import EngramError

__all__ = ["SynchronyParams", "SynchronyResult", "synchrony", "group_pair_means", "rate_bins", "matched_weights",
           "permute_within_bins", "matched_difference", "pairwise_mannwhitney", "mouse_session_stats"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SynchronyParams:
    n_permutations: int = 1000
    n_matches: int = 5
    n_rate_bins: int = 5
    n_bootstrap: int = 500
    ci: float = 0.95

    def __post_init__(self) -> None:
        if self.n_permutations < 1 or self.n_matches < 1 or self.n_rate_bins < 1 or self.n_bootstrap < 1:
            raise EngramError("n_permutations, n_matches, n_rate_bins and n_bootstrap must be >= 1")
        if not 0 < self.ci < 1:
            raise EngramError(f"ci must be in (0, 1), got {self.ci}")

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class SynchronyResult:
    """One row per session (see the module docstring for the columns' meaning)."""

    sessions: tuple[dict, ...]
    params: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)

    def table(self):
        import pandas as pd

        return pd.DataFrame(list(self.sessions))

    def to_dict(self) -> dict:
        return {"sessions": list(self.sessions), "params": self.params, "events": self.events}


def group_pair_means(r0: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean r over engram pairs and over other pairs for each row of a 0/1 label matrix.

    ``r0`` is a symmetric matrix with zero diagonal (no NaN); ``labels`` is (P, n) or (n,).
    Uses ``l' R l / (k (k - 1))`` (ordered pairs, diagonal excluded).
    """
    lab = np.atleast_2d(labels).astype(np.float64)
    other = 1.0 - lab
    k = lab.sum(axis=1)
    m = other.sum(axis=1)
    se = np.einsum("pi,pi->p", lab @ r0, lab)
    so = np.einsum("pi,pi->p", other @ r0, other)
    with np.errstate(invalid="ignore", divide="ignore"):
        return se / (k * (k - 1)), so / (m * (m - 1))


def _random_labels(rng: np.random.Generator, n: int, k: int, n_rows: int) -> np.ndarray:
    """``n_rows`` random 0/1 vectors of length n with exactly k ones."""
    keys = rng.random((n_rows, n))
    return (np.argsort(np.argsort(keys, axis=1), axis=1) < k).astype(np.float64)


def rate_bins(rates: np.ndarray, n_bins: int) -> np.ndarray:
    """Quantile bin (0..n_bins-1) of each rate."""
    if n_bins <= 1 or rates.size == 0:
        return np.zeros(rates.size, dtype=np.int64)
    edges = np.quantile(rates, np.linspace(0, 1, n_bins + 1)[1:-1])
    return np.searchsorted(edges, rates, side="right").astype(np.int64)


def matched_weights(bins: np.ndarray, labels: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """0/1 selection (rows of ``labels``/``keys``) of an activity-matched subsample.

    In every rate bin ``b`` the ``q_b = min(#engram, #other)`` engram cells and ``q_b`` other cells with the
    smallest random ``keys`` are kept (a uniform draw of q_b of each). ``labels`` and ``keys`` are (R, n);
    every row must have the same engram count per bin (true for labels permuted within bins).
    """
    lab = np.atleast_2d(labels).astype(np.int64)
    keys = np.atleast_2d(keys)
    n_bins = int(bins.max()) + 1 if bins.size else 0
    group = bins[None, :] * 2 + lab  # (R, n)
    counts = np.bincount(group[0], minlength=2 * n_bins)
    q = np.minimum(counts[0::2], counts[1::2])  # per bin
    start = np.concatenate([[0], np.cumsum(counts)[:-1]])
    order = np.argsort(group + keys, axis=1, kind="stable")
    pos = np.empty_like(order)
    rows = np.arange(order.shape[0])[:, None]
    pos[rows, order] = np.arange(order.shape[1])[None, :]
    rank = pos - start[group]
    return (rank < q[bins][None, :]).astype(np.float64)


def permute_within_bins(labels: np.ndarray, bins: np.ndarray, n_rows: int, rng: np.random.Generator) -> np.ndarray:
    """``n_rows`` copies of ``labels`` each shuffled within every rate bin."""
    out = np.empty((n_rows, labels.size), dtype=np.float64)
    for b in np.unique(bins):
        idx = np.flatnonzero(bins == b)
        out[:, idx] = _random_labels(rng, idx.size, int(labels[idx].sum()), n_rows)
    return out


def matched_difference(r0: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``mean_EE - mean_NN`` over the cells selected by each row of ``weights`` (labels per row)."""
    lab = np.atleast_2d(labels)
    we = weights * lab
    wo = weights * (1.0 - lab)
    k = we.sum(axis=1)
    m = wo.sum(axis=1)
    se = np.einsum("pi,pi->p", we @ r0, we)
    so = np.einsum("pi,pi->p", wo @ r0, wo)
    with np.errstate(invalid="ignore", divide="ignore"):
        return se / (k * (k - 1)) - so / (m * (m - 1))


def pairwise_mannwhitney(r_engram: np.ndarray, r_other: np.ndarray) -> float:
    """Two-sided Mann-Whitney p over pooled pair correlations (anti-conservative; for comparison only)."""
    if r_engram.size < 1 or r_other.size < 1:
        return float("nan")
    return float(mannwhitneyu(r_engram, r_other, alternative="two-sided").pvalue)


def _prepare(corr: np.ndarray, labels: np.ndarray, rates: np.ndarray):
    """Active labelled cells: zero-diagonal finite r, labels, rates."""
    r = np.asarray(corr, dtype=np.float64)
    idx = np.flatnonzero(np.isfinite(np.diag(r)) & (labels >= 0))
    r0 = np.nan_to_num(r[np.ix_(idx, idx)], nan=0.0)
    np.fill_diagonal(r0, 0.0)
    return r0, labels[idx].astype(np.int64), np.asarray(rates, dtype=np.float64)[idx]


def _holm(p: list[float]) -> list[float]:
    arr = np.array(p, dtype=float)
    out = np.full(arr.size, np.nan)
    ok = np.flatnonzero(np.isfinite(arr))
    order = ok[np.argsort(arr[ok])]
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (ok.size - rank) * arr[i]))
        out[i] = running
    return out.tolist()


def mouse_session_stats(corr: np.ndarray, labels: np.ndarray, rates: np.ndarray, p: SynchronyParams,
                        seed) -> dict | None:
    """Observed values, permutation nulls and bootstrap draws of one mouse in one session.

    Returns None when fewer than two active cells are in either group.
    """
    rng = np.random.default_rng(seed)
    r0, lab, rates = _prepare(corr, labels, rates)
    n, k = lab.size, int(lab.sum())
    if k < 2 or n - k < 2:
        return None
    e, o = group_pair_means(r0, lab)
    pe, po = group_pair_means(r0, _random_labels(rng, n, k, p.n_permutations))
    iu = np.triu_indices(n, 1)
    both = lab[iu[0]] + lab[iu[1]]
    pairs = r0[iu]
    out = {"engram": float(e[0]), "other": float(o[0]), "null": pe - po,
           "pairs_engram": pairs[both == 2].astype(np.float32), "pairs_other": pairs[both == 0].astype(np.float32),
           "rate_engram": float(rates[lab == 1].mean()), "rate_other": float(rates[lab == 0].mean()),
           "n_engram": k, "n_other": n - k, "matched": None, "matched_null": None, "matched_fraction": None}
    # activity-matched subsamples: the same n_matches draws (random keys) for the data and for every
    # permutation of the labels within rate bins, so the null carries the draws' dependence too
    bins = rate_bins(rates, p.n_rate_bins)
    per_bin = np.bincount(bins * 2 + lab, minlength=2 * (int(bins.max()) + 1))
    q_total = int(np.minimum(per_bin[0::2], per_bin[1::2]).sum())
    if q_total >= 2:
        keys = rng.random((p.n_matches, n))
        lab_rows = np.broadcast_to(lab, (p.n_matches, n))
        out["matched"] = float(np.mean(matched_difference(r0, lab_rows, matched_weights(bins, lab_rows, keys))))
        perm = permute_within_bins(lab, bins, p.n_permutations, rng)
        acc = np.zeros(p.n_permutations)
        for j in range(p.n_matches):
            acc += matched_difference(r0, perm, matched_weights(bins, perm, np.broadcast_to(keys[j], perm.shape)))
        out["matched_null"] = acc / p.n_matches
        out["matched_fraction"] = q_total / k
    # bootstrap of cells within each group
    boot = {}
    for g, name in ((1, "boot_engram"), (0, "boot_other")):
        idx = np.flatnonzero(lab == g)
        w = np.zeros((p.n_bootstrap, n))
        w[:, idx] = rng.multinomial(idx.size, np.full(idx.size, 1.0 / idx.size), size=p.n_bootstrap)
        num = np.einsum("bi,bi->b", w @ r0, w)
        tot = w.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            boot[name] = num / (tot * tot - (w * w).sum(axis=1))
    out.update(boot)
    return out


def _mouse_stats(items, p, seed):
    rng = np.random.default_rng(seed)
    seeds = rng.integers(0, 2**63 - 1, len(items))
    return [(name, mouse_session_stats(corr, labels, rates, p, int(s)))
            for (name, corr, labels, rates), s in zip(items, seeds)]


def synchrony(data, params: SynchronyParams | None = None, *, seed=None, n_jobs: int = 1,
              progress: bool = False) -> SynchronyResult:
    """Per-session synchrony within engram and within other cells, with permutation tests and CIs.

    Parameters
    ----------
    data : :class:`engram.pipeline.PipelineData`
    params : :class:`SynchronyParams`
    seed : int, Generator or None
    n_jobs : processes over mice (each mouse has its own seed drawn up front: results do not depend on it)
    """
    from joblib import Parallel, delayed

    p = params or SynchronyParams()
    rng = np.random.default_rng(seed)
    alpha = (1 - p.ci) / 2
    mouse_seeds = rng.integers(0, 2**63 - 1, len(data.mice))
    tasks = [
        delayed(_mouse_stats)([(s.session, s.corr, s.labels, s.rates) for s in m.sessions], p, int(ms))
        for m, ms in zip(data.mice, mouse_seeds)
    ]
    it = Parallel(n_jobs=n_jobs, return_as="generator")(tasks)
    if progress:
        from tqdm import tqdm

        it = tqdm(it, total=len(tasks), desc="synchrony", unit="mouse", leave=False)
    per_session: dict[str, list[tuple[float, dict]]] = {}
    for m, stats in zip(data.mice, it):
        days = {s.session: s.day for s in m.sessions}
        for name, st in stats:
            if st is not None:
                per_session.setdefault(name, []).append((days[name], st))
    rows = []
    for name in data.sessions:
        ms = per_session.get(name, [])
        if not ms:
            rows.append({"session": name, "n_mice": 0, "engram_mean_r": None, "other_mean_r": None,
                         "difference": None, "p_value": None, "p_value_matched": None, "p_value_pairwise": None})
            continue
        st = [x[1] for x in ms]
        n_m = len(st)
        obs_e = np.array([x["engram"] for x in st])
        obs_o = np.array([x["other"] for x in st])
        diff = float(np.mean(obs_e - obs_o))
        null = np.mean([x["null"] for x in st], axis=0)
        p_perm = float((1 + np.sum(np.abs(null) >= abs(diff) - 1e-12)) / (1 + p.n_permutations))
        matched = [x for x in st if x["matched"] is not None]
        if matched:
            m_diff = float(np.mean([x["matched"] for x in matched]))
            m_null = np.mean([x["matched_null"] for x in matched], axis=0)
            p_matched = float((1 + np.sum(np.abs(m_null) >= abs(m_diff) - 1e-12)) / (1 + p.n_permutations))
            frac = float(np.mean([x["matched_fraction"] for x in matched]))
        else:
            m_diff = p_matched = frac = None
        pick = rng.integers(0, n_m, size=(p.n_bootstrap, n_m))
        cols = np.arange(p.n_bootstrap)[:, None]
        be = np.array([x["boot_engram"] for x in st]).T[cols, pick].mean(axis=1)
        bo = np.array([x["boot_other"] for x in st]).T[cols, pick].mean(axis=1)

        def ci(x):
            return [float(np.nanquantile(x, alpha)), float(np.nanquantile(x, 1 - alpha))]

        rows.append({
            "session": name, "day": float(ms[0][0]), "n_mice": n_m,
            "n_engram": int(sum(x["n_engram"] for x in st)), "n_other": int(sum(x["n_other"] for x in st)),
            "engram_mean_r": float(obs_e.mean()), "other_mean_r": float(obs_o.mean()), "difference": diff,
            "engram_ci": ci(be), "other_ci": ci(bo), "difference_ci": ci(be - bo),
            "p_value": p_perm, "difference_matched": m_diff, "p_value_matched": p_matched,
            "matched_engram_fraction": frac,
            "p_value_pairwise": pairwise_mannwhitney(np.concatenate([x["pairs_engram"] for x in st]),
                                                     np.concatenate([x["pairs_other"] for x in st])),
            "engram_rate_hz": float(np.mean([x["rate_engram"] for x in st])),
            "other_rate_hz": float(np.mean([x["rate_other"] for x in st])),
        })
    holm = _holm([r["p_value"] if r["p_value"] is not None else np.nan for r in rows])
    holm_m = _holm([r["p_value_matched"] if r["p_value_matched"] is not None else np.nan for r in rows])
    for r, h, hm in zip(rows, holm, holm_m):
        r["p_value_holm"] = None if np.isnan(h) else h
        r["p_value_matched_holm"] = None if np.isnan(hm) else hm
    return SynchronyResult(tuple(rows), {**p.to_dict(), "bin_s": data.params.bin_s}, data.events_record())
