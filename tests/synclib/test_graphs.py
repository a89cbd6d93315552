"""Graph reading and validation: every accepted format and every refusal."""

import re
from fractions import Fraction

import networkx as nx
import pytest

from synclib.exceptions import GraphFileError, InvalidGraphError
from synclib.graphs import (circulant_connection_set, connectivity, embedded_graph_path, format_connection_set,
                            read_graph, validate_graph)


@pytest.fixture
def ring():
    return nx.circulant_graph(12, [1, 2])


@pytest.mark.parametrize("fmt,writer", [
    ("gml", nx.write_gml), ("graphml", nx.write_graphml),
    ("edgelist", lambda G, p: nx.write_edgelist(G, p, data=False)),
    ("adjlist", nx.write_adjlist),
])
def test_round_trip_keeps_structure_and_order(tmp_path, ring, fmt, writer):
    path = tmp_path / f"g.{fmt}"
    writer(ring, path)
    G = read_graph(path)
    assert G.number_of_nodes() == 12 and G.number_of_edges() == 24
    assert [str(v) for v in G.nodes()] == [str(v) for v in range(12)]
    assert circulant_connection_set(G) == (1, 2)
    assert connectivity(G) == Fraction(4, 11)


def test_embedded_graph_is_the_record_family_circulant():
    G = read_graph(embedded_graph_path())
    assert G.number_of_nodes() == 190
    assert min(d for _, d in G.degree()) == 127  # (190, 10) -> degree 127 (synchrony.md)


def _gml(tmp_path, text):
    p = tmp_path / "bad.gml"
    p.write_text(text)
    return p


@pytest.mark.parametrize("text,match", [
    ("graph [ directed 1 node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 target 1 ] "
     "edge [ source 1 target 2 ] ]", "directed"),
    ("graph [ node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 target 0 ] edge [ source 0 target 1 ] "
     "edge [ source 1 target 2 ] ]", "self-loop"),
    ("graph [ multigraph 1 node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 target 1 ] "
     "edge [ source 0 target 1 ] edge [ source 1 target 2 ] ]", "multi-edge"),
    ("graph [ node [ id 0 ] node [ id 1 ] node [ id 2 ] node [ id 3 ] edge [ source 0 target 1 ] "
     "edge [ source 2 target 3 ] ]", "disconnected"),
    ("graph [ node [ id 0 ] node [ id 1 ] edge [ source 0 target 1 ] ]", "at least 3"),
    ('graph [ node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 target 1 weight "heavy" ] '
     "edge [ source 1 target 2 ] ]", "non-numeric edge weight"),
    ("graph [ node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 target 1 weight 2.5 ] "
     "edge [ source 1 target 2 ] ]", "only unweighted"),
])
def test_invalid_graphs_are_refused_with_the_problem_named(tmp_path, text, match):
    with pytest.raises(InvalidGraphError, match=match):
        read_graph(_gml(tmp_path, text))


def test_truncated_gml_is_a_file_error(tmp_path, ring):
    path = tmp_path / "g.gml"
    nx.write_gml(ring, path)
    text = path.read_text()
    path.write_text(text[: len(text) // 2])
    with pytest.raises(GraphFileError, match="cannot read as gml"):
        read_graph(path)


def test_missing_file_and_directory_and_unknown_format(tmp_path):
    with pytest.raises(GraphFileError, match="no such file"):
        read_graph(tmp_path / "nope.gml")
    with pytest.raises(GraphFileError, match="not a regular file"):
        read_graph(tmp_path)
    (tmp_path / "x.gml").write_text("graph [ ]")
    with pytest.raises(GraphFileError, match="unknown graph format"):
        read_graph(tmp_path / "x.gml", fmt="pajek")


def test_edgelist_errors(tmp_path):
    p = tmp_path / "g.edgelist"
    p.write_text("0 1\n1 2\n0 1\n")
    with pytest.raises(InvalidGraphError, match="multi-edge"):
        read_graph(p)
    p.write_text("0 1 abc\n1 2\n")
    with pytest.raises(InvalidGraphError, match="non-numeric"):
        read_graph(p)
    p.write_text("0 1 1 7\n")
    with pytest.raises(GraphFileError, match="expected 'u v'"):
        read_graph(p)
    p.write_text("0 0\n0 1\n1 2\n")
    with pytest.raises(InvalidGraphError, match="self-loop"):
        read_graph(p)


@pytest.mark.parametrize("fmt,text,label", [
    ("edgelist", "01 2\n1 2\n2 3\n3 1\n", "01"),   # 01 and 1 were silently merged
    ("edgelist", "1_0 2\n2 3\n3 1_0\n", "1_0"),      # 1_0 was read as node 10
    ("edgelist", "+1 2\n2 3\n3 +1\n", "+1"),
    ("adjlist", "01 2 3\n2 3\n", "01"),
])
def test_non_canonical_integer_labels_are_refused(tmp_path, fmt, text, label):
    p = tmp_path / f"g.{fmt}"
    p.write_text(text)
    with pytest.raises(GraphFileError, match=f"node label '{re.escape(label)}' is not a plain decimal integer"):
        read_graph(p)


def test_text_labels_stay_text_and_integers_are_sorted(tmp_path):
    p = tmp_path / "g.edgelist"
    p.write_text("b 01\n01 c\nc b\n")  # not all integers: labels are text, nothing merged
    assert list(read_graph(p).nodes()) == ["b", "01", "c"]
    p.write_text("10 2\n2 0\n0 10\n")
    assert list(read_graph(p).nodes()) == [0, 2, 10]


def test_graphml_garbage_is_a_file_error(tmp_path):
    p = tmp_path / "g.graphml"
    p.write_text("<graphml><graph><node id='0'/>")
    with pytest.raises(GraphFileError):
        read_graph(p)


def test_validate_graph_rejects_non_graphs():
    with pytest.raises(InvalidGraphError, match="networkx graph"):
        validate_graph([(0, 1)])


def test_circulant_recognition_under_node_order():
    G = nx.circulant_graph(15, [1, 4])
    assert circulant_connection_set(G) == (1, 4)
    shuffled = nx.relabel_nodes(G, {i: (7 * i) % 15 for i in range(15)})
    H = nx.Graph()
    H.add_nodes_from(range(15))
    H.add_edges_from(shuffled.edges())
    # multiplying labels by the unit 7 gives C_15({7, 28 mod 15 = 13 -> 2}) in the new order
    assert circulant_connection_set(H) == (2, 7)
    H2 = nx.Graph()
    H2.add_nodes_from([3, 0, 1, 2] + list(range(4, 15)))
    H2.add_edges_from(G.edges())
    assert circulant_connection_set(H2) is None
    assert circulant_connection_set(nx.petersen_graph()) is None


def test_format_connection_set():
    assert format_connection_set((1, 2, 3, 5, 7, 8)) == "1-3, 5, 7-8"
    assert format_connection_set(()) == ""
