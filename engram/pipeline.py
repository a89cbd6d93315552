"""Per-mouse processing, run for many mice in parallel, with results written as they arrive.

Plan
----
One mouse is the unit of work: :func:`analyze_mouse` extracts events (:mod:`engram.events`), computes
the tidy feature rows (:mod:`engram.features`) and, per session, the binned event-count correlation
matrix of the cells present (Pearson r of event counts in bins of ``bin_s`` seconds). It returns a small
:class:`MouseSummary` (features, per-session rates and correlation matrices); the traces are dropped.
The downstream analyses (classification, synchrony, clustering) only read summaries, so memory stays at
one mouse per worker.

:func:`run` maps mice over a process pool (``workers``) or a Dask cluster (``scheduler`` address); when
reading from a manifest each worker loads its own mouse's files. With ``cache_dir`` every finished mouse
is written at once (an ``.npz`` of plain arrays plus a JSON header, read back with ``allow_pickle=False``, so
a cache directory cannot carry code; the file name is a hash of the parameters, files, their sizes and times,
and the mouse's labels), so an interrupted run resumes where it stopped. An unreadable cache file is
recomputed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from engram.dataset import EngramDataset, Recording
from engram.events import EventParams, extract_events
from engram.exceptions import EngramError
from engram.features import context_features, session_features

__all__ = ["AnalysisParams", "SessionSummary", "MouseSummary", "PipelineData", "bin_events", "event_correlation",
           "analyze_mouse", "run", "save_summary", "load_summary"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AnalysisParams:
    """Event extraction and binning used for every mouse."""

    events: EventParams = field(default_factory=EventParams)
    bin_s: float = 0.5

    def __post_init__(self) -> None:
        if not self.bin_s > 0:
            raise EngramError(f"bin_s must be positive, got {self.bin_s}")

    def to_dict(self) -> dict:
        return {"events": self.events.to_dict(), "bin_s": self.bin_s}


@dataclass(eq=False)
class SessionSummary:
    session: str
    day: float
    context: str
    cells: np.ndarray  # registered ids present
    labels: np.ndarray  # 0/1
    rates: np.ndarray  # event frames per second
    corr: np.ndarray  # float32 (n x n), NaN rows for silent cells
    n_bins: int
    events: dict  # method record


@dataclass(eq=False)
class MouseSummary:
    mouse: str
    tidy: pd.DataFrame  # mouse, cell, session, epoch, feature, value
    labels: pd.DataFrame  # mouse, cell, engram
    sessions: list[SessionSummary]
    notes: list[str] = field(default_factory=list)


@dataclass(eq=False)
class PipelineData:
    """Summaries of every mouse plus the session order and the parameters."""

    mice: list[MouseSummary]
    sessions: list[str]
    params: AnalysisParams
    notes: list[str] = field(default_factory=list)

    @property
    def labels(self) -> pd.DataFrame:
        return pd.concat([m.labels for m in self.mice], ignore_index=True)

    @property
    def tidy(self) -> pd.DataFrame:
        return pd.concat([m.tidy for m in self.mice], ignore_index=True)

    def events_record(self) -> dict:
        """Parameters and the methods actually used (with counts of recordings)."""
        used: dict[str, int] = {}
        for m in self.mice:
            for s in m.sessions:
                key = s.events["method"] + (f"+{s.events['deconvolution']}" if s.events.get("deconvolution") else "")
                used[key] = used.get(key, 0) + 1
        return {**self.params.events.to_dict(), "used": used, "bin_s": self.params.bin_s}


def bin_events(events: np.ndarray, times: np.ndarray, bin_s: float) -> np.ndarray:
    """Sum event frames into consecutive time bins of ``bin_s`` seconds (bins by time stamps)."""
    rel = times - times[0]
    idx = np.floor(rel / bin_s + 1e-9).astype(np.int64)
    starts = np.flatnonzero(np.r_[True, np.diff(idx) != 0])
    return np.add.reduceat(events.astype(np.float32), starts, axis=1)


def event_correlation(counts: np.ndarray) -> np.ndarray:
    """Pearson correlation between rows (cells); rows without variance give NaN rows and columns."""
    x = np.asarray(counts, dtype=np.float64)
    x = x - x.mean(axis=1, keepdims=True)
    norm = np.sqrt((x * x).sum(axis=1))
    ok = norm > 0
    z = np.zeros_like(x)
    z[ok] = x[ok] / norm[ok, None]
    r = z @ z.T
    r[~ok, :] = np.nan
    r[:, ~ok] = np.nan
    np.clip(r, -1.0, 1.0, out=r)
    return r.astype(np.float32)


def analyze_mouse(recordings: list[Recording], labels: pd.DataFrame, params: AnalysisParams,
                  notes: list[str] | None = None) -> MouseSummary:
    """Events, features and per-session correlation matrices of one mouse."""
    mouse = recordings[0].mouse
    lab = labels[labels["mouse"] == mouse]
    lab_map = dict(zip(lab["cell"].to_numpy().tolist(), lab["engram"].to_numpy().tolist()))
    tidy = []
    sessions = []
    for rec in recordings:
        events, record = extract_events(rec.traces, rec.fps, params.events, rec.deconvolved)
        tidy.append(session_features(rec.session, rec.cells, rec.traces, events, rec.times, rec.shock_time_s))
        counts = bin_events(events, rec.times, params.bin_s)
        duration = rec.n_frames / rec.fps
        sessions.append(
            SessionSummary(
                session=rec.session, day=rec.day, context=rec.context, cells=rec.cells.copy(),
                labels=np.array([lab_map.get(int(c), -1) for c in rec.cells], dtype=np.int8),
                rates=events.sum(axis=1) / duration, corr=event_correlation(counts), n_bins=counts.shape[1],
                events={**record, "source": rec.source},
            )
        )
    rows = pd.concat(tidy, ignore_index=True)
    rows = pd.concat([rows, context_features(rows, {r.session: r.context for r in recordings})], ignore_index=True)
    rows.insert(0, "mouse", mouse)
    return MouseSummary(mouse, rows, lab.reset_index(drop=True), sessions, list(notes or []))


def _mouse_from_manifest(rows, labels, params, on_invalid, labels_source) -> MouseSummary:
    from engram.io.manifest import load_mouse

    recs, lab, notes = load_mouse(rows, labels, on_invalid, labels_source)
    order = sorted(range(len(recs)), key=lambda i: (recs[i].day, i))
    return analyze_mouse([recs[i] for i in order], lab, params, notes)


def _cache_key(mouse: str, payload, labels: pd.DataFrame, params: AnalysisParams) -> str:
    h = hashlib.sha256()
    h.update(json.dumps(params.to_dict(), sort_keys=True).encode())
    h.update(mouse.encode())
    if isinstance(payload, list) and payload and hasattr(payload[0], "path"):
        for r in payload:
            d = asdict(r)
            for p in (r.path, r.cellreg):
                if p and os.path.exists(p):
                    st = os.stat(p)
                    d[f"stat:{p}"] = [st.st_size, st.st_mtime_ns]
            h.update(json.dumps(d, sort_keys=True, default=str).encode())
    else:
        for r in payload:
            h.update(r.session.encode())
            h.update(np.ascontiguousarray(r.traces).tobytes())
    h.update(pd.util.hash_pandas_object(labels[labels["mouse"] == mouse], index=False).to_numpy().tobytes())
    return h.hexdigest()[:16]


def _frame_arrays(prefix: str, frame: pd.DataFrame, arrays: dict) -> dict:
    """Columns of ``frame`` into ``arrays`` (strings as unicode arrays); returns the column -> dtype record."""
    dtypes = {}
    for i, col in enumerate(frame.columns):
        values = frame[col].to_numpy()
        if values.dtype.kind not in "biuf":
            values = np.asarray(values, dtype=str)
        arrays[f"{prefix}{i}"] = values
        dtypes[str(col)] = str(frame[col].dtype)
    return dtypes


def _frame_from(prefix: str, dtypes: dict, z) -> pd.DataFrame:
    return pd.DataFrame({col: pd.Series(z[f"{prefix}{i}"]).astype(dt) for i, (col, dt) in enumerate(dtypes.items())})


def save_summary(path: str, summary: MouseSummary) -> None:
    """Write a :class:`MouseSummary` as an ``.npz`` of plain arrays plus a JSON header (no pickle)."""
    arrays: dict = {}
    meta = {"mouse": summary.mouse, "notes": list(summary.notes),
            "tidy": _frame_arrays("tidy_", summary.tidy, arrays),
            "labels": _frame_arrays("labels_", summary.labels, arrays), "sessions": []}
    for i, s in enumerate(summary.sessions):
        meta["sessions"].append({"session": s.session, "day": s.day, "context": s.context, "n_bins": int(s.n_bins),
                                 "events": s.events})
        for name in ("cells", "labels", "rates", "corr"):
            arrays[f"s{i}_{name}"] = np.asarray(getattr(s, name))
    arrays["meta"] = np.array(json.dumps(meta))
    with open(path, "wb") as fh:
        np.savez(fh, **arrays)


def load_summary(path: str) -> MouseSummary:
    """Read a :func:`save_summary` file (``allow_pickle=False``)."""
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(str(z["meta"]))
        sessions = [SessionSummary(session=m["session"], day=m["day"], context=m["context"], cells=z[f"s{i}_cells"],
                                   labels=z[f"s{i}_labels"], rates=z[f"s{i}_rates"], corr=z[f"s{i}_corr"],
                                   n_bins=m["n_bins"], events=m["events"])
                    for i, m in enumerate(meta["sessions"])]
        return MouseSummary(meta["mouse"], _frame_from("tidy_", meta["tidy"], z),
                            _frame_from("labels_", meta["labels"], z), sessions, meta["notes"])


def run(
    source,
    labels: pd.DataFrame | None = None,
    params: AnalysisParams | None = None,
    *,
    on_invalid: str = "error",
    labels_source: str = "labels",
    workers: int = 1,
    scheduler: str | None = None,
    cache_dir: str | None = None,
    progress: bool = False,
) -> PipelineData:
    """Process every mouse of a manifest or an in-memory data set.

    Parameters
    ----------
    source : :class:`engram.io.Manifest` or :class:`EngramDataset`
    labels : label table (required with a manifest; the data set's own labels otherwise)
    params : event extraction and binning
    workers : processes in the local pool (1 = in this process)
    scheduler : address of a Dask scheduler (``tcp://host:port``); overrides ``workers``
    cache_dir : write each finished mouse there and reuse it on the next run
    progress : show a tqdm bar (the CLI passes ``stderr.isatty() and not --json``)
    """
    from engram.io.manifest import Manifest

    params = params or AnalysisParams()
    notes: list[str] = []
    if isinstance(source, Manifest):
        if labels is None:
            raise EngramError("labels are required with a manifest")
        notes.extend(source.dropped)
        extra = sorted(set(labels["mouse"]) - set(source.mice))
        if extra:
            msg = f"{labels_source}: labels for mouse {extra[0]!r} which is not in the manifest {source.source}"
            if on_invalid != "skip":
                raise EngramError(msg)
            notes.append(msg + "; dropped")
        jobs = {m: (_mouse_from_manifest, (source.for_mouse(m), labels, params, on_invalid, labels_source))
                for m in source.mice}
        day_order = {}
        for i, r in enumerate(source.rows):
            day_order.setdefault(r.session, (r.day, i))
        payloads = {m: source.for_mouse(m) for m in source.mice}
    elif isinstance(source, EngramDataset):
        labels = source.labels if labels is None else labels
        notes.extend(source.dropped)
        jobs = {m: (analyze_mouse, (source.for_mouse(m), labels, params)) for m in source.mice}
        day_order = {s: (i, i) for i, s in enumerate(source.sessions)}
        payloads = {m: source.for_mouse(m) for m in source.mice}
    else:
        raise TypeError("source must be a Manifest or an EngramDataset")
    sessions = sorted(day_order, key=lambda s: day_order[s])
    results: dict[str, MouseSummary] = {}
    paths: dict[str, str] = {}
    if cache_dir:
        try:
            os.makedirs(cache_dir, exist_ok=True)
        except OSError as exc:
            raise EngramError(f"{cache_dir}: cannot create the cache directory ({exc.strerror})") from None
        for m in jobs:
            paths[m] = os.path.join(cache_dir, f"mouse_{m}_{_cache_key(m, payloads[m], labels, params)}.npz")
            if os.path.isfile(paths[m]):
                try:
                    results[m] = load_summary(paths[m])
                    log.info("mouse %s: reused %s", m, paths[m])
                except Exception as exc:  # a cut or foreign cache file is recomputed, never trusted
                    log.warning("%s: unreadable cache file (%s); recomputing mouse %s", paths[m], exc, m)
    todo = [m for m in jobs if m not in results]
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(jobs), initial=len(jobs) - len(todo), desc="mice", unit="mouse")

    def done(m: str, summary: MouseSummary) -> None:
        results[m] = summary
        if cache_dir:
            tmp = paths[m] + ".tmp"
            save_summary(tmp, summary)
            os.replace(tmp, paths[m])
        if bar is not None:
            bar.update(1)

    try:
        if scheduler:
            from distributed import Client
            from distributed import as_completed as dask_completed

            try:
                client = Client(scheduler, timeout="10s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise EngramError(f"scheduler {scheduler}: cannot connect ({exc})") from None
            with client:
                futs = {client.submit(fn, *args, pure=False, key=f"engram-mouse-{m}-{os.getpid()}"): m
                        for m, (fn, args) in ((m, jobs[m]) for m in todo)}
                for fut in dask_completed(list(futs)):
                    done(futs[fut], fut.result())
        elif workers > 1 and len(todo) > 1:
            import multiprocessing

            # forkserver: workers fork from a clean server that imported engram once (no fork of our threads)
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["engram.pipeline", "engram.io.manifest"])
            with ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=ctx) as pool:
                futs = {pool.submit(jobs[m][0], *jobs[m][1]): m for m in todo}
                for fut in as_completed(futs):
                    done(futs[fut], fut.result())
        else:
            for m in todo:
                fn, args = jobs[m]
                done(m, fn(*args))
    finally:
        if bar is not None:
            bar.close()
    mice = [results[m] for m in jobs]
    for m in mice:
        notes.extend(m.notes)
    return PipelineData(mice, sessions, params, notes)
