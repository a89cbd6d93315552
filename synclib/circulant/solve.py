"""The densest circulant whose q-twisted state is stable: one (n, q) problem, solved and re-verified.

Data flow: (n, q) -> coefficient arrays (:mod:`synclib.circulant.program`) -> solver (:mod:`synclib.circulant.solvers`, status
read from the solver) -> re-verification of the returned S with the certified spectrum
(:func:`synclib.certify.twisted.certify_twisted`) -> :class:`CirculantSolution`.

``method="closed-form"`` uses the exact closed form instead (:mod:`synclib.circulant.closed_form`); its answer
is a proven optimum whenever the constructed set certifies, because its degree equals an exact upper
bound (the one-row knapsack). Either way ``certified`` is True only when the returned network's
twisted state is rigorously stable; the MILP's optimality is the solver's word and is cross-checked
against the exact upper bound (``upper_bound``).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property

import networkx as nx
import numpy as np

from synclib.certify.twisted import certify_twisted
from synclib.circulant.closed_form import closed_form, closed_form_degree
from synclib.exceptions import InvalidParameterError
from synclib.circulant.program import DEFAULT_EPS, circulant_program
from synclib.circulant.solvers import solve_binary_program

__all__ = ["CirculantSolution", "solve_circulant", "certify_solution", "check_problem_size", "estimate_cost",
           "solution_from_outcome", "METHODS", "MAX_N", "MIN_N_TILDE"]

METHODS = ("milp", "closed-form")


MIN_N_TILDE = 5
"""n / gcd(n, q) < 5: no stable twisted state on any circulant (Yoneda et al. 2021)."""


@dataclass(frozen=True, kw_only=True)
class CirculantSolution:
    """One solved problem: the densest circulant C_n(S) whose q-twisted state is stable.

    The one result type of :func:`solve_circulant` (``synctool circulant``) and of the sweeps
    (:func:`synclib.circulant.sweep.solve_class`, ``synctool sweep``, where ``q`` is the class
    representative m = gcd(n, q)). Built with keywords only.

    ``status``: ``optimal`` (the solver's proven optimum, or the exact closed form attained and
    certified), ``infeasible``, ``time_limit_feasible``, ``time_limit_no_solution``, ``solver_failed``
    (every solver of the fallback chain aborted or returned nothing: ``message`` says how), and
    ``uncertified`` (closed form whose set did not certify).

    ``certified`` has ONE meaning everywhere: the returned network's q-twisted state is rigorously
    stable with the program's margin, i.e. the largest eigenvalue plus its proven rounding bound is
    ``<= -eps`` (:func:`synclib.certify.twisted.certify_twisted`); None when there is no network.
    ``solver`` names the solver that produced the answer (``cbc``, ``cbc-nosymmetry``, ``highs``;
    None for the closed form) and ``attempts`` the failed attempts before it.
    """

    n: int
    q: int
    method: str
    status: str
    degree: int | None = None
    connection_set: tuple[int, ...] = ()
    max_eigenvalue: float | None = None
    error_bound: float | None = None
    certified: bool | None = None
    upper_bound: int | None = None
    solver: str | None = None
    seconds: float = 0.0
    message: str = ""
    eps: float = DEFAULT_EPS
    attempts: tuple[str, ...] = ()

    @property
    def m(self) -> int:
        """The divisor class gcd(n, q): the optimum depends on (n, q) only through it."""
        return math.gcd(self.n, self.q)

    @property
    def n_tilde(self) -> int:
        return self.n // self.m

    @property
    def mu(self) -> Fraction | None:
        """Connectivity degree / (n - 1), exact."""
        return None if self.degree is None else Fraction(self.degree, self.n - 1)

    @property
    def optimality_proven(self) -> bool:
        """Infeasible by the theorem (n / gcd < 5) or by the exact bound, or a certified network whose
        degree reaches the exact upper bound."""
        if self.n_tilde < MIN_N_TILDE:
            return True
        if self.status == "infeasible" and self.upper_bound is None:
            return True
        return bool(self.certified and self.degree is not None and self.degree == self.upper_bound)

    @cached_property
    def graph(self) -> nx.Graph | None:
        """The circulant C_n(S) as a networkx graph (nodes 0..n-1 in ring order)."""
        if self.degree is None:
            return None
        return nx.circulant_graph(self.n, self.connection_set)

    def to_dict(self) -> dict:
        mu = self.mu
        return {
            "n": self.n, "q": self.q, "m": self.m, "n_tilde": self.n_tilde, "method": self.method,
            "solver": self.solver, "status": self.status, "degree": self.degree,
            "mu": None if mu is None else float(mu),
            "mu_fraction": None if mu is None else f"{mu.numerator}/{mu.denominator}",
            "connection_set": list(self.connection_set), "max_eigenvalue": self.max_eigenvalue,
            "error_bound": self.error_bound, "certified": self.certified,
            "upper_bound": self.upper_bound, "optimality_proven": self.optimality_proven,
            "eps": self.eps, "seconds": self.seconds, "message": self.message, "attempts": list(self.attempts),
        }

    @classmethod
    def from_dict(cls, d: dict) -> "CirculantSolution":
        """Inverse of :meth:`to_dict` (a stored sweep row names the class ``m`` instead of ``q``)."""
        names = ("n", "method", "status", "degree", "max_eigenvalue", "error_bound", "certified", "upper_bound",
                 "solver", "seconds", "message", "eps")
        kw = {k: d[k] for k in names if d.get(k) is not None}
        kw["q"] = d["q"] if d.get("q") is not None else d["m"]
        kw["connection_set"] = tuple(int(k) for k in (d.get("connection_set") or ()))
        kw["attempts"] = tuple(d.get("attempts") or ())
        return cls(**kw)


MAX_N = {"milp": 5_000, "closed-form": 50_000, "auto": 100_000}
"""The largest n each method is run for: above these the estimated memory or time exceeds an ordinary
machine (see :func:`check_problem_size`)."""


def estimate_cost(n: int, method: str) -> tuple[float, float]:
    """Rough (bytes, seconds) one (n, q) problem needs with ``method``.

    ``milp``: the dense program has (n/2)^2 coefficients (8 bytes each as float64, ~150 more as PuLP
    expression terms); ``closed-form``: the exact k_c of the closed form is O(n^2) exact-arithmetic
    steps (~2e-7 s each) and its certification n/2 * |S| ~ 0.17 n^2 cosine terms; ``auto`` (a sweep
    class): the float knapsack (~100 bytes per distance) and the certification alone.
    """
    n = float(n)
    half2 = (n / 2) ** 2
    cert_s = 0.17 * n * n * 2e-9
    if method == "milp":
        return half2 * 158.0, half2 * 1e-6 + cert_s
    if method == "closed-form":
        return 100.0 * n + 2 ** 25, 2e-7 * n * n + cert_s
    return 100.0 * n + 2 ** 25, cert_s + 1e-6 * n


def check_problem_size(n: int, method: str) -> None:
    """Refuse, before anything large is allocated, a problem whose memory or time would exceed an
    ordinary machine: one line naming the estimate and the limit (:data:`MAX_N`)."""
    limit = MAX_N[method]
    if n > limit:
        mem, sec = estimate_cost(n, method)
        raise InvalidParameterError(
            f"n = {n} is too large for method {method}: it would need about {_human_bytes(mem)} of memory and "
            f"{_human_seconds(sec)}; the limit is n <= {limit}")


def _human_bytes(b: float) -> str:
    for unit in ("B", "kB", "MB", "GB", "TB", "PB", "EB"):
        if b < 1000:
            return f"{b:.3g} {unit}"
        b /= 1000
    return f"{b:.3g} ZB" if b < 1e6 else f"{b * 1e21:.2g} B"


def _human_seconds(s: float) -> str:
    if s < 120:
        return f"{s:.2g} s"
    if s < 2 * 86400:
        return f"{s / 3600:.2g} h"
    return f"{s / 86400:.2g} days" if s < 1e6 * 86400 else f"{s / 86400 / 365:.2g} years"


def certify_solution(n: int, S, q: int, eps: float):
    """The one certification used by every solve: (check, certified) with certified meaning
    max eigenvalue + rounding bound <= -eps."""
    check = certify_twisted(n, S, q)
    return check, bool(S) and bool(check.certified_upper_bound <= -eps)


def solution_from_outcome(n: int, q: int, out, *, eps: float, bound: int | None, t0: float,
                          note: str = "") -> CirculantSolution:
    """A solver's answer (:class:`synclib.circulant.solvers.SolveOutcome`) re-verified as a solution."""
    base = dict(n=n, q=q, method="milp", solver=out.solver, status=out.status, upper_bound=bound, eps=eps,
                attempts=tuple(out.attempts))
    if out.x is None:
        return CirculantSolution(**base, seconds=time.perf_counter() - t0, message=note + out.message)
    S = tuple(int(k) for k in (1 + np.flatnonzero(out.x)))
    check, certified = certify_solution(n, S, q, eps)
    degree = sum(1 if 2 * k == n else 2 for k in S)
    message = note + out.message
    if not certified:
        message += "; the solver's network FAILED re-verification (not certified stable)"
    if bound is not None and degree > bound:
        message += f"; degree {degree} exceeds the exact upper bound {bound}: solver tolerance problem"
    return CirculantSolution(**base, degree=degree, connection_set=S, max_eigenvalue=check.max_eigenvalue,
                             error_bound=check.error_bound, certified=certified,
                             seconds=time.perf_counter() - t0, message=message)


def solve_circulant(n: int, q: int, *, method: str = "milp", solver: str = "cbc", eps: float = DEFAULT_EPS,
                    time_limit: float | None = None) -> CirculantSolution:
    """Densest circulant C_n(S) whose q-twisted state is linearly stable.

    Parameters
    ----------
    n : int
        Oscillators, n >= 5.
    q : int
        Twist, 1 <= q <= n // 2.
    method : {"milp", "closed-form"}
    solver : {"cbc", "highs"}
        MILP solver (``method="milp"`` only).
    eps : float
        Every eigenvalue must be <= -eps in the program; 1e-5 as in the published study.
    time_limit : float, optional
        Solver time limit in seconds.

    Examples
    --------
    >>> r = solve_circulant(19, 1, method="closed-form")
    >>> r.degree, r.connection_set, r.certified
    (10, (1, 2, 3, 4, 5), True)
    """
    if method not in METHODS:
        raise InvalidParameterError(f"method must be one of {', '.join(METHODS)}, got {method!r}")
    check_problem_size(n, method)
    t0 = time.perf_counter()
    if method == "closed-form":
        cf = closed_form(n, q, eps=Fraction(eps))
        if not cf.feasible:
            return CirculantSolution(
                n=n, q=q, method=method, status="infeasible", seconds=time.perf_counter() - t0, eps=eps,
                message=f"no stable q-twisted circulant: n/gcd(n,q) = {cf.n_tilde} < 5" if cf.n_tilde < 5
                else "no feasible connection set")
        check, certified = certify_solution(n, cf.connection_set, q, eps)
        return CirculantSolution(
            n=n, q=q, method=method, status="optimal" if certified else "uncertified", degree=cf.degree,
            connection_set=cf.connection_set, max_eigenvalue=check.max_eigenvalue, error_bound=check.error_bound,
            certified=certified, upper_bound=cf.degree, seconds=time.perf_counter() - t0, eps=eps,
            message="exact closed form (one-row knapsack bound attained and certified)" if certified
            else "closed-form set failed certification")
    program = circulant_program(n, q, eps=eps)
    out = solve_binary_program(program, solver=solver, time_limit=time_limit)
    bound = closed_form_degree(n, q, eps=Fraction(eps))
    return solution_from_outcome(n, q, out, eps=eps, bound=bound, t0=t0)
