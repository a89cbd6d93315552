"""The one module that talks to MILP solvers (CBC and HiGHS, both through PuLP).

:func:`solve_binary_program` takes a :class:`synclib.circulant.program.BinaryProgram` of plain arrays and returns a
:class:`SolveOutcome` whose ``status`` is read from the solver, never assumed:

``optimal``                 proven optimal by the solver
``infeasible``              proven infeasible
``time_limit_feasible``     stopped at the time limit holding an integer solution (maybe not optimal)
``time_limit_no_solution``  stopped at the time limit with no integer solution
``unbounded``               cannot happen for binary programs; reported if a solver says it
``error``                   the solver failed (message says how)

CBC: PuLP 3.x ships a CBC binary (``PULP_CBC_CMD``); on Python 3.11 the ``cbcbox`` wheel also provides
one, used through ``COIN_CMD`` when PuLP's own is missing; PuLP >= 4 with the ``cbc`` extra installs
cbcbox. HiGHS: PuLP's ``HiGHS`` interface to ``highspy`` (in-process, no subprocess).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import time
from dataclasses import dataclass

import numpy as np

from synclib.exceptions import InvalidParameterError, SolverUnavailableError
from synclib.circulant.program import BinaryProgram

__all__ = ["SOLVERS", "STATUSES", "SolveOutcome", "solve_binary_program", "cbc_solver", "available_solvers"]

log = logging.getLogger(__name__)

SOLVERS = ("cbc", "highs")
STATUSES = ("optimal", "infeasible", "time_limit_feasible", "time_limit_no_solution", "unbounded", "error")


@dataclass(frozen=True)
class SolveOutcome:
    """What a solver said about a binary program."""

    status: str
    x: np.ndarray | None
    objective: float | None
    seconds: float
    solver: str
    message: str

    @property
    def success(self) -> bool:
        return self.status == "optimal"

    @property
    def has_solution(self) -> bool:
        return self.x is not None


def _pulp():
    import pulp

    return pulp


def cbc_solver(*, time_limit: float | None = None, threads: int | None = None, msg: bool = False):
    """A PuLP CBC command object, wherever CBC comes from (PuLP's bundled binary or cbcbox)."""
    pulp = _pulp()
    kwargs = dict(msg=msg, timeLimit=time_limit)
    if threads:
        kwargs["threads"] = threads
    bundled = getattr(pulp, "PULP_CBC_CMD", None)  # PuLP < 4 ships CBC; PuLP >= 4 finds cbcbox itself
    for factory in (bundled, pulp.COIN_CMD):
        if factory is not None:
            solver = factory(**kwargs)
            if solver.available():
                return solver
    path = None
    try:
        import cbcbox

        path = cbcbox.cbc_bin_path()
    except Exception:  # noqa: BLE001 - cbcbox absent or broken: try PATH
        path = shutil.which("cbc")
    if path:
        solver = pulp.COIN_CMD(path=path, **kwargs)
        if solver.available():
            return solver
    raise SolverUnavailableError(
        "CBC is not available: install 'pulp<4' (bundles CBC) or 'cbcbox' on Python 3.11, 'pulp[cbc]' on >= 3.12")


def _highs_solver(*, time_limit: float | None, msg: bool):
    pulp = _pulp()
    solver = pulp.HiGHS(msg=msg, timeLimit=time_limit)
    if not solver.available():
        raise SolverUnavailableError("HiGHS is not available: install 'highspy'")
    return solver


def available_solvers() -> list[str]:
    out = []
    for name in SOLVERS:
        try:
            cbc_solver() if name == "cbc" else _highs_solver(time_limit=None, msg=False)
        except SolverUnavailableError:
            continue
        out.append(name)
    return out


def solve_binary_program(program: BinaryProgram, *, solver: str = "cbc", time_limit: float | None = None,
                         msg: bool = False, warm_start: np.ndarray | None = None) -> SolveOutcome:
    """Solve ``maximize c x  s.t.  A_ub x <= b_ub, A_eq x = b_eq, x binary`` and read the status.

    Parameters
    ----------
    program : BinaryProgram
    solver : {"cbc", "highs"}
    time_limit : float, optional
        Seconds; ``None`` for no limit.
    msg : bool
        Show the solver log.
    warm_start : array, optional
        A feasible 0/1 vector to start from (CBC only).
    """
    if solver not in SOLVERS:
        raise InvalidParameterError(f"solver must be one of {', '.join(SOLVERS)}, got {solver!r}")
    if time_limit is not None and not time_limit > 0:
        raise InvalidParameterError(f"time_limit must be positive seconds, got {time_limit!r}")
    pulp = _pulp()
    backend = cbc_solver(time_limit=time_limit, msg=msg) if solver == "cbc" else _highs_solver(
        time_limit=time_limit, msg=msg)
    prob = pulp.LpProblem(program.name, pulp.LpMaximize)
    if hasattr(prob, "add_variable"):  # PuLP >= 4 (Rust core): variables belong to the problem
        xs = [prob.add_variable(f"x{i}", cat="Binary") for i in range(program.n_vars)]
    else:
        xs = [pulp.LpVariable(f"x{i}", cat=pulp.LpBinary) for i in range(program.n_vars)]

    def dot(row):
        nz = np.flatnonzero(row)
        return pulp.lpDot([float(row[j]) for j in nz], [xs[j] for j in nz])

    prob += dot(program.c)
    for i, (row, b) in enumerate(zip(program.A_ub, program.b_ub)):
        prob += (dot(row) <= float(b), f"ub{i}")
    if program.A_eq is not None:
        for i, (row, b) in enumerate(zip(program.A_eq, program.b_eq)):
            prob += (dot(row) == float(b), f"eq{i}")
    if warm_start is not None and solver == "cbc":
        for v, val in zip(xs, np.asarray(warm_start).ravel()):
            v.setInitialValue(int(round(val)))
        backend.optionsDict["warmStart"] = True
    t0 = time.perf_counter()
    try:
        if msg:
            answer = prob.solve(backend)
        else:
            with _quiet_stdout():
                answer = prob.solve(backend)
    except pulp.PulpSolverError as exc:
        return SolveOutcome("error", None, None, time.perf_counter() - t0, solver, str(exc).splitlines()[0])
    seconds = time.perf_counter() - t0
    if hasattr(answer, "has_solution"):  # PuLP >= 4 returns the solver's own stats
        status, message = _read_stats(pulp, answer)
    else:
        status, message = _read_status(pulp, prob, time_limit, seconds)
    x = None
    objective = None
    if status in ("optimal", "time_limit_feasible"):
        vals = [v.varValue for v in xs]
        if any(v is None for v in vals):
            return SolveOutcome("error", None, None, seconds, solver, "solver reported a solution without values")
        x = np.rint(np.asarray(vals, dtype=float)).astype(np.int8)
        objective = float(program.c @ x)
    log.debug("%s: %s in %.3fs (%s)", program.name, status, seconds, message)
    return SolveOutcome(status, x, objective, seconds, solver, message)


@contextlib.contextmanager
def _quiet_stdout():
    """Silence C-level writes to stdout (HiGHS prints a banner even with output off), so that
    ``--json`` output stays a single JSON document."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # e.g. pytest capture or CliRunner: nothing to do
        yield
        return
    sys.stdout.flush()
    saved = os.dup(fd)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), fd)
            yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, fd)
        os.close(saved)


_STOPPED = ("TimeLimit", "NodeLimit", "GapLimit", "IterationLimit", "SolutionLimit", "Interrupted", "Stopped",
            "MemoryLimit")


def _read_stats(pulp, stats) -> tuple[str, str]:
    """PuLP >= 4: map the solver's ``LpSolveStats`` (stop reason + whether it holds a solution)."""
    reason = getattr(stats.status, "name", str(stats.status))
    text = f"status={reason}, has_solution={stats.has_solution}"
    if reason == "Optimal" and stats.has_solution:
        return "optimal", text
    if reason == "Infeasible":
        return "infeasible", text
    if reason == "Unbounded":
        return "unbounded", text
    if reason in _STOPPED:
        return ("time_limit_feasible" if stats.has_solution else "time_limit_no_solution"), text
    return "error", text


def _read_status(pulp, prob, time_limit, seconds) -> tuple[str, str]:
    """PuLP < 4: map PuLP's (status, sol_status) pair to ours; both are read from the solver's answer."""
    st, sol = prob.status, prob.sol_status
    text = f"status={pulp.LpStatus.get(st, st)}, solution={pulp.LpSolution.get(sol, sol)}"
    if sol == pulp.LpSolutionOptimal and st == pulp.LpStatusOptimal:
        return "optimal", text
    if sol == pulp.LpSolutionIntegerFeasible:
        return "time_limit_feasible", text
    if sol == pulp.LpSolutionInfeasible or st == pulp.LpStatusInfeasible:
        return "infeasible", text
    if sol == pulp.LpSolutionUnbounded or st == pulp.LpStatusUnbounded:
        return "unbounded", text
    if sol == pulp.LpSolutionNoSolutionFound or st == pulp.LpStatusNotSolved:
        if time_limit is not None and seconds >= 0.9 * time_limit:
            return "time_limit_no_solution", text
        return "time_limit_no_solution" if time_limit is not None else "error", text
    return "error", text
