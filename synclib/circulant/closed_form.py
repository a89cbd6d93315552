"""Exact closed form of the densest circulant whose q-twisted state is linearly stable.

Theorem 1 of Yoneda, Tatsukawa & Teramae (Chaos 31, 063124, 2021): with m = gcd(n, q), N~ = n/m >= 5,
b_l = -cos(2 pi l/N~)(1 - cos(2 pi l/N~)), s_k = b_1 + ... + b_k and k_c = min{k : s_k >= 0},

    max degree = 2m(k_c - 1) + (m - 1) + 2 ceil(-m s_{k_c-1} / b_{k_c} - 1).

Why it holds, and how we compute it exactly (this module's plan):

* **Reduction to m.** Multiplying every distance by a unit v of Z_n maps C_n(S) to an isomorphic
  circulant and the q-twist to the vq-twist; choosing v q = m (mod n) shows the optimum depends on
  (n, q) only through m = gcd(n, q). :func:`unit_for_twist` finds v; the optimal set for q is v S_m.
* **Upper bound.** At twist m the mode r = m has lambda_m = sum_k a_k b_{k mod N~}: a single linear
  constraint in which every distance costs b of its residue class per unit of degree. The densest
  x with lambda_m < 0 (or <= -eps) is a knapsack with equal value per item inside a class: take every
  class with b_l <= 0, then the cheapest positive classes pair by pair while the budget lasts, and
  consider the one unpaired distance n/2 (value 1) separately. This optimum is an upper bound on the
  degree for *all* rows r, and it reproduces the theorem, except where the published floating-point
  version is wrong: N~ = 6 (the ceiling of an exact integer) and N~ = 8 with m odd (for some m,
  e.g. m = 5, 11, 17, 23, 29, the unpaired distance n/2 still fits in the budget: one more degree).
* **Attainment.** We build S from the knapsack's choice (classes 0..k_c-1 whole, the cheapest
  members of class k_c, maybe n/2) and certify every eigenvalue with
  :func:`synclib.certify.equilibrium.certify_twisted`. If that certificate holds, the degree equals the upper
  bound and the result is a *proven* optimum, with no MILP solver involved. If it does not, the
  result says so (``attained=False``) and callers fall back to the integer program.

Exact arithmetic: every quantity is an integer combination of the b_l plus a rational (the eps).
We evaluate it with mpmath at 60 digits; when a sign or an integer part is within 1e-40 of a
decision boundary we decide it exactly with sympy's minimal polynomial (zero iff the minimal
polynomial is x). So the N~ = 6 ceiling is exact, not 1.0000000000000002.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

import mpmath
import numpy as np

from synclib.exceptions import InvalidParameterError

__all__ = [
    "ClosedFormResult",
    "closed_form",
    "closed_form_degree",
    "theorem1_degree",
    "supremum",
    "supremum_table",
    "unit_for_twist",
    "record_family",
    "knapsack_bound",
]

_DPS = 60
_AMBIGUOUS = mpmath.mpf("1e-40")


# --- exact-decision helpers -----------------------------------------------------------------------
# A "linear form" is (coefs, const): sum_l coefs[l] * b_l + const, with integer coefs, rational const.


@lru_cache(maxsize=None)
def _b_mp(N: int) -> tuple:
    with mpmath.workdps(_DPS):
        out = []
        for l in range(N):
            c = mpmath.cos(2 * mpmath.pi * l / N)
            out.append(-c * (1 - c))
        return tuple(out)


def _value(N: int, coefs: dict[int, int], const: Fraction) -> mpmath.mpf:
    b = _b_mp(N)
    with mpmath.workdps(_DPS):
        v = mpmath.mpf(const.numerator) / const.denominator
        for l, c in coefs.items():
            v += c * b[l]
        return v


def _is_exact_zero(N: int, coefs: dict[int, int], const: Fraction) -> bool:
    import sympy

    x = sympy.Symbol("x")
    expr = sympy.Rational(const.numerator, const.denominator)
    for l, c in coefs.items():
        cl = sympy.cos(2 * sympy.pi * sympy.Rational(l, N))
        expr += c * (-cl * (1 - cl))
    if expr == 0:
        return True
    return sympy.minimal_polynomial(expr, x) == x


@lru_cache(maxsize=None)
def _b_float(N: int):
    c = np.cos(2 * np.pi * np.arange(N) / N)
    return -c * (1 - c)


def _sign(N: int, coefs: dict[int, int], const: Fraction = Fraction(0)) -> int:
    # Fast path: float64 evaluation with a generous error guard (each b_l is accurate to ~1e-15; the
    # guard 1e-10 per unit of |coefficient| is five orders wider). Only near-ties go to 60 digits.
    b = _b_float(N)
    v = float(const) + sum(c * b[l] for l, c in coefs.items())
    guard = 1e-10 * (1.0 + abs(float(const)) + sum(abs(c) for c in coefs.values()))
    if abs(v) > guard:
        return 1 if v > 0 else -1
    v = _value(N, coefs, const)
    if abs(v) > _AMBIGUOUS:
        return 1 if v > 0 else -1
    return 0 if _is_exact_zero(N, coefs, const) else (1 if v > 0 else -1)


def _add(a: dict[int, int], b: dict[int, int]) -> dict[int, int]:
    out = dict(a)
    for l, c in b.items():
        out[l] = out.get(l, 0) + c
    return out


def _max_fit(N: int, budget: dict[int, int], bconst: Fraction, l: int, weight: int, strict: bool) -> int:
    """Largest t >= 0 with budget - t*weight*b_l > 0 (strict) or >= 0, for b_l > 0; exact."""
    b = _b_float(N)
    ratio = (float(bconst) + sum(c * b[j] for j, c in budget.items())) / (weight * b[l])
    t = int(math.floor(ratio)) + 2
    # step down to the exact answer (at most a couple of steps; exact signs decide ties); t = 0 always fits:
    # callers pass a budget that is already > 0 (>= 0 when not strict)
    while t > 0:
        s = _sign(N, _add(budget, {l: -t * weight}), bconst)
        if s > 0 or (s == 0 and not strict):
            return t
        t -= 1
    return 0


# --- the closed form ------------------------------------------------------------------------------


def unit_for_twist(n: int, q: int) -> int:
    """A unit v of Z_n with v * q = gcd(n, q) (mod n)."""
    m = math.gcd(n, q)
    N = n // m
    qq = (q // m) % N
    v0 = pow(qq, -1, N) if N > 1 else 1
    v = v0
    while math.gcd(v, n) != 1:
        v += N
    return v % n


def _fold(k: int, n: int) -> int:
    k %= n
    return min(k, n - k)


@dataclass(frozen=True)
class ClosedFormResult:
    """The exact optimum for (n, q) and, when attained, a connection set proving it."""

    n: int
    q: int
    m: int
    n_tilde: int
    eps: Fraction
    feasible: bool
    degree: int | None
    connection_set: tuple[int, ...] = field(default=())
    attained: bool = False
    k_c: int | None = None

    @property
    def mu(self) -> Fraction | None:
        return None if self.degree is None else Fraction(self.degree, self.n - 1)

    def to_dict(self) -> dict:
        return {"n": self.n, "q": self.q, "m": self.m, "n_tilde": self.n_tilde, "eps": str(self.eps),
                "feasible": self.feasible, "degree": self.degree,
                "mu": None if self.mu is None else float(self.mu),
                "mu_fraction": None if self.mu is None else str(self.mu),
                "connection_set": list(self.connection_set), "attained": self.attained, "k_c": self.k_c}


def _check_nq(n: int, q: int) -> tuple[int, int]:
    if isinstance(n, bool) or int(n) != n or n < 5:
        raise InvalidParameterError(f"n must be an integer >= 5, got {n!r}")
    n = int(n)
    if isinstance(q, bool) or int(q) != q or not 1 <= q <= n // 2:
        raise InvalidParameterError(f"twist q must be an integer in 1..{n // 2} for n={n}, got {q!r}")
    return n, int(q)


@lru_cache(maxsize=4096)
def _knapsack_exact(n: int, m: int, eps: Fraction):
    """Exact optimum of the one-row relaxation at twist m; returns (degree, chosen items) or None."""
    N = n // m
    strict = eps == 0
    # items: distances k = 1..n//2 grouped by class l = fold(k mod N); weight 2, or 1 for k = n/2.
    classes: dict[int, list[int]] = {}
    for k in range(1, n // 2 + 1):
        classes.setdefault(_fold(k, N), []).append(k)
    bf = _b_float(N)
    signs = {l: (1 if bf[l] > 0 else -1) if abs(bf[l]) > 1e-10 else _sign(N, {l: 1}) for l in classes}
    chosen: list[int] = []
    budget: dict[int, int] = {}  # -(sum of chosen costs), as a linear form
    for l, ks in classes.items():
        if signs[l] <= 0:
            chosen.extend(ks)
            budget[l] = -sum(1 if 2 * k == n else 2 for k in ks)
    bconst = -eps
    if _sign(N, budget, bconst) < 0 or (_sign(N, budget, bconst) == 0 and strict):
        return None  # even every non-positive class leaves lambda_m >= 0 (or > -eps): infeasible
    # b = c^2 - c is strictly decreasing in c = cos(2 pi l/N) on the positive classes (c < 0), and
    # distinct c differ by far more than float error, so sorting by the float values is exact.
    positive = sorted((l for l in classes if signs[l] > 0), key=lambda l: bf[l])

    def greedy(budget0: dict[int, int]):
        picked: list[int] = []
        bud = dict(budget0)
        for l in positive:
            pairs = [k for k in classes[l] if 2 * k != n]
            t = min(len(pairs), _max_fit(N, bud, bconst, l, 2, strict))
            picked.extend(pairs[:t])
            bud = _add(bud, {l: -2 * t})
            if t < len(pairs):
                break
        return picked, bud

    single = [k for ks in (classes[l] for l in positive) for k in ks if 2 * k == n]
    picked, _ = greedy(budget)
    best = (2 * len(picked), picked)
    if single:
        ls = _fold(single[0], N)
        b_with = _add(budget, {ls: -1})
        s = _sign(N, b_with, bconst)
        if s > 0 or (s == 0 and not strict):
            picked2, _ = greedy(b_with)
            if 1 + 2 * len(picked2) > best[0]:
                best = (1 + 2 * len(picked2), picked2 + single)
    base = sum(1 if 2 * k == n else 2 for k in chosen)
    return base + best[0], tuple(sorted(chosen + best[1]))


class _Ambiguous(Exception):
    """A float decision too close to its boundary: defer to the exact closed form."""


def _knapsack_float(n: int, m: int, eps: float):
    """Float64 version of :func:`_knapsack_exact` with certified decisions (fast path).

    Returns ``(degree, items)`` or ``None`` (infeasible); raises :class:`_Ambiguous` when any decision
    value is within its error bound of zero.
    """
    N = n // m
    ks = np.arange(1, n // 2 + 1)
    r = ks % N
    ls = np.minimum(r, N - r)
    lvals = np.arange(N // 2 + 1)
    c = np.cos(2.0 * np.pi * lvals / N)
    b = -c * (1.0 - c)
    b[0] = 0.0
    if N % 4 == 0:
        b[N // 4] = 0.0
    # classes in order of first appearance (as closed_form builds its dict), items ascending
    order = np.argsort(ls, kind="stable")
    classes: dict[int, list[int]] = {}
    for idx in order:
        classes.setdefault(int(ls[idx]), []).append(int(ks[idx]))

    # A budget -(chosen costs) = sum_l c_l b_l is kept as (S, W): S the exact sum (a Fraction) of the
    # float terms c_l * b_l as they are added, W = sum_l |c_l|. Each float b_l is within a few 1e-16
    # of the true b_l and each term is rounded once, so |S - budget| <= ~1e-15 W; S is never rounded
    # again (adding a term costs O(1), not a re-summation of all terms), and ``value`` rounds S - eps
    # once. A value within the guard 1e-13 (1 + W), a hundred times the error, raises _Ambiguous.
    def add(budget: tuple[Fraction, int], l: int, count: int) -> tuple[Fraction, int]:
        return budget[0] + Fraction(count * float(b[l])), budget[1] + abs(count)

    def value(budget: tuple[Fraction, int]) -> float:
        v = float(budget[0] - feps)
        if abs(v) <= 1e-13 * (1 + budget[1]):
            raise _Ambiguous
        return v

    feps = Fraction(eps)
    chosen: list[int] = []
    budget = (Fraction(0), 0)
    for l, items in classes.items():
        if b[l] <= 0.0:
            chosen.extend(items)
            budget = add(budget, l, -sum(1 if 2 * k == n else 2 for k in items))
    if value(budget) < 0:
        return None
    positive = sorted((l for l in classes if b[l] > 0.0), key=lambda l: b[l])

    def max_fit(budget: tuple[Fraction, int], l: int, cap: int) -> int:
        """min(cap, largest t with value(budget - 2 t b_l) >= 0), decided with margins."""
        if cap == 0:
            return 0
        if value(add(budget, l, -2 * cap)) > 0:
            return cap
        t = int(math.floor(value(budget) / (2.0 * float(b[l]))))
        t = max(0, min(t, cap))
        for _ in range(4):  # settle the float estimate with certified signs
            if t > 0 and value(add(budget, l, -2 * t)) < 0:
                t -= 1
                continue
            if t + 1 <= cap and value(add(budget, l, -2 * (t + 1))) > 0:
                t += 1
                continue
            return t
        raise _Ambiguous

    def greedy(budget: tuple[Fraction, int]):
        picked: list[int] = []
        for l in positive:
            pairs = [k for k in classes[l] if 2 * k != n]
            t = max_fit(budget, l, len(pairs))
            picked.extend(pairs[:t])
            budget = add(budget, l, -2 * t)
            if t < len(pairs):
                break
        return picked

    single = [k for l in positive for k in classes[l] if 2 * k == n]
    picked = greedy(budget)
    best = (2 * len(picked), picked)
    if single:
        with_single = add(budget, _fold(single[0], N), -1)
        if value(with_single) > 0:
            picked2 = greedy(with_single)
            if 1 + 2 * len(picked2) > best[0]:
                best = (1 + 2 * len(picked2), picked2 + single)
    base = sum(1 if 2 * k == n else 2 for k in chosen)
    return base + best[0], sorted(chosen + best[1])

_EXACT_LOCK = threading.Lock()  # mpmath's working precision is process-global: one exact evaluation at a time


@lru_cache(maxsize=4096)
def knapsack_bound(n: int, m: int, *, eps: float | Fraction = Fraction(1, 100000)):
    """Exact optimum of the one-row knapsack relaxation at twist m, an upper bound on the degree.

    Returns ``(degree, items, how)``: ``degree`` None when infeasible, ``items`` the distances the
    knapsack chooses for twist m, ``how`` ``"float-certified"`` (the float64 path, every decision
    outside its error bound) or ``"exact"`` (mpmath/sympy, used when a float decision was too close).
    """
    try:
        out = _knapsack_float(n, m, float(eps))
        how = "float-certified"
    except _Ambiguous:
        with _EXACT_LOCK:
            out = _knapsack_exact(n, m, eps if isinstance(eps, Fraction) else Fraction(repr(float(eps))))
        how = "exact"
    if out is None:
        return None, (), how
    return out[0], tuple(out[1]), how


def closed_form(n: int, q: int, *, eps: float | Fraction | str = Fraction(1, 100000),
                certify: bool = True) -> ClosedFormResult:
    """Exact optimum degree for (n, q) and a connection set attaining it.

    Parameters
    ----------
    n, q : int
        Number of oscillators (n >= 5) and twist (1 <= q <= n // 2).
    eps : number
        Stability margin: every eigenvalue must be <= -eps (eps = 0 means strictly negative). The
        default 1e-5 is the margin of the published integer program, so the two agree.
    certify : bool
        Certify all eigenvalues of the constructed set (needed for ``attained``).

    Examples
    --------
    >>> r = closed_form(19, 1)
    >>> r.degree, r.connection_set, r.attained
    (10, (1, 2, 3, 4, 5), True)
    """
    n, q = _check_nq(n, q)
    eps = Fraction(eps) if not isinstance(eps, Fraction) else eps
    if eps < 0:
        raise InvalidParameterError(f"eps must be >= 0, got {eps}")
    m = math.gcd(n, q)
    N = n // m
    base = dict(n=n, q=q, m=m, n_tilde=N, eps=eps)
    if N < 5:
        return ClosedFormResult(**base, feasible=False, degree=None)
    degree, items_m, _ = knapsack_bound(n, m, eps=eps)
    if degree is None:
        return ClosedFormResult(**base, feasible=False, degree=None)
    kc = _k_c(N)
    v = unit_for_twist(n, q)
    vk = (v * np.asarray(items_m, dtype=np.int64)) % n
    S = tuple(int(k) for k in np.unique(np.minimum(vk, n - vk)))
    attained = False
    if certify:
        from synclib.certify.twisted import certify_twisted

        check = certify_twisted(n, S, q)
        attained = bool(check.certified_upper_bound <= -float(eps)) if eps > 0 else check.stable
    return ClosedFormResult(**base, feasible=True, degree=degree, connection_set=S, attained=attained, k_c=kc)


def closed_form_degree(n: int, q: int, *, eps=Fraction(1, 100000)) -> int | None:
    """Exact optimum degree (the one-row upper bound) without building or certifying a set."""
    n, q = _check_nq(n, q)
    m = math.gcd(n, q)
    if n // m < 5:
        return None
    return knapsack_bound(n, m, eps=Fraction(eps))[0]


@lru_cache(maxsize=None)
def _k_c(N: int) -> int | None:
    coefs: dict[int, int] = {}
    for k in range(1, N):
        coefs = _add(coefs, {k: 1})
        if _sign(N, coefs) >= 0:
            return k
    return None


def theorem1_degree(n: int, q: int) -> int | None:
    """Theorem 1 of Yoneda et al. 2021 exactly as published, in exact arithmetic (for comparison).

    This falls one short of the true optimum for N~ = 8 with some odd m (the unpaired distance n/2);
    see :func:`closed_form`.
    """
    n, q = _check_nq(n, q)
    m = math.gcd(n, q)
    N = n // m
    if N < 5:
        return None
    kc = _k_c(N)
    s_prev = {l: 1 for l in range(1, kc)}
    ms = {l: m for l in range(1, kc)}  # m * s_prev
    # ceil(-m s/b - 1) = smallest integer t with t >= -m s/b - 1  <=>  (t+1) b + m s >= 0 (b > 0)
    with mpmath.workdps(_DPS):
        x = -m * _value(N, s_prev, Fraction(0)) / _b_mp(N)[kc] - 1
    t = int(mpmath.ceil(x)) - 1
    while True:
        if _sign(N, _add(ms, {kc: t + 1})) >= 0:
            break
        t += 1
    while _sign(N, _add(ms, {kc: t})) >= 0:
        t -= 1
    return 2 * m * (kc - 1) + (m - 1) + 2 * t


def supremum(n_tilde: int) -> float:
    """alpha_N~ / N~, the limit of the optimal mu for twist m as m -> infinity (N~ fixed).

    alpha_N~ = 2 k_c - 1 - 2 s_{k_c-1} / b_{k_c} (Yoneda et al. 2021). Computed at 60 digits.
    """
    N = int(n_tilde)
    if N < 5:
        raise InvalidParameterError(f"N~ must be >= 5, got {n_tilde!r}")
    kc = _k_c(N)
    with mpmath.workdps(_DPS):
        s = _value(N, {l: 1 for l in range(1, kc)}, Fraction(0))
        alpha = 2 * kc - 1 - 2 * s / _b_mp(N)[kc]
        return float(alpha / N)


def supremum_table(n_tilde_max: int = 60) -> list[dict]:
    """Rows ``{"n_tilde", "k_c", "supremum"}`` for N~ = 5..n_tilde_max, best first."""
    rows = [{"n_tilde": N, "k_c": _k_c(N), "supremum": supremum(N)} for N in range(5, n_tilde_max + 1)]
    return sorted(rows, key=lambda r: -r["supremum"])


def record_family(m: int, *, eps=Fraction(1, 100000)) -> ClosedFormResult:
    """The record family n = 19 m, q = m (Yoneda et al. 2021), whose mu tends to 0.68387582..."""
    if int(m) != m or m < 1:
        raise InvalidParameterError(f"m must be a positive integer, got {m!r}")
    return closed_form(19 * int(m), int(m), eps=eps)
