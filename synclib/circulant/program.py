"""Coefficient arrays of the circulant twisted-state integer programs (building, not solving).

Reduced form (one binary x_k per distance k = 1..floor(n/2), one row per mode r = 1..floor(n/2)),
from Yoneda, Tatsukawa & Teramae, Chaos 31, 063124 (2021):

    maximize    sum_k w_k x_k                                    (the degree)
    subject to  sum_k w_k cos(2 pi q k/n) (cos(2 pi r k/n) - 1) x_k <= -eps    for every r,
                x in {0, 1}^{floor(n/2)},      w_k = 1 if 2k = n else 2.

:func:`published_program` builds the authors' original formulation for benchmarking: n - 1 binaries
a_1..a_{n-1} with symmetry equalities a_k = a_{n-k} and n - 1 eigenvalue rows.

Both return a :class:`BinaryProgram` of plain numpy arrays; :mod:`synclib.circulant.solvers` solves it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from synclib.exceptions import InvalidParameterError

__all__ = ["BinaryProgram", "circulant_program", "published_program", "DEFAULT_EPS"]

DEFAULT_EPS = 1e-5
"""Stability margin used by the published study (and our default): well above CBC's 1e-7 tolerances."""


@dataclass(frozen=True)
class BinaryProgram:
    """maximize c @ x  s.t.  A_ub @ x <= b_ub,  A_eq @ x == b_eq,  x binary."""

    c: np.ndarray
    A_ub: np.ndarray
    b_ub: np.ndarray
    A_eq: np.ndarray | None = None
    b_eq: np.ndarray | None = None
    name: str = "program"

    @property
    def n_vars(self) -> int:
        return int(self.c.size)


def _check(n: int, q: int, eps: float) -> None:
    if isinstance(n, bool) or int(n) != n or n < 5:
        raise InvalidParameterError(f"n must be an integer >= 5, got {n!r}")
    if isinstance(q, bool) or int(q) != q or not 1 <= q <= n // 2:
        raise InvalidParameterError(f"twist q must be an integer in 1..{n // 2} for n={n}, got {q!r}")
    if not eps > 0:
        raise InvalidParameterError(f"eps must be > 0 (a margin above solver tolerance), got {eps!r}")


def circulant_program(n: int, q: int, *, eps: float = DEFAULT_EPS) -> BinaryProgram:
    """The reduced integer program for (n, q), built with numpy in O(n^2)."""
    _check(n, q, eps)
    n, q = int(n), int(q)
    half = n // 2
    k = np.arange(1, half + 1, dtype=np.int64)
    table = np.cos(2.0 * np.pi * (np.arange(n, dtype=np.float64) / n))
    w = np.where(2 * k == n, 1.0, 2.0)
    a = w * table[(q * k) % n]
    r = np.arange(1, half + 1, dtype=np.int64)
    A = (table[np.outer(r, k) % n] - 1.0) * a[None, :]
    return BinaryProgram(c=w, A_ub=A, b_ub=np.full(half, -float(eps)), name=f"circulant_n{n}_q{q}")


def published_program(n: int, q: int, *, eps: float = DEFAULT_EPS) -> BinaryProgram:
    """The authors' formulation: n - 1 binaries, symmetry equalities, n - 1 eigenvalue rows."""
    _check(n, q, eps)
    n, q = int(n), int(q)
    k = np.arange(1, n, dtype=np.int64)
    r = np.arange(1, n, dtype=np.int64)
    table = np.cos(2.0 * np.pi * (np.arange(n, dtype=np.float64) / n))
    A = table[(q * k) % n][None, :] * (table[np.outer(r, k) % n] - 1.0)
    pairs = [(i, n - i) for i in range(1, (n + 1) // 2) if i != n - i]
    A_eq = np.zeros((len(pairs), n - 1))
    for row, (i, j) in enumerate(pairs):
        A_eq[row, i - 1] = 1.0
        A_eq[row, j - 1] = -1.0
    return BinaryProgram(c=np.ones(n - 1), A_ub=A, b_ub=np.full(n - 1, -float(eps)), A_eq=A_eq,
                         b_eq=np.zeros(len(pairs)), name=f"published_n{n}_q{q}")
