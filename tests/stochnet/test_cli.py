"""``synctool dsnn train`` / ``eval`` through click's CliRunner, including one-line errors."""

import json

import numpy as np
import pytest
from click.testing import CliRunner

from cli import synctool
from tests.stochnet.test_data import _mnist_dir, write_idx

TINY = ["--hidden-layer-sizes", "8", "--n-sweeps", "3", "--max-train", "120", "--n-readout", "2",
        "--eval-every", "1", "--n-synapses", "2", "--output-population", "2"]


def run(args):
    return CliRunner().invoke(synctool, args)


def assert_one_line_error(result, *fragments):
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    for f in fragments:
        assert f in lines[0], lines[0]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("m") / "model.npz"
    res = run(["dsnn", "train", *TINY, "--seed", "1", "--out", str(out), "--json"])
    assert res.exit_code == 0, res.output
    return out, json.loads(res.output)


def test_train_json(trained):
    """The JSON report holds what the library computes for the same split, parameters and seed."""
    from stochnet import DSNNClassifier, load_dataset
    from stochnet.analysis import accuracy_spread

    out, doc = trained
    assert doc["n_sweeps"] == 3 and doc["n_train"] == 120 and doc["n_test"] == 450
    assert doc["hidden_layer_sizes"] == [8]
    assert doc["learning_curve"]["sweeps"] == [1, 2, 3]
    ds = load_dataset("digits", test_size=0.25, seed=1, max_train=120)
    clf = DSNNClassifier(hidden_layer_sizes=(8,), n_sweeps=3, n_readout=2, n_synapses=2,
                         output_population=2, random_state=1).fit(ds.X_train, ds.y_train)
    assert doc["test_accuracy"] == clf.score(ds.X_test, ds.y_test)
    assert doc["train_accuracy"] == clf.score(ds.X_train, ds.y_train)
    spread = accuracy_spread(clf, ds.X_test, ds.y_test)
    assert doc["test_accuracy_spread"]["mean"] == spread.mean
    assert doc["learning_curve"]["test_accuracy_average"][-1] == doc["test_accuracy"]
    assert doc["learning_curve"]["log_likelihood"] == clf.history_["log_likelihood"]
    assert out.exists()


def test_eval_json_matches_train(trained):
    out, doc = trained
    res = run(["dsnn", "eval", str(out), "--json"])
    assert res.exit_code == 0, res.output
    ev = json.loads(res.output)
    assert ev["test_accuracy"] == doc["test_accuracy"]
    assert ev["train_accuracy"] == doc["train_accuracy"]
    assert ev["power_law_exponent"] == doc["power_law_exponent"]
    assert ev["n_sweeps"] == 3


def test_train_input_coding_option(tmp_path, trained):
    """--input-coding reaches the model: rate coding (the default) has one input neuron per
    feature, ON/OFF two."""
    from stochnet import load_dsnn

    out = tmp_path / "onoff.npz"
    res = run(["dsnn", "train", *TINY, "--input-coding", "onoff", "--out", str(out), "--json"])
    assert res.exit_code == 0, res.output
    rate, onoff = load_dsnn(trained[0]), load_dsnn(out)
    assert rate.input_coding == "rate" and rate.chain_.layer_sizes[0] == 64
    assert onoff.input_coding == "onoff" and onoff.chain_.layer_sizes[0] == 128


def test_train_text_and_plot(tmp_path):
    res = run(["dsnn", "train", *TINY, "--plot", str(tmp_path / "f.png")])
    assert res.exit_code == 0, res.output
    assert "test accuracy" in res.output and "power-law exponent" in res.output
    assert (tmp_path / "f.png").stat().st_size > 0


def test_train_resume(tmp_path):
    out = tmp_path / "r.npz"
    first = run(["dsnn", "train", *TINY, "--out", str(out), "--json"])
    assert first.exit_code == 0, first.output
    res = run(["dsnn", "train", *TINY[:2], "--n-sweeps", "5", *TINY[4:], "--out", str(out), "--resume",
               "--json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["n_sweeps"] == 5
    assert doc["learning_curve"]["sweeps"] == [4, 5]


def test_train_idx_directory(tmp_path):
    _mnist_dir(tmp_path)
    # (ON/OFF coding: the case built to leave too few eigenvalues, see below)
    res = run(["dsnn", "train", "--dataset", str(tmp_path), "--hidden-layer-sizes", "4", "--n-sweeps", "2",
               "--input-coding", "onoff", "--json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["n_train"] == 20 and doc["n_test"] == 6
    # 4 hidden units and 6 test images leave too few PCA eigenvalues above zero for the power-law
    # fit: the report says so (None) instead of failing the run
    assert doc["power_law_exponent"] is None and doc["power_law_fit_range"] is None
    text = run(["dsnn", "train", "--dataset", str(tmp_path), "--hidden-layer-sizes", "4", "--n-sweeps", "2",
                "--input-coding", "onoff"])
    assert text.exit_code == 0, text.output
    assert "not fitted (too few eigenvalues above zero)" in text.output


def test_missing_dataset(tmp_path):
    assert_one_line_error(run(["dsnn", "train", "--dataset", str(tmp_path / "none")]),
                          "data set path does not exist")


def test_wrong_idx_magic(tmp_path):
    _mnist_dir(tmp_path)
    write_idx(tmp_path / "train-images-idx3-ubyte", np.zeros((20, 4, 4)), magic=b"\x08\x03\x00\x00")
    assert_one_line_error(run(["dsnn", "train", "--dataset", str(tmp_path)]), "wrong IDX magic number")


def test_truncated_idx(tmp_path):
    _mnist_dir(tmp_path)
    write_idx(tmp_path / "train-labels-idx1-ubyte", np.zeros(20), truncate=3)
    assert_one_line_error(run(["dsnn", "train", "--dataset", str(tmp_path)]), "truncated IDX file")


def test_eval_missing_model(tmp_path):
    assert_one_line_error(run(["dsnn", "eval", str(tmp_path / "m.npz")]), "does not exist")


def test_eval_wrong_version(trained, tmp_path):
    out, _ = trained
    with np.load(out) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["format_version"] = np.array(99)
    np.savez(tmp_path / "v99.npz", **arrays)
    assert_one_line_error(run(["dsnn", "eval", str(tmp_path / "v99.npz")]),
                          "model format version 99 is not supported")


def test_eval_not_a_model(tmp_path):
    (tmp_path / "junk.npz").write_text("hello")
    assert_one_line_error(run(["dsnn", "eval", str(tmp_path / "junk.npz")]), "not a DSNN model file")


def test_bad_hidden_is_usage_error():
    res = run(["dsnn", "train", "--hidden-layer-sizes", "8,x"])
    assert res.exit_code == 2 and "--hidden-layer-sizes" in res.output


def test_resume_needs_out():
    res = run(["dsnn", "train", "--resume"])
    assert res.exit_code == 2 and "--resume needs --out" in res.output


def _damaged(trained, tmp_path, change):
    """A copy of the trained model file with ``change(arrays)`` applied."""
    out, _ = trained
    with np.load(out) as data:
        arrays = {k: data[k] for k in data.files}
    change(arrays)
    path = tmp_path / "damaged.npz"
    np.savez(path, **arrays)
    return str(path)


@pytest.mark.parametrize("change, message", [
    # 3 of the 10 classes left: the output layer no longer matches classes x population
    (lambda a: a.update(classes=a["classes"][:3]), "layer sizes [64, 8, 20] do not match"),
    # the stored layer sizes disagree with the arrays and parameters
    (lambda a: a.update(layer_sizes=np.array([64, 9, 20])), "layer sizes [64, 9, 20] do not match"),
    (lambda a: a.update(w_1=np.full_like(a["w_1"], np.nan)), "'w_1' contains NaN"),
    (lambda a: a.update(x_scale=np.zeros_like(a["x_scale"])), "'x_scale' has entries <= 0"),
    (lambda a: a.update(w_1=a["w_1"][:5]), "'w_1' has shape 5x65, expected 8x65"),
    (lambda a: a.update(w_1=a["w_1"] + 0.5), "'w_1' is not the sum of amplitudes times synapse states"),
    (lambda a: a.update(n_snapshots=np.array(0)), "'n_snapshots' is 0, but 3 sweeps"),
    (lambda a: a.update(snapshots=a["snapshots"][:0]), "'snapshots' has shape 0x"),
    (lambda a: a.update(syn_1=a["syn_1"] * 2), "'syn_1' must hold 0/1 values"),
    (lambda a: a.pop("amps_2"), "missing array (amps_2 is not a file in the archive)"),
])
def test_eval_damaged_model_is_one_line_error(trained, tmp_path, change, message):
    path = _damaged(trained, tmp_path, change)
    assert_one_line_error(run(["dsnn", "eval", path]), path, "damaged DSNN model file", message)


def test_train_options_are_the_python_keywords_with_the_same_defaults():
    """Every DSNNClassifier parameter is a ``dsnn train`` option of the same name and default
    (``random_state`` is ``--seed``)."""
    from stochnet import DSNNClassifier
    from stochnet.cli import train

    options = {p.name: p.default for p in train.params}
    for name, default in DSNNClassifier().get_params().items():
        if name == "random_state":
            assert "seed" in options
            continue
        assert name in options, name
        want = ",".join(str(h) for h in default) if name == "hidden_layer_sizes" else default
        assert options[name] == want, name


def test_train_computes_the_test_spread_once_per_point(tmp_path, monkeypatch):
    """The report takes the last learning-curve point's test-set spread (same model, same numbers)
    instead of reading out every snapshot again; a resumed run with no sweep left computes it."""
    from stochnet import analysis

    calls = []
    real = analysis.accuracy_spread

    def counting(clf, X, y):
        calls.append(X.shape[0])
        return real(clf, X, y)

    monkeypatch.setattr(analysis, "accuracy_spread", counting)
    out = tmp_path / "m.npz"
    res = run(["dsnn", "train", *TINY[:-6], "--eval-every", "2", *TINY[-4:], "--out", str(out), "--json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["learning_curve"]["sweeps"] == [2, 3] and len(calls) == 2
    assert doc["test_accuracy"] == doc["learning_curve"]["test_accuracy_average"][-1]
    calls.clear()
    again = run(["dsnn", "train", *TINY, "--out", str(out), "--resume", "--json"])
    assert again.exit_code == 0, again.output
    assert len(calls) == 1 and json.loads(again.output)["test_accuracy"] == doc["test_accuracy"]
