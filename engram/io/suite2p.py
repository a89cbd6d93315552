"""Read and write suite2p output folders (``F.npy``, ``Fneu.npy``, ``spks.npy``, ``iscell.npy``, ``ops.npy``).

Orientation: ROIs x frames, as suite2p writes them. Only ROIs with ``iscell[:, 0] == 1`` are kept, in
file order; a cell's index in a session (before CellReg mapping) is its position among those ROIs.
Traces are neuropil-corrected ``F - 0.7 * Fneu`` turned into Delta F / F with the 10th percentile as
baseline; ``spks`` is the deconvolved activity, divided by the same baseline so it is in trace units. The frame rate is ``ops['fs']``, else the manifest's ``fps``.
``ops.npy`` is a pickled dict; it is read by :func:`engram.io._safe_npy.load_pickled_npy`, whose unpickler
admits only numpy arrays, dtypes, scalars and plain containers, so a crafted file cannot run code (a pickle
naming any other global is refused as "not a suite2p ops dictionary"). No file is read with ``allow_pickle``.
"""

from __future__ import annotations

import os
import pickle

import numpy as np

from engram.exceptions import EngramFormatError, EngramInputError
from engram.io._common import RawSession, finalize, numeric_array, resolve_fps
from engram.io._safe_npy import load_pickled_npy

__all__ = ["read_suite2p", "write_suite2p", "NEUROPIL_FACTOR"]

NEUROPIL_FACTOR = 0.7


def _folder(path: str) -> str:
    if os.path.isfile(os.path.join(path, "F.npy")):
        return path
    plane0 = os.path.join(path, "plane0")
    if os.path.isfile(os.path.join(plane0, "F.npy")):
        return plane0
    if not os.path.isdir(path):
        raise EngramInputError(f"{path}: suite2p folder does not exist")
    raise EngramFormatError(f"{path}: no F.npy in the folder (nor in plane0/)")


def _load(folder: str, name: str, required: bool = True) -> np.ndarray | None:
    fpath = os.path.join(folder, name)
    if not os.path.isfile(fpath):
        if required:
            raise EngramFormatError(f"{fpath}: missing file in suite2p folder")
        return None
    try:
        arr = np.load(fpath, allow_pickle=False)
    except (ValueError, OSError, EOFError) as exc:
        raise EngramFormatError(f"{fpath}: not a readable .npy array ({str(exc).splitlines()[0]})") from None
    return numeric_array(fpath, "the array", arr)


def read_suite2p(
    path: str, *, fps: float | None = None, on_invalid: str = "error", neuropil: float = NEUROPIL_FACTOR
) -> RawSession:
    """Read a suite2p plane folder into a cells x frames Delta F / F session."""
    folder = _folder(path)
    f = _load(folder, "F.npy")
    fneu = _load(folder, "Fneu.npy")
    spks = _load(folder, "spks.npy", required=False)
    iscell = _load(folder, "iscell.npy", required=False)
    if f.ndim != 2:
        raise EngramFormatError(f"{folder}/F.npy: expected ROIs x frames, got shape {f.shape}")
    if fneu.shape != f.shape:
        raise EngramInputError(f"{folder}/Fneu.npy: length mismatch: shape {fneu.shape} vs F.npy {f.shape}")
    if spks is not None and spks.shape != f.shape:
        raise EngramInputError(f"{folder}/spks.npy: length mismatch: shape {spks.shape} vs F.npy {f.shape}")
    if iscell is not None:
        flags = iscell[:, 0] if iscell.ndim == 2 else iscell
        if flags.shape[0] != f.shape[0]:
            hint = " (F.npy looks frames x ROIs)" if flags.shape[0] == f.shape[1] else ""
            raise EngramFormatError(
                f"{folder}/iscell.npy: length mismatch: {flags.shape[0]} ROIs but F.npy has {f.shape[0]} rows{hint}"
            )
        keep = flags.astype(float) > 0.5
    else:
        if f.shape[0] >= f.shape[1]:
            raise EngramFormatError(
                f"{folder}/F.npy: shape {f.shape} is ambiguous without iscell.npy (expected ROIs x frames)"
            )
        keep = np.ones(f.shape[0], dtype=bool)
    file_fps = None
    ops_path = os.path.join(folder, "ops.npy")
    if os.path.isfile(ops_path):
        try:
            ops = load_pickled_npy(ops_path)
            ops = ops.item() if ops.shape == () else None
            if not isinstance(ops, dict):
                raise TypeError("not a dict")
            file_fps = float(ops["fs"]) if "fs" in ops else None
        except pickle.UnpicklingError as exc:
            raise EngramFormatError(f"{ops_path}: not a suite2p ops dictionary (refused: {exc})") from None
        except (ValueError, TypeError, KeyError, EOFError, OSError, AttributeError, IndexError):
            raise EngramFormatError(f"{ops_path}: not a suite2p ops dictionary") from None
    rate = resolve_fps(folder, file_fps, fps)
    fc = f[keep].astype(np.float64) - neuropil * fneu[keep].astype(np.float64)
    with np.errstate(invalid="ignore"):
        f0 = np.nanpercentile(fc, 10, axis=1, keepdims=True)
        scale = np.where(f0 > 0, f0, np.nanmedian(np.abs(f[keep]), axis=1, keepdims=True))
        scale = np.where(scale > 0, scale, 1.0)
        dff = (fc - f0) / scale
    deconv = spks[keep] / scale if spks is not None else None  # same units as the Delta F / F trace
    return finalize(folder, dff, rate, deconvolved=deconv, on_invalid=on_invalid)


def write_suite2p(
    folder: str,
    traces: np.ndarray,
    fps: float,
    spikes: np.ndarray | None = None,
    *,
    baseline: float = 100.0,
    n_not_cells: int = 0,
    seed=None,
) -> None:
    """Write a suite2p-like folder whose reading gives back ``traces`` as Delta F / F (approximately).

    ``n_not_cells`` extra ROIs with ``iscell = 0`` are interleaved to exercise the filter.
    """
    rng = np.random.default_rng(seed)
    os.makedirs(folder, exist_ok=True)
    traces = np.asarray(traces, dtype=np.float64)
    n, t = traces.shape
    neu = baseline * 0.5 + rng.normal(0.0, 0.5, size=(n, t))
    # choose F so that F - 0.7 Fneu = baseline * (1 + dff) up to the baseline percentile shift
    f = baseline * (1.0 + traces) + NEUROPIL_FACTOR * neu
    iscell = np.column_stack([np.ones(n), np.full(n, 0.9)])
    spks = baseline * np.asarray(spikes, dtype=np.float64) if spikes is not None else np.zeros_like(f)
    if n_not_cells:
        pos = np.sort(rng.choice(n + n_not_cells, size=n_not_cells, replace=False))
        is_cell = np.ones(n + n_not_cells, dtype=bool)
        is_cell[pos] = False
        full = lambda a, fill: _interleave(a, is_cell, fill)  # noqa: E731
        f, neu, spks = full(f, baseline), full(neu, baseline * 0.5), full(spks, 0.0)
        iscell = np.column_stack([is_cell.astype(float), np.where(is_cell, 0.9, 0.1)])
    np.save(os.path.join(folder, "F.npy"), f.astype(np.float32))
    np.save(os.path.join(folder, "Fneu.npy"), neu.astype(np.float32))
    np.save(os.path.join(folder, "spks.npy"), spks.astype(np.float32))
    np.save(os.path.join(folder, "iscell.npy"), iscell)
    np.save(os.path.join(folder, "ops.npy"), np.array({"fs": float(fps), "nframes": t}, dtype=object), allow_pickle=True)


def _interleave(a: np.ndarray, is_cell: np.ndarray, fill: float) -> np.ndarray:
    out = np.full((is_cell.size, a.shape[1]), fill, dtype=np.float64)
    out[is_cell] = a
    return out
