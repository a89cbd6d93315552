"""Self-contained witness certificates: writing them, and re-checking them without any solver.

A certificate claims: *the graph given by ``edges`` has a linearly stable equilibrium other than
in-phase sync, near the given ``phases``; hence mu_c >= mu(G) = ``mu_fraction``.* It is a JSON object
readable by any tool:

``format``         "synctool-certificate", ``version`` 1
``edges``          list of [u, v] node pairs (nodes as ints or strings)
``phases``         object mapping each node (as text, ``str(node)``) to its phase in radians
``node_order``     the nodes in order (optional; default: the order of ``phases``)
``n``, ``min_degree``, ``mu`` (float), ``mu_fraction`` ("a/b", reduced)
``witness``        what the state is: {"kind": "twisted", "q": q, "connection_set": [...]} or
                   {"kind": "equilibrium", ...} (any extra keys are informative only)
``stability``      {"method", "max_eigenvalue", "error_bound", "certified_upper_bound", "rigour"}

:func:`verify_certificate` trusts none of the stored numbers: it rebuilds the graph from ``edges``,
recomputes n, the minimum degree and mu exactly and compares EVERY claim the certificate carries
(``n``, ``min_degree``, ``mu``, ``mu_fraction``, and ``stability.max_eigenvalue`` /
``stability.certified_upper_bound`` against the recomputed eigenvalue and its rounding bound), then
re-runs the rigorous stability check named by ``stability.method`` on the finite graph:

* ``twisted-circulant-spectrum``: the edges must form a circulant C_n(S) under ``node_order``, the
  phases must be the q-twisted state 2 pi q i / n (mod 2 pi, to 1e-9; the exact twisted state is the
  equilibrium), and every lambda_r plus its rounding bound must be negative
  (:func:`synclib.certify.equilibrium.certify_twisted`).
* ``bauer-fike-kantorovich``: the dense check of :func:`synclib.certify.equilibrium.certify_equilibrium` on the
  adjacency matrix of ``edges`` at ``phases``: a true equilibrium exists within a proven radius, it is
  not in-phase, and its Jacobian is negative definite off the rotation mode.

A malformed file is a :class:`CertificateError` (exit 1 from the CLI); a well-formed certificate that
does not hold gives ``holds=False`` with the failed check named. Oversized input is refused before it is
parsed: files over :data:`MAX_FILE_BYTES`, number literals over :data:`MAX_NUMBER_CHARS` characters
(json ``parse_int``/``parse_float`` hooks) and fractions that do not match ``p/q`` with at most 40
digits each (checked by pattern before :class:`fractions.Fraction` sees them).
"""

from __future__ import annotations

import json
import math
import numbers
import os
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import networkx as nx
import numpy as np

from synclib.certify.twisted import certify_twisted
from synclib.certify.equilibrium import certify_equilibrium
from synclib.exceptions import CertificateError
from synclib.graphs import circulant_connection_set

__all__ = ["FORMAT", "VERSION", "VerificationResult", "make_certificate", "write_certificate",
           "read_certificate", "verify_certificate", "certificate_graph"]

FORMAT = "synctool-certificate"
VERSION = 1
_PHASE_TOL = 1e-9
MAX_FILE_BYTES = 512 * 2 ** 20
"""Largest certificate file read (the 4000-node record certificate is about 75 MB)."""
MAX_NUMBER_CHARS = 40
"""Longest number literal accepted in a certificate (no claim needs more; a longer one is refused
before it is converted, so a 5000-digit integer cannot stall or crash the reader)."""
_FRACTION = re.compile(r"^\s*-?[0-9]{1,40}\s*(/\s*[0-9]{1,40}\s*)?$")
_RIGOUR = {
    "twisted-circulant-spectrum": "exact equilibrium (twisted state); each circulant eigenvalue bounded with an "
                                  "a priori floating-point error bound (Higham 2002, sec. 3.1)",
    "bauer-fike-kantorovich": "dense Jacobian spectrum bounded by an a posteriori residual/orthogonality "
                              "(Bauer-Fike) bound with rounding of all products bounded; Newton-Kantorovich proves "
                              "a true equilibrium within the stated radius; Weyl bounds the shift",
}


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("synctool")
    except Exception:  # noqa: BLE001 - running from a source tree
        return "unknown"


def _node_json(v):
    if isinstance(v, (bool, np.bool_)):
        return str(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    return str(v)


def make_certificate(G: nx.Graph, phases, *, witness: dict, stability: dict) -> dict:
    """Build a certificate dict for graph ``G`` at ``phases`` (array in node order or mapping)."""
    nodes = list(G.nodes())
    if isinstance(phases, dict):
        ph = [float(phases[v]) for v in nodes]
    else:
        ph = [float(p) for p in np.asarray(phases, dtype=float).ravel()]
    if len(ph) != len(nodes):
        raise CertificateError(f"{len(ph)} phases for {len(nodes)} nodes")
    n = len(nodes)
    dmin = min(d for _, d in G.degree())
    mu = Fraction(dmin, n - 1)
    method = stability["method"]
    return {
        "format": FORMAT,
        "version": VERSION,
        "claim": "a linearly stable equilibrium of d(theta_i)/dt = sum_j A_ij sin(theta_j - theta_i) other than "
                 "in-phase synchrony exists near the given phases; hence mu_c >= mu",
        "n": n,
        "min_degree": dmin,
        "mu": float(mu),
        "mu_fraction": f"{mu.numerator}/{mu.denominator}",
        "node_order": [_node_json(v) for v in nodes],
        "edges": [[_node_json(u), _node_json(v)] for u, v in G.edges()],
        "phases": {str(_node_json(v)): p for v, p in zip(nodes, ph)},
        "witness": witness,
        "stability": {**stability, "rigour": _RIGOUR.get(method, "")},
        "created_by": f"synctool {_version()}",
    }


def write_certificate(cert: dict, path: str | os.PathLike) -> Path:
    """Write atomically (temporary file + rename) so an interrupted write leaves no half file."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(cert, fh)
        os.replace(tmp, path)
    except OSError as exc:
        raise CertificateError(f"{path}: cannot write certificate: {exc.strerror or exc}") from exc
    return path


def _number_hook(kind):
    def parse(text: str):
        if len(text) > MAX_NUMBER_CHARS:
            raise CertificateError(f"certificate: a number of {len(text)} characters ({text[:20]}...) is longer "
                                   f"than the limit of {MAX_NUMBER_CHARS}")
        return kind(text)

    return parse


def read_certificate(path: str | os.PathLike) -> dict:
    """Read a certificate file, refusing files over :data:`MAX_FILE_BYTES` and number literals over
    :data:`MAX_NUMBER_CHARS` characters before anything is converted."""
    path = Path(path)
    if not path.is_file():
        raise CertificateError(f"{path}: no such certificate file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise CertificateError(f"{path}: {size} bytes is larger than the certificate size limit of "
                               f"{MAX_FILE_BYTES} bytes")
    try:
        with open(path, encoding="utf-8") as fh:
            cert = json.load(fh, parse_int=_number_hook(int), parse_float=_number_hook(float),
                             parse_constant=_refuse_constant)
    except CertificateError as exc:
        raise CertificateError(f"{path}: {exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise CertificateError(f"{path}: not valid JSON ({first})") from None
    except OSError as exc:
        raise CertificateError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not isinstance(cert, dict):
        raise CertificateError(f"{path}: a certificate must be a JSON object")
    return cert


def _refuse_constant(name: str):
    raise CertificateError(f"certificate: {name} is not a number a certificate may contain")


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_number(x) -> bool:
    return isinstance(x, numbers.Real) and not isinstance(x, bool)


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _exact_fraction(value, key: str) -> Fraction:
    """A claim like "64/93", validated by pattern before Fraction() sees it."""
    if _is_int(value):
        value = str(value)
    if not isinstance(value, str) or not _FRACTION.match(value):
        raise CertificateError(f"certificate: {key} {_short(value)} is not a fraction 'p/q' of at most "
                               f"{MAX_NUMBER_CHARS}-digit integers")
    try:
        return Fraction(value.replace(" ", ""))
    except (ValueError, ZeroDivisionError) as exc:
        raise CertificateError(f"certificate: {key} {value!r} is not a fraction ({exc})") from None


@dataclass(frozen=True)
class VerificationResult:
    holds: bool
    checks: tuple = field(default=())  # (name, passed, detail)
    method: str = ""

    def to_dict(self) -> dict:
        return {"holds": self.holds, "method": self.method,
                "checks": [{"check": c, "passed": ok, "detail": d} for c, ok, d in self.checks]}


def certificate_graph(cert: dict) -> tuple[nx.Graph, np.ndarray]:
    """The graph (nodes as text, in ``node_order``) and the phase vector of a certificate.

    Raises CertificateError for a malformed certificate.
    """
    if not isinstance(cert, dict):
        raise CertificateError("certificate: a certificate must be a JSON object")
    for key in ("format", "version", "edges", "phases", "mu_fraction", "stability"):
        if key not in cert:
            raise CertificateError(f"certificate: missing key {key!r}")
    if cert["format"] != FORMAT:
        raise CertificateError(f"certificate: format is {_short(cert['format'])}, expected {FORMAT!r}")
    if not _is_int(cert["version"]) or cert["version"] != VERSION:
        raise CertificateError(f"certificate: version {_short(cert['version'])} is not supported "
                               f"(expected {VERSION})")
    phases = cert["phases"]
    if not isinstance(phases, dict) or not phases:
        raise CertificateError("certificate: 'phases' must be a non-empty object mapping nodes to radians")
    order = cert.get("node_order")
    if order is not None and (not isinstance(order, list)
                              or not all(isinstance(v, (int, str)) and not isinstance(v, bool) for v in order)):
        raise CertificateError("certificate: 'node_order' must be a list of node names (integers or text)")
    keys = [str(v) for v in order] if order is not None else list(phases)
    if order is not None and sorted(keys) != sorted(phases):
        raise CertificateError("certificate: 'node_order' must list exactly the nodes of 'phases'")
    if len(set(keys)) != len(keys):
        raise CertificateError("certificate: 'node_order' lists a node twice")
    bad = next((k for k in keys if not _is_number(phases[k])), None)
    if bad is not None:
        raise CertificateError(f"certificate: the phase of node {bad!r} is not a number: {_short(phases[bad])}")
    try:
        theta = np.array([float(phases[k]) for k in keys], dtype=float)
    except OverflowError:
        raise CertificateError("certificate: a phase is too large to be a float") from None
    if not np.all(np.isfinite(theta)):
        raise CertificateError("certificate: phases must be finite")
    edges = cert["edges"]
    if not isinstance(edges, list):
        raise CertificateError("certificate: 'edges' must be a list of [u, v] pairs")
    G = nx.Graph()
    G.add_nodes_from(keys)
    for e in edges:
        if not isinstance(e, list) or len(e) != 2 or not all(isinstance(v, (int, str)) for v in e):
            raise CertificateError(f"certificate: edge {str(e)[:60]} is not a [u, v] pair of node names")
        u, v = str(e[0]), str(e[1])
        if u not in phases or v not in phases:
            raise CertificateError(f"certificate: edge {e!r} names a node without a phase")
        G.add_edge(u, v)
    stability = cert["stability"]
    if not isinstance(stability, dict) or not isinstance(stability.get("method"), str):
        raise CertificateError("certificate: 'stability' must be an object with a 'method' (text)")
    for key in ("max_eigenvalue", "error_bound", "certified_upper_bound"):
        if key in stability and not (_is_number(stability[key]) and math.isfinite(stability[key])):
            raise CertificateError(f"certificate: stability.{key} must be a finite number")
    for key in ("n", "min_degree"):
        if key in cert and not _is_int(cert[key]):
            raise CertificateError(f"certificate: {key!r} must be an integer, got {_short(cert[key])}")
    if "mu" in cert and not _is_number(cert["mu"]):
        raise CertificateError(f"certificate: 'mu' must be a number, got {_short(cert['mu'])}")
    witness = cert.get("witness")
    if witness is not None and not isinstance(witness, dict):
        raise CertificateError("certificate: 'witness' must be an object (e.g. {\"kind\": \"twisted\", \"q\": 1})")
    _exact_fraction(cert["mu_fraction"], "mu_fraction")
    return G, theta


def verify_certificate(cert: dict) -> VerificationResult:
    """Re-check a certificate from scratch (see the module docstring). No solver is used."""
    G, theta = certificate_graph(cert)
    method = cert["stability"]["method"]
    checks: list[tuple[str, bool, str]] = []

    def done(ok: bool) -> VerificationResult:
        return VerificationResult(holds=ok and all(c[1] for c in checks), checks=tuple(checks), method=method)

    n = G.number_of_nodes()
    edges = cert["edges"]
    simple = all(str(u) != str(v) for u, v in edges) and G.number_of_edges() == len(edges)
    checks.append(("simple graph", simple, f"{len(edges)} edges listed, {G.number_of_edges()} distinct, "
                                           "no self-loops" if simple else "self-loop or repeated edge"))
    connected = n >= 3 and nx.is_connected(G)
    checks.append(("connected, n >= 3", connected, f"n = {n}"))
    if not (simple and connected):
        return done(False)
    dmin = min(d for _, d in G.degree())
    mu = Fraction(dmin, n - 1)
    claimed = _exact_fraction(cert["mu_fraction"], "mu_fraction")
    checks.append(("mu matches the graph", claimed == mu, f"recomputed {mu} (min degree {dmin}), claimed {claimed}"))
    if "n" in cert:
        checks.append(("n matches the graph", cert["n"] == n, f"recomputed {n}, claimed {cert['n']}"))
    if "min_degree" in cert:
        checks.append(("min_degree matches the graph", cert["min_degree"] == dmin,
                       f"recomputed {dmin}, claimed {cert['min_degree']}"))
    if "mu" in cert:
        ok = abs(float(cert["mu"]) - float(mu)) <= 1e-12
        checks.append(("mu (float) matches the graph", ok, f"recomputed {float(mu)!r}, claimed {cert['mu']!r}"))

    if method == "twisted-circulant-spectrum":
        witness = cert.get("witness") or {}
        q = witness.get("q")
        if not _is_int(q) or not 1 <= q <= n // 2:
            checks.append(("twist q given", False, f"q = {q!r}"))
            return done(False)
        S = circulant_connection_set(G)
        checks.append(("edges form a circulant under node_order", S is not None, f"S = {list(S) if S else None}"))
        if S is None:
            return done(False)
        # the q- and the (-q)-twisted state are mirror images with the same spectrum
        dev = min(float(np.abs(np.angle(np.exp(1j * (theta - theta[0] - sign * 2 * math.pi * q * np.arange(n) / n)))
                               ).max()) for sign in (1, -1))
        checks.append(("phases are the q-twisted state", dev <= _PHASE_TOL, f"max deviation {dev:.3g} rad"))
        check = certify_twisted(n, S, q)
        checks.append(("all eigenvalues certified negative", check.stable,
                       f"max eigenvalue {check.max_eigenvalue:.6g} + bound {check.error_bound:.3g} "
                       f"(mode r = {check.slowest_mode})"))
        _check_claimed_bound(cert["stability"], check, checks)
        return done(True)
    if method == "bauer-fike-kantorovich":
        A = nx.to_numpy_array(G, nodelist=list(G.nodes()), weight=None)
        check = certify_equilibrium(A, theta)
        checks.append(("stable non-in-phase equilibrium certified", check.stable,
                       f"{check.reason}; max eigenvalue {check.max_eigenvalue:.6g} + bound {check.error_bound:.3g}, "
                       f"residual {check.residual:.3g}, existence radius {check.existence_radius:.3g}"))
        _check_claimed_bound(cert["stability"], check, checks)
        return done(True)
    checks.append(("known stability method", False, f"unknown method {method!r}"))
    return done(False)


def _check_claimed_bound(stability: dict, check, checks: list) -> None:
    """The stored eigenvalue claims against the recomputed ones. The true largest eigenvalue lies
    within ``e`` (the recomputed rounding bound) of the recomputed value; a claim is refused when it
    is inconsistent with that interval (plus a relative 1e-9 for platform rounding differences)."""
    lam, e = float(check.max_eigenvalue), float(check.error_bound)
    slack = e + 1e-9 * (1.0 + abs(lam))
    if "max_eigenvalue" in stability:
        claimed = float(stability["max_eigenvalue"])
        width = slack + abs(float(stability.get("error_bound", 0.0)))
        checks.append(("claimed max eigenvalue matches", abs(claimed - lam) <= width,
                       f"recomputed {lam:.12g} +- {e:.3g}, claimed {claimed:.12g}"))
    if "certified_upper_bound" in stability:
        claimed = float(stability["certified_upper_bound"])
        ok = claimed < 0 and lam + e <= claimed + slack
        checks.append(("claimed eigenvalue bound holds", ok,
                       f"recomputed bound {lam + e:.12g}, claimed {claimed:.12g} (must be negative and not below it)"))
