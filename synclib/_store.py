"""The one embedded SQLite store of synclib's long runs (sweeps, searches): resumable, one row per result.

Design (:class:`ResultStore`, specialised by :class:`SweepStore` here and by the search store of
``synclib.record.search``):

* One file. Table ``meta`` records the schema version, the kind of run, the synctool version and the
  parameters that determine a row; one results table holds one row per finished unit of work under
  its primary key. For a sweep (default file ``synctool_sweep.sqlite``) the parameters are method,
  solver, eps and time limit, and table ``problems`` has one row per class, primary key (n, m).
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

__all__ = ["ResultStore", "StoreError", "StoreMismatchError", "synctool_version"]

log = logging.getLogger(__name__)

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


class ResultStore:
    """One SQLite file of one run configuration: a ``meta`` table and one results table.

    Subclasses set ``kind`` (what the file holds, e.g. "sweep"), ``schema_version``, ``table`` and
    ``ddl`` (the CREATE statements of the results table), and may convert parameters with
    :meth:`_params_to_dict` / :meth:`_params_from_dict`.

    Parameters
    ----------
    path : path
        Database file.
    params : object, optional
        The run's parameters; a new database records them, an existing one must match them.
        None opens an existing database with whatever parameters it has (for reading/exporting).
    readonly : bool
        Open an existing database for reading only.
    """

    kind = "results"
    schema_version = 1
    table = "results"
    ddl = ""

    def __init__(self, path: str | os.PathLike, params=None, *, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        self._conn: sqlite3.Connection | None = None
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, expected a database file")
        if (readonly or params is None) and not self.path.exists() and str(self.path) != ":memory:":
            raise StoreError(f"{self.path}: no such {self.kind} database")
        if not readonly and not self.path.parent.is_dir():
            raise StoreError(f"{self.path}: directory {self.path.parent} does not exist")
        try:
            if readonly:
                self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                             isolation_level=None, timeout=30)
            elif str(self.path) == ":memory:":
                self._conn = sqlite3.connect(":memory:", isolation_level=None)
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

    def _params_to_dict(self, params) -> dict:
        return params.to_dict() if hasattr(params, "to_dict") else dict(params)

    def _params_from_dict(self, d: dict):
        return d

    def _check_meta(self, params):
        conn = self._conn
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            if self.readonly or params is None:
                raise StoreError(f"{self.path}: empty database, not a synctool {self.kind}")
            with self._transaction():
                for stmt in self.ddl.split(";"):
                    if stmt.strip():
                        conn.execute(stmt)
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                    ("schema_version", str(self.schema_version)),
                    ("kind", self.kind),
                    ("synctool_version", synctool_version()),
                    ("params", json.dumps(self._params_to_dict(params), sort_keys=True)),
                ])
            return params
        if not {"meta", self.table} <= tables:
            raise StoreMismatchError(f"{self.path}: not a synctool {self.kind} database "
                                     f"(tables: {', '.join(sorted(tables))})")
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        if meta.get("kind", self.kind) != self.kind:
            raise StoreMismatchError(f"{self.path}: a synctool {meta['kind']} database, not a {self.kind} one")
        schema = meta.get("schema_version")
        if schema != str(self.schema_version):
            raise StoreMismatchError(f"{self.path}: written with store schema version {schema}, this synctool uses "
                                     f"{self.schema_version} and cannot read its rows; use another --db (or delete "
                                     "this file to start again)")
        version = meta.get("synctool_version")
        if version != synctool_version():
            raise StoreMismatchError(f"{self.path}: written by synctool {version}, this is synctool "
                                     f"{synctool_version()}; use another --db (rows are not mixed across versions)")
        try:
            stored = self._params_from_dict(json.loads(meta["params"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreMismatchError(f"{self.path}: unreadable {self.kind} parameters in the meta table ({exc})") \
                from None
        if params is not None and stored != params:
            a, b = self._params_to_dict(stored), self._params_to_dict(params)
            diff = ", ".join(f"{k}={a.get(k)!r} there but {b.get(k)!r} here" for k in sorted(set(a) | set(b))
                             if a.get(k) != b.get(k))
            raise StoreMismatchError(f"{self.path}: written by a {self.kind} with other parameters ({diff}); "
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

    def execute(self, sql: str, args: tuple = ()) -> int:
        """Run one writing statement in its own transaction; returns the number of rows changed."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        try:
            with self._transaction() as conn:
                return conn.execute(sql, args).rowcount
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, self.path)) from None

    def query(self, sql: str, args: tuple = ()) -> list[tuple]:
        """Rows of one reading statement."""
        try:
            return self._conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, self.path)) from None

    def count(self) -> int:
        return int(self.query(f"SELECT count(*) FROM {self.table}")[0][0])

    def integrity_ok(self) -> bool:
        return self.query("PRAGMA integrity_check")[0][0] == "ok"

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
