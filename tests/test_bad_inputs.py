"""Bad inputs across synclib's command groups: each exits 1 (``Error: ...``) or 2 (click's usage error)
with one line and no traceback, and nothing large is attempted first.

One table, one row per input (stochnet and engram add their own rows in their own files). Rows marked
"audit N" are the failures of the bad-input audit (items 1-4), each of which gave a traceback, a hang,
a memory blow-up or a silent acceptance before.
"""

from __future__ import annotations

import json
import math
import os

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner

from cli import synctool
from synclib.certify.certificate import make_certificate
from synclib.certify.equilibrium import certify_equilibrium
from synclib.certify.twisted import certify_twisted

N, S, Q = 19, (1, 2, 3, 4, 5), 1  # C_19(1..5): its 1-twisted state is stable (Yoneda et al. 2021)


def _twisted_certificate() -> dict:
    G = nx.circulant_graph(N, S)
    theta = 2 * math.pi * Q * np.arange(N) / N
    chk = certify_twisted(N, S, Q)
    return make_certificate(G, theta, witness={"kind": "twisted", "q": Q, "connection_set": list(S)},
                            stability={"method": "twisted-circulant-spectrum", "max_eigenvalue": chk.max_eigenvalue,
                                       "error_bound": chk.error_bound,
                                       "certified_upper_bound": chk.certified_upper_bound})


def _general_certificate() -> dict:
    G = nx.circulant_graph(N, S)
    theta = 2 * math.pi * Q * np.arange(N) / N
    chk = certify_equilibrium(nx.to_numpy_array(G), theta)
    return make_certificate(G, theta, witness={"kind": "equilibrium"},
                            stability={"method": "bauer-fike-kantorovich", "max_eigenvalue": chk.max_eigenvalue,
                                       "error_bound": chk.error_bound,
                                       "certified_upper_bound": chk.max_eigenvalue + chk.error_bound})


def _edit(make, change):
    def build():
        c = make()
        change(c)
        return json.dumps(c)
    return build


def _set(key, value):
    return lambda c: c.__setitem__(key, value)


def _set_stab(key, value):
    return lambda c: c["stability"].__setitem__(key, value)


def _phase(text):
    """A certificate whose first phase is written as the raw JSON number ``text``."""
    def build():
        raw = json.dumps(_twisted_certificate())
        return raw.replace('"phases": {"0": 0.0', '"phases": {"0": ' + text, 1)
    return build


GML_OK = "graph [ node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 target 1 ] edge [ source 1 target 2 ] ]"

# name -> file content (text or a callable giving text); created once per module
FILES = {
    "empty.gml": "",
    "garbage.gml": "\x00\x01 not a graph",
    "trunc.gml": "graph [ node [ id 0 ] node [",
    "directed.gml": GML_OK.replace("graph [", "graph [ directed 1"),
    "loop.gml": GML_OK.replace("target 2 ]", "target 2 ] edge [ source 2 target 2 ]"),
    "multi.gml": "graph [ multigraph 1 node [ id 0 ] node [ id 1 ] node [ id 2 ] edge [ source 0 target 1 ] "
                 "edge [ source 0 target 1 ] edge [ source 1 target 2 ] ]",
    "disconnected.gml": "graph [ node [ id 0 ] node [ id 1 ] node [ id 2 ] node [ id 3 ] edge [ source 0 target 1 ] "
                        "edge [ source 2 target 3 ] ]",
    "weighted.gml": GML_OK.replace("target 2 ]", "target 2 weight 2 ]"),
    "two.gml": "graph [ node [ id 0 ] node [ id 1 ] edge [ source 0 target 1 ] ]",
    "dup.edgelist": "0 1\n1 2\n0 1\n",
    "zero_pad.edgelist": "01 2\n1 2\n2 3\n3 1\n",           # audit 2: '01' was merged with '1'
    "underscore.edgelist": "1_0 2\n2 3\n3 1_0\n",          # audit 2: '1_0' became node 10
    "plus.edgelist": "+1 2\n2 3\n3 +1\n",
    "cols.edgelist": "0 1 1 7\n",
    "one_col.edgelist": "0\n1\n",
    "weight.edgelist": "0 1 abc\n1 2\n",
    "weight2.edgelist": "0 1 2.0\n1 2\n2 0\n",
    "loop.edgelist": "0 0\n0 1\n1 2\n",
    "dupnbr.adjlist": "0 1 1\n1 2\n",
    "zero_pad.adjlist": "01 2 3\n2 3\n",
    "garbage.graphml": "<graphml><graph><node id='a'/>",
    "latin1.edgelist": b"\xe9\xe9 1\n".decode("latin-1"),
    "ring.gml": lambda: "\n".join(nx.generate_gml(nx.circulant_graph(N, S))),
    "bad.csv": "this,is\nnot,a table\n",
    "empty.csv": "",
    "phases.npy": None,  # written as a wrong-length array below
    "cert_not_json.json": "{not json",
    "cert_empty.json": "",
    "cert_array.json": "[1, 2, 3]",
    "cert_missing.json": json.dumps({"format": "synctool-certificate", "version": 1}),
    "cert_format.json": _edit(_twisted_certificate, _set("format", "other")),
    "cert_version.json": _edit(_twisted_certificate, _set("version", 2)),
    "cert_version_bool.json": _edit(_twisted_certificate, _set("version", True)),
    "cert_node_order_int.json": _edit(_twisted_certificate, _set("node_order", 5)),          # audit 4
    "cert_node_order_dict.json": _edit(_twisted_certificate, _set("node_order", [{"a": 1}] * N)),
    "cert_node_order_short.json": _edit(_twisted_certificate, lambda c: c["node_order"].pop()),
    "cert_node_order_dup.json": _edit(_twisted_certificate, lambda c: c["node_order"].__setitem__(1, 0)),
    "cert_phase_401.json": _phase("9" * 401),                                                # audit 4
    "cert_phase_5000.json": _phase("9" * 5000),                                              # audit 4
    "cert_phase_inf.json": _phase("1e999"),
    "cert_phase_nan.json": _phase("NaN"),
    "cert_phase_text.json": _edit(_twisted_certificate, lambda c: c["phases"].__setitem__("0", "zero")),
    "cert_phase_bool.json": _edit(_twisted_certificate, lambda c: c["phases"].__setitem__("0", True)),
    "cert_phases_list.json": _edit(_twisted_certificate, _set("phases", [0.0] * N)),
    "cert_witness_list.json": _edit(_twisted_certificate, _set("witness", [1])),              # audit 4
    "cert_witness_text.json": _edit(_twisted_certificate, _set("witness", "twisted")),       # audit 4
    "cert_mu_huge.json": _edit(_twisted_certificate, _set("mu_fraction", "1e999999999")),    # audit 4
    "cert_mu_text.json": _edit(_twisted_certificate, _set("mu_fraction", "abc")),
    "cert_mu_zero_den.json": _edit(_twisted_certificate, _set("mu_fraction", "1/0")),
    "cert_mu_digits.json": _edit(_twisted_certificate, _set("mu_fraction", "1/" + "7" * 5000)),
    "cert_mu_list.json": _edit(_twisted_certificate, _set("mu_fraction", [10, 18])),
    "cert_edges_dict.json": _edit(_twisted_certificate, _set("edges", {"0": 1})),
    "cert_edge_triple.json": _edit(_twisted_certificate, lambda c: c["edges"].append([0, 1, 2])),
    "cert_edge_float.json": _edit(_twisted_certificate, lambda c: c["edges"].append([0.5, 1])),
    "cert_edge_unknown.json": _edit(_twisted_certificate, lambda c: c["edges"].append([0, 99])),
    "cert_stab_list.json": _edit(_twisted_certificate, _set("stability", [])),
    "cert_stab_method.json": _edit(_twisted_certificate, _set_stab("method", 5)),
    "cert_stab_eig_text.json": _edit(_twisted_certificate, _set_stab("max_eigenvalue", "small")),
    "cert_n_text.json": _edit(_twisted_certificate, _set("n", "19")),
    "cert_n_bool.json": _edit(_twisted_certificate, _set("n", True)),
    "cert_mindeg_float.json": _edit(_twisted_certificate, _set("min_degree", 10.5)),
    "cert_mu_float_text.json": _edit(_twisted_certificate, _set("mu", "x")),
    "cert_q_bool.json": _edit(_twisted_certificate, lambda c: c["witness"].__setitem__("q", True)),
    "cert_deep.json": "[" * 100000 + "]" * 100000,
}

# audit 1: every claim of a certificate is checked, for both methods (8 variants x 2 methods)
_CLAIMS = [
    ("n", lambda c: c.__setitem__("n", c["n"] + 1), "n matches the graph"),
    ("n0", lambda c: c.__setitem__("n", 0), "n matches the graph"),
    ("min_degree", lambda c: c.__setitem__("min_degree", c["min_degree"] + 2), "min_degree matches the graph"),
    ("min_degree0", lambda c: c.__setitem__("min_degree", 0), "min_degree matches the graph"),
    ("mu", lambda c: c.__setitem__("mu", 0.75), "mu (float) matches the graph"),
    ("mu_slight", lambda c: c.__setitem__("mu", c["mu"] + 1e-6), "mu (float) matches the graph"),
    ("eig", lambda c: c["stability"].__setitem__("max_eigenvalue", -5.0), "claimed max eigenvalue matches"),
    ("bound", lambda c: c["stability"].__setitem__("certified_upper_bound", -5.0), "claimed eigenvalue bound holds"),
]
for _method, _make in (("twisted", _twisted_certificate), ("general", _general_certificate)):
    for _name, _change, _check in _CLAIMS:
        FILES[f"claim_{_method}_{_name}.json"] = _edit(_make, _change)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    for name, content in FILES.items():
        if content is None:
            continue
        text = content() if callable(content) else content
        (root / name).write_text(text, encoding="utf-8")
    np.save(root / "phases.npy", np.zeros(3))
    big = root / "cert_huge.json"
    with open(big, "wb") as fh:  # a sparse file just over the size limit: refused before reading
        fh.truncate(512 * 2 ** 20 + 1)
    (root / "adir.json").mkdir()
    return root


# (id, args, exit code, fragment of the one-line message); "{f}" is the fixture folder
CASES = [
    # --- bound ------------------------------------------------------------------------------------
    ("bound-missing", ["bound", "{f}/none.gml"], 1, "no such file"),
    ("bound-dir", ["bound", "{f}/adir.json", "--format", "gml"], 2, "directory"),
    ("bound-empty", ["bound", "{f}/empty.gml"], 1, "cannot read as gml"),
    ("bound-garbage", ["bound", "{f}/garbage.gml"], 1, "cannot read"),
    ("bound-truncated", ["bound", "{f}/trunc.gml"], 1, "cannot read as gml"),
    ("bound-directed", ["bound", "{f}/directed.gml"], 1, "directed"),
    ("bound-self-loop", ["bound", "{f}/loop.gml"], 1, "self-loop"),
    ("bound-multi", ["bound", "{f}/multi.gml"], 1, "multi-edge"),
    ("bound-disconnected", ["bound", "{f}/disconnected.gml"], 1, "disconnected"),
    ("bound-weighted", ["bound", "{f}/weighted.gml"], 1, "weight"),
    ("bound-two-nodes", ["bound", "{f}/two.gml"], 1, "at least 3"),
    ("bound-dup-edge", ["bound", "{f}/dup.edgelist"], 1, "multi-edge"),
    ("bound-zero-pad", ["bound", "{f}/zero_pad.edgelist"], 1, "'01' is not a plain decimal integer"),  # audit 2
    ("bound-underscore", ["bound", "{f}/underscore.edgelist"], 1, "'1_0' is not a plain decimal"),      # audit 2
    ("bound-plus", ["bound", "{f}/plus.edgelist"], 1, "'+1' is not a plain decimal"),
    ("bound-cols", ["bound", "{f}/cols.edgelist"], 1, "expected 'u v'"),
    ("bound-one-col", ["bound", "{f}/one_col.edgelist"], 1, "expected 'u v'"),
    ("bound-weight-text", ["bound", "{f}/weight.edgelist"], 1, "non-numeric"),
    ("bound-weight-2", ["bound", "{f}/weight2.edgelist"], 1, "only unweighted"),
    ("bound-edge-loop", ["bound", "{f}/loop.edgelist"], 1, "self-loop"),
    ("bound-adj-dup", ["bound", "{f}/dupnbr.adjlist"], 1, "twice"),
    ("bound-adj-zero-pad", ["bound", "{f}/zero_pad.adjlist"], 1, "'01' is not a plain decimal"),
    ("bound-graphml", ["bound", "{f}/garbage.graphml"], 1, "cannot read as graphml"),
    ("bound-format", ["bound", "{f}/ring.gml", "--format", "pajek"], 2, "--format"),
    ("bound-trials-0", ["bound", "{f}/ring.gml", "--trials", "0"], 2, "--trials"),
    ("bound-trials-x", ["bound", "{f}/ring.gml", "--trials", "x"], 2, "--trials"),
    ("bound-time-0", ["bound", "{f}/ring.gml", "--time-limit", "0"], 2, "--time-limit"),
    ("bound-time-neg", ["bound", "{f}/ring.gml", "--time-limit", "-1"], 2, "--time-limit"),
    ("bound-seed-x", ["bound", "{f}/ring.gml", "--seed", "x"], 2, "--seed"),
    ("bound-cert-nodir", ["bound", "{f}/ring.gml", "--no-search", "--certificate", "{f}/no/such/c.json"], 1,
     "cannot write certificate"),
    ("bound-unknown-option", ["bound", "--frobnicate"], 2, "No such option"),
    # --- verify -----------------------------------------------------------------------------------
    ("verify-missing", ["verify", "{f}/none.json"], 1, "no such certificate file"),
    ("verify-dir", ["verify", "{f}/adir.json"], 2, "directory"),
    ("verify-not-json", ["verify", "{f}/cert_not_json.json"], 1, "not valid JSON"),
    ("verify-empty", ["verify", "{f}/cert_empty.json"], 1, "not valid JSON"),
    ("verify-array", ["verify", "{f}/cert_array.json"], 1, "must be a JSON object"),
    ("verify-missing-key", ["verify", "{f}/cert_missing.json"], 1, "missing key"),
    ("verify-format", ["verify", "{f}/cert_format.json"], 1, "format"),
    ("verify-version", ["verify", "{f}/cert_version.json"], 1, "version 2"),
    ("verify-version-bool", ["verify", "{f}/cert_version_bool.json"], 1, "version True"),
    ("verify-node-order-int", ["verify", "{f}/cert_node_order_int.json"], 1, "'node_order' must be a list"),
    ("verify-node-order-dict", ["verify", "{f}/cert_node_order_dict.json"], 1, "'node_order' must be a list"),
    ("verify-node-order-short", ["verify", "{f}/cert_node_order_short.json"], 1, "exactly the nodes"),
    ("verify-node-order-dup", ["verify", "{f}/cert_node_order_dup.json"], 1, "node_order"),
    ("verify-phase-401", ["verify", "{f}/cert_phase_401.json"], 1, "longer than the limit"),
    ("verify-phase-5000", ["verify", "{f}/cert_phase_5000.json"], 1, "longer than the limit"),
    ("verify-phase-inf", ["verify", "{f}/cert_phase_inf.json"], 1, "finite"),
    ("verify-phase-nan", ["verify", "{f}/cert_phase_nan.json"], 1, "NaN"),
    ("verify-phase-text", ["verify", "{f}/cert_phase_text.json"], 1, "is not a number"),
    ("verify-phase-bool", ["verify", "{f}/cert_phase_bool.json"], 1, "is not a number"),
    ("verify-phases-list", ["verify", "{f}/cert_phases_list.json"], 1, "'phases' must be"),
    ("verify-witness-list", ["verify", "{f}/cert_witness_list.json"], 1, "'witness' must be an object"),
    ("verify-witness-text", ["verify", "{f}/cert_witness_text.json"], 1, "'witness' must be an object"),
    ("verify-mu-huge", ["verify", "{f}/cert_mu_huge.json"], 1, "is not a fraction"),
    ("verify-mu-text", ["verify", "{f}/cert_mu_text.json"], 1, "is not a fraction"),
    ("verify-mu-zero-den", ["verify", "{f}/cert_mu_zero_den.json"], 1, "is not a fraction"),
    ("verify-mu-digits", ["verify", "{f}/cert_mu_digits.json"], 1, "is not a fraction"),
    ("verify-mu-list", ["verify", "{f}/cert_mu_list.json"], 1, "is not a fraction"),
    ("verify-edges-dict", ["verify", "{f}/cert_edges_dict.json"], 1, "'edges' must be a list"),
    ("verify-edge-triple", ["verify", "{f}/cert_edge_triple.json"], 1, "is not a [u, v] pair"),
    ("verify-edge-float", ["verify", "{f}/cert_edge_float.json"], 1, "is not a [u, v] pair"),
    ("verify-edge-unknown", ["verify", "{f}/cert_edge_unknown.json"], 1, "without a phase"),
    ("verify-stab-list", ["verify", "{f}/cert_stab_list.json"], 1, "'stability' must be an object"),
    ("verify-stab-method", ["verify", "{f}/cert_stab_method.json"], 1, "'stability' must be an object"),
    ("verify-stab-eig-text", ["verify", "{f}/cert_stab_eig_text.json"], 1, "stability.max_eigenvalue"),
    ("verify-n-text", ["verify", "{f}/cert_n_text.json"], 1, "'n' must be an integer"),
    ("verify-n-bool", ["verify", "{f}/cert_n_bool.json"], 1, "'n' must be an integer"),
    ("verify-mindeg-float", ["verify", "{f}/cert_mindeg_float.json"], 1, "'min_degree' must be an integer"),
    ("verify-mu-float-text", ["verify", "{f}/cert_mu_float_text.json"], 1, "'mu' must be a number"),
    ("verify-q-bool", ["verify", "{f}/cert_q_bool.json"], 1, "twist q given"),
    ("verify-deep", ["verify", "{f}/cert_deep.json"], 1, "not valid JSON"),
    ("verify-huge-file", ["verify", "{f}/cert_huge.json"], 1, "larger than the certificate size limit"),
] + [
    (f"verify-claim-{m}-{name}", ["verify", f"{{f}}/claim_{m}_{name}.json"], 1, check)     # audit 1
    for m in ("twisted", "general") for name, _, check in _CLAIMS
] + [
    # --- circulant --------------------------------------------------------------------------------
    ("circulant-huge-n", ["circulant", "99999999999999999999999", "2"], 1, "the limit is n <="),  # audit 3
    ("circulant-milp-1e7", ["circulant", "10000000", "1", "--time-limit", "5"], 1, "the limit is n <= 5000"),  # audit 3
    ("circulant-cf-1e9", ["circulant", "1000000000", "1", "--method", "closed-form"], 1,
     "the limit is n <= 50000"),                                                                   # audit 3
    ("circulant-milp-6000", ["circulant", "6000", "1"], 1, "too large for method milp"),
    ("circulant-n-4", ["circulant", "4", "1"], 2, "'N'"),
    ("circulant-n-neg", ["circulant", "-7", "1"], 2, "No such option"),
    ("circulant-n-x", ["circulant", "x", "1"], 2, "'N'"),
    ("circulant-n-float", ["circulant", "19.5", "1"], 2, "'N'"),
    ("circulant-q-0", ["circulant", "20", "0"], 2, "'Q'"),
    ("circulant-q-big", ["circulant", "20", "11"], 2, "'Q'"),
    ("circulant-q-x", ["circulant", "20", "x"], 2, "'Q'"),
    ("circulant-missing-q", ["circulant", "20"], 2, "Missing argument"),
    ("circulant-solver", ["circulant", "20", "1", "--solver", "gurobi"], 2, "--solver"),
    ("circulant-method", ["circulant", "20", "1", "--method", "guess"], 2, "--method"),
    ("circulant-eps-0", ["circulant", "20", "1", "--eps", "0"], 2, "--eps"),
    ("circulant-eps-neg", ["circulant", "20", "1", "--eps", "-1"], 2, "--eps"),
    ("circulant-eps-x", ["circulant", "20", "1", "--eps", "x"], 2, "--eps"),
    ("circulant-time-0", ["circulant", "20", "1", "--time-limit", "0"], 2, "--time-limit"),
    ("circulant-write-infeasible", ["circulant", "20", "5", "--write-graph", "{f}/x.gml"], 1, "no network to write"),
    ("circulant-write-dir", ["circulant", "19", "1", "--method", "closed-form", "--write-graph", "{f}/adir.json"], 2,
     "directory"),
    ("circulant-write-nodir", ["circulant", "19", "1", "--method", "closed-form", "--write-graph",
                               "{f}/no/such/x.gml"], 1, "--write-graph"),
    # --- sweep ------------------------------------------------------------------------------------
    ("sweep-1e8", ["sweep", "--n", "100000000:100000001"], 1, "the limit is n <="),              # audit 3
    ("sweep-milp-big", ["sweep", "--n", "6000:6001", "--method", "milp"], 1, "the limit is n <= 5000"),
    ("sweep-long", ["sweep", "--n", "5:99999"], 1, "days"),
    ("sweep-n-x", ["sweep", "--n", "x"], 2, "--n"),
    ("sweep-n-reversed", ["sweep", "--n", "10:5"], 2, "--n"),
    ("sweep-n-small", ["sweep", "--n", "3:10"], 2, "--n"),
    ("sweep-n-three", ["sweep", "--n", "5:10:15"], 2, "--n"),
    ("sweep-n-missing", ["sweep"], 2, "--n"),
    ("sweep-q", ["sweep", "--n", "5:10", "--q", "odd"], 2, "--q"),
    ("sweep-method", ["sweep", "--n", "5:10", "--method", "guess"], 2, "--method"),
    ("sweep-solver", ["sweep", "--n", "5:10", "--solver", "gurobi"], 2, "--solver"),
    ("sweep-eps-0", ["sweep", "--n", "5:10", "--eps", "0"], 2, "--eps"),
    ("sweep-eps-1", ["sweep", "--n", "5:10", "--eps", "1"], 2, "--eps"),
    ("sweep-time-0", ["sweep", "--n", "5:10", "--time-limit", "0"], 2, "--time-limit"),
    ("sweep-workers-0", ["sweep", "--n", "5:10", "--workers", "0"], 2, "--workers"),
    ("sweep-scheduler", ["sweep", "--n", "5:10", "--scheduler", "nowhere"], 2, "--scheduler"),
    ("sweep-scheduler-port", ["sweep", "--n", "5:10", "--scheduler", "tcp://host:99999"], 2, "--scheduler"),
    ("sweep-timeout-0", ["sweep", "--n", "5:10", "--connect-timeout", "0"], 2, "--connect-timeout"),
    ("sweep-db-dir", ["sweep", "--n", "5:10", "--db", "{f}/adir.json"], 2, "directory"),
    ("sweep-db-nodir", ["sweep", "--n", "5:10", "--db", "{f}/no/such/s.sqlite"], 1, "s.sqlite"),
    ("sweep-db-garbage", ["sweep", "--n", "5:10", "--db", "{f}/garbage.gml"], 1, "garbage.gml"),
    # --- compare ----------------------------------------------------------------------------------
    ("compare-missing", ["compare", "{f}/none.csv"], 1, "none.csv"),
    ("compare-empty", ["compare", "{f}/empty.csv"], 1, "empty.csv"),
    ("compare-bad", ["compare", "{f}/bad.csv"], 1, "bad.csv"),
    ("compare-dir", ["compare", "{f}/adir.json"], 2, "directory"),
    ("compare-limit", ["compare", "{f}/bad.csv", "--limit", "-1"], 2, "--limit"),
    ("compare-workers", ["compare", "{f}/bad.csv", "--workers", "0"], 2, "--workers"),
    # --- simulate ---------------------------------------------------------------------------------
    ("simulate-missing", ["simulate", "{f}/none.gml"], 1, "no such file"),
    ("simulate-bad-graph", ["simulate", "{f}/directed.gml"], 1, "directed"),
    ("simulate-from", ["simulate", "{f}/ring.gml", "--from", "sideways"], 1, "--from"),
    ("simulate-from-twisted", ["simulate", "{f}/ring.gml", "--from", "twisted:abc"], 2, "--from"),
    ("simulate-from-npy", ["simulate", "{f}/ring.gml", "--from", "{f}/phases.npy"], 1, "--from"),
    ("simulate-tmax-0", ["simulate", "{f}/ring.gml", "--t-max", "0"], 2, "--t-max"),
    ("simulate-dt-0", ["simulate", "{f}/ring.gml", "--dt", "0"], 2, "--dt"),
    ("simulate-dt-x", ["simulate", "{f}/ring.gml", "--dt", "x"], 2, "--dt"),
    ("simulate-frames-1", ["simulate", "{f}/ring.gml", "--frames", "1"], 2, "--frames"),
    ("simulate-method", ["simulate", "{f}/ring.gml", "--method", "euler"], 2, "--method"),
    ("simulate-noise", ["simulate", "{f}/ring.gml", "--noise", "-1"], 2, "--noise"),
    ("simulate-seed", ["simulate", "{f}/ring.gml", "--seed", "x"], 2, "--seed"),
    # --- basin ------------------------------------------------------------------------------------
    ("basin-missing", ["basin", "{f}/none.gml"], 1, "no such file"),
    ("basin-bad-graph", ["basin", "{f}/disconnected.gml"], 1, "disconnected"),
    ("basin-trials-0", ["basin", "{f}/ring.gml", "--trials", "0"], 2, "--trials"),
    ("basin-workers-0", ["basin", "{f}/ring.gml", "--workers", "0"], 2, "--workers"),
    ("basin-confidence-1", ["basin", "{f}/ring.gml", "--confidence", "1"], 2, "--confidence"),
    ("basin-confidence-0", ["basin", "{f}/ring.gml", "--confidence", "0"], 2, "--confidence"),
    ("basin-tol-0", ["basin", "{f}/ring.gml", "--tol", "0"], 2, "--tol"),
    ("basin-ci", ["basin", "{f}/ring.gml", "--ci", "bayes"], 2, "--ci"),
    ("basin-method", ["basin", "{f}/ring.gml", "--method", "euler"], 2, "--method"),
    ("basin-scheduler", ["basin", "{f}/ring.gml", "--scheduler", "nowhere"], 1, "scheduler"),
    # --- search -----------------------------------------------------------------------------------
    ("search-unknown", ["search", "frobnicate"], 2, "No such command"),
    ("search-kmax-4", ["search", "blowup", "--k-max", "4"], 2, "--k-max"),
    ("search-kmax-61", ["search", "blowup", "--k-max", "61"], 2, "--k-max"),
    ("search-time-0", ["search", "blowup", "--time-limit", "0"], 2, "--time-limit"),
    ("search-workers-0", ["search", "blowup", "--workers", "0"], 2, "--workers"),
    ("search-ntarget", ["search", "blowup", "--n-target", "5"], 2, "--n-target"),
    ("search-minmu", ["search", "blowup", "--min-mu", "2"], 2, "--min-mu"),
    ("search-fractional-n", ["search", "blowup", "--fractional-n", "5000"], 2, "--fractional-n"),
    ("search-fractional-small", ["search", "blowup", "--fractional-n", "10"], 2, "--fractional-n"),
    ("search-starts-0", ["search", "blowup", "--fractional-starts", "0"], 2, "--fractional-starts"),
    ("search-recipe-missing", ["search", "record", "--recipe", "{f}/none.json"], 2, "--recipe"),
    ("search-recipe-garbage", ["search", "record", "--recipe", "{f}/cert_not_json.json"], 1, "cert_not_json.json"),
    ("search-recipe-array", ["search", "record", "--recipe", "{f}/cert_array.json"], 1, "cert_array.json"),
    ("no-such-command", ["frobnicate"], 2, "No such command"),
]


@pytest.mark.parametrize("args,code,fragment", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_one_clean_line(files, tmp_path, monkeypatch, args, code, fragment):
    monkeypatch.chdir(tmp_path)  # a sweep's default --db lands here
    argv = [a.replace("{f}", str(files)) for a in args]
    result = CliRunner().invoke(synctool, argv)
    out = result.output
    assert result.exit_code == code, out
    assert isinstance(result.exception, SystemExit), repr(result.exception)  # no traceback
    assert "Traceback" not in out
    assert fragment in out, out
    errors = [ln for ln in out.splitlines() if ln.startswith("Error")]
    assert len(errors) == 1, out
    if code == 1:  # `Error: ...` on one line (verify also lists its checks above it)
        assert errors[0].startswith("Error: ")


def test_enough_inputs():
    assert len(CASES) >= 100 and len({c[0] for c in CASES}) == len(CASES)


def test_valid_certificates_hold(tmp_path):
    """The certificates the audit rows tamper with hold untouched (so each row fails for its claim)."""
    for make in (_twisted_certificate, _general_certificate):
        path = tmp_path / "ok.json"
        path.write_text(json.dumps(make()))
        result = CliRunner().invoke(synctool, ["verify", str(path)])
        assert result.exit_code == 0, result.output


def test_no_solver_files_left_behind(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = CliRunner().invoke(synctool, ["circulant", "19", "1"])
    assert result.exit_code == 0 and os.listdir(tmp_path) == []
