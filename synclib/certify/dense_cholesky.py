"""Certified linear stability of an equilibrium of an explicit graph beyond n = 4000: a verified
Cholesky factorisation instead of an eigen-decomposition (no V, no V^T V: one n x n matrix in memory).

:func:`synclib.certify.equilibrium.certify_equilibrium` needs the full eigen-decomposition (three or four
n x n float64 arrays and ~ 9 n^3 flops), which stops at n ~ 4000. Here, for phases theta (floats, taken
as exact input) and a symmetric adjacency A >= 0:

1. H = -J(theta) + (s / n) 1 1^T - c I is formed in row blocks (J_ij = A_ij cos(theta_j - theta_i),
   rows of J summing to zero, so -J 1 = 0 and the rank-one term lifts only the rotation mode to s).
   The computed H differs from the exact one by E with ||E||_2 <= ||E||_inf bounded entrywise from
   the unit roundoff u (argument rounding u |theta span|, libm error, products, and a gamma_n bound on
   every row sum -- valid for any summation order).
2. LAPACK's Cholesky (dpotrf, in place) of the computed H. If it succeeds, R^T R = H + dH with
   |dH| <= gamma_{n+1} |R^T| |R| (Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed.,
   Thm 10.3; it holds for any order of the inner products, so for blocked LAPACK with conventional
   BLAS). Since (|R^T||R|)_ij <= ||R e_i|| ||R e_j|| and ||R e_i||^2 = h_ii + dh_ii <= h_ii / (1 - gamma),
   ||dH||_2 <= gamma_{n+1} / (1 - gamma_{n+1}) tr(H) -- the argument behind Rump's criterion (Rump,
   "Verification of positive definiteness", BIT 46, 2006). So lambda_min(-J + (s/n) 1 1^T) >=
   c - ||dH|| - ||E|| =: m, i.e. every eigenvalue of J(theta) off the rotation is <= -m.
   The shift c is 0.9 times the smallest eigenvalue of -J on 1^perp estimated by Lanczos (an estimate only:
   the Cholesky decides).
3. Newton-Kantorovich exactly as in :mod:`synclib.certify.equilibrium` (beta = 1 / m,
   L = 2 (d_max + sqrt(w_max d_max)), a rigorous bound on ||f(theta)||): a true equilibrium within r*,
   its top eigenvalue off the rotation <= -m + L r*, and it is not in-phase if r* is below half the
   largest edge phase gap.

Memory: one n x n float64 array (H, overwritten by R) plus the adjacency and O(block x n) work space;
n = 20,000 needs about 3.2 GB + the adjacency. Time: n^3 / 3 flops for the Cholesky plus O(n^2) per
Lanczos step.
"""

from __future__ import annotations

import math

import numpy as np

from synclib.certify._rounding import UNIT_ROUNDOFF as _U
from synclib.certify._rounding import gamma as _gamma
from synclib.certify.equilibrium import EquilibriumCheck
from synclib.exceptions import InvalidParameterError

__all__ = ["certify_equilibrium_cholesky"]

_METHOD = "verified-cholesky-kantorovich"


def _fail(n, reason, **kw):
    vals = {"max_eigenvalue": math.nan, "error_bound": math.inf, "residual": math.nan, "existence_radius": math.nan,
            "sync_distance": math.nan}
    vals.update(kw)
    return EquilibriumCheck(n, False, vals["max_eigenvalue"], vals["error_bound"], vals["residual"],
                            vals["existence_radius"], vals["sync_distance"], _METHOD, reason)


def certify_equilibrium_cholesky(A, theta, *, block: int = 512, rotation_shift: float | None = None,
                                 shift: float | None = None) -> EquilibriumCheck:
    """Rigorously decide whether ``theta`` approximates a linearly stable non-in-phase equilibrium (large n).

    Parameters
    ----------
    A : array_like, shape (n, n)
        Symmetric non-negative adjacency with zero diagonal (uint8 / bool / float; not copied to float64).
    theta : array_like, shape (n,)
        Phases in radians.
    block : int
        Rows per block when forming H (work space ~ block * n * 8 bytes * 4).
    rotation_shift, shift : float, optional
        s and c of the module docstring (defaults: s = max degree, c = 0.9 times the Lanczos estimate).

    Returns
    -------
    EquilibriumCheck
        ``max_eigenvalue`` is -c (the shift that the Cholesky proved), ``error_bound`` everything added
        to it (||dH||, ||E||, L r*); ``stable`` only when every step holds.

    Examples
    --------
    >>> import networkx as nx
    >>> A = nx.to_numpy_array(nx.circulant_graph(19, range(1, 6)))
    >>> theta = 2 * np.pi * np.arange(19) / 19
    >>> chk = certify_equilibrium_cholesky(A, theta)
    >>> chk.stable, chk.method
    (True, 'verified-cholesky-kantorovich')
    """
    import scipy.linalg as sla
    from scipy.sparse.linalg import LinearOperator, eigsh

    theta = np.asarray(theta, dtype=np.float64).ravel()
    n = theta.size
    A = np.asarray(A)
    if A.shape != (n, n):
        raise InvalidParameterError(f"adjacency shape {A.shape} does not match {n} phases")
    if not np.all(np.isfinite(theta)):
        raise InvalidParameterError("phases must be finite numbers")
    if n < 3:
        raise InvalidParameterError(f"need at least 3 vertices, got {n}")
    block = max(1, int(block))
    span = float(np.max(np.abs(theta))) * 2 + 1.0
    deg = np.zeros(n)
    w_max = 0.0
    f = np.zeros(n)
    f_abs = np.zeros(n)
    H = np.empty((n, n), dtype=np.float64)
    for a in range(0, n, block):
        b = min(n, a + block)
        Ab = A[a:b].astype(np.float64)
        if np.any(Ab < 0) or not np.all(np.isfinite(Ab)):
            raise InvalidParameterError("adjacency weights must be finite and non-negative")
        if not np.array_equal(A[a:b], A[:, a:b].T) or np.any(Ab[np.arange(b - a), np.arange(a, b)] != 0):
            raise InvalidParameterError("adjacency must be symmetric with a zero diagonal")
        w_max = max(w_max, float(Ab.max()))
        deg[a:b] = Ab.sum(axis=1)
        D = theta[None, :] - theta[a:b, None]
        S = Ab * np.sin(D)
        f[a:b] = S.sum(axis=1)
        f_abs[a:b] = np.abs(S).sum(axis=1)
        Jb = Ab * np.cos(D)
        Jb[np.arange(b - a), np.arange(a, b)] = 0.0
        H[a:b] = -Jb
        H[np.arange(a, b), np.arange(a, b)] = Jb.sum(axis=1)
    d_max = float(deg.max())
    s = float(d_max if rotation_shift is None else rotation_shift)
    H += s / n

    # rigorous bounds: residual and the entrywise error of the computed H (before the -c I shift)
    g_n = _gamma(n)
    f_err = deg * (_U * span + 5 * _U) + g_n * f_abs
    res_norm = (float(np.linalg.norm(f)) + float(np.linalg.norm(f_err))) * (1 + 2 * n * _U)
    e_off = w_max * (_U * span + 5 * _U) + 2 * _U * (w_max + s / n)
    e_diag = deg * (_U * span + 5 * _U) + g_n * deg + 2 * _U * (deg + s / n)
    E_norm = float(n * e_off + e_diag.max())

    # shift c from a Lanczos estimate of the smallest eigenvalue of H (an estimate; the Cholesky decides)
    if shift is None:
        op = LinearOperator((n, n), matvec=lambda x: H @ x, dtype=np.float64)
        try:
            est = float(eigsh(op, k=1, which="SA", tol=1e-8, maxiter=max(2000, 10 * n),
                              v0=np.cos(np.arange(n) * 0.7 + 0.3))[0][0])
        except Exception as exc:  # noqa: BLE001 - ARPACK non-convergence is a verdict, not a crash
            del H
            return _fail(n, f"Lanczos estimate failed ({type(exc).__name__})", residual=res_norm)
        if not est > 0:
            del H
            return _fail(n, f"largest non-rotation eigenvalue estimate {-est:.6g} >= 0: not stable",
                         max_eigenvalue=-est, residual=res_norm)
        c = 0.9 * est
    else:
        c = float(shift)
    H[np.diag_indices(n)] -= c
    trace = float(np.trace(H)) * (1 + 2 * n * _U)
    E_norm += 2 * _U * c * 1.0
    try:
        # H is symmetric: its transpose is the Fortran-ordered view LAPACK factors in place (no copy)
        sla.cholesky(H.T, lower=True, overwrite_a=True, check_finite=False)
    except np.linalg.LinAlgError:
        del H
        return _fail(n, f"Cholesky of -J + (s/n) 11^T - {c:.6g} I failed: not proven", max_eigenvalue=-c,
                     residual=res_norm)
    del H
    gam = _gamma(n + 1)
    dH = gam / (1 - gam) * max(trace, 0.0)
    m = c - dH - E_norm
    if not m > 0:
        return _fail(n, f"rounding bound {dH + E_norm:.3g} exceeds the shift {c:.3g}", max_eigenvalue=-c,
                     error_bound=dH + E_norm, residual=res_norm)
    beta = 1.0 / m
    L = 2.0 * (d_max + math.sqrt(w_max * d_max))
    h = beta * beta * L * res_norm
    if h > 0.5:
        return _fail(n, f"residual too large for Newton-Kantorovich (h={h:.3g} > 1/2)", max_eigenvalue=-c,
                     error_bound=dH + E_norm, residual=res_norm)
    radius = ((1 - math.sqrt(1 - 2 * h)) / (beta * L) if h > 0 else 0.0) * (1 + 1e-12) + 1e-300
    sync = 0.0
    for a in range(0, n, block):
        b = min(n, a + block)
        gap = np.abs(np.angle(np.exp(1j * (theta[None, :] - theta[a:b, None]))))
        sync = max(sync, float(np.where(A[a:b] != 0, gap, 0.0).max()))
    sync = sync / 2 * (1 - 1e-12)
    total = dH + E_norm + L * radius
    if not sync > radius:
        return _fail(n, "the phases are within the existence radius of in-phase sync", max_eigenvalue=-c,
                     error_bound=total, residual=res_norm, existence_radius=radius, sync_distance=sync)
    stable = -c + total < 0
    return EquilibriumCheck(n, bool(stable), -c, total, res_norm, radius, sync, _METHOD,
                            "certified" if stable else "eigenvalue bound crosses zero after the existence radius")
