"""Tests of the Necker-cube experiment: stimuli, switch detection and duration fits on synthetic
series with known durations, the presenter on a tiny DSNN, and ``synctool necker`` end to end."""

import copy
import json
import os

import numpy as np
import pytest
from click.testing import CliRunner

from cli import synctool
from stochnet.exceptions import StochNetError
from stochnet.experiments import necker as necker_module
from stochnet.experiments import necker_analysis
from stochnet.experiments import stats as stats_module
from stochnet.experiments.necker import NeckerPresenter, cube_training_set, necker_experiment, render_cube
from stochnet.experiments.stats import (
    analyze_alternation,
    detect_switches,
    dominance_durations,
    fit_durations,
    smooth,
)


# ------------------------------------------------------------------ stimuli
def test_cube_drawings_differ_by_the_hidden_edges():
    a, b, amb = (render_cube(k, 16) for k in ("A", "B", "ambiguous"))
    assert set(np.unique(amb)) == {0.0, 1.0}
    np.testing.assert_array_equal(np.maximum(a, b), amb)  # the wire frame is the union of both drawings
    assert np.all(a <= amb) and np.all(b <= amb)
    only_a, only_b = (a > 0) & (b == 0), (b > 0) & (a == 0)
    assert only_a.sum() > 5 and only_b.sum() > 5
    assert only_a.sum() == only_b.sum()  # mirror-symmetric drawing: the cues have equal size
    dimmed = render_cube("ambiguous", 16, contrast_a=1.0, contrast_b=0.4)
    np.testing.assert_allclose(dimmed[only_b], 0.4)
    np.testing.assert_allclose(dimmed[only_a], 1.0)


def test_cube_errors():
    with pytest.raises(StochNetError, match="kind"):
        render_cube("C")
    with pytest.raises(StochNetError, match="size"):
        render_cube("A", size=4)
    with pytest.raises(StochNetError, match="contrast_b"):
        render_cube("ambiguous", contrast_b=1.5)


def test_training_set():
    X, y = cube_training_set(5, 12, flip_probability=0.0, max_shift=0, seed=0)
    assert X.shape == (10, 144)
    np.testing.assert_array_equal(X[0], render_cube("A", 12).ravel())
    np.testing.assert_array_equal(X[9], render_cube("B", 12).ravel())
    np.testing.assert_array_equal(y, [0] * 5 + [1] * 5)


# ------------------------------------------------------------------ switch detection
def test_smooth_matches_convolution():
    x = np.random.default_rng(0).normal(size=50)
    s = smooth(x, 5)
    np.testing.assert_allclose(s[2:-2], np.convolve(x, np.ones(5) / 5, mode="valid"))
    assert s[0] == pytest.approx(x[:3].mean())
    np.testing.assert_array_equal(smooth(x, 1), x)


def test_hysteresis_ignores_flicker_inside_the_band():
    sig = np.array([0, 0.6, 0.2, -0.2, 0.4, -0.6, -0.1, 0.1, -0.4, 0.7, 0.0])
    percept, sw = detect_switches(sig, 0.5)
    np.testing.assert_array_equal(percept, [0, 1, 1, 1, 1, -1, -1, -1, -1, 1, 1])
    np.testing.assert_array_equal(sw, [5, 9])
    d, which = dominance_durations(percept, sw)
    np.testing.assert_array_equal(d, [4])
    np.testing.assert_array_equal(which, [-1])


def _synthetic_alternation(durations, flicker, rng):
    """+-1 epochs of the given lengths, each sample flipped with probability ``flicker``."""
    signs = np.resize([1.0, -1.0], durations.size)
    x = np.repeat(signs, durations.astype(int))
    flips = rng.random(x.size) < flicker
    x[flips] *= -1
    return x


def test_known_durations_are_recovered():
    rng = np.random.default_rng(1)
    true = np.round(rng.gamma(4.0, 15.0, size=400)) + 5
    # flicker 5 %: a false switch needs >= 6 of 9 samples flipped (~1e-6 per window), and a
    # switch is entered once >= 6 of the 9 samples agree with the new epoch
    x = _synthetic_alternation(true, 0.05, rng)
    a = analyze_alternation(x, window=9, threshold=0.3)
    # interior durations (first and last epochs are censored)
    assert a.durations.size == true.size - 2
    err = a.durations - true[1:-1]
    assert np.mean(np.abs(err) <= 2) > 0.97
    assert abs(err.sum()) <= 4  # errors do not accumulate: switch times stay anchored


@pytest.mark.parametrize("shape", [1.0, 4.0])
def test_gamma_fit_recovers_shape_from_detected_switches(shape):
    rng = np.random.default_rng(2)
    true = np.round(rng.gamma(shape, 40.0 / shape, size=1200)) + 15  # epochs long enough to detect
    x = _synthetic_alternation(true, 0.05, rng)
    a = analyze_alternation(x, window=9, threshold=0.3)
    assert a.durations.size == true.size - 2
    fit = fit_durations(a.durations, n_boot=200, seed=0)
    ref = fit_durations(true[1:-1], n_boot=0)
    assert fit.gamma_shape == pytest.approx(ref.gamma_shape, rel=0.08)
    assert fit.gamma_shape_ci[0] < ref.gamma_shape < fit.gamma_shape_ci[1]
    if shape == 4.0:
        assert fit.gamma_shape_ci[0] > 2.5
        assert fit.ks_pvalue_exponential < 1e-6
        assert fit.best_by_aic in ("gamma", "lognormal")


def test_fit_durations_on_exact_samples():
    rng = np.random.default_rng(3)
    d = rng.gamma(3.0, 10.0, size=3000)
    fit = fit_durations(d, n_boot=100, seed=1)
    assert fit.gamma_shape == pytest.approx(3.0, rel=0.06)  # sd of the MLE at n=3000 is ~ 0.075
    assert fit.gamma_scale == pytest.approx(10.0, rel=0.07)
    assert fit.gamma_shape_ci[0] < fit.gamma_shape < fit.gamma_shape_ci[1]
    assert fit.ks_pvalue_gamma > 0.01
    assert fit.ks_pvalue_exponential < 1e-10
    assert fit.best_by_aic == "gamma"
    e = fit_durations(rng.exponential(5.0, size=3000), n_boot=0)
    assert e.gamma_shape == pytest.approx(1.0, abs=0.06)
    assert e.ks_pvalue_exponential > 0.01
    json.dumps(fit.to_dict())


@pytest.mark.parametrize("bad, match", [([1.0, 2.0], "at least 3"), ([1.0, -2.0, 3.0], "positive"),
                                        ([2.0, 2.0, 2.0], "all durations are equal")])
def test_fit_durations_errors(bad, match):
    with pytest.raises(StochNetError, match=match):
        fit_durations(bad)


# ------------------------------------------------------------------ presenter on a tiny DSNN
@pytest.fixture(scope="module")
def tiny_dsnn():
    from stochnet.dsnn import DSNNClassifier

    X, y = cube_training_set(8, 10, seed=0)
    return DSNNClassifier(hidden_layer_sizes=(5,), n_sweeps=5, input_coding="onoff", random_state=0).fit(X, y)


def test_presenter_frozen_keeps_synapses(tiny_dsnn):
    clf = copy.deepcopy(tiny_dsnn)
    before = [w.copy() for w in clf.chain_.w]
    n_copies = clf.chain_.n_copies
    p = NeckerPresenter(clf, render_cube("ambiguous", 10).ravel(), n_probes=3, plastic=False, seed=0)
    sig = p.run(30)
    assert sig.shape == (30, 3)
    assert np.all(np.abs(sig) <= 1)
    for a, b in zip(before, clf.chain_.w):
        np.testing.assert_array_equal(a, b)
    assert clf.chain_.n_copies == n_copies


def test_presenter_plastic_samples_synapses_and_is_reproducible(tiny_dsnn):
    sigs = []
    for _ in range(2):
        clf = copy.deepcopy(tiny_dsnn)
        n_copies = clf.chain_.n_copies
        before = [w.copy() for w in clf.chain_.w]
        p = NeckerPresenter(clf, render_cube("ambiguous", 10).ravel(), n_probes=2, plastic=True, seed=4)
        sigs.append(p.run(30))
        assert clf.chain_.n_copies == n_copies + 2
        # training copies keep their labels clamped, the probes' outputs are free
        np.testing.assert_array_equal(clf.chain_.x[-1][:n_copies], clf.chain_.clamp_x_out[:n_copies])
        assert any(not np.array_equal(a, b) for a, b in zip(before, clf.chain_.w))
    np.testing.assert_array_equal(sigs[0], sigs[1])
    assert len(np.unique(sigs[0])) > 1  # the free outputs do fluctuate


def test_presenter_errors(tiny_dsnn):
    with pytest.raises(StochNetError, match="n_probes"):
        NeckerPresenter(copy.deepcopy(tiny_dsnn), render_cube("ambiguous", 10).ravel(), n_probes=0)


# ------------------------------------------------------------------ command line
def test_cli_necker_small(tmp_path):
    out = tmp_path / "necker.png"
    r = CliRunner().invoke(synctool, [
        "necker", "--size", "10", "--n-per-class", "8", "--hidden", "5", "--population", "2", "--train-sweeps", "4",
        "--probes", "2", "--min-durations", "3", "--chunk-sweeps", "60", "--max-sweeps", "120", "--window", "3",
        "--checkpoints", "2", "--emergence-sweeps", "20", "--levelt", "1,0.5", "--levelt-sweeps", "20",
        "--boot", "10", "--gof", "20", "--temperature", "1.5", "--noise", "0.05", "--seed", "3", "--json",
        "--plot", str(out)])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    # the command runs the library experiment with exactly the options it was given
    ref = necker_experiment(size=10, n_per_class=8, hidden_layer_sizes=(5,), output_population=2, train_sweeps=4,
                            n_probes=2, min_durations=3, chunk_sweeps=60, max_sweeps=120, window=3, threshold=0.3,
                            checkpoints=(2,), emergence_sweeps=20, levelt_contrasts=(1.0, 0.5), levelt_sweeps=20,
                            n_boot=10, n_gof=20, temperature=1.5, presentation_noise=0.05, seed=3)
    expected = json.loads(json.dumps(ref.to_dict(), default=stats_module.json_default))
    doc.pop("seconds")
    expected.pop("seconds")
    assert doc == expected
    # and the numbers in it are those of its own durations
    assert doc["n_durations"] == ref.durations.size >= 3
    assert doc["gamma_shape"] == pytest.approx(stats_module.gamma_mle(ref.durations)[0], rel=1e-9)
    assert doc["switch_rate_per_1000_sweeps"] == pytest.approx(1000 * doc["n_switches"] / (doc["n_sweeps_presented"] * 2))
    assert doc["params"]["temperature"] == 1.5 and doc["params"]["presentation_noise"] == 0.05
    assert doc["params"]["dsnn"]["hidden_layer_sizes"] == [5]
    assert [e["train_sweeps"] for e in doc["emergence"]] == [2]
    assert [e["contrast_b"] for e in doc["levelt"]] == [1.0, 0.5]
    assert out.stat().st_size > 0


@pytest.mark.parametrize("args, message", [
    (["--levelt", "1,2"], "contrasts must lie in [0, 1]"),
    (["--checkpoints", "-1"], "non-negative integers"),
    (["--checkpoints", "1.5"], "non-negative integers"),
    (["--hidden", "x"], "comma-separated numbers"),
])
def test_cli_necker_usage_errors(args, message):
    r = CliRunner().invoke(synctool, ["necker", *args])
    assert r.exit_code == 2
    assert message in r.output
    assert isinstance(r.exception, SystemExit)


# ------------------------------------------------------------------ emergence control
def test_emergence_includes_the_untrained_control():
    # a model big enough to generalise over the jittered drawings (the tiny one stays near 0.65)
    res = necker_experiment(**{**_TINY, "size": 16, "n_per_class": 12, "hidden_layer_sizes": (8,),
                               "train_sweeps": 10}, seed=5)
    rows = res.emergence
    assert [r["train_sweeps"] for r in rows] == [0, 2, 4]
    # the untrained model (the control) does not tell A from B; training does (seeded; measured
    # 0.5 and 0.875 on the 24 held-out drawings)
    assert rows[0]["accuracy_test"] <= 0.6
    assert res.test_accuracy >= 0.8
    for r in rows:
        assert 0.0 <= r["mean_abs_signal"] <= 1.0
        assert r["switch_rate_per_1000_sweeps"] >= 0 and r["switch_rate_shuffled_per_1000_sweeps"] >= 0
        assert set(r["frozen"]) >= {"switch_rate_per_1000_sweeps", "mean_abs_signal", "fraction_undecided"}
    with pytest.raises(StochNetError, match="checkpoints"):
        necker_experiment(**{**_TINY, "checkpoints": (-1,)}, seed=5)


def test_shuffled_switch_rate_separates_epochs_from_flicker():
    rng = np.random.default_rng(0)
    flicker = np.where(rng.random((4000, 2)) < 0.5, 1.0, -1.0)  # memoryless: order does not matter
    observed = necker_analysis.analyze_signal(flicker, 9, 0.3)["n_switches"]
    shuffled = necker_analysis.shuffled_switch_rate(flicker, 9, 0.3, seed=0) * flicker.size / 1000.0
    assert 0.75 < observed / shuffled < 1.33
    epochs = _synthetic_alternation(np.full(40, 50.0), 0.1, rng)  # persistent percepts, same values
    sig = np.column_stack([epochs, epochs[::-1]])
    observed = necker_analysis.analyze_signal(sig, 9, 0.3)["n_switches"]
    shuffled = necker_analysis.shuffled_switch_rate(sig, 9, 0.3, seed=0) * sig.size / 1000.0
    assert observed == 2 * 39
    assert shuffled > 2 * observed


# ------------------------------------------------------------------ resumable runs
_TINY = dict(size=10, n_per_class=8, hidden_layer_sizes=(5,), output_population=2, train_sweeps=6, n_probes=2,
             min_durations=10**6, chunk_sweeps=20, max_sweeps=80, window=3, threshold=0.2, checkpoints=(0, 2, 4),
             emergence_sweeps=15, levelt_contrasts=(1.0, 0.5), levelt_sweeps=15, n_boot=10, n_gof=10)


class _Interrupted(Exception):
    pass


def _same(a, b):
    da, db = a.to_dict(), b.to_dict()
    da.pop("seconds")
    db.pop("seconds")
    assert da == db
    np.testing.assert_array_equal(a.signal, b.signal)
    np.testing.assert_array_equal(a.durations, b.durations)
    np.testing.assert_array_equal(a.which, b.which)


def _stored_state(path):
    with np.load(path, allow_pickle=False) as data:
        return json.loads(str(data["state_json"]))


@pytest.mark.parametrize("plastic", [True, False])
def test_interrupted_run_resumes_to_the_identical_result(tmp_path, plastic):
    kw = dict(_TINY, plastic=plastic, seed=11)
    ref = necker_experiment(**kw)
    assert ref.n_sweeps_presented == 80 and ref.signal.shape == (80, 2)
    ck = tmp_path / "necker.ck"
    seen = []

    def stop_when(pred):
        def cb(phase, done, total):
            seen.append(phase)
            if pred(phase, done, total):
                raise _Interrupted
        return cb

    # 1. during the second emergence presentation: checkpoint 0 is stored
    with pytest.raises(_Interrupted):
        necker_experiment(**kw, checkpoint=ck, callback=stop_when(lambda p, d, t: p.startswith("emergence@2")))
    st = _stored_state(ck)
    assert st["stage"] == "train" and [r["train_sweeps"] for r in st["emergence"]] == [0]
    # 2. after the training phase (in the first Levelt condition)
    seen.clear()
    with pytest.raises(_Interrupted):
        necker_experiment(**kw, checkpoint=ck, callback=stop_when(lambda p, d, t: p.startswith("levelt")))
    assert not any(p.startswith("emergence@0") for p in seen)  # finished work is skipped
    st = _stored_state(ck)
    assert st["stage"] == "levelt" and st["train_done"] == 6 and st["levelt"] == []
    # 3. after two presentation chunks (in the third)
    chunks = []

    def after_two_chunks(p, d, t):
        if p == "present" and d == t:
            chunks.append(d)
        return p == "present" and len(chunks) == 2 and d == 1 or (p == "present" and len(chunks) > 2)

    seen.clear()
    with pytest.raises(_Interrupted):
        necker_experiment(**kw, checkpoint=ck, callback=stop_when(after_two_chunks))
    assert not any(p == "train" or p.startswith("emergence") for p in seen)
    st = _stored_state(ck)
    assert st["stage"] == "present" and st["n_run"] == 40 and len(st["levelt"]) == 2
    # 4. to the end
    seen.clear()
    res = necker_experiment(**kw, checkpoint=ck, callback=stop_when(lambda p, d, t: False))
    assert set(seen) == {"present"} and len(seen) == 40  # only the two missing chunks were run
    _same(ref, res)
    # a finished checkpoint gives the result again without presenting anything
    seen.clear()
    _same(ref, necker_experiment(**kw, checkpoint=ck, callback=stop_when(lambda p, d, t: False)))
    assert seen == []
    assert [f for f in os.listdir(tmp_path) if f.endswith(".tmp")] == []


def test_repeated_interruptions_anywhere(tmp_path):
    kw = dict(_TINY, seed=12, checkpoints=(0, 3))
    ref = necker_experiment(**kw)
    ck = tmp_path / "necker.ck"
    calls = [0]

    def cb(phase, done, total):
        calls[0] += 1
        if calls[0] % 37 == 0:  # every unit of work has fewer than 37 callback events
            raise _Interrupted

    for n_interruptions in range(100):
        try:
            res = necker_experiment(**kw, checkpoint=ck, callback=cb)
            break
        except _Interrupted:
            pass
    assert n_interruptions > 5
    _same(ref, res)


def test_checkpoint_with_other_parameters_is_refused(tmp_path):
    ck = tmp_path / "necker.ck"
    necker_experiment(**_TINY, seed=1, checkpoint=ck)
    before = ck.read_bytes()
    with pytest.raises(StochNetError, match=r"necker\.ck: checkpoint was made with different parameters "
                                            r"\(train_sweeps: 6 in the file, 7 now\)"):
        necker_experiment(**{**_TINY, "train_sweeps": 7}, seed=1, checkpoint=ck)
    with pytest.raises(StochNetError, match="seed: 1 in the file, 2 now"):
        necker_experiment(**_TINY, seed=2, checkpoint=ck)
    assert ck.read_bytes() == before  # a refused file is left alone


def test_corrupt_checkpoint_is_refused(tmp_path):
    ck = tmp_path / "necker.ck"
    necker_experiment(**{**_TINY, "max_sweeps": 20}, seed=1, checkpoint=ck)
    good = ck.read_bytes()
    cases = {
        "garbage": (b"not a checkpoint at all" * 10, "corrupt or unreadable necker checkpoint"),
        "truncated": (good[: len(good) // 2], "corrupt or unreadable necker checkpoint"),
    }
    for name, (content, message) in cases.items():
        bad = tmp_path / f"{name}.ck"
        bad.write_bytes(content)
        with pytest.raises(StochNetError, match=message) as info:
            necker_experiment(**{**_TINY, "max_sweeps": 20}, seed=1, checkpoint=bad)
        assert str(bad) in str(info.value) and "\n" not in str(info.value)
    foreign = tmp_path / "foreign.ck"
    with open(foreign, "wb") as fh:
        np.savez(fh, x=np.arange(3))
    with pytest.raises(StochNetError, match="not a necker checkpoint"):
        necker_experiment(**_TINY, seed=1, checkpoint=foreign)
    with np.load(ck, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["format_version"] = np.array(99)
    newer = tmp_path / "newer.ck"
    with open(newer, "wb") as fh:
        np.savez(fh, **arrays)
    with pytest.raises(StochNetError, match="format version 99 is not supported"):
        necker_experiment(**{**_TINY, "max_sweeps": 20}, seed=1, checkpoint=newer)
    arrays["format_version"] = np.array(necker_module.CHECKPOINT_FORMAT_VERSION)
    arrays["model"] = arrays["model"][:100]
    damaged = tmp_path / "damaged.ck"
    with open(damaged, "wb") as fh:
        np.savez(fh, **arrays)
    with pytest.raises(StochNetError, match="corrupt necker checkpoint"):
        necker_experiment(**{**_TINY, "max_sweeps": 20}, seed=1, checkpoint=damaged)
    with pytest.raises(StochNetError, match="does not exist"):
        necker_experiment(**_TINY, seed=1, checkpoint=tmp_path / "no" / "such" / "dir.ck")


def test_checkpoint_write_is_atomic(tmp_path, monkeypatch):
    ck = tmp_path / "necker.ck"

    def stop_in_levelt(phase, done, total):
        if phase.startswith("levelt"):
            raise _Interrupted

    with pytest.raises(_Interrupted):
        necker_experiment(**_TINY, seed=4, checkpoint=ck, callback=stop_in_levelt)
    before = ck.read_bytes()

    def crash(fd):
        raise _Interrupted  # the process dies while the new state is being written

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(_Interrupted):
        necker_experiment(**_TINY, seed=4, checkpoint=ck)
    monkeypatch.undo()
    assert ck.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["necker.ck"]
    _same(necker_experiment(**_TINY, seed=4), necker_experiment(**_TINY, seed=4, checkpoint=ck))


_CLI_TINY = ["necker", "--size", "10", "--n-per-class", "8", "--hidden", "5", "--population", "2",
             "--train-sweeps", "6", "--probes", "2", "--min-durations", "1000000", "--chunk-sweeps", "20",
             "--max-sweeps", "60", "--window", "3", "--threshold", "0.2", "--checkpoints", "0,2,4",
             "--emergence-sweeps", "15", "--levelt", "1,0.5", "--levelt-sweeps", "15", "--boot", "10",
             "--gof", "10", "--seed", "7", "--json"]


def test_cli_checkpoint_end_to_end(tmp_path):
    runner = CliRunner()
    plain = runner.invoke(synctool, _CLI_TINY)
    assert plain.exit_code == 0, plain.output
    ref = json.loads(plain.output)
    assert [e["train_sweeps"] for e in ref["emergence"]] == [0, 2, 4]
    # interrupt a run with the options the command passes, then resume it from the command line
    ck = tmp_path / "necker.ck"
    kw = dict(_TINY, max_sweeps=60, seed=7, hidden_layer_sizes=(5,), checkpoints=[0, 2, 4], levelt_contrasts=[1.0, 0.5])
    done = []

    def stop_after_one_chunk(phase, k, total):
        if phase == "present" and k == total:
            done.append(k)
        if len(done) == 1 and phase == "present" and k < total:
            raise _Interrupted

    with pytest.raises(_Interrupted):
        necker_experiment(**kw, checkpoint=ck, callback=stop_after_one_chunk)
    assert _stored_state(ck)["n_run"] == 20
    resumed = runner.invoke(synctool, [*_CLI_TINY, "--checkpoint", str(ck)])
    assert resumed.exit_code == 0, resumed.output
    doc = json.loads(resumed.output)
    ref.pop("seconds")
    doc.pop("seconds")
    assert doc == ref
    # other options with the same file: one-line error, exit 1, no traceback
    other = runner.invoke(synctool, [*_CLI_TINY, "--train-sweeps", "5", "--checkpoint", str(ck)])
    assert other.exit_code == 1
    assert isinstance(other.exception, SystemExit)
    assert "different parameters" in other.output and "train_sweeps: 6 in the file, 5 now" in other.output
    assert "Traceback" not in other.output and len(other.output.strip().splitlines()) == 1
    bad = tmp_path / "bad.ck"
    bad.write_bytes(b"\x00garbage")
    broken = runner.invoke(synctool, [*_CLI_TINY, "--checkpoint", str(bad)])
    assert broken.exit_code == 1 and isinstance(broken.exception, SystemExit)
    assert f"Error: {bad}: corrupt or unreadable necker checkpoint" in broken.output


# ------------------------------------------------------------------ presentation conditions
def test_temperature_scales_the_neuron_inputs_and_leaves_the_weights(tiny_dsnn):
    img = render_cube("ambiguous", 10).ravel()
    clf = copy.deepcopy(tiny_dsnn)
    w_before = [w.copy() for w in clf.chain_.w]
    hot = NeckerPresenter(clf, img, n_probes=4, plastic=False, temperature=1e9, seed=1)
    firing = []
    for _ in range(150):
        hot.run(1)
        firing.append(hot._chain.x[1].mean())  # hidden neurons of the probes
        firing.append(hot._chain.x[-1].mean())  # their outputs
    # inputs divided by 1e9: every conditional is 1/2 (4 probes x (5 + 4) neurons x 150 sweeps)
    assert np.mean(firing) == pytest.approx(0.5, abs=0.03)
    for a, b in zip(w_before, clf.chain_.w):
        np.testing.assert_array_equal(a, b)  # the scaled weights never leak into the model
    one = NeckerPresenter(copy.deepcopy(tiny_dsnn), img, n_probes=2, plastic=False, temperature=1.0, seed=2).run(40)
    default = NeckerPresenter(copy.deepcopy(tiny_dsnn), img, n_probes=2, plastic=False, seed=2).run(40)
    np.testing.assert_array_equal(one, default)
    with pytest.raises(StochNetError, match="temperature"):
        NeckerPresenter(copy.deepcopy(tiny_dsnn), img, temperature=0.0)


def test_presentation_noise_flips_the_stated_fraction_of_pixels(tiny_dsnn):
    img = render_cube("ambiguous", 10).ravel()
    assert tiny_dsnn.input_coding == "onoff"
    p = NeckerPresenter(copy.deepcopy(tiny_dsnn), img, n_probes=3, plastic=False, presentation_noise=0.2, seed=3)
    clean = p._stimulus.copy()
    flipped = []
    for _ in range(100):
        p.run(1)
        inputs = p._chain.x[0]
        np.testing.assert_array_equal(np.isclose(inputs, clean) | np.isclose(inputs, 1 - clean), True)
        # ON/OFF coding: an inverted pixel swaps its ON and OFF values, so OFF stays 1 - ON
        n = inputs.shape[1] // 2
        np.testing.assert_allclose(inputs[:, n:], 1.0 - inputs[:, :n])
        flipped.append(np.mean(~np.isclose(inputs, clean)))
    assert np.mean(flipped) == pytest.approx(0.2, abs=0.01)  # 3 x 100 x 100 pixels
    assert np.std(flipped) > 0  # drawn afresh every sweep
    with pytest.raises(StochNetError, match="presentation_noise"):
        NeckerPresenter(copy.deepcopy(tiny_dsnn), img, presentation_noise=0.7)


def test_noisy_hot_run_resumes_to_the_identical_result(tmp_path):
    kw = dict(_TINY, seed=13, temperature=1.5, presentation_noise=0.1, checkpoints=(0,), levelt_contrasts=(0.5,))
    ref = necker_experiment(**kw)
    ck = tmp_path / "necker.ck"
    chunks = []

    def stop_in_third_chunk(phase, done, total):
        if phase == "present" and done == total:
            chunks.append(done)
        if phase == "present" and len(chunks) == 2 and done == 3:
            raise _Interrupted

    with pytest.raises(_Interrupted):
        necker_experiment(**kw, checkpoint=ck, callback=stop_in_third_chunk)
    assert _stored_state(ck)["n_run"] == 40
    _same(ref, necker_experiment(**kw, checkpoint=ck))
    other = necker_experiment(**{**kw, "presentation_noise": 0.0})
    assert not np.array_equal(other.signal, ref.signal)  # the noise does change the presentation
