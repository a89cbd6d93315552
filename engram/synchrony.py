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
           "permute_within_bins", "matched_difference", "pairwise_mannwhitney"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SynchronyParams:
    n_permutations: int = 1000
    n_matches: int = 10
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


def _prepare(sess) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    r = np.asarray(sess.corr, dtype=np.float64)
    valid = np.isfinite(np.diag(r)) & (sess.labels >= 0)
    idx = np.flatnonzero(valid)
    r0 = r[np.ix_(idx, idx)].copy()
    np.fill_diagonal(r0, 0.0)
    r0 = np.nan_to_num(r0, nan=0.0)
    return r0, sess.labels[idx].astype(np.int64), np.asarray(sess.rates)[idx]


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


def synchrony(data, params: SynchronyParams | None = None, *, seed=None, progress: bool = False) -> SynchronyResult:
    """Per-session synchrony within engram and within other cells, with permutation tests and CIs.

    Parameters
    ----------
    data : :class:`engram.pipeline.PipelineData`
    params : :class:`SynchronyParams`
    seed : int, Generator or None
    """
    p = params or SynchronyParams()
    rng = np.random.default_rng(seed)
    alpha = (1 - p.ci) / 2
    rows = []
    sessions = data.sessions
    it = sessions
    if progress:
        from tqdm import tqdm

        it = tqdm(sessions, desc="synchrony", unit="session", leave=False)
    for name in it:
        per_mouse = []
        for m in data.mice:
            for s in m.sessions:
                if s.session == name:
                    prep = _prepare(s)
                    if prep is not None and (prep[1] == 1).sum() >= 2 and (prep[1] == 0).sum() >= 2:
                        per_mouse.append((m.mouse, s.day, *prep))
        if not per_mouse:
            rows.append({"session": name, "n_mice": 0, "engram_mean_r": None, "other_mean_r": None,
                         "difference": None, "p_value": None, "p_value_matched": None, "p_value_pairwise": None})
            continue
        obs_e, obs_o, null = [], [], np.zeros(p.n_permutations)
        m_obs, m_null = [], np.zeros(p.n_permutations)
        boot_e, boot_o = [], []
        pair_e, pair_o = [], []
        rate_e, rate_o, n_e, n_o, matched_frac = [], [], 0, 0, []
        for _, _, r0, lab, rates in per_mouse:
            n, k = lab.size, int(lab.sum())
            e, o = group_pair_means(r0, lab)
            obs_e.append(e[0])
            obs_o.append(o[0])
            pe, po = group_pair_means(r0, _random_labels(rng, n, k, p.n_permutations))
            null += pe - po
            iu = np.triu_indices(n, 1)
            both = lab[iu[0]] + lab[iu[1]]
            pair_e.append(r0[iu][both == 2])
            pair_o.append(r0[iu][both == 0])
            rate_e.append(rates[lab == 1].mean())
            rate_o.append(rates[lab == 0].mean())
            n_e += k
            n_o += n - k
            # activity-matched subsamples: the same n_matches draws for the data and for every
            # permutation of the labels within rate bins, so the null has the draws' dependence too
            bins = rate_bins(rates, p.n_rate_bins)
            per_bin = np.bincount(bins * 2 + lab, minlength=2 * (int(bins.max()) + 1))
            q_total = int(np.minimum(per_bin[0::2], per_bin[1::2]).sum())
            if q_total >= 2:
                keys = rng.random((p.n_matches, n))
                lab_rows = np.broadcast_to(lab, (p.n_matches, n))
                d_obs = matched_difference(r0, lab_rows, matched_weights(bins, lab_rows, keys))
                m_obs.append(float(np.mean(d_obs)))
                perm = permute_within_bins(lab, bins, p.n_permutations, rng)
                acc = np.zeros(p.n_permutations)
                for j in range(p.n_matches):
                    kj = np.broadcast_to(keys[j], perm.shape)
                    acc += matched_difference(r0, perm, matched_weights(bins, perm, kj))
                m_null += acc / p.n_matches
                matched_frac.append(q_total / k)
            # bootstrap of cells within group
            w = np.zeros((p.n_bootstrap, n))
            for g in (0, 1):
                idx = np.flatnonzero(lab == g)
                w[:, idx] = rng.multinomial(idx.size, np.full(idx.size, 1.0 / idx.size), size=p.n_bootstrap)
            be, bo = [], []
            for g, out in ((1, be), (0, bo)):
                wg = w * (lab == g)
                num = np.einsum("bi,bi->b", wg @ r0, wg)
                tot = wg.sum(axis=1)
                den = tot * tot - (wg * wg).sum(axis=1)
                with np.errstate(invalid="ignore", divide="ignore"):
                    out.append(num / den)
            boot_e.append(be[0])
            boot_o.append(bo[0])
        n_m = len(per_mouse)
        diff = float(np.mean(np.array(obs_e) - np.array(obs_o)))
        null /= n_m
        p_perm = float((1 + np.sum(np.abs(null) >= abs(diff) - 1e-12)) / (1 + p.n_permutations))
        if m_obs:
            m_diff = float(np.mean(m_obs))
            m_null /= len(m_obs)  # mean over mice, as the observed value
            p_matched = float((1 + np.sum(np.abs(m_null) >= abs(m_diff) - 1e-12)) / (1 + p.n_permutations))
        else:
            m_diff, p_matched = None, None
        pick = rng.integers(0, n_m, size=(p.n_bootstrap, n_m))
        be = np.array(boot_e)  # (mice, B)
        bo = np.array(boot_o)
        cols = np.arange(p.n_bootstrap)[:, None]
        me = np.nanmean(be.T[cols, pick], axis=1)
        mo = np.nanmean(bo.T[cols, pick], axis=1)
        ci = lambda x: (float(np.nanquantile(x, alpha)), float(np.nanquantile(x, 1 - alpha)))  # noqa: E731
        (el, eh), (ol, oh), (dl, dh) = ci(me), ci(mo), ci(me - mo)
        rows.append({
            "session": name, "day": float(per_mouse[0][1]), "n_mice": n_m, "n_engram": n_e, "n_other": n_o,
            "engram_mean_r": float(np.mean(obs_e)), "other_mean_r": float(np.mean(obs_o)), "difference": diff,
            "engram_ci": [el, eh], "other_ci": [ol, oh], "difference_ci": [dl, dh],
            "p_value": p_perm, "difference_matched": m_diff, "p_value_matched": p_matched,
            "matched_engram_fraction": float(np.mean(matched_frac)) if matched_frac else None,
            "p_value_pairwise": pairwise_mannwhitney(np.concatenate(pair_e), np.concatenate(pair_o)),
            "engram_rate_hz": float(np.mean(rate_e)), "other_rate_hz": float(np.mean(rate_o)),
        })
    holm = _holm([r["p_value"] if r["p_value"] is not None else np.nan for r in rows])
    holm_m = _holm([r["p_value_matched"] if r["p_value_matched"] is not None else np.nan for r in rows])
    for r, h, hm in zip(rows, holm, holm_m):
        r["p_value_holm"] = None if np.isnan(h) else h
        r["p_value_matched_holm"] = None if np.isnan(hm) else hm
    return SynchronyResult(tuple(rows), {**p.to_dict(), "bin_s": data.params.bin_s}, data.events_record())
