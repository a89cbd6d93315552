"""Weighted circulants with an integer weight per distance, and their unweighted blow-ups.

Plan. Fix a pattern size k, a twist q and a cluster size W. A weighted circulant gives distance
d = 1..floor(k/2) an integer weight w_d in 0..W. Its q-twisted state theta_i = 2 pi q i / k is an
equilibrium and, exactly as for unweighted circulants (Yoneda, Tatsukawa & Teramae, Chaos 31, 063124,
2021), the Jacobian spectrum is *linear in the weights*:

    lambda_r = sum_d v_d w_d cos(2 pi q d / k) (cos(2 pi r d / k) - 1),   v_d = 1 if 2d = k else 2.

The unweighted graph (the reduction of Canale 2022, arXiv:2209.06362, in its blow-up form): replace
each vertex by a clique of W twins and join the clusters at distance d by a w_d-regular circulant
bipartite graph (:mod:`synclib.record.blowup`, partial joins). Cluster-constant modes see the weighted
spectrum above; the zero-sum modes inside a cluster see, in the mean field, -D with
D = W + sum_d v_d w_d cos(2 pi q d / k) (exact when every join is complete or empty; with partial
joins the finite graph is checked directly). The degree is W - 1 + sum_d v_d w_d, so

    maximize    sum_d v_d w_d
    subject to  sum_d v_d cos(2 pi q d/k)(cos(2 pi r d/k) - 1) w_d <= -eps      r = 1..floor(k/2)
                W + sum_d v_d cos(2 pi q d/k) w_d >= eps
                w_d integer in 0..W

is a general-integer program, solved with HiGHS through :func:`synclib.circulant.solvers.solve_milp_arrays`
(scipy's ``milp`` on plain arrays); the status is read from the solver. Every answer
is re-checked: the weighted spectrum with a rigorous rounding bound, and (optionally) the finite
blown-up graph with :func:`synclib.record.blowup.certify_blowup`.

As W grows, mu -> (1 + sum_d v_d w_d / W) / k, the fractional relaxation, whose optimum over k is the
circulant supremum alpha_N / N (0.68388 at k = 19): weighted circulants with twisted states cannot pass
it; they are the bridge between the circulant record and the blow-up search.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from synclib.exceptions import InvalidParameterError

__all__ = [
    "WEIGHTED_STATUSES",
    "WeightedProgram",
    "WeightedResult",
    "solve_weighted_circulant",
    "weighted_pattern",
    "weighted_program",
    "weighted_spectrum_bound",
]

log = logging.getLogger(__name__)

WEIGHTED_STATUSES = ("optimal", "infeasible", "time_limit_feasible", "time_limit_no_solution", "solver_failed")
_U = np.finfo(float).eps / 2


@dataclass(frozen=True)
class WeightedProgram:
    """maximize c @ w  s.t.  A_ub @ w <= b_ub,  0 <= w <= upper,  w integer (plain arrays)."""

    c: np.ndarray
    A_ub: np.ndarray
    b_ub: np.ndarray
    upper: np.ndarray
    k: int
    q: int
    cluster: int
    eps: float


@dataclass(frozen=True)
class WeightedResult:
    status: str
    k: int
    q: int
    cluster: int
    weights: tuple | None
    degree: int | None
    mu_fraction: Fraction | None
    max_eigenvalue: float | None
    error_bound: float | None
    certified: bool
    seconds: float
    message: str

    @property
    def mu(self) -> float | None:
        return None if self.mu_fraction is None else float(self.mu_fraction)

    def to_dict(self) -> dict:
        return {"status": self.status, "k": self.k, "q": self.q, "cluster": self.cluster,
                "weights": None if self.weights is None else list(self.weights), "degree": self.degree,
                "mu": self.mu, "mu_fraction": None if self.mu_fraction is None else str(self.mu_fraction),
                "max_eigenvalue": self.max_eigenvalue, "error_bound": self.error_bound,
                "certified": self.certified, "seconds": self.seconds, "message": self.message}


def _check(k, q, cluster, eps):
    if isinstance(k, bool) or int(k) != k or k < 5:
        raise InvalidParameterError(f"k must be an integer >= 5, got {k!r}")
    if isinstance(q, bool) or int(q) != q or not 1 <= q <= k // 2:
        raise InvalidParameterError(f"twist q must be an integer in 1..{k // 2} for k={k}, got {q!r}")
    if isinstance(cluster, bool) or int(cluster) != cluster or cluster < 1:
        raise InvalidParameterError(f"cluster size must be an integer >= 1, got {cluster!r}")
    if not eps > 0:
        raise InvalidParameterError(f"eps must be > 0, got {eps!r}")


def _coefficients(k: int, q: int):
    d = np.arange(1, k // 2 + 1)
    v = np.where(2 * d == k, 1.0, 2.0)
    table = np.cos(2 * np.pi * np.arange(k) / k)
    a = v * table[(q * d) % k]
    r = np.arange(1, k // 2 + 1)
    A = (table[np.outer(r, d) % k] - 1.0) * a[None, :]
    return d, v, a, A


def weighted_program(k: int, q: int, cluster: int, *, eps: float = 1e-5) -> WeightedProgram:
    """Coefficient arrays of the weighted-circulant program (see the module docstring)."""
    _check(k, q, cluster, eps)
    k, q, cluster = int(k), int(q), int(cluster)
    d, v, a, A = _coefficients(k, q)
    A_ub = np.vstack([A, -a[None, :]])
    b_ub = np.concatenate([np.full(A.shape[0], -eps), [cluster - eps]])
    return WeightedProgram(c=v, A_ub=A_ub, b_ub=b_ub, upper=np.full(d.size, float(cluster)), k=k, q=q,
                           cluster=cluster, eps=float(eps))


def weighted_spectrum_bound(k: int, q: int, weights) -> tuple[np.ndarray, np.ndarray]:
    """(lambda_r, bound_r), r = 1..floor(k/2): the weighted twisted spectrum and a rigorous bound on
    its rounding error (each cosine within 32 u, products and a K-term sum: Higham 2002, sec. 3.1)."""
    w = np.asarray(weights, dtype=float)
    d, v, _, A = _coefficients(int(k), int(q))
    if w.shape != d.shape:
        raise InvalidParameterError(f"need {d.size} weights for k={k}, got {w.size}")
    lam = A @ w
    K = d.size
    gamma = K * _U / (1 - K * _U)
    err = (np.abs(A) @ np.abs(w)) * (1.01 * gamma) + (v * np.abs(w)).sum() * (3.01 * 32 * _U + 4.02 * _U)
    return lam, err


def solve_weighted_circulant(k: int, q: int, cluster: int, *, eps: float = 1e-5,
                             time_limit: float | None = 30.0) -> WeightedResult:
    """Solve the weighted-circulant program with HiGHS (:func:`synclib.circulant.solvers.solve_milp_arrays`) and re-check it.

    ``certified`` is True when every weighted eigenvalue plus its rounding bound is negative and the
    mean-field within-cluster value D is positive (the finite graph still has to be certified by
    :func:`synclib.record.blowup.certify_blowup`; :func:`weighted_pattern` builds it).
    """
    from synclib.circulant.solvers import solve_milp_arrays

    prog = weighted_program(k, q, cluster, eps=eps)
    if time_limit is not None and not time_limit > 0:
        raise InvalidParameterError(f"time_limit must be positive seconds, got {time_limit!r}")
    res = solve_milp_arrays(prog.c, A=prog.A_ub, lower=-np.inf, upper=prog.b_ub,
                            bounds=(np.zeros(prog.c.size), prog.upper), time_limit=time_limit, sense="max")
    seconds, status = res.seconds, res.status
    if res.x is None or status not in ("optimal", "time_limit_feasible"):
        return WeightedResult(status, prog.k, prog.q, prog.cluster, None, None, None, None, None, False, seconds,
                              str(res.message))
    w = np.rint(res.x).astype(np.int64)
    lam, err = weighted_spectrum_bound(prog.k, prog.q, w)
    _, v, a, _ = _coefficients(prog.k, prog.q)
    D = prog.cluster + float(a @ w)
    D_err = (np.abs(a) @ np.abs(w)) * 1e-13 + 1e-12
    degree = int(prog.cluster - 1 + (v * w).sum())
    mu = Fraction(degree, prog.k * prog.cluster - 1)
    top = int(np.argmax(lam + err))
    certified = bool(np.all(lam + err < 0) and D - D_err > 0)
    return WeightedResult(status, prog.k, prog.q, prog.cluster, tuple(int(x) for x in w), degree, mu,
                          float(lam[top]), float(err[top]), certified, seconds, str(res.message))


def weighted_pattern(result: WeightedResult):
    """The :class:`synclib.record.blowup.BlowupPattern` of a weighted circulant (uniform clusters of size
    ``cluster``, partial circulant bipartite joins of size w_d, twisted phases)."""
    from synclib.record.blowup import make_pattern

    if result.weights is None:
        raise InvalidParameterError("weighted result has no weights (status " + result.status + ")")
    k, W = result.k, result.cluster
    A = np.zeros((k, k), dtype=int)
    partial = {}
    for d, w in enumerate(result.weights, start=1):
        if w == 0:
            continue
        for i in range(k):
            j = (i + d) % k
            A[i, j] = A[j, i] = 1
            if w < W:
                partial[(min(i, j), max(i, j))] = w
    phases = 2 * math.pi * result.q * np.arange(k) / k
    return make_pattern(A, np.full(k, W), phases, partial=partial,
                        name=f"weighted C{k} q={result.q} W={W} w={list(result.weights)}")
