"""Per-cell features by session and epoch, and the feature matrix the classifier reads.

Features of one cell in one session (epoch ``all``; plus ``pre`` / ``post`` when the session has a shock
time): ``event_rate`` (event frames per second, from :mod:`engram.events`) and ``mean_activity`` (mean of
the trace). Context features: for every context with at least two sessions, ``event_rate`` averaged over
those sessions (session label ``context:<name>``, epoch ``all``); a context with one session would only
duplicate that session's columns and split its importance.

:func:`feature_matrix` pivots the tidy rows of all mice into a cells x features matrix (index
``(mouse, cell)``, columns ``(feature, session, epoch)``), NaN where a cell was not found in a session,
and by default z-scores every column within each mouse (no labels are used, so this does not leak), which
removes differences in overall scale and rate between animals.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from engram.exceptions import EngramError

__all__ = ["session_features", "context_features", "feature_matrix", "FEATURE_NAMES"]

FEATURE_NAMES = ("event_rate", "mean_activity")


def session_features(
    session: str,
    cells: np.ndarray,
    traces: np.ndarray,
    events: np.ndarray,
    times: np.ndarray,
    shock_time_s: float | None = None,
) -> pd.DataFrame:
    """Tidy rows ``cell, session, epoch, feature, value`` for one recording."""
    epochs = {"all": np.ones(times.size, dtype=bool)}
    if shock_time_s is not None:
        pre = times < times[0] + shock_time_s
        if pre.any() and (~pre).any():
            epochs["pre"] = pre
            epochs["post"] = ~pre
    dt = float(np.median(np.diff(times))) if times.size > 1 else 1.0
    frames = []
    for epoch, mask in epochs.items():
        duration = mask.sum() * dt
        rate = events[:, mask].sum(axis=1) / duration
        mean = traces[:, mask].mean(axis=1, dtype=np.float64)
        for name, value in (("event_rate", rate), ("mean_activity", mean)):
            frames.append(pd.DataFrame({"cell": cells, "session": session, "epoch": epoch, "feature": name, "value": value}))
    return pd.concat(frames, ignore_index=True)


def context_features(rows: pd.DataFrame, contexts: dict[str, str]) -> pd.DataFrame:
    """Mean ``event_rate`` (epoch ``all``) over the sessions of each context with >= 2 sessions."""
    by_ctx: dict[str, list[str]] = {}
    for session, ctx in contexts.items():
        by_ctx.setdefault(ctx, []).append(session)
    out = []
    base = rows[(rows["feature"] == "event_rate") & (rows["epoch"] == "all")]
    for ctx, sessions in by_ctx.items():
        if len(sessions) < 2:
            continue
        sub = base[base["session"].isin(sessions)]
        mean = sub.groupby("cell")["value"].mean()
        out.append(pd.DataFrame({"cell": mean.index.to_numpy(), "session": f"context:{ctx}", "epoch": "all",
                                 "feature": "event_rate", "value": mean.to_numpy()}))
    if not out:
        return rows.iloc[:0]
    return pd.concat(out, ignore_index=True)


def feature_matrix(
    tidy: pd.DataFrame, labels: pd.DataFrame, normalize: str | None = "mouse", sessions: list[str] | None = None
) -> tuple[pd.DataFrame, pd.Series]:
    """Wide feature matrix and aligned labels.

    Parameters
    ----------
    tidy : DataFrame with columns ``mouse, cell, session, epoch, feature, value``
    labels : DataFrame with columns ``mouse, cell, engram``
    normalize : ``"mouse"`` (z-score each column within mouse) or None
    sessions : optional order of the sessions in the columns

    Returns
    -------
    X : DataFrame indexed by (mouse, cell), columns MultiIndex (feature, session, epoch)
    y : Series of 0/1 on the same index
    """
    if normalize not in ("mouse", None):
        raise EngramError(f"normalize must be 'mouse' or None, got {normalize!r}")
    wide = tidy.pivot_table(index=["mouse", "cell"], columns=["feature", "session", "epoch"], values="value",
                            aggfunc="first", dropna=False)
    wide = wide.dropna(axis=1, how="all")
    order = list(sessions or []) + sorted({c[1] for c in wide.columns} - set(sessions or []))
    rank = {s: i for i, s in enumerate(order)}
    epoch_rank = {"all": 0, "pre": 1, "post": 2}
    cols = sorted(wide.columns, key=lambda c: (rank[c[1]], FEATURE_NAMES.index(c[0]) if c[0] in FEATURE_NAMES else 9,
                                               epoch_rank.get(c[2], 9)))
    wide = wide[cols]
    lab = labels.set_index(["mouse", "cell"])["engram"]
    y = lab.reindex(wide.index)
    keep = y.notna().to_numpy()
    wide, y = wide[keep], y[keep].astype(int)
    if normalize == "mouse":
        g = wide.groupby(level="mouse")
        mu = g.transform("mean")
        sd = g.transform("std", ddof=0)
        wide = (wide - mu) / sd.where(sd > 0)
        wide = wide.where(~(sd == 0), 0.0)
    wide.columns = pd.MultiIndex.from_tuples(wide.columns, names=["feature", "session", "epoch"])
    return wide, y
