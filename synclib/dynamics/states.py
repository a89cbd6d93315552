"""Classifying Kuramoto phase states: in-phase sync, q-twisted, k-cluster, other; order parameter r.

Plan (as in Wiley, Strogatz & Girvan, Chaos 16, 015103, 2006, and Yoneda et al. 2021):

* order parameter r = |mean_j exp(i theta_j)| (Kuramoto 1975); r = 1 exactly for in-phase sync.
* winding number along a closed node order o (a ring, or a Hamiltonian cycle of a circulant):
  q = (1 / 2 pi) sum_i wrap(theta_{o(i+1)} - theta_{o(i)}), wrap to [-pi, pi); signed.
* phase clusters: sort the phases on the circle and cut at every gap wider than ``tol``; the number
  of pieces is the number of distinct phases k.

A state is labelled, in this order of precedence,

1. ``sync``        -- one cluster (all phases equal mod 2 pi within ``tol``);
2. ``twisted:Q``   -- every step along the order equals 2 pi Q / n within ``tol``, Q != 0 (signed);
3. ``cluster:K``   -- K distinct phases with 2 <= K < n (some phases coincide);
4. ``other``.

``tol`` must be below the phase spacing of the states one wants to tell apart (2 pi / n for twisted
states); the default 1e-3 suits converged states (residual <= 1e-8).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from synclib.exceptions import InvalidParameterError

__all__ = ["StateClass", "wrap_phase", "order_parameter", "winding_number", "phase_clusters",
           "classify_state", "classify_states"]

_TWO_PI = 2.0 * math.pi


def wrap_phase(x: Any) -> np.ndarray:
    """Wrap angles to [-pi, pi)."""
    return np.mod(np.asarray(x, dtype=float) + math.pi, _TWO_PI) - math.pi


def order_parameter(theta: Any) -> np.ndarray | float:
    """Kuramoto order parameter r = |mean exp(i theta)| over the last axis."""
    th = np.asarray(theta, dtype=float)
    r = np.abs(np.exp(1j * th).mean(axis=-1))
    return float(r) if np.ndim(r) == 0 else r


def _order(order: Sequence[int] | None, n: int) -> np.ndarray:
    if order is None:
        return np.arange(n)
    o = np.asarray(order, dtype=np.int64).ravel()
    if o.size != n or not np.array_equal(np.sort(o), np.arange(n)):
        raise InvalidParameterError(f"order: expected a permutation of 0..{n - 1}")
    return o


def winding_number(theta: Any, order: Sequence[int] | None = None) -> np.ndarray | int:
    """Signed winding number along the closed node ``order`` (default 0..n-1); theta (n,) or (m, n)."""
    th = np.asarray(theta, dtype=float)
    o = _order(order, th.shape[-1])
    seq = th[..., o]
    steps = wrap_phase(np.roll(seq, -1, axis=-1) - seq)
    w = np.rint(steps.sum(axis=-1) / _TWO_PI).astype(np.int64)
    return int(w) if np.ndim(w) == 0 else w


def phase_clusters(theta: Any, tol: float = 1e-3) -> np.ndarray:
    """Cluster label of each oscillator: phases within ``tol`` (chained, on the circle) share a label."""
    th = np.mod(np.asarray(theta, dtype=float).ravel(), _TWO_PI)
    n = th.size
    idx = np.argsort(th, kind="stable")
    s = th[idx]
    gaps = np.diff(s)
    wrap_gap = s[0] + _TWO_PI - s[-1]
    cut = gaps > tol
    labels_sorted = np.concatenate([[0], np.cumsum(cut)])
    k = int(labels_sorted[-1]) + 1
    if k > 1 and wrap_gap <= tol:  # the last piece joins the first across 2 pi
        labels_sorted[labels_sorted == k - 1] = 0
    labels = np.empty(n, dtype=np.int64)
    labels[idx] = labels_sorted
    _, labels = np.unique(labels, return_inverse=True)
    return labels


@dataclass(frozen=True)
class StateClass:
    """Class of one phase state: ``label`` ("sync", "twisted:Q", "cluster:K", "other"), ``kind``,
    winding number ``q`` along the order, cluster count ``k``, order parameter ``r``."""

    label: str
    kind: str
    q: int
    k: int
    r: float

    def to_dict(self) -> dict:
        return {"state": self.label, "kind": self.kind, "q": self.q, "k": self.k, "r": self.r}


def classify_state(theta: Any, *, order: Sequence[int] | None = None, tol: float = 1e-3) -> StateClass:
    """Classify one phase state (see the module docstring for the rules).

    Parameters
    ----------
    theta : array_like (n,)
    order : sequence of int, optional
        Closed node order for the winding number (positions in ``theta``); default 0..n-1.
    tol : float
        Phase tolerance in radians.

    Examples
    --------
    >>> import numpy as np
    >>> classify_state(2 * np.pi * 3 * np.arange(20) / 20).label
    'twisted:3'
    >>> classify_state(np.full(5, 1.0)).label
    'sync'
    """
    th = np.asarray(theta, dtype=float).ravel()
    n = th.size
    if n < 2:
        raise InvalidParameterError(f"theta: expected at least 2 phases, got {n}")
    if not np.all(np.isfinite(th)):
        raise InvalidParameterError("theta: phases must be finite")
    if not tol > 0:
        raise InvalidParameterError(f"tol: expected a positive tolerance, got {tol}")
    r = float(order_parameter(th))
    k = int(phase_clusters(th, tol).max()) + 1
    o = _order(order, n)
    seq = th[o]
    steps = wrap_phase(np.roll(seq, -1) - seq)
    q = int(np.rint(steps.sum() / _TWO_PI))
    if k == 1:
        return StateClass("sync", "sync", 0, 1, r)
    if q != 0 and np.max(np.abs(wrap_phase(steps - _TWO_PI * q / n))) <= tol:
        return StateClass(f"twisted:{q}", "twisted", q, k, r)
    if k < n:
        return StateClass(f"cluster:{k}", "cluster", q, k, r)
    return StateClass("other", "other", q, k, r)


def classify_states(phases: Any, *, order: Sequence[int] | None = None, tol: float = 1e-3) -> list[str]:
    """Labels of many states (rows of ``phases``)."""
    P = np.atleast_2d(np.asarray(phases, dtype=float))
    return [classify_state(row, order=order, tol=tol).label for row in P]
