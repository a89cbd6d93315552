"""Ball-arithmetic pieces of the size-free spec verifier (python-flint ``arb``): a working-precision
context, exact decimal input, an LDL^T positive-definiteness proof and the Krawczyk existence test.

Every quantity is an ``arb`` ball [m +/- r] that is guaranteed to contain the exact value; a
comparison such as ``x > 0`` is True only when the whole ball is positive. So a proof that succeeds in
ball arithmetic holds for every real matrix / vector inside the balls.
"""

from __future__ import annotations

import contextlib
from fractions import Fraction

from flint import arb, arb_mat, ctx, fmpq

__all__ = ["working_precision", "arb_exact", "ldl_positive_definite", "krawczyk"]


@contextlib.contextmanager
def working_precision(bits: int):
    """Set flint's global working precision (bits) for the block, restoring it afterwards."""
    old = ctx.prec
    ctx.prec = int(bits)
    try:
        yield
    finally:
        ctx.prec = old


def arb_exact(q: Fraction | int) -> arb:
    """The ball of an exact rational (radius from rounding at the working precision only)."""
    q = Fraction(q)
    return arb(fmpq(q.numerator, q.denominator))


def ldl_positive_definite(M: list[list[arb]]) -> tuple[bool, arb | None]:
    """Prove that every symmetric matrix in the ball matrix ``M`` is positive definite.

    Runs the LDL^T (square-root free Cholesky) recursion in ball arithmetic; each real symmetric matrix
    inside the balls runs the same recursion with values inside the computed balls, so if every pivot
    ball is positive every such matrix has an LDL^T factorisation with positive D, i.e. is positive
    definite (Sylvester). O(k^3) ball operations.

    Returns ``(proven, smallest pivot ball)``; ``proven`` is False as soon as a pivot ball is not
    certainly positive.
    """
    k = len(M)
    A = [list(row) for row in M]
    pivots: list[arb] = []
    L = [[arb(0)] * k for _ in range(k)]
    for j in range(k):
        d = A[j][j]
        for m in range(j):
            d -= L[j][m] * L[j][m] * pivots[m]
        if not d > 0:
            return False, d
        pivots.append(d)
        for i in range(j + 1, k):
            s = A[i][j]
            for m in range(j):
                s -= L[i][m] * L[j][m] * pivots[m]
            L[i][j] = s / d
    smallest = min(pivots, key=lambda b: float(b.lower())) if pivots else None
    return True, smallest


def krawczyk(F, J, x_mid: list[arb], tolerance: float, *, max_tries: int = 40):
    """Krawczyk's test: prove a unique zero of ``F`` in a box around ``x_mid`` of radius <= ``tolerance``.

    ``F(x)`` returns a list of balls (the residual, evaluated in ball arithmetic) and ``J(x)`` the ball
    Jacobian matrix (list of rows). With Y an approximate inverse of J(x_mid) (exact midpoints) and the
    box X = x_mid + [-r, r]^m, K(X) = x_mid - Y F(x_mid) + (I - Y J(X)) (X - x_mid). If K(X) lies in the
    interior of X, F has exactly one zero in X (Krawczyk 1969; Neumaier, *Interval Methods for Systems
    of Equations*, Thm. 5.1.8). Radii tried: from 4 |Y F(x_mid)| upward by factors of 8.

    Returns ``(radius or None, residual bound |Y F(x_mid)|)``; radius None when no box up to
    ``tolerance`` passed.
    """
    m = len(x_mid)
    Jm = arb_mat([[e.mid() for e in row] for row in J(x_mid)])
    try:
        Y = Jm.inv().mid()
    except (ZeroDivisionError, ValueError):
        return None, None
    Fm = arb_mat([[f] for f in F(x_mid)])
    YF = Y * Fm
    delta = max(float(YF[i, 0].abs_upper()) for i in range(m))
    eps = 2.0 ** (-ctx.prec + 8)
    r = max(4 * delta, eps)
    ident = arb_mat([[1 if i == j else 0 for j in range(m)] for i in range(m)])
    for _ in range(max_tries):
        if r > tolerance:
            break
        rad = arb(0, r)
        X = [x + rad for x in x_mid]
        Z = arb_mat([[rad] for _ in range(m)])
        K = (ident - Y * arb_mat(J(X))) * Z - YF
        if all(float(K[i, 0].abs_upper()) < r for i in range(m)):
            return r, delta
        r *= 8
    return None, delta
