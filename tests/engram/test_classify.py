"""Random forest label prediction: planted session recovered, null data not called, grouped CV."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from engram.classification import ClassifierParams, classify, permute_within_groups
from engram.exceptions import EngramError
from engram.features import feature_matrix
from engram.pipeline import run
from engram.simulation import simulate
from tests.engram.conftest import small_config

FAST = dict(n_estimators=20, n_repeats=2)


def _xy(data):
    return feature_matrix(data.tidy, data.labels, sessions=data.sessions)


def test_planted_session_is_most_important_and_significant(small_data):
    X, y = _xy(small_data)
    res = classify(X, y, ClassifierParams(n_permutations=19, **FAST), seed=0)
    assert res.top_session == "conditioning"
    imp = {d["session"]: d["importance"] for d in res.session_importances}
    assert imp["conditioning"] > 3 * max(v for k, v in imp.items() if k != "conditioning")
    assert res.auc > 0.8
    assert res.p_value == pytest.approx(1 / 20)  # the smallest p 19 permutations can give
    assert np.all(res.null_auc < res.auc)
    d = res.to_dict()
    assert d == {"auc": res.auc, "auc_folds": list(res.auc_folds), "p_value": res.p_value, "n_permutations": 19,
                 "null_auc_mean": float(np.mean(res.null_auc)), "top_session": "conditioning",
                 "importances": list(res.importances), "session_importances": list(res.session_importances),
                 "n_cells": len(y), "n_mice": 3, "n_engram": int(y.sum()), "events": res.events,
                 "params": res.params}
    assert len(d["auc_folds"]) >= 2 and d["n_cells"] == res.n_cells and d["n_engram"] == res.n_engram
    assert {"feature", "session", "importance"} <= d["importances"][0].keys()
    rows = res.importance_table()
    assert len(rows) == X.shape[1] and set(rows["session"]) == {c[1] for c in X.columns}


def test_reduced_activity_is_found_too():
    # no direction is hard-coded: engram cells less active in the novel session
    sim = simulate(small_config(rate_session="novel", rate_multiplier=0.3, ensemble_sessions=()), seed=4)
    X, y = _xy(run(sim.dataset))
    assert classify(X, y, ClassifierParams(n_permutations=0, **FAST), seed=1).top_session == "novel"


def test_no_effect_gives_chance_auc_and_large_p():
    sim = simulate(small_config(rate_multiplier=1.0, ensemble_sessions=(), context_tuning=None), seed=8)
    X, y = _xy(run(sim.dataset))
    res = classify(X, y, ClassifierParams(n_permutations=9, **FAST), seed=0)
    assert 0.3 < res.auc < 0.7
    assert res.p_value > 0.1


@given(st.lists(st.integers(0, 1), min_size=2, max_size=30), st.integers(0, 2**32 - 1))
def test_permute_within_groups_keeps_counts(labels, seed):
    y = np.array(labels)
    groups = np.arange(y.size) % 3
    out = permute_within_groups(y, groups, np.random.default_rng(seed))
    for g in range(3):
        assert out[groups == g].sum() == y[groups == g].sum()


def test_seeded(small_data):
    # per-permutation seeds are drawn up front, so n_jobs cannot change them (checked for synchrony,
    # which uses the same scheme, in test_synchrony.py)
    X, y = _xy(small_data)
    p = ClassifierParams(n_permutations=2, n_estimators=5, n_repeats=1)
    a = classify(X, y, p, seed=3)
    b = classify(X, y, p, seed=3)
    c = classify(X, y, p, seed=4)
    assert a.auc == b.auc and np.array_equal(a.null_auc, b.null_auc) and a.importances == b.importances
    assert a.importances != c.importances


def test_needs_two_mice_and_both_classes(small_data):
    X, y = _xy(small_data)
    one = X.index.get_level_values("mouse") == "m1"
    with pytest.raises(EngramError, match="at least 2 mice"):
        classify(X[one], y[one], ClassifierParams(n_permutations=0))
    with pytest.raises(EngramError, match="both engram and non-engram"):
        classify(X, pd.Series(0, index=y.index), ClassifierParams(n_permutations=0))


def test_checkpoint_resumes_the_permutation_test(small_data, tmp_path, monkeypatch):
    import engram.classification as mod

    X, y = _xy(small_data)
    p = ClassifierParams(n_permutations=3, n_estimators=5, n_repeats=1)
    first = classify(X, y, p, seed=2, checkpoint=str(tmp_path))
    (path,) = tmp_path.glob("classify_null_*.txt")
    lines = path.read_text().splitlines()
    assert len(lines) == 3
    path.write_text("\n".join(lines[:2]) + "\n2 0.5")  # last line cut by an "interruption"

    calls = []
    real = mod._null_one

    def counting(*a):
        calls.append(1)
        return real(*a)

    monkeypatch.setattr(mod, "_null_one", counting)
    again = classify(X, y, p, seed=2, checkpoint=str(tmp_path))
    assert len(calls) == 0  # all three read back ("2 0.5" is a complete line)
    assert again.null_auc[:2].tolist() == first.null_auc[:2].tolist() and again.null_auc[2] == 0.5
    path.write_text("\n".join(lines[:2]) + "\n2")  # really cut: recomputed
    third = classify(X, y, p, seed=2, checkpoint=str(tmp_path))
    assert len(calls) == 1 and np.array_equal(third.null_auc, first.null_auc)


@given(st.lists(st.tuples(st.integers(0, 1), st.integers(-3, 3)), min_size=2, max_size=40))
def test_rank_auc_matches_sklearn(pairs):
    # the classifier's AUC (ranks, ties at half weight) against scikit-learn's trapezoidal ROC area
    from sklearn.metrics import roc_auc_score

    from engram.classification import _auc

    y = np.array([p[0] for p in pairs])
    score = np.array([p[1] for p in pairs], dtype=float)
    if np.unique(y).size < 2:
        assert np.isnan(_auc(y, score))
    else:
        assert _auc(y, score) == pytest.approx(roc_auc_score(y, score), abs=1e-12)


def test_a_checkpoint_is_only_reused_for_the_same_data_labels_and_seed(small_data, tmp_path):
    # the checkpoint file is keyed by the features, the labels, the groups, the parameters and the null seeds:
    # a run on other data (or labels, or seed) in the same directory starts its own file instead of reading
    # another run's null AUCs
    X, y = _xy(small_data)
    p = ClassifierParams(n_permutations=3, n_estimators=5, n_repeats=1)
    classify(X, y, p, seed=2, checkpoint=str(tmp_path))
    rng = np.random.default_rng(0)
    X2 = X + rng.normal(0, 1, X.shape)
    y2 = pd.Series(np.roll(y.to_numpy(), 1), index=y.index)
    for args, seed in (((X2, y), 2), ((X, y2), 2), ((X, y), 3)):
        fresh = classify(*args, p, seed=seed)
        with_dir = classify(*args, p, seed=seed, checkpoint=str(tmp_path))
        assert np.array_equal(with_dir.null_auc, fresh.null_auc)
    assert len(list(tmp_path.glob("classify_null_*.txt"))) == 4


def test_user_errors_are_one_clear_line(small_data):
    X, y = _xy(small_data)
    with pytest.raises(EngramError, match=r"^labels: classification needs both engram and non-engram cells$"):
        classify(X, pd.Series(0, index=y.index), ClassifierParams(n_permutations=0))
    with pytest.raises(EngramError, match=r"^no features to classify on$"):
        classify(X.iloc[:, :0], y, ClassifierParams(n_permutations=0))
    with pytest.raises(EngramError, match=r"^n_permutations must be >= 0, n_estimators and n_repeats >= 1$"):
        ClassifierParams(n_estimators=0)


def test_session_importances_carry_their_spread(small_data):
    X, y = _xy(small_data)
    res = classify(X, y, ClassifierParams(n_permutations=0, **FAST), seed=0)
    assert res.session_importances and all(set(d) == {"session", "importance", "std"} for d in res.session_importances)
    assert all(d["std"] >= 0 and np.isfinite(d["std"]) for d in res.session_importances)
    assert res.session_table().columns.tolist() == ["session", "importance", "std"]
