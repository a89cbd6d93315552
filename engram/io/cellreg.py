"""Read and write CellReg cell-to-index maps.

CellReg's ``cell_registered_struct.cell_to_index_map`` has one row per registered cell and one column
per session (1-based ROI index within that session's file, 0 = not found). MATLAB v7.3 files (HDF5)
store it transposed, sessions x registered cells, which is also how some notes describe it; the reader
accepts either orientation and tells them apart by the number of sessions of the mouse, refusing a map
whose two dimensions both equal it. Columns are taken in the order the mouse's sessions appear in the
manifest. Accepted files: ``.mat`` (v5 via scipy, v7.3 via h5py), ``.npy``, ``.npz``
(``cell_to_index_map``), ``.csv`` (no header, one row per registered cell).

The registered index of a cell (the ``cell`` column of the labels table) is its 0-based row in the map.
"""

from __future__ import annotations

import os
import zipfile
import zlib

import numpy as np
from scipy.io.matlab import MatReadError

from engram.exceptions import EngramFormatError, EngramInputError
from engram.io._common import numeric_array

__all__ = ["read_cellreg", "write_cellreg"]


def _raw(path: str) -> np.ndarray:
    ext = os.path.splitext(path)[1].lower()
    if not os.path.isfile(path):
        raise EngramInputError(f"{path}: CellReg file does not exist")
    try:
        if ext == ".npy":
            return np.load(path, allow_pickle=False)
        if ext == ".npz":
            with np.load(path, allow_pickle=False) as z:
                if "cell_to_index_map" not in z.files:
                    raise EngramFormatError(f"{path}: no cell_to_index_map array")
                return z["cell_to_index_map"]
        if ext == ".csv":
            return np.loadtxt(path, delimiter=",", ndmin=2)
        if ext == ".mat":
            return _mat(path)
    except (ValueError, OSError, EOFError, KeyError, TypeError, NotImplementedError, zipfile.BadZipFile, zlib.error,
            MatReadError) as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise EngramFormatError(f"{path}: unreadable CellReg map ({msg})") from None
    raise EngramFormatError(f"{path}: unknown CellReg file type {ext!r} (use .mat, .npy, .npz or .csv)")


def _mat(path: str) -> np.ndarray:
    import h5py
    import scipy.io

    if h5py.is_hdf5(path):
        with h5py.File(path, "r") as h5:
            for key in ("cell_registered_struct/cell_to_index_map", "cell_to_index_map"):
                if key in h5:
                    return np.asarray(h5[key][()])  # stored transposed: sessions x cells
        raise EngramFormatError(f"{path}: no cell_registered_struct.cell_to_index_map")
    mat = scipy.io.loadmat(path, squeeze_me=True, struct_as_record=False)
    if "cell_registered_struct" in mat:
        return np.asarray(mat["cell_registered_struct"].cell_to_index_map)
    if "cell_to_index_map" in mat:
        return np.asarray(mat["cell_to_index_map"])
    raise EngramFormatError(f"{path}: no cell_registered_struct.cell_to_index_map")


def read_cellreg(path: str, n_sessions: int) -> np.ndarray:
    """Return the map as an int array, registered cells x sessions, 1-based (0 = not found)."""
    raw = numeric_array(path, "cell_to_index_map", _raw(path))
    if raw.ndim == 1 and n_sessions == 1:
        raw = raw[:, None]
    if raw.ndim != 2:
        raise EngramFormatError(f"{path}: cell_to_index_map must be 2-D, got shape {raw.shape}")
    rows, cols = raw.shape
    if rows == n_sessions and cols == n_sessions:
        raise EngramFormatError(
            f"{path}: cell_to_index_map is {rows} x {cols} with {n_sessions} sessions: orientation is ambiguous"
        )
    if cols == n_sessions:
        m = raw
    elif rows == n_sessions:
        m = raw.T
    else:
        raise EngramInputError(
            f"{path}: length mismatch: cell_to_index_map has shape {raw.shape} but the mouse has {n_sessions} sessions"
        )
    if not np.all(np.isfinite(m)) or np.any(m < 0) or np.any(m != np.round(m)):
        raise EngramFormatError(f"{path}: cell_to_index_map must hold non-negative integers (0 = not found)")
    m = m.astype(np.int64)
    for s in range(m.shape[1]):
        found = m[m[:, s] > 0, s]
        if np.unique(found).size != found.size:
            raise EngramInputError(f"{path}: session column {s} maps one ROI to several registered cells")
    return m


def write_cellreg(path: str, cell_to_index_map: np.ndarray) -> None:
    """Write a map (registered cells x sessions, 1-based, 0 = missing) as .npy, .npz, .csv or .mat (v5)."""
    m = np.asarray(cell_to_index_map, dtype=np.int64)
    ext = os.path.splitext(path)[1].lower()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    if ext == ".npy":
        np.save(path, m)
    elif ext == ".npz":
        np.savez(path, cell_to_index_map=m)
    elif ext == ".csv":
        np.savetxt(path, m, fmt="%d", delimiter=",")
    elif ext == ".mat":
        import scipy.io

        scipy.io.savemat(path, {"cell_registered_struct": {"cell_to_index_map": m.astype(float)}})
    else:
        raise EngramFormatError(f"{path}: unknown CellReg file type {ext!r}")
