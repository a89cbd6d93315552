"""``synctool engram`` through click's CliRunner: JSON keys, errors as one line with exit codes."""

import json

import numpy as np
import pytest
from click.testing import CliRunner

from cli import synctool
from engram.io.npz import write_npz
from engram.simulation import simulate, write_dataset
from tests.engram.conftest import small_config


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    sim = simulate(small_config(n_cells=24, duration_s=40.0), seed=7)
    man, lab = write_dataset(sim, str(d), "npz")
    return man, lab, d


def _run(args):
    return CliRunner().invoke(synctool, ["engram", *args])


def _json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_classify_json(files):
    # planted: engram cells fire 2.5x in "conditioning" (small_config); the command must find that session
    man, lab, _ = files
    doc = _json(_run(["classify", man, "--labels", lab, "--json", "--permutations", "2", "--seed", "1", "--trees", "10"]))
    assert doc["top_session"] == "conditioning"
    imp = {d["session"]: d["importance"] for d in doc["session_importances"]}
    assert imp["conditioning"] > 3 * max(v for k, v in imp.items() if k != "conditioning")
    assert doc["auc"] > 0.8 and doc["p_value"] == pytest.approx(1 / 3)  # the smallest p of 2 permutations
    assert doc["n_permutations"] == 2 and doc["n_mice"] == 3 and doc["n_cells"] == 72
    assert doc["events"]["used"] == {"threshold+file": 12}
    # the command reports what the library computes from the same files and seed
    from engram.classification import ClassifierParams, classify
    from engram.features import feature_matrix
    from engram.io.manifest import read_labels, read_manifest
    from engram.pipeline import run

    data = run(read_manifest(man), read_labels(lab))
    X, y = feature_matrix(data.tidy, data.labels, sessions=data.sessions)
    res = classify(X, y, ClassifierParams(n_permutations=2, n_estimators=10), seed=1)
    assert doc["auc"] == res.auc and doc["importances"] == json.loads(json.dumps(list(res.importances)))


def test_synchrony_and_cluster_json(files):
    # planted: co-activation of engram cells in "recall" only
    man, lab, _ = files
    doc = _json(_run(["synchrony", man, "--labels", lab, "--json", "--permutations", "50"]))
    rows = {r["session"]: r for r in doc["sessions"]}
    assert [r["session"] for r in doc["sessions"]] == ["novel", "conditioning", "recall", "neutral"]
    rec = rows["recall"]
    assert rec["engram_mean_r"] > rec["other_mean_r"] + 0.05 and rec["difference_ci"][0] > 0
    assert rec["p_value"] == pytest.approx(1 / 51) and rec["p_value_matched"] == pytest.approx(1 / 51)
    for name in ("novel", "conditioning", "neutral"):
        assert rows[name]["p_value_matched"] > 0.05, name
    doc = _json(_run(["cluster", man, "--labels", lab, "--json", "--n-clusters", "3"]))
    best = {}
    for c in doc["clusters"]:
        best[c["session"]] = min(best.get(c["session"], 1.0), c["q_value"])
    assert best["recall"] < 0.05 and all(best[s] > 0.05 for s in ("novel", "conditioning", "neutral"))
    assert {(r["session_a"], r["session_b"]) for r in doc["stability"]} == {
        ("novel", "conditioning"), ("conditioning", "recall"), ("recall", "neutral")}


def test_report_and_text_output(files, tmp_path):
    man, lab, _ = files
    res = _run(["report", man, "--labels", lab, "--out", str(tmp_path / "rep"), "--permutations", "2",
                "--sync-permutations", "20", "--trees", "10"])
    assert res.exit_code == 0, res.output
    assert "most important session" in res.output and (tmp_path / "rep" / "report.html").exists()


def test_demo_json_and_data_files(tmp_path):
    # what the analyses found must match the planted truth the demo reports
    doc = _json(_run(["demo", "--json", "--mice", "2", "--permutations", "1", "--sync-permutations", "20",
                      "--trees", "10", "--out", str(tmp_path), "--data-format", "npz"]))
    truth = doc["truth"]
    assert doc["classify"]["top_session"] == truth["rate_session"]
    sync = {r["session"]: r for r in doc["synchrony"]["sessions"]}
    assert set(truth["ensemble_sessions"]) < set(sync)
    for name, row in sync.items():
        if name in truth["ensemble_sessions"]:
            assert row["difference"] > 0.03 and row["p_value"] == pytest.approx(1 / 21), name
        else:
            assert row["p_value_matched"] > 0.05, name
    q = {}
    for c in doc["cluster"]["clusters"]:
        q[c["session"]] = min(q.get(c["session"], 1.0), c["q_value"])
    assert {s for s, v in q.items() if v < 0.05} == set(truth["ensemble_sessions"])
    assert (tmp_path / "data" / "manifest.csv").exists() and (tmp_path / "report.html").exists()


def test_user_errors_are_one_line_exit_1(files, tmp_path):
    man, lab, d = files
    res = _run(["classify", man, "--labels", str(tmp_path / "missing.csv")])
    assert res.exit_code == 1 and "Error: " in res.output and "labels file does not exist" in res.output
    assert isinstance(res.exception, SystemExit) and "Traceback" not in res.output
    # a transposed file in an otherwise good manifest
    bad = tmp_path / "bad"
    import shutil

    shutil.copytree(d, bad)
    write_npz(str(bad / "m1" / "novel.npz"), np.zeros((800, 24), dtype=np.float32), 20.0)
    res = _run(["synchrony", str(bad / "manifest.csv"), "--labels", lab])
    assert res.exit_code == 1 and "novel.npz: traces has shape (800, 24)" in res.output
    assert len(res.output.strip().splitlines()) == 1


def test_usage_errors_exit_2(files):
    man, lab, _ = files
    assert _run(["classify", man, "--labels", lab, "--bin-s", "0"]).exit_code == 2
    assert _run(["classify", man]).exit_code == 2  # --labels is required
    assert _run(["demo", "--data-format", "npz"]).exit_code == 2  # needs --out


def test_skip_invalid_drops_with_warning_and_notes(files, tmp_path):
    import shutil

    man, lab, d = files
    bad = tmp_path / "nan"
    shutil.copytree(d, bad)
    with np.load(bad / "m2" / "recall.npz") as z:
        arrays = {k: z[k] for k in z.files}
    arrays["traces"][3, 100:103] = np.nan
    np.savez(bad / "m2" / "recall.npz", **arrays)
    res = _run(["cluster", str(bad / "manifest.csv"), "--labels", lab])
    assert res.exit_code == 1 and "recall.npz: 3 frame(s) with NaN/inf values (first at frame 100)" in res.output
    res = _run(["cluster", str(bad / "manifest.csv"), "--labels", lab, "--json", "--skip-invalid"])
    doc = _json(res)
    assert any("recall.npz: dropped 3 frame(s)" in n for n in doc["notes"])
    assert "dropped 3 frame(s)" in res.stderr
