"""The manifest (one row per mouse and session) and the label table; loading them into a data set.

Manifest CSV columns: ``mouse, session, day, context, path, format`` and optional ``shock_time_s``,
``cellreg`` (a CellReg map for that mouse, the same on every row of the mouse or given once) and
``fps`` (used when the file carries no frame rate). Relative paths are relative to the manifest.
Formats: ``nwb``, ``suite2p`` (a folder), ``caiman`` (HDF5), ``npz``, ``csv``.

Labels CSV columns: ``mouse, cell, engram`` (cell = registered index, 0-based; engram 0/1).

Validation (each a one-line :class:`EngramInputError` naming the file and the problem, or in skip mode
a logged warning plus an entry in ``EngramDataset.dropped``): missing columns, duplicate rows, unknown
formats, missing files, NaN/inf frames, length mismatches (within a file, across the sessions of a mouse
without a CellReg map, CellReg indices beyond a file), labels for unknown cells, cells without labels.
Cells are never re-ordered silently: without a CellReg map every session of a mouse must have the same
number of cells, and row i is cell i.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from engram.dataset import EngramDataset, Recording, validate_labels
from engram.exceptions import EngramFormatError, EngramInputError
from engram.io._common import ON_INVALID, RawSession
from engram.io.caiman import read_caiman
from engram.io.cellreg import read_cellreg
from engram.io.csv import read_csv_traces
from engram.io.npz import read_npz
from engram.io.nwb import read_nwb
from engram.io.suite2p import read_suite2p

__all__ = [
    "FORMATS",
    "ManifestRow",
    "Manifest",
    "read_manifest",
    "read_labels",
    "read_session",
    "load_mouse",
    "load_dataset",
]

log = logging.getLogger(__name__)

FORMATS = {
    "nwb": read_nwb,
    "suite2p": read_suite2p,
    "caiman": read_caiman,
    "npz": read_npz,
    "csv": read_csv_traces,
}

_REQUIRED = ("mouse", "session", "day", "context", "path", "format")


@dataclass(frozen=True)
class ManifestRow:
    mouse: str
    session: str
    day: float
    context: str
    path: str
    format: str
    shock_time_s: float | None = None
    cellreg: str | None = None
    fps: float | None = None
    line: int = 0


@dataclass(frozen=True)
class Manifest:
    """Validated manifest rows plus the file they came from and what was dropped."""

    rows: tuple[ManifestRow, ...]
    source: str = "<memory>"
    dropped: tuple[str, ...] = ()

    @property
    def mice(self) -> list[str]:
        from engram.dataset import _natural_key

        return sorted({r.mouse for r in self.rows}, key=_natural_key)

    def for_mouse(self, mouse: str) -> list[ManifestRow]:
        return [r for r in self.rows if r.mouse == mouse]


def _opt_float(value, source: str, column: str, line: int) -> float | None:
    if value is None or (isinstance(value, float) and np.isnan(value)) or str(value).strip() == "":
        return None
    try:
        return float(value)
    except ValueError:
        raise EngramInputError(f"{source}: line {line}: {column} must be a number, got {value!r}") from None


def read_manifest(path: str, on_invalid: str = "error") -> Manifest:
    """Read and validate a manifest CSV (see the module docstring)."""
    if on_invalid not in ON_INVALID:
        raise ValueError(f"on_invalid must be one of {ON_INVALID}, got {on_invalid!r}")
    if not os.path.isfile(path):
        raise EngramInputError(f"{path}: manifest file does not exist")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise EngramFormatError(f"{path}: not a readable CSV ({str(exc).splitlines()[0]})") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    missing = [c for c in _REQUIRED if c not in frame.columns]
    if missing:
        raise EngramInputError(f"{path}: missing column(s) {', '.join(missing)}")
    if frame.empty:
        raise EngramInputError(f"{path}: the manifest has no rows")
    base = os.path.dirname(os.path.abspath(path))
    dropped: list[str] = []
    rows: list[ManifestRow] = []
    seen: dict[tuple[str, str], int] = {}

    def reject(msg: str, action: str) -> None:
        """An invalid row: an error, or with on_invalid="skip" a warning and a note in ``dropped``."""
        if on_invalid != "skip":
            raise EngramInputError(msg)
        dropped.append(f"{msg}; {action}")
        log.warning(dropped[-1])

    for i, rec in enumerate(frame.to_dict("records")):
        line = i + 2  # header is line 1
        mouse, session = rec["mouse"].strip(), rec["session"].strip()
        if not mouse or not session:
            raise EngramInputError(f"{path}: line {line}: empty mouse or session")
        if (mouse, session) in seen:
            reject(f"{path}: duplicate rows for mouse {mouse!r} session {session!r} "
                   f"(lines {seen[mouse, session]} and {line})", "dropped the later row")
            continue
        fmt = rec["format"].strip().lower()
        if fmt not in FORMATS:
            raise EngramInputError(
                f"{path}: line {line}: unknown format {rec['format']!r} (use one of {', '.join(FORMATS)})"
            )
        day = _opt_float(rec["day"], path, "day", line)
        if day is None:
            raise EngramInputError(f"{path}: line {line}: day is empty")
        fpath = rec["path"].strip()
        fpath = fpath if os.path.isabs(fpath) else os.path.join(base, fpath)
        if not os.path.exists(fpath):
            reject(f"{path}: line {line}: missing file {fpath}", "dropped the row")
            continue
        cellreg = str(rec.get("cellreg", "") or "").strip() or None
        if cellreg is not None and not os.path.isabs(cellreg):
            cellreg = os.path.join(base, cellreg)
        seen[mouse, session] = line
        rows.append(
            ManifestRow(
                mouse=mouse, session=session, day=day, context=rec["context"].strip(), path=fpath, format=fmt,
                shock_time_s=_opt_float(rec.get("shock_time_s"), path, "shock_time_s", line),
                cellreg=cellreg, fps=_opt_float(rec.get("fps"), path, "fps", line), line=line,
            )
        )
    # one CellReg map per mouse
    for mouse in {r.mouse for r in rows}:
        maps = {r.cellreg for r in rows if r.mouse == mouse and r.cellreg}
        if len(maps) > 1:
            raise EngramInputError(f"{path}: mouse {mouse!r} has more than one cellreg file")
        if maps:
            cr = maps.pop()
            if not os.path.isfile(cr):
                raise EngramInputError(f"{path}: mouse {mouse!r}: missing cellreg file {cr}")
            rows = [
                ManifestRow(**{**r.__dict__, "cellreg": cr}) if r.mouse == mouse else r for r in rows
            ]
    if not rows:
        raise EngramInputError(f"{path}: no usable rows left")
    return Manifest(tuple(rows), os.path.abspath(path), tuple(dropped))


def read_labels(path: str) -> pd.DataFrame:
    """Read and validate a labels CSV (``mouse, cell, engram``)."""
    if not os.path.isfile(path):
        raise EngramInputError(f"{path}: labels file does not exist")
    try:
        frame = pd.read_csv(path, dtype={"mouse": str})
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise EngramFormatError(f"{path}: not a readable CSV ({str(exc).splitlines()[0]})") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    return validate_labels(frame, path)


def read_session(row: ManifestRow, on_invalid: str = "error") -> RawSession:
    """Read one manifest row's file with its format reader."""
    return FORMATS[row.format](row.path, fps=row.fps, on_invalid=on_invalid)


def load_mouse(
    rows: list[ManifestRow], labels: pd.DataFrame, on_invalid: str = "error", labels_source: str = "labels"
) -> tuple[list[Recording], pd.DataFrame, list[str]]:
    """Load and align every session of one mouse; return recordings, the mouse's labels and notes.

    ``labels`` may hold other mice; only this mouse's rows are checked and returned.
    """
    mouse = rows[0].mouse
    notes: list[str] = []
    raws = [read_session(r, on_invalid) for r in rows]
    for raw in raws:
        notes.extend(raw.notes)
    cellreg = rows[0].cellreg
    cell_ids: list[np.ndarray] = []
    index: list[np.ndarray] = []
    if cellreg:
        cmap = read_cellreg(cellreg, len(rows))
        for s, (row, raw) in enumerate(zip(rows, raws)):
            col = cmap[:, s]
            n = raw.traces.shape[0]
            if col.max(initial=0) > n:
                raise EngramInputError(
                    f"{cellreg}: length mismatch: session {row.session!r} maps to ROI {int(col.max())} "
                    f"but {row.path} has {n} cells"
                )
            present = np.flatnonzero(col > 0)
            cell_ids.append(present)
            index.append(col[present] - 1)
            unregistered = n - present.size
            if unregistered:
                log.info("%s: %d ROI(s) not in the CellReg map are left out", row.path, unregistered)
    else:
        counts = {row.session: raw.traces.shape[0] for row, raw in zip(rows, raws)}
        if len(set(counts.values())) > 1:
            (s1, n1), (s2, n2) = sorted(counts.items(), key=lambda kv: kv[1])[:: len(counts) - 1]
            raise EngramInputError(
                f"{rows[0].path}: length mismatch: mouse {mouse!r} has {n1} cells in session {s1!r} but {n2} in "
                f"{s2!r}; give a cellreg map to align them"
            )
        for raw in raws:
            n = raw.traces.shape[0]
            cell_ids.append(np.arange(n))
            index.append(np.arange(n))
    known = np.unique(np.concatenate(cell_ids)) if cell_ids else np.array([], dtype=int)
    lab = labels[labels["mouse"] == mouse]
    if lab.empty:
        msg = f"{labels_source}: no labels for mouse {mouse!r}"
        raise EngramInputError(msg)
    unknown = ~lab["cell"].isin(known)
    if unknown.any():
        msg = (
            f"{labels_source}: labels for {int(unknown.sum())} unknown cell(s) of mouse {mouse!r} "
            f"(e.g. cell {int(lab['cell'][unknown].iloc[0])}; the data have cells {int(known.min())}..{int(known.max())})"
        )
        if on_invalid != "skip":
            raise EngramInputError(msg)
        notes.append(msg + "; dropped those labels")
        log.warning(notes[-1])
        lab = lab[~unknown]
    unlabelled = np.setdiff1d(known, lab["cell"].to_numpy())
    if unlabelled.size:
        msg = f"{labels_source}: {unlabelled.size} cell(s) of mouse {mouse!r} have no label (e.g. cell {int(unlabelled[0])})"
        if on_invalid != "skip":
            raise EngramInputError(msg)
        notes.append(msg + "; dropped those cells")
        log.warning(notes[-1])
    labelled = set(lab["cell"].tolist())
    recs: list[Recording] = []
    for row, raw, ids, idx in zip(rows, raws, cell_ids, index):
        keep = np.fromiter((c in labelled for c in ids), dtype=bool, count=ids.size)
        ids, idx = ids[keep], idx[keep]
        whole = idx.size == raw.traces.shape[0] and np.array_equal(idx, np.arange(idx.size))

        def take(a):
            return a if (a is None or whole) else a[idx]  # no copy when every row is kept in order

        recs.append(
            Recording(
                mouse=mouse, session=row.session, day=row.day, context=row.context,
                traces=take(raw.traces), times=raw.times, fps=raw.fps, cells=ids,
                deconvolved=take(raw.deconvolved),
                shock_time_s=row.shock_time_s, source=row.path, format=row.format,
            )
        )
    return recs, lab.reset_index(drop=True), notes


def load_dataset(manifest: str | Manifest, labels: str | pd.DataFrame, on_invalid: str = "error") -> EngramDataset:
    """Load every mouse of a manifest into one :class:`EngramDataset`."""
    man = manifest if isinstance(manifest, Manifest) else read_manifest(manifest, on_invalid)
    labels_source = labels if isinstance(labels, str) else "labels"
    lab = read_labels(labels) if isinstance(labels, str) else validate_labels(labels)
    extra = sorted(set(lab["mouse"]) - set(man.mice))
    dropped = list(man.dropped)
    if extra:
        msg = f"{labels_source}: labels for mouse {extra[0]!r} which is not in the manifest {man.source}"
        if on_invalid != "skip":
            raise EngramInputError(msg)
        dropped.append(msg + "; dropped")
        lab = lab[~lab["mouse"].isin(extra)]
    recs: list[Recording] = []
    labs = []
    for mouse in man.mice:
        r, l_, notes = load_mouse(man.for_mouse(mouse), lab, on_invalid, labels_source)
        recs.extend(r)
        labs.append(l_)
        dropped.extend(notes)
    return EngramDataset(tuple(recs), pd.concat(labs, ignore_index=True), tuple(dropped))
