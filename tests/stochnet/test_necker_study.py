"""Tests of the Necker study (``synctool necker sweep``): grid order, per-point seeds that do not
depend on the schedule, one stored SQLite row per point, reruns that skip stored points, the
emergence table over seeds, the verdict, and the command line."""

import dataclasses
import json
import sqlite3

import pytest
from click.testing import CliRunner

from cli import synctool
from stochnet.exceptions import StochNetError
from stochnet.experiments import necker_study as S
from stochnet.experiments.stats import mean_ci

# every point is a few hundred sweeps of a tiny model
_BASE = dict(size=10, n_per_class=6, hidden_layer_sizes=(4,), output_population=2, train_sweeps=3, n_probes=3,
             min_durations=0, chunk_sweeps=40, max_sweeps=40, window=3, threshold=0.2, levelt_contrasts=(1.0, 0.5),
             levelt_sweeps=40, n_boot=20, n_gof=20)
_CLI_BASE = ["necker", "--size", "10", "--n-per-class", "6", "--hidden", "4", "--population", "2", "--train-sweeps",
             "3", "--probes", "3", "--min-durations", "0", "--chunk-sweeps", "40", "--max-sweeps", "40", "--window", "3",
             "--threshold", "0.2", "--levelt", "1,0.5", "--levelt-sweeps", "40", "--boot", "20", "--gof", "20",
             "--checkpoints", "0,2", "--emergence-sweeps", "20"]


def test_grid_points_order_and_errors():
    pts = S.grid_points({"q0": [-1, 1], "n_synapses": [2, 4]})
    assert [(p["n_synapses"], p["q0"]) for p in pts] == [(2, -1.0), (2, 1.0), (4, -1.0), (4, 1.0)]
    assert all(p["amplitude"] == 6.0 and p["temperature"] == 1.0 and p["presentation_noise"] == 0.0 for p in pts)
    with pytest.raises(StochNetError, match="unknown axes"):
        S.grid_points({"gain": [1]})


def test_point_rows_are_the_experiment_and_do_not_depend_on_the_schedule(tmp_path, monkeypatch):
    study = S.NeckerStudy({"q0": [-1.0, 1.0]}, emergence_seeds=2, emergence_checkpoints=(0, 2),
                          emergence_sweeps=20, base=_BASE, seed=4)
    db = tmp_path / "study.sqlite"
    progress = []
    res = study.run(store=db, scheduler="serial", callback=lambda d, t: progress.append((d, t)))
    assert progress[0] == (0, 4) and progress[-1] == (4, 4)
    assert [p["params"]["q0"] for p in res.points] == [-1.0, 1.0]
    # a point is exactly the Necker experiment with the point's parameters and its derived seed
    p0 = res.points[0]
    ref = S._experiment(p0["params"], p0["seed"], _BASE, checkpoints=()).run().to_dict()
    for key in ("n_durations", "gamma_shape", "gamma_shape_ci", "gof_pvalue_gamma", "best_by_aic", "levelt_ii",
                "switch_rate_per_1000_sweeps"):
        assert p0[key] == ref[key]
    assert ref["params"]["dsnn"]["q0"] == -1.0 and ref["params"]["dsnn"]["amplitude_scale"] == 6.0
    # the emergence table: mean and Student-t interval over the two seeds
    em = res.emergence
    assert [e["train_sweeps"] for e in em] == [0, 2] and em[0]["n_seeds"] == 2
    with sqlite3.connect(db) as con:
        per_seed = [json.loads(r) for (r,) in con.execute("SELECT rows FROM emergence ORDER BY seed")]
        assert con.execute("SELECT COUNT(*) FROM points").fetchone() == (2,)
    rates = [rows[1]["switch_rate_per_1000_sweeps"] for rows in per_seed]
    assert em[1]["switch_rate_per_1000_sweeps"] == pytest.approx(list(mean_ci(rates)))
    # a different schedule (the points alone, in another study object) gives the same rows
    alone = S.NeckerStudy({"q0": [-1.0, 1.0]}, emergence_seeds=0, base=_BASE, seed=4).run(scheduler="serial")
    assert [p["gamma_shape"] for p in alone.points] == [p["gamma_shape"] for p in res.points]
    # a rerun computes nothing: every point is read from the database
    monkeypatch.setattr(S, "run_point", lambda *a: pytest.fail("a stored point was recomputed"))
    monkeypatch.setattr(S, "run_emergence_seed", lambda *a: pytest.fail("a stored seed was recomputed"))
    again = study.run(store=db, scheduler="serial")
    assert again.to_dict()["points"] == res.to_dict()["points"]
    assert again.emergence == res.emergence


def test_other_base_options_are_new_points(tmp_path, monkeypatch):
    db = tmp_path / "study.sqlite"
    S.NeckerStudy({"q0": [0.0]}, emergence_seeds=0, base=_BASE, seed=1).run(store=db, scheduler="serial")
    calls = []
    real = S.run_point
    monkeypatch.setattr(S, "run_point", lambda *a: calls.append(a) or real(*a))
    S.NeckerStudy({"q0": [0.0]}, emergence_seeds=0, base={**_BASE, "window": 4}, seed=1).run(store=db,
                                                                                           scheduler="serial")
    assert len(calls) == 1
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM points").fetchone() == (2,)


def test_verdict_counts_points_by_shape_and_gof():
    rows = [{"params": {"q0": 0.0}, "seed": 1, "gamma_shape": 2.5, "gof_pvalue_gamma": 0.3, "best_by_aic": "gamma",
             "n_durations": 30},
            {"params": {"q0": 1.0}, "seed": 2, "gamma_shape": 2.5, "gof_pvalue_gamma": 0.01, "best_by_aic": "lognormal",
             "n_durations": 100},
            {"params": {"q0": 2.0}, "seed": 3, "gamma_shape": 1.4, "gof_pvalue_gamma": 0.5, "best_by_aic": "gamma",
             "n_durations": 100},
            # too few durations to test anything: neither meeting nor the largest shape
            {"params": {"q0": 4.0}, "seed": 5, "gamma_shape": 21.6, "gof_pvalue_gamma": 0.07, "best_by_aic": "gamma",
             "n_durations": 29},
            {"params": {"q0": 3.0}, "seed": 4, "gamma_shape": None, "n_durations": 0}]
    v = S._verdict(rows)
    assert v["n_meeting"] == 1 and v["points_meeting"] == [{"q0": 0.0, "seed": 1}]
    assert v["n_fitted"] == 4 and v["n_too_few_durations"] == 1
    assert v["n_gamma_rejected"] == 1 and v["max_gamma_shape"] == 2.5
    assert v["best_by_aic_counts"] == {"gamma": 3, "lognormal": 1, "exponential": 0}
    assert "at least 30 durations" in v["criterion"]


def test_study_errors(tmp_path):
    with pytest.raises(StochNetError, match="seeds"):
        S.NeckerStudy({}, seeds=0)
    with pytest.raises(StochNetError, match="base: unknown options"):
        S.NeckerStudy({}, base={"sweeps": 3})
    with pytest.raises(StochNetError, match="scheduler"):
        S.NeckerStudy({}, base=_BASE, emergence_seeds=0).run(scheduler="threads")
    bad = tmp_path / "not.sqlite"
    bad.write_bytes(b"this is not a database" * 50)
    with pytest.raises(StochNetError, match="not a usable study database"):
        S.NeckerStudy({}, base=_BASE, emergence_seeds=0).run(store=bad, scheduler="serial")


@pytest.mark.slow  # spawns two workers that compile the numba kernels
def test_process_pool_gives_the_serial_rows(tmp_path):
    study = S.NeckerStudy({"n_synapses": [2, 4]}, emergence_seeds=0, base=_BASE, seed=2)
    serial = study.run(scheduler="serial")
    pooled = study.run(store=tmp_path / "s.sqlite", jobs=2, scheduler="processes")
    strip = [{k: v for k, v in p.items() if k != "seconds"} for p in serial.points]
    assert [{k: v for k, v in p.items() if k != "seconds"} for p in pooled.points] == strip


def test_cli_sweep_json_plot_and_rerun(tmp_path):
    db, fig = tmp_path / "study.sqlite", tmp_path / "study.png"
    args = [*_CLI_BASE, "sweep", "--q0", "-1,1", "--amplitude", "3,6", "--emergence-seeds", "2", "--db", str(db),
            "--scheduler", "serial", "--seed", "5", "--json", "--plot", str(fig)]
    r = CliRunner().invoke(synctool, args)
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    ref = S.NeckerStudy({"q0": [-1, 1], "amplitude": [3, 6]}, emergence_seeds=2, emergence_checkpoints=(0, 2),
                        emergence_sweeps=20, base=_BASE, seed=5).run(store=db, scheduler="serial").to_dict()
    strip = [{k: v for k, v in p.items() if k != "seconds"} for p in ref["points"]]
    assert [{k: v for k, v in p.items() if k != "seconds"} for p in doc["points"]] == strip
    assert [(p["params"]["q0"], p["params"]["amplitude"]) for p in doc["points"]] == [(-1, 3), (-1, 6), (1, 3), (1, 6)]
    assert doc["emergence"] == ref["emergence"] and doc["verdict"] == ref["verdict"]
    assert fig.stat().st_size > 0
    text = CliRunner().invoke(synctool, [a for a in args if a != "--json"])
    assert text.exit_code == 0, text.output
    v = doc["verdict"]
    assert f"{v['n_meeting']} of {v['n_fitted']} fitted points meet" in text.output
    assert len([line for line in text.output.splitlines() if line.startswith("emergence after")]) == 2


@pytest.mark.parametrize("args, message", [
    (["sweep", "--n-synapses", "0"], "positive integers"),
    (["sweep", "--noise", "0.7"], "[0, 0.5]"),
    (["sweep", "--temperature", "0"], "positive"),
    (["sweep", "--x", "q0", "--y", "q0"], "different axes"),
    (["--temperature", "2", "sweep"], "does not apply"),
])
def test_cli_sweep_usage_errors(args, message):
    r = CliRunner().invoke(synctool, ["necker", *args])
    assert r.exit_code == 2, r.output
    assert message in r.output


def test_cli_sweep_bad_database_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"x" * 4096)
    r = CliRunner().invoke(synctool, [*_CLI_BASE, "sweep", "--emergence-seeds", "0", "--db", str(bad),
                                      "--scheduler", "serial"])
    assert r.exit_code == 1 and r.output.startswith(f"Error: {bad}: not a usable study database")
    assert "Traceback" not in r.output


def _row(temperature, shape, ci, p, q0=0.0):
    return {"params": {**S.AXES, "q0": q0, "temperature": temperature}, "seed": 1, "gamma_shape": shape,
            "gamma_shape_ci": list(ci), "gof_pvalue_gamma": p}


def test_profile_panel_shows_every_point_with_its_interval():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [_row(0.7, 1.2, (1.0, 1.5), 0.003), _row(1.5, 2.4, (2.0, 2.9), 0.4), _row(1.5, 2.1, (1.8, 2.5), 0.01),
            {**_row(3.0, 21.6, (13.4, 4306.2), 0.07), "n_durations": 4}]
    fig, ax = plt.subplots()
    S._plot_profile(ax, rows, "temperature")
    # a shape above the axis (6.5) is written at its top edge, not drawn
    assert [t.get_text() for t in ax.texts if t.get_text().startswith("^")] == ["^ 21.6 (n=4)"]
    assert ax.get_ylim() == (0, 6.5)
    marks = [line for line in ax.lines if line.get_marker() == "o"]
    xs = [float(m.get_xdata()[0]) for m in marks]
    assert [float(m.get_ydata()[0]) for m in marks] == [1.2, 2.4, 2.1]
    assert xs[:2] == [0.7, 1.5] and xs[2] > 1.5  # a second point at the same value is drawn beside the first
    # open marker where the gamma is rejected (p < 0.05), filled where it is not
    assert [m.get_markerfacecolor() == "none" for m in marks] == [True, False, True]
    bars = [seg for coll in ax.collections for seg in coll.get_segments()]
    assert sorted((float(s[0][1]), float(s[1][1])) for s in bars) == [(1.0, 1.5), (1.8, 2.5), (2.0, 2.9)]
    plt.close(fig)


def test_plot_study_draws_a_profile_when_one_axis_has_one_value(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(S, "_plot_profile", lambda ax, points, axis: calls.append(("profile", axis)))
    monkeypatch.setattr(S, "_plot_plane", lambda fig, ax, points, x, y, xs, ys: calls.append(("plane", x, y)))
    monkeypatch.setattr(S, "_plot_emergence", lambda ax, em: calls.append(("emergence",)))
    line = S.StudyResult(points=(_row(0.7, 1.2, (1, 1.5), 0.5), _row(1.5, 2.4, (2, 3), 0.5)), emergence=(),
                         verdict={}, base={}, seconds=0.0)
    S.plot_study(line, tmp_path / "a.png", x="temperature", y="q0")
    S.plot_study(line, tmp_path / "b.png", x="q0", y="temperature")
    plane = dataclasses.replace(line, points=(*line.points, _row(0.7, 1.0, (1, 1.5), 0.5, q0=2.0)),
                                emergence=({"train_sweeps": 0},))
    S.plot_study(plane, tmp_path / "c.png", x="temperature", y="q0")
    assert calls == [("profile", "temperature"), ("profile", "temperature"), ("plane", "temperature", "q0"),
                     ("emergence",)]
    assert all((tmp_path / n).stat().st_size > 0 for n in ("a.png", "b.png", "c.png"))
