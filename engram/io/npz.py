"""Read and write NPZ sessions: ``traces`` (cells x frames), ``fps``, optional ``spikes``, ``times``.

Orientation: cells first (rows are cells). Arrays with at least as many rows as columns are refused.
"""

from __future__ import annotations

import os
import zipfile
import zlib

import numpy as np

from engram.exceptions import EngramFormatError
from engram.io._common import RawSession, check_cells_first, finalize, numeric_array, require_file, resolve_fps, scalar_float

__all__ = ["read_npz", "write_npz"]


def read_npz(path: str, *, fps: float | None = None, on_invalid: str = "error") -> RawSession:
    """Read an NPZ session file (cells x frames).

    A missing, truncated or corrupt file, or one that holds a single array (``.npy``) or pickled objects,
    is an :class:`EngramFormatError` naming the file; no pickle is ever loaded.
    """
    require_file(path)
    try:
        z = np.load(path, allow_pickle=False)
        if not isinstance(z, np.lib.npyio.NpzFile):
            raise ValueError("a single .npy array, not an .npz archive")
        with z:
            data = {k: z[k] for k in z.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error, UnicodeDecodeError) as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise EngramFormatError(f"{path}: not a readable npz file ({msg})") from None
    if "traces" not in data:
        raise EngramFormatError(f"{path}: no 'traces' array (found {', '.join(sorted(data)) or 'nothing'})")
    traces = numeric_array(path, "traces", data["traces"])
    check_cells_first(traces, path, "traces")
    file_fps = scalar_float(path, "fps", data["fps"]) if "fps" in data else None
    rate = resolve_fps(path, file_fps, fps)
    spikes = data.get("spikes", data.get("deconvolved"))
    if spikes is not None:
        spikes = numeric_array(path, "spikes", spikes)
    times = data.get("times")
    if times is not None:
        times = numeric_array(path, "times", times)
    return finalize(path, traces, rate, deconvolved=spikes, times=times, on_invalid=on_invalid)


def write_npz(path: str, traces: np.ndarray, fps: float, spikes: np.ndarray | None = None) -> None:
    """Write ``traces`` (cells x frames), ``fps`` and optional ``spikes`` to ``path``."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    arrays = {"traces": np.asarray(traces, dtype=np.float32), "fps": np.float64(fps)}
    if spikes is not None:
        arrays["spikes"] = np.asarray(spikes, dtype=np.float32)
    np.savez(path, **arrays)
