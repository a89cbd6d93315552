"""balance_point (synclib.record.realize): the 80-digit equilibrium step on (p, rho) at fixed phases."""

import numpy as np

from synclib.record.fractional import limit_quantities
from synclib.record.frontier import known_point
from synclib.record.realize import balance_point


def _with_duplicate_class(i=4):
    """The catalog point with class i split into two identical halves (same phase, same joins): two
    equal rows of the Jacobian of E in (p, rho), so J J^T is exactly singular."""
    p, th, rho = known_point("catalog-6")
    idx = np.concatenate([np.arange(6), [i]])
    p2 = p[idx].copy()
    p2[i] /= 2
    p2[6] = p2[i]
    rho2 = rho[np.ix_(idx, idx)].copy()
    rho2[i, 6] = rho2[6, i] = 1.0
    return p2, th[idx], rho2


def test_balance_point_with_dependent_rows_moves_the_point_by_the_residual_only():
    p, th, rho = _with_duplicate_class()
    E0 = np.abs(limit_quantities(p, th, rho)["E"]).max()
    assert 0 < E0 < 1e-8  # the catalog's floats are an equilibrium to ~1e-11 only
    P, R, res = balance_point(p, th, rho, dps=60)
    assert res < 1e-40
    Pf = np.array([float(x) for x in P])
    Rf = np.array([[float(x) for x in row] for row in R])
    assert np.all(Pf > 0)
    assert np.abs(Pf - p).max() < 1e3 * E0 and np.abs(Rf - rho).max() < 1e3 * E0
    assert np.abs(limit_quantities(Pf, th, Rf)["E"]).max() < 1e-15
