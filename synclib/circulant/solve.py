"""The densest circulant whose q-twisted state is stable: one (n, q) problem, solved and re-verified.

Data flow: (n, q) -> coefficient arrays (:mod:`synclib.circulant.program`) -> solver (:mod:`synclib.circulant.solvers`, status
read from the solver) -> re-verification of the returned S with the certified spectrum
(:func:`synclib.certify.equilibrium.certify_twisted`) -> :class:`CirculantResult`.

``method="closed-form"`` uses the exact closed form instead (:mod:`synclib.circulant.closed_form`); its answer
is a proven optimum whenever the constructed set certifies, because its degree equals an exact upper
bound (the one-row knapsack). Either way ``certified`` is True only when the returned network's
twisted state is rigorously stable; the MILP's optimality is the solver's word and is cross-checked
against the exact upper bound (``upper_bound``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

import networkx as nx

from synclib.certify.twisted import certify_twisted
from synclib.circulant.closed_form import closed_form, closed_form_degree
from synclib.exceptions import InvalidParameterError
from synclib.circulant.program import DEFAULT_EPS, circulant_program
from synclib.circulant.solvers import solve_binary_program

__all__ = ["CirculantResult", "solve_circulant", "METHODS"]

METHODS = ("milp", "closed-form")


@dataclass(frozen=True)
class CirculantResult:
    """One solved (n, q) problem.

    ``status`` is the solver's (``optimal``, ``infeasible``, ``time_limit_feasible``,
    ``time_limit_no_solution``, ``error``); for the closed form it is ``optimal`` when the constructed
    set certifies, ``infeasible`` when n/gcd(n, q) < 5, else ``uncertified``.
    """

    n: int
    q: int
    method: str
    solver: str | None
    status: str
    degree: int | None
    connection_set: tuple[int, ...]
    max_eigenvalue: float | None
    error_bound: float | None
    certified: bool | None
    upper_bound: int | None
    seconds: float
    message: str = ""
    eps: float = DEFAULT_EPS
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def mu(self) -> Fraction | None:
        """Connectivity degree / (n - 1), exact."""
        return None if self.degree is None else Fraction(self.degree, self.n - 1)

    @property
    def optimality_proven(self) -> bool:
        """Certified network whose degree reaches the exact upper bound."""
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
            "n": self.n, "q": self.q, "method": self.method, "solver": self.solver, "status": self.status,
            "degree": self.degree, "mu": None if mu is None else float(mu),
            "mu_fraction": None if mu is None else f"{mu.numerator}/{mu.denominator}",
            "connection_set": list(self.connection_set), "max_eigenvalue": self.max_eigenvalue,
            "eigenvalue_error_bound": self.error_bound, "certified": self.certified,
            "upper_bound": self.upper_bound, "optimality_proven": self.optimality_proven,
            "eps": self.eps, "seconds": self.seconds, "message": self.message,
        }


def solve_circulant(n: int, q: int, *, method: str = "milp", solver: str = "cbc", eps: float = DEFAULT_EPS,
                    time_limit: float | None = None) -> CirculantResult:
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
    t0 = time.perf_counter()
    if method == "closed-form":
        cf = closed_form(n, q, eps=Fraction(eps))
        if not cf.feasible:
            return CirculantResult(n, q, method, None, "infeasible", None, (), None, None, None, None,
                                   time.perf_counter() - t0, f"no stable q-twisted circulant: n/gcd(n,q) = "
                                   f"{cf.n_tilde} < 5" if cf.n_tilde < 5 else "no feasible connection set", eps)
        check = certify_twisted(n, cf.connection_set, q)
        status = "optimal" if cf.attained else "uncertified"
        return CirculantResult(n, q, method, None, status, cf.degree, cf.connection_set, check.max_eigenvalue,
                               check.error_bound, check.stable, cf.degree, time.perf_counter() - t0,
                               "exact closed form (one-row knapsack bound attained and certified)"
                               if cf.attained else "closed-form set failed certification", eps)
    program = circulant_program(n, q, eps=eps)
    out = solve_binary_program(program, solver=solver, time_limit=time_limit)
    bound = closed_form_degree(n, q, eps=Fraction(eps))
    if out.x is None:
        return CirculantResult(n, q, method, solver, out.status, None, (), None, None, None, bound,
                               time.perf_counter() - t0, out.message, eps)
    S = tuple(int(k) for k in (1 + out.x.nonzero()[0]))
    check = certify_twisted(n, S, q)
    degree = sum(1 if 2 * k == n else 2 for k in S)
    message = out.message
    if not check.stable:
        message += "; the solver's network FAILED re-verification (not certified stable)"
    if bound is not None and degree > bound:
        message += f"; degree {degree} exceeds the exact upper bound {bound}: solver tolerance problem"
    return CirculantResult(n, q, method, solver, out.status, degree, S, check.max_eigenvalue, check.error_bound,
                           check.stable, bound, time.perf_counter() - t0, message, eps)
