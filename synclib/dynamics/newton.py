"""Equilibria of the Kuramoto model on a graph: Jacobian, residual and Newton polishing.

For f_i(theta) = omega_i + sum_j A_ij sin(theta_j - theta_i) (A symmetric) the Jacobian is

    J_ij = A_ij cos(theta_j - theta_i)  (i != j),   J_ii = -sum_{j != i} J_ij,

symmetric with rows summing to zero, so J 1 = 0: the global rotation is always a neutral direction and
J is singular.  Newton's method therefore works on the quotient by rotations: each step solves the
bordered system (Keller 1977; Allgower & Georg, "Numerical Continuation Methods", sec. 3.3)

    [ J    1 ] [ delta ]   [ -g ]
    [ 1^T  0 ] [  mu   ] = [  0 ],      g = f - mean(f),

which is non-singular whenever 0 is a simple eigenvalue of J; ``delta`` is orthogonal to the all-ones
vector (the mean phase is kept) and ``mu`` absorbs the common frequency (zero without natural
frequencies).  A backtracking line search on ||g||_2 keeps the iteration from jumping basins.
Dense LU for n <= ``dense_max``, sparse LU (SuperLU) above.

**Pseudo-transient continuation** (``dt0`` given; Kelley & Keyes 1998, "switched evolution relaxation"):
each step solves the bordered system with J - I/dt in place of J, i.e. an implicit Euler step of the
gradient flow, and grows dt by the residual ratio, so the iteration follows the flow to a *stable*
equilibrium and becomes Newton's method as dt grows. Plain Newton from cluster phases can wander when
the soft eigenvalue is small compared with n (its quadratic basin has radius ~ lambda^2 / n). Every
step is taken (no line search) and the iterate of smallest residual is returned.

This is the one Newton polisher of synclib: the witness search polishes trajectories with it, and the
record searches polish cluster phases with it on the weighted quotient graph (class equations
sum_j d_ij sin(theta_j - theta_i) = 0 times c_i are the equilibrium equations of the symmetric weights
e_ij = c_i d_ij) and finite graphs with its pseudo-transient mode.  Convergence is quadratic near a
non-degenerate equilibrium, so a trajectory that the integrators bring to a residual of ~1e-8 polishes
to ~1e-14 in two or three steps - the precision :func:`synclib.certify.equilibrium.certify_equilibrium` needs for
its Newton-Kantorovich step.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.linalg as la
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from synclib.dynamics.coupling import as_coupling, kuramoto_rhs
from synclib.exceptions import InvalidParameterError
from synclib.kuramoto import jacobian as kuramoto_jacobian

__all__ = ["PolishResult", "jacobian", "newton_polish", "polish_class_phases", "residual", "residual_vector"]

logger = logging.getLogger(__name__)


def _phases(theta: Any, n: int) -> np.ndarray:
    th = np.asarray(theta, dtype=float).ravel()
    if th.size != n:
        raise InvalidParameterError(f"theta: expected {n} phases, got {th.size}")
    if not np.all(np.isfinite(th)):
        raise InvalidParameterError("theta: phases must be finite")
    return th


def jacobian(A: Any, theta: Any, *, sparse: bool | None = None):
    """Jacobian J(theta) of the Kuramoto vector field (natural frequencies do not enter).

    Parameters
    ----------
    A : graph, scipy sparse or dense (n, n)
        Coupling (weights allowed).
    theta : array_like (n,)
    sparse : bool, optional
        Return a ``scipy.sparse.csr_array`` (True) or a dense ndarray (False); default: sparse when
        ``A`` is sparse or a graph with n > 2000.

    Returns
    -------
    ndarray or csr_array (n, n)
    """
    c = as_coupling(A)
    th = _phases(theta, c.n)
    if sparse is None:
        sparse = sp.issparse(A) or c.n > 2000
    J = kuramoto_jacobian(c.to_scipy(), th)
    return J if sparse else J.toarray()


def residual_vector(A: Any, theta: Any, omega: Any = None) -> np.ndarray:
    """``g = f(theta) - mean(f)``: zero exactly at an equilibrium (or a frequency-locked state)."""
    f = kuramoto_rhs(A, theta, omega)
    return f - f.mean()


def residual(A: Any, theta: Any, omega: Any = None, *, norm: str = "2") -> float:
    """Norm of :func:`residual_vector` (``norm`` "2" or "inf")."""
    g = residual_vector(A, theta, omega)
    if norm == "2":
        return float(np.linalg.norm(g))
    if norm == "inf":
        return float(np.max(np.abs(g)))
    raise InvalidParameterError(f"norm: expected '2' or 'inf', got {norm!r}")


@dataclass(frozen=True, eq=False)
class PolishResult:
    """Outcome of :func:`newton_polish`: the polished ``phases``, the final 2-norm ``residual``, the
    starting residual, the iterations used and whether ``residual <= tol``."""

    phases: np.ndarray
    residual: float
    initial_residual: float
    iterations: int
    converged: bool

    def to_dict(self) -> dict:
        return {"residual": self.residual, "initial_residual": self.initial_residual,
                "iterations": self.iterations, "converged": self.converged}


def _bordered_solve(J, g: np.ndarray, dense: bool) -> np.ndarray | None:
    n = g.size
    rhs = np.concatenate([-g, [0.0]])
    if dense:
        M = np.empty((n + 1, n + 1))
        M[:n, :n] = J
        M[:n, n] = 1.0
        M[n, :n] = 1.0
        M[n, n] = 0.0
        try:
            sol = la.solve(M, rhs, assume_a="sym", check_finite=False)
        except (la.LinAlgError, ValueError):
            sol = la.lstsq(M, rhs, check_finite=False)[0]
    else:
        ones = np.ones((n, 1))
        M = sp.block_array([[J, sp.csr_array(ones)], [sp.csr_array(ones.T), None]], format="csc")
        try:
            sol = spla.spsolve(M, rhs)
        except RuntimeError:
            return None
    if not np.all(np.isfinite(sol)):
        return None
    return sol[:n]


def newton_polish(A: Any, theta: Any, *, omega: Any = None, tol: float = 1e-12, max_iter: int = 30,
                  dense_max: int = 2000, dt0: float | None = None, line_search: bool = True) -> PolishResult:
    """Polish an approximate equilibrium by Newton's method with the rotation mode removed.

    Parameters
    ----------
    A : graph, scipy sparse or dense (n, n)
        Symmetric coupling (non-negative weights allowed).
    theta : array_like (n,)
        Approximate equilibrium (e.g. the end of a converged trajectory).
    omega : array_like (n,), optional
        Natural frequencies (then a frequency-locked state is polished).
    tol : float
        Stop when ``||f - mean f||_2 <= tol``.
    max_iter : int
        Newton steps at most.
    dense_max : int
        Dense LU up to this n, sparse LU above.
    dt0 : float, optional
        Start pseudo-transient continuation with this time step (see the module docstring); None is
        Newton's method.
    line_search : bool
        Backtrack on ||g|| (True, stays in the basin of the start) or take every full Newton step and
        return the best iterate, stopping after three steps without improvement once at rounding level
        (False: reaches the nearby equilibrium from farther away, e.g. cluster phases of a blow-up pattern).

    Returns
    -------
    PolishResult
        ``converged`` is False when the iteration stalls (singular Jacobian or no decrease).

    Examples
    --------
    >>> import networkx as nx, numpy as np
    >>> G = nx.circulant_graph(10, [1])
    >>> twisted = 2 * np.pi * np.arange(10) / 10
    >>> pol = newton_polish(G, twisted + 1e-3 * np.sin(np.arange(10)))
    >>> pol.converged, bool(pol.residual < 1e-12)
    (True, True)
    """
    c = as_coupling(A, omega)
    th = _phases(theta, c.n).copy()
    dense = c.n <= dense_max
    g = residual_vector(c, th)
    res = float(np.linalg.norm(g))
    res0 = res
    if dt0 is not None or not line_search:
        return _undamped(c, th, g, res, tol, max_iter, dense, None if dt0 is None else float(dt0))
    it = 0
    while res > tol and it < max_iter:
        J = jacobian(c, th, sparse=not dense)
        delta = _bordered_solve(J, g, dense)
        if delta is None:
            logger.debug("newton_polish: singular bordered system at iteration %d", it)
            break
        step = 1.0
        improved = False
        for _ in range(30):
            trial = th + step * delta
            g_trial = residual_vector(c, trial)
            r_trial = float(np.linalg.norm(g_trial))
            if r_trial < res or (r_trial <= res and r_trial == 0.0):
                improved = True
                break
            step *= 0.5
        it += 1
        if not improved:
            break
        th, g, res = trial, g_trial, r_trial
    th.setflags(write=False)
    return PolishResult(th, res, res0, it, bool(res <= tol and math.isfinite(res)))


def _undamped(c, th: np.ndarray, g: np.ndarray, res: float, tol: float, max_iter: int, dense: bool,
              dt: float | None) -> PolishResult:
    """Full Newton steps (``dt`` None: stop after three steps without improvement once at rounding
    level) or pseudo-transient steps with J - I/dt (dt grown by the residual ratio); the best iterate."""
    res0 = res
    best, best_res, stalled, it = th.copy(), res, 0, 0
    floor = 1e-10 * max(1.0, float(np.max(np.diff(c.indptr))) if c.n else 1.0)  # rounding level, roughly
    while best_res > tol and it < max_iter and not (dt is None and stalled >= 3 and best_res < floor):
        J = jacobian(c, th, sparse=not dense)
        if dt is not None:
            J = J - np.eye(c.n) / dt if dense else sp.csr_array(J - sp.eye_array(c.n) / dt)
        delta = _bordered_solve(J, g, dense)
        it += 1
        if delta is None:
            break
        th = th + delta
        g = residual_vector(c, th)
        new = float(np.linalg.norm(g))
        if new < best_res:
            best, best_res, stalled = th.copy(), new, 0
        else:
            stalled += 1
        if dt is not None:
            dt = min(dt * max(res / max(new, 1e-300), 0.5), 1e12) if new > 0 else 1e12
        res = new
    best.setflags(write=False)
    return PolishResult(best, best_res, res0, it, bool(best_res <= tol and math.isfinite(best_res)))


def polish_class_phases(edges_between: Any, theta: Any, *, tol: float = 0.0, max_iter: int = 60) -> np.ndarray:
    """Class phases of an equitable partition polished to an exact solution of the class equations.

    With ``edges_between[i, j] = e_ij = c_i d_ij`` (the number of edges between classes i and j,
    symmetric), the class equations sum_j d_ij sin(theta_j - theta_i) = 0 are the equilibrium equations
    of the weighted graph e (times c_i), so :func:`newton_polish` solves them. The phases are returned
    with theta_0 unchanged (the rotation gauge of the callers).
    """
    E = np.array(edges_between, dtype=float)
    np.fill_diagonal(E, 0.0)
    th0 = np.asarray(theta, dtype=float)
    scale = max(1.0, float(E.sum(axis=1).max())) if E.size else 1.0
    pol = newton_polish(E, th0, tol=tol * scale, max_iter=max_iter, dense_max=max(2000, th0.size),
                        line_search=False)
    th = np.array(pol.phases)
    return th - (th[0] - th0[0]) if th.size else th
