"""``synctool engram`` through click's CliRunner: JSON keys, errors as one line with exit codes."""

import json

import numpy as np
import pytest
from click.testing import CliRunner

from cli import synctool
from engram.io.npz import write_npz
from engram.simulate import simulate, write_dataset
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
    man, lab, _ = files
    doc = _json(_run(["classify", man, "--labels", lab, "--json", "--permutations", "2", "--seed", "1", "--trees", "10"]))
    assert {"auc", "p_value", "importances", "top_session"} <= doc.keys()
    assert {"feature", "session", "importance"} <= doc["importances"][0].keys()
    assert doc["events"]["used"] == {"threshold+file": 12}


def test_synchrony_and_cluster_json(files):
    man, lab, _ = files
    doc = _json(_run(["synchrony", man, "--labels", lab, "--json", "--permutations", "50"]))
    row = doc["sessions"][0]
    assert {"session", "engram_mean_r", "other_mean_r", "p_value", "p_value_matched"} <= row.keys()
    assert [r["session"] for r in doc["sessions"]] == ["novel", "conditioning", "recall", "neutral"]
    doc = _json(_run(["cluster", man, "--labels", lab, "--json", "--n-clusters", "3"]))
    assert doc["clusters"] and doc["stability"]


def test_report_and_text_output(files, tmp_path):
    man, lab, _ = files
    res = _run(["report", man, "--labels", lab, "--out", str(tmp_path / "rep"), "--permutations", "2",
                "--sync-permutations", "20", "--trees", "10"])
    assert res.exit_code == 0, res.output
    assert "most important session" in res.output and (tmp_path / "rep" / "report.html").exists()


def test_demo_json_and_data_files(tmp_path):
    doc = _json(_run(["demo", "--json", "--mice", "2", "--permutations", "1", "--sync-permutations", "20",
                      "--trees", "10", "--out", str(tmp_path), "--data-format", "npz"]))
    assert doc["truth"]["rate_session"] == "conditioning"
    assert {"classify", "synchrony", "cluster", "report"} <= doc.keys()
    assert (tmp_path / "data" / "manifest.csv").exists()


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
