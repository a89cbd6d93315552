"""Feature rows by session and epoch, context features and the per-mouse z-scored matrix."""

import numpy as np
import pandas as pd
import pytest

from engram.exceptions import EngramError
from engram.features import context_features, feature_matrix, session_features


def test_session_features_by_hand_with_shock_epochs():
    times = np.arange(40) / 10.0  # 4 s at 10 Hz, shock at 1.5 s
    ev = np.zeros((2, 40), dtype=np.uint8)
    ev[0, [2, 5, 30]] = 1
    ev[1, [20]] = 1
    tr = np.vstack([np.ones(40), np.r_[np.zeros(15), np.full(25, 2.0)]])
    rows = session_features("s", np.array([7, 9]), tr, ev, times, shock_time_s=1.5)
    get = rows.set_index(["cell", "epoch", "feature"])["value"]
    assert get[7, "all", "event_rate"] == pytest.approx(3 / 4.0)
    assert get[7, "pre", "event_rate"] == pytest.approx(2 / 1.5)
    assert get[7, "post", "event_rate"] == pytest.approx(1 / 2.5)
    assert get[9, "pre", "mean_activity"] == 0.0 and get[9, "post", "mean_activity"] == 2.0
    assert get[9, "all", "mean_activity"] == pytest.approx(50 / 40)
    assert set(rows["session"]) == {"s"}


def test_context_features_only_for_contexts_with_two_sessions():
    rows = pd.DataFrame({"cell": [0, 0, 0], "session": ["a", "b", "c"], "epoch": "all", "feature": "event_rate",
                         "value": [1.0, 3.0, 10.0]})
    out = context_features(rows, {"a": "A", "b": "A", "c": "B"})
    assert out["session"].tolist() == ["context:A"] and out["value"].tolist() == [2.0]


def test_feature_matrix_zscores_within_mouse_and_keeps_missing_as_nan():
    tidy = pd.DataFrame({
        "mouse": ["m1"] * 3 + ["m2"] * 3, "cell": [0, 1, 2, 0, 1, 2], "session": "s", "epoch": "all",
        "feature": "event_rate", "value": [1.0, 2.0, 3.0, 10.0, 30.0, 20.0]})
    tidy = pd.concat([tidy, pd.DataFrame({"mouse": ["m1", "m1"], "cell": [0, 1], "session": "t", "epoch": "all",
                                          "feature": "event_rate", "value": [5.0, 7.0]})])
    labels = pd.DataFrame({"mouse": ["m1"] * 3 + ["m2"] * 3, "cell": [0, 1, 2] * 2, "engram": [0, 1, 0, 1, 0, 1]})
    X, y = feature_matrix(tidy, labels, sessions=["s", "t"])
    col = ("event_rate", "s", "all")
    z = (np.array([1.0, 2.0, 3.0]) - 2.0) / np.std([1.0, 2.0, 3.0])
    assert np.allclose(X.loc["m1", col].to_numpy(), z)
    assert np.allclose(X.loc["m2", col].to_numpy(), (np.array([10, 30, 20]) - 20) / np.std([10, 30, 20]))
    assert np.isnan(X.loc[("m1", 2), ("event_rate", "t", "all")])  # cell 2 missing in session t
    assert y.tolist() == [0, 1, 0, 1, 0, 1]
    raw, _ = feature_matrix(tidy, labels, normalize=None)
    assert raw.loc[("m2", 1), col] == 30.0
    with pytest.raises(EngramError, match="normalize must be"):
        feature_matrix(tidy, labels, normalize="global")
