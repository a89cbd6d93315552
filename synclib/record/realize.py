"""Exact realisation of a limit point as a finite equitable graph, written as a spec dict.

A limit point of the fractional problem (:mod:`synclib.record.fractional`) is (p, theta, rho):
proportions, class phases and join densities. This module turns it into a *finite* graph described
exactly by the schema ``synctool-equitable-spec/1``:

1. sizes: ``n = M L`` with ``M = 10**size_digits`` and ``L = 10**density_digits``; class i gets
   ``c_i = m_i L`` vertices, ``m_i`` the largest-remainder rounding of ``p_i M`` (at least 1);
2. joins: ``s_ij = round(rho_ij L)``; a residue-orbit rule of modulus ``L`` (which divides every
   class size) and ``s_ij`` consecutive residues makes the join *exactly* biregular with
   ``d_ij = s_ij m_j`` neighbours in j for every vertex of i (``d_ij c_i = d_ji c_j``); ``s = 0`` is
   an absent join and ``s = L`` a complete one;
3. phases: Newton's method in mpmath (``dps`` digits) on the exact class equations
   ``sum_j d_ij sin(theta_j - theta_i) = 0`` (theta_0 fixed), started from the limit phases. Near the
   fold the stable equilibrium has an unstable partner a distance ~ sqrt(|lambda|) away; when Newton
   lands on a point whose quotient has a positive eigenvalue, it is restarted from points displaced
   along the soft eigenvector and the stable one is kept;
4. :func:`check_spec`: exact integers for the sizes, degrees, biregularity and mu (a Fraction), and
   mpmath for the equilibrium residual, the top quotient eigenvalue off the rotation mode and the
   smallest comparison-matrix eigenvalue. These are *numerical* checks at high precision, not an
   interval proof: pass the rigorous verifier as ``verify`` (any callable taking the spec dict and
   returning an object with a boolean ``holds``) to have it decide.

Rounding moves p and rho by at most 1 / M and 1 / L; near the fold the stable branch survives only
when that is far below lambda^2 (lambda the limit point's quotient margin), so with margins down to
1e-12 the defaults use 30 + 30 digits (n ~ 10^60), as in the public catalog's constructions.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from synclib.exceptions import InvalidParameterError

__all__ = ["SCHEMA", "SpecCheck", "Realised", "balance_point", "check_spec", "class_degrees", "realize_point",
           "solve_class_phases"]

log = logging.getLogger(__name__)

SCHEMA = "synctool-equitable-spec/1"


def _mp():
    import mpmath

    return mpmath


def _largest_remainder(p, total: int) -> list[int]:
    """Integers m_i >= 1 summing to ``total`` with m_i ~ p_i total (p floats, mpf or Fractions)."""
    fr = [x if isinstance(x, Fraction) else Fraction(str(x)) for x in p]
    s = sum(fr)
    raw = [f / s * total for f in fr]
    m = [max(1, math.floor(r)) for r in raw]
    rest = total - sum(m)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i] - math.floor(raw[i])))
    t = 0
    while rest > 0:
        m[order[t % len(m)]] += 1
        rest -= 1
        t += 1
    while rest < 0:  # only when many p_i were below 1 / total
        i = max(range(len(m)), key=lambda j: m[j])
        m[i] -= 1
        rest += 1
    return m


def class_degrees(spec: dict) -> tuple[list[int], list[list[int]], list[list[bool]]]:
    """Exact class sizes, the degree matrix d_ij (neighbours in class j of a vertex of class i) and the
    partial-pair mask of a spec dict in the schema; raises InvalidParameterError on a block that is not
    provably equitable (a residue modulus that does not divide both sizes) or malformed."""
    try:
        sizes = [int(c["size"]) for c in spec["classes"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidParameterError(f"spec: classes need integer 'size' ({exc})") from None
    k = len(sizes)
    if k < 2 or any(c < 1 for c in sizes):
        raise InvalidParameterError("spec: needs at least 2 classes of positive size")
    d = [[0] * k for _ in range(k)]
    partial = [[False] * k for _ in range(k)]
    seen = set()
    for blk in spec.get("cross_blocks", []):
        i, j = (int(x) for x in blk["classes"])
        if not (0 <= i < j < k) or (i, j) in seen:
            raise InvalidParameterError(f"spec: bad or repeated cross block {blk['classes']}")
        seen.add((i, j))
        kind = blk["type"]
        if kind == "complete":
            d[i][j], d[j][i] = sizes[j], sizes[i]
        elif kind == "absent":
            pass
        elif kind == "residue_orbits":
            g, s, c = int(blk["modulus"]), int(blk["shift_start"]), int(blk["shift_count"])
            if g < 1 or sizes[i] % g or sizes[j] % g or not (0 <= s < g) or not (0 <= c <= g):
                raise InvalidParameterError(f"spec: residue block {i, j} is not exactly biregular "
                                            f"(modulus {g} must divide both sizes, 0 <= s < g, 0 <= c <= g)")
            d[i][j], d[j][i] = c * sizes[j] // g, c * sizes[i] // g
            partial[i][j] = partial[j][i] = 0 < c < g
        else:
            raise InvalidParameterError(f"spec: unknown cross block type {kind!r}")
    return sizes, d, partial


@dataclass(frozen=True)
class SpecCheck:
    """Our own checks of a spec: exact mu, and the equilibrium, quotient and comparison at ``dps`` digits."""

    n: int
    min_degree: int
    mu: Fraction
    biregular: bool
    residual: float
    quotient_top: float
    comparison_min: float
    dps: int
    claims_ok: bool
    verifier: object = None

    @property
    def holds(self) -> bool:
        ok = (self.biregular and self.claims_ok and self.residual < 1e-40 and self.quotient_top < 0
              and self.comparison_min > 0)
        if self.verifier is not None:
            ok = ok and bool(getattr(self.verifier, "holds", False))
        return ok

    def to_dict(self) -> dict:
        return {"n": str(self.n), "min_degree": str(self.min_degree), "mu": f"{self.mu.numerator}/{self.mu.denominator}",
                "mu_float": float(self.mu), "biregular": self.biregular, "residual": self.residual,
                "quotient_top": self.quotient_top, "comparison_min": self.comparison_min, "dps": self.dps,
                "claims_ok": self.claims_ok, "holds": self.holds,
                "verifier": None if self.verifier is None else bool(getattr(self.verifier, "holds", False))}


def _quotient_and_comparison(mp, sizes, d, partial, th):
    """Top quotient eigenvalue off the rotation mode and smallest comparison eigenvalue, both / n."""
    k = len(sizes)
    n = mp.mpf(sum(sizes))
    Q = mp.matrix(k, k)
    C = mp.matrix(k, k)
    for i in range(k):
        diag = mp.mpf(0)
        cdiag = mp.mpf(sizes[i])
        for j in range(k):
            if j == i:
                continue
            cij = mp.cos(th[j] - th[i])
            diag -= d[i][j] * cij
            cdiag += d[i][j] * cij
            Q[i, j] = mp.sqrt(mp.mpf(d[i][j]) * d[j][i]) * cij / n
            if partial[i][j]:
                C[i, j] = -abs(cij) * mp.sqrt(mp.mpf(d[i][j]) * d[j][i]) / n
        Q[i, i] = diag / n
        C[i, i] = cdiag / n
    u = [mp.sqrt(mp.mpf(c) / n) for c in sizes]  # the rotation mode of the symmetric quotient
    for i in range(k):
        for j in range(k):
            Q[i, j] -= 10 * u[i] * u[j]
    wq = mp.eigsy(Q, eigvals_only=True)
    wc = mp.eigsy(C, eigvals_only=True)
    return max(wq), min(wc)


def _residual(mp, sizes, d, th):
    n = sum(sizes)
    k = len(sizes)
    return [mp.fsum(d[i][j] * mp.sin(th[j] - th[i]) for j in range(k) if j != i) / n for i in range(k)]


def check_spec(spec: dict, *, dps: int = 60, verify=None) -> SpecCheck:
    """Check a spec dict: exact sizes, degrees, biregularity and mu; mpmath residual, quotient, comparison.

    ``verify``: optional callable(spec) -> object with ``holds`` (the rigorous verifier); its verdict is
    kept in :attr:`SpecCheck.verifier` and required by :attr:`SpecCheck.holds`.
    """
    if spec.get("schema") != SCHEMA:
        raise InvalidParameterError(f"spec: schema must be {SCHEMA!r}, got {spec.get('schema')!r}")
    sizes, d, partial = class_degrees(spec)
    k = len(sizes)
    phases = spec.get("phases")
    if not isinstance(phases, list) or len(phases) != k:
        raise InvalidParameterError(f"spec: needs one phase per class ({k})")
    biregular = all(d[i][j] * sizes[i] == d[j][i] * sizes[j] for i in range(k) for j in range(k))
    n = sum(sizes)
    degs = [sizes[i] - 1 + sum(d[i][j] for j in range(k) if j != i) for i in range(k)]
    mind = min(degs)
    mu = Fraction(mind, n - 1)
    claims = spec.get("claims") or {}
    claims_ok = True
    if "n" in claims:
        claims_ok &= int(claims["n"]) == n
    if "min_degree" in claims:
        claims_ok &= int(claims["min_degree"]) == mind
    if "mu" in claims:
        claims_ok &= Fraction(claims["mu"]) == mu
    mp = _mp()
    with mp.workdps(int(dps)):
        th = [mp.mpf(str(x)) for x in phases]
        res = max(abs(r) for r in _residual(mp, sizes, d, th))
        qtop, cmin = _quotient_and_comparison(mp, sizes, d, partial, th)
        res, qtop, cmin = float(res), float(qtop), float(cmin)
    ver = verify(spec) if verify is not None else None
    return SpecCheck(n, mind, mu, bool(biregular), res, qtop, cmin, int(dps), bool(claims_ok), ver)


def solve_class_phases(sizes, d, theta0, *, dps: int = 80, max_iter: int = 80, partial=None):
    """Stable solution of the exact class equations near ``theta0`` (mpmath Newton, theta_0 fixed).

    Returns ``(theta (list of mpf), residual, quotient_top)``; the stable branch is preferred (see the
    module docstring). ``quotient_top`` is the top quotient eigenvalue / n off the rotation mode.
    """
    mp = _mp()
    k = len(sizes)
    part = partial if partial is not None else [[False] * k for _ in range(k)]
    with mp.workdps(int(dps)):
        tol = mp.mpf(10) ** (-(int(dps) - 10))

        def newton(t0):
            th = [mp.mpf(x) for x in t0]
            th = [x - th[0] for x in th]
            n = sum(sizes)
            for _ in range(max_iter):
                F = _residual(mp, sizes, d, th)
                if max(abs(f) for f in F[1:]) < tol:
                    break
                J = mp.matrix(k - 1, k - 1)
                for a in range(1, k):
                    for b in range(1, k):
                        if a == b:
                            J[a - 1, b - 1] = -mp.fsum(d[a][j] * mp.cos(th[j] - th[a]) for j in range(k) if j != a) / n
                        else:
                            J[a - 1, b - 1] = d[a][b] * mp.cos(th[b] - th[a]) / n
                try:
                    step = mp.lu_solve(J, mp.matrix([-f for f in F[1:]]))
                except ZeroDivisionError:
                    return th, mp.inf
                th = [th[0]] + [th[a] + step[a - 1] for a in range(1, k)]
            F = _residual(mp, sizes, d, th)
            return th, max(abs(f) for f in F)

        th, res = newton(theta0)
        qtop, _ = _quotient_and_comparison(mp, sizes, d, part, th)
        if qtop > 0 and res < tol * 10:  # the unstable partner of a fold: look along the soft mode
            best = None
            base = [float(x) for x in th]
            for scale in (1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2):
                for sign in (1, -1):
                    t0 = np.asarray(base) + sign * scale * _soft_direction(sizes, d, base)
                    th2, res2 = newton([mp.mpf(float(x)) for x in t0])
                    q2, _ = _quotient_and_comparison(mp, sizes, d, part, th2)
                    if res2 < tol * 10 and q2 < 0:
                        best = (th2, res2, q2)
                        break
                if best is not None:
                    break
            if best is not None:
                th, res, qtop = best
        return th, float(res), float(qtop)


def _soft_direction(sizes, d, theta) -> np.ndarray:
    """Top eigenvector of the (float) quotient in phase coordinates, orthogonal to the rotation."""
    c = np.asarray(sizes, dtype=float)
    D = np.asarray(d, dtype=float)
    th = np.asarray(theta, dtype=float)
    cs = np.cos(th[None, :] - th[:, None])
    Q = np.sqrt(D * D.T) * cs
    np.fill_diagonal(Q, -(D * cs).sum(axis=1))  # D_ii = 0, so the sum runs over j != i
    s = np.sqrt(c / c.sum())
    w, V = np.linalg.eigh(Q / c.sum() - 10 * np.outer(s, s))
    v = V[:, -1] / s  # back from the symmetric form to phase coordinates
    return v / np.abs(v).max()


def _min_norm_step(mp, J, rhs):
    """The minimum-norm solution of J x = rhs (pseudo-inverse by SVD, singular values below 1e-12 of the
    largest dropped). J J^T can be singular: a reflection-symmetric point has dependent rows, and the
    normal equations then give steps of size 1 / cond that throw the point far away. None when J = 0."""
    U, S, V = mp.svd_r(J, compute_uv=True)
    smax = max((abs(x) for x in S), default=mp.mpf(0))
    if smax == 0:
        return None
    b = U.T * mp.matrix(rhs)
    y = mp.matrix(V.rows, 1)
    for t in range(len(S)):
        if abs(S[t]) > smax * mp.mpf(10) ** -12:
            y[t] = b[t] / S[t]
    return V.T * y


def balance_point(p, theta, rho, *, dps: int = 80, max_iter: int = 30):
    """Make a float limit point an exact equilibrium at its own phases (the high-precision step).

    A float optimum satisfies E = 0 only to ~1e-10, but near the fold the stable equilibrium
    survives a perturbation only when it is far below lambda^2. For fixed phases, E_i = sum_j rho_ij p_j
    sin(theta_j - theta_i) is bilinear in (p, rho), so a minimum-norm Newton iteration on (p, partial
    rho) in mpmath (``dps`` digits) makes it vanish with a change of the size of the float residual;
    densities within 1e-9 of 0 or 1 are snapped to the bound, those within 1e-6 are kept fixed. Returns
    ``(p, rho, residual)`` as mpmath numbers (p sums to 1).
    """
    mp = _mp()
    k = len(p)
    with mp.workdps(int(dps)):
        th = [mp.mpf(float(x)) for x in theta]
        P = [mp.mpf(float(x)) for x in p]
        R = [[mp.mpf(0)] * k for _ in range(k)]
        free = []
        for i in range(k):
            R[i][i] = mp.mpf(1)
            for j in range(i + 1, k):
                r = float(0.5 * (rho[i][j] + rho[j][i]))
                r = 0.0 if r < 1e-9 else (1.0 if r > 1 - 1e-9 else r)
                R[i][j] = R[j][i] = mp.mpf(r)
                if 1e-6 < r < 1.0 - 1e-6:  # entries nearer a bound stay fixed (a step could cross it)
                    free.append((i, j))
        sn = [[mp.sin(th[j] - th[i]) for j in range(k)] for i in range(k)]
        nv = k + len(free)
        tol = mp.mpf(10) ** (-(int(dps) - 10))
        res = mp.inf
        for _ in range(max_iter):
            E = [mp.fsum(R[i][j] * P[j] * sn[i][j] for j in range(k) if j != i) for i in range(1, k)]
            res = max(abs(e) for e in E)
            if res < tol:
                break
            J = mp.matrix(k - 1, nv)
            for a in range(1, k):
                for j in range(k):
                    if j != a:
                        J[a - 1, j] = R[a][j] * sn[a][j]
                for t, (i, j) in enumerate(free):
                    if i == a:
                        J[a - 1, k + t] = P[j] * sn[i][j]
                    elif j == a:
                        J[a - 1, k + t] = P[i] * sn[j][i]
            step = _min_norm_step(mp, J, [-e for e in E])
            if step is None:
                break
            P = [P[i] + step[i] for i in range(k)]
            for t, (i, j) in enumerate(free):
                R[i][j] = R[j][i] = R[i][j] + step[k + t]
        tot = mp.fsum(P)
        P = [x / tot for x in P]
        return P, R, float(res)


@dataclass(frozen=True)
class Realised:
    """A realised spec and its checks (``check.holds`` decides)."""

    spec: dict
    check: SpecCheck
    message: str = ""
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"check": self.check.to_dict(), "message": self.message, **self.extra}


def realize_point(p, theta, rho, *, size_digits: int = 30, density_digits: int = 30, dps: int = 80,
                  check_dps: int = 60, verify=None, provenance: dict | None = None) -> Realised:
    """Exact finite realisation of a limit point (see the module docstring); deterministic.

    Parameters
    ----------
    p, theta, rho : array_like
        Proportions (k), phases (k) and symmetric densities (k, k) of a limit point.
    size_digits, density_digits : int
        n = 10**size_digits * 10**density_digits; densities are multiples of 10**-density_digits.
    dps : int
        Digits of the Newton solve; ``check_dps`` those of :func:`check_spec`.
    verify : callable, optional
        The rigorous spec verifier (``verify(spec).holds``).
    """
    p = np.asarray(p, dtype=float)
    theta = np.asarray(theta, dtype=float)
    rho = np.asarray(rho, dtype=float)
    k = p.size
    if theta.shape != (k,) or rho.shape != (k, k) or k < 2 or np.any(p <= 0):
        raise InvalidParameterError("realize_point: p (positive), theta (k) and rho (k, k) must match")
    if not (1 <= int(size_digits) <= 200 and 1 <= int(density_digits) <= 200):
        raise InvalidParameterError("realize_point: size_digits and density_digits must be in 1..200")
    M, L = 10 ** int(size_digits), 10 ** int(density_digits)
    mp = _mp()
    Pb, Rb, bal = balance_point(p, theta, rho, dps=dps)
    if not bal < 1e-30 or any(x <= 0 for x in Pb) or any(not 0 <= Rb[i][j] <= 1 for i in range(k) for j in range(k)):
        log.info("balance_point did not converge (residual %.3g); rounding the float point", bal)
        Pb = [Fraction(float(x)) for x in p]
        Rb = [[Fraction(min(max(float(0.5 * (rho[i, j] + rho[j, i])), 0.0), 1.0)) for j in range(k)]
              for i in range(k)]
    else:
        with mp.workdps(int(dps)):
            Pb = [Fraction(mp.nstr(x, int(dps) - 5)) for x in Pb]
            Rb = [[Fraction(mp.nstr(x, int(dps) - 5)) for x in row] for row in Rb]
    m = _largest_remainder(Pb, M)
    sizes = [mi * L for mi in m]
    s = [[0] * k for _ in range(k)]
    blocks = []
    for i in range(k):
        for j in range(i + 1, k):
            sij = math.floor(Rb[i][j] * L + Fraction(1, 2))  # round half up, exact
            sij = min(max(sij, 0), L)
            s[i][j] = s[j][i] = sij
            if sij == 0:
                blocks.append({"classes": [i, j], "type": "absent"})
            elif sij == L:
                blocks.append({"classes": [i, j], "type": "complete"})
            else:
                blocks.append({"classes": [i, j], "type": "residue_orbits", "modulus": str(L),
                               "shift_start": "0", "shift_count": str(sij)})
    d = [[s[i][j] * m[j] if j != i else 0 for j in range(k)] for i in range(k)]
    partial = [[0 < s[i][j] < L and i != j for j in range(k)] for i in range(k)]
    th, res, qtop = solve_class_phases(sizes, d, theta, dps=dps, partial=partial)
    with mp.workdps(int(dps)):
        phases = [mp.nstr(x, int(dps) - 5, strip_zeros=False) for x in th]
    n = sum(sizes)
    degs = [sizes[i] - 1 + sum(d[i]) for i in range(k)]
    mind = min(degs)
    mu = Fraction(mind, n - 1)
    spec = {"schema": SCHEMA, "classes": [{"size": str(c)} for c in sizes], "cross_blocks": blocks,
            "phases": phases,
            "claims": {"n": str(n), "min_degree": str(mind), "mu": f"{mu.numerator}/{mu.denominator}"},
            "provenance": dict(provenance or {}, size_digits=int(size_digits), density_digits=int(density_digits),
                               newton_dps=int(dps), construction="synclib.record.realize.realize_point")}
    chk = check_spec(spec, dps=check_dps, verify=verify)
    msg = "checks hold" if chk.holds else (
        f"checks fail: residual {chk.residual:.3g}, quotient top {chk.quotient_top:.3g}, "
        f"comparison min {chk.comparison_min:.3g}")
    return Realised(spec, chk, msg, {"newton_residual": res, "newton_quotient_top": qtop,
                                         "balance_residual": bal})
