"""Groups of co-active cells: average-linkage clustering on 1 - r, engram enrichment, stability.

Plan
----
Per mouse and session, the active cells (finite correlation) are clustered by average linkage
(UPGMA, ``scipy.cluster.hierarchy.linkage(method="average")``) on the distance ``1 - r`` of their binned
event correlations, and the tree is cut into ``n_clusters`` clusters (``fcluster(criterion="maxclust")``).

Each cluster is described by its size, engram count, expected engram count, fold enrichment, mean
within-cluster r and mean event rate. Enrichment: one-sided hypergeometric test
``P(X >= k)`` with ``X ~ Hypergeom(N cells, K engram cells, n cluster size)`` (Fisher's exact test for
over-representation), Benjamini-Hochberg q-values over all clusters of all mice and sessions.

Stability: for consecutive sessions of a mouse, the adjusted Rand index (Hubert & Arabie 1985) between
the cluster memberships of the cells active in both (0 = chance agreement, 1 = identical); also for
the engram cells only (``ari_engram``), to see whether an engram assembly keeps together.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from scipy.stats import hypergeom

from engram.exceptions import EngramError

__all__ = ["ClusterParams", "ClusterResult", "cluster_cells", "cluster", "enrichment_p", "benjamini_hochberg"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClusterParams:
    n_clusters: int = 5
    min_cells: int = 6

    def __post_init__(self) -> None:
        if self.n_clusters < 1:
            raise EngramError(f"n_clusters must be >= 1, got {self.n_clusters}")

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ClusterResult:
    """``clusters``: one row per (mouse, session, cluster); ``stability``: one per consecutive session pair."""

    clusters: tuple[dict, ...]
    stability: tuple[dict, ...]
    memberships: dict = field(default_factory=dict, repr=False)  # (mouse, session) -> (cells, cluster ids)
    params: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)

    def cluster_table(self):
        import pandas as pd

        return pd.DataFrame(list(self.clusters))

    def stability_table(self):
        import pandas as pd

        return pd.DataFrame(list(self.stability))

    def to_dict(self) -> dict:
        return {"clusters": list(self.clusters), "stability": list(self.stability), "params": self.params,
                "events": self.events}


def cluster_cells(corr: np.ndarray, n_clusters: int) -> np.ndarray:
    """Cluster ids (1..n_clusters) from average linkage on ``1 - r`` of a finite correlation matrix."""
    r = np.asarray(corr, dtype=np.float64)
    n = r.shape[0]
    if n == 1:
        return np.ones(1, dtype=np.int64)
    d = 1.0 - r
    d = 0.5 * (d + d.T)
    np.fill_diagonal(d, 0.0)
    np.clip(d, 0.0, 2.0, out=d)
    z = linkage(squareform(d, checks=False), method="average")
    return fcluster(z, t=min(n_clusters, n), criterion="maxclust").astype(np.int64)


def enrichment_p(n_total: int, n_engram: int, size: int, k: int) -> float:
    """One-sided hypergeometric ``P(X >= k)`` for a cluster of ``size`` cells holding ``k`` engram cells."""
    return float(hypergeom.sf(k - 1, n_total, n_engram, size))


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (q-values)."""
    p = np.asarray(p, dtype=float)
    n = p.size
    if n == 0:
        return p
    order = np.argsort(p)
    ranked = p[order] * n / np.arange(1, n + 1)
    q = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(n)
    out[order] = np.minimum(q, 1.0)
    return out


def cluster(data, params: ClusterParams | None = None) -> ClusterResult:
    """Cluster every mouse and session of :class:`engram.pipeline.PipelineData`."""
    from sklearn.metrics import adjusted_rand_score

    p = params or ClusterParams()
    rows = []
    members: dict = {}
    for m in data.mice:
        for s in m.sessions:
            r = np.asarray(s.corr, dtype=np.float64)
            ok = np.isfinite(np.diag(r)) & (s.labels >= 0)
            idx = np.flatnonzero(ok)
            if idx.size < p.min_cells:
                continue
            sub = np.nan_to_num(r[np.ix_(idx, idx)], nan=0.0)
            ids = cluster_cells(sub, p.n_clusters)
            lab = s.labels[idx].astype(int)
            rates = np.asarray(s.rates)[idx]
            members[(m.mouse, s.session)] = (s.cells[idx].copy(), ids)
            n_tot, n_eng = idx.size, int(lab.sum())
            for c in np.unique(ids):
                sel = ids == c
                size, k = int(sel.sum()), int(lab[sel].sum())
                inner = sub[np.ix_(sel, sel)]
                mean_r = float((inner.sum() - np.trace(inner)) / (size * (size - 1))) if size > 1 else None
                expected = size * n_eng / n_tot
                rows.append({
                    "mouse": m.mouse, "session": s.session, "cluster": int(c), "size": size, "n_engram": k,
                    "expected_engram": expected, "fold_enrichment": (k / expected) if expected > 0 else None,
                    "p_value": enrichment_p(n_tot, n_eng, size, k), "mean_r": mean_r,
                    "mean_rate_hz": float(rates[sel].mean()),
                })
    q = benjamini_hochberg(np.array([r["p_value"] for r in rows]))
    for r, qq in zip(rows, q):
        r["q_value"] = float(qq)
    stab = []
    order = {s: i for i, s in enumerate(data.sessions)}
    for m in data.mice:
        sess = sorted((s.session for s in m.sessions if (m.mouse, s.session) in members), key=order.get)
        lab_map = dict(zip(m.labels["cell"].tolist(), m.labels["engram"].tolist()))
        for a, b in zip(sess[:-1], sess[1:]):
            ca, ia = members[(m.mouse, a)]
            cb, ib = members[(m.mouse, b)]
            common, pa, pb = np.intersect1d(ca, cb, return_indices=True)
            if common.size < 2:
                continue
            eng = np.array([lab_map.get(int(c), 0) == 1 for c in common])
            ari_e = float(adjusted_rand_score(ia[pa][eng], ib[pb][eng])) if eng.sum() >= 2 else None
            stab.append({"mouse": m.mouse, "session_a": a, "session_b": b, "n_cells": int(common.size),
                         "ari": float(adjusted_rand_score(ia[pa], ib[pb])), "ari_engram": ari_e})
    return ClusterResult(tuple(rows), tuple(stab), members, {**p.to_dict(), "bin_s": data.params.bin_s},
                         data.events_record())
