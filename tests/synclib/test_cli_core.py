"""`synctool bound`, `verify` and `circulant` end to end through click's CliRunner."""

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from cli import synctool
from synclib.circulant.closed_form import closed_form


def run(*args):
    result = CliRunner().invoke(synctool, [str(a) for a in args])
    return result


def assert_clean_error(result, code, *fragments):
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit)  # no traceback
    out = result.output
    assert "Traceback" not in out
    for f in fragments:
        assert f in out
    assert len([line for line in out.strip().splitlines() if line.startswith("Error")]) == 1


@pytest.fixture
def record_gml(tmp_path):
    r = closed_form(38, 2)
    path = tmp_path / "record.gml"
    nx.write_gml(nx.circulant_graph(38, r.connection_set), path)
    return path


def test_bound_default_embedded_graph():
    res = run("bound", "--json")
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["n"] == 190 and d["min_degree"] == 127 and d["mu_fraction"] == "127/189"
    assert d["verdict"] == "witness"
    w = d["witness"]
    assert w["kind"] == "twisted" and w["q"] == 10 and w["certified"] is True and w["max_eigenvalue"] < 0
    rec = d["bounds"]["record"]  # the best *certified* lower bound, named with its provenance
    assert rec["certified"] and d["bounds"]["record_lower"] == rec["value"] >= 0.6875
    assert "record_frontier.spec.json" in rec["source"] and rec["status"] == "verified by synctool verify"


def test_bound_dense_graph_is_globally_synchronizing(tmp_path):
    path = tmp_path / "dense.gml"
    nx.write_gml(nx.circulant_graph(20, range(1, 9)), path)  # degree 16, mu = 16/19 >= 3/4
    d = json.loads(run("bound", path, "--json").output)
    assert d["verdict"] == "globally_synchronizing" and d["witness"] is None


def test_bound_record_family_circulant(record_gml, tmp_path):
    cert = tmp_path / "cert.json"
    res = run("bound", record_gml, "--json", "--certificate", cert)
    d = json.loads(res.output)
    assert d["verdict"] == "witness" and d["witness"]["q"] == 2 and d["mu_fraction"] == "23/37"
    assert "below the best certified lower bound" in d["witness"]["compared_with_record"]
    assert run("verify", cert).exit_code == 0


def test_bound_k_nearest_neighbour_ring_below_threshold(tmp_path):
    path = tmp_path / "ring.edgelist"
    nx.write_edgelist(nx.circulant_graph(30, [1, 2, 3]), path, data=False)
    d = json.loads(run("bound", path, "--json").output)
    # twisted states with q < ... are stable on sparse rings (Wiley, Strogatz & Girvan 2006)
    assert d["verdict"] == "witness" and d["witness"]["kind"] == "twisted"
    assert 1 in d["witness"]["stable_twists"]


def test_bound_text_output(record_gml):
    res = run("bound", record_gml)
    assert res.exit_code == 0
    assert "verdict:     witness" in res.output and "mu = 23/37" in res.output


def _certificate(tmp_path, record_gml):
    cert = tmp_path / "cert.json"
    assert run("bound", record_gml, "--certificate", cert).exit_code == 0
    return cert, json.loads(cert.read_text())


def test_certificate_is_self_contained(tmp_path, record_gml):
    _, c = _certificate(tmp_path, record_gml)
    for key in ("edges", "phases", "mu_fraction", "stability"):
        assert key in c
    assert len(c["edges"]) == 38 * 23 // 2 and len(c["phases"]) == 38
    assert c["stability"]["method"] == "twisted-circulant-spectrum" and c["stability"]["rigour"]
    assert set(c["phases"]) == {str(e) for edge in c["edges"] for e in edge}


@pytest.mark.parametrize("tamper,check", [
    (lambda c: c["edges"].pop(), "mu matches the graph"),
    (lambda c: c.__setitem__("mu_fraction", "24/37"), "mu matches the graph"),
    (lambda c: c["phases"].__setitem__("5", c["phases"]["5"] + 0.01), "phases are the q-twisted state"),
    (lambda c: c["witness"].__setitem__("q", 3), "all eigenvalues certified negative"),
    (lambda c: c["edges"].append(c["edges"][0]), "simple graph"),
])
def test_tampered_certificate_fails(tmp_path, record_gml, tamper, check):
    cert, c = _certificate(tmp_path, record_gml)
    tamper(c)
    cert.write_text(json.dumps(c))
    res = run("verify", cert)
    assert_clean_error(res, 1, "does not hold", check)


def test_general_method_certificate_round_trip_and_tamper(tmp_path, record_gml):
    cert, c = _certificate(tmp_path, record_gml)
    c["stability"]["method"] = "bauer-fike-kantorovich"  # same state, checked by the dense general method
    cert.write_text(json.dumps(c))
    res = run("verify", cert, "--json")
    assert res.exit_code == 0 and json.loads(res.output)["holds"] is True
    c["phases"]["0"] += 0.5
    cert.write_text(json.dumps(c))
    assert run("verify", cert).exit_code == 1


def test_verify_malformed_and_missing(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert_clean_error(run("verify", bad), 1, "not valid JSON")
    bad.write_text(json.dumps({"format": "synctool-certificate", "version": 1}))
    assert_clean_error(run("verify", bad), 1, "missing key")
    bad.write_text(json.dumps({"format": "other", "version": 1, "edges": [], "phases": {"a": 0},
                               "mu_fraction": "1/2", "stability": {"method": "x"}}))
    assert_clean_error(run("verify", bad), 1, "format")
    assert_clean_error(run("verify", tmp_path / "none.json"), 1, "no such certificate file")


@pytest.mark.parametrize("text,fragment", [
    ("graph [ directed 1 node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 target 1 ] "
     "edge [ source 1 target 2 ] ]", "directed"),
    ("graph [ node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 1 target 1 ] edge [ source 0 target 1 ] "
     "edge [ source 1 target 2 ] ]", "self-loop"),
    ("graph [ multigraph 1 node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 target 1 ] "
     "edge [ source 0 target 1 ] edge [ source 1 target 2 ] ]", "multi-edge"),
    ("graph [ node [ id 0 ] node [ id 1 ] node [ id 2 ] node [ id 3 ] edge [ source 0 target 1 ] "
     "edge [ source 2 target 3 ] ]", "disconnected"),
    ("graph [ node [ id 0 ] node [ id 1 ] edge [ source 0 target 1 ] ]", "at least 3"),
    ('graph [ node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 target 1 weight "x" ] '
     "edge [ source 1 target 2 ] ]", "non-numeric edge weight"),
    ("graph [ node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 ", "cannot read as gml"),
])
def test_bound_bad_graphs(tmp_path, text, fragment):
    path = tmp_path / "g.gml"
    path.write_text(text)
    assert_clean_error(run("bound", path), 1, str(path), fragment)


def test_bound_missing_file_and_unreadable(tmp_path):
    assert_clean_error(run("bound", tmp_path / "missing.gml"), 1, "no such file")
    p = tmp_path / "bin.gml"
    p.write_bytes(b"\xff\xfe\x00garbage")
    assert_clean_error(run("bound", p), 1, "cannot read")


def test_bound_no_witness_to_certify(tmp_path):
    path = tmp_path / "dense.gml"
    nx.write_gml(nx.complete_graph(6), path)
    assert_clean_error(run("bound", path, "--certificate", tmp_path / "c.json"), 1, "no witness to certify")


def test_circulant_json_and_graph_file(tmp_path):
    out = tmp_path / "c.gml"
    res = run("circulant", 19, 1, "--json", "--write-graph", out)
    d = json.loads(res.output)
    # optimal sets are not unique (CBC may return {1, 2, 3, 4, 6}); the closed form gives the structured one
    assert d["status"] == "optimal" and d["degree"] == 10 and len(d["connection_set"]) == 5
    cf = json.loads(run("circulant", 19, 1, "--json", "--method", "closed-form").output)
    assert cf["connection_set"] == [1, 2, 3, 4, 5] and cf["optimality_proven"] is True
    assert d["certified"] is True and d["max_eigenvalue"] < 0 and d["mu"] == pytest.approx(10 / 18)
    G = nx.read_gml(out, label=None)
    assert G.number_of_edges() == 95


def test_circulant_methods_and_solvers_agree():
    a = json.loads(run("circulant", 40, 5, "--json", "--method", "closed-form").output)
    b = json.loads(run("circulant", 40, 5, "--json", "--solver", "highs").output)
    assert a["degree"] == b["degree"] == 25


def test_circulant_infeasible_is_a_result(tmp_path):
    res = run("circulant", 20, 5, "--json")
    assert res.exit_code == 0 and json.loads(res.output)["status"] == "infeasible"
    assert_clean_error(run("circulant", 20, 5, "--write-graph", tmp_path / "x.gml"), 1, "no network to write")


@pytest.mark.parametrize("args,fragment", [
    (["circulant", "4", "1"], "'N'"), (["circulant", "20", "11"], "'Q'"), (["circulant", "20", "0"], "'Q'"),
    (["circulant", "x", "1"], "'N'"), (["circulant", "20", "1", "--solver", "gurobi"], "--solver"),
    (["bound", "--trials", "0"], "--trials"),
])
def test_usage_errors_exit_2(args, fragment):
    assert_clean_error(run(*args), 2, fragment)


@pytest.fixture
def shuffled_circulant(tmp_path):
    """C_19(1..5) with node labels permuted: not a circulant under the file's node order."""
    import numpy as np

    G = nx.circulant_graph(19, range(1, 6))
    perm = np.random.default_rng(3).permutation(19)
    H = nx.Graph()
    H.add_nodes_from(range(19))
    H.add_edges_from((int(perm[u]), int(perm[v])) for u, v in G.edges())
    path = tmp_path / "shuffled.gml"
    nx.write_gml(H, path)
    return path


def test_bound_numerical_route_on_a_shuffled_circulant(tmp_path, shuffled_circulant):
    cert = tmp_path / "cert.json"
    res = run("bound", shuffled_circulant, "--seed", 1, "--json", "--certificate", cert)
    d = json.loads(res.output)
    assert d["circulant"] is None and d["verdict"] == "witness"
    assert d["witness"]["certified"] is True and d["witness"]["max_eigenvalue"] < 0
    assert json.loads(cert.read_text())["stability"]["method"] == "bauer-fike-kantorovich"
    assert run("verify", cert).exit_code == 0
    again = json.loads(run("bound", shuffled_circulant, "--seed", 1, "--json").output)
    assert again["witness"]["kind"] == d["witness"]["kind"]  # same seed, same search


def test_bound_without_search_is_inconclusive(shuffled_circulant):
    d = json.loads(run("bound", shuffled_circulant, "--no-search", "--json").output)
    assert d["verdict"] == "inconclusive" and d["witness"] is None and "not run" in d["reason"]


def test_bound_dense_non_circulant_graph(tmp_path):
    G = nx.complete_graph(10)
    G.remove_edges_from([(0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (1, 2)])
    path = tmp_path / "dense.graphml"
    nx.write_graphml(G, path)
    d = json.loads(run("bound", path, "--json").output)
    assert d["mu_fraction"] == "7/9" and d["verdict"] == "globally_synchronizing"
