"""The SQLite store of a sweep (a :class:`synclib._store.ResultStore`): one row per solved divisor class
(n, m), guarded by the parameters that determine a row (:class:`SweepParams`).

A class whose solve failed (status ``solver_failed``) is replaced when it is solved again; any other
stored class is never rewritten.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from synclib._store import ResultStore, StoreError
from synclib.circulant.program import DEFAULT_EPS
from synclib.circulant.solve import CirculantSolution
from synclib.circulant.solvers import SOLVERS
from synclib.exceptions import InvalidParameterError

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "SWEEP_METHODS", "SweepParams", "SweepStore"]

SWEEP_METHODS = ("auto", "milp")

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



@dataclass(frozen=True)
class SweepParams:
    """Everything that determines a stored class row (the store refuses rows made with others)."""

    method: str = "auto"
    solver: str = "cbc"
    eps: float = DEFAULT_EPS
    time_limit: float | None = None

    def __post_init__(self):
        if self.method not in SWEEP_METHODS:
            raise InvalidParameterError(f"method must be one of {', '.join(SWEEP_METHODS)}, got {self.method!r}")
        if self.solver not in SOLVERS:
            raise InvalidParameterError(f"solver must be one of {', '.join(SOLVERS)}, got {self.solver!r}")
        if not (isinstance(self.eps, (int, float)) and 0 < self.eps < 1):
            raise InvalidParameterError(f"eps must be a number in (0, 1), got {self.eps!r}")
        if self.time_limit is not None and not self.time_limit > 0:
            raise InvalidParameterError(f"time_limit must be positive seconds or None, got {self.time_limit!r}")
        object.__setattr__(self, "eps", float(self.eps))
        if self.time_limit is not None:
            object.__setattr__(self, "time_limit", float(self.time_limit))

    def to_dict(self) -> dict:
        return asdict(self)


class SweepStore(ResultStore):
    """The SQLite file of one sweep configuration: one row per solved divisor class (n, m).

    Parameters
    ----------
    path : path, optional
        Database file; default ``synctool_sweep.sqlite`` in the working directory.
    params : SweepParams, optional
        The sweep parameters; a new database records them, an existing one must match them.
    readonly : bool
        Open an existing database for reading only.
    """

    kind = "sweep"
    schema_version = SCHEMA_VERSION
    table = "problems"
    ddl = _SCHEMA

    def __init__(self, path: str | os.PathLike | None = None, params=None, *, readonly: bool = False):
        super().__init__(path if path is not None else Path.cwd() / DEFAULT_DB, params, readonly=readonly)

    def _params_from_dict(self, d: dict):
        return SweepParams(**d)

    # --- writing ------------------------------------------------------------------------------------

    def add(self, result) -> bool:
        """Store one finished class in its own transaction; False when it was already stored."""
        d = result.to_dict()
        row = (d["n"], d["m"], d["n_tilde"], d["status"], d["degree"], json.dumps(d["connection_set"]),
               d["max_eigenvalue"], d["error_bound"], None if d["certified"] is None else int(d["certified"]),
               d["upper_bound"], int(d["optimality_proven"]), d["method"], d["solver"], float(d["seconds"]),
               d["message"] or "", json.dumps(d.get("attempts") or []))
        return self.execute(f"INSERT INTO problems ({', '.join(_COLUMNS)}) VALUES "
                            f"({', '.join('?' * len(_COLUMNS))}) ON CONFLICT (n, m) DO UPDATE SET "
                            + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[2:])
                            + " WHERE problems.status = 'solver_failed'", row) == 1

    # --- reading ------------------------------------------------------------------------------------

    def _rows(self, where: str = "", args: tuple = ()):
        rows = self.query(f"SELECT {', '.join(_COLUMNS)} FROM problems {where} ORDER BY n, m", args)
        return [dict(zip(_COLUMNS, r)) for r in rows]

    def load(self, ns=None) -> dict:
        """Stored classes as ``{(n, m): CirculantSolution}``, restricted to the n values in ``ns``."""
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
