"""The engram test statistics bite: two-sided tests find effects of either sign, p-values are exact against
full enumeration, and each permutation test is calibrated under the null (fast, seeded versions).

The data here are correlation matrices built by hand (no traces), so hundreds of null data sets cost
seconds: ``r_ij = s * a_i * a_j + noise`` with cell-specific coupling ``a_i`` (diverse population coupling,
the structure under which a pair-wise test is anti-conservative) plus ``effect`` on the pairs of one group.
"""

import itertools

import numpy as np
import pandas as pd
import pytest
from scipy.stats import binom

from engram.classification import ClassifierParams, classify
from engram.pipeline import AnalysisParams, MouseSummary, PipelineData, SessionSummary
from engram.synchrony_stats import SynchronyParams, group_pair_means, pairwise_mannwhitney, rate_bins, synchrony


def _mouse(rng, name, n, k, effect=0.0, group="engram", coupling=0.05, noise=0.05, rate_link=0.0,
           sessions=("s",)):
    lab = np.zeros(n, dtype=np.int8)
    lab[rng.choice(n, k, replace=False)] = 1
    out = []
    for day, sname in enumerate(sessions):
        a = rng.gamma(2.0, 0.5, n)
        r = coupling * np.outer(a, a) + rng.normal(0, noise, (n, n))
        sel = lab == (1 if group == "engram" else 0)
        r[np.ix_(sel, sel)] += effect
        r = (r + r.T) / 2
        np.fill_diagonal(r, 1.0)
        rates = rng.lognormal(0, 0.5, n) * (1 + rate_link * lab)
        out.append(SessionSummary(sname, float(day), "A", np.arange(n), lab.copy(), rates, r.astype(np.float32), 100,
                                  {"method": "threshold", "deconvolution": "file"}))
    labels = pd.DataFrame({"mouse": name, "cell": np.arange(n), "engram": lab})
    return MouseSummary(name, pd.DataFrame(), labels, out)


def _data(seed, n_mice=2, n=12, k=4, **kw):
    rng = np.random.default_rng(seed)
    mice = [_mouse(rng, f"m{i}", n, k, **kw) for i in range(n_mice)]
    return PipelineData(mice, list(kw.get("sessions", ("s",))), AnalysisParams())


FAST = dict(n_bootstrap=5, n_matches=2, n_rate_bins=2)


# ---- effects of either sign -------------------------------------------------------------------------------

@pytest.mark.parametrize("sign", [1, -1])
def test_synchrony_tests_are_two_sided(sign):
    # +: engram pairs more correlated; -: other pairs more correlated (engram pairs relatively less)
    data = _data(1, n_mice=3, n=24, k=8, effect=0.15, group="engram" if sign > 0 else "other")
    row = synchrony(data, SynchronyParams(n_permutations=199, **FAST), seed=0).sessions[0]
    assert np.sign(row["difference"]) == sign and np.sign(row["difference_matched"]) == sign
    assert row["p_value"] == pytest.approx(1 / 200) and row["p_value_matched"] == pytest.approx(1 / 200)
    assert row["p_value_pairwise"] < 1e-6
    assert row["p_value_holm"] == row["p_value"]  # one session: Holm changes nothing
    lo, hi = row["difference_ci"]
    assert (lo > 0) if sign > 0 else (hi < 0)


def test_negative_planted_coactivation_in_simulated_traces(small_data):
    # the simulator plants bursts among engram cells in "recall"; calling the *other* cells engram turns it into a
    # negative effect (engram pairs less correlated than other pairs), which a two-sided test must find too
    import copy

    flipped = copy.deepcopy(small_data)
    for m in flipped.mice:
        for s in m.sessions:
            s.labels = np.where(s.labels >= 0, 1 - s.labels, s.labels).astype(np.int8)
    res = {r["session"]: r for r in synchrony(flipped, SynchronyParams(n_permutations=300, n_bootstrap=50),
                                              seed=0).sessions}
    rec = res["recall"]
    assert rec["difference"] < -0.03 and rec["engram_mean_r"] < rec["other_mean_r"]
    assert rec["p_value"] < 0.01 and rec["p_value_matched"] < 0.01 and rec["p_value_pairwise"] < 0.01
    assert rec["difference_ci"][1] < 0
    for name in ("novel", "conditioning", "neutral"):
        assert res[name]["p_value_matched"] > 0.05, name


@pytest.mark.parametrize("sign", [1, -1])
def test_pairwise_mannwhitney_is_two_sided(sign):
    rng = np.random.default_rng(0)
    a, b = rng.normal(0.1 * sign, 0.05, 40), rng.normal(0, 0.05, 60)
    assert pairwise_mannwhitney(a, b) < 1e-6
    assert pairwise_mannwhitney(a, b) == pytest.approx(pairwise_mannwhitney(b, a))


# ---- exact p-values ---------------------------------------------------------------------------------------

def _exact_two_sided_p(r, lab):
    """Fraction of all labelings with the same engram count whose |D| >= the observed |D| (full enumeration)."""
    n, k = lab.size, int(lab.sum())
    r0 = r.astype(np.float64).copy()
    np.fill_diagonal(r0, 0.0)
    e, o = group_pair_means(r0, lab)
    d = abs(e[0] - o[0])
    rows = np.zeros((0, n))
    for idx in itertools.combinations(range(n), k):
        row = np.zeros(n)
        row[list(idx)] = 1
        rows = np.vstack([rows, row])
    pe, po = group_pair_means(r0, rows)
    return float(np.mean(np.abs(pe - po) >= d - 1e-9))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_permutation_p_matches_full_enumeration(seed):
    # 8 cells, 4 engram: 70 labelings, half of them the complement of another (|D| tied): the p-value of 20,000
    # random permutations must equal the exact one (binomial SD <= 0.0036); a one-sided or tie-dropping test misses
    data = _data(seed, n_mice=1, n=8, k=4, effect=0.05 * (seed - 1), coupling=0.2, noise=0.1)
    s = data.mice[0].sessions[0]
    exact = _exact_two_sided_p(s.corr, s.labels)
    row = synchrony(data, SynchronyParams(n_permutations=20000, n_bootstrap=2, n_matches=1), seed=seed).sessions[0]
    assert row["p_value"] == pytest.approx(exact, abs=0.015), (row["p_value"], exact)


# ---- calibration under the null ---------------------------------------------------------------------------

def _binomial_bounds(n, p, alpha=0.001):
    return binom.ppf(alpha / 2, n, p), binom.isf(alpha / 2, n, p)


def test_synchrony_permutation_tests_are_calibrated_under_the_null():
    # 300 null data sets (labels independent of coupling and rates), 99 permutations each: the rejection rate of
    # both permutation tests at 0.05 and 0.25 stays within 99.9 % binomial bounds, and so does P(p <= 0.5).
    # Under the same null the pair-wise Mann-Whitney rejects far too often (pairs sharing a cell are dependent).
    n_sets = 300
    p_perm, p_matched, p_pair = [], [], []
    for seed in range(n_sets):
        data = _data(seed, n_mice=1, n=14, k=5, rate_link=0.0)
        row = synchrony(data, SynchronyParams(n_permutations=99, **FAST), seed=seed).sessions[0]
        p_perm.append(row["p_value"])
        p_matched.append(row["p_value_matched"])
        p_pair.append(row["p_value_pairwise"])
    for name, ps in (("permutation", p_perm), ("matched", p_matched)):
        ps = np.array(ps)
        for level in (0.05, 0.25, 0.5):
            lo, hi = _binomial_bounds(n_sets, level)
            assert lo <= np.sum(ps <= level) <= hi, (name, level, np.sum(ps <= level))
    lo, hi = _binomial_bounds(n_sets, 0.05)
    assert np.sum(np.array(p_pair) <= 0.05) > hi


def _null_xy(seed, n_cells=16):
    rng = np.random.default_rng(seed)
    idx = pd.MultiIndex.from_product([["a", "b", "c"], range(n_cells)], names=["mouse", "cell"])
    cols = pd.MultiIndex.from_tuples([("event_rate", s, "all") for s in ("s1", "s2", "s3")],
                                     names=["feature", "session", "epoch"])
    X = pd.DataFrame(rng.normal(size=(3 * n_cells, 3)), index=idx, columns=cols)
    y = pd.Series(np.tile((np.arange(n_cells) < n_cells // 3).astype(int), 3), index=idx)
    return X, y


def _classify_null_ps(n_sets, params):
    return np.array([classify(*_null_xy(seed), params, seed=seed).p_value for seed in range(n_sets)])


def _check_uniform(ps, n_perm, levels):
    # with n_perm permutations the p-value is uniform on {1, ..., n_perm + 1} / (n_perm + 1) under the null
    for level in levels:
        lo, hi = _binomial_bounds(ps.size, level)
        assert lo <= np.sum(ps <= level + 1e-12) <= hi, (level, np.sum(ps <= level + 1e-12), ps.size)


class _CentroidScore:
    """A ~10 us model: score = x . (mean of class 1 - mean of class 0) (a nearest-centroid direction)."""

    def __init__(self, *args):
        pass

    def fit(self, X, y):
        self.w = np.nanmean(X[y == 1], axis=0) - np.nanmean(X[y == 0], axis=0)
        return self

    def predict_proba(self, X):
        s = np.nan_to_num(X) @ self.w
        return np.column_stack([-s, s])


def test_classify_label_permutation_is_calibrated_under_the_null(monkeypatch):
    # The permutation machinery (within-mouse shuffles, the p-value count) does not depend on the model, so the
    # fast version swaps the forest for a nearest-centroid score (continuous, microseconds a fit): 100 pure-noise
    # data sets, 19 permutations: P(p <= 0.05), P(p <= 0.25), P(p <= 0.5) within 99.9 % binomial bounds.
    # The forest itself: test_classify_forest_calibrated_under_the_null (slow).
    import importlib

    monkeypatch.setattr(importlib.import_module("engram.classification"), "_model", _CentroidScore)
    ps = _classify_null_ps(100, ClassifierParams(n_splits=3, n_permutations=19, n_repeats=1))
    _check_uniform(ps, 19, (0.05, 0.25, 0.5))


@pytest.mark.slow
def test_classify_forest_calibrated_under_the_null():
    ps = _classify_null_ps(40, ClassifierParams(n_splits=3, n_permutations=9, n_estimators=5, n_repeats=1))
    _check_uniform(ps, 9, (0.1, 0.5))


def test_classify_p_value_counts_ties_and_the_observed(monkeypatch):
    # the p-value is (1 + #{null >= observed}) / (1 + #valid null) over finite null AUCs (Phipson & Smyth 2010)
    import engram.classification as mod

    rng = np.random.default_rng(0)
    idx = pd.MultiIndex.from_product([["a", "b"], range(20)], names=["mouse", "cell"])
    cols = pd.MultiIndex.from_tuples([("event_rate", "s1", "all")], names=["feature", "session", "epoch"])
    X = pd.DataFrame(rng.normal(size=(40, 1)), index=idx, columns=cols)
    y = pd.Series(np.tile([1] * 6 + [0] * 14, 2), index=idx)
    observed = classify(X, y, ClassifierParams(n_permutations=0, n_estimators=5, n_repeats=1), seed=0).auc
    fake = iter([observed, observed + 0.1, observed - 0.1, float("nan"), observed - 0.2])
    monkeypatch.setattr(mod, "_null_one", lambda *a: next(fake))
    res = classify(X, y, ClassifierParams(n_permutations=5, n_estimators=5, n_repeats=1), seed=0)
    assert res.auc == observed
    assert res.p_value == pytest.approx((1 + 2) / (1 + 4))


def test_classify_null_permutes_labels_within_each_mouse(monkeypatch):
    # mice with different engram counts: every null relabelling keeps each mouse's count and is a real shuffle
    import importlib

    mod = importlib.import_module("engram.classification")
    X, y = _null_xy(3, n_cells=12)
    y.iloc[12:14] = 0  # engram cells: mouse a 4, b 2, c 4
    groups = X.index.get_level_values("mouse").to_numpy()
    seen = []
    real = mod._cv

    def spy(X_, y_, *a, **k):
        seen.append(np.array(y_))
        return real(X_, y_, *a, **k)

    monkeypatch.setattr(mod, "_model", _CentroidScore)
    monkeypatch.setattr(mod, "_cv", spy)
    classify(X, y, ClassifierParams(n_splits=3, n_permutations=6, n_repeats=1), seed=0)
    assert len(seen) == 7 and np.array_equal(seen[0], y.to_numpy())
    for yp in seen[1:]:
        assert not np.array_equal(yp, seen[0])
        for g in ("a", "b", "c"):
            assert yp[groups == g].sum() == seen[0][groups == g].sum()


def test_holm_adjustment_against_hand_values():
    # Holm (1979): sorted p_(i) * (m - i + 1), running maximum, capped at 1; NaN (untested sessions) left out
    from engram.synchrony_stats import _holm

    out = _holm([0.01, 0.04, 0.03, float("nan"), 0.5])
    assert out[:3] == pytest.approx([0.04, 0.09, 0.09]) and np.isnan(out[3]) and out[4] == pytest.approx(0.5)
    assert _holm([0.6, 0.7]) == pytest.approx([1.0, 1.0])


def test_rate_bins_are_quantile_bins():
    from engram.synchrony_stats import rate_bins

    rates = np.random.default_rng(0).permutation(np.arange(20.0))
    bins = rate_bins(rates, 5)
    assert np.bincount(bins).tolist() == [4] * 5
    assert all(rates[bins == b].max() < rates[bins == b + 1].min() for b in range(4))
    assert rate_bins(rates, 1).tolist() == [0] * 20 and rate_bins(np.array([]), 3).size == 0


@pytest.mark.parametrize("seed", range(5))
def test_matched_difference_matches_naive_pair_loops(seed):
    # mean r over selected engram pairs minus mean over selected other pairs, by explicit loops
    from engram.synchrony_stats import matched_difference

    rng = np.random.default_rng(seed)
    n = 12
    r = rng.normal(size=(n, n))
    r = (r + r.T) / 2
    np.fill_diagonal(r, 0.0)
    lab = rng.permutation(np.r_[np.ones(5), np.zeros(7)])
    w = (rng.random((3, n)) < 0.7).astype(float)
    w[:, :2] = 1.0
    got = matched_difference(r, np.broadcast_to(lab, w.shape), w)
    for row in range(3):
        sel = np.flatnonzero(w[row] > 0)
        e = [r[i, j] for i in sel for j in sel if i < j and lab[i] == 1 and lab[j] == 1]
        o = [r[i, j] for i in sel for j in sel if i < j and lab[i] == 0 and lab[j] == 0]
        want = (np.mean(e) if len(e) else np.nan) - (np.mean(o) if len(o) else np.nan)
        assert np.isclose(got[row], want, equal_nan=True), (row, got[row], want)


def test_mice_need_two_active_cells_in_each_group():
    # a mouse enters a session's statistic only with >= 2 engram and >= 2 other active cells (else no pair)
    rng = np.random.default_rng(0)
    mice = []
    for name, n, k in (("two_two", 4, 2), ("one_engram", 5, 1), ("one_other", 5, 4)):
        m = _mouse(rng, name, n, k)
        mice.append(m)
    row = synchrony(PipelineData(mice, ["s"], AnalysisParams()), SynchronyParams(n_permutations=9, **FAST),
                    seed=0).sessions[0]
    assert (row["n_mice"], row["n_engram"], row["n_other"]) == (1, 2, 2)
    silent = _mouse(rng, "none", 5, 2)
    silent.sessions[0].corr[:] = np.nan  # no active cell at all
    row = synchrony(PipelineData([silent], ["s"], AnalysisParams()), SynchronyParams(n_permutations=9, **FAST),
                    seed=0).sessions[0]
    assert row["n_mice"] == 0 and row["p_value"] is None and row["p_value_holm"] is None


def test_session_row_descriptives_against_naive_values():
    # rates, counts, the pair-wise Mann-Whitney over explicit pair lists and the matched fraction of one mouse
    from scipy.stats import mannwhitneyu

    from engram.synchrony_stats import rate_bins

    rng = np.random.default_rng(5)
    m = _mouse(rng, "m", 16, 6)
    s = m.sessions[0]
    row = synchrony(PipelineData([m], ["s"], AnalysisParams()), SynchronyParams(n_permutations=9, n_rate_bins=3,
                                                                                  n_matches=2, n_bootstrap=400),
                    seed=0).sessions[0]
    for key, ci in (("engram_mean_r", "engram_ci"), ("other_mean_r", "other_ci"), ("difference", "difference_ci")):
        lo, hi = row[ci]  # a 95 % bootstrap interval around the estimate, of non-zero width
        assert lo < row[key] < hi and hi - lo > 1e-3, (key, lo, row[key], hi)
    lab, r = s.labels, s.corr.astype(np.float64)
    assert row["engram_rate_hz"] == pytest.approx(s.rates[lab == 1].mean())
    assert row["other_rate_hz"] == pytest.approx(s.rates[lab == 0].mean())
    ee = [r[i, j] for i in range(16) for j in range(i + 1, 16) if lab[i] == 1 and lab[j] == 1]
    oo = [r[i, j] for i in range(16) for j in range(i + 1, 16) if lab[i] == 0 and lab[j] == 0]
    assert row["p_value_pairwise"] == pytest.approx(mannwhitneyu(ee, oo).pvalue, rel=1e-4)
    assert row["engram_mean_r"] == pytest.approx(np.mean(ee), rel=1e-5)
    bins = rate_bins(s.rates, 3)
    q = sum(min(np.sum((bins == b) & (lab == 1)), np.sum((bins == b) & (lab == 0))) for b in range(3))
    assert row["matched_engram_fraction"] == pytest.approx(q / 6)


# ---- exact references for the activity-matched test and the bootstrap intervals ---------------------------

def _one_session(corr, labels, rates, name="m"):
    n = len(labels)
    lab = np.asarray(labels, dtype=np.int8)
    s = SessionSummary("s", 2.0, "A", np.arange(n), lab, np.asarray(rates, dtype=float),
                       np.asarray(corr, dtype=np.float32), 100, {"method": "threshold", "deconvolution": "file"})
    return MouseSummary(name, pd.DataFrame(), pd.DataFrame({"mouse": name, "cell": np.arange(n), "engram": lab}),
                        [s])


def _exact_p_within_bins(r, lab, bins):
    """Two-sided p over every relabelling that keeps each bin's engram count (naive pair loops)."""
    from tests.engram.naive import naive_pair_means

    r = r.astype(np.float64)
    e, o = naive_pair_means(r, lab)
    d = abs(e - o)
    per_bin = [list(itertools.combinations(np.flatnonzero(bins == b), int(lab[bins == b].sum())))
               for b in np.unique(bins)]
    hits = total = 0
    for choice in itertools.product(*per_bin):
        row = np.zeros(lab.size, dtype=int)
        row[[i for part in choice for i in part]] = 1
        pe, po = naive_pair_means(r, row)
        hits += abs(pe - po) >= d - 1e-9
        total += 1
    return hits / total


@pytest.mark.parametrize("seed", [0, 1])
def test_matched_p_matches_enumeration_within_rate_bins(seed):
    # 8 cells in two rate bins of 4 (rates 1..8 split at the median), 2 engram cells in each bin: every bin is
    # balanced, so each matched draw keeps all cells (matched difference = difference, fraction 1) and the matched
    # null is the within-bin relabelling: 36 labellings, enumerated here. The plain test enumerates all 70.
    rng = np.random.default_rng(seed)
    a = rng.gamma(2.0, 0.5, 8)
    r = 0.2 * np.outer(a, a) + rng.normal(0, 0.1, (8, 8))
    r = (r + r.T) / 2
    np.fill_diagonal(r, 1.0)
    rates = np.arange(1.0, 9.0)[rng.permutation(8)] if seed else np.arange(1.0, 9.0)
    bins = (rates > 4.5).astype(int)
    lab = np.zeros(8, dtype=int)
    for b in (0, 1):
        lab[rng.choice(np.flatnonzero(bins == b), 2, replace=False)] = 1
    m = _one_session(r, lab, rates)
    row = synchrony(PipelineData([m], ["s"], AnalysisParams()),
                    SynchronyParams(n_permutations=20000, n_matches=2, n_rate_bins=2, n_bootstrap=2),
                    seed=seed).sessions[0]
    r32 = m.sessions[0].corr
    assert row["matched_engram_fraction"] == 1.0
    assert row["difference_matched"] == pytest.approx(row["difference"], abs=1e-12)
    exact_matched = _exact_p_within_bins(r32, lab, bins)
    exact_plain = _exact_p_within_bins(r32, lab, np.zeros(8, dtype=int))
    assert row["p_value_matched"] == pytest.approx(exact_matched, abs=0.015), (row["p_value_matched"], exact_matched)
    assert row["p_value"] == pytest.approx(exact_plain, abs=0.015), (row["p_value"], exact_plain)


def _block_corr(n, k, ee, nn, rng):
    """Engram cells 0..k-1: r = ee within engram pairs, nn within other pairs, random across."""
    r = rng.uniform(-0.2, 0.2, (n, n))
    r = (r + r.T) / 2
    r[:k, :k] = ee
    r[k:, k:] = nn
    np.fill_diagonal(r, 1.0)
    return r


def test_bootstrap_intervals_against_the_exact_bootstrap_distribution():
    # Within a mouse every engram pair has r = ee and every other pair r = nn, so each cell resample gives exactly
    # ee and nn: the bootstrap spread comes only from resampling the two mice (engram 0.3 and 0.5, other 0.1 and
    # 0.2). The mean over two mice drawn with replacement is the lower value, the midpoint or the upper value
    # with probabilities 1/4, 1/2, 1/4, so the percentile interval at ci = 0.95 spans [lower, upper] and at
    # ci = 0.4 (quantiles 0.3 and 0.7) is the midpoint alone; the difference has its own three atoms.
    rng = np.random.default_rng(0)
    mice = [_one_session(_block_corr(9, 4, ee, nn, rng), [1] * 4 + [0] * 5, rng.uniform(1, 2, 9), name=f"m{i}")
            for i, (ee, nn) in enumerate(((0.3, 0.1), (0.5, 0.2)))]
    data = PipelineData(mice, ["s"], AnalysisParams())
    wide = synchrony(data, SynchronyParams(n_permutations=9, n_bootstrap=4000, ci=0.95), seed=1).sessions[0]
    narrow = synchrony(data, SynchronyParams(n_permutations=9, n_bootstrap=4000, ci=0.4), seed=1).sessions[0]
    tol = dict(abs=1e-6)
    assert wide["engram_mean_r"] == pytest.approx(0.4, **tol) and wide["other_mean_r"] == pytest.approx(0.15, **tol)
    assert wide["difference"] == pytest.approx(0.25, **tol)
    assert wide["engram_ci"] == pytest.approx([0.3, 0.5], **tol)
    assert wide["other_ci"] == pytest.approx([0.1, 0.2], **tol)
    assert wide["difference_ci"] == pytest.approx([0.2, 0.3], **tol)
    assert narrow["engram_ci"] == pytest.approx([0.4, 0.4], **tol)
    assert narrow["other_ci"] == pytest.approx([0.15, 0.15], **tol)
    assert narrow["difference_ci"] == pytest.approx([0.25, 0.25], **tol)
    assert (wide["day"], wide["n_mice"], wide["n_engram"], wide["n_other"]) == (2.0, 2, 8, 10)


@pytest.mark.parametrize("field", ["n_permutations", "n_matches", "n_rate_bins", "n_bootstrap"])
def test_synchrony_params_bounds(field):
    from engram.exceptions import EngramError

    assert getattr(SynchronyParams(**{field: 1}), field) == 1
    with pytest.raises(EngramError, match="n_permutations, n_matches, n_rate_bins and n_bootstrap must be >= 1"):
        SynchronyParams(**{field: 0})


def test_synchrony_params_ci_bounds():
    from engram.exceptions import EngramError

    for ci in (0.0, 1.0, -0.5, 1.5):
        with pytest.raises(EngramError, match=r"ci must be in \(0, 1\), got"):
            SynchronyParams(ci=ci)
    assert SynchronyParams(ci=0.5).to_dict() == {"n_permutations": 1000, "n_matches": 5, "n_rate_bins": 5,
                                                   "n_bootstrap": 500, "ci": 0.5}


# ---- classifier: the result's bookkeeping, importances and the guards (nearest-centroid model, fast) -----------

def _centroid(monkeypatch):
    import importlib

    monkeypatch.setattr(importlib.import_module("engram.classification"), "_model", _CentroidScore)


def _sessions_xy(seed, n_cells=15):
    # s1: weakly informative; s2: constant (a centroid model gives it weight 0); context:A: strongly informative
    rng = np.random.default_rng(seed)
    idx = pd.MultiIndex.from_product([["a", "b", "c"], range(n_cells)], names=["mouse", "cell"])
    y = np.tile((np.arange(n_cells) < 5).astype(int), 3)
    cols = pd.MultiIndex.from_tuples([("event_rate", "s1", "all"), ("mean_activity", "s2", "pre"),
                                      ("event_rate", "context:A", "all")], names=["feature", "session", "epoch"])
    X = np.column_stack([y * 0.8 + rng.normal(size=y.size), np.zeros(y.size), y * 1.6 + rng.normal(size=y.size)])
    return pd.DataFrame(X, index=idx, columns=cols), pd.Series(y, index=idx)


def test_classify_importances_and_top_session(monkeypatch):
    _centroid(monkeypatch)
    X, y = _sessions_xy(0)
    res = classify(X, y, ClassifierParams(n_splits=3, n_permutations=0, n_repeats=3), seed=0)
    imp = {(d["feature"], d["session"], d["epoch"]): d for d in res.importances}
    assert list(imp) == list(X.columns)
    assert imp[("mean_activity", "s2", "pre")]["importance"] == 0.0 and imp[("mean_activity", "s2", "pre")]["std"] == 0.0
    assert imp[("event_rate", "context:A", "all")]["importance"] > imp[("event_rate", "s1", "all")]["importance"] > 0
    assert imp[("event_rate", "s1", "all")]["std"] > 0
    sess = {d["session"]: d for d in res.session_importances}
    assert list(sess) == ["s1", "s2", "context:A"]
    assert sess["s2"]["importance"] == 0.0 and sess["context:A"]["importance"] > sess["s1"]["importance"]
    # context columns are reported but never named the top session
    assert res.top_session == "s1"
    assert res.auc > 0.8 and len(res.auc_folds) == 3 and res.auc == pytest.approx(np.mean(res.auc_folds))
    assert (res.n_cells, res.n_mice, res.n_engram) == (45, 3, 15)
    assert np.isnan(res.p_value) and res.null_auc.size == 0
    d = res.to_dict()
    assert d["n_permutations"] == 0 and d["null_auc_mean"] is None and d["params"]["n_splits_used"] == 3
    assert res.importance_table().shape == (3, 5) and res.session_table().shape == (3, 3)
    only_context = classify(X.iloc[:, 2:], y, ClassifierParams(n_splits=3, n_permutations=0, n_repeats=1), seed=0)
    assert only_context.top_session == "context:A"  # with nothing else to name


def test_classify_result_null_and_bookkeeping(monkeypatch):
    _centroid(monkeypatch)
    X, y = _sessions_xy(1)
    res = classify(X, y, ClassifierParams(n_splits=5, n_permutations=4, n_repeats=1), seed=0, events={"used": "x"})
    assert res.params["n_splits_used"] == 3 and res.params["n_permutations"] == 4  # 3 mice: 3 folds
    assert res.events == {"used": "x"}
    assert res.null_auc.size == 4 and np.all(np.isfinite(res.null_auc)) and not res.null_auc.flags.writeable
    assert res.p_value == pytest.approx((1 + np.sum(res.null_auc >= res.auc)) / 5)
    assert res.to_dict()["null_auc_mean"] == pytest.approx(np.mean(res.null_auc))


def test_classify_input_errors(monkeypatch):
    from engram.exceptions import EngramError

    _centroid(monkeypatch)
    X, y = _sessions_xy(2)
    p = ClassifierParams(n_splits=3, n_permutations=0, n_repeats=1)
    with pytest.raises(EngramError, match=r"^X must be indexed by \(mouse, cell\)$"):
        classify(X.reset_index(drop=True), y.reset_index(drop=True), p)
    with pytest.raises(EngramError, match=r"^X must be indexed by \(mouse, cell\)$"):
        classify(X.rename_axis(["animal", "cell"]), y, p)
    with pytest.raises(EngramError, match="no features to classify on"):
        classify(X.iloc[:, :0], y, p)
    with pytest.raises(EngramError, match="at least 2 mice for mouse-grouped CV, got 1"):
        classify(X.loc[["a"]], y.loc[["a"]], p)
    two = classify(X.loc[["a", "b"]], y.loc[["a", "b"]], p, seed=0)  # two mice are enough
    assert two.n_mice == 2 and two.params["n_splits_used"] == 2
    # every mouse all engram or all other: no test fold has both classes
    y_bad = pd.Series(np.repeat([1, 0, 0], 15), index=y.index)
    with pytest.raises(EngramError, match="no fold had both classes"):
        classify(X, y_bad, p)


def test_classify_skips_folds_whose_training_part_lacks_a_class():
    # only mouse a has engram cells: its test fold has both classes but its training mice none, so no fold can be
    # scored (the forest is never fitted on one class)
    from engram.exceptions import EngramError

    X, y = _sessions_xy(2)
    y_a = pd.Series(np.r_[y.loc["a"].to_numpy(), np.zeros(30, dtype=int)], index=y.index)
    with pytest.raises(EngramError, match="no fold had both classes"):
        classify(X, y_a, ClassifierParams(n_splits=3, n_permutations=0, n_estimators=2, n_repeats=1), seed=0)


def test_classify_progress_bar_changes_nothing(monkeypatch):
    _centroid(monkeypatch)
    X, y = _sessions_xy(3)
    p = ClassifierParams(n_splits=3, n_permutations=3, n_repeats=1)
    a, b = classify(X, y, p, seed=1, progress=True), classify(X, y, p, seed=1)
    assert a.p_value == b.p_value and np.array_equal(a.null_auc, b.null_auc)


def test_one_rate_bin_matches_within_the_whole_mouse():
    # n_rate_bins = 1: every active cell is in one bin, so min(k, n - k) engram cells are matched
    data = _data(5, n_mice=1, n=12, k=4)
    row = synchrony(data, SynchronyParams(n_permutations=9, n_rate_bins=1, n_matches=2, n_bootstrap=5),
                    seed=0).sessions[0]
    assert row["matched_engram_fraction"] == 1.0 and row["p_value_matched"] is not None


@pytest.mark.parametrize("kw,msg", [(dict(n_splits=1), "n_splits must be >= 2, got 1"),
                                    (dict(n_permutations=-1), "n_permutations must be >= 0"),
                                    (dict(n_estimators=0), "n_estimators and n_repeats >= 1"),
                                    (dict(n_repeats=0), "n_estimators and n_repeats >= 1")])
def test_classifier_params_bounds(kw, msg):
    from engram.exceptions import EngramError

    with pytest.raises(EngramError, match=msg):
        ClassifierParams(**kw)
    edge = {k: v + 1 for k, v in kw.items()}
    assert ClassifierParams(**edge).to_dict()[next(iter(kw))] == next(iter(edge.values()))


def test_forest_is_the_documented_model():
    # median imputation (NaN = cell missing from a session, kept even when a column is all NaN in a fold), a
    # balanced-subsample forest with the parameters given, one thread, seeded
    from engram.classification import _model

    p = ClassifierParams(n_estimators=7, min_samples_leaf=2, max_samples=0.4)
    model = _model(p, 123)
    imputer, forest = model.steps[0][1], model.steps[1][1]
    assert imputer.strategy == "median" and imputer.keep_empty_features
    assert (forest.n_estimators, forest.min_samples_leaf, forest.max_samples) == (7, 2, 0.4)
    assert forest.max_features == "sqrt" and forest.class_weight == "balanced_subsample"
    assert forest.random_state == 123 and forest.n_jobs == 1
    X = np.column_stack([np.arange(40.0), np.full(40, np.nan)])
    fitted = model.fit(X, (np.arange(40) >= 20).astype(int))
    assert fitted.predict_proba(X).shape == (40, 2)


def test_permute_within_groups_shuffles_a_copy():
    from engram.classification import permute_within_groups

    y = np.array([1, 1, 0, 0, 0, 1, 0, 0, 0, 0])
    groups = np.array([0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
    seen = set()
    for seed in range(500):
        out = permute_within_groups(y, groups, np.random.default_rng(seed))
        assert out[:5].sum() == 2 and out[5:].sum() == 1
        seen.add(tuple(out))
    assert y.tolist() == [1, 1, 0, 0, 0, 1, 0, 0, 0, 0]
    assert len(seen) == 10 * 5  # every arrangement of 2-in-5 and 1-in-5 occurs


def test_checkpoint_file_is_keyed_by_every_input(tmp_path):
    # a rerun reuses null AUCs only for the same data, labels, mice, parameters and permutation seeds
    from engram.classification import _checkpoint_path

    X = np.arange(12.0).reshape(6, 2)
    y = np.array([1, 0, 1, 0, 1, 0])
    groups = np.array(["a", "a", "a", "b", "b", "b"])
    p = ClassifierParams(n_permutations=3)
    seeds = np.array([1, 2, 3])
    base = _checkpoint_path(str(tmp_path / "ck"), X, y, groups, p, seeds)
    assert (tmp_path / "ck").is_dir() and base == _checkpoint_path(str(tmp_path / "ck"), X.copy(), y, groups, p, seeds)
    assert base.startswith(str(tmp_path / "ck")) and base.endswith(".txt")
    variants = [(X + 1, y, groups, p, seeds), (X, 1 - y, groups, p, seeds), (X, y, groups[::-1], p, seeds),
                (X, y, groups, ClassifierParams(n_permutations=3, n_estimators=7), seeds), (X, y, groups, p, seeds + 1)]
    keys = {_checkpoint_path(str(tmp_path / "ck"), *v) for v in variants}
    assert len(keys) == len(variants) and base not in keys


def test_synchrony_result_table_and_dict():
    data = _data(3, n_mice=2, n=10, k=4, sessions=("s1", "s2"))
    res = synchrony(data, SynchronyParams(n_permutations=9, **FAST), seed=0)
    table = res.table()
    assert list(table["session"]) == ["s1", "s2"] and table.loc[1, "p_value"] == res.sessions[1]["p_value"]
    d = res.to_dict()
    assert d["sessions"] == list(res.sessions) and d["params"]["n_permutations"] == 9 and d["params"]["bin_s"] == 0.5
    assert d["events"] == data.events_record()


def _exact_bootstrap_atoms(r):
    """Distribution of the bootstrap pair mean of one group (cells resampled with replacement), by enumerating
    every multiset of draws with its multinomial probability; draws of a single distinct cell (no pair) dropped."""
    from math import factorial

    from tests.engram.naive import naive_weighted_pair_mean

    n = r.shape[0]
    atoms: dict[float, float] = {}
    for draw in itertools.combinations_with_replacement(range(n), n):
        w = np.bincount(draw, minlength=n).astype(float)
        if np.count_nonzero(w) < 2:
            continue
        prob = factorial(n) / np.prod([factorial(int(c)) for c in w]) / n ** n
        v = round(naive_weighted_pair_mean(r, w), 6)
        atoms[v] = atoms.get(v, 0.0) + prob
    values = np.array(sorted(atoms))
    cdf = np.cumsum([atoms[v] for v in values]) / sum(atoms.values())
    return values, cdf


def _exact_quantile(values, cdf, level):
    assert np.min(np.abs(cdf - level)) > 0.03  # the level is well inside one atom: sampling cannot move it
    return values[np.searchsorted(cdf, level)]


def test_bootstrap_interval_of_one_mouse_against_enumeration():
    # one mouse: the interval is the percentile interval of the cell bootstrap, whose exact distribution is
    # enumerated here (3 cells per group: 10 multisets of draws; the pair means a, b, c and their mean, 1/4 each)
    r = np.full((6, 6), 0.05)
    r[np.ix_([0, 1, 2], [0, 1, 2])] = [[1, 0.0, 0.3], [0.0, 1, 0.9], [0.3, 0.9, 1]]
    r[3:, 3:] = [[1, 0.1, 0.2], [0.1, 1, 0.5], [0.2, 0.5, 1]]
    m = _one_session(r, [1, 1, 1, 0, 0, 0], np.ones(6))
    for ci in (0.3, 0.9):
        row = synchrony(PipelineData([m], ["s"], AnalysisParams()),
                        SynchronyParams(n_permutations=9, n_bootstrap=4000, ci=ci), seed=2).sessions[0]
        alpha = (1 - ci) / 2
        r32 = m.sessions[0].corr.astype(np.float64)
        for key, cells in (("engram_ci", [0, 1, 2]), ("other_ci", [3, 4, 5])):
            values, cdf = _exact_bootstrap_atoms(r32[np.ix_(cells, cells)])
            want = [_exact_quantile(values, cdf, alpha), _exact_quantile(values, cdf, 1 - alpha)]
            assert row[key] == pytest.approx(want, abs=1e-6), (ci, key, row[key], want)


def test_unlabelled_silent_cells_and_missing_pairs_are_ignored():
    # cells with label -1 (not registered) and silent cells (NaN row) are left out; a NaN pair counts as r = 0
    rng = np.random.default_rng(4)
    n = 10
    r = _block_corr(n, 4, 0.3, 0.1, rng)
    r[0, 5] = r[5, 0] = np.nan
    lab = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
    rates = rng.uniform(1, 2, n)
    extra_r = np.full((n + 2, n + 2), 0.7)
    extra_r[:n, :n] = r
    extra_r[n + 1, :] = extra_r[:, n + 1] = np.nan  # silent
    extra = _one_session(extra_r, np.r_[lab, -1, 1], np.r_[rates, 5.0, 5.0])
    r_zero = np.where(np.isnan(r), 0.0, r)
    plain = _one_session(r_zero, lab, rates)
    p = SynchronyParams(n_permutations=19, n_bootstrap=20, n_matches=2, n_rate_bins=2)
    a = synchrony(PipelineData([extra], ["s"], AnalysisParams()), p, seed=3).sessions[0]
    b = synchrony(PipelineData([plain], ["s"], AnalysisParams()), p, seed=3).sessions[0]
    assert a == b and (a["n_engram"], a["n_other"]) == (4, 6)


def test_matched_test_needs_two_matched_engram_cells():
    # two rate bins (split at the median). 6 cells, engram e e E / other o O O (lower case slow): each bin has
    # one engram-other match, q = 2, so the matched test runs with fraction 2/3. 7 cells, slow e e o, fast
    # o o o o: q = 1 (a single matched engram cell has no pair), so there is no matched statistic.
    p = SynchronyParams(n_permutations=9, n_bootstrap=5, n_matches=2, n_rate_bins=2)
    cases = ((np.array([1.0, 1.1, 5.0, 1.2, 6.0, 7.0]), np.array([1, 1, 1, 0, 0, 0]), 2),
             (np.array([1.0, 1.1, 1.2, 5.0, 6.0, 7.0, 8.0]), np.array([1, 1, 0, 0, 0, 0, 0]), 1))
    for rates, lab, q in cases:
        bins = rate_bins(rates, 2)
        assert sum(min(np.sum((bins == b) & (lab == 1)), np.sum((bins == b) & (lab == 0))) for b in (0, 1)) == q
        r = _block_corr(lab.size, int(lab.sum()), 0.3, 0.1, np.random.default_rng(6))
        row = synchrony(PipelineData([_one_session(r, lab, rates)], ["s"], AnalysisParams()), p, seed=0).sessions[0]
        if q == 2:
            assert row["matched_engram_fraction"] == pytest.approx(2 / 3) and row["p_value_matched"] is not None
        else:
            assert row["difference_matched"] is None and row["p_value_matched"] is None
            assert row["matched_engram_fraction"] is None and row["p_value_matched_holm"] is None
            assert row["p_value"] is not None


def test_holm_columns_across_sessions_and_the_empty_session_row():
    # three sessions with data and one without: Holm over the sessions that were tested (Holm 1979, by hand:
    # sorted p_(i) * (m - i + 1), running maximum, capped at 1), for the plain and the matched p-values
    data = _data(8, n_mice=2, n=10, k=4, sessions=("s1", "s2", "s3"))
    data.sessions.append("none")
    res = synchrony(data, SynchronyParams(n_permutations=19, **FAST), seed=0, progress=True)
    rows = res.sessions
    assert rows[3] == {"session": "none", "n_mice": 0, "engram_mean_r": None, "other_mean_r": None,
                       "difference": None, "p_value": None, "p_value_matched": None, "p_value_pairwise": None,
                       "p_value_holm": None, "p_value_matched_holm": None}
    for raw, adj in (("p_value", "p_value_holm"), ("p_value_matched", "p_value_matched_holm")):
        ps = [r[raw] for r in rows[:3]]
        order = np.argsort(ps, kind="stable")
        want, running = [0.0] * 3, 0.0
        for i, j in enumerate(order):
            running = max(running, min(1.0, (3 - i) * ps[j]))
            want[j] = running
        assert [r[adj] for r in rows[:3]] == pytest.approx(want)
    assert res.sessions == synchrony(data, SynchronyParams(n_permutations=19, **FAST), seed=0).sessions


def test_read_checkpoint_skips_damaged_lines(tmp_path):
    from engram.classification import _read_checkpoint

    path = tmp_path / "ck.txt"
    assert _read_checkpoint(str(path)) == {}
    path.write_text("0 0.25\nx 0.5\n1 0.5 extra\n2 nan-ish\n3 0.75\n4\n")
    assert _read_checkpoint(str(path)) == {0: 0.25, 3: 0.75}
