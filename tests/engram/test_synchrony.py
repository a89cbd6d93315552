"""Synchrony: kernels against naive twins, planted co-activation found, a pure rate difference not."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from engram.pipeline import run
from engram.simulation import SessionSpec, simulate
from engram.synchrony_stats import (
    SynchronyParams,
    group_pair_means,
    matched_weights,
    permute_within_bins,
    rate_bins,
    synchrony,
)
from tests.engram.conftest import small_config
from tests.engram.naive import naive_pair_means


def _sym(a):
    r = (a + a.T) / 2
    np.fill_diagonal(r, 0.0)
    return r


@given(arrays(np.float64, (7, 7), elements=st.floats(-1, 1)), st.lists(st.integers(0, 1), min_size=7, max_size=7))
def test_group_pair_means_matches_naive(a, labels):
    r = _sym(a)
    lab = np.array(labels)
    e, o = group_pair_means(r, lab)
    ne, no = naive_pair_means(r, lab)
    assert np.isclose(e[0], ne, equal_nan=True) and np.isclose(o[0], no, equal_nan=True)


@settings(max_examples=30)
@given(st.integers(0, 2**32 - 1))
def test_matched_weights_balance_each_rate_bin(seed):
    rng = np.random.default_rng(seed)
    n = 30
    rates = rng.random(n)
    lab = (rng.random(n) < 0.4).astype(np.int64)
    bins = rate_bins(rates, 4)
    perm = permute_within_bins(lab, bins, 5, rng)
    keys = rng.random((5, n))
    w = matched_weights(bins, perm, keys)
    for row in range(5):
        for b in range(4):
            in_b = bins == b
            e, o = perm[row][in_b] == 1, perm[row][in_b] == 0
            q = min(e.sum(), o.sum())
            assert perm[row][in_b].sum() == lab[in_b].sum()  # within-bin permutation keeps counts
            assert w[row][in_b][e].sum() == q and w[row][in_b][o].sum() == q
            # the q chosen engram cells are those with the smallest keys
            ke = keys[row][in_b][e]
            if q:
                assert set(np.flatnonzero(w[row][in_b][e])) == set(np.argsort(ke)[:q])


def test_planted_coactivation_is_found_only_where_planted(small_data):
    res = synchrony(small_data, SynchronyParams(n_permutations=300, n_bootstrap=100), seed=0)
    rows = {r["session"]: r for r in res.sessions}
    rec = rows["recall"]
    assert rec["engram_mean_r"] > rec["other_mean_r"] + 0.03
    assert rec["p_value"] < 0.01 and rec["p_value_matched"] < 0.01
    assert rec["engram_ci"][0] > rec["other_ci"][1]
    for name in ("novel", "conditioning", "neutral"):
        assert rows[name]["p_value_matched"] > 0.05, name
    d = res.to_dict()
    assert {"session", "engram_mean_r", "other_mean_r", "p_value", "p_value_matched"} <= d["sessions"][0].keys()


def test_pure_rate_difference_fools_pairwise_test_but_not_permutation():
    # Engram cells fire at half the rate in "novel"; no co-activation is planted. Cells share a slow drive
    # with diverse coupling (Okun et al. 2015), so pairs sharing a cell are dependent. The pair-wise
    # Mann-Whitney (pairs as independent units) calls this synchrony; the within-mouse label permutation
    # and the activity-matched test do not (science note: MW p = 0.0006 vs permutation p = 0.26).
    cfg = small_config(n_cells=60, duration_s=120.0, sessions=(SessionSpec("novel", 1, "A"),),
                       rate_session="novel", rate_multiplier=0.5, ensemble_sessions=(), shock_response=False,
                       context_tuning=None, shared_drive=0.5, coupling_spread=1.0)
    pair, perm, matched = [], [], []
    for seed in range(4):
        row = synchrony(run(simulate(cfg, seed=seed).dataset), SynchronyParams(n_permutations=300, n_bootstrap=20),
                        seed=0).sessions[0]
        assert row["engram_rate_hz"] < 0.7 * row["other_rate_hz"]
        pair.append(row["p_value_pairwise"])
        perm.append(row["p_value"])
        matched.append(row["p_value_matched"])
    assert sum(p < 0.01 for p in pair) >= 3, pair
    assert sum(p < 0.05 for p in perm) <= 1, perm
    assert sum(p < 0.05 for p in matched) <= 1, matched


def test_seeded_and_independent_of_jobs(small_data):
    p = SynchronyParams(n_permutations=50, n_bootstrap=20)
    a = synchrony(small_data, p, seed=5)
    b = synchrony(small_data, p, seed=5, n_jobs=2)
    assert a.sessions == b.sessions
    c = synchrony(small_data, p, seed=6)
    assert a.sessions != c.sessions


def test_params_validated():
    from engram.exceptions import EngramError

    with pytest.raises(EngramError, match="must be >= 1"):
        SynchronyParams(n_permutations=0)


@pytest.mark.slow
def test_null_calibration_of_both_permutation_tests():
    # no effect at all but diverse coupling to a shared drive: each test should reject at about its level
    cfg = small_config(n_cells=40, duration_s=60.0, sessions=(SessionSpec("s", 1, "A"),), rate_session=None,
                       ensemble_sessions=(), shock_response=False, context_tuning=None, shared_drive=0.5,
                       coupling_spread=1.0)
    perm, matched, pair = [], [], []
    for seed in range(40):
        row = synchrony(run(simulate(cfg, seed=seed).dataset), SynchronyParams(n_permutations=200, n_bootstrap=10),
                        seed=seed).sessions[0]
        perm.append(row["p_value"])
        matched.append(row["p_value_matched"])
        pair.append(row["p_value_pairwise"])
    # binomial(40, 0.05): P(X >= 6) ~ 0.05; the pair-wise test is expected to exceed it
    assert sum(p < 0.05 for p in perm) <= 5, perm
    assert sum(p < 0.05 for p in matched) <= 5, matched
    print("rejections at 0.05 of 40: permutation", sum(p < 0.05 for p in perm), "matched",
          sum(p < 0.05 for p in matched), "pair-wise MW", sum(p < 0.05 for p in pair))


def test_params_error_names_the_arguments():
    from engram.exceptions import EngramError

    for bad in ({"n_permutations": 0}, {"n_matches": 0}, {"n_rate_bins": 0}, {"n_bootstrap": 0}):
        with pytest.raises(EngramError, match=r"^n_permutations, n_matches, n_rate_bins and n_bootstrap must be >= 1$"):
            SynchronyParams(**bad)


def test_pairwise_mannwhitney_sizes():
    from scipy.stats import mannwhitneyu

    from engram.synchrony_stats import pairwise_mannwhitney

    one, many = np.array([0.9]), np.array([0.1, 0.2, 0.3, 0.15])
    # a single pair in either group is a valid (small) test, the same p as scipy's two-sided exact test
    assert pairwise_mannwhitney(one, many) == mannwhitneyu(one, many, alternative="two-sided").pvalue == 0.4
    assert pairwise_mannwhitney(many, one) == 0.4
    # an empty group has no test: NaN, whichever group is empty
    for a, b in ((np.array([]), many), (many, np.array([])), (np.array([]), np.array([]))):
        assert np.isnan(pairwise_mannwhitney(a, b))


def test_a_session_no_mouse_has_is_reported_empty_and_later_sessions_still_analysed(small_data):
    import copy

    data = copy.copy(small_data)
    first = small_data.sessions[0]
    data.mice = [copy.copy(m) for m in small_data.mice]
    for m in data.mice:
        m.sessions = [s for s in m.sessions if s.session != first]
    res = synchrony(data, SynchronyParams(n_permutations=20, n_bootstrap=10), seed=1)
    rows = {r["session"]: r for r in res.sessions}
    assert list(rows) == list(small_data.sessions)
    assert rows[first]["n_mice"] == 0 and rows[first]["p_value"] is None and rows[first]["difference"] is None
    for name in small_data.sessions[1:]:
        assert rows[name]["n_mice"] == len(small_data.mice) and 0 < rows[name]["p_value"] <= 1
