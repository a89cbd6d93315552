"""Integrators for d(theta_i)/dt = omega_i + sum_j A_ij sin(theta_j - theta_i) on any graph.

Plan
----
* The coupling comes as a networkx graph, a scipy sparse matrix or a dense array and is held as CSR
  arrays (:class:`synclib.dynamics.coupling.Coupling`).  The numba kernels in :mod:`synclib.dynamics._kernels` evaluate the right-hand
  side in O(n + nnz) and integrate many trajectories per call (RK4, fixed step; Dormand-Prince 5(4),
  adaptive), each with its own splitmix64 stream so that starts are reproducible from integer seeds.
* Circulant graphs C_n(S) (optionally with a weight per distance) get an O(n log n) right-hand side
  (:class:`synclib.dynamics.coupling.CirculantRHS`).
* Convergence detection: the residual ``max_i |f_i - mean f|`` (zero at an equilibrium, or at a
  frequency-locked state when natural frequencies are present) below ``tol``.
* Local validation helper: :func:`decay_rate` fits the exponential decay of the distance to a state,
  the check used by Yoneda, Tatsukawa & Teramae (Chaos 31, 063124, 2021) on the (1900, 100) optimal
  circulant (start at the twisted state plus Gaussian noise of s.d. 0.1 pi / sqrt(n), mean removed;
  RK4, dt = 1e-3, t <= 4; distance ~ exp(lambda_max t)).

Dormand & Prince 1980 (J. Comput. Appl. Math. 6, 19) for the adaptive pair; the step is capped at
``3 / rho`` with ``rho`` the Gershgorin bound ``2 max_i sum_j |A_ij|`` on the Jacobian's spectral radius,
inside the pair's real stability interval (about 3.3), so near an equilibrium the residual keeps
decaying instead of stalling at the stability edge.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from synclib.dynamics import _kernels
from synclib.dynamics.coupling import (_METHODS, CirculantRHS, Coupling, _check_phases, _check_positive,
                                       _check_reorder, _reorder_perm, _rhs_callable, _system, as_coupling)
from synclib.exceptions import InvalidParameterError

__all__ = [
    "Trajectory",
    "BatchResult",
    "trial_seeds",
    "integrate",
    "integrate_batch",
    "distance_to",
    "decay_rate",
]

logger = logging.getLogger(__name__)

# single trajectory
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Trajectory:
    """One integrated trajectory: recorded ``times`` (k,) and ``phases`` (k, n), end state and residual."""

    times: np.ndarray
    phases: np.ndarray
    residual: float
    converged: bool
    method: str
    n_rhs: int
    tol: float

    @property
    def final(self) -> np.ndarray:
        return self.phases[-1]

    def to_dict(self) -> dict:
        return {"method": self.method, "t_final": float(self.times[-1]), "frames": int(self.times.size),
                "residual": self.residual, "converged": self.converged, "tol": self.tol,
                "n_rhs": self.n_rhs}


def integrate(A: Any, theta0: Any, *, t_max: float = 50.0, dt: float = 1e-2, method: str = "rk4",
              omega: Any = None, record_every: int | None = None, rtol: float = 1e-8,
              atol: float = 1e-10, tol: float = 1e-8, stop_at_convergence: bool = False,
              reorder: bool | str = "auto") -> Trajectory:
    """Integrate one trajectory from ``theta0`` up to ``t_max``.

    Parameters
    ----------
    A : graph, sparse/dense matrix, Coupling or CirculantRHS
        The coupling; a :class:`CirculantRHS` uses the O(n log n) FFT right-hand side.
    theta0 : array_like (n,)
        Start (node order).
    t_max, dt : float
        End time; RK4 step (for ``dopri5``: the first trial step).
    method : {"rk4", "dopri5"}
        Fixed-step classical Runge-Kutta or adaptive Dormand-Prince 5(4) (``rtol``/``atol``).
    omega : array_like (n,), optional
        Natural frequencies (not with a CirculantRHS; give them to it).
    record_every : int, optional
        RK4: keep every ``record_every``-th step (default: about 1000 frames).  Dormand-Prince keeps
        every accepted step.
    tol : float
        Residual below which the end state counts as converged (``stop_at_convergence`` stops there).
    reorder : bool or "auto"
        RK4 numba path: integrate on the graph relabelled by :func:`locality_order` and return the frames
        in the caller's labelling (see :func:`integrate_batch`; ``"auto"``: when ``n >= 50000``).

    Returns
    -------
    Trajectory
    """
    _check_reorder(reorder)
    if method not in _METHODS:
        raise InvalidParameterError(f"method: expected one of {_METHODS}, got {method!r}")
    t_max = _check_positive(t_max, "t_max")
    dt = _check_positive(dt, "dt")
    system = _system(A, omega)
    f, n, bound = _rhs_callable(system)
    y0 = _check_phases(theta0, n, "theta0")
    if method == "rk4":
        n_steps = max(1, int(round(t_max / dt)))
        if record_every is None:
            record_every = max(1, n_steps // 1000)
        record_every = int(record_every)
        if record_every < 1:
            raise InvalidParameterError(f"record_every: expected >= 1, got {record_every}")
        if isinstance(system, Coupling) and not stop_at_convergence:
            frames = np.empty((n_steps // record_every + 1, n))
            perm = _reorder_perm(reorder, system)
            cp, yp = (system, y0) if perm is None else (system.permuted(perm), np.ascontiguousarray(y0[perm]))
            _kernels.rk4_record(yp, cp.indptr, cp.indices, cp.weights, cp.omega, dt, n_steps, record_every,
                                frames)
            if perm is not None:
                frames = frames[:, np.argsort(perm)]
            times = dt * record_every * np.arange(frames.shape[0])
            n_rhs = 4 * n_steps
        else:
            times, frames, n_rhs = _rk4_numpy(f, y0, dt, n_steps, record_every,
                                              tol if stop_at_convergence else 0.0)
    else:
        h_max = 3.0 / bound if bound > 0 else t_max
        times, frames, n_rhs = _dopri_numpy(f, y0, t_max, rtol, atol, min(dt, h_max), h_max,
                                            tol if stop_at_convergence else 0.0)
    fin = f(frames[-1])
    res = float(np.max(np.abs(fin - fin.mean())))
    for arr in (times, frames):
        arr.setflags(write=False)
    return Trajectory(times, frames, res, bool(res < tol), method, int(n_rhs + 1), float(tol))


def _rk4_numpy(f, y0, dt, n_steps, record_every, tol):
    y = y0.copy()
    times = [0.0]
    frames = [y.copy()]
    n_rhs = 0
    for step in range(1, n_steps + 1):
        k1 = f(y)
        n_rhs += 1
        if tol > 0 and np.max(np.abs(k1 - k1.mean())) < tol:
            if times[-1] != (step - 1) * dt:
                times.append((step - 1) * dt)
                frames.append(y.copy())
            break
        k2 = f(y + 0.5 * dt * k1)
        k3 = f(y + 0.5 * dt * k2)
        k4 = f(y + dt * k3)
        n_rhs += 3
        y = y + dt / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4)
        if step % record_every == 0 or step == n_steps:
            times.append(step * dt)
            frames.append(y.copy())
    return np.asarray(times), np.asarray(frames), n_rhs


# Dormand-Prince 5(4) tableau (Dormand & Prince 1980).
_DP_C = (0.0, 1 / 5, 3 / 10, 4 / 5, 8 / 9, 1.0)
_DP_A = (
    (),
    (1 / 5,),
    (3 / 40, 9 / 40),
    (44 / 45, -56 / 15, 32 / 9),
    (19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729),
    (9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656),
)
_DP_B = (35 / 384, 0.0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84)
_DP_E = (71 / 57600, 0.0, -71 / 16695, 71 / 1920, -17253 / 339200, 22 / 525, -1 / 40)


def _dopri_numpy(f, y0, t_max, rtol, atol, h0, h_max, tol, max_steps=10_000_000):
    y = y0.copy()
    t = 0.0
    h = h0
    k = [f(y)]
    n_rhs = 1
    times = [0.0]
    frames = [y.copy()]
    steps = 0
    while t < t_max and steps < max_steps:
        if tol > 0 and np.max(np.abs(k[0] - k[0].mean())) < tol:
            break
        h = min(h, t_max - t)
        ks = [k[0]]
        for s in range(1, 6):
            ys = y + h * sum(a * kk for a, kk in zip(_DP_A[s], ks))
            ks.append(f(ys))
        ynew = y + h * sum(b * kk for b, kk in zip(_DP_B, ks) if b != 0.0)
        k7 = f(ynew)
        n_rhs += 6
        err_vec = h * sum(e * kk for e, kk in zip(_DP_E, ks + [k7]) if e != 0.0)
        scale = atol + rtol * np.maximum(np.abs(y), np.abs(ynew))
        err = float(np.sqrt(np.mean((err_vec / scale) ** 2)))
        if err <= 1.0:
            t += h
            y = ynew
            k = [k7]
            steps += 1
            times.append(t)
            frames.append(y.copy())
            fac = 10.0 if err == 0.0 else min(10.0, max(0.2, 0.9 * err**-0.2))
        else:
            fac = max(0.2, 0.9 * err**-0.2)
        h = min(h * fac, h_max)
    return np.asarray(times), np.asarray(frames), n_rhs


# ----------------------------------------------------------------------------------------------
# many trajectories
# ----------------------------------------------------------------------------------------------
def trial_seeds(seed: Any, trials: int) -> np.ndarray:
    """``trials`` independent 64-bit stream seeds drawn from ``numpy.random.default_rng(seed)``."""
    rng = np.random.default_rng(seed)
    return rng.integers(0, np.iinfo(np.uint64).max, size=int(trials), dtype=np.uint64, endpoint=True)


@dataclass(frozen=True, eq=False)
class BatchResult:
    """Many trajectories: their ``starts`` and ``final`` states (m, n), ``residual``, ``t_end``,
    ``converged`` (m,), the stream ``seeds`` (m,) and the settings used."""

    starts: np.ndarray
    final: np.ndarray
    residual: np.ndarray
    t_end: np.ndarray
    converged: np.ndarray
    seeds: np.ndarray
    method: str
    tol: float
    settings: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"trajectories": int(self.final.shape[0]), "converged": int(self.converged.sum()),
                "max_residual_converged": float(self.residual[self.converged].max())
                if self.converged.any() else None,
                "method": self.method, "tol": self.tol, **self.settings}


_START_MODES = {"given": _kernels.START_GIVEN, "uniform": _kernels.START_UNIFORM,
                "noise": _kernels.START_NOISE}


def integrate_batch(A: Any, *, theta0: Any = None, trials: int | None = None, seed: Any = None,
                    seeds: Any = None, start: str = "uniform", noise_sd: float = 0.0,
                    method: str = "dopri5", t_max: float = 500.0, dt: float = 0.05,
                    rtol: float = 1e-7, atol: float = 1e-9, tol: float = 1e-8, omega: Any = None,
                    parallel: bool = True, max_steps: int = 10_000_000,
                    reorder: bool | str = "auto") -> BatchResult:
    """Integrate many trajectories in one numba call, each until converged (residual < ``tol``) or ``t_max``.

    Parameters
    ----------
    A : graph, sparse/dense matrix or Coupling
        The coupling (CSR kernels; for the FFT right-hand side use :func:`integrate`).
    theta0 : array_like (n,) or (k, n), optional
        Base states for ``start="given"`` / ``"noise"`` (row ``b % k`` for trajectory ``b``).
    trials : int, optional
        Number of trajectories (default: ``len(seeds)``, or the number of rows of ``theta0``).
    seed : int, Generator or None
        Resolved once; draws the per-trajectory stream seeds (ignored when ``seeds`` is given).
    seeds : array_like of uint64, optional
        Explicit per-trajectory stream seeds: trajectory ``b``'s start depends on ``seeds[b]`` only.
    start : {"uniform", "given", "noise"}
        Uniform phases on [0, 2 pi); ``theta0`` as is; ``theta0`` plus N(0, noise_sd^2) noise, mean removed.
    method : {"dopri5", "rk4"}
        Adaptive (``rtol``, ``atol``; ``dt`` is the first step) or fixed step ``dt``.
    parallel : bool
        Use the thread-parallel kernel (use False inside worker threads/processes).
    reorder : bool or "auto"
        Integrate on the graph relabelled by :func:`locality_order` and map the results back (the starts
        are drawn in the original labelling, so they are the same either way; only the order of the
        floating-point sums inside a row changes).  ``"auto"``: when ``n >= 50000``, where the phase
        table no longer fits the per-core cache and random gathers dominate.

    Returns
    -------
    BatchResult
    """
    if method not in _METHODS:
        raise InvalidParameterError(f"method: expected one of {_METHODS}, got {method!r}")
    if start not in _START_MODES:
        raise InvalidParameterError(f"start: expected one of {tuple(_START_MODES)}, got {start!r}")
    if isinstance(A, CirculantRHS):
        A = A.to_coupling()
    c = as_coupling(A, omega)
    t_max = _check_positive(t_max, "t_max")
    dt = _check_positive(dt, "dt")
    if theta0 is None:
        if start != "uniform":
            raise InvalidParameterError(f"theta0: required for start={start!r}")
        base = np.zeros((1, c.n))
    else:
        base = _check_phases(theta0, c.n, "theta0", allow_batch=True)
        base = np.atleast_2d(base)
    if seeds is None:
        if trials is None:
            trials = base.shape[0] if theta0 is not None else None
        if trials is None or int(trials) < 1:
            raise InvalidParameterError(f"trials: expected a positive count, got {trials}")
        seeds_arr = trial_seeds(seed, int(trials))
    else:
        seeds_arr = np.ascontiguousarray(np.asarray(seeds, dtype=np.uint64).ravel())
        if trials is not None and int(trials) != seeds_arr.size:
            raise InvalidParameterError(f"trials: {trials} does not match {seeds_arr.size} seeds")
    m = seeds_arr.size
    if m < 1:
        raise InvalidParameterError("trials: expected a positive count, got 0")
    starts = np.empty((m, c.n))
    final = np.empty((m, c.n))
    residual = np.empty(m)
    t_end = np.empty(m)
    conv = np.zeros(m, dtype=np.bool_)
    mode = _START_MODES[start]
    perm = _reorder_perm(reorder, c)
    if perm is not None:
        base = _kernels.make_starts(base, seeds_arr, mode, float(noise_sd))[:, perm]
        mode = _START_MODES["given"]
        c = c.permuted(perm)
    if method == "rk4":
        n_steps = max(1, int(math.ceil(t_max / dt - 1e-9)))
        kern = _kernels.rk4_batch if parallel else _kernels.rk4_batch_serial
        kern(base, seeds_arr, mode, float(noise_sd), c.indptr, c.indices, c.weights, c.omega, dt,
             n_steps, float(tol), starts, final, residual, t_end, conv)
        settings = {"dt": dt, "t_max": t_max}
    else:
        h_max = 3.0 / c.spectral_bound if c.spectral_bound > 0 else t_max
        n_acc = np.zeros(m, dtype=np.int64)
        kern = _kernels.dopri_batch if parallel else _kernels.dopri_batch_serial
        kern(base, seeds_arr, mode, float(noise_sd), c.indptr, c.indices, c.weights, c.omega, t_max,
             float(rtol), float(atol), min(dt, h_max), h_max, int(max_steps), float(tol), starts,
             final, residual, t_end, conv, n_acc)
        settings = {"rtol": rtol, "atol": atol, "t_max": t_max, "h_max": h_max}
    if perm is not None:
        inv = np.argsort(perm)
        starts, final = starts[:, inv], final[:, inv]
        settings["reordered"] = True
    for arr in (starts, final, residual, t_end, conv, seeds_arr):
        arr.setflags(write=False)
    return BatchResult(starts, final, residual, t_end, conv, seeds_arr, method, float(tol), settings)


# ----------------------------------------------------------------------------------------------
# local validation helpers
# ----------------------------------------------------------------------------------------------
def distance_to(phases: Any, reference: Any) -> np.ndarray:
    """Euclidean distance of each state (rows) to ``reference`` modulo a common rotation.

    ``|| (theta - ref) - mean(theta - ref) ||_2`` after wrapping each difference to (-pi, pi].
    """
    d = np.asarray(phases, dtype=float) - np.asarray(reference, dtype=float)
    d = np.angle(np.exp(1j * d))
    d = d - d.mean(axis=-1, keepdims=True)
    return np.sqrt(np.sum(d * d, axis=-1))


def decay_rate(times: Any, distances: Any, *, t_start: float | None = None,
               t_stop: float | None = None) -> float:
    """Least-squares slope of ``log(distance)`` against time on ``[t_start, t_stop]``.

    For a trajectory near a linearly stable equilibrium this estimates the largest non-zero Jacobian
    eigenvalue lambda_max (negative) once the faster modes have died out.
    """
    t = np.asarray(times, dtype=float)
    d = np.asarray(distances, dtype=float)
    mask = np.ones(t.size, dtype=bool)
    if t_start is not None:
        mask &= t >= t_start
    if t_stop is not None:
        mask &= t <= t_stop
    mask &= d > 0
    if mask.sum() < 2:
        raise InvalidParameterError("times: need at least two positive distances in the fit window")
    slope, _ = np.polyfit(t[mask], np.log(d[mask]), 1)
    return float(slope)
