"""Synthetic CA1 imaging data with a known truth, and writers for every input format.

Model (per mouse, session and cell)
-----------------------------------
* Spikes: Poisson counts per frame with rate ``lambda_i * m_i(session) * d(t)`` where ``lambda_i`` is
  log-normal around ``base_rate_hz``, ``m_i`` collects the planted multipliers and ``d(t)`` an optional
  slow drive shared by all cells (``shared_drive``, log-gain; it makes correlations grow with rate, the
  confound that activity matching removes). Each cell's gain on it is scaled by a coupling factor, gamma
  distributed with mean 1 and coefficient of variation ``coupling_spread`` (diverse population coupling,
  Okun et al., Nature 2015): cells then differ in how correlated all their pairs are, which is what makes a
  pair-wise test that treats pairs as independent anti-conservative.
* Calcium: AR(1) ``c_t = g c_{t-1} + s_t`` with ``g = exp(-dt / tau)`` (tau 0.4-0.7 s for GCaMP6f gives
  g ~ 0.88-0.93 at 20 Hz), trace ``a * c_t + noise`` with Gaussian noise; the deconvolved output is the
  positive part of the inverse filter ``y_t - g y_{t-1}`` (what a simple deconvolver returns).

Planted effects, each switchable (``None`` / 0 switches it off):
* ``rate_session`` / ``rate_multiplier``: engram cells fire ``rate_multiplier`` times their rate in
  that session only (either direction: Ghandour et al. 2019 and the project's own data disagree).
* ``ensemble_sessions``: shared bursts (Poisson times, ``burst_rate_hz``) in which each engram cell joins
  with probability ``burst_participation`` and fires ``burst_spikes`` extra spikes: true co-activation.
* ``shock_response``: in sessions with a shock time, a fraction of cells (engram cells only if
  ``shock_engram_only``) fire at ``shock_multiplier`` times their rate for ``shock_window_s``.
* ``context_tuning``: a random ``context_fraction`` of cells fire ``context_multiplier`` times their rate
  in sessions of context ``context_tuning``.
* ``dropout_fraction``: each cell is missing from each session with this probability (registration
  dropouts); written files then come with a CellReg map.

:func:`demo_config` is the embedded default data set of ``synctool engram demo``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd
from scipy.signal import lfilter

from engram.dataset import EngramDataset, Recording
from engram.exceptions import EngramInputError

__all__ = [
    "SessionSpec",
    "SimulationConfig",
    "Simulation",
    "DEFAULT_SESSIONS",
    "demo_config",
    "simulate",
    "simulate_mouse",
    "write_dataset",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionSpec:
    """One session of the paradigm."""

    name: str
    day: float
    context: str
    shock_time_s: float | None = None


DEFAULT_SESSIONS: tuple[SessionSpec, ...] = (
    SessionSpec("novel", 1, "A"),
    SessionSpec("conditioning", 2, "A", 60.0),
    SessionSpec("recall", 3, "A"),
    SessionSpec("neutral", 3.5, "B"),
    SessionSpec("extinction", 4, "A"),
    SessionSpec("relearning", 5, "A", 60.0),
)


@dataclass(frozen=True)
class SimulationConfig:
    """Parameters of the synthetic data set (see the module docstring for the model)."""

    n_mice: int = 3
    n_cells: int = 60
    sessions: tuple[SessionSpec, ...] = DEFAULT_SESSIONS
    duration_s: float = 120.0
    fps: float = 20.0
    engram_fraction: float = 0.3
    base_rate_hz: float = 0.5
    rate_spread: float = 0.4
    tau_s: float = 0.6
    amplitude: float = 1.0
    noise_sd: float = 0.1
    rate_session: str | None = "conditioning"
    rate_multiplier: float = 2.0
    ensemble_sessions: tuple[str, ...] = ("recall",)
    burst_rate_hz: float = 0.15
    burst_participation: float = 0.6
    burst_spikes: int = 2
    shock_response: bool = True
    shock_fraction: float = 0.3
    shock_multiplier: float = 4.0
    shock_window_s: float = 5.0
    shock_engram_only: bool = False
    context_tuning: str | None = "B"
    context_fraction: float = 0.3
    context_multiplier: float = 2.0
    dropout_fraction: float = 0.0
    shared_drive: float = 0.0
    drive_timescale_s: float = 5.0
    coupling_spread: float = 0.0

    def __post_init__(self) -> None:
        names = [s.name for s in self.sessions]
        if len(set(names)) != len(names):
            raise EngramInputError(f"sessions: duplicate session names {names}")
        for name in ([self.rate_session] if self.rate_session else []) + list(self.ensemble_sessions):
            if name not in names:
                raise EngramInputError(f"planted effect names unknown session {name!r} (sessions: {', '.join(names)})")
        if self.n_mice < 1 or self.n_cells < 2:
            raise EngramInputError("n_mice must be >= 1 and n_cells >= 2")
        if not 0 < self.engram_fraction < 1:
            raise EngramInputError(f"engram_fraction must be in (0, 1), got {self.engram_fraction}")
        if not 0 <= self.dropout_fraction < 1:
            raise EngramInputError(f"dropout_fraction must be in [0, 1), got {self.dropout_fraction}")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["sessions"] = [asdict(s) for s in self.sessions]
        d["ensemble_sessions"] = list(self.ensemble_sessions)
        return d


def demo_config() -> SimulationConfig:
    """The embedded demo data set: 4 mice, 60 cells, 6 sessions of 3 min at 20 Hz, every effect on.

    Examples
    --------
    >>> cfg = demo_config()
    >>> cfg.n_mice, cfg.n_cells, cfg.duration_s, [s.name for s in cfg.sessions][:3]
    (4, 60, 180.0, ['novel', 'conditioning', 'recall'])
    """
    return SimulationConfig(n_mice=4, n_cells=60, duration_s=180.0, dropout_fraction=0.05,
                            ensemble_sessions=("recall", "relearning"))


@dataclass(frozen=True, eq=False)
class Simulation:
    """A simulated data set with its truth: ``truth`` lists the planted effects."""

    dataset: EngramDataset
    config: SimulationConfig
    truth: dict = field(default_factory=dict)


def _shared_drive(rng: np.random.Generator, n_frames: int, fps: float, gain: np.ndarray, timescale: float) -> np.ndarray:
    """Multiplicative modulation exp(g_i x_t - g_i^2 / 2) of each cell by one slow unit-variance AR(1) signal x."""
    if not np.any(gain > 0):
        return np.ones((gain.size, n_frames))
    a = np.exp(-1.0 / (timescale * fps))
    x = lfilter([np.sqrt(1 - a * a)], [1, -a], rng.standard_normal(n_frames))
    return np.exp(gain[:, None] * x[None, :] - 0.5 * (gain * gain)[:, None])


def simulate_mouse(config: SimulationConfig, mouse: str, seed=None) -> tuple[list[Recording], pd.DataFrame]:
    """Simulate the sessions of one mouse; returns recordings (registered order) and its labels."""
    rng = np.random.default_rng(seed)
    cfg = config
    n = cfg.n_cells
    n_eng = max(1, int(round(cfg.engram_fraction * n)))
    engram = np.zeros(n, dtype=bool)
    engram[rng.choice(n, n_eng, replace=False)] = True
    base = cfg.base_rate_hz * rng.lognormal(-0.5 * cfg.rate_spread**2, cfg.rate_spread, n)
    ctx_cells = rng.random(n) < cfg.context_fraction
    if cfg.coupling_spread > 0:
        shape = 1.0 / cfg.coupling_spread**2
        coupling = rng.gamma(shape, 1.0 / shape, n)
    else:
        coupling = np.ones(n)
    shock_pool = engram if cfg.shock_engram_only else np.ones(n, dtype=bool)
    shock_cells = shock_pool & (rng.random(n) < cfg.shock_fraction)
    dt = 1.0 / cfg.fps
    n_frames = int(round(cfg.duration_s * cfg.fps))
    g = float(np.exp(-dt / cfg.tau_s))
    times = np.arange(n_frames) * dt
    recs = []
    for spec in cfg.sessions:
        rate = base.copy()
        if cfg.rate_session == spec.name:
            rate[engram] *= cfg.rate_multiplier
        if cfg.context_tuning is not None and spec.context == cfg.context_tuning:
            rate[ctx_cells] *= cfg.context_multiplier
        lam = (rate * dt)[:, None] * _shared_drive(rng, n_frames, cfg.fps, cfg.shared_drive * coupling, cfg.drive_timescale_s)
        if cfg.shock_response and spec.shock_time_s is not None and spec.shock_time_s < cfg.duration_s:
            lo = int(spec.shock_time_s * cfg.fps)
            hi = min(n_frames, lo + int(cfg.shock_window_s * cfg.fps))
            lam[shock_cells, lo:hi] *= cfg.shock_multiplier
        spikes = rng.poisson(lam).astype(np.float64)
        if spec.name in cfg.ensemble_sessions and cfg.burst_rate_hz > 0:
            n_bursts = rng.poisson(cfg.burst_rate_hz * cfg.duration_s)
            burst_frames = rng.integers(0, n_frames, n_bursts)
            eng_idx = np.flatnonzero(engram)
            for f in burst_frames:
                who = eng_idx[rng.random(eng_idx.size) < cfg.burst_participation]
                jitter = rng.integers(0, 2, who.size)
                np.add.at(spikes, (who, np.minimum(f + jitter, n_frames - 1)), cfg.burst_spikes)
        calcium = lfilter([1.0], [1.0, -g], spikes, axis=1)
        trace = cfg.amplitude * calcium + rng.normal(0.0, cfg.noise_sd, calcium.shape)
        deconv = np.empty_like(trace)
        deconv[:, 0] = trace[:, 0]
        deconv[:, 1:] = trace[:, 1:] - g * trace[:, :-1]
        np.maximum(deconv, 0.0, out=deconv)
        present = np.ones(n, dtype=bool)
        if cfg.dropout_fraction > 0:
            present = rng.random(n) >= cfg.dropout_fraction
        recs.append(
            Recording(
                mouse=mouse, session=spec.name, day=float(spec.day), context=spec.context,
                traces=trace[present], times=times, fps=cfg.fps, cells=np.flatnonzero(present),
                deconvolved=deconv[present], shock_time_s=spec.shock_time_s, source="<simulated>", format="memory",
            )
        )
    labels = pd.DataFrame({"mouse": mouse, "cell": np.arange(n), "engram": engram.astype(np.int8)})
    return recs, labels


def simulate(config: SimulationConfig | None = None, seed=None) -> Simulation:
    """Simulate ``config.n_mice`` mice; each mouse gets its own stream drawn from ``seed``.

    Parameters
    ----------
    config : SimulationConfig, optional
        The model and its planted effects (default: ``SimulationConfig()``).
    seed : int, numpy.random.Generator or None
        Seed of every random draw; the same seed gives the same data.

    Returns
    -------
    Simulation
        ``dataset`` (an :class:`~engram.dataset.EngramDataset`), ``config`` and ``truth`` (the planted effects).

    Examples
    --------
    >>> sim = simulate(SimulationConfig(n_mice=2, n_cells=10, duration_s=5.0), seed=0)
    >>> sim.dataset.mice, sim.dataset.recordings[0].traces.shape, sim.truth["rate_session"]
    (['m1', 'm2'], (10, 100), 'conditioning')
    >>> int(sim.dataset.labels["engram"].sum())  # 30 % engram cells per mouse
    6
    """
    cfg = config or SimulationConfig()
    rng = np.random.default_rng(seed)
    seeds = rng.integers(0, 2**63 - 1, cfg.n_mice)
    recs: list[Recording] = []
    labels = []
    for m in range(cfg.n_mice):
        r, lab = simulate_mouse(cfg, f"m{m + 1}", int(seeds[m]))
        recs.extend(r)
        labels.append(lab)
    truth = {
        "rate_session": cfg.rate_session if cfg.rate_multiplier != 1 else None,
        "rate_multiplier": cfg.rate_multiplier,
        "ensemble_sessions": list(cfg.ensemble_sessions) if cfg.burst_rate_hz > 0 else [],
        "shock_sessions": [s.name for s in cfg.sessions if s.shock_time_s is not None] if cfg.shock_response else [],
        "context_tuning": cfg.context_tuning,
        "dropout_fraction": cfg.dropout_fraction,
        "shared_drive": cfg.shared_drive,
    }
    ds = EngramDataset(tuple(recs), pd.concat(labels, ignore_index=True))
    return Simulation(ds, cfg, truth)


_EXT = {"npz": ".npz", "csv": ".csv", "nwb": ".nwb", "caiman": ".hdf5", "suite2p": ""}


def write_dataset(
    data: Simulation | EngramDataset,
    directory: str,
    fmt: str = "npz",
    *,
    cellreg: bool | None = None,
    seed=None,
) -> tuple[str, str]:
    """Write a data set as ``fmt`` files plus ``manifest.csv`` and ``labels.csv``; return their paths.

    Without ``cellreg`` each file holds the mouse's cells in registered order; with it (forced when
    cells are missing from some sessions) each file holds the session's cells in a shuffled order and a
    CellReg map (``<mouse>/cellreg.npy``, registered cells x sessions, 1-based) tells them apart.
    """
    from engram.io.caiman import write_caiman
    from engram.io.cellreg import write_cellreg
    from engram.io.csv import write_csv_traces
    from engram.io.npz import write_npz
    from engram.io.nwb import write_nwb
    from engram.io.suite2p import write_suite2p

    if fmt not in _EXT:
        raise EngramInputError(f"format must be one of {', '.join(_EXT)}, got {fmt!r}")
    ds = data.dataset if isinstance(data, Simulation) else data
    rng = np.random.default_rng(seed)
    os.makedirs(directory, exist_ok=True)
    rows = []
    for mouse in ds.mice:
        recs = ds.for_mouse(mouse)
        all_cells = np.unique(np.concatenate([r.cells for r in recs]))
        complete = all(r.n_cells == all_cells.size for r in recs)
        use_map = (not complete) if cellreg is None else bool(cellreg)
        if not complete and not use_map:
            raise EngramInputError(f"mouse {mouse!r}: cells missing from some sessions need a cellreg map")
        n_reg = int(all_cells.max()) + 1
        cmap = np.zeros((n_reg, len(recs)), dtype=np.int64)
        mdir = os.path.join(directory, mouse)
        for s, r in enumerate(recs):
            order = rng.permutation(r.n_cells) if use_map else np.arange(r.n_cells)
            traces = r.traces[order]
            spikes = r.deconvolved[order] if r.deconvolved is not None else None
            cmap[r.cells[order], s] = np.arange(1, r.n_cells + 1)
            path = os.path.join(mdir, r.session + _EXT[fmt])
            if fmt == "npz":
                write_npz(path, traces, r.fps, spikes)
            elif fmt == "csv":
                write_csv_traces(path, traces, r.fps)
            elif fmt == "nwb":
                write_nwb(path, traces, r.fps, spikes, mouse=mouse, session=r.session)
            elif fmt == "caiman":
                write_caiman(path, traces, r.fps, spikes, n_rejected=2, seed=rng)
            else:
                write_suite2p(path, traces, r.fps, spikes, n_not_cells=2, seed=rng)
            rows.append(
                dict(mouse=mouse, session=r.session, day=r.day, context=r.context,
                     path=os.path.relpath(path, directory), format=fmt,
                     shock_time_s="" if r.shock_time_s is None else r.shock_time_s,
                     cellreg=os.path.join(mouse, "cellreg.npy") if use_map else "")
            )
        if use_map:
            write_cellreg(os.path.join(mdir, "cellreg.npy"), cmap)
    manifest = os.path.join(directory, "manifest.csv")
    labels = os.path.join(directory, "labels.csv")
    pd.DataFrame(rows).to_csv(manifest, index=False)
    ds.labels.to_csv(labels, index=False)
    return manifest, labels

