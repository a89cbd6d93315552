"""What one graph says about the critical connectivity mu_c: the engine behind ``synctool bound``.

Data flow (see ARCHITECTURE.md)::

    validated graph -> n, delta_min, mu (exact) -> known bounds
        mu >= 3/4                  -> globally_synchronizing (Kassabov, Strogatz & Townsend 2022)
        circulant in node order    -> every twist q = 1..n/2 checked exactly (certified spectrum)
        otherwise / no stable twist-> numerical witness search (synclib.bound.witness), certified
                                   -> witness (with certificate) | inconclusive

A ``witness`` verdict is only given for an equilibrium that passed a rigorous check; mu(G) is then
a lower bound on mu_c. Nothing that could not be certified is reported as a witness.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from fractions import Fraction

import networkx as nx
import numpy as np

from synclib.known_bounds import RECORD, RECORD_LOWER, compare_to_bounds
from synclib.certify.certificate import make_certificate
from synclib.certify.twisted import certify_twisted
from synclib.graphs import (circulant_connection_set, connectivity, format_connection_set, min_degree,
                             validate_graph)

__all__ = ["BoundResult", "analyze_graph", "stable_twists", "VERDICTS"]

log = logging.getLogger(__name__)

VERDICTS = ("globally_synchronizing", "witness", "inconclusive")


@dataclass(frozen=True)
class BoundResult:
    n: int
    min_degree: int
    mu: Fraction
    verdict: str
    witness: dict | None
    reason: str
    circulant_set: tuple[int, ...] | None
    seconds: float
    certificate: dict | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict:
        mu = float(self.mu)
        bounds = compare_to_bounds(mu)
        return {
            "n": self.n,
            "min_degree": self.min_degree,
            "mu": mu,
            "mu_fraction": f"{self.mu.numerator}/{self.mu.denominator}",
            "verdict": self.verdict,
            "reason": self.reason,
            "witness": self.witness,
            "circulant": None if self.circulant_set is None else {"connection_set": list(self.circulant_set)},
            "bounds": bounds,
            "lower_bound_on_mu_c": mu if self.verdict == "witness" else None,
            "seconds": self.seconds,
        }


def _screen_twists(n: int, S: tuple[int, ...]) -> np.ndarray:
    """Largest non-rotation eigenvalue of every twist q = 1..n/2 via one FFT per twist (screening only)."""
    a = np.zeros(n)
    idx = np.array(S, dtype=np.int64)
    a[idx] = 1.0
    a[(n - idx) % n] = 1.0
    k = np.arange(n)
    out = np.empty(n // 2)
    for q in range(1, n // 2 + 1):
        g = a * np.cos(2 * np.pi * ((q * k) % n) / n)
        lam = np.fft.rfft(g).real - g.sum()
        out[q - 1] = lam[1:].max()
    return out


def stable_twists(n: int, S, *, margin: float = 1e-6) -> list:
    """Certified verdicts (:class:`synclib.certify.equilibrium.TwistedCheck`) of every twist that screens as stable.

    Screening by FFT is followed by the rigorous check for each candidate (within ``margin`` of zero),
    so a twist is listed only when certified; sorted from the most stable.
    """
    S = tuple(sorted(S))
    screen = _screen_twists(n, S)
    checks = [certify_twisted(n, S, int(q)) for q in np.flatnonzero(screen < margin) + 1]
    return sorted((c for c in checks if c.stable), key=lambda c: c.certified_upper_bound)


def analyze_graph(G: nx.Graph, *, search: bool = True, trials: int = 200, time_limit: float = 60.0,
                  seed=None, progress: bool = False) -> BoundResult:
    """Verdict on graph ``G`` (see the module docstring).

    Parameters
    ----------
    G : networkx.Graph
        Simple, undirected, connected, unweighted, >= 3 nodes (validated here).
    search : bool
        Run the numerical witness search when the exact circulant route gives no witness.
    trials, time_limit, seed, progress
        Passed to :func:`synclib.bound.witness.find_witness`.
    """
    t0 = time.perf_counter()
    G = validate_graph(G)
    n = G.number_of_nodes()
    dmin = min_degree(G)
    mu = connectivity(G)
    S = circulant_connection_set(G)
    base = dict(n=n, min_degree=dmin, mu=mu, circulant_set=S)
    if mu >= Fraction(3, 4):
        return BoundResult(**base, verdict="globally_synchronizing", witness=None,
                           reason=f"mu = {mu} >= 3/4: every such graph synchronizes globally "
                                  "(Kassabov, Strogatz & Townsend 2022)", seconds=time.perf_counter() - t0)
    notes = []
    if S is not None:
        stable = stable_twists(n, S)
        if stable:
            best = stable[0]
            nodes = list(G.nodes())
            phases = 2 * np.pi * best.q * np.arange(n) / n
            witness = {
                "kind": "twisted", "q": best.q, "connection_set": list(S),
                "max_eigenvalue": best.max_eigenvalue, "error_bound": best.error_bound,
                "certified": True, "method": best.method, "stable_twists": [c.q for c in stable],
                "compared_with_record": _compare_record(float(mu)),
            }
            cert = make_certificate(G, dict(zip(nodes, phases)),
                                    witness={"kind": "twisted", "q": best.q, "connection_set": list(S)},
                                    stability={"method": best.method, "max_eigenvalue": best.max_eigenvalue,
                                               "error_bound": best.error_bound,
                                               "certified_upper_bound": best.certified_upper_bound})
            return BoundResult(**base, verdict="witness", witness=witness,
                               reason=f"circulant C_{n}({format_connection_set(S)}): {len(stable)} of {n // 2} twists "
                                      f"certified linearly stable", seconds=time.perf_counter() - t0,
                               certificate=cert)
        notes.append(f"circulant C_{n}(S): no twist q = 1..{n // 2} is linearly stable")
    if search:
        from synclib.bound.witness import find_witness

        found = find_witness(G, trials=trials, time_limit=time_limit, seed=seed, progress=progress)
        if found.found:
            check = found.check
            nodes = list(G.nodes())
            witness = {"kind": found.kind, "q": _twist_of(found.kind), "max_eigenvalue": check.max_eigenvalue,
                       "error_bound": check.error_bound, "certified": True, "method": check.method,
                       "residual": check.residual, "existence_radius": check.existence_radius,
                       "trials": found.trials, "compared_with_record": _compare_record(float(mu))}
            cert = make_certificate(G, dict(zip(nodes, found.phases)),
                                    witness={"kind": "equilibrium", "state": found.kind},
                                    stability={"method": check.method, "max_eigenvalue": check.max_eigenvalue,
                                               "error_bound": check.error_bound,
                                               "certified_upper_bound": check.certified_upper_bound,
                                               "residual": check.residual,
                                               "existence_radius": check.existence_radius})
            return BoundResult(**base, verdict="witness", witness=witness,
                               reason="; ".join(notes + [f"numerical search: certified stable {found.kind} state "
                                                         f"after {found.trials} trials"]),
                               seconds=time.perf_counter() - t0, certificate=cert)
        notes.append(f"numerical search: no certified stable non-in-phase equilibrium in {found.trials} trials "
                     f"({found.seconds:.1f} s)")
    else:
        notes.append("numerical witness search not run")
    return BoundResult(**base, verdict="inconclusive", witness=None, reason="; ".join(notes),
                       seconds=time.perf_counter() - t0)


def _twist_of(kind: str):
    if kind.startswith("twisted:"):
        try:
            return int(kind.split(":", 1)[1])
        except ValueError:
            return None
    return None


def _compare_record(mu: float) -> str:
    rec = f"the best certified lower bound {RECORD_LOWER:.10f} ({RECORD.source}; {RECORD.status})"
    if mu > RECORD_LOWER:
        return f"mu = {mu:.6f} exceeds {rec}: a new bound on mu_c"
    if mu == RECORD_LOWER:
        return f"mu = {mu:.6f} equals {rec}"
    return f"mu = {mu:.6f} is below {rec} by {RECORD_LOWER - mu:.6g}"

