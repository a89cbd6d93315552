"""Exact equitable witness specs and their size-free verification (no graph is built).

A *spec* describes a graph on n = sum_i c_i vertices by k clique classes of exact integer sizes c_i
(any magnitude), one exact rule per pair of classes and one phase per class. Schema
``synctool-equitable-spec/1`` (JSON object; exact integers as decimal strings, phases as decimal
strings)::

    {"schema": "synctool-equitable-spec/1",
     "classes": [{"size": "38303976000000000"}, ...],
     "cross_blocks": [{"classes": [i, j], "type": "complete"},
                      {"classes": [i, j], "type": "absent"},
                      {"classes": [i, j], "type": "residue_orbits",
                       "modulus": "g", "shift_start": "s", "shift_count": "c"}],
     "phases": ["0.72955877848095350652099196533261168", ...],
     "claims": {"n": "...", "min_degree": "...", "mu": "p/q"},      # optional, each checked exactly
     "provenance": {...}}                                           # optional, free form

A pair that is not listed is absent. In a residue-orbit block, vertex u (0 <= u < c_i) of class i is
adjacent to vertex v (0 <= v < c_j) of class j iff (v - u - s) mod g < c. The reader REFUSES a
modulus that does not divide both sizes: then the block is exactly biregular, every vertex of i has
d_ij = c c_j / g neighbours in j and every vertex of j has d_ji = c c_i / g in i (for each residue of
u mod g exactly c residues of v mod g qualify, and each residue class of v has c_j / g members).
Complete blocks have d_ij = c_j, absent ones 0. The public catalog's ``graph_spec.json`` files
(``ssiddhantsood/kuramoto-11-16-witness``: six-class, reflection, eight-class, five/four-pair and
ultrasmall-gap schemas; integers as JSON numbers or strings; phases in ``equilibrium.phase_strings``
or as reflected angles with a ``phase_rule``) are converted to this form on reading.

Mathematics (what :func:`verify_spec` proves). Write d_ij for the degrees above (i != j), e_ij =
c_i d_ij = c_j d_ji, cos_ij = cos(theta_j - theta_i), A the adjacency and J the Jacobian of
d theta_v / dt = sum_u A_vu sin(theta_u - theta_v): J_vu = A_vu cos(theta_u - theta_v) (v != u),
rows summing to zero. The class partition is *equitable* (every vertex of class i has exactly d_ij
neighbours in class j, c_i - 1 in its own class).

1. **mu.** Every vertex of class i has degree deg_i = c_i - 1 + sum_{j != i} d_ij, so
   mu = min_i deg_i / (n - 1), an exact Fraction; each claim (n, min_degree, mu) must equal it.
2. **Equilibrium.** For class-constant phases, vertex v of class i has residual
   sum_j d_ij sin(theta_j - theta_i) (its own class contributes sin 0). So the phases are an exact
   equilibrium iff F_i = sum_{j != i} (d_ij / n) sin(theta_j - theta_i) = 0 for every class i. Since
   sum_i c_i F_i = sum_{i, j} (e_ij / n) sin(theta_j - theta_i) = 0 (antisymmetric), F_0 = 0 follows
   from the others. We pin theta_0 (the rotation gauge) and prove, by Krawczyk's test in ball
   arithmetic, that F_1..F_{k-1} has exactly one zero in the box of radius r around the given phases,
   with r <= ``EQUILIBRIUM_TOLERANCE``. The (k-1) x (k-1) Jacobian is the reduced weighted Laplacian
   (below) divided by c_i, nonsingular exactly when the quotient has a simple zero eigenvalue.
   The state is not in-phase synchrony: some pair of classes has 1 - cos(theta_j - theta_i) > 0 over
   the box (vertices inside a class share their phase exactly). Phases in our schema are claims and are
   never moved; only a catalog file that gives its phases as a seed (``angle_seed``) has them refined
   by Newton's method first (at most ``SEED_TOLERANCE`` away), which the step's detail reports.
3. **Invariant subspaces.** V = class-constant vectors and W = vectors whose restriction to each class
   sums to zero are orthogonal complements. J V ⊂ V because the partition is equitable:
   (J x)_v = sum_j d_ij cos_ij (x_j - x_i) for v in class i. J W ⊂ W: J is symmetric, so
   x in W, y in V give <J x, y> = <x, J y> = 0. (Directly: the clique block of class i is 11^T - I,
   complete blocks are 11^T and kill W; a biregular block B_ij with column sums d_ji has
   1^T B_ij y = d_ji 1^T y = 0 for y zero-sum on class j.) So spec(J) = spec(J|V) ∪ spec(J|W).
4. **Quotient (J on V).** For x in V with class values x_i: x^T J x = -x_c^T L x_c, where L is the
   k x k Laplacian with off-diagonal -e_ij cos_ij and diagonal sum_{j != i} e_ij cos_ij (weights of
   either sign); J|V in the basis of class indicators is M = -C^{-1} L, C = diag(c), similar to
   -C^{-1/2} L C^{-1/2}. With P = (C/n)^{-1/2} (L / n^2) (C/n)^{-1/2} (so the eigenvalues of J|V are
   -n times those of P) and u = sqrt(c / n) (unit, P u = 0: the rotation), we prove in ball arithmetic
   over the whole phase box that P + u u^T - t I is positive definite (LDL^T with positive pivots):
   then every eigenvalue of J|V off the rotation is <= -n t. ``t`` is the *normalized quotient gap*.
5. **Transverse (J on W).** For v in class i, (-J)_vv = sum_u A_vu cos(theta_u - theta_v) =
   (c_i - 1) + sum_{j != i} d_ij cos_ij = n D_i - 1, with n D_i = c_i + sum_{j != i} d_ij cos_ij, and
   the clique off-diagonal entries of -J are -1; so the diagonal block of -J is n D_i I - 11^T, which
   is n D_i I on zero-sum vectors. The off-diagonal block (i, j) of -J is -cos_ij B_ij: zero on W for
   complete and absent blocks; for a partial (d_ij, d_ji)-biregular block ||B_ij||_2 = sqrt(d_ij d_ji)
   (B B^T is non-negative with row sums d_ij d_ji). Hence, for x in W with pieces x_i,
       x^T (-J) x >= sum_i n D_i |x_i|^2 - sum_{i != j partial} |cos_ij| sqrt(d_ij d_ji) |x_i| |x_j|
                  = z^T Cmp z,   z_i = |x_i|,
   with the comparison matrix Cmp_ii = n D_i, Cmp_ij = -|cos_ij| sqrt(d_ij d_ji) (partial pairs; 0
   otherwise) over the classes of size >= 2 (a class of size 1 has no zero-sum vectors). If Cmp/n - t I
   is positive definite (ball LDL^T over the phase box; |cos| because the sign of cos_ij times B is
   not controlled), every eigenvalue of J|W is <= -n t: a proof that does not depend on n. It is only
   *sufficient*: a spec can be stable and fail this step.
Steps 2-5 use the ball of phase differences of the *true* equilibrium (the Krawczyk box), so their
margins hold at the exact equilibrium, not just at the printed phases. Together: the exact equilibrium
is linearly stable off the rotation, and not in-phase, so the graph is a witness mu_c >= mu.

Input limits (refused before or while parsing, with a one-line error): file size
``MAX_SPEC_BYTES``; integers of more than ``MAX_INT_DIGITS`` decimal digits; phase strings longer than
``MAX_PHASE_CHARS``; more than ``MAX_CLASSES`` classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from synclib.exceptions import SyncLibError

__all__ = [
    "SCHEMA", "MAX_SPEC_BYTES", "MAX_INT_DIGITS", "MAX_PHASE_CHARS", "MAX_CLASSES", "EQUILIBRIUM_TOLERANCE",
    "SEED_TOLERANCE",
    "SpecError", "CrossBlock", "EquitableSpec", "SpecStep", "SpecVerification",
    "verify_spec",
]

SCHEMA = "synctool-equitable-spec/1"
MAX_SPEC_BYTES = 1_000_000
"""Largest spec file read (bytes); a spec is a few kB."""
MAX_INT_DIGITS = 200
"""Largest exact integer accepted (decimal digits), i.e. sizes below 10^200."""
MAX_PHASE_CHARS = 1000
"""Longest phase string accepted (characters)."""
MAX_CLASSES = 64
"""Most classes accepted (the ball LDL^T is O(k^3))."""
EQUILIBRIUM_TOLERANCE = 1e-10
"""The exact equilibrium must lie within this distance (radians, max norm) of the given phases."""
SEED_TOLERANCE = 1e-6
"""For catalog files whose phases are only a Newton seed: the largest accepted distance from the seed."""


class SpecError(SyncLibError, ValueError):
    """A spec file or dict that is malformed (not the failure of a well-formed spec to verify)."""


@dataclass(frozen=True)
class CrossBlock:
    """Rule of the block between classes ``i`` and ``j`` (as listed: u in i, v in j)."""

    i: int
    j: int
    type: str  # "complete" | "absent" | "residue_orbits"
    modulus: int = 1
    shift_start: int = 0
    shift_count: int = 0

    def degrees(self, sizes) -> tuple[int, int]:
        """(d_ij, d_ji): neighbours of a vertex of class i in class j, and of class j in class i."""
        ci, cj = sizes[self.i], sizes[self.j]
        if self.type == "complete":
            return cj, ci
        if self.type == "absent":
            return 0, 0
        return self.shift_count * cj // self.modulus, self.shift_count * ci // self.modulus

    def to_dict(self) -> dict:
        d = {"classes": [self.i, self.j], "type": self.type}
        if self.type == "residue_orbits":
            d.update(modulus=str(self.modulus), shift_start=str(self.shift_start), shift_count=str(self.shift_count))
        return d


@dataclass(frozen=True)
class EquitableSpec:
    """A validated equitable witness spec: exact sizes, exact block rules, phases as decimal strings."""

    sizes: tuple[int, ...]
    blocks: tuple[CrossBlock, ...]
    phases: tuple[str, ...]
    claims: dict = field(default_factory=dict)
    provenance: dict = field(default_factory=dict)
    source_schema: str = SCHEMA
    phases_are_seed: bool = False
    """True only for catalog files that give their phases as a Newton seed (``angle_seed``): the
    verifier then refines them (within ``SEED_TOLERANCE``) before the Krawczyk proof."""

    @property
    def k(self) -> int:
        return len(self.sizes)

    @property
    def n(self) -> int:
        return sum(self.sizes)

    def degree_matrix(self) -> list[list[int]]:
        """``d[i][j]`` = exact number of neighbours of any vertex of class i in class j (i != j; ``d[i][i] = 0``)."""
        d = [[0] * self.k for _ in range(self.k)]
        for b in self.blocks:
            d[b.i][b.j], d[b.j][b.i] = b.degrees(self.sizes)
        return d

    def class_degrees(self) -> list[int]:
        d = self.degree_matrix()
        return [c - 1 + sum(row) for c, row in zip(self.sizes, d)]

    @property
    def min_degree(self) -> int:
        return min(self.class_degrees())

    @property
    def mu(self) -> Fraction:
        """Exact connectivity min_degree / (n - 1)."""
        return Fraction(self.min_degree, self.n - 1)

    def to_dict(self) -> dict:
        out = {"schema": SCHEMA, "classes": [{"size": str(c)} for c in self.sizes],
               "cross_blocks": [b.to_dict() for b in self.blocks], "phases": list(self.phases)}
        if self.claims:
            out["claims"] = {key: (f"{v.numerator}/{v.denominator}" if isinstance(v, Fraction) else str(v))
                             for key, v in self.claims.items()}
        if self.provenance:
            out["provenance"] = self.provenance
        return out


# ---------------------------------------------------------------------------------------------------
# Verification


@dataclass(frozen=True)
class SpecStep:
    """One step of the proof: its name, whether it holds, its margin (a number or None) and a line of detail."""

    name: str
    holds: bool
    margin: float | None
    detail: str

    def to_dict(self) -> dict:
        return {"name": self.name, "holds": self.holds, "margin": self.margin, "detail": self.detail}


@dataclass(frozen=True)
class SpecVerification:
    """Outcome of :func:`verify_spec`: the steps in order; ``holds`` only when every step holds."""

    n: int
    k: int
    min_degree: int
    mu: Fraction
    steps: tuple[SpecStep, ...]
    precision_bits: int

    @property
    def holds(self) -> bool:
        return bool(self.steps) and all(s.holds for s in self.steps)

    @property
    def reason(self) -> str:
        bad = next((s for s in self.steps if not s.holds), None)
        return "every step holds" if bad is None else f"{bad.name}: {bad.detail}"

    def step(self, name: str) -> SpecStep | None:
        return next((s for s in self.steps if s.name == name), None)

    def to_dict(self) -> dict:
        return {"holds": self.holds, "reason": self.reason, "n": str(self.n), "k": self.k,
                "min_degree": str(self.min_degree), "mu_fraction": f"{self.mu.numerator}/{self.mu.denominator}",
                "mu": float(self.mu), "precision_bits": self.precision_bits,
                "steps": [s.to_dict() for s in self.steps], "method": "equitable-spec (size-free, ball arithmetic)"}


def _precision(spec: EquitableSpec) -> int:
    digits = max(max(len(p) for p in spec.phases), len(str(spec.n)))
    return int(min(4000, max(256, 3.33 * digits + 128)))


def _min_eig_estimate(M) -> float:
    """Smallest eigenvalue of the ball-matrix midpoint: an estimate, not a proof (the proof is the LDL^T).

    numpy's eigvalsh (absolute error ~ 1e-16 ||M||); below 1e-10 recomputed with mpmath at 40 digits.
    """
    import numpy as np

    A = np.array([[float(e.mid()) for e in row] for row in M])
    est = float(np.linalg.eigvalsh(0.5 * (A + A.T))[0])
    if abs(est) > 1e-10:
        return est
    import mpmath

    with mpmath.workdps(40):
        B = mpmath.matrix([[mpmath.mpf(e.mid().str(45, radius=False)) for e in row] for row in M])
        return float(min(mpmath.eigsy(B, eigvals_only=True)))


def _pd_step(name: str, M, est_name: str) -> SpecStep:
    """Prove M - t I positive definite with t = half the estimated smallest eigenvalue."""
    from synclib.certify._interval import arb_exact, ldl_positive_definite

    est = _min_eig_estimate(M)
    if not est > 0:
        return SpecStep(name, False, est, f"{est_name} estimate {est:.6g} <= 0: not stable")
    t = est / 2
    tb = arb_exact(Fraction(t))
    shifted = [[e - tb if a == b else e for b, e in enumerate(row)] for a, row in enumerate(M)]
    ok, piv = ldl_positive_definite(shifted)
    if not ok:
        return SpecStep(name, False, None, f"ball LDL^T could not prove {est_name} >= {t:.6g} "
                                           f"(estimate {est:.6g})")
    return SpecStep(name, True, t, f"{est_name} >= {t:.6g} proven (estimate {est:.6g})")


def _newton_midpoints(F, Jac, x, iterations: int = 30):
    """Newton on exact midpoints (not a proof: it only moves a catalog seed; Krawczyk then decides)."""
    from flint import arb_mat, ctx

    x = list(x)
    for _ in range(iterations):
        try:
            step = arb_mat([[e.mid() for e in row] for row in Jac(x)]).solve(arb_mat([[f.mid()] for f in F(x)]))
        except (ZeroDivisionError, ValueError):
            return None
        x = [(a - step[i, 0]).mid() for i, a in enumerate(x)]
        if max(float(step[i, 0].mid().abs_upper()) for i in range(len(x))) < 2.0 ** (20 - ctx.prec):
            break
    return x


def verify_spec(spec: EquitableSpec) -> SpecVerification:
    """Prove, without building the graph, that ``spec`` is a witness mu_c >= mu (see the module docstring).

    Steps, in order (each with its margin): ``mu`` (exact, against every claim), ``equilibrium``
    (Krawczyk box radius around the given phases, theta_0 pinned; and not in-phase), ``quotient``
    (normalized gap t: eigenvalues of J on class-constant vectors off the rotation <= -n t),
    ``transverse`` (comparison matrix / n >= t). Later steps are skipped (reported failing) when the
    equilibrium is not proven. Cost: O(k^3) ball operations at 256..4000 bits, independent of n.

    Parameters
    ----------
    spec : EquitableSpec
        From :func:`load_spec` or :func:`spec_from_degrees`.

    Returns
    -------
    SpecVerification
        ``holds`` is True only when every step holds.

    Examples
    --------
    >>> import math
    >>> from synclib.certify.spec_io import spec_from_degrees
    >>> ring = [[0, 2, 0, 0, 2], [2, 0, 2, 0, 0], [0, 2, 0, 2, 0], [0, 0, 2, 0, 2], [2, 0, 0, 2, 0]]
    >>> phases = [f"{2 * math.pi * i / 5:.17f}" for i in range(5)]
    >>> res = verify_spec(spec_from_degrees([2] * 5, ring, phases))
    >>> res.holds, [s.name for s in res.steps]
    (True, ['mu', 'equilibrium', 'quotient', 'transverse'])
    """
    from flint import arb

    from synclib.certify._interval import arb_exact, krawczyk, working_precision

    k, n = spec.k, spec.n
    sizes = spec.sizes
    d = spec.degree_matrix()
    degs = [c - 1 + sum(row) for c, row in zip(sizes, d)]
    dmin = min(degs)
    mu = Fraction(dmin, n - 1)
    steps: list[SpecStep] = []

    # 1. mu, exactly, against the claims
    found = {"n": n, "min_degree": dmin, "mu": mu}
    wrong = [f"claimed {key} = {spec.claims[key]} but the rules give {found[key]}"
             for key in ("n", "min_degree", "mu") if key in spec.claims and spec.claims[key] != found[key]]
    claimed = ", ".join(sorted(spec.claims)) or "none"
    steps.append(SpecStep("mu", not wrong, float(mu),
                          "; ".join(wrong) if wrong else
                          f"mu = {mu.numerator}/{mu.denominator} ~ {float(mu):.12f} "
                          f"(n = {n}, min degree = {dmin}; claims checked: {claimed})"))

    prec = _precision(spec)
    with working_precision(prec):
        w = [[arb_exact(Fraction(d[i][j], n)) for j in range(k)] for i in range(k)]
        th_given = [arb(p) for p in spec.phases]
        mid = [t.mid() for t in th_given]
        given_rad = max(float(t.rad()) for t in th_given)
        th0 = mid[0]

        def full(x):
            return [th0] + list(x)

        def F(x):
            th = full(x)
            return [sum((w[i][j] * (th[j] - th[i]).sin() for j in range(k) if j != i and d[i][j]), arb(0))
                    for i in range(1, k)]

        def Jac(x):
            th = full(x)
            rows = []
            for i in range(1, k):
                row = [arb(0)] * (k - 1)
                diag = arb(0)
                for j in range(k):
                    if j != i and d[i][j]:
                        v = w[i][j] * (th[j] - th[i]).cos()
                        diag -= v
                        if j >= 1:
                            row[j - 1] = v
                row[i - 1] = diag
                rows.append(row)
            return rows

        moved = 0.0
        if spec.phases_are_seed:
            refined = _newton_midpoints(F, Jac, mid[1:])
            if refined is not None:
                moved = max(float(abs(a - b).upper()) for a, b in zip(refined, mid[1:]))
                if moved <= SEED_TOLERANCE:
                    mid = [mid[0]] + refined
        r, delta = krawczyk(F, Jac, mid[1:], EQUILIBRIUM_TOLERANCE)
        given_rad += moved
        if r is None:
            why = ("the class Jacobian is singular" if delta is None else
                   f"no Krawczyk box of radius <= {EQUILIBRIUM_TOLERANCE:g} around the given phases "
                   f"(Newton correction ~ {delta:.3g})")
            steps.append(SpecStep("equilibrium", False, delta, why))
            steps.append(SpecStep("quotient", False, None, "skipped: equilibrium not proven"))
            steps.append(SpecStep("transverse", False, None, "skipped: equilibrium not proven"))
            return SpecVerification(n, k, dmin, mu, tuple(steps), prec)
        box = [th0] + [x + arb(0, r) for x in mid[1:]]
        cos = [[(box[j] - box[i]).cos() for j in range(k)] for i in range(k)]
        spread = max(float((1 - cos[i][j]).lower()) for i in range(k) for j in range(k))
        if not spread > 0:
            steps.append(SpecStep("equilibrium", False, r, "the enclosed equilibrium may be in-phase synchrony"))
            steps.append(SpecStep("quotient", False, None, "skipped: not a witness"))
            steps.append(SpecStep("transverse", False, None, "skipped: not a witness"))
            return SpecVerification(n, k, dmin, mu, tuple(steps), prec)
        seeded = f"phases refined from the seed by {moved:.3g}; " if spec.phases_are_seed else ""
        steps.append(SpecStep("equilibrium", True, r + given_rad,
                              f"{seeded}unique exact equilibrium within {r + given_rad:.3g} rad of the given phases "
                              f"(theta_0 pinned; Krawczyk, {prec}-bit balls; max 1 - cos = {spread:.3g})"))

        # 4. quotient: P + u u^T - t I > 0, P = (C/n)^(-1/2) (L / n^2) (C/n)^(-1/2)
        p = [arb_exact(Fraction(c, n)) for c in sizes]
        sq = [x.sqrt() for x in p]
        lw = [[arb(0)] * k for _ in range(k)]
        for i in range(k):
            for j in range(k):
                if i != j and d[i][j]:
                    e = arb_exact(Fraction(sizes[i] * d[i][j], n * n)) * cos[i][j]
                    lw[i][j] = -e
                    lw[i][i] += e
        P = [[lw[i][j] / (sq[i] * sq[j]) + sq[i] * sq[j] for j in range(k)] for i in range(k)]
        steps.append(_pd_step("quotient", P, "normalized quotient gap"))

        # 5. transverse: comparison matrix / n over classes of size >= 2
        idx = [i for i in range(k) if sizes[i] >= 2]
        C = []
        for i in idx:
            row = []
            for j in idx:
                if i == j:
                    row.append(p[i] + sum((w[i][m] * cos[i][m] for m in range(k) if m != i and d[i][m]), arb(0)))
                elif 0 < d[i][j] < sizes[j]:
                    row.append(-abs(cos[i][j]) * arb_exact(Fraction(d[i][j] * d[j][i], n * n)).sqrt())
                else:
                    row.append(arb(0))
            C.append(row)
        if C:
            steps.append(_pd_step("transverse", C, "comparison matrix / n"))
        else:
            steps.append(SpecStep("transverse", True, None, "every class has one vertex: no transverse directions"))
    return SpecVerification(n, k, dmin, mu, tuple(steps), prec)
