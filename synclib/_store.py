"""Embedded SQLite store of sweep results: one row per solved divisor class (n, m), resumable.

Design:

* One file (default ``synctool_sweep.sqlite`` in the working directory). Table ``meta`` records the
  schema version, the synctool version and the sweep parameters that determine a row (method, solver,
  eps, time limit); table ``problems`` holds one row per class, primary key (n, m).
* Every finished problem is written in its own transaction (``BEGIN IMMEDIATE ... COMMIT``), in WAL
  journal mode with ``synchronous=NORMAL``: a committed row survives the writer being killed (even
  SIGKILL), an uncommitted one is rolled back by SQLite on the next open. Re-adding a stored class is
  a no-op (``ON CONFLICT``), so a row can never be duplicated; only a ``solver_failed`` row is replaced.
* A database written by another schema or synctool version, or with other sweep parameters, is
  refused with a one-line :class:`StoreMismatchError` naming the difference: rows are never mixed.
* Any SQLite failure (read-only file or directory, disk full, not a database) becomes a one-line
  :class:`StoreError`; the failing transaction is rolled back, so the file stays a valid database
  holding every row committed before.
* Export: :meth:`SweepStore.to_dataframe` (pandas, Parquet-friendly column types) and
  :meth:`SweepStore.to_csv`.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from synclib.exceptions import SyncLibError

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "StoreError", "StoreMismatchError", "SweepStore", "synctool_version"]

log = logging.getLogger(__name__)

DEFAULT_DB = "synctool_sweep.sqlite"
SCHEMA_VERSION = 2
"""2: rows are :class:`synclib.circulant.solve.CirculantSolution` (``solver`` = the solver that answered,
``attempts`` the failed ones before it); a ``solver_failed`` row is replaced when the class is solved again."""

_COLUMNS = ("n", "m", "n_tilde", "status", "degree", "connection_set", "max_eigenvalue", "error_bound",
            "certified", "upper_bound", "optimality_proven", "method", "solver", "seconds", "message", "attempts")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS problems (
    n                 INTEGER NOT NULL CHECK (n >= 5),
    m                 INTEGER NOT NULL CHECK (m >= 1),
    n_tilde           INTEGER NOT NULL,
    status            TEXT    NOT NULL,
    degree            INTEGER,
    connection_set    TEXT    NOT NULL,
    max_eigenvalue    REAL,
    error_bound       REAL,
    certified         INTEGER,
    upper_bound       INTEGER,
    optimality_proven INTEGER NOT NULL,
    method            TEXT    NOT NULL,
    solver            TEXT,
    seconds           REAL    NOT NULL,
    message           TEXT    NOT NULL,
    attempts          TEXT    NOT NULL DEFAULT '[]',
    PRIMARY KEY (n, m)
) WITHOUT ROWID;
"""


class StoreError(SyncLibError):
    """The sweep database cannot be opened, read or written (read-only, disk full, not a database)."""


class StoreMismatchError(StoreError):
    """The database was written by another version or with other sweep parameters."""


def synctool_version() -> str:
    try:
        from importlib.metadata import version

        return version("synctool")
    except Exception:  # noqa: BLE001 - running from a source tree without metadata
        return "unknown"


def _describe(exc: sqlite3.Error, path: Path) -> str:
    text = str(exc)
    low = text.lower()
    if "readonly" in low or "read-only" in low:
        return f"{path}: the database is read-only ({text}); use a writable --db path"
    if "full" in low:
        return f"{path}: disk full ({text}); rows committed so far are kept, free space and rerun to resume"
    if "unable to open" in low:
        if path.exists():
            return (f"{path}: cannot open the database for writing ({text}); the file or its directory is "
                    f"read-only")
        return f"{path}: cannot open or create the database ({text}); check the directory exists and is writable"
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return f"{path}: not a usable SQLite database ({text})"
    if "locked" in low or "busy" in low:
        return f"{path}: the database is locked by another process ({text})"
    return f"{path}: SQLite error: {text}"


class SweepStore:
    """The SQLite file of one sweep configuration.

    Parameters
    ----------
    path : path, optional
        Database file; default ``synctool_sweep.sqlite`` in the working directory.
    params : SweepParams, optional
        The sweep parameters; a new database records them, an existing one must match them.
        None opens an existing database with whatever parameters it has (for reading/exporting).
    readonly : bool
        Open an existing database for reading only.
    """

    def __init__(self, path: str | os.PathLike | None = None, params=None, *, readonly: bool = False):
        self.path = Path(path) if path is not None else Path.cwd() / DEFAULT_DB
        self.readonly = readonly
        self._conn: sqlite3.Connection | None = None
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, expected a database file")
        if (readonly or params is None) and not self.path.exists():
            raise StoreError(f"{self.path}: no such sweep database")
        try:
            if readonly:
                self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                             isolation_level=None, timeout=30)
            else:
                self._conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
                mode = self._conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    log.warning("%s: journal mode %s (WAL not available)", self.path, mode)
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self.params = self._check_meta(params)
        except sqlite3.Error as exc:
            self.close()
            raise StoreError(_describe(exc, self.path)) from None
        except BaseException:
            self.close()
            raise

    # --- metadata -----------------------------------------------------------------------------------

    def _check_meta(self, params):
        from synclib.circulant.sweep import SweepParams

        conn = self._conn
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            if self.readonly or params is None:
                raise StoreError(f"{self.path}: empty database, not a synctool sweep")
            with self._transaction():
                for stmt in _SCHEMA.split(";"):
                    if stmt.strip():
                        conn.execute(stmt)
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                    ("schema_version", str(SCHEMA_VERSION)),
                    ("synctool_version", synctool_version()),
                    ("params", json.dumps(params.to_dict(), sort_keys=True)),
                ])
            return params
        if not {"meta", "problems"} <= tables:
            raise StoreMismatchError(f"{self.path}: not a synctool sweep database "
                                     f"(tables: {', '.join(sorted(tables))})")
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        schema = meta.get("schema_version")
        if schema != str(SCHEMA_VERSION):
            raise StoreMismatchError(f"{self.path}: written with store schema version {schema}, this synctool uses "
                                     f"{SCHEMA_VERSION} and cannot read its rows; use another --db (or delete this file to "
                                     "solve again)")
        version = meta.get("synctool_version")
        if version != synctool_version():
            raise StoreMismatchError(f"{self.path}: written by synctool {version}, this is synctool "
                                     f"{synctool_version()}; use another --db (rows are not mixed across versions)")
        try:
            stored = SweepParams(**json.loads(meta["params"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreMismatchError(f"{self.path}: unreadable sweep parameters in the meta table ({exc})") from None
        if params is not None and stored != params:
            a, b = stored.to_dict(), params.to_dict()
            diff = ", ".join(f"{k}={a[k]!r} there but {b[k]!r} here" for k in a if a[k] != b[k])
            raise StoreMismatchError(f"{self.path}: written by a sweep with other parameters ({diff}); "
                                     f"use another --db (rows are not mixed)")
        return stored

    def metadata(self) -> dict:
        return dict(self._conn.execute("SELECT key, value FROM meta"))

    # --- writing ------------------------------------------------------------------------------------

    @contextmanager
    def _transaction(self):
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def add(self, result) -> bool:
        """Store one finished class in its own transaction; False when it was already stored."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        d = result.to_dict()
        row = (d["n"], d["m"], d["n_tilde"], d["status"], d["degree"], json.dumps(d["connection_set"]),
               d["max_eigenvalue"], d["error_bound"], None if d["certified"] is None else int(d["certified"]),
               d["upper_bound"], int(d["optimality_proven"]), d["method"], d["solver"], float(d["seconds"]),
               d["message"] or "", json.dumps(d.get("attempts") or []))
        try:
            with self._transaction() as conn:
                cur = conn.execute(f"INSERT INTO problems ({', '.join(_COLUMNS)}) VALUES "
                                   f"({', '.join('?' * len(_COLUMNS))}) ON CONFLICT (n, m) DO UPDATE SET "
                                   + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[2:])
                                   + " WHERE problems.status = 'solver_failed'", row)
                return cur.rowcount == 1
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, self.path)) from None

    # --- reading ------------------------------------------------------------------------------------

    def _rows(self, where: str = "", args: tuple = ()):
        try:
            cur = self._conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM problems {where} ORDER BY n, m", args)
            return [dict(zip(_COLUMNS, r)) for r in cur]
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, self.path)) from None

    def load(self, ns=None) -> dict:
        """Stored classes as ``{(n, m): CirculantSolution}``, restricted to the n values in ``ns``."""
        from synclib.circulant.solve import CirculantSolution

        if ns is None:
            rows = self._rows()
        else:
            want = set(int(n) for n in ns)
            rows = [r for r in self._rows("WHERE n BETWEEN ? AND ?", (min(want), max(want))) if r["n"] in want]
        out = {}
        for r in rows:
            r = dict(r)
            r["connection_set"] = json.loads(r["connection_set"])
            r["attempts"] = json.loads(r["attempts"] or "[]")
            r["certified"] = None if r["certified"] is None else bool(r["certified"])
            out[(r["n"], r["m"])] = CirculantSolution.from_dict(r)
        return out

    def count(self) -> int:
        try:
            return int(self._conn.execute("SELECT count(*) FROM problems").fetchone()[0])
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, self.path)) from None

    def to_dataframe(self):
        """All stored classes as a pandas DataFrame (nullable integer/boolean columns)."""
        import pandas as pd

        df = pd.DataFrame(self._rows(), columns=list(_COLUMNS))
        for col in ("degree", "upper_bound"):
            df[col] = df[col].astype("Int64")
        df["certified"] = df["certified"].astype("boolean")
        df["optimality_proven"] = df["optimality_proven"].astype(bool)
        return df

    def to_csv(self, path: str | os.PathLike) -> None:
        try:
            self.to_dataframe().to_csv(path, index=False)
        except OSError as exc:
            raise StoreError(f"{path}: cannot write CSV ({exc.strerror or exc})") from None

    def integrity_ok(self) -> bool:
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # --- lifetime -----------------------------------------------------------------------------------

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
