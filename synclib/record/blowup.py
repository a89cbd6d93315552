"""Blow-up witnesses: finite graphs made of twin clusters, checked and certified.

Plan (issue 8; principle derived in the issue and in ``shared/science/synchrony.md``). Take a pattern
graph H on k vertices, replace vertex i by a clique of c_i twin oscillators, all at phase theta_i, and
join the clusters of adjacent vertices i ~ j by m_ij edges per vertex of cluster i (a *complete* join
has m_ij = c_j; a *partial* join 0 < m_ij < c_j is realised as a circulant bipartite graph between two
clusters of equal size: vertex a of i ~ vertex b of j iff (b - a) mod c in {0, .., m - 1}, so every
vertex of i has exactly m neighbours in j and vice versa). Write cos_ij = cos(theta_j - theta_i).

* Cluster-constant phases are an exact equilibrium of the finite graph iff
  F_i = sum_{j ~ i} m_ij sin(theta_j - theta_i) = 0 for every i (each vertex sees the same sum).
* The Jacobian leaves the cluster-constant vectors invariant; there it acts as the k x k quotient
  M_ij = m_ij cos_ij (j ~ i), M_ii = -sum_j m_ij cos_ij, which is similar to a symmetric matrix
  (m_ij c_i = m_ji c_j). Stability needs M negative definite apart from its zero mode.
* For complete joins, the zero-sum vectors inside cluster i are eigenvectors with eigenvalue -D_i,
  D_i = c_i + sum_{j ~ i} m_ij cos_ij (own clique counted in). With partial joins the within-cluster
  blocks are no longer multiples of the identity: only the finite graph decides.
* Connectivity: mu = min_i (c_i - 1 + sum_j m_ij) / (sum_j c_j - 1).

What this module proves, and how. :func:`check_blowup` evaluates F, D and the quotient in interval
arithmetic (``mpmath.iv``, 53-bit outward-rounded intervals) and proves ``lambda_max(quotient on the
complement of the zero mode) < sigma`` by an interval Cholesky factorisation of sigma I - M_sym: the
quotient conditions hold *rigorously at the given phases*. The phases themselves are floating point,
so the equilibrium holds only to a residual; the finite-graph certificate therefore rests on
:func:`synclib.certify.equilibrium.certify_equilibrium` (Bauer-Fike + Newton-Kantorovich on the dense Jacobian of
the finite graph), which is what :func:`certify_blowup` runs and what ``synctool verify`` re-runs from
the certificate. The quotient check is the fast filter the search uses; the finite check is the proof.

Phases are polished first (:func:`polish_phases`): Newton's method on the k-dimensional quotient
equations F(theta) = 0 with theta_0 fixed, in float64, until the residual stops decreasing.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from fractions import Fraction

import networkx as nx
import numpy as np

from synclib.certify.certificate import make_certificate
from synclib.certify.equilibrium import EquilibriumCheck, certify_equilibrium
from synclib.dynamics.newton import polish_class_phases
from synclib.exceptions import InvalidParameterError
from synclib.kuramoto import cos_sin_weights

__all__ = [
    "BlowupCertificate",
    "BlowupPattern",
    "QuotientCheck",
    "blowup_graph",
    "blowup_mu",
    "certify_blowup",
    "check_blowup",
    "circulant_pattern",
    "make_pattern",
    "polish_phases",
    "quotient_arrays",
]

log = logging.getLogger(__name__)

MAX_FINITE_NODES = 4000


@dataclass(frozen=True)
class BlowupPattern:
    """A blow-up: cluster sizes ``sizes`` (c_i), phases ``phases`` (theta_i) and the join matrix
    ``joins`` (m_ij = neighbours a vertex of cluster i has in cluster j; 0 = not adjacent, c_j = complete).

    Arrays are read-only. Build one with :func:`make_pattern`.
    """

    sizes: np.ndarray
    phases: np.ndarray
    joins: np.ndarray
    name: str = "pattern"

    @property
    def k(self) -> int:
        return int(self.sizes.size)

    @property
    def n(self) -> int:
        """Number of nodes of the finite graph."""
        return int(self.sizes.sum())

    @property
    def degrees(self) -> np.ndarray:
        """Degree of a vertex of each cluster in the finite graph."""
        return self.sizes - 1 + self.joins.sum(axis=1)

    @property
    def mu_fraction(self) -> Fraction:
        return Fraction(int(self.degrees.min()), self.n - 1)

    @property
    def partial_pairs(self) -> list[tuple[int, int]]:
        i, j = np.nonzero(np.triu((self.joins > 0) & (self.joins < self.sizes[None, :]), 1))
        return list(zip(i.tolist(), j.tolist()))

    def to_dict(self) -> dict:
        k = self.k
        return {
            "name": self.name,
            "k": k,
            "n": self.n,
            "sizes": self.sizes.tolist(),
            "phases": self.phases.tolist(),
            "edges": [[i, j] for i in range(k) for j in range(i + 1, k) if self.joins[i, j] > 0],
            "partial_joins": [[i, j, int(self.joins[i, j])] for i, j in self.partial_pairs],
            "mu_fraction": str(self.mu_fraction),
            "mu": float(self.mu_fraction),
        }


def _readonly(a: np.ndarray) -> np.ndarray:
    a = np.array(a)
    a.setflags(write=False)
    return a


def make_pattern(H, sizes, phases, *, partial: dict | None = None, name: str = "pattern") -> BlowupPattern:
    """Validate and assemble a :class:`BlowupPattern`.

    Parameters
    ----------
    H : networkx.Graph or array_like (k, k)
        The pattern graph (nodes taken in ``list(H)`` order) or its 0/1 adjacency matrix.
        Adjacent clusters are joined completely unless ``partial`` says otherwise.
    sizes : array_like of int, shape (k,)
        Cluster sizes c_i >= 1.
    phases : array_like of float, shape (k,)
        Cluster phases theta_i in radians.
    partial : dict {(i, j): m}, optional
        Partial joins: every vertex of cluster i gets m neighbours in cluster j (0 < m < c_j; the two
        clusters must have equal size). The pair (i, j) must be an edge of H.
    """
    if isinstance(H, nx.Graph):
        if H.is_directed():
            raise InvalidParameterError("pattern H must be undirected")
        nodes = list(H)
        A = nx.to_numpy_array(H, nodelist=nodes, weight=None)
    else:
        A = np.asarray(H, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] < 2:
        raise InvalidParameterError(f"pattern H must be a square adjacency on >= 2 vertices, got shape {A.shape}")
    if not np.array_equal(A, A.T) or np.any(np.diag(A) != 0) or not np.all(np.isin(A, (0, 1))):
        raise InvalidParameterError("pattern H must be a simple undirected graph (0/1 symmetric, zero diagonal)")
    k = A.shape[0]
    c = np.asarray(sizes)
    if c.shape != (k,) or not np.all(np.equal(np.mod(c, 1), 0)) or np.any(c < 1):
        raise InvalidParameterError(f"sizes must be {k} integers >= 1, got {np.asarray(sizes).tolist()}")
    c = c.astype(np.int64)
    th = np.asarray(phases, dtype=float)
    if th.shape != (k,) or not np.all(np.isfinite(th)):
        raise InvalidParameterError(f"phases must be {k} finite numbers")
    M = (A > 0) * c[None, :]
    for (i, j), m in (partial or {}).items():
        i, j, m = int(i), int(j), int(m)
        if not (0 <= i < k and 0 <= j < k) or A[i, j] == 0:
            raise InvalidParameterError(f"partial join ({i}, {j}) is not an edge of the pattern")
        if c[i] != c[j]:
            raise InvalidParameterError(f"partial join ({i}, {j}) needs equal cluster sizes, got {c[i]} and {c[j]}")
        if not 0 < m <= c[j]:
            raise InvalidParameterError(f"partial join ({i}, {j}) size must lie in 1..{c[j]}, got {m}")
        M[i, j] = M[j, i] = m
    return BlowupPattern(sizes=_readonly(c), phases=_readonly(th), joins=_readonly(M.astype(np.int64)), name=name)


def circulant_pattern(k: int, S, sizes, phases=None, *, q: int = 1, partial: dict | None = None) -> BlowupPattern:
    """Blow-up of the circulant C_k(S); by default the q-twisted phases 2 pi q i / k."""
    H = nx.circulant_graph(int(k), sorted({int(s) for s in S}))
    if phases is None:
        phases = 2 * np.pi * q * np.arange(k) / k
    if np.isscalar(sizes):
        sizes = np.full(k, int(sizes))
    return make_pattern(H, sizes, phases, partial=partial, name=f"C{k}({','.join(map(str, sorted(S)))})")


def blowup_mu(pattern: BlowupPattern) -> Fraction:
    """mu of the finite graph, exactly: min degree / (n - 1)."""
    return pattern.mu_fraction


def blowup_graph(pattern: BlowupPattern) -> tuple[nx.Graph, np.ndarray]:
    """The finite blown-up graph (nodes 0..n-1, cluster by cluster) and its phase vector.

    Node attribute ``cluster`` gives the pattern vertex.
    """
    c = pattern.sizes
    n = pattern.n
    if n > MAX_FINITE_NODES * 10:
        raise InvalidParameterError(f"blown-up graph would have {n} nodes; refusing to build more than "
                                    f"{MAX_FINITE_NODES * 10}")
    start = np.concatenate([[0], np.cumsum(c)])
    G = nx.Graph()
    for i in range(pattern.k):
        G.add_nodes_from(range(start[i], start[i + 1]), cluster=i)
    for i in range(pattern.k):
        block = range(start[i], start[i + 1])
        G.add_edges_from((u, v) for u in block for v in block if u < v)
        for j in range(i + 1, pattern.k):
            m = int(pattern.joins[i, j])
            if m == 0:
                continue
            if m == c[j] and pattern.joins[j, i] == c[i]:
                G.add_edges_from((u, v) for u in block for v in range(start[j], start[j + 1]))
            else:  # circulant bipartite join between equal clusters
                cc = int(c[i])
                G.add_edges_from((start[i] + a, start[j] + (a + t) % cc) for a in range(cc) for t in range(m))
    theta = np.repeat(pattern.phases, c)
    return G, theta


def quotient_arrays(pattern: BlowupPattern, phases=None):
    """Float ``(F, D, M_sym)``: equilibrium residual per cluster, D_i, and the symmetrised quotient.

    M_sym = C^(1/2) M C^(-1/2) with M the quotient of the module docstring; its zero mode is sqrt(c).
    """
    th = pattern.phases if phases is None else np.asarray(phases, dtype=float)
    c = pattern.sizes.astype(float)
    Mj = pattern.joins.astype(float)
    W, S = cos_sin_weights(Mj, th)
    F = S.sum(axis=1)
    D = c + W.sum(axis=1)  # cos 0 = 1 for the own clique incl. the vertex itself
    s = np.sqrt(c)
    Msym = (s[:, None] * W / s[None, :])
    Msym = 0.5 * (Msym + Msym.T)
    Msym[np.diag_indices_from(Msym)] = -W.sum(axis=1)
    return F, D, Msym


def polish_phases(pattern: BlowupPattern, *, max_iter: int = 50) -> np.ndarray:
    """Newton's method on the quotient equations F(theta) = 0 (theta_0 fixed); returns new phases.

    The class equations times c_i are the equilibrium equations of the symmetric class weights
    e_ij = c_i d_ij, solved by the one polisher :func:`synclib.dynamics.newton.polish_class_phases`.
    """
    c = pattern.sizes.astype(float)
    return polish_class_phases(c[:, None] * pattern.joins.astype(float), pattern.phases, max_iter=max_iter)


# ---------------------------------------------------------------------------------------------------
# Interval (certified) quotient check


@dataclass(frozen=True)
class QuotientCheck:
    """Rigorous verdict on the quotient conditions at the given (floating-point) phases."""

    holds: bool
    residual_bound: float
    min_D_lower: float
    quotient_upper: float
    reason: str

    def to_dict(self) -> dict:
        return {"holds": self.holds, "residual_bound": self.residual_bound, "min_D_lower": self.min_D_lower,
                "quotient_upper": self.quotient_upper, "reason": self.reason}


def _iv():
    from mpmath import iv

    iv.prec = 53
    return iv


def check_blowup(pattern: BlowupPattern, *, residual_tol: float = 1e-8) -> QuotientCheck:
    """Check the blow-up conditions in interval arithmetic at the pattern's phases.

    Proves (outward-rounded intervals): |F_i| <= residual_bound for every cluster, D_i >= min_D_lower
    for every cluster whose joins are all complete (clusters with partial joins are left to the finite
    check), and lambda_max of the symmetrised quotient on the complement of its zero mode
    < quotient_upper (interval Cholesky of sigma I - (M_sym - s v v^T), v = sqrt(c)/|sqrt(c)|).
    ``holds`` is True when residual_bound <= residual_tol, min_D_lower > 0 and quotient_upper < 0.
    """
    iv = _iv()
    k = pattern.k
    c = [int(x) for x in pattern.sizes]
    th = [float(x) for x in pattern.phases]
    Mj = pattern.joins
    cosm = [[None] * k for _ in range(k)]
    sinm = [[None] * k for _ in range(k)]
    for i in range(k):
        for j in range(k):
            if Mj[i, j] or i == j:
                d = iv.mpf(th[j]) - iv.mpf(th[i])
                cosm[i][j] = iv.cos(d)
                sinm[i][j] = iv.sin(d)
    res = 0.0
    dmin = math.inf
    partial_rows = {i for i, j in pattern.partial_pairs} | {j for i, j in pattern.partial_pairs}
    rowW = []
    for i in range(k):
        F = iv.mpf(0)
        W = iv.mpf(0)
        for j in range(k):
            if Mj[i, j]:
                F += int(Mj[i, j]) * sinm[i][j]
                W += int(Mj[i, j]) * cosm[i][j]
        rowW.append(W)
        res = max(res, float(abs(F).b))
        if i not in partial_rows:
            dmin = min(dmin, float((c[i] + W).a))
    # symmetrised quotient minus a rank-one shift of the zero mode
    shift = 4.0 * max(float(abs(w).b) for w in rowW) + 1.0
    total = sum(c)
    S = [[None] * k for _ in range(k)]
    for i in range(k):
        for j in range(k):
            proj = iv.sqrt(iv.mpf(c[i]) * c[j]) / total * shift
            if i == j:
                S[i][j] = -rowW[i] - proj
            elif Mj[i, j]:
                # m_ij cos_ij sqrt(c_i / c_j) = sqrt(m_ij m_ji) cos_ij, symmetric by construction
                S[i][j] = iv.sqrt(iv.mpf(int(Mj[i, j])) * int(Mj[j, i])) * cosm[i][j] - proj
            else:
                S[i][j] = -proj
    Msym = quotient_arrays(pattern)[2]
    v = np.sqrt(pattern.sizes.astype(float))
    v /= np.linalg.norm(v)
    lam_est = float(np.linalg.eigvalsh(Msym - shift * np.outer(v, v))[-1])
    sigma = lam_est + max(1e-9, 1e-7 * abs(lam_est))
    upper = sigma if _interval_cholesky_pd(iv, S, sigma) else math.inf
    if upper == math.inf:
        sigma2 = lam_est / 2 if lam_est < 0 else math.inf
        if sigma2 < 0 and _interval_cholesky_pd(iv, S, sigma2):
            upper = sigma2
    if res > residual_tol:
        reason = f"equilibrium residual {res:.3g} exceeds {residual_tol:.3g}"
    elif not dmin > 0:
        reason = f"a within-cluster mode is not negative (min D_i lower bound {dmin:.4g})"
    elif not upper < 0:
        reason = f"quotient not certified negative definite off the zero mode (estimate {lam_est:.4g})"
    else:
        reason = "certified"
    return QuotientCheck(holds=reason == "certified", residual_bound=res, min_D_lower=dmin,
                         quotient_upper=upper, reason=reason)


def _interval_cholesky_pd(iv, S, sigma: float) -> bool:
    """True when the interval matrix sigma I - S is proven positive definite (all pivots > 0)."""
    k = len(S)
    A = [[(iv.mpf(sigma) if i == j else iv.mpf(0)) - S[i][j] for j in range(k)] for i in range(k)]
    L = [[iv.mpf(0)] * k for _ in range(k)]
    for j in range(k):
        s = A[j][j]
        for t in range(j):
            s -= L[j][t] * L[j][t]
        if not s.a > 0:
            return False
        L[j][j] = iv.sqrt(s)
        for i in range(j + 1, k):
            s = A[i][j]
            for t in range(j):
                s -= L[i][t] * L[j][t]
            L[i][j] = s / L[j][j]
    return True


# ---------------------------------------------------------------------------------------------------
# Finite graph certificate


@dataclass(frozen=True)
class BlowupCertificate:
    """Result of :func:`certify_blowup`: the finite graph, its check and the certificate dict."""

    pattern: BlowupPattern
    quotient: QuotientCheck
    check: EquilibriumCheck | None
    graph: nx.Graph | None = field(repr=False, default=None)
    certificate: dict | None = field(repr=False, default=None)

    @property
    def certified(self) -> bool:
        return self.check is not None and self.check.stable

    @property
    def mu_fraction(self) -> Fraction:
        return self.pattern.mu_fraction

    def to_dict(self) -> dict:
        return {"certified": self.certified, "mu": float(self.mu_fraction), "mu_fraction": str(self.mu_fraction),
                "pattern": self.pattern.to_dict(), "quotient": self.quotient.to_dict(),
                "finite_check": None if self.check is None else self.check.to_dict()}


def certify_blowup(pattern: BlowupPattern, *, polish: bool = True, max_dense: int = MAX_FINITE_NODES,
                   witness_extra: dict | None = None, skip_quotient_filter: bool = False) -> BlowupCertificate:
    """Polish the phases, check the quotient in intervals, then certify the finite graph.

    The finite graph is checked with :func:`synclib.certify.equilibrium.certify_equilibrium` only when the quotient
    check holds (or ``skip_quotient_filter``) and it has at most ``max_dense`` nodes. The certificate
    (``synctool bound`` format, method ``bauer-fike-kantorovich``) is built only when that check holds.
    """
    if polish:
        pattern = BlowupPattern(sizes=pattern.sizes, phases=_readonly(polish_phases(pattern)),
                                joins=pattern.joins, name=pattern.name)
    q = check_blowup(pattern)
    if not (q.holds or skip_quotient_filter):
        log.debug("%s: quotient check failed: %s", pattern.name, q.reason)
        return BlowupCertificate(pattern, q, None)
    if pattern.n > max_dense:
        return BlowupCertificate(pattern, q, None)
    G, theta = blowup_graph(pattern)
    A = nx.to_numpy_array(G, nodelist=list(G.nodes()), weight=None)
    chk = certify_equilibrium(A, theta, max_dense=max_dense)
    cert = None
    if chk.stable:
        witness = {"kind": "blowup", "pattern": pattern.to_dict(), **(witness_extra or {})}
        stability = {"method": chk.method, "max_eigenvalue": chk.max_eigenvalue, "error_bound": chk.error_bound,
                     "certified_upper_bound": chk.certified_upper_bound, "residual": chk.residual,
                     "existence_radius": chk.existence_radius}
        cert = make_certificate(G, theta, witness=witness, stability=stability)
    return BlowupCertificate(pattern, q, chk, G, cert)
