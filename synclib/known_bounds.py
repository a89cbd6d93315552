"""Registry of the published bounds on the critical connectivity mu_c.

mu_c: every connected graph with mu(G) = delta_min/(n-1) > mu_c synchronizes in phase from almost every
start; a graph with a linearly stable non-in-phase equilibrium (a *witness*) shows mu_c >= mu(G).
Values and sources as collected in the project's science note (shared/science/synchrony.md), plus
synctool's own verified record (read from the shipped spec ``synclib/data/record_frontier.spec.json``,
which ``synctool verify`` proves by interval arithmetic) and the public, unrefereed catalog value.

``status`` says how far a value can be trusted: ``refereed`` (published in a refereed venue),
``preprint``, ``not refereed`` (public claim nobody here has verified) or ``verified by synctool
verify`` (a finite witness shipped with synctool and checked rigorously by it). :data:`RECORD` is the
best *certified* lower bound (refereed or verified by synctool); :data:`RECORD_LOWER` is its value.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from fractions import Fraction
from importlib import resources

__all__ = ["KnownBound", "KNOWN_BOUNDS", "RECORD", "RECORD_LOWER", "BEST_UPPER", "GLOBAL_SYNC_THRESHOLD",
           "CERTIFIED_STATUSES", "CATALOG_RECORD", "SHIPPED_RECORD_SPEC", "lower_bounds", "upper_bounds", "compare_to_bounds"]

CERTIFIED_STATUSES = ("refereed", "verified by synctool verify")
CATALOG_RECORD = 0.6915537606
"""Best mu of the public catalog ssiddhantsood/kuramoto-11-16-witness (July 2026, not refereed)."""
SHIPPED_RECORD_SPEC = "data/record_frontier.spec.json"
"""The record witness shipped in the package (relative to ``synclib``)."""


@dataclass(frozen=True)
class KnownBound:
    kind: str  # "lower" or "upper"
    value: float
    source: str
    method: str
    exact: str | None = None  # exact value where one is known, as text
    attained: bool = True
    status: str = "refereed"

    @property
    def certified(self) -> bool:
        """Refereed, or a witness verified by synctool itself."""
        return self.status in CERTIFIED_STATUSES

    def to_dict(self) -> dict:
        d = asdict(self)
        d["certified"] = self.certified
        return d


def _shipped_record() -> KnownBound:
    """synctool's record: the exact mu claimed by the shipped spec (its claims are what verify proves)."""
    spec = json.loads(resources.files("synclib").joinpath(SHIPPED_RECORD_SPEC).read_text(encoding="utf-8"))
    mu = Fraction(spec["claims"]["mu"])
    k = len(spec["classes"])
    return KnownBound("lower", float(mu), f"synctool, shipped spec synclib/{SHIPPED_RECORD_SPEC} "
                      f"(`synctool search record`)",
                      f"clique-class blow-up with exactly equitable joins, k = {k}, n = {spec['claims']['n']} "
                      "(found by `synctool search frontier`)", exact=str(mu), status="verified by synctool verify")


KNOWN_BOUNDS: tuple[KnownBound, ...] = (
    KnownBound("lower", 0.6809228, "Wiley, Strogatz & Girvan 2006, Chaos 16, 015103",
               "k-nearest-neighbour rings (2 K_c, K_c root of 4 pi x - 4 sin 2 pi x + sin 4 pi x)",
               attained=False),
    KnownBound("lower", 0.6818, "Canale 2015", "Harary graphs"),
    KnownBound("lower", 1277 / 1870, "Townsend, Stillman & Strogatz 2020, Chaos 30, 083142", "circulant graphs",
               exact="1277/1870"),
    KnownBound("lower", 0.6838758207246157, "Yoneda, Tatsukawa & Teramae 2021, Chaos 31, 063124",
               "integer programming over all circulants and twists (supremum, not attained)", attained=False),
    KnownBound("lower", 0.6875, "Canale 2022, arXiv:2209.06362",
               "non-circulant graphs via a weighted-to-unweighted reduction", exact="11/16"),
    KnownBound("lower", CATALOG_RECORD, "public catalog ssiddhantsood/kuramoto-11-16-witness (July 2026)",
               "6-class blow-up at n ~ 10^60 (its graph_spec.json files pass `synctool verify`; not shipped)",
               status="not refereed"),
    _shipped_record(),
    KnownBound("upper", 0.9395, "Taylor 2012", "analysis of the energy landscape"),
    KnownBound("upper", 0.7929, "Ling, Xu & Bandeira 2019", "landscape analysis"),
    KnownBound("upper", 0.7889, "Lu & Steinerberger 2020", "landscape analysis"),
    KnownBound("upper", 0.75, "Kassabov, Strogatz & Townsend 2022",
               "every graph with mu >= 3/4 is globally synchronizing (best possible from linear stability alone)",
               exact="3/4"),
)

RECORD = max((b for b in KNOWN_BOUNDS if b.kind == "lower" and b.certified), key=lambda b: b.value)
"""The best certified lower bound (refereed, or verified by synctool): what a graph is compared with."""
RECORD_LOWER = RECORD.value
BEST_UPPER = min(b.value for b in KNOWN_BOUNDS if b.kind == "upper")
GLOBAL_SYNC_THRESHOLD = 0.75
"""Kassabov, Strogatz & Townsend 2022: mu(G) >= 3/4 implies global synchrony."""


def lower_bounds() -> list[KnownBound]:
    return sorted((b for b in KNOWN_BOUNDS if b.kind == "lower"), key=lambda b: b.value)


def upper_bounds() -> list[KnownBound]:
    return sorted((b for b in KNOWN_BOUNDS if b.kind == "upper"), key=lambda b: -b.value)


def compare_to_bounds(mu: float) -> dict:
    """Where ``mu`` stands: the known lower bounds it exceeds, the record, the best upper bound."""
    below = [b for b in lower_bounds() if b.value < mu]
    return {
        "record_lower": RECORD_LOWER,
        "record": RECORD.to_dict(),
        "best_upper": BEST_UPPER,
        "exceeds_record": mu > RECORD_LOWER,
        "above_global_sync_threshold": mu >= GLOBAL_SYNC_THRESHOLD,
        "exceeded_lower_bounds": [b.source for b in below],
        "gap_to_record": mu - RECORD_LOWER,
        "known": [b.to_dict() for b in KNOWN_BOUNDS],
    }
