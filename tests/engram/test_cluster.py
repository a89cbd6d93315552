"""Clustering on 1 - r, hypergeometric enrichment against exact sums, stability, planted assembly."""

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from engram.clustering import benjamini_hochberg, cluster, cluster_cells, enrichment_p
from engram.pipeline import AnalysisParams, MouseSummary, PipelineData, SessionSummary
from tests.engram.naive import naive_bh, naive_hypergeom_sf


@given(st.integers(2, 40).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n), st.integers(1, n))),
       st.data())
def test_enrichment_matches_exact_sum(nks, data):
    n, k_eng, size = nks
    k = data.draw(st.integers(max(0, size - (n - k_eng)), min(size, k_eng)))
    assert np.isclose(enrichment_p(n, k_eng, size, k), naive_hypergeom_sf(n, k_eng, size, k), rtol=1e-9, atol=1e-12)


@given(st.lists(st.floats(0, 1), min_size=1, max_size=12))
def test_bh_matches_naive(p):
    assert np.allclose(benjamini_hochberg(np.array(p)), naive_bh(p))


def test_block_structure_is_recovered():
    rng = np.random.default_rng(0)
    truth = np.repeat([0, 1, 2], [5, 7, 4])
    r = np.where(truth[:, None] == truth[None, :], 0.6, 0.0) + rng.normal(0, 0.05, (16, 16))
    r = (r + r.T) / 2
    np.fill_diagonal(r, 1.0)
    ids = cluster_cells(r, 3)
    from sklearn.metrics import adjusted_rand_score

    assert adjusted_rand_score(truth, ids) == 1.0


def test_planted_assembly_is_an_enriched_cluster(small_data):
    res = cluster(small_data)
    tab = res.cluster_table()
    best = tab.groupby("session")["q_value"].min()
    assert best["recall"] < 0.05
    assert (best.drop("recall") > 0.05).all()
    assert {"mouse", "session", "cluster", "size", "n_engram", "fold_enrichment", "p_value", "q_value"} <= set(tab)
    # every cell is in exactly one cluster
    for (mouse, session), g in tab.groupby(["mouse", "session"]):
        cells, ids = res.memberships[(mouse, session)]
        assert g["size"].sum() == cells.size == ids.size


def test_stability_is_one_for_identical_sessions_and_engram_only_ari():
    rng = np.random.default_rng(1)
    truth = np.repeat([0, 1], [6, 6])
    r = np.where(truth[:, None] == truth[None, :], 0.5, 0.0) + rng.normal(0, 0.02, (12, 12))
    r = ((r + r.T) / 2).astype(np.float32)
    cells = np.arange(12)
    lab = (np.arange(12) % 2).astype(np.int8)
    sess = [SessionSummary(name, d, "A", cells, lab, np.ones(12), r, 100, {"method": "threshold"})
            for name, d in (("a", 1), ("b", 2))]
    labels = pd.DataFrame({"mouse": "m", "cell": cells, "engram": lab})
    data = PipelineData([MouseSummary("m", pd.DataFrame(), labels, sess)], ["a", "b"], AnalysisParams())
    res = cluster(data, __import__("engram.clustering", fromlist=["ClusterParams"]).ClusterParams(n_clusters=2))
    (row,) = res.stability
    assert row["ari"] == 1.0 and row["ari_engram"] == 1.0 and row["n_cells"] == 12
