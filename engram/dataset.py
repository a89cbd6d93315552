"""One labelled in-memory data set: mouse, session, cell, time in seconds.

Plan
----
Every loader (``engram.io``) returns :class:`Recording` objects: one per (mouse, session), holding
a *cells x frames* array (cells first, whatever the orientation of the file was), the frame times in
seconds, and the registered cell index of each row (the row of the CellReg map, or the row of the
trace file when no map is given; 0-based). An :class:`EngramDataset` is a tuple of recordings plus
the label table (mouse, cell, engram) and a log of everything that was dropped on request.

Arrays stay plain numpy (float32 traces) so that one mouse fits comfortably in memory and can be
shipped to a worker process; labelled pandas views (``trace_frame``, ``session_table``,
``label_series``) are built on demand.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from engram.exceptions import EngramInputError

__all__ = ["Recording", "EngramDataset", "validate_labels"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False)
class Recording:
    """One imaging session of one mouse, cells first.

    Attributes
    ----------
    mouse, session : str
        Identifiers from the manifest.
    day : float
        Day of the paradigm (orders the sessions).
    context : str
        Context name (e.g. ``"A"``).
    traces : ndarray, shape (n_cells, n_frames), float32
        Delta F / F or denoised calcium, one row per cell.
    times : ndarray, shape (n_frames,)
        Frame times in seconds (strictly increasing).
    fps : float
        Nominal frame rate in Hz.
    cells : ndarray of int, shape (n_cells,)
        Registered (0-based) cell index of each row.
    deconvolved : ndarray or None
        Deconvolved activity (CaImAn ``S``, suite2p ``spks``), same shape as ``traces``.
    shock_time_s : float or None
        Time of the foot shock within the session, if any.
    source : str
        File (or folder) the data came from; ``"<memory>"`` for simulated data.
    format : str
        Format name of the source.
    """

    mouse: str
    session: str
    day: float
    context: str
    traces: np.ndarray
    times: np.ndarray
    fps: float
    cells: np.ndarray
    deconvolved: np.ndarray | None = None
    shock_time_s: float | None = None
    source: str = "<memory>"
    format: str = "memory"

    def __post_init__(self) -> None:
        traces = np.asarray(self.traces, dtype=np.float32)
        if traces.ndim != 2:
            raise EngramInputError(f"{self.source}: traces must be 2-D (cells x frames), got shape {traces.shape}")
        times = np.asarray(self.times, dtype=np.float64)
        cells = np.asarray(self.cells, dtype=np.int64)
        if times.shape != (traces.shape[1],):
            raise EngramInputError(
                f"{self.source}: length mismatch: {traces.shape[1]} frames but {times.size} time stamps"
            )
        if cells.shape != (traces.shape[0],):
            raise EngramInputError(f"{self.source}: length mismatch: {traces.shape[0]} rows but {cells.size} cell ids")
        if np.unique(cells).size != cells.size:
            raise EngramInputError(f"{self.source}: duplicate registered cell ids in session {self.session!r}")
        if times.size > 1 and not np.all(np.diff(times) > 0):
            raise EngramInputError(f"{self.source}: time stamps are not strictly increasing")
        deconv = self.deconvolved
        if deconv is not None:
            deconv = np.asarray(deconv, dtype=np.float32)
            if deconv.shape != traces.shape:
                raise EngramInputError(
                    f"{self.source}: length mismatch: deconvolved {deconv.shape} vs traces {traces.shape}"
                )
            deconv.setflags(write=False)
        for arr in (traces, times, cells):
            arr.setflags(write=False)
        object.__setattr__(self, "traces", traces)
        object.__setattr__(self, "times", times)
        object.__setattr__(self, "cells", cells)
        object.__setattr__(self, "deconvolved", deconv)

    @property
    def n_cells(self) -> int:
        return int(self.traces.shape[0])

    @property
    def n_frames(self) -> int:
        return int(self.traces.shape[1])

    @property
    def duration_s(self) -> float:
        return float(self.times[-1] - self.times[0] + 1.0 / self.fps) if self.n_frames else 0.0


def validate_labels(labels: pd.DataFrame, source: str = "labels") -> pd.DataFrame:
    """Check a label table (columns ``mouse, cell, engram``) and return a clean copy.

    Raises :class:`EngramInputError` for missing columns, duplicate (mouse, cell) rows, or engram
    values other than 0/1.
    """
    missing = [c for c in ("mouse", "cell", "engram") if c not in labels.columns]
    if missing:
        raise EngramInputError(f"{source}: missing column(s) {', '.join(missing)} (need mouse, cell, engram)")
    out = labels[["mouse", "cell", "engram"]].copy()
    out["mouse"] = out["mouse"].astype(str)
    try:
        cell = pd.to_numeric(out["cell"], errors="raise")
        eng = pd.to_numeric(out["engram"], errors="raise")
    except (ValueError, TypeError) as exc:
        raise EngramInputError(f"{source}: cell and engram must be integers ({str(exc).splitlines()[0]})") from None
    cell_f = cell.to_numpy(dtype=np.float64, na_value=np.nan)
    whole = np.isfinite(cell_f) & (cell_f == np.round(cell_f))
    if not whole.all():
        bad = cell[~whole].iloc[0]
        raise EngramInputError(f"{source}: cell and engram must be integers (cell {bad!r} in row {int(np.flatnonzero(~whole)[0]) + 1})")
    if (cell_f < 0).any():
        raise EngramInputError(f"{source}: cell must be a registered index >= 0, found {int(cell_f.min())}")
    out["cell"] = cell_f.astype(np.int64)
    if not eng.isin([0, 1]).all():
        bad = eng[~eng.isin([0, 1])].iloc[0]
        raise EngramInputError(f"{source}: engram must be 0 or 1, found {bad.item() if hasattr(bad, 'item') else bad!r}")
    out["engram"] = eng.astype(np.int8)
    dup = out.duplicated(["mouse", "cell"], keep=False)
    if dup.any():
        row = out[dup].iloc[0]
        raise EngramInputError(
            f"{source}: duplicate rows for mouse {row['mouse']!r} cell {row['cell']} ({int(dup.sum())} rows)"
        )
    return out.reset_index(drop=True)


@dataclass(frozen=True, eq=False)
class EngramDataset:
    """Recordings of several mice and sessions plus the per-cell engram labels.

    Attributes
    ----------
    recordings : tuple of Recording
    labels : DataFrame with columns ``mouse, cell, engram``
    dropped : tuple of str
        One line per item dropped on the user's request (skip mode), for the record.
    """

    recordings: tuple[Recording, ...]
    labels: pd.DataFrame
    dropped: tuple[str, ...] = field(default=())

    @property
    def mice(self) -> list[str]:
        return sorted({r.mouse for r in self.recordings}, key=_natural_key)

    @property
    def sessions(self) -> list[str]:
        """Session names ordered by day, then by first appearance."""
        first: dict[str, tuple[float, int]] = {}
        for i, r in enumerate(self.recordings):
            if r.session not in first:
                first[r.session] = (r.day, i)
        return sorted(first, key=lambda s: first[s])

    def for_mouse(self, mouse: str) -> list[Recording]:
        order = {s: i for i, s in enumerate(self.sessions)}
        return sorted((r for r in self.recordings if r.mouse == mouse), key=lambda r: order[r.session])

    def labels_for(self, mouse: str) -> pd.Series:
        """Engram labels of one mouse as a Series indexed by registered cell."""
        sub = self.labels[self.labels["mouse"] == mouse]
        return pd.Series(sub["engram"].to_numpy(), index=sub["cell"].to_numpy(), name="engram")

    def session_table(self) -> pd.DataFrame:
        """One row per recording: mouse, session, day, context, n_cells, n_frames, fps, duration_s, source."""
        rows = [
            dict(
                mouse=r.mouse, session=r.session, day=r.day, context=r.context, n_cells=r.n_cells,
                n_frames=r.n_frames, fps=r.fps, duration_s=r.duration_s, shock_time_s=r.shock_time_s,
                source=r.source, format=r.format,
            )
            for r in self.recordings
        ]
        return pd.DataFrame(rows)

    def trace_frame(self, mouse: str, session: str) -> pd.DataFrame:
        """Traces of one recording as a DataFrame: index = registered cell, columns = time in seconds."""
        for r in self.recordings:
            if r.mouse == mouse and r.session == session:
                return pd.DataFrame(
                    r.traces, index=pd.Index(r.cells, name="cell"), columns=pd.Index(r.times, name="time_s")
                )
        raise EngramInputError(f"no recording for mouse {mouse!r} session {session!r}")

    def subset(self, mice: list[str]) -> "EngramDataset":
        keep = set(mice)
        return EngramDataset(
            tuple(r for r in self.recordings if r.mouse in keep),
            self.labels[self.labels["mouse"].isin(keep)].reset_index(drop=True),
            self.dropped,
        )


def _natural_key(s: str):
    import re

    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", str(s))]
