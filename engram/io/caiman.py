"""Read and write CaImAn HDF5 results (``estimates/C``, ``estimates/S``, ``estimates/idx_components``).

Orientation: components x frames, as CaImAn stores ``C`` and ``S``. The trace is the denoised calcium
``C`` (not ``F_dff``, so that ``S`` is in the trace's units for the noise-scaled event threshold); ``S`` is
the deconvolved activity. Only the
components listed in ``idx_components`` are kept (all of them when it is absent or empty), in that
order. The frame rate is ``params/data/fr`` when present, else the manifest's ``fps``.
"""

from __future__ import annotations

import os

import numpy as np

from engram.exceptions import EngramFormatError, EngramInputError
from engram.io._common import RawSession, check_cells_first, finalize, numeric_array, resolve_fps, scalar_float

__all__ = ["read_caiman", "write_caiman"]


def _dataset(h5, key):
    if key not in h5:
        return None
    obj = h5[key]
    if not hasattr(obj, "shape"):
        return None
    value = obj[()]
    if isinstance(value, (bytes, str)) or (hasattr(value, "dtype") and value.dtype.kind in "OSU"):
        return None  # CaImAn writes None as a string
    return np.asarray(value)


def read_caiman(path: str, *, fps: float | None = None, on_invalid: str = "error") -> RawSession:
    """Read a CaImAn HDF5 file into a cells x frames session."""
    import h5py

    try:
        h5 = h5py.File(path, "r")
    except OSError as exc:
        if not os.path.exists(path):
            raise EngramInputError(f"{path}: file does not exist") from None
        raise EngramFormatError(f"{path}: not an HDF5 file ({exc})") from None
    with h5:
        c = _dataset(h5, "estimates/C")
        if c is None:
            raise EngramFormatError(f"{path}: no estimates/C dataset (is this a CaImAn result?)")
        s = _dataset(h5, "estimates/S")
        dff = _dataset(h5, "estimates/F_dff")
        idx = _dataset(h5, "estimates/idx_components")
        fr = _dataset(h5, "params/data/fr")
        n_comp = None
        if "estimates/A" in h5 and "shape" in h5["estimates/A"].attrs:
            n_comp = int(h5["estimates/A"].attrs["shape"][1])
    c = numeric_array(path, "estimates/C", c)
    s = numeric_array(path, "estimates/S", s) if s is not None else None
    if c.ndim != 2:
        raise EngramFormatError(f"{path}: estimates/C must be 2-D, got shape {c.shape}")
    if n_comp is not None and c.shape[0] != n_comp:
        raise EngramFormatError(
            f"{path}: estimates/C has {c.shape[0]} rows but A has {n_comp} components (C must be components x frames)"
        )
    if n_comp is None:
        check_cells_first(c, path, "estimates/C")
    for name, arr in (("estimates/S", s), ("estimates/F_dff", dff)):
        if arr is not None and arr.shape != c.shape:
            raise EngramInputError(f"{path}: length mismatch: {name} has shape {arr.shape}, estimates/C {c.shape}")
    trace = c
    if idx is not None and idx.size:
        idx = numeric_array(path, "estimates/idx_components", idx).ravel()
        if not np.all(np.isfinite(idx)) or np.any(idx != np.round(idx)):
            raise EngramFormatError(f"{path}: estimates/idx_components must hold integer component indices")
        idx = idx.astype(np.int64)
        if idx.min() < 0 or idx.max() >= c.shape[0]:
            raise EngramInputError(f"{path}: idx_components refers to component {idx.max()} of {c.shape[0]}")
        trace = trace[idx]
        s = s[idx] if s is not None else None
    rate = resolve_fps(path, scalar_float(path, "params/data/fr", fr) if fr is not None else None, fps)
    return finalize(path, trace, rate, deconvolved=s, on_invalid=on_invalid, trace_kind="calcium")


def write_caiman(
    path: str, calcium: np.ndarray, fps: float, spikes: np.ndarray | None = None, *, n_rejected: int = 0, seed=None
) -> None:
    """Write a minimal CaImAn-like HDF5 file; ``n_rejected`` extra components are left out of idx_components."""
    import h5py

    rng = np.random.default_rng(seed)
    calcium = np.asarray(calcium, dtype=np.float64)
    n, t = calcium.shape
    total = n + n_rejected
    order = rng.permutation(total)
    accepted = np.sort(order[:n])
    c = rng.normal(0, 0.05, size=(total, t))
    s = np.zeros((total, t))
    c[accepted] = calcium
    if spikes is not None:
        s[accepted] = spikes
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with h5py.File(path, "w") as h5:
        est = h5.create_group("estimates")
        est.create_dataset("C", data=c.astype(np.float32))
        est.create_dataset("S", data=s.astype(np.float32))
        est.create_dataset("idx_components", data=accepted.astype(np.int64))
        a = est.create_group("A")
        a.attrs["shape"] = np.array([64 * 64, total])
        h5.create_dataset("params/data/fr", data=float(fps))
