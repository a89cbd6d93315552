"""solve_circulant: both methods, re-verification of whatever a solver returns, the result object."""

from fractions import Fraction

import networkx as nx
import numpy as np
import pytest

import synclib.circulant.solve as circ
from synclib.exceptions import InvalidParameterError
from synclib.circulant.solvers import SolveOutcome


@pytest.mark.parametrize("method,solver", [("milp", "cbc"), ("milp", "highs"), ("closed-form", "cbc")])
def test_38_2(method, solver):
    r = circ.solve_circulant(38, 2, method=method, solver=solver)
    assert r.status == "optimal" and r.degree == 23 and r.certified and r.optimality_proven
    assert r.mu == Fraction(23, 37)
    G = r.graph
    assert isinstance(G, nx.Graph) and min(d for _, d in G.degree()) == 23
    d = r.to_dict()
    for key in ("status", "degree", "mu", "connection_set", "max_eigenvalue", "certified"):
        assert key in d
    assert d["mu_fraction"] == "23/37"


def test_infeasible_result():
    r = circ.solve_circulant(20, 5)
    assert r.status == "infeasible" and r.degree is None and r.graph is None and r.certified is None
    r2 = circ.solve_circulant(20, 5, method="closed-form")
    assert r2.status == "infeasible" and "< 5" in r2.message


def test_a_bad_solver_answer_is_caught_by_reverification(monkeypatch):
    # A solver that returns S = {1..6} for (19, 1): optimal per its word, unstable in truth.
    def liar(program, **kw):
        return SolveOutcome("optimal", np.array([1, 1, 1, 1, 1, 1, 0, 0, 0], dtype=np.int8), 12.0, 0.0, "cbc", "lie")

    monkeypatch.setattr(circ, "solve_binary_program", liar)
    r = circ.solve_circulant(19, 1)
    assert r.status == "optimal" and r.certified is False and not r.optimality_proven
    assert "FAILED re-verification" in r.message and "exceeds the exact upper bound" in r.message


def test_time_limited_solution_is_labelled(monkeypatch):
    def slow(program, **kw):
        return SolveOutcome("time_limit_feasible", np.array([1, 1, 1, 1, 0, 0, 0, 0, 0], dtype=np.int8), 8.0, 1.0,
                            "cbc", "stopped")

    monkeypatch.setattr(circ, "solve_binary_program", slow)
    r = circ.solve_circulant(19, 1, time_limit=1)
    assert r.status == "time_limit_feasible" and r.certified and r.degree == 8 and r.upper_bound == 10
    assert not r.optimality_proven


def test_method_error():
    with pytest.raises(InvalidParameterError, match="method must be"):
        circ.solve_circulant(19, 1, method="guess")


def test_solution_is_built_with_keywords_only():
    with pytest.raises(TypeError):
        circ.CirculantSolution(19, 1, "milp", "optimal")  # positional construction is refused
    r = circ.CirculantSolution(n=19, q=1, method="milp", status="optimal")
    assert r.m == 1 and r.certified is None and r.attempts == ()


def test_circulant_and_sweep_agree_on_certified(monkeypatch):
    # A network whose certified eigenvalue bound lies in (-eps, 0): stable, but not with the program's
    # margin. Both entry points must call it NOT certified (one meaning of ``certified``).
    import synclib.circulant.sweep as sweep

    x = np.array([1, 0, 0, 0, 0, 0, 0, 0, 0], dtype=np.int8)  # S = {1}, the ring: lambda_max ~ -0.10
    bound = circ.certify_twisted(19, (1,), 1).certified_upper_bound
    assert -0.5 < bound < 0
    eps = -2 * bound  # the certified bound lies in (-eps, 0)
    answer = lambda program, **kw: SolveOutcome("optimal", x, 2.0, 0.0, "cbc", "fake")  # noqa: E731
    monkeypatch.setattr(circ, "solve_binary_program", answer)
    monkeypatch.setattr(sweep, "solve_binary_program", answer)
    a = circ.solve_circulant(19, 1, eps=eps)
    b = sweep.solve_class(19, 1, method="milp", eps=eps)
    assert a.certified is False and b.certified is False
    assert a.to_dict()["certified"] == b.to_dict()["certified"]
