"""Tests of the forgetting experiment: relaxation fits and intervals on synthetic curves with known
time constants, one tiny run, and ``synctool forget`` end to end."""

import json

import numpy as np
import pytest
from click.testing import CliRunner

from cli import synctool
from stochnet.exceptions import StochNetError
from stochnet.experiments.forgetting import forgetting_experiment, run_forgetting
from stochnet.experiments.stats import fit_relaxation, mean_ci, ratio_ci


@pytest.mark.parametrize("tau, y0, y_inf", [(5.0, 0.1, 0.9), (40.0, 0.9, 0.1), (0.7, 0.8, 0.2)])
def test_relaxation_recovers_tau(tau, y0, y_inf):
    rng = np.random.default_rng(0)
    t = np.arange(0, 120, dtype=float)
    y = y_inf + (y0 - y_inf) * np.exp(-t / tau) + rng.normal(0, 0.01, t.size)
    fit = fit_relaxation(t, y, y_inf_bounds=(0.0, 1.0))
    assert fit.success
    assert fit.tau == pytest.approx(tau, rel=0.1)
    assert fit.y_inf == pytest.approx(y_inf, abs=0.02)


def test_relaxation_without_decay_reports_failure():
    t = np.arange(50, dtype=float)
    y = 0.9 - 1e-4 * t  # towards an asymptote pinned at 0 this is tau ~ 9000, beyond tau_max
    fit = fit_relaxation(t, y, y_inf_bounds=(0.0, 0.0), tau_max=1000.0)
    assert not fit.success and "upper bound" in fit.message


def test_relaxation_errors():
    with pytest.raises(StochNetError, match="t, y"):
        fit_relaxation([0, 1, 2], [1, 2, 3])


def test_mean_and_ratio_intervals():
    m, lo, hi = mean_ci([1.0, 2.0, 3.0])
    # t(0.975, 2) = 4.3027 (standard table); sd = 1, n = 3
    assert (m, lo, hi) == pytest.approx((2.0, 2.0 - 4.3027 / np.sqrt(3), 2.0 + 4.3027 / np.sqrt(3)), rel=1e-4)
    r, lo, hi = ratio_ci([2.0, 4.0, 6.0], [1.0, 2.0, 3.0], seed=0)
    assert r == 2.0 and lo == pytest.approx(2.0) and hi == pytest.approx(2.0)
    r, lo, hi = ratio_ci([2.0, np.nan, 9.0], [1.0, 2.0, 3.0], seed=0)
    assert r == pytest.approx(11.0 / 4.0) and lo < r < hi


@pytest.fixture(scope="module")
def small_data():
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    keep = y < 3
    X, y = X[keep], y[keep]
    return X[:90], y[:90], X[90:150], y[90:150]


def test_run_forgetting_small(small_data):
    run = run_forgetting(data=small_data, hidden_layer_sizes=(6,), acquisition_sweeps=6, forgetting_sweeps=6,
                         seed=0)
    assert run.acquisition_accuracy.shape == (7,) and run.forgetting_accuracy.shape == (7,)
    assert run.acquisition_accuracy[0] == pytest.approx(1 / 3)
    assert run.forgetting_accuracy[0] == run.final_accuracy == run.acquisition_accuracy[-1]
    # the protocol written out by hand (the seeds as run_forgetting draws them): acquisition with
    # the data clamped, then both clamps released; held-out accuracy of the current synapses
    from stochnet.dsnn import EXPERIMENT_DSNN_PARAMS, DSNNClassifier

    Xtr, ytr, Xte, yte = small_data
    _, model_seed = (int(x) for x in np.random.default_rng(0).integers(0, 2**31 - 1, size=2))
    acq, forget = [], []
    assert EXPERIMENT_DSNN_PARAMS == {"n_synapses": 8, "amplitude_scale": 6.0, "n_readout": 60, "n_chains": 1,
                                      "input_coding": "rate"}
    clf = DSNNClassifier(hidden_layer_sizes=(6,), n_sweeps=6, random_state=model_seed,
                         **EXPERIMENT_DSNN_PARAMS).fit(
        Xtr, ytr, callback=lambda m, s: acq.append(m.score(Xte, yte, weights="current")))
    clf.sample_sweeps(6, clamp_inputs=False, clamp_outputs=False,
                      callback=lambda m, s: forget.append(m.score(Xte, yte, weights="current")))
    np.testing.assert_array_equal(run.acquisition_accuracy, [1 / 3, *acq])
    np.testing.assert_array_equal(run.forgetting_accuracy, [acq[-1], *forget])
    fit = fit_relaxation(np.arange(7.0), np.array([acq[-1], *forget]), y_inf_bounds=(0.0, 1.0))
    assert run.tau_forgetting == fit.tau and run.forgetting_fit_ok == fit.success
    assert run.to_dict()["dsnn_params"]["hidden_layer_sizes"] == [6]
    assert run.to_dict()["dsnn_params"]["n_chains"] == 1
    json.dumps(run.to_dict())


def test_forgetting_experiment_small(small_data):
    res = forgetting_experiment(n_seeds=2, seed=1, data=small_data, hidden_layer_sizes=(6,),
                                acquisition_sweeps=5, forgetting_sweeps=5)
    assert len(res.runs) == 2
    assert len({r.seed for r in res.runs}) == 2
    doc = res.to_dict()
    json.dumps(doc)
    assert doc["n_seeds"] == 2
    # the summary is computed from the runs: fits that hit the tau bound are left out pairwise
    ta = np.array([r.tau_acquisition if r.acquisition_fit_ok else np.nan for r in res.runs])
    tf = np.array([r.tau_forgetting if r.forgetting_fit_ok else np.nan for r in res.runs])
    ok = np.isfinite(ta) & np.isfinite(tf)
    assert ok.any()
    assert res.ratio == pytest.approx(tf[ok].mean() / ta[ok].mean())
    assert res.tau_forgetting == pytest.approx(np.nanmean(tf))


def test_forgetting_checkpoint_resumes_without_repeating_work(small_data, tmp_path):
    ckpt = tmp_path / "forget.jsonl"
    kw = dict(n_seeds=2, seed=3, data=small_data, hidden_layer_sizes=(6,), acquisition_sweeps=5,
              forgetting_sweeps=5)
    first = forgetting_experiment(checkpoint=ckpt, **kw)
    assert len(ckpt.read_text().splitlines()) == 2
    # an interrupted run: only the first seed was written, and the second line was torn mid-write
    lines = ckpt.read_text().splitlines()
    ckpt.write_text(lines[0] + "\n" + lines[1][: len(lines[1]) // 2])
    sweeps = []
    resumed = forgetting_experiment(checkpoint=ckpt, callback=sweeps.append, **kw)
    assert [r.to_dict() for r in resumed.runs] == [r.to_dict() for r in first.runs]
    assert resumed.ratio == first.ratio
    calls_for_one_seed = len(sweeps)
    sweeps.clear()
    again = forgetting_experiment(checkpoint=ckpt, callback=sweeps.append, **kw)
    assert len(sweeps) < calls_for_one_seed  # nothing re-run: only progress updates
    assert again.ratio == first.ratio
    # other parameters in the same file are not mixed in
    other = forgetting_experiment(checkpoint=ckpt, **{**kw, "forgetting_sweeps": 6})
    assert all(r.forgetting_accuracy.shape == (7,) for r in other.runs)


def test_forgetting_errors():
    with pytest.raises(StochNetError, match="release"):
        run_forgetting(release="synapses")
    with pytest.raises(StochNetError, match="forgetting_sweeps"):
        run_forgetting(forgetting_sweeps=2)
    with pytest.raises(StochNetError, match="n_seeds"):
        forgetting_experiment(n_seeds=0)


def test_cli_forget_small(tmp_path):
    out = tmp_path / "forget.png"
    r = CliRunner().invoke(synctool, ["forget", "--seeds", "2", "--n-train", "60", "--n-test", "60", "--hidden", "5",
                                      "--acq-sweeps", "4", "--forget-sweeps", "4", "--seed", "2", "--json",
                                      "--plot", str(out)])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    # the command runs the library experiment with the options it was given (digits split included)
    ref = forgetting_experiment(n_seeds=2, seed=2, n_train=60, n_test=60, hidden_layer_sizes=(5,),
                                acquisition_sweeps=4, forgetting_sweeps=4, release="both").to_dict()
    doc.pop("seconds")
    ref.pop("seconds")
    assert doc == json.loads(json.dumps(ref))
    # and its ratio is the ratio of the mean time constants of the fits that converged
    runs = doc["runs"]
    ta = np.array([r["tau_acquisition"] if r["acquisition_fit_ok"] else np.nan for r in runs])
    tf = np.array([r["tau_forgetting"] if r["forgetting_fit_ok"] else np.nan for r in runs])
    ok = np.isfinite(ta) & np.isfinite(tf)
    assert ok.any()
    assert doc["ratio"] == pytest.approx(tf[ok].mean() / ta[ok].mean())
    assert doc["tau_acquisition"] == pytest.approx(mean_ci(ta)[0])
    assert len(runs) == 2 and all(len(r["forgetting_accuracy"]) == 5 for r in runs)
    assert out.stat().st_size > 0


def test_cli_forget_usage_error():
    r = CliRunner().invoke(synctool, ["forget", "--hidden", "0"])
    assert r.exit_code == 2
    assert "positive integers" in r.output
    assert isinstance(r.exception, SystemExit)
