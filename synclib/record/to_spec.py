"""Conversions to and from exact equitable witness specs (:mod:`synclib.certify.spec`).

* :func:`polish_phases` -- high-precision Newton (mpmath) on the k class equations
  sum_j d_ij sin(theta_j - theta_i) = 0 (theta_0 fixed), so a spec's phases are accurate to ~``digits``
  digits and the verifier's Krawczyk box is tiny.
* :func:`spec_from_fractional` -- a :class:`synclib.record.fractional.FractionalConfig` (proportions p,
  phases theta, densities rho) at about ``n`` vertices, with *exactly* biregular residue rules: every
  class size is a multiple of one modulus g, so a partial join of density rho_ij becomes the residue
  block with modulus g and count round(rho_ij g) (d_ij = count c_j / g exactly).
* :func:`record_spec` -- our mu = 64/93 record (``synclib/data/record_fractional_k12.json``) as a spec.
  Its n = 4000 joins are NOT exactly biregular: all 18 partial joins have edge counts e_ij that are not
  multiples of lcm(c_i, c_j) (the cyclic-interval layout of ``realize_integer`` gives degrees within 1
  of e_ij / c_i), and 11 of them join classes of coprime sizes, where an exactly biregular join can only
  be complete or empty. So no exactly-equitable spec exists at these sizes. The closest exactly
  biregular spec keeps the record's proportions c_i / 4000 and densities e_ij / (c_i c_j) *exactly*:
  the m-fold blow-up (sizes m c_i, d_ij = m e_ij / c_i) with m the least integer making every count
  m e_ij / lcm(c_i, c_j) integral (m has 17 digits). Its class equations are the record's cluster
  equations, and its mu is a little higher than 64/93 (no floor() of the degrees).
* :func:`realize_spec` / :func:`spec_graph` -- the explicit graph of a small spec (at most
  ``REALIZE_MAX_VERTICES`` vertices), and :func:`certify_spec_dense` -- the dense rigorous check
  (:func:`synclib.certify.equilibrium.certify_equilibrium`) on it, the cross-check of the compact path.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from synclib.certify.spec import EquitableSpec, SpecError
from synclib.certify.spec_io import spec_from_degrees
from synclib.exceptions import InvalidParameterError

__all__ = ["REALIZE_MAX_VERTICES", "polish_phases", "spec_from_fractional", "record_spec", "realize_spec",
           "spec_graph", "certify_spec_dense"]

REALIZE_MAX_VERTICES = 5000
"""Largest spec :func:`realize_spec` builds (a dense n x n adjacency; the record's n = 4000 graph has
5.5 million edges)."""


def polish_phases(sizes, degrees, phases, *, digits: int = 60, max_iter: int = 20) -> list[str]:
    """Newton's method at ``digits`` digits on the class equations, theta_0 fixed (float64 Newton first).

    Parameters
    ----------
    sizes : sequence of int
        Class sizes (exact; only n = sum matters, as a scale).
    degrees : k x k nested sequence of int
        d_ij, neighbours of a vertex of class i in class j.
    phases : sequence of float or str
        Start (Newton converges to the nearest equilibrium, stable or not).
    digits : int
        Working precision; the result is written with ``digits - 10`` significant digits.

    Returns
    -------
    list of str
        Phases as decimal strings. Raises :class:`InvalidParameterError` when Newton does not converge.

    Examples
    --------
    >>> ph = polish_phases([3, 3, 3], [[0, 3, 3], [3, 0, 3], [3, 3, 0]], [0.0, 2.1, 4.2], digits=30)
    >>> [round(float(p), 12) for p in ph]
    [0.0, 2.094395102393, 4.188790204786]
    """
    import mpmath

    k = len(sizes)
    th0 = _float_newton(sizes, degrees, [float(p) for p in phases])
    with mpmath.workdps(int(digits)):
        n = mpmath.mpf(sum(int(c) for c in sizes))
        W = [[mpmath.mpf(int(degrees[i][j])) / n if i != j else mpmath.mpf(0) for j in range(k)] for i in range(k)]
        th = [mpmath.mpf(str(p)) for p in phases[:1]] + [mpmath.mpf(float(t)) for t in th0[1:]]
        tol = mpmath.mpf(10) ** (-(int(digits) - 5))
        for _ in range(int(max_iter)):
            F = [mpmath.fsum(W[i][j] * mpmath.sin(th[j] - th[i]) for j in range(k)) for i in range(1, k)]
            if max(abs(f) for f in F) < tol:
                break
            J = mpmath.matrix(k - 1, k - 1)
            for i in range(1, k):
                for j in range(1, k):
                    if j != i:
                        J[i - 1, j - 1] = W[i][j] * mpmath.cos(th[j] - th[i])
                J[i - 1, i - 1] = -mpmath.fsum(W[i][j] * mpmath.cos(th[j] - th[i]) for j in range(k) if j != i)
            try:
                step = mpmath.lu_solve(J, mpmath.matrix(F))
            except ZeroDivisionError:
                raise InvalidParameterError("polish_phases: singular class Jacobian") from None
            th = [th[0]] + [th[i] - step[i - 1] for i in range(1, k)]
        else:
            raise InvalidParameterError(f"polish_phases: Newton did not converge in {max_iter} steps")
        return [mpmath.nstr(t, int(digits) - 10, strip_zeros=False) for t in th]


def _float_newton(sizes, degrees, phases, max_iter: int = 50) -> np.ndarray:
    """Float64 Newton on the class equations (theta_0 fixed), the cheap first stage of :func:`polish_phases`."""
    n = float(sum(int(c) for c in sizes))
    W = np.array([[float(int(x)) / n for x in row] for row in degrees])
    np.fill_diagonal(W, 0.0)
    th = np.array(phases, dtype=float)
    for _ in range(max_iter):
        D = th[None, :] - th[:, None]
        F = (W * np.sin(D)).sum(axis=1)[1:]
        if np.abs(F).max() < 1e-14:
            break
        J = W * np.cos(D)
        J[np.diag_indices_from(J)] = -J.sum(axis=1)
        try:
            th[1:] -= np.linalg.solve(J[1:, 1:], F)
        except np.linalg.LinAlgError:
            break
    return th


def spec_from_fractional(config, n: int, *, modulus: int | None = None, digits: int = 60,
                         provenance: dict | None = None) -> EquitableSpec:
    """An exactly equitable spec from a fractional configuration at about ``n`` vertices.

    Parameters
    ----------
    config : synclib.record.fractional.FractionalConfig
        Proportions ``p``, phases ``theta``, densities ``rho``.
    n : int
        Target number of vertices (the result has a multiple of ``modulus`` near it).
    modulus : int, optional
        Common modulus g of every residue block; every class size is a multiple of g and densities are
        rounded to multiples of 1/g. Default: 10^max(0, digits(n) - 4), so each class has about
        10^3 p_i units.
    digits : int
        Precision of the phase polish.

    Returns
    -------
    EquitableSpec
        Sizes c_i = g a_i (a_i by largest remainders of p_i n / g); a partial density rho_ij becomes
        count_ij = round(rho_ij g) clipped to 1..g-1; densities 0 / 1 stay absent / complete. Phases
        polished by :func:`polish_phases` from ``config.theta``.

    Examples
    --------
    >>> from synclib.record.fractional import make_config
    >>> import numpy as np
    >>> rho = np.ones((5, 5)) - np.eye(5)
    >>> for i in range(5): rho[i, (i + 2) % 5] = rho[(i + 2) % 5, i] = 0.0
    >>> cfg = make_config(np.ones(5) / 5, 2 * np.pi * np.arange(5) / 5, rho)
    >>> spec = spec_from_fractional(cfg, 100, modulus=5)
    >>> spec.n, spec.sizes
    (100, (20, 20, 20, 20, 20))
    """
    from synclib.record.finite import _round_sizes

    n = int(n)
    k = config.k
    g = int(modulus) if modulus is not None else 10 ** max(0, len(str(n)) - 4)
    if g < 1 or n < g * k:
        raise InvalidParameterError(f"modulus {g} leaves fewer than one unit per class at n = {n}")
    a = [int(x) for x in _round_sizes(config.p, n // g)]
    sizes = [g * x for x in a]
    d = [[0] * k for _ in range(k)]
    for i in range(k):
        for j in range(i + 1, k):
            r = float(config.rho[i, j])
            if r <= 0.0:
                cnt = 0
            elif r >= 1.0:
                cnt = g
            else:
                cnt = min(max(round(r * g), 1), g - 1) if g > 1 else round(r)
            d[i][j], d[j][i] = cnt * a[j], cnt * a[i]
    phases = polish_phases(sizes, d, [float(t) for t in config.theta], digits=digits)
    prov = {"source": "synclib.record.to_spec.spec_from_fractional", "target_n": n, "modulus": g}
    prov.update(provenance or {})
    return spec_from_degrees(sizes, d, phases, provenance=prov)


def _blowup_factor(sizes, edges) -> int:
    m = 1
    k = len(sizes)
    for i in range(k):
        for j in range(i + 1, k):
            e = int(edges[i][j])
            if 0 < e < sizes[i] * sizes[j]:
                lcm = sizes[i] * sizes[j] // math.gcd(sizes[i], sizes[j])
                need = lcm // math.gcd(e, lcm)
                m = m * need // math.gcd(m, need)
    return m


def record_spec(recipe: dict, *, digits: int = 60) -> tuple[EquitableSpec, dict]:
    """The closest exactly-biregular spec to a fractional-blowup recipe (see the module docstring).

    Parameters
    ----------
    recipe : dict
        ``sizes``, ``edges_between`` (symmetric integer edge counts) and ``cluster_phases``, as in
        ``synclib/data/record_fractional_k12.json``.

    Returns
    -------
    (EquitableSpec, dict)
        The m-fold blow-up spec (claims n, min_degree and mu filled in) and a report: how many partial
        joins of the recipe are exactly biregular, how many join coprime sizes, m, and the mu of the
        recipe's own finite graph versus the spec's.

    Examples
    --------
    >>> rec = {"sizes": [2, 3, 2], "edges_between": [[0, 3, 4], [3, 0, 6], [4, 6, 0]],
    ...        "cluster_phases": [0.0, 2.0, 4.0]}
    >>> spec, rep = record_spec(rec, digits=30)
    >>> rep["blowup_factor"], spec.sizes
    (2, (4, 6, 4))
    """
    try:
        sizes = [int(c) for c in recipe["sizes"]]
        E = [[int(x) for x in row] for row in recipe["edges_between"]]
        phases = [float(t) for t in recipe["cluster_phases"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidParameterError(f"recipe: needs 'sizes', 'edges_between', 'cluster_phases' ({exc})") from None
    k = len(sizes)
    partial = [(i, j) for i in range(k) for j in range(i + 1, k) if 0 < E[i][j] < sizes[i] * sizes[j]]
    exact = [(i, j) for i, j in partial
             if E[i][j] % (sizes[i] * sizes[j] // math.gcd(sizes[i], sizes[j])) == 0]
    coprime = [(i, j) for i, j in partial if math.gcd(sizes[i], sizes[j]) == 1]
    m = _blowup_factor(sizes, E)
    big = [m * c for c in sizes]
    d = [[(m * E[i][j]) // sizes[i] if i != j else 0 for j in range(k)] for i in range(k)]
    ph = polish_phases(big, d, phases, digits=digits)
    n0 = sum(sizes)
    recipe_min = min(sizes[i] - 1 + sum(E[i][j] for j in range(k) if j != i) // sizes[i] for i in range(k))
    prov = {"source": "synclib.record.to_spec.record_spec", "recipe_n": n0, "blowup_factor": str(m),
            "note": f"exact m-fold blow-up of the recipe's proportions and densities (its n = {n0} joins are "
                    f"not exactly biregular)"}
    bare = spec_from_degrees(big, d, ph)
    spec = spec_from_degrees(big, d, ph, provenance=prov,
                             claims={"n": bare.n, "min_degree": bare.min_degree,
                                     "mu": f"{bare.mu.numerator}/{bare.mu.denominator}"})
    report = {"partial_joins": len(partial), "exactly_biregular": len(exact), "coprime_partial_joins": len(coprime),
              "blowup_factor": m, "recipe_mu": str(Fraction(recipe_min, n0 - 1)),
              "spec_mu": str(spec.mu)}
    return spec, report


def realize_spec(spec: EquitableSpec, *, max_vertices: int = REALIZE_MAX_VERTICES, dtype=np.float64):
    """The explicit graph of a spec: dense adjacency, per-vertex phases, class of each vertex.

    Vertices are numbered class by class (class i's local label u is vertex start_i + u); residue
    blocks follow the rule literally, (v - u - s) mod g < count.

    Returns
    -------
    (A, theta, cls)
        ``A`` (n, n) 0/1 symmetric with zero diagonal (``dtype``, float64 by default; uint8 takes n^2
        bytes), ``theta`` float64 (n,), ``cls`` int (n,).

    Examples
    --------
    >>> from synclib.certify.spec_io import spec_from_degrees
    >>> A, th, cls = realize_spec(spec_from_degrees([2, 4], [[0, 2], [1, 0]], ["0", "1"]))
    >>> A.sum(axis=1).tolist()
    [3.0, 3.0, 4.0, 4.0, 4.0, 4.0]
    """
    n = spec.n
    if n > max_vertices:
        raise SpecError(f"spec has n = {n} vertices; realize builds at most {max_vertices}")
    sizes = spec.sizes
    start = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    A = np.zeros((n, n), dtype=dtype)
    for i, c in enumerate(sizes):
        A[start[i]:start[i + 1], start[i]:start[i + 1]] = 1.0
    for b in spec.blocks:
        ci, cj = sizes[b.i], sizes[b.j]
        if b.type == "absent":
            continue
        if b.type == "complete":
            blk = np.ones((ci, cj), dtype=dtype)
        else:
            u = np.arange(ci)[:, None]
            v = np.arange(cj)[None, :]
            blk = (((v - u - b.shift_start) % b.modulus) < b.shift_count).astype(dtype)
        A[start[b.i]:start[b.i + 1], start[b.j]:start[b.j + 1]] = blk
        A[start[b.j]:start[b.j + 1], start[b.i]:start[b.i + 1]] = blk.T
    np.fill_diagonal(A, 0)
    cls = np.repeat(np.arange(spec.k), sizes)
    theta = np.array([float(p) for p in spec.phases])[cls]
    return A, theta, cls


def spec_graph(spec: EquitableSpec, *, max_vertices: int = REALIZE_MAX_VERTICES):
    """:func:`realize_spec` as a networkx graph with node attributes ``cls`` and ``phase``."""
    import networkx as nx

    A, theta, cls = realize_spec(spec, max_vertices=max_vertices)
    G = nx.from_numpy_array(A)
    nx.set_node_attributes(G, {v: int(cls[v]) for v in range(spec.n)}, "cls")
    nx.set_node_attributes(G, {v: float(theta[v]) for v in range(spec.n)}, "phase")
    return G


def certify_spec_dense(spec: EquitableSpec, *, max_dense: int = 4000):
    """The dense rigorous check of the realised graph at the spec's phases (the compact path's twin).

    Returns ``(check, A, theta)`` with ``check`` an :class:`synclib.certify.equilibrium.EquilibriumCheck`.
    """
    from synclib.certify.equilibrium import certify_equilibrium

    if spec.n > max_dense:
        raise SpecError(f"spec has n = {spec.n} vertices; the dense check handles at most {max_dense}")
    A, theta, _ = realize_spec(spec, max_vertices=max_dense)
    return certify_equilibrium(A, theta, max_dense=max_dense), A, theta
