"""Tests of synclib._store: one row per class, resume, refusal of foreign databases, read-only and full
disk handled without corruption, export to pandas/CSV, and the CLI's errors about --db."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import synctool
from synclib._store import StoreError, StoreMismatchError
from synclib.circulant.sweep_store import DEFAULT_DB, SCHEMA_VERSION, SweepStore
from synclib.circulant.sweep import CirculantSolution, SweepParams, run_sweep, solve_class

PARAMS = SweepParams()


def _results(ns=range(5, 40)):
    return run_sweep(ns, workers=1).classes


def test_add_load_roundtrip_and_no_duplicates(tmp_path):
    db = tmp_path / "s.sqlite"
    classes = _results()
    with SweepStore(db, PARAMS) as store:
        assert all(store.add(c) for c in classes)
        assert not store.add(classes[0])  # a stored class is never written twice
        assert store.count() == len(classes)
    with SweepStore(db, PARAMS) as store:
        loaded = store.load()
        meta = store.metadata()
    assert [loaded[(c.n, c.m)] for c in classes] == list(classes)
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert json.loads(meta["params"]) == PARAMS.to_dict()
    with SweepStore(db, PARAMS) as store:
        part = store.load([19, 20])
    assert sorted(part) == sorted((c.n, c.m) for c in classes if c.n in (19, 20))


def test_export_dataframe_and_csv(tmp_path):
    db = tmp_path / "e.sqlite"
    classes = _results(range(5, 30))
    with SweepStore(db, PARAMS) as store:
        for c in classes:
            store.add(c)
        df = store.to_dataframe()
        store.to_csv(tmp_path / "classes.csv")
    assert len(df) == len(classes)
    assert str(df["degree"].dtype) == "Int64" and str(df["certified"].dtype) == "boolean"
    row = df[(df.n == 19) & (df.m == 1)].iloc[0]
    assert row["degree"] == 10 and json.loads(row["connection_set"]) == [1, 2, 3, 4, 5]
    back = pd.read_csv(tmp_path / "classes.csv")
    assert list(back.columns) == list(df.columns) and len(back) == len(df)


def test_default_path_is_in_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with SweepStore(None, PARAMS) as store:
        assert store.path == tmp_path / DEFAULT_DB
    result = CliRunner().invoke(synctool, ["sweep", "--n", "5:12", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / DEFAULT_DB).exists()


def test_other_parameters_are_refused_and_nothing_is_mixed(tmp_path):
    db = tmp_path / "p.sqlite"
    run_sweep(range(5, 20), db=db, workers=1)
    with pytest.raises(StoreMismatchError, match="eps=1e-05 there but 1e-06 here"):
        SweepStore(db, SweepParams(eps=1e-6))
    with pytest.raises(StoreMismatchError, match="method='auto' there but 'milp' here"):
        run_sweep(range(5, 20), db=db, method="milp", workers=1)
    result = CliRunner().invoke(synctool, ["sweep", "--n", "5:30", "--db", str(db), "--solver", "highs"])
    assert result.exit_code == 1 and "other parameters" in result.output and "solver='cbc' there" in result.output
    assert isinstance(result.exception, SystemExit)
    with SweepStore(db, PARAMS) as store:
        assert {n for n, _ in store.load()} == set(range(5, 20))  # the refused sweeps wrote nothing


def test_other_versions_are_refused(tmp_path):
    db = tmp_path / "v.sqlite"
    run_sweep(range(5, 10), db=db, workers=1)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = '0.0.1' WHERE key = 'synctool_version'")
    with pytest.raises(StoreMismatchError, match="written by synctool 0.0.1"):
        SweepStore(db, PARAMS)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    result = CliRunner().invoke(synctool, ["sweep", "--n", "5:10", "--db", str(db)])
    assert result.exit_code == 1 and "schema version 999" in result.output


def test_foreign_files_are_refused(tmp_path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreMismatchError, match="not a synctool sweep database"):
        SweepStore(other, PARAMS)
    text = tmp_path / "notes.sqlite"
    text.write_text("hello, this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        SweepStore(text, PARAMS)
    with pytest.raises(StoreError, match="is a directory"):
        SweepStore(tmp_path, PARAMS)
    with pytest.raises(StoreError, match="no such sweep database"):
        SweepStore(tmp_path / "missing.sqlite", None)


def test_full_disk_is_a_clear_error_and_leaves_a_valid_database(tmp_path):
    db = tmp_path / "full.sqlite"
    classes = _results(range(5, 120))
    store = SweepStore(db, PARAMS)
    try:
        for c in classes[:5]:
            store.add(c)
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: SQLITE_FULL
        with pytest.raises(StoreError, match="disk full"):
            for c in classes[5:]:
                store.add(c)
        written = store.count()
    finally:
        store.close()
    with SweepStore(db, PARAMS) as again:
        assert again.integrity_ok()
        assert again.count() == written >= 5
        assert list(again.load().values()) == list(classes[:written])  # no partial or broken row
    # and the sweep resumes from there once space is back
    res = run_sweep(range(5, 120), db=db, workers=1)
    assert res.from_store == written and res.solved_now == len(classes) - written


def _make_immutable(path: Path) -> bool:
    """Make a file or directory unwritable, also for root (chattr +i); False when impossible."""
    if os.geteuid() != 0:
        path.chmod(0o555 if path.is_dir() else 0o444)
        return True
    try:
        return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


def _undo_immutable(path: Path) -> None:
    if os.geteuid() != 0:
        path.chmod(0o755 if path.is_dir() else 0o644)
    else:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


def test_read_only_database_is_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "r.sqlite"
    run_sweep(range(5, 15), db=db, workers=1)
    before = db.read_bytes()
    if not (_make_immutable(db) and _make_immutable(folder)):
        pytest.skip("cannot make a file read-only here")
    try:
        result = CliRunner().invoke(synctool, ["sweep", "--n", "5:30", "--db", str(db), "--workers", "1"])
        assert result.exit_code == 1, result.output
        assert "read-only" in result.output or "cannot open" in result.output
        assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
        new = folder / "new.sqlite"
        with pytest.raises(StoreError, match="cannot open or create"):
            SweepStore(new, PARAMS)
    finally:
        _undo_immutable(folder)
        _undo_immutable(db)
    assert db.read_bytes() == before
    with SweepStore(db, PARAMS) as store:
        assert store.integrity_ok() and {n for n, _ in store.load()} == set(range(5, 15))


def test_class_result_dict_roundtrip():
    r = solve_class(38, 2)
    assert CirculantSolution.from_dict(r.to_dict()) == r
    assert r.to_dict()["mu_fraction"] == "23/37"


def test_schema_1_database_is_refused_with_a_clear_error(tmp_path):
    db = tmp_path / "old.sqlite"
    run_sweep(range(5, 10), db=db, workers=1)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    result = CliRunner().invoke(synctool, ["sweep", "--n", "5:10", "--db", str(db)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"schema version 1, this synctool uses {SCHEMA_VERSION}" in result.output
    assert "use another --db" in result.output


def test_failed_rows_are_solved_again_on_resume(tmp_path, monkeypatch):
    import synclib.circulant.sweep as sweep
    from synclib.circulant.solvers import SolveOutcome

    db = tmp_path / "f.sqlite"
    real = sweep.solve_binary_program

    def crashing(program, **kw):
        return SolveOutcome("solver_failed", None, None, 0.0, "highs", "every solver failed: aborted")

    monkeypatch.setattr(sweep, "solve_binary_program", crashing)
    first = run_sweep(range(19, 21), method="milp", db=db, workers=1)
    assert {c.status for c in first.classes if c.n_tilde >= 5} == {"solver_failed"}
    monkeypatch.setattr(sweep, "solve_binary_program", real)
    second = run_sweep(range(19, 21), method="milp", db=db, workers=1)
    assert second.solved_now == len(first.classes) and second.from_store == 0
    assert {c.status for c in second.classes} == {"optimal"}
    with SweepStore(db, SweepParams(method="milp")) as store:
        assert {r.status for r in store.load().values()} == {"optimal"} and store.count() == len(first.classes)


def test_cli_sweep_reports_solver_failures_and_exits_1(tmp_path, monkeypatch):
    import synclib.circulant.sweep as sweep
    from synclib.circulant.solvers import SolveOutcome

    monkeypatch.setattr(sweep, "solve_binary_program", lambda program, **kw: SolveOutcome(
        "solver_failed", None, None, 0.0, "highs", "every solver failed: aborted"))
    db = tmp_path / "s.sqlite"
    res = CliRunner().invoke(synctool, ["sweep", "--n", "19:20", "--method", "milp", "--db", str(db), "--workers", "1"])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert "solver_failed" in res.output and "a rerun solves them again" in res.output
    res = CliRunner().invoke(synctool, ["sweep", "--n", "19:20", "--method", "milp", "--db", str(db), "--workers", "1",
                                        "--json"])
    assert res.exit_code == 1 and json.loads(res.output)["summary"]["statuses"]["solver_failed"] >= 1
