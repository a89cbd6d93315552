"""Reading and validating the graphs synclib works on, and their basic numbers.

The Kuramoto model studied here (Yoneda, Tatsukawa & Teramae, Chaos 31, 063124, 2021) couples identical
oscillators with unit symmetric weights, so a valid input is a *simple, undirected, connected, unweighted*
graph on at least three nodes. Everything that is not is refused with one line naming the problem.

Node order matters: twisted states and circulant recognition are read "under the given node order", which
is the order in which the file lists the nodes (GML, GraphML; networkx keeps insertion order). Edge and
adjacency lists have no node list: integer labels are taken in increasing order, others in order of
first appearance.

Connectivity is mu(G) = delta_min(G) / (n - 1), kept as an exact :class:`fractions.Fraction`.
"""

from __future__ import annotations

import os
import re
from fractions import Fraction
from pathlib import Path

import networkx as nx
import numpy as np
import scipy.sparse as sp

from synclib.exceptions import GraphFileError, InvalidGraphError

__all__ = [
    "GRAPH_FORMATS",
    "read_graph",
    "validate_graph",
    "connectivity",
    "min_degree",
    "to_csr",
    "circulant_connection_set",
    "embedded_graph_path",
    "format_connection_set",
]

GRAPH_FORMATS = ("gml", "graphml", "edgelist", "adjlist")
_SUFFIX_FORMAT = {".gml": "gml", ".graphml": "graphml", ".xml": "graphml", ".edgelist": "edgelist",
                  ".edges": "edgelist", ".txt": "edgelist", ".adjlist": "adjlist", ".adj": "adjlist"}


def embedded_graph_path(name: str = "record_c190.gml") -> Path:
    """Path of a graph shipped inside the package (``synclib/data``)."""
    path = Path(__file__).parent / "data" / name
    if not path.exists():
        raise GraphFileError(f"embedded graph {name!r} is not shipped with synclib")
    return path


def read_graph(path: str | os.PathLike, fmt: str | None = None) -> nx.Graph:
    """Read a graph file and validate it.

    Parameters
    ----------
    path : path-like
        The file.
    fmt : {"gml", "graphml", "edgelist", "adjlist"}, optional
        File format; by default taken from the suffix, GML when the suffix says nothing.

    Returns
    -------
    networkx.Graph
        The validated graph, nodes in file order.

    Raises
    ------
    GraphFileError
        Missing, unreadable, truncated or malformed file.
    InvalidGraphError
        A readable graph that is directed, has self-loops, multi-edges, weights other than 1,
        fewer than 3 nodes, or is disconnected.
    """
    path = Path(path)
    if fmt is None:
        fmt = _SUFFIX_FORMAT.get(path.suffix.lower(), "gml")
    fmt = fmt.lower()
    if fmt not in GRAPH_FORMATS:
        raise GraphFileError(f"{path}: unknown graph format {fmt!r} (expected one of {', '.join(GRAPH_FORMATS)})")
    if not path.exists():
        raise GraphFileError(f"{path}: no such file")
    if not path.is_file():
        raise GraphFileError(f"{path}: not a regular file")
    try:
        if fmt == "gml":
            G = nx.read_gml(path, label=None, destringizer=None)
        elif fmt == "graphml":
            G = nx.read_graphml(path)
        elif fmt == "edgelist":
            G = _integer_order(_read_edgelist(path), str(path))
        else:
            G = _integer_order(_read_adjlist(path), str(path))
    except (nx.NetworkXError, ValueError, KeyError, SyntaxError, UnicodeDecodeError, IndexError) as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GraphFileError(f"{path}: cannot read as {fmt}: {msg}") from exc
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except Exception as exc:  # noqa: BLE001 - xml parsers raise their own types (ParseError, ExpatError)
        if type(exc).__module__.startswith(("xml", "pyexpat")):
            raise GraphFileError(f"{path}: cannot read as {fmt}: {exc}") from exc
        raise
    return validate_graph(G, source=str(path))


_CANONICAL_INT = re.compile(r"-?(0|[1-9][0-9]*)\Z")


def _integer_order(G: nx.Graph, source: str = "graph") -> nx.Graph:
    """Edge and adjacency lists carry no node order: when every label is an integer written in
    canonical decimal (``7``, not ``07``, ``+7`` or ``0_7``), use the integers (in increasing order) as
    nodes; otherwise keep the labels as text in order of first appearance. A label that Python would
    read as an integer but is not written canonically is refused (``01`` and ``1`` would otherwise be
    silently merged, and ``1_0`` read as 10)."""
    def integer(v: str) -> bool:
        try:
            int(v)
        except ValueError:
            return False
        return True

    if not all(integer(v) for v in G.nodes()):
        return G
    for v in G.nodes():
        if not _CANONICAL_INT.match(v):
            raise GraphFileError(f"{source}: node label {v!r} is not a plain decimal integer (leading zero, sign, "
                                 f"'_' or spaces); write it as {str(int(v))!r} or use text labels")
    labels = {v: int(v) for v in G.nodes()}
    H = nx.Graph()
    H.add_nodes_from(sorted(labels.values()))
    H.add_edges_from((labels[u], labels[v]) for u, v in G.edges())
    return H


def _read_edgelist(path: Path) -> nx.Graph:
    """Edge list: one ``u v`` pair per line (``#`` comments); a third column must be a weight of 1."""
    G = nx.Graph()
    seen: set[frozenset] = set()
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) not in (2, 3):
                raise GraphFileError(f"{path}:{lineno}: expected 'u v' or 'u v weight', got {line!r}")
            u, v = parts[0], parts[1]
            if len(parts) == 3:
                _check_weight(parts[2], f"{path}:{lineno}")
            key = frozenset((u, v))
            if u == v:
                raise InvalidGraphError(f"{path}:{lineno}: self-loop at node {u!r}")
            if key in seen:
                raise InvalidGraphError(f"{path}:{lineno}: multi-edge {u!r}-{v!r} (edge listed twice)")
            seen.add(key)
            G.add_edge(u, v)
    return G


def _read_adjlist(path: Path) -> nx.Graph:
    """Adjacency list: ``u v1 v2 ...`` per line; an edge may be listed from both ends."""
    G = nx.Graph()
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            u, *nbrs = line.split()
            G.add_node(u)
            if len(set(nbrs)) != len(nbrs):
                raise InvalidGraphError(f"{path}:{lineno}: node {u!r} lists a neighbour twice (multi-edge)")
            for v in nbrs:
                if v == u:
                    raise InvalidGraphError(f"{path}:{lineno}: self-loop at node {u!r}")
                G.add_edge(u, v)
    return G


def _check_weight(value, where: str) -> None:
    try:
        w = float(value)
    except (TypeError, ValueError):
        raise InvalidGraphError(f"{where}: non-numeric edge weight {value!r}") from None
    if w != 1.0:
        raise InvalidGraphError(f"{where}: edge weight {value!r}; only unweighted (weight 1) graphs are supported")


def validate_graph(G: nx.Graph, *, source: str = "graph") -> nx.Graph:
    """Check that ``G`` is a simple, undirected, connected, unweighted graph on >= 3 nodes.

    Returns ``G`` itself (not a copy) so that callers keep node order and attributes.
    """
    if not isinstance(G, nx.Graph):
        raise InvalidGraphError(f"{source}: expected a networkx graph, got {type(G).__name__}")
    if G.is_directed():
        raise InvalidGraphError(f"{source}: the graph is directed; Kuramoto coupling here is symmetric")
    if G.is_multigraph():
        multi = [(u, v) for u, v in G.edges() if G.number_of_edges(u, v) > 1]
        if multi:
            u, v = multi[0]
            raise InvalidGraphError(f"{source}: multi-edge between {u!r} and {v!r}")
        G = nx.Graph(G)
    loops = list(nx.selfloop_edges(G))
    if loops:
        raise InvalidGraphError(f"{source}: self-loop at node {loops[0][0]!r}")
    n = G.number_of_nodes()
    if n < 3:
        raise InvalidGraphError(f"{source}: {n} node(s); at least 3 are needed")
    for u, v, data in G.edges(data=True):
        if "weight" in data:
            _check_weight(data["weight"], f"{source}: edge {u!r}-{v!r}")
    if not nx.is_connected(G):
        parts = nx.number_connected_components(G)
        raise InvalidGraphError(f"{source}: the graph is disconnected ({parts} components)")
    return G


def min_degree(G: nx.Graph) -> int:
    """Minimum degree delta_min(G)."""
    return min(d for _, d in G.degree())


def connectivity(G: nx.Graph) -> Fraction:
    """mu(G) = delta_min / (n - 1) as an exact fraction."""
    return Fraction(min_degree(G), G.number_of_nodes() - 1)


def to_csr(G: nx.Graph) -> sp.csr_array:
    """Adjacency matrix in node order as a float64 CSR array (unit weights)."""
    A = nx.to_scipy_sparse_array(G, nodelist=list(G.nodes()), weight=None, dtype=np.float64, format="csr")
    A.sort_indices()
    return A


def circulant_connection_set(G: nx.Graph) -> tuple[int, ...] | None:
    """The connection set S if ``G`` is the circulant C_n(S) under its node order, else None.

    Node i (0-based position in node order) must be adjacent exactly to i +- s (mod n), s in S.
    Cost O(n + m).
    """
    nodes = list(G.nodes())
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    offsets0 = {(index[v] - 0) % n for v in G.neighbors(nodes[0])}
    S = tuple(sorted({min(k, n - k) for k in offsets0}))
    expected = {k % n for s in S for k in (s, -s)}
    if expected != offsets0:
        return None
    for i, v in enumerate(nodes):
        if G.degree(v) != len(expected):
            return None
        for w in G.neighbors(v):
            if (index[w] - i) % n not in expected:
                return None
    return S


def format_connection_set(S) -> str:
    """Compact text for a connection set: ``(1, 2, 3, 5, 7, 8)`` -> ``"1-3, 5, 7-8"``."""
    S = sorted(S)
    parts: list[str] = []
    i = 0
    while i < len(S):
        j = i
        while j + 1 < len(S) and S[j + 1] == S[j] + 1:
            j += 1
        parts.append(str(S[i]) if i == j else f"{S[i]}-{S[j]}")
        i = j + 1
    return ", ".join(parts)
