"""Randomized search for a witness: a certified linearly stable equilibrium other than in-phase sync.

Deciding whether a graph has a linearly stable non-in-phase equilibrium is NP-hard (Canale 2022,
arXiv 2209.06362), so this is a heuristic search with a rigorous judge:

1. Starts, in this order (all reproducible from ``seed``):

   a. *spectral twists*: for each pair of consecutive eigenvectors (u, v) of the graph Laplacian
      (smallest eigenvalues first; degenerate pairs before the rest), theta = atan2(v, u).  On a
      circulant, whatever its node labels, the Laplacian eigenspaces are spanned by
      cos(2 pi r j / n), sin(2 pi r j / n), so these starts are exactly the r-twisted states;
   b. twisted states theta_{o(i)} = 2 pi q i / n along the given node order o and along greedy
      Hamiltonian-path orders (Warnsdorff's rule), for small |q|;
   c. then alternately uniform random phases, k-cluster states (random assignment to k equally
      spaced phases plus noise) and structured starts with noise.

2. Integrate each batch of starts (numba Dormand-Prince 5(4), :func:`synclib.dynamics.integrate.integrate_batch`)
   until the residual is below ``tol``; skip states classified as in-phase sync.
3. Polish by Newton's method with the rotation mode removed (:func:`synclib.dynamics.newton.newton_polish`).
4. Judge with :func:`synclib.certify.equilibrium.certify_equilibrium` (Bauer-Fike/Weyl eigenvalue bound plus a
   Newton-Kantorovich existence step): the first equilibrium it certifies stable is the witness.

A witness can never exist when mu(G) >= 3/4 (Kassabov, Strogatz & Townsend 2022); the search does not
short-circuit on that case so that the tests can check the judge never lets one through.
"""

from __future__ import annotations

import logging
import math
import sys
import time
from dataclasses import dataclass
from typing import Any, Iterator

import networkx as nx
import numpy as np
import scipy.linalg as la
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from synclib.certify.equilibrium import EquilibriumCheck, certify_equilibrium
from synclib.dynamics.coupling import as_coupling
from synclib.dynamics.integrate import integrate_batch
from synclib.dynamics.newton import newton_polish
from synclib.exceptions import InvalidParameterError
from synclib.graphs import to_csr, validate_graph
from synclib.dynamics.states import classify_state

__all__ = ["WitnessSearchResult", "find_witness", "witness_starts", "twist_along_hamiltonian_cycle"]

logger = logging.getLogger(__name__)

_TWO_PI = 2.0 * math.pi


@dataclass(frozen=True, eq=False)
class WitnessSearchResult:
    """Outcome of :func:`find_witness`.

    Attributes
    ----------
    found : bool
        True when a certified linearly stable non-in-phase equilibrium was found.
    phases : ndarray (n,) or None
        The witness phases in node order (read-only).
    check : EquilibriumCheck or None
        The certificate of the witness (or of the best non-sync candidate when none was stable).
    kind : str or None
        "twisted:Q" (along ``order``: the node order, the start's order, or a Hamiltonian cycle of the
        graph found by :func:`twist_along_hamiltonian_cycle`), "cluster:K" or "other".
    trials : int
        Starts integrated.
    seconds : float
        Wall-clock time.
    start : str or None
        Which start produced the witness (e.g. "spectral:3,4", "order:given:q=2", "random").
    order : tuple or None
        Node positions of the closed order along which ``kind`` is a twist (None: node order).
    candidates : int
        Non-sync converged states that reached the judge.
    stopped_by : str
        "found", "trials" or "time_limit".
    """

    found: bool
    phases: np.ndarray | None
    check: EquilibriumCheck | None
    kind: str | None
    trials: int
    seconds: float
    start: str | None = None
    order: tuple | None = None
    candidates: int = 0
    stopped_by: str = "trials"

    def to_dict(self) -> dict:
        return {
            "found": self.found,
            "kind": self.kind,
            "phases": None if self.phases is None else [float(x) for x in self.phases],
            "check": None if self.check is None else self.check.to_dict(),
            "trials": self.trials,
            "seconds": self.seconds,
            "start": self.start,
            "order": None if self.order is None else list(self.order),
            "candidates": self.candidates,
            "stopped_by": self.stopped_by,
        }


# ----------------------------------------------------------------------------------------------
# starts
# ----------------------------------------------------------------------------------------------
def _laplacian_pairs(A: sp.csr_array, max_pairs: int) -> list[tuple[str, np.ndarray]]:
    """theta = atan2(v, u) for consecutive Laplacian eigenvectors; degenerate pairs first."""
    n = A.shape[0]
    deg = np.asarray(A.sum(axis=1)).ravel()
    k = min(n - 1, 2 * max_pairs + 2)
    if n <= 2500:
        L = np.diag(deg) - A.toarray()
        w, V = la.eigh(L, subset_by_index=[0, k - 1] if k < n else None)
    else:
        L = sp.diags_array(deg) - A
        w, V = spla.eigsh(sp.csc_array(L), k=k, sigma=-1e-3, which="LM")
        idx = np.argsort(w)
        w, V = w[idx], V[:, idx]
    scale = max(1.0, float(deg.max()))
    pairs = []
    for i in range(1, w.size - 1):
        degenerate = abs(w[i + 1] - w[i]) <= 1e-9 * scale
        pairs.append((0 if degenerate else 1, i))
    pairs.sort()
    out = []
    for _, i in pairs[:max_pairs]:
        out.append((f"spectral:{i},{i + 1}", np.arctan2(V[:, i + 1], V[:, i])))
    return out


def _hamiltonian_order(G_adj: list[np.ndarray], rng: np.random.Generator) -> np.ndarray:
    """A greedy Hamiltonian-path order (Warnsdorff's rule); unvisited leftovers appended."""
    n = len(G_adj)
    visited = np.zeros(n, dtype=bool)
    free_deg = np.array([a.size for a in G_adj])
    cur = int(rng.integers(n))
    order = [cur]
    visited[cur] = True
    for nb in G_adj[cur]:
        free_deg[nb] -= 1
    while len(order) < n:
        cand = [int(j) for j in G_adj[cur] if not visited[j]]
        if not cand:
            rest = np.flatnonzero(~visited)
            cur = int(rest[rng.integers(rest.size)])
        else:
            best = min(free_deg[j] for j in cand)
            ties = [j for j in cand if free_deg[j] == best]
            cur = ties[int(rng.integers(len(ties)))]
        order.append(cur)
        visited[cur] = True
        for nb in G_adj[cur]:
            free_deg[nb] -= 1
    return np.asarray(order, dtype=np.int64)


def _twist(order: np.ndarray, q: int) -> np.ndarray:
    n = order.size
    th = np.empty(n)
    th[order] = _TWO_PI * q * np.arange(n) / n
    return th


def witness_starts(A: sp.csr_array, rng: np.random.Generator, *, max_spectral: int = 24,
                   max_q: int | None = None, hamiltonian_orders: int = 2
                   ) -> Iterator[tuple[str, np.ndarray, np.ndarray | None]]:
    """Yield ``(description, theta0, order or None)`` start states forever (see module docstring)."""
    n = A.shape[0]
    # twists along fixed orders with |q| <= 8: larger twists are rarely stable off circulants, and the
    # random starts below still reach them
    max_q = max(1, min(n // 4, 8)) if max_q is None else max_q
    structured: list[tuple[str, np.ndarray, np.ndarray | None]] = []
    for desc, th in _laplacian_pairs(A, max_spectral):
        structured.append((desc, th, None))
    given = np.arange(n)
    for q in range(1, max_q + 1):
        structured.append((f"order:given:q={q}", _twist(given, q), given))
    adj = [A.indices[A.indptr[i]:A.indptr[i + 1]] for i in range(n)]
    for h in range(hamiltonian_orders):
        o = _hamiltonian_order(adj, rng)
        for q in range(1, min(max_q, 4) + 1):
            structured.append((f"order:hamiltonian{h}:q={q}", _twist(o, q), o))
    yield from structured
    i = 0
    while True:
        kind = i % 3
        if kind == 0:
            yield "random", rng.uniform(0.0, _TWO_PI, n), None
        elif kind == 1:
            k = int(rng.integers(2, 7))
            labels = rng.integers(0, k, n)
            yield f"cluster:{k}", _TWO_PI * labels / k + rng.normal(0.0, 0.1, n), None
        else:
            desc, th, o = structured[int(rng.integers(len(structured)))]
            yield f"{desc}+noise", th + rng.normal(0.0, 0.3, n), o
        i += 1


# ----------------------------------------------------------------------------------------------
# search
# ----------------------------------------------------------------------------------------------
def find_witness(G: nx.Graph, *, trials: int = 200, time_limit: float | None = 60.0, seed: Any = None,
                 progress: bool = False, batch: int = 8, t_max: float = 500.0, tol: float = 1e-8,
                 max_spectral: int = 24) -> WitnessSearchResult:
    """Search for a certified linearly stable equilibrium of ``G`` other than in-phase sync.

    Parameters
    ----------
    G : networkx.Graph
        Simple, undirected, connected, unweighted graph (validated); phases are in node order.
    trials : int
        Maximum number of starts to integrate.
    time_limit : float or None
        Wall-clock limit in seconds (checked between batches); None for no limit.
    seed : int, Generator or None
        Resolved once with ``numpy.random.default_rng``; the same seed gives the same search.
    progress : bool
        tqdm bar on stderr (only when stderr is a terminal).
    batch : int
        Starts integrated per kernel call.
    t_max, tol : float
        Integration horizon and convergence residual.
    max_spectral : int
        Number of Laplacian eigenvector pairs tried as starts.

    Returns
    -------
    WitnessSearchResult
        ``found`` is True only with a certificate from :func:`synclib.certify.equilibrium.certify_equilibrium`
        whose ``stable`` is True.

    Examples
    --------
    A circulant whose node order is shuffled (so it is not recognised as circulant):

    >>> import networkx as nx, numpy as np
    >>> G = nx.Graph()
    >>> G.add_nodes_from(np.random.default_rng(1).permutation(19).tolist())
    >>> G.add_edges_from(nx.circulant_graph(19, range(1, 6)).edges)
    >>> res = find_witness(G, trials=20, seed=0)
    >>> res.found, res.check.stable
    (True, True)
    """
    t0 = time.perf_counter()
    G = validate_graph(G)
    if isinstance(trials, bool) or int(trials) != trials or trials < 1:
        raise InvalidParameterError(f"trials: expected a positive integer, got {trials!r}")
    if time_limit is not None and not time_limit > 0:
        raise InvalidParameterError(f"time_limit: expected a positive number of seconds, got {time_limit!r}")
    trials = int(trials)
    rng = np.random.default_rng(seed)
    A = to_csr(G)
    coupling = as_coupling(A)
    n = coupling.n
    starts = witness_starts(A, rng, max_spectral=max_spectral)
    show = progress and sys.stderr.isatty()
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=trials, desc="witness", unit="start", disable=not show)
    done = 0
    candidates = 0
    seen: set[tuple] = set()
    best: EquilibriumCheck | None = None
    stopped = "trials"
    try:
        while done < trials:
            if time_limit is not None and time.perf_counter() - t0 > time_limit:
                stopped = "time_limit"
                break
            m = min(batch, trials - done)
            items = [next(starts) for _ in range(m)]
            theta0 = np.array([th for _, th, _ in items])
            res = integrate_batch(coupling, theta0=theta0, seeds=np.zeros(m, dtype=np.uint64),
                                  start="given", method="dopri5", t_max=t_max, tol=tol)
            done += m
            if bar is not None:
                bar.update(m)
            for b, (desc, _, order) in enumerate(items):
                if not (res.converged[b] or res.residual[b] < 1e-4):
                    continue
                theta = np.array(res.final[b])
                if classify_state(theta).kind == "sync":
                    continue
                pol = newton_polish(coupling, theta)
                if not pol.converged:
                    continue
                theta = np.array(pol.phases)
                state = classify_state(theta)
                if state.kind == "sync":
                    continue
                key = _signature(theta)
                if key in seen:
                    continue
                seen.add(key)
                candidates += 1
                check = certify_equilibrium(A, theta)
                logger.debug("candidate %s from %s: stable=%s bound=%.3g (%s)", state.label, desc,
                             check.stable, check.certified_upper_bound, check.reason)
                if check.stable:
                    kind, used_order = state.label, None
                    if order is not None and state.kind != "twisted":
                        along = classify_state(theta, order=order)
                        if along.kind == "twisted":
                            kind, used_order = along.label, tuple(int(i) for i in order)
                    if kind == "other":
                        hidden = twist_along_hamiltonian_cycle(A, theta)
                        if hidden is not None:
                            kind, used_order = f"twisted:{hidden[0]}", tuple(int(i) for i in hidden[1])
                    theta.setflags(write=False)
                    return WitnessSearchResult(True, theta, check, kind, done, time.perf_counter() - t0,
                                               desc, used_order, candidates, "found")
                if best is None or _better(check, best):
                    best = check
    finally:
        if bar is not None:
            bar.close()
    logger.info("no witness after %d starts (%d non-sync candidates) on n=%d", done, candidates, n)
    return WitnessSearchResult(False, None, best, None, done, time.perf_counter() - t0, None, None,
                               candidates, stopped)


def twist_along_hamiltonian_cycle(A: sp.csr_array, theta: np.ndarray, tol: float = 1e-6
                                  ) -> tuple[int, np.ndarray] | None:
    """Recognise a twisted state hidden by the node labels.

    If the n phases are pairwise distinct and equally spaced (a splay set), look for the smallest
    q in 1..n//2 such that stepping by 2 pi q / n in phase visits the nodes along a Hamiltonian cycle
    of the graph; the state is then the q-twisted state along that cycle.  Returns ``(q, order)`` (q > 0,
    order a permutation of node positions) or None.  Cost O(n^2) at most.
    """
    n = theta.size
    phase = np.mod(theta - theta[0], _TWO_PI)
    slot = np.rint(phase * n / _TWO_PI).astype(np.int64) % n
    if np.max(np.abs(np.angle(np.exp(1j * (phase - _TWO_PI * slot / n))))) > tol:
        return None
    node_at = np.full(n, -1, dtype=np.int64)
    node_at[slot] = np.arange(n)
    if np.any(node_at < 0):  # two nodes share a phase: not a splay set
        return None
    Acsr = sp.csr_array(A)
    for q in range(1, n // 2 + 1):
        if math.gcd(q, n) != 1:
            continue
        order = node_at[(q * np.arange(n)) % n]
        nxt = np.roll(order, -1)
        if np.all(Acsr[order, nxt] != 0):
            return q, order
    return None


def _signature(theta: np.ndarray) -> tuple:
    """A rotation-invariant fingerprint of a state (to certify each distinct state once)."""
    d = np.mod(theta - theta[0], _TWO_PI)
    return tuple(np.round(d, 6))


def _better(a: EquilibriumCheck, b: EquilibriumCheck) -> bool:
    ua, ub = a.certified_upper_bound, b.certified_upper_bound
    if math.isnan(ub):
        return not math.isnan(ua)
    return (not math.isnan(ua)) and ua < ub
