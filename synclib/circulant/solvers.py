"""The one module that talks to MILP solvers (CBC and HiGHS, both through PuLP).

:func:`solve_binary_program` takes a :class:`synclib.circulant.program.BinaryProgram` of plain arrays and returns a
:class:`SolveOutcome` whose ``status`` is read from the solver, never assumed:

``optimal``                 proven optimal by the solver
``infeasible``              proven infeasible
``time_limit_feasible``     stopped at the time limit holding an integer solution (maybe not optimal)
``time_limit_no_solution``  stopped at the time limit with no integer solution
``unbounded``               cannot happen for binary programs; reported if a solver says it
``solver_failed``           the solver aborted, crashed or returned nothing usable (``message`` carries
                            the solver's own words)

A failed solve is retried along an explicit chain (``fallback=True``, the default): CBC, then CBC with
its symmetry machinery switched off (``-OrbitalBranching off -preprocess off``: CbcSymmetry/nauty aborts
with SIGABRT on some symmetric programs, e.g. the divisor class (75, 15)), then HiGHS. ``solver`` names
the attempt that produced the answer (``cbc``, ``cbc-nosymmetry``, ``highs``) and ``attempts`` lists
the failed attempts before it. Each CBC attempt runs in a private temporary directory that is removed
afterwards, also when the solve is interrupted (``finally``, and ``atexit`` for what is left).

:func:`solve_milp_arrays` solves a general mixed-integer program on plain arrays with scipy's HiGHS
(``scipy.optimize.milp``) and returns the same status vocabulary.

CBC: PuLP 3.x ships a CBC binary (``PULP_CBC_CMD``); on Python 3.11 the ``cbcbox`` wheel also provides
one, used through ``COIN_CMD`` when PuLP's own is missing; PuLP >= 4 with the ``cbc`` extra installs
cbcbox. HiGHS: PuLP's ``HiGHS`` interface to ``highspy`` (in-process, no subprocess).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass

import numpy as np

from synclib.exceptions import InvalidParameterError, SolverUnavailableError
from synclib.circulant.program import BinaryProgram

__all__ = ["SOLVERS", "STATUSES", "FAILED", "SolveOutcome", "MilpOutcome", "solve_binary_program",
           "solve_milp_arrays", "cbc_solver", "available_solvers", "fallback_chain"]

log = logging.getLogger(__name__)

SOLVERS = ("cbc", "highs")
FAILED = "solver_failed"
STATUSES = ("optimal", "infeasible", "time_limit_feasible", "time_limit_no_solution", "unbounded", FAILED)
_CBC_NO_SYMMETRY = ("OrbitalBranching off", "preprocess off")


@dataclass(frozen=True)
class SolveOutcome:
    """What a solver said about a binary program."""

    status: str
    x: np.ndarray | None
    objective: float | None
    seconds: float
    solver: str
    message: str
    attempts: tuple[str, ...] = ()
    """Failed attempts before this answer, each ``"solver: status (message)"``."""

    @property
    def success(self) -> bool:
        return self.status == "optimal"

    @property
    def has_solution(self) -> bool:
        return self.x is not None


def _pulp():
    import pulp

    return pulp


def cbc_solver(*, time_limit: float | None = None, threads: int | None = None, msg: bool = False,
               options: tuple[str, ...] = ()):
    """A PuLP CBC command object, wherever CBC comes from (PuLP's bundled binary or cbcbox)."""
    pulp = _pulp()
    kwargs = dict(msg=msg, timeLimit=time_limit)
    if threads:
        kwargs["threads"] = threads
    if options:
        kwargs["options"] = list(options)
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


def fallback_chain(solver: str) -> tuple[str, ...]:
    """The attempts made for ``solver`` when earlier ones fail: CBC, CBC without symmetry, HiGHS."""
    return ("cbc", "cbc-nosymmetry", "highs") if solver == "cbc" else ("highs", "cbc-nosymmetry")


def solve_binary_program(program: BinaryProgram, *, solver: str = "cbc", time_limit: float | None = None,
                         msg: bool = False, warm_start: np.ndarray | None = None,
                         fallback: bool = True) -> SolveOutcome:
    """Solve ``maximize c x  s.t.  A_ub x <= b_ub, A_eq x = b_eq, x binary`` and read the status.

    Parameters
    ----------
    program : BinaryProgram
    solver : {"cbc", "highs"}
        The first solver tried.
    time_limit : float, optional
        Seconds per attempt; ``None`` for no limit.
    msg : bool
        Show the solver log.
    warm_start : array, optional
        A feasible 0/1 vector to start from (CBC only).
    fallback : bool
        When an attempt ends ``solver_failed``, try the next one of :func:`fallback_chain` (a solver
        that is not installed is skipped). The outcome names the solver that answered.
    """
    if solver not in SOLVERS:
        raise InvalidParameterError(f"solver must be one of {', '.join(SOLVERS)}, got {solver!r}")
    if time_limit is not None and not time_limit > 0:
        raise InvalidParameterError(f"time_limit must be positive seconds, got {time_limit!r}")
    chain = fallback_chain(solver) if fallback else (solver,)
    failed: list[str] = []
    out = None
    for i, name in enumerate(chain):
        try:
            out = _attempt(program, name, time_limit=time_limit, msg=msg, warm_start=warm_start)
        except SolverUnavailableError:
            if i == 0:
                raise
            failed.append(f"{name}: not installed")
            continue
        if out.status != FAILED:
            break
        log.info("%s: %s failed (%s)%s", program.name, name, out.message,
                    "; trying the next solver" if i + 1 < len(chain) else "")
        failed.append(f"{name}: {FAILED} ({out.message})")
    assert out is not None
    attempts = tuple(failed[:-1] if out.status == FAILED and failed else failed)
    if out.status == FAILED and len(failed) > 1:
        out = SolveOutcome(FAILED, None, None, out.seconds, out.solver,
                           "every solver failed: " + "; ".join(failed), attempts)
    elif attempts:
        out = SolveOutcome(out.status, out.x, out.objective, out.seconds, out.solver, out.message, attempts)
    return out


_LIVE_TMPDIRS: set[str] = set()


@atexit.register
def _remove_live_tmpdirs() -> None:  # an interrupted solve leaves nothing in /tmp
    for d in list(_LIVE_TMPDIRS):
        shutil.rmtree(d, ignore_errors=True)
        _LIVE_TMPDIRS.discard(d)


@contextlib.contextmanager
def _private_tmpdir():
    d = tempfile.mkdtemp(prefix="synctool-solve-")
    _LIVE_TMPDIRS.add(d)
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)
        _LIVE_TMPDIRS.discard(d)


_INFO_LINE = re.compile(r"^[A-Z][a-z]+\d{4}I ")  # CBC/CGL/CLP informational messages
_TELLING = ("assert", "signal", "abort", "error", "fatal", "segmentation", "killed")


def _solver_words(path: str) -> str:
    """The telling lines of a solver log (an assertion, the signal caught), else its last line;
    stack-trace frames are skipped."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = [ln.strip() for ln in fh.read()[-20000:].splitlines() if ln.strip()]
    except OSError:
        return ""
    lines = [ln for ln in lines if not ln.startswith(("/", "[")) and not _INFO_LINE.match(ln)] or lines
    telling = list(dict.fromkeys(ln for ln in lines if any(w in ln.lower() for w in _TELLING)))
    return " | ".join(telling[:2])[:300] if telling else (lines[-1][:300] if lines else "")


_FEAS_TOL = 1e-7
"""A returned 0/1 point may violate a row by at most this (CBC's default primal tolerance)."""


def _violation(program: BinaryProgram, x: np.ndarray) -> float:
    """Largest constraint violation of the 0/1 point ``x`` (0 when feasible)."""
    xf = x.astype(float)
    worst = 0.0
    if program.A_ub.size:
        worst = max(worst, float(np.max(program.A_ub @ xf - program.b_ub)))
    if program.A_eq is not None and program.A_eq.size:
        worst = max(worst, float(np.max(np.abs(program.A_eq @ xf - program.b_eq))))
    return worst


def _attempt(program: BinaryProgram, name: str, *, time_limit: float | None, msg: bool,
             warm_start: np.ndarray | None) -> SolveOutcome:
    """One solve with one solver (``cbc``, ``cbc-nosymmetry`` or ``highs``); a crash is a result."""
    pulp = _pulp()
    with _private_tmpdir() as tmp:
        if name == "highs":
            backend = _highs_solver(time_limit=time_limit, msg=msg)
        else:
            backend = cbc_solver(time_limit=time_limit, msg=msg,
                                 options=_CBC_NO_SYMMETRY if name == "cbc-nosymmetry" else ())
        if hasattr(backend, "tmpDir"):
            backend.tmpDir = tmp
        log_path = os.path.join(tmp, "solver.log")
        if not msg and name != "highs" and hasattr(backend, "optionsDict"):
            backend.optionsDict["logPath"] = log_path  # the solver's own words, should it fail
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
        if warm_start is not None and name != "highs":
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
        except (pulp.PulpSolverError, OSError, RuntimeError) as exc:
            words = _solver_words(log_path)
            text = (str(exc).splitlines() or [type(exc).__name__])[0]
            if "Error while trying to execute" in text:  # PuLP's words for a non-zero exit (a crash)
                text = "the solver exited abnormally"
            return SolveOutcome(FAILED, None, None, time.perf_counter() - t0, name,
                                text + (f"; solver said: {words}" if words else ""))
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
                return SolveOutcome(FAILED, None, None, seconds, name, "solver reported a solution without values")
            x = np.rint(np.asarray(vals, dtype=float)).astype(np.int8)
            objective = float(program.c @ x)
            violation = _violation(program, x)
            if violation > _FEAS_TOL:  # seen: CBC (cbcbox 2.929) calling an infeasible program optimal
                return SolveOutcome(FAILED, None, None, seconds, name,
                                    f"{message}, but its solution violates a constraint by {violation:.3g}")
        if status == FAILED:
            words = _solver_words(log_path)
            message += f"; solver said: {words}" if words else ""
    log.debug("%s: %s by %s in %.3fs (%s)", program.name, status, name, seconds, message)
    return SolveOutcome(status, x, objective, seconds, name, message)


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
    return FAILED, text


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
        return "time_limit_no_solution" if time_limit is not None else FAILED, text
    return FAILED, text


@dataclass(frozen=True)
class MilpOutcome:
    """What scipy's HiGHS said about a general mixed-integer program (:func:`solve_milp_arrays`)."""

    status: str
    x: np.ndarray | None
    objective: float | None
    seconds: float
    message: str
    solver: str = "highs-scipy"

    @property
    def success(self) -> bool:
        return self.status == "optimal"


def solve_milp_arrays(c, *, A=None, lower=None, upper=None, integrality=None, bounds=(0.0, np.inf),
                      time_limit: float | None = None, sense: str = "min") -> MilpOutcome:
    """``min`` (or ``max``) ``c x`` s.t. ``lower <= A x <= upper``, ``bounds``, integrality, with HiGHS.

    Plain arrays in (``A`` may be a list of ``(A, lower, upper)`` blocks given as ``A``), the status of
    :data:`STATUSES` out: scipy's 0 -> ``optimal``, 1 (time/iteration limit) -> ``time_limit_feasible``
    or ``time_limit_no_solution``, 2 -> ``infeasible``, 3 -> ``unbounded``, anything else ->
    ``solver_failed``. ``x`` is None unless a solution is held.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    if sense not in ("min", "max"):
        raise InvalidParameterError(f"sense must be 'min' or 'max', got {sense!r}")
    if time_limit is not None and not time_limit > 0:
        raise InvalidParameterError(f"time_limit must be positive seconds, got {time_limit!r}")
    c = np.asarray(c, dtype=float)
    blocks = A if isinstance(A, list) else ([] if A is None else [(A, lower, upper)])
    constraints = [LinearConstraint(np.asarray(a, dtype=float), lo, hi) for a, lo, hi in blocks]
    options = {"disp": False}
    if time_limit is not None:
        options["time_limit"] = float(time_limit)
    integ = np.ones(c.size) if integrality is None else np.asarray(integrality)
    t0 = time.perf_counter()
    try:
        res = milp(-c if sense == "max" else c, constraints=constraints, integrality=integ,
                   bounds=Bounds(*bounds), options=options)
    except (ValueError, RuntimeError, MemoryError) as exc:
        return MilpOutcome(FAILED, None, None, time.perf_counter() - t0, f"{type(exc).__name__}: {exc}")
    seconds = time.perf_counter() - t0
    x = None if res.x is None else np.asarray(res.x, dtype=float)
    status = {0: "optimal", 2: "infeasible", 3: "unbounded"}.get(res.status)
    if res.status == 1:
        status = "time_limit_feasible" if x is not None else "time_limit_no_solution"
    if status is None or (status == "optimal" and x is None):
        status, x = FAILED, None
    if status in ("infeasible", "unbounded"):
        x = None
    objective = None if x is None else float(c @ x)
    return MilpOutcome(status, x, objective, seconds, str(res.message))
