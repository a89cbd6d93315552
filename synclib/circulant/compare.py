"""Compare a published results table (columns N, p, r) with our verified optima.

The table published with Yoneda, Tatsukawa & Teramae (Chaos 31, 063124, 2021) lists, for every
N = 2..600 and twist p = 1..N//2, the objective r = degree/(N - 1) that CBC returned (60 s limit,
solver status never read). We recompute the optimum of every row through the gcd reduction (one
problem per divisor class, :mod:`synclib.circulant.sweep`; rows with N/gcd(N, p) < 5, including every N < 5,
have no stable twisted state) and list every row that disagrees, classified:

``infeasible_given_value``  no stable p-twisted circulant exists, yet the table gives a value
``suboptimal``              the table's degree r (N - 1) is below our proven optimum
``other``                   anything else, with a ``detail``: ``above_optimum`` (above an exact
                            upper bound, so the table's network cannot be stable with margin eps),
                            ``non_integer`` degree, ``missing`` value, ``no_network`` (our solve
                            found none although the class is feasible)

Rows whose class we could not prove optimal (e.g. a MILP time limit in ``method="milp"``) are
counted as ``unverified`` and not classified.

The published table ships with the package (``synclib/data/densesync_results.csv.gz``, from
github.com/yonesuke/DenseSync, ``python/results/results.csv`` at commit 32ccc6c5, MIT licence, see
``synclib/data/README.md``); :func:`published_table_path` locates it and :func:`compare_published`
reads it when no path is given.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from synclib.exceptions import SyncLibError

__all__ = ["CATEGORIES", "Comparison", "published_table_path", "read_published_table", "compare_table",
           "compare_published"]

CATEGORIES = ("infeasible_given_value", "suboptimal", "other")
_DEGREE_TOL = 1e-4  # r (N - 1) must be this close to an integer to be read as a degree
_PUBLISHED = "data/densesync_results.csv.gz"


def published_table_path() -> str:
    """Path of the shipped table of Yoneda, Tatsukawa & Teramae (2021) (gzip CSV: N, p, r)."""
    from importlib import resources

    return str(resources.files("synclib").joinpath(_PUBLISHED))


class PublishedTableError(SyncLibError):
    """A published table that cannot be read or lacks the columns N, p, r."""


@dataclass(frozen=True)
class Comparison:
    """Outcome of a comparison: counts and the disagreeing rows (a pandas DataFrame)."""

    path: str | None
    rows: int
    agree: int
    unverified: int
    counts: dict
    disagreements: object  # pandas.DataFrame

    def to_dict(self, *, include_rows: bool = True) -> dict:
        import json

        out = {"table": self.path, "rows": self.rows, "agree": self.agree, "unverified": self.unverified,
               "disagree": int(len(self.disagreements)), "counts": dict(self.counts)}
        if include_rows:
            out["disagreements"] = json.loads(self.disagreements.to_json(orient="records", double_precision=15))
        return out


def read_published_table(path: str | os.PathLike):
    """Read and validate a table with integer columns N, p and a numeric column r."""
    import pandas as pd

    try:
        df = pd.read_csv(path)
    except FileNotFoundError:
        raise PublishedTableError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PublishedTableError(f"{path}: is a directory, expected a CSV file") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise PublishedTableError(f"{path}: not a readable CSV table ({str(exc).splitlines()[0]})") from None
    missing = [c for c in ("N", "p", "r") if c not in df.columns]
    if missing:
        raise PublishedTableError(f"{path}: missing column(s) {', '.join(missing)}; expected N, p, r "
                                  f"(got {', '.join(map(str, df.columns))})")
    out = pd.DataFrame()
    for col in ("N", "p"):
        vals = pd.to_numeric(df[col], errors="coerce")
        bad = vals.isna() | (vals != np.round(vals))
        if bad.any():
            i = int(np.flatnonzero(bad.to_numpy())[0])
            raise PublishedTableError(f"{path}: column {col} must hold integers, row {i + 2} has {df[col].iloc[i]!r}")
        out[col] = vals.astype(np.int64)
    r = pd.to_numeric(df["r"], errors="coerce")
    bad = r.isna() & df["r"].notna()
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise PublishedTableError(f"{path}: column r must be numeric, row {i + 2} has {df['r'].iloc[i]!r}")
    out["r"] = r.astype(float)
    bad = (out["N"] < 2) | (out["p"] < 1) | (out["p"] > out["N"] // 2)
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise PublishedTableError(f"{path}: row {i + 2} has N={out['N'].iloc[i]}, p={out['p'].iloc[i]}; "
                                  f"need N >= 2 and 1 <= p <= N//2")
    return out


def compare_table(table, classes, *, path: str | None = None) -> Comparison:
    """Classify every row of ``table`` (N, p, r) against per-class results ``classes``.

    ``classes``: iterable of :class:`synclib.circulant.solve.CirculantSolution` covering every (N, gcd(N, p)) with
    N/gcd >= 5 in the table.
    """
    import pandas as pd

    N = table["N"].to_numpy(np.int64)
    p = table["p"].to_numpy(np.int64)
    r = table["r"].to_numpy(float)
    m = np.gcd(N, p)
    nt = N // m
    cmap = {(c.n, c.m): c for c in classes}
    infeasible = nt < 5
    ours = np.full(N.size, -1, dtype=np.int64)
    proven = np.ones(N.size, dtype=bool)
    status = np.full(N.size, "infeasible", dtype=object)
    for i in np.flatnonzero(~infeasible):
        c = cmap.get((int(N[i]), int(m[i])))
        if c is None:
            raise SyncLibError(f"no result for (n, q) = ({N[i]}, {p[i]}): class m = {m[i]} was not solved")
        status[i] = c.status
        proven[i] = c.optimality_proven
        ours[i] = -1 if c.degree is None else c.degree
    has_r = ~np.isnan(r)
    pub = r * (N - 1)
    near = np.where(has_r, np.round(np.where(has_r, pub, 0.0)), 0.0)
    integral = has_r & (np.abs(pub - near) <= _DEGREE_TOL)
    feasible = ~infeasible & (ours >= 0)
    category = np.full(N.size, "", dtype=object)
    detail = np.full(N.size, "", dtype=object)
    reason = np.full(N.size, "", dtype=object)

    def mark(mask, cat, code, fmt):
        for i in np.flatnonzero(mask & (category == "")):
            category[i] = cat
            detail[i] = code
            reason[i] = fmt(i)

    unverified = ~infeasible & ~proven
    mark(infeasible & has_r, "infeasible_given_value", "no_stable_twist",
         lambda i: f"N/gcd(N,p) = {nt[i]} < 5: no stable twisted state, yet r = {r[i]:.10g}")
    category[unverified & (category == "")] = "unverified"
    mark(~infeasible & (ours < 0) & has_r, "other", "no_network",
         lambda i: f"our status {status[i]}: no network, yet r = {r[i]:.10g}")
    mark(feasible & ~has_r, "other", "missing", lambda i: f"no value given; the optimum degree is {ours[i]}")
    mark(feasible & has_r & ~integral, "other", "non_integer",
         lambda i: f"r (N-1) = {pub[i]:.10g} is not an integer degree (optimum {ours[i]})")
    mark(feasible & integral & (near < ours), "suboptimal", "below_optimum",
         lambda i: f"degree {int(near[i])} < proven optimum {ours[i]}")
    mark(feasible & integral & (near > ours), "other", "above_optimum",
         lambda i: f"degree {int(near[i])} exceeds the proven optimum {ours[i]} (an exact upper bound): "
                   f"no such network is stable")
    listed = np.isin(category, CATEGORIES)
    dis = pd.DataFrame({
        "N": N[listed], "p": p[listed], "r": r[listed], "published_degree": np.where(integral, near, np.nan)[listed],
        "gcd": m[listed], "n_tilde": nt[listed],
        "our_status": status[listed], "our_degree": pd.array(np.where(ours >= 0, ours, 0)[listed], dtype="Int64"),
        "category": category[listed], "detail": detail[listed], "reason": reason[listed],
    })
    dis.loc[ours[listed] < 0, "our_degree"] = pd.NA
    counts = {c: int((category == c).sum()) for c in CATEGORIES}
    n_unverified = int((category == "unverified").sum())
    return Comparison(path=path, rows=int(N.size), agree=int(N.size - listed.sum() - n_unverified),
                      unverified=n_unverified, counts=counts, disagreements=dis.reset_index(drop=True))


def compare_published(path: str | os.PathLike | None = None, *, db: str | os.PathLike | None = None, method: str = "auto",
                      solver: str = "cbc", workers: int | None = None, scheduler: str | None = None,
                      connect_timeout: float = 5.0, progress: bool = False) -> Comparison:
    """Read ``path`` (default: the shipped published table), solve the divisor classes it needs
    (reusing a store ``db``), compare."""
    from synclib.circulant.sweep import run_sweep

    if path is None:
        path = published_table_path()
    table = read_published_table(path)
    ns = sorted(int(n) for n in set(table["N"].tolist()) if n >= 5)
    classes = ()
    if ns:
        res = run_sweep(ns, method=method, solver=solver, q="divisors", db=db, workers=workers,
                        scheduler=scheduler, connect_timeout=connect_timeout, progress=progress)
        classes = res.classes
    return compare_table(table, classes, path=str(path))
