"""Solver statuses are read from the solver, one test per status and per error message."""

import tempfile
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pulp
import pytest

from synclib.exceptions import InvalidParameterError, SolverUnavailableError
from synclib.circulant.program import BinaryProgram, circulant_program, published_program
from synclib.circulant import solvers
from synclib.circulant.solvers import _read_stats, _read_status, available_solvers, cbc_solver, solve_binary_program


@pytest.mark.parametrize("solver", ["cbc", "highs"])
def test_optimal(solver):
    out = solve_binary_program(circulant_program(19, 1), solver=solver)
    assert out.status == "optimal" and out.success and out.objective == 10
    assert out.x.sum() == 5  # optimal sets need not be unique: S = {1..5} is one of them


@pytest.mark.parametrize("solver", ["cbc", "highs"])
def test_infeasible_is_a_result(solver):
    out = solve_binary_program(circulant_program(20, 5), solver=solver)  # n / gcd = 4 < 5
    assert out.status == "infeasible" and out.x is None and out.objective is None


def _market_split(rows=6, cols=60, seed=1):
    """Cornuejols-Dawande market-split instance: equality knapsacks, notoriously hard to satisfy."""
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 100, size=(rows, cols)).astype(float)
    return BinaryProgram(c=np.zeros(cols), A_ub=np.zeros((0, cols)), b_ub=np.zeros(0), A_eq=a,
                         b_eq=np.floor(a.sum(axis=1) / 2), name="market_split")


def _multi_knapsack(rows=30, cols=300, seed=1):
    """x = 0 is feasible at once; proving optimality takes far longer than a second."""
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 1000, size=(rows, cols)).astype(float)
    return BinaryProgram(c=rng.integers(1, 1000, size=cols).astype(float), A_ub=a, b_ub=a.sum(axis=1) / 4,
                         name="multi_knapsack")


@pytest.mark.parametrize("solver", ["cbc", "highs"])
def test_time_limit_with_solution(solver):
    out = solve_binary_program(_multi_knapsack(), solver=solver, time_limit=1)
    assert out.status == "time_limit_feasible" and not out.success and out.has_solution
    assert out.objective > 0


@pytest.mark.parametrize("solver", ["cbc", "highs"])
def test_time_limit_without_solution(solver):
    out = solve_binary_program(_market_split(), solver=solver, time_limit=1)
    assert out.status == "time_limit_no_solution" and out.x is None


PULP4 = not hasattr(pulp, "LpStatus")

if not PULP4:
    _V3_CASES = [
        (pulp.LpStatusOptimal, pulp.LpSolutionOptimal, None, "optimal"),
        (pulp.LpStatusOptimal, pulp.LpSolutionIntegerFeasible, 1.0, "time_limit_feasible"),
        (pulp.LpStatusInfeasible, pulp.LpSolutionInfeasible, None, "infeasible"),
        (pulp.LpStatusUnbounded, pulp.LpSolutionUnbounded, None, "unbounded"),
        (pulp.LpStatusNotSolved, pulp.LpSolutionNoSolutionFound, 1.0, "time_limit_no_solution"),
        (pulp.LpStatusNotSolved, pulp.LpSolutionNoSolutionFound, None, "solver_failed"),
        (pulp.LpStatusUndefined, 99, None, "solver_failed"),
    ]
else:
    _V3_CASES = []


@pytest.mark.skipif(PULP4, reason="PuLP < 4 status pair")
@pytest.mark.parametrize("status,sol,time_limit,expected", _V3_CASES)
def test_status_mapping_pulp3(status, sol, time_limit, expected):
    prob = SimpleNamespace(status=status, sol_status=sol)
    assert _read_status(pulp, prob, time_limit, 1.0)[0] == expected


@pytest.mark.parametrize("reason,has_solution,expected", [
    ("Optimal", True, "optimal"), ("Infeasible", False, "infeasible"), ("Unbounded", False, "unbounded"),
    ("TimeLimit", True, "time_limit_feasible"), ("TimeLimit", False, "time_limit_no_solution"),
    ("NodeLimit", True, "time_limit_feasible"), ("NumericalError", False, "solver_failed"), ("NotSolved", False, "solver_failed"),
])
def test_status_mapping_pulp4(reason, has_solution, expected):
    stats = SimpleNamespace(status=SimpleNamespace(name=reason), has_solution=has_solution)
    assert _read_stats(pulp, stats)[0] == expected


def test_solver_error_is_reported_as_status(monkeypatch):
    def boom(self, solver=None, **kw):
        raise pulp.PulpSolverError("Pulp: Error while executing the solver")

    monkeypatch.setattr(pulp.LpProblem, "solve", boom)
    out = solve_binary_program(circulant_program(19, 1))
    assert out.status == "solver_failed" and "Error while executing" in out.message
    assert "every solver failed" in out.message and out.x is None
    out = solve_binary_program(circulant_program(19, 1), fallback=False)
    assert out.status == "solver_failed" and out.solver == "cbc" and "every solver" not in out.message


def _aborting_cbc(tmp_path, monkeypatch, abort_when):
    """CBC replaced by a script that kills itself with SIGABRT (as CbcSymmetry/nauty does on some
    symmetric programs) when its command line matches ``abort_when``; otherwise the real CBC runs."""
    real = solvers.cbc_solver(msg=False).path
    script = tmp_path / "cbc"
    script.write_text("#!/bin/sh\n" + f"case \"$*\" in {abort_when}) echo 'nauty: fatal' >&2; kill -ABRT $$;; esac\n"
                      + f'exec "{real}" "$@"\n')
    script.chmod(0o755)
    orig = solvers.cbc_solver

    def fake(**kw):
        solver = orig(**kw)
        solver.path = str(script)
        return solver

    monkeypatch.setattr(solvers, "cbc_solver", fake)


def _pulp_files(root):
    return [p for p in root.rglob("*") if p.is_file() and "pulp" in p.name]


def test_aborting_cbc_falls_back_to_cbc_without_symmetry(tmp_path, monkeypatch):
    bin_dir, scratch = tmp_path / "bin", tmp_path / "tmp"
    bin_dir.mkdir(), scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _aborting_cbc(bin_dir, monkeypatch, "*OrbitalBranching*) ;; *")  # aborts unless symmetry is off
    out = solve_binary_program(circulant_program(19, 1))
    assert out.status == "optimal" and out.objective == 10
    assert out.solver == "cbc-nosymmetry"
    assert len(out.attempts) == 1 and out.attempts[0].startswith("cbc: solver_failed")
    assert "nauty: fatal" in out.attempts[0]  # the solver's own words
    assert list(scratch.iterdir()) == []  # private temporary directories removed


def test_cbc_aborting_always_falls_back_to_highs(tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _aborting_cbc(tmp_path, monkeypatch, "*")
    out = solve_binary_program(circulant_program(19, 1))
    assert out.status == "optimal" and out.objective == 10 and out.solver == "highs"
    assert [a.split(":")[0] for a in out.attempts] == ["cbc", "cbc-nosymmetry"]
    assert list(scratch.iterdir()) == []
    out = solve_binary_program(circulant_program(19, 1), fallback=False)
    assert out.status == "solver_failed" and out.x is None and "nauty: fatal" in out.message


def test_interrupted_solve_leaves_no_files(tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def interrupted(self, solver=None, **kw):
        (Path(solver.tmpDir) / "x-pulp.mps").write_text("half written")
        raise KeyboardInterrupt

    monkeypatch.setattr(pulp.LpProblem, "solve", interrupted)
    with pytest.raises(KeyboardInterrupt):
        solve_binary_program(circulant_program(19, 1))
    assert _pulp_files(scratch) == [] and list(scratch.iterdir()) == []


def test_published_formulation_has_the_same_optimum():
    for n, q in [(19, 1), (38, 2), (40, 5), (18, 3)]:
        a = solve_binary_program(circulant_program(n, q), solver="highs")
        b = solve_binary_program(published_program(n, q), solver="highs")
        assert a.objective == b.objective
        assert published_program(n, q).n_vars == n - 1


def test_argument_errors():
    with pytest.raises(InvalidParameterError, match="solver must be one of"):
        solve_binary_program(circulant_program(19, 1), solver="gurobi")
    with pytest.raises(InvalidParameterError, match="time_limit"):
        solve_binary_program(circulant_program(19, 1), time_limit=0)
    with pytest.raises(InvalidParameterError, match="eps must be > 0"):
        circulant_program(19, 1, eps=0)
    with pytest.raises(InvalidParameterError, match="n must be"):
        circulant_program(4, 1)
    with pytest.raises(InvalidParameterError, match="twist q"):
        published_program(19, 10)


def test_missing_cbc_is_a_clear_error(monkeypatch):
    if hasattr(pulp, "PULP_CBC_CMD"):  # PuLP < 4
        monkeypatch.setattr(pulp.PULP_CBC_CMD, "available", lambda self: False)
    monkeypatch.setattr(pulp.COIN_CMD, "available", lambda self: False)
    with pytest.raises(SolverUnavailableError, match="CBC is not available"):
        cbc_solver()
    assert "cbc" not in available_solvers()


@pytest.mark.skipif(PULP4, reason="fakes PuLP 3's answer (variables settable from Python)")
def test_an_infeasible_point_called_optimal_is_a_failure(monkeypatch):
    # CBC from cbcbox 2.929 under PuLP 4.2 called the infeasible class (12, 6) optimal with degree 5.
    real = pulp.LpProblem.solve
    calls = []

    def lying_first(self, solver=None, **kw):
        calls.append(solver)
        if len(calls) > 1:
            return real(self, solver, **kw)
        for v in self.variables():
            v.varValue = 1.0
        self.status, self.sol_status = pulp.LpStatusOptimal, pulp.LpSolutionOptimal
        return self.status

    monkeypatch.setattr(pulp.LpProblem, "solve", lying_first)
    out = solve_binary_program(circulant_program(12, 6))
    assert out.status == "infeasible" and out.solver == "cbc-nosymmetry"
    assert "violates a constraint" in out.attempts[0]
