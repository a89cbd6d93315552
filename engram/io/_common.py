"""Shared checks of the format readers: orientation, non-finite frames, frame rate.

Every reader returns a :class:`RawSession` in the *cells x frames* orientation. Orientation rules:
NWB ``RoiResponseSeries`` data are time x ROIs (the NWB convention) and are transposed on reading;
suite2p, CaImAn, NPZ and CSV traces are cells x frames as written. Where a file gives no other
evidence (no ROI table, no ``iscell`` list, no time stamps) an array with at least as many rows as
columns is refused as ambiguous: more cells than frames almost always means a transposed array.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import numpy as np

from engram.exceptions import EngramFormatError, EngramInputError

__all__ = ["RawSession", "finalize", "check_cells_first", "numeric_array", "scalar_float", "require_file", "ON_INVALID"]

log = logging.getLogger(__name__)

ON_INVALID = ("error", "skip")


@dataclass
class RawSession:
    """What a format reader returns: cells x frames arrays, frame times in seconds, notes."""

    traces: np.ndarray
    times: np.ndarray
    fps: float
    deconvolved: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)
    trace_kind: str = "dff"


def check_cells_first(arr: np.ndarray, source: str, name: str) -> None:
    """Refuse arrays whose orientation cannot be told (rows >= columns) when nothing else tells it."""
    if arr.ndim != 2:
        raise EngramFormatError(f"{source}: {name} must be 2-D (cells x frames), got shape {arr.shape}")
    n_rows, n_cols = arr.shape
    if n_rows == 0 or n_cols == 0:
        raise EngramFormatError(f"{source}: {name} is empty (shape {arr.shape})")
    if n_rows >= n_cols:
        raise EngramFormatError(
            f"{source}: {name} has shape {arr.shape}: expected cells x frames with more frames than cells; "
            "the orientation is ambiguous (transposed?)"
        )


def require_file(path: str, what: str = "file") -> None:
    """A one-line :class:`EngramInputError` unless ``path`` is an existing regular file."""
    if not os.path.isfile(path):
        why = "is a directory, not a file" if os.path.isdir(path) else "does not exist"
        raise EngramInputError(f"{path}: {what} {why}")


def numeric_array(source: str, name: str, arr) -> np.ndarray:
    """``arr`` as a numpy array if its dtype is boolean, integer or float; else a one-line format error."""
    arr = np.asarray(arr)
    if arr.dtype.kind not in "biuf":
        raise EngramFormatError(f"{source}: {name} must hold numbers, got dtype {arr.dtype}")
    return arr


def scalar_float(source: str, name: str, value) -> float:
    """A single number from a file (``fps``, a frame rate) as a float; else a one-line format error."""
    arr = numeric_array(source, name, value)
    if arr.size != 1:
        raise EngramFormatError(f"{source}: {name} must be a single number, got shape {arr.shape}")
    return float(arr.reshape(()))


def resolve_fps(source: str, from_file: float | None, from_manifest: float | None) -> float:
    """Pick the frame rate: the file's value, else the manifest's ``fps`` column; they must agree."""
    if from_file is not None and from_manifest is not None and not np.isclose(from_file, from_manifest, rtol=1e-3):
        raise EngramInputError(f"{source}: frame rate {from_file:g} Hz in the file but {from_manifest:g} Hz in the manifest")
    fps = from_file if from_file is not None else from_manifest
    if fps is None:
        raise EngramInputError(f"{source}: no frame rate in the file; add an fps column to the manifest")
    if not np.isfinite(fps) or fps <= 0:
        raise EngramInputError(f"{source}: frame rate must be positive, got {fps!r}")
    return float(fps)


def finalize(
    source: str,
    traces: np.ndarray,
    fps: float,
    *,
    deconvolved: np.ndarray | None = None,
    times: np.ndarray | None = None,
    on_invalid: str = "error",
    notes: list[str] | None = None,
    trace_kind: str = "dff",
) -> RawSession:
    """Check shapes and finiteness of a cells x frames session; drop bad frames only in skip mode."""
    notes = list(notes or [])
    traces = np.asarray(traces, dtype=np.float32)
    n_frames = traces.shape[1]
    if deconvolved is not None:
        deconvolved = np.asarray(deconvolved, dtype=np.float32)
        if deconvolved.shape != traces.shape:
            raise EngramInputError(
                f"{source}: length mismatch: deconvolved activity has shape {deconvolved.shape}, traces {traces.shape}"
            )
    if times is None:
        times = np.arange(n_frames, dtype=np.float64) / fps
    else:
        times = np.asarray(times, dtype=np.float64)
        if times.shape != (n_frames,):
            raise EngramInputError(f"{source}: length mismatch: {n_frames} frames but {times.size} time stamps")
    bad = ~np.isfinite(traces).all(axis=0)
    if deconvolved is not None:
        bad |= ~np.isfinite(deconvolved).all(axis=0)
    bad |= ~np.isfinite(times)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        what = f"{int(bad.sum())} frame(s) with NaN/inf values (first at frame {first})"
        if on_invalid != "skip":
            raise EngramInputError(f"{source}: {what}; fix the file or skip invalid frames")
        msg = f"{source}: dropped {what}"
        log.warning(msg)
        notes.append(msg)
        keep = ~bad
        traces = traces[:, keep]
        times = times[keep]
        if deconvolved is not None:
            deconvolved = deconvolved[:, keep]
        if traces.shape[1] == 0:
            raise EngramInputError(f"{source}: no finite frame left")
    return RawSession(np.ascontiguousarray(traces), times, float(fps), deconvolved, notes, trace_kind)
