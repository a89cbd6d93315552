"""The one task runner of synclib: in this process, on a local process pool, or on a Dask cluster.

Sweeps, searches and basin estimates hand it a list of ``(function, args)`` tasks (module-level,
picklable functions) and a callback; it guarantees, whichever backend runs them:

* **Validated address, bounded connect.** A Dask scheduler address is checked syntactically before
  anything is contacted (:func:`check_scheduler_address`) and the connection gives up after
  ``connect_timeout`` seconds with a one-line :class:`~synclib.exceptions.SchedulerUnavailableError`.
* **Results as they finish.** ``on_done(index, result)`` runs *in this process* as each task finishes,
  so callers write each result to their store immediately (an interrupted run loses nothing finished).
  A bounded number of tasks is in flight (``4 * workers``), so finished work is written promptly.
* **Deterministic result order.** The return value lists the results in *task* order, whatever order
  they finished in; tasks never started (``deadline`` passed) are ``None``.
* **Progress.** An optional tqdm bar on stderr, advanced by each task's ``weight``.
* **Clean workers.** Pool workers use one BLAS thread and (Linux) die with their parent, so a sweep
  killed with SIGKILL leaves no orphans; an exception or interrupt cancels what has not started.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from synclib.exceptions import InvalidParameterError, SchedulerUnavailableError

__all__ = ["check_scheduler_address", "check_workers", "connect", "run_tasks"]

Task = tuple[Callable[..., Any], tuple]

_ADDRESS = re.compile(r"^(?P<scheme>tcp|tls|ws|wss|ucx)://(?P<host>\[[0-9a-fA-F:.]+\]|[^:/\s\[\]]+):(?P<port>\d+)/?$")


def check_scheduler_address(address: str) -> str:
    """Validate a Dask scheduler address (``tcp://host:port``; also tls, ws, wss, ucx) without contacting
    anything (``inproc://`` addresses of an in-process cluster pass as they are); raises
    InvalidParameterError for a malformed one.

    Examples
    --------
    >>> check_scheduler_address("tcp://127.0.0.1:8786")
    'tcp://127.0.0.1:8786'
    """
    if re.fullmatch(r"inproc://\S+", str(address).strip()):  # an in-process LocalCluster
        return str(address).strip()
    m = _ADDRESS.match(str(address).strip())
    if m is None or not 0 < int(m.group("port")) < 65536:
        raise InvalidParameterError(f"scheduler address {address!r} is malformed, expected e.g. tcp://host:8786")
    return str(address).strip()


def check_workers(workers: Any, name: str = "workers") -> int:
    """``workers`` as a positive int, or InvalidParameterError naming ``name``."""
    if isinstance(workers, bool) or not isinstance(workers, (int, float)) or int(workers) != workers or workers < 1:
        raise InvalidParameterError(f"{name} must be a positive integer, got {workers!r}")
    return int(workers)


def connect(scheduler: str, timeout: float = 5.0):
    """A ``distributed.Client`` for ``scheduler``, or a one-line SchedulerUnavailableError after ``timeout`` s."""
    check_scheduler_address(scheduler)
    if not timeout > 0:
        raise InvalidParameterError(f"connect_timeout must be positive seconds, got {timeout!r}")
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise SchedulerUnavailableError("--scheduler needs dask.distributed: pip install 'dask[distributed]'") \
            from exc
    try:
        return Client(scheduler, timeout=f"{timeout}s", set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise SchedulerUnavailableError(
            f"scheduler {scheduler}: cannot connect to a Dask scheduler within {timeout:g} s ({first})") from None


def worker_init() -> None:
    """Pool worker set-up: one BLAS thread each, and (Linux) die with the parent, so that a run
    killed with SIGKILL leaves no orphaned workers behind."""
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except Exception:  # noqa: BLE001 - only a performance hint
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
            if os.getppid() == 1:  # the parent already died before the call
                os._exit(1)
        except Exception:  # noqa: BLE001 - best effort
            pass


def run_tasks(tasks: Sequence[Task], *, workers: int = 1, scheduler: str | None = None, client=None,
              connect_timeout: float = 5.0, on_done: Callable[[int, Any], None] | None = None,
              weight: Callable[[Task], float] | None = None, deadline: float | None = None,
              progress: bool = False, desc: str = "tasks", unit: str = "task",
              mp_context: str | None = None) -> list:
    """Run ``(fn, args)`` tasks; return their results in task order.

    Parameters
    ----------
    tasks : sequence of (callable, tuple)
        Module-level (picklable) functions and their positional arguments.
    workers : int
        Local processes; 1 runs every task in this process (no pickling).
    scheduler : str, optional
        Dask scheduler address; the tasks then run on that cluster instead of a local pool.
    client : distributed.Client, optional
        An already connected client (the caller closes it); overrides ``scheduler``.
    connect_timeout : float
        Seconds to wait for the scheduler.
    on_done : callable(index, result), optional
        Called in this process as each task finishes (completion order).
    weight : callable(task) -> float, optional
        Progress-bar weight of a task (default 1).
    deadline : float, optional
        ``time.perf_counter()`` value after which no new task is started (running ones finish).
    progress : bool
        Show a tqdm bar on stderr.
    desc, unit : str
        Progress-bar labels.
    mp_context : str, optional
        multiprocessing start method of the local pool (default: the platform's).

    Returns
    -------
    list
        ``results[i]`` is the result of ``tasks[i]``, ``None`` for tasks not started before ``deadline``.

    Examples
    --------
    >>> run_tasks([(pow, (2, 3)), (pow, (3, 2))])
    [8, 9]
    """
    workers = check_workers(workers)
    tasks = list(tasks)
    results: list = [None] * len(tasks)
    weight = weight or (lambda task: 1)
    from tqdm.auto import tqdm

    own_client = None
    if client is None and scheduler is not None:
        own_client = client = connect(scheduler, connect_timeout)

    def expired() -> bool:
        return deadline is not None and time.perf_counter() > deadline

    with tqdm(total=sum(weight(t) for t in tasks), disable=not progress, desc=desc, unit=unit, leave=False) as bar:
        def finish(i: int, res) -> None:
            results[i] = res
            if on_done is not None:
                on_done(i, res)
            bar.update(weight(tasks[i]))

        try:
            if client is not None:
                _run_dask(client, tasks, finish, expired)
            elif workers == 1 or len(tasks) <= 1:
                for i, (fn, args) in enumerate(tasks):
                    if expired():
                        break
                    finish(i, fn(*args))
            else:
                _run_pool(tasks, workers, finish, expired, mp_context)
        finally:
            if own_client is not None:
                own_client.close()
    return results


def _run_dask(client, tasks: list[Task], finish, expired) -> None:
    from distributed import as_completed

    futures = {}
    for i, (fn, args) in enumerate(tasks):
        if expired():
            break
        futures[client.submit(fn, *args, pure=False)] = i
    with client.as_current():
        for fut in as_completed(list(futures)):
            finish(futures.pop(fut), fut.result())


def _run_pool(tasks: list[Task], workers: int, finish, expired, mp_context: str | None) -> None:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    ctx = multiprocessing.get_context(mp_context) if mp_context else None
    pool = ProcessPoolExecutor(max_workers=workers, initializer=worker_init, mp_context=ctx)
    try:
        pending: dict = {}
        it = iter(enumerate(tasks))

        def refill() -> None:
            for i, (fn, args) in it:
                pending[pool.submit(fn, *args)] = i
                if len(pending) >= 4 * workers or expired():
                    break

        if not expired():
            refill()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                finish(pending.pop(fut), fut.result())
            if not expired():
                refill()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    else:
        pool.shutdown(wait=True)
