"""Read and write CSV sessions, cells first.

Layout: a header ``cell,<t0>,<t1>,...`` whose columns after the first are frame times in seconds,
then one row per cell (first column the cell's row id, ignored beyond ordering). Frame times come from
the header, so no frame rate is needed; the nominal rate is 1 / median frame interval.
"""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

from engram.exceptions import EngramFormatError
from engram.io._common import RawSession, check_cells_first, finalize

__all__ = ["read_csv_traces", "write_csv_traces"]


def read_csv_traces(path: str, *, fps: float | None = None, on_invalid: str = "error") -> RawSession:
    """Read a cells x frames CSV whose header holds the frame times in seconds."""
    try:
        frame = pd.read_csv(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise EngramFormatError(f"{path}: not a readable CSV ({str(exc).splitlines()[0]})") from None
    if frame.shape[1] < 3 or str(frame.columns[0]).strip().lower() != "cell":
        raise EngramFormatError(f"{path}: expected a header 'cell,<time s>,<time s>,...' (cells x frames)")
    try:
        times = np.array([float(c) for c in frame.columns[1:]])
    except ValueError:
        raise EngramFormatError(f"{path}: header after 'cell' must be frame times in seconds") from None
    try:
        traces = frame.iloc[:, 1:].to_numpy(dtype=np.float64)
    except ValueError:
        raise EngramFormatError(f"{path}: trace values must be numbers") from None
    check_cells_first(traces, path, "traces")
    dt = np.diff(times)
    if np.any(~np.isfinite(dt)) or np.any(dt <= 0):
        raise EngramFormatError(f"{path}: frame times in the header must be strictly increasing")
    rate = 1.0 / float(np.median(dt))
    if fps is not None and not np.isclose(rate, fps, rtol=1e-2):
        raise EngramFormatError(f"{path}: header times give {rate:g} Hz but the manifest says {fps:g} Hz")
    return finalize(path, traces, rate, times=times, on_invalid=on_invalid)


def write_csv_traces(path: str, traces: np.ndarray, fps: float) -> None:
    """Write ``traces`` (cells x frames) with frame times (s) in the header."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    traces = np.asarray(traces)
    times = np.arange(traces.shape[1]) / fps
    frame = pd.DataFrame(traces, columns=[f"{t:.6f}" for t in times])
    frame.insert(0, "cell", np.arange(traces.shape[0]))
    frame.to_csv(path, index=False, float_format="%.5g")
