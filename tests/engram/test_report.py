"""The HTML report is self-contained and the figures are drawn."""

import json
import os
import re

from engram.classification import ClassifierParams, classify
from engram.clustering import cluster
from engram.features import feature_matrix
from engram.reporting import write_report
from engram.synchrony_stats import SynchronyParams, synchrony


def test_report_is_self_contained(small_data, tmp_path):
    X, y = feature_matrix(small_data.tidy, small_data.labels, sessions=small_data.sessions)
    c = classify(X, y, ClassifierParams(n_permutations=2, n_estimators=10, n_repeats=1), seed=0)
    s = synchrony(small_data, SynchronyParams(n_permutations=20, n_bootstrap=20), seed=0)
    k = cluster(small_data)
    path = write_report(str(tmp_path), small_data, c, s, k)
    text = open(path, encoding="utf-8").read()
    imgs = re.findall(r'<img [^>]*src="([^"]+)"', text)
    assert len(imgs) == 5 and all(src.startswith("data:image/png;base64,") for src in imgs)
    assert "http://" not in text and "https://" not in text and "<link" not in text and "<script" not in text
    for name in ("session_importance", "null_auc", "synchrony", "enrichment", "correlation_matrix"):
        assert os.path.getsize(tmp_path / f"{name}.png") > 1000
    doc = json.load(open(tmp_path / "results.json"))
    assert doc["classify"]["top_session"] == c.top_session and doc["events"]["used"]
    assert (tmp_path / "synchrony.csv").exists() and (tmp_path / "clusters.csv").exists()
