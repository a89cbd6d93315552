"""Unit roundoff and shared pieces of the rigorous floating-point certifiers.

Error model: IEEE 754 binary64 with round-to-nearest, unit roundoff u = 2^-53; sums of K terms in any
order err by at most gamma_K sum |t_k| with gamma_K = K u / (1 - K u) (Higham, *Accuracy and Stability
of Numerical Algorithms*, 2nd ed., sec. 3.1 and 4.2).
"""

from __future__ import annotations

import math
from dataclasses import asdict

import numpy as np

__all__ = ["UNIT_ROUNDOFF", "gamma", "CertifiedBound"]

UNIT_ROUNDOFF = np.finfo(np.float64).eps / 2  # unit roundoff u
_U = UNIT_ROUNDOFF


def gamma(k: int) -> float:
    """Higham's gamma_k = k u / (1 - k u) (infinite when k u >= 1)."""
    ku = k * _U
    if ku >= 1:
        return math.inf
    return ku / (1 - ku)


class CertifiedBound:
    """Shared by the verdicts: ``max_eigenvalue`` plus its rigorous ``error_bound``."""

    @property
    def certified_upper_bound(self) -> float:
        """Rigorous upper bound on the largest non-rotation eigenvalue (at the true equilibrium)."""
        return self.max_eigenvalue + self.error_bound

    def to_dict(self) -> dict:
        d = asdict(self)
        d["certified_upper_bound"] = self.certified_upper_bound
        return d

