"""The frontier search: the limit problem over many k and start families, realised as exact specs.

Plan (issue "The frontier: beat the best public witness"). The large-n limit of clique-class
blow-ups with exactly equitable joins is the program of :mod:`synclib.record.fractional` (maximise mu
over proportions p, phases theta and join densities rho subject to the class equilibrium, the quotient
margin lambda <= -margin and D_i >= 0) plus the *comparison condition*: the matrix C_ii = D_i,
C_ij = -|cos_ij| rho_ij sqrt(p_i p_j) on partial pairs is positive definite (at least ``comparison``),
which makes the transverse part of every exactly biregular realisation stable whatever its size. So
every limit point this search reports can be realised (:mod:`synclib.record.realize`).

Search. Work is organised in *rounds* of ``batch`` *starts*; round r's starts are built from a seeded
generator ``default_rng([seed, r])`` and from the best results of rounds < r only, so a seed gives the
same starts and the same results whatever the number of workers or interruptions. Start families:

* ``reflect``: reflection-symmetric starts (pairs of classes at phases +-theta_a with equal
  proportions and densities invariant under the pairing; for odd k one class at 0 or pi) -- the
  public catalog's best point has this form;
* ``lattice``: reflection-symmetric starts whose pair phases sit near a lattice 2 pi j / L (L = 3..6)
  plus noise 0.25 (:func:`lattice_start`);
* ``known-pair``: a known optimum plus one small reflected pair (mass 0.5 % .. 4 %) at +-phi with
  random joins; in round 0 the known optimum is the public catalog's 6-class point
  (:data:`KNOWN_POINTS`, data only), later the best points of earlier rounds;
* ``split``: an earlier optimum with one class split into two at theta +- delta;
* ``band``: the twisted band starts of :func:`synclib.record.fractional.optimize_limit`;
* ``random``: uniform random (p, theta, rho).

Each start is solved by SLSQP (:func:`synclib.record.fractional.optimize_limit` with the comparison
constraint; a reflection-symmetric start in the reflection-invariant subspace, about half the
variables) at each margin of ``margins`` in turn; a start whose mu at the first margin is more than
``continue_gap`` below the best mu known before its round is dropped there, unconfirmed. Otherwise
it goes on (continuation: each solve starts from the previous feasible point; an infeasible solve is
restarted once from where it stopped, since SLSQP often stops just short of feasibility, and the
continuation ends at the first margin still infeasible), and the last feasible point is then checked
at high precision
(:func:`confirm_limit`: the equilibrium made exact at its phases by a minimum-norm Newton step on
(p, rho) in mpmath, then the quotient and comparison eigenvalues at ``digits`` digits). Keeping the
phases fixed is what makes small margins usable: near the fold the stable equilibrium survives a
perturbation of the data only when it is far below margin^2, but a change of (p, rho) *at fixed
phases* moves the quotient eigenvalue only by its own size (the float residual, ~1e-10 or less). So a
float optimum is usable down to margins of about 1e-10, and the 60-digit check decides each one.

Results go to an SQLite store (stdlib ``sqlite3``), one transaction per finished start; a store made
with other options is refused. At the end the best confirmed limit points are realised exactly (n ~
10^60) and checked (:func:`synclib.record.realize.realize_point`); the best spec whose checks hold is
returned. Nothing here is an interval proof: pass the rigorous verifier as ``verify``.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass, field

import numpy as np

from synclib._parallel import check_workers, connect, run_tasks
from synclib._store import ResultStore, StoreError
from synclib.exceptions import InvalidParameterError

__all__ = [
    "FAMILIES",
    "KNOWN_POINTS",
    "FrontierOptions",
    "FrontierResult",
    "FrontierStore",
    "FrontierSummary",
    "FrontierTask",
    "confirm_limit",
    "make_round",
    "lattice_start",
    "reflect_start",
    "run_frontier",
    "run_start",
]

log = logging.getLogger(__name__)

FAMILIES = ("reflect", "lattice", "known-pair", "split", "band", "random")

KNOWN_POINTS = {
    # The best point of the public catalog ssiddhantsood/kuramoto-11-16-witness (July 2026, not refereed),
    # record 0.69155-ultrasmall-gap: three reflected pairs (P_a, M_a) at +-theta_a, proportions per class,
    # two partial densities; its limit mu is 0.6915537606 at quotient margin 1e-12 (rounded to floats).
    "catalog-6": {
        "p": [0.19155376056712375, 0.19155376056712375, 0.23673306064744102, 0.23673306064744102,
              0.07171317878543523, 0.07171317878543523],
        "theta": [-0.7296280156341436, 0.7296280156341436, -2.3587447703838763, 2.3587447703838763,
                  0.9565524921867952, -0.9565524921867952],
        "partial": [[0, 1, 0.7884485052186157], [0, 2, 0.8682495198551307], [1, 3, 0.8682495198551307]],
        "complete": [[0, 4], [0, 5], [1, 4], [1, 5], [2, 3], [2, 5], [3, 4]],
    },
}


def known_point(name: str):
    """(p, theta, rho) of a point of :data:`KNOWN_POINTS`."""
    d = KNOWN_POINTS[name]
    k = len(d["p"])
    rho = np.eye(k)
    for i, j, v in d["partial"]:
        rho[i, j] = rho[j, i] = v
    for i, j in d["complete"]:
        rho[i, j] = rho[j, i] = 1.0
    return np.array(d["p"]), np.array(d["theta"]), rho


@dataclass(frozen=True)
class FrontierOptions:
    """Everything that determines the starts and their results (the store's parameter guard)."""

    seed: int = 0
    k_min: int = 6
    k_max: int = 12
    margins: tuple = (1e-7, 1e-8, 1e-10)
    comparison: float = 0.05
    max_iter: int = 300
    batch: int = 16
    parents: int = 3
    known: bool = True
    digits: int = 60
    continue_gap: float = 0.003

    def __post_init__(self):
        if isinstance(self.seed, bool) or int(self.seed) != self.seed or self.seed < 0:
            raise InvalidParameterError(f"seed must be an integer >= 0, got {self.seed!r}")
        if not 3 <= int(self.k_min) <= int(self.k_max) <= 40:
            raise InvalidParameterError(f"k range must satisfy 3 <= k_min <= k_max <= 40, got "
                                        f"{self.k_min}..{self.k_max}")
        ms = tuple(float(m) for m in self.margins)
        if not ms or any(not 1e-10 <= m <= 1e-2 for m in ms) or any(a < b for a, b in zip(ms, ms[1:])):
            raise InvalidParameterError(f"margins must be non-increasing values in [1e-10, 1e-2] (a float "
                                        f"optimum cannot be confirmed below ~1e-10), got {self.margins!r}")
        object.__setattr__(self, "margins", ms)
        if not 0 < self.comparison < 1:
            raise InvalidParameterError(f"comparison must be in (0, 1), got {self.comparison!r}")
        if int(self.batch) < 1 or int(self.max_iter) < 10 or int(self.parents) < 1 or int(self.digits) < 30:
            raise InvalidParameterError("batch >= 1, max_iter >= 10, parents >= 1 and digits >= 30 required")
        if not self.continue_gap >= 0:
            raise InvalidParameterError(f"continue_gap must be >= 0, got {self.continue_gap!r}")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["margins"] = list(self.margins)
        return d


@dataclass(frozen=True)
class FrontierTask:
    """One start: round, index, k, family and the start point (p, theta, rho).

    ``floor``: the start is continued below the first margin (and confirmed) only when its first solve
    reaches at least this mu (None: always); set by :func:`make_round` from earlier rounds only.
    """

    round: int
    index: int
    k: int
    family: str
    p: tuple
    theta: tuple
    rho: tuple
    parent: str | None = None
    floor: float | None = None

    @property
    def key(self) -> str:
        return f"r{self.round}-{self.index}"


@dataclass(frozen=True)
class FrontierResult:
    """Outcome of one start: the continuation path, the final limit point and its 60-digit check."""

    key: str
    round: int
    index: int
    k: int
    family: str
    parent: str | None
    path: tuple  # ((margin, mu, feasible), ...)
    mu: float | None  # mu of the last feasible point (None: none feasible)
    margin: float | None
    config: dict | None  # {"p", "theta", "rho"} of that point
    confirmed: bool
    confirm: dict = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d["path"] = [list(x) for x in self.path]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> FrontierResult:
        d = dict(d)
        d["path"] = tuple(tuple(x) for x in d["path"])
        return cls(**d)


# ---------------------------------------------------------------------------------------------------
# Starts


def _sym(rho):
    rho = np.triu(np.asarray(rho, dtype=float), 1)
    rho = rho + rho.T
    np.fill_diagonal(rho, 1.0)
    return rho


def _mixed_densities(rng, shape):
    """Random densities: about 30 % absent, 40 % complete, the rest uniform in (0, 1)."""
    u = rng.uniform(size=shape)
    return np.where(u < 0.3, 0.0, np.where(u > 0.6, 1.0, rng.uniform(size=shape)))


def reflect_start(k: int, rng: np.random.Generator):
    """A reflection-symmetric start on k classes: pairs (2a, 2a + 1) at +-theta_a with equal proportions
    and densities invariant under the pairing; for odd k the last class sits at 0 or pi."""
    m, fixed = divmod(int(k), 2)
    ang = rng.uniform(0.1, np.pi - 0.1, m)
    th = np.concatenate([np.stack([ang, -ang], axis=1).ravel(), rng.choice([0.0, np.pi], fixed)])
    w = rng.dirichlet(np.ones(m + fixed))
    p = np.concatenate([np.repeat(w[:m] / 2, 2), w[m:]])
    inv = np.concatenate([np.arange(2 * m).reshape(m, 2)[:, ::-1].ravel(), np.arange(2 * m, k)])
    rho = _sym(_mixed_densities(rng, (k, k)))
    rho = 0.5 * (rho + rho[np.ix_(inv, inv)])
    return p / p.sum(), th, _sym(rho)


def lattice_start(k: int, rng: np.random.Generator, *, noise: float = 0.25):
    """A reflection-symmetric start whose pair phases lie near a lattice: +-(2 pi j / L + noise), L drawn
    from 3..6 and j from 0..L/2 (twisted-state-like directions; several classes may share one)."""
    p, th, rho = reflect_start(k, rng)
    m = int(k) // 2
    L = int(rng.integers(3, 7))
    ang = np.abs(2 * np.pi * rng.integers(0, L // 2 + 1, m) / L + noise * rng.standard_normal(m))
    ang = np.clip(ang, 0.02, np.pi - 0.02)
    th[:2 * m] = np.stack([ang, -ang], axis=1).ravel()
    return p, th, rho


def _add_pair(p, th, rho, rng):
    """A known point plus one small reflected pair at +-phi (mass 0.5 % .. 4 %) with random joins."""
    k = p.size
    eps = rng.uniform(0.005, 0.04)
    phi = rng.uniform(0.1, np.pi - 0.1)
    c = np.angle(np.sum(p * np.exp(1j * th)))  # reflect about the configuration's mean direction
    p2 = np.concatenate([p * (1 - eps), [eps / 2, eps / 2]])
    th2 = np.concatenate([th, [c + phi, c - phi]])
    r = _mixed_densities(rng, k)
    refl = np.array([np.argmin(np.abs(np.angle(np.exp(1j * (2 * c - th[i] - th))))) for i in range(k)])
    rho2 = np.eye(k + 2)
    rho2[:k, :k] = rho
    rho2[k, :k] = rho2[:k, k] = r
    rho2[k + 1, :k] = rho2[:k, k + 1] = r[refl]
    rho2[k, k + 1] = rho2[k + 1, k] = rng.uniform()
    return p2, th2, rho2


def _split(p, th, rho, rng):
    """An earlier optimum with one class split into two halves at theta +- delta."""
    k = p.size
    i = int(rng.integers(k))
    delta = rng.uniform(0.02, 0.3)
    idx = np.concatenate([np.arange(k), [i]])
    p2 = p[idx].copy()
    p2[i] /= 2
    p2[k] = p2[i]
    th2 = th[idx].copy()
    th2[i] -= delta
    th2[k] += delta
    rho2 = rho[np.ix_(idx, idx)].copy()
    rho2[i, k] = rho2[k, i] = 1.0
    return p2, th2, rho2


def _random_start(k, rng):
    p = rng.dirichlet(np.ones(k))
    return p, rng.uniform(-np.pi, np.pi, k), _sym(_mixed_densities(rng, (k, k)))


def _task(round_, index, family, start, parent=None, floor=None) -> FrontierTask:
    p, th, rho = start
    return FrontierTask(int(round_), int(index), int(np.asarray(p).size), family, tuple(map(float, p)),
                        tuple(map(float, th)), tuple(tuple(map(float, r)) for r in np.asarray(rho)), parent,
                        None if floor is None else float(floor))


def _known_mu(name: str) -> float:
    from synclib.record.fractional import limit_quantities

    return float(limit_quantities(*known_point(name))["mu"])


def make_round(options: FrontierOptions, round_: int, parents: list[FrontierResult]) -> list[FrontierTask]:
    """The starts of round ``round_`` (deterministic in the seed, the round and ``parents``).

    ``parents``: the best confirmed results of earlier rounds (best first); known optima for the pair
    and split families. Round 0 uses :data:`KNOWN_POINTS` when ``options.known``. Per 16 starts: two
    known-pair, one split (round 0: band), one random, eight lattice and four reflect starts, whose k is
    uniform in the k range (measured at k = 8, margin 1e-7: 2 of 400 reflect starts and 4 of 132
    lattice starts with L = 4 reached the mu ~ 0.692 basin; known-pair starts reach the catalog's
    basin). Every start carries the continuation floor: the best mu known before this round minus
    ``options.continue_gap``.
    """
    rng = np.random.default_rng([int(options.seed), int(round_)])
    lo, hi = int(options.k_min), int(options.k_max)
    known = [(known_point(n), n) for n in KNOWN_POINTS] if options.known else []
    pool = [((np.array(r.config["p"]), np.array(r.config["theta"]), np.array(r.config["rho"])), r.key)
            for r in parents[: int(options.parents)] if r.config is not None]
    pool = pool + known if round_ > 0 else known
    best = [r.mu for r in parents if r.mu is not None] + [_known_mu(n) for _, n in known]
    floor = max(best) - float(options.continue_gap) if best else None
    tasks = []
    for i in range(int(options.batch)):
        slot = i % 16
        if slot in (0, 8) and pool:
            (p, th, rho), name = pool[(i // 8) % len(pool)]
            if p.size + 2 <= hi:
                tasks.append(_task(round_, i, "known-pair", _add_pair(p, th, rho, rng), name, floor))
                continue
            if p.size + 1 <= hi:
                tasks.append(_task(round_, i, "split", _split(p, th, rho, rng), name, floor))
                continue
        if slot == 4 and round_ > 0 and pool:
            (p, th, rho), name = pool[int(rng.integers(len(pool)))]
            if p.size + 1 <= hi:
                tasks.append(_task(round_, i, "split", _split(p, th, rho, rng), name, floor))
                continue
        k = int(rng.integers(lo, hi + 1))
        if slot == 4:
            from synclib.record.fractional import _starts

            p, th, rho, _ = _starts(k, 2, rng)[1]
            tasks.append(_task(round_, i, "band", (p, th, rho), floor=floor))
        elif slot == 12:
            tasks.append(_task(round_, i, "random", _random_start(k, rng), floor=floor))
        elif slot % 2:
            tasks.append(_task(round_, i, "lattice", lattice_start(k, rng), floor=floor))
        else:
            tasks.append(_task(round_, i, "reflect", reflect_start(k, rng), floor=floor))
    return tasks


# ---------------------------------------------------------------------------------------------------
# One start


def confirm_limit(p, theta, rho, *, digits: int = 60, comparison: float = 0.0) -> dict:
    """High-precision check of a float limit point.

    The equilibrium is made exact at the point's phases (:func:`synclib.record.realize.balance_point`,
    a minimum-norm Newton step on (p, rho) in mpmath), then the top quotient eigenvalue off the
    rotation mode, the smallest comparison eigenvalue and min D_i are computed at ``digits`` digits.
    ``confirmed`` = quotient < 0, comparison > ``comparison`` / 2, D > 0 and balance residual tiny.
    """
    import mpmath as mp

    from synclib.record.realize import _quotient_and_comparison, balance_point

    k = len(p)
    P, R, bal = balance_point(p, theta, rho, dps=int(digits) + 20)
    with mp.workdps(int(digits)):
        th = [mp.mpf(float(x)) for x in theta]
        d = [[R[i][j] * P[j] if j != i else mp.mpf(0) for j in range(k)] for i in range(k)]
        partial = [[i != j and 0 < R[i][j] < 1 for j in range(k)] for i in range(k)]
        qtop, cmin = _quotient_and_comparison(mp, P, d, partial, th)
        D = [P[i] + mp.fsum(d[i][j] * mp.cos(th[j] - th[i]) for j in range(k) if j != i) for i in range(k)]
        mu = min(P[i] + mp.fsum(d[i][j] for j in range(k) if j != i) for i in range(k))
        out = {"quotient_top": float(qtop), "comparison_min": float(cmin), "min_D": float(min(D)),
               "mu": float(mu), "balance_residual": bal, "digits": int(digits)}
    out["confirmed"] = bool(bal < 1e-30 and out["quotient_top"] < 0 and out["comparison_min"] > comparison / 2
                            and out["min_D"] > 0)
    return out


def _limit_threads():
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - optional
        return None
    return threadpool_limits(1)


def run_start(task: FrontierTask, options: FrontierOptions) -> FrontierResult:
    """Solve one start: SLSQP at each margin in turn (one restart when infeasible; stop at the first
    margin still infeasible, or after the first margin when mu is below ``task.floor``), then
    :func:`confirm_limit` on the last feasible point of a start that was not dropped (deterministic).
    Reflection-symmetric starts are solved in the invariant subspace (``optimize_limit(symmetric=True)``)."""
    from synclib.record.fractional import optimize_limit

    t0 = time.perf_counter()
    _limit_threads()
    start = (np.array(task.p), np.array(task.theta), np.array(task.rho), task.family)
    path, best = [], None
    for m in options.margins:
        r = None
        for _ in range(2):  # SLSQP often stops just short of feasibility: one restart from where it stopped
            res = optimize_limit(task.k, starts=[start], margin=m, delta=0.0, max_iter=int(options.max_iter),
                                 comparison=float(options.comparison), symmetric=True)
            r = res[0] if res else None
            path.append((m, None if r is None else float(r.mu), bool(r is not None and r.feasible)))
            if r is None or r.feasible:
                break
            c = r.config
            start = (np.array(c.p), np.array(c.theta), np.array(c.rho), "restart")
        if r is None or not r.feasible:
            break  # continuing from an infeasible point drifts to infeasible, meaningless values
        best = (m, r)
        if task.floor is not None and m == options.margins[0] and r.mu < task.floor:
            dropped = {"dropped": f"mu {r.mu:.7f} at margin {m:g} below the continuation floor {task.floor:.7f}"}
            return FrontierResult(task.key, task.round, task.index, task.k, task.family, task.parent, tuple(path),
                                  float(r.mu), float(m), None, False, dropped, time.perf_counter() - t0)
        c = r.config
        start = (np.array(c.p), np.array(c.theta), np.array(c.rho), "continuation")
    if best is None:
        return FrontierResult(task.key, task.round, task.index, task.k, task.family, task.parent, tuple(path),
                              None, None, None, False, {}, time.perf_counter() - t0)
    m, r = best
    c = r.config
    conf = confirm_limit(c.p, c.theta, c.rho, digits=options.digits, comparison=options.comparison)
    cfg = {"p": c.p.tolist(), "theta": c.theta.tolist(), "rho": c.rho.tolist()}
    return FrontierResult(task.key, task.round, task.index, task.k, task.family, task.parent, tuple(path),
                          float(r.mu), float(m), cfg, bool(conf["confirmed"]), conf, time.perf_counter() - t0)


# ---------------------------------------------------------------------------------------------------
# Store


class FrontierStoreError(StoreError):
    """The store cannot be used (unreadable, or made with other options)."""


class FrontierStore(ResultStore):
    """Resumable SQLite store of finished starts (a :class:`synclib._store.ResultStore`): one transaction
    per result; a store made with other options is refused."""

    kind = "frontier"
    table = "results"
    ddl = ("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
           "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, round INTEGER, idx INTEGER, k INTEGER, "
           "family TEXT, mu REAL, confirmed INTEGER, payload TEXT)")

    def __init__(self, path, options: FrontierOptions):
        try:
            super().__init__(path, json.loads(json.dumps(options.to_dict())))
        except StoreError as exc:
            raise FrontierStoreError(f"--db {exc}".replace("with other parameters", "made with other options")) \
                from None

    def put(self, r: FrontierResult) -> None:
        self.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (r.key, r.round, r.index, r.k, r.family, r.mu, int(r.confirmed), json.dumps(r.to_dict())))

    def keys(self) -> set:
        return {row[0] for row in self.query("SELECT key FROM results")}

    def results(self, before_round: int | None = None) -> list[FrontierResult]:
        q = "SELECT payload FROM results"
        args = ()
        if before_round is not None:
            q += " WHERE round < ?"
            args = (int(before_round),)
        rows = [FrontierResult.from_dict(json.loads(r[0])) for r in self.query(q, args)]
        return sorted(rows, key=lambda r: (r.round, r.index))


def _ranked(results):
    """Confirmed results, best mu first (ties by key, so the order is deterministic)."""
    return sorted((r for r in results if r.confirmed and r.mu is not None), key=lambda r: (-r.mu, r.round, r.index))


# ---------------------------------------------------------------------------------------------------
# The run


@dataclass(frozen=True)
class FrontierSummary:
    """What a run found: counts, the best confirmed limit point, the best realised spec and its checks."""

    options: dict
    rounds: int
    starts_run: int
    starts_skipped: int
    seconds: float
    best_limit: FrontierResult | None
    spec: dict | None
    spec_check: dict | None
    table: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"options": self.options, "rounds": self.rounds, "starts_run": self.starts_run,
                "starts_skipped": self.starts_skipped, "seconds": self.seconds,
                "best_limit": None if self.best_limit is None else self.best_limit.to_dict(),
                "spec_check": self.spec_check, "table": self.table}


def frontier_table(results) -> list[dict]:
    """Best mu per (k, family, margin) over confirmed results (rows sorted by k, family, margin)."""
    best = {}
    for r in results:
        if r.confirmed and r.mu is not None:
            key = (r.k, r.family, r.margin)
            if key not in best or r.mu > best[key]["mu"]:
                best[key] = {"k": r.k, "family": r.family, "margin": r.margin, "mu": r.mu, "key": r.key}
    return [best[k] for k in sorted(best, key=lambda t: (t[0], t[1], -t[2]))]


def run_frontier(options: FrontierOptions | None = None, *, time_limit: float | None = None, db=None,
                 workers: int = 2, scheduler: str | None = None, max_rounds: int | None = None, progress=None,
                 realize_top: int = 3, verify=None) -> FrontierSummary:
    """Run the frontier search (see the module docstring) and realise its best points.

    Parameters
    ----------
    options : FrontierOptions
        Seed, k range, margins, comparison bound, batch size (the store's parameter guard).
    time_limit : float, optional
        Wall-clock seconds; no new start begins after it (running ones finish).
    db : path, optional
        SQLite store; a run with the same options resumes it. In memory when omitted.
    workers : int
        Processes (1: in this process). ``scheduler``: a Dask scheduler address instead.
    max_rounds : int, optional
        Stop after this many complete rounds.
    progress : callable, optional
        Called with each FrontierResult as it is stored.
    realize_top : int
        How many of the best confirmed limit points to try to realise (0: none).
    verify : callable, optional
        Rigorous spec verifier passed to :func:`synclib.record.realize.realize_point`.
    """
    options = options or FrontierOptions()
    workers = check_workers(workers)
    if time_limit is not None and not time_limit > 0:
        raise InvalidParameterError(f"time_limit must be positive seconds, got {time_limit!r}")
    store = FrontierStore(db if db is not None else ":memory:", options)
    t0 = time.perf_counter()
    deadline = None if time_limit is None else t0 + float(time_limit)
    ran = skipped = 0
    rounds = 0
    client = connect(scheduler) if scheduler is not None else None
    try:
        round_ = 0
        while max_rounds is None or round_ < max_rounds:
            if deadline is not None and time.perf_counter() > deadline:
                break
            parents = _ranked(store.results(before_round=round_))
            tasks = make_round(options, round_, parents)
            done = store.keys()
            todo = [t for t in tasks if t.key not in done]
            skipped += len(tasks) - len(todo)
            n_done = _run_round(todo, options, store, workers, client, deadline, progress)
            ran += n_done
            if n_done < len(todo):
                break
            round_ += 1
            rounds = round_
        results = store.results()
    finally:
        if client is not None:
            client.close()
        store.close()
    ranked = _ranked(results)
    spec = check = None
    from synclib.record.realize import realize_point

    for r in ranked[: int(realize_top)]:
        c = r.config
        real = realize_point(np.array(c["p"]), np.array(c["theta"]), np.array(c["rho"]), verify=verify,
                             check_dps=options.digits,
                             provenance={"source": "synctool search frontier", "start": r.key, "family": r.family,
                                         "k": r.k, "limit_mu": r.mu, "limit_margin": r.margin,
                                         "seed": options.seed})
        if real.check.holds:
            spec, check = real.spec, real.to_dict()
            break
        log.info("realisation of %s failed: %s", r.key, real.message)
    return FrontierSummary(options.to_dict(), rounds, ran, skipped, time.perf_counter() - t0,
                           ranked[0] if ranked else None, spec, check, frontier_table(results))


def _run_round(todo, options, store, workers, client, deadline, progress) -> int:
    """Run the starts of one round (:func:`synclib._parallel.run_tasks`), storing each as it finishes;
    returns how many finished."""
    def record(_i, res):
        store.put(res)
        if progress is not None:
            progress(res)

    results = run_tasks([(run_start, (t, options)) for t in todo], workers=workers, client=client,
                        on_done=record, deadline=deadline)
    return sum(r is not None for r in results)  # tasks past the deadline were never started
