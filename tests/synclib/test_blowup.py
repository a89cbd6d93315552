"""Blow-up witnesses (synclib.record.blowup): the spectral splitting, the interval check, finite certificates."""

import json
from fractions import Fraction

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner

from cli import synctool
from synclib.record.blowup import (
    blowup_graph,
    certify_blowup,
    check_blowup,
    circulant_pattern,
    make_pattern,
    polish_phases,
    quotient_arrays,
)
from synclib.certify.certificate import read_certificate, verify_certificate, write_certificate
from synclib.kuramoto import jacobian
from synclib.exceptions import InvalidParameterError


def _path_pattern():
    H = nx.Graph([(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 2)])
    return make_pattern(H, [2, 3, 1, 2, 4], [0.0, 0.4, 1.1, 2.0, -0.7])


def test_spectrum_splits_into_within_cluster_and_quotient_modes():
    # the Jacobian of the finite graph at cluster-constant phases (equilibrium or not) has eigenvalue
    # -D_i with multiplicity c_i - 1 and the quotient's eigenvalues (issue 8, derived there)
    pat = _path_pattern()
    G, theta = blowup_graph(pat)
    J = jacobian(nx.to_numpy_array(G, weight=None), theta)
    _, D, Msym = quotient_arrays(pat)
    expected = np.sort(np.concatenate([np.repeat(-D, pat.sizes - 1), np.linalg.eigvalsh(Msym)]))
    got = np.sort(np.linalg.eigvalsh(0.5 * (J + J.T)))
    np.testing.assert_allclose(got, expected, atol=1e-10)


def test_partial_join_is_regular_and_splits_quotient():
    H = nx.cycle_graph(4)
    pat = make_pattern(H, [5, 5, 5, 5], [0, 0.3, 0.5, 0.2], partial={(0, 1): 2, (2, 3): 4})
    G, theta = blowup_graph(pat)
    cl = nx.get_node_attributes(G, "cluster")
    for u in G:
        counts = np.bincount([cl[v] for v in G[u]], minlength=4)
        np.testing.assert_array_equal(counts, pat.joins[cl[u]] + np.eye(4, dtype=int)[cl[u]] * (pat.sizes[cl[u]] - 1))
    assert min(d for _, d in G.degree()) == pat.degrees.min()
    # quotient eigenvalues are still eigenvalues of the finite Jacobian
    J = jacobian(nx.to_numpy_array(G, weight=None), theta)
    ev = np.linalg.eigvalsh(0.5 * (J + J.T))
    for lam in np.linalg.eigvalsh(quotient_arrays(pat)[2]):
        assert np.min(np.abs(ev - lam)) < 1e-9


def test_uniform_c19_blowup_certified_and_verifies(tmp_path):
    # the circulant record pattern (Yoneda et al. 2021: S = {1..5} stable for N~ = 19) blown up uniformly
    pat = circulant_pattern(19, range(1, 6), 4)
    res = certify_blowup(pat)
    assert res.quotient.holds and res.certified
    assert res.mu_fraction == Fraction(11 * 4 - 1, 19 * 4 - 1)
    cert = res.certificate
    assert cert["mu_fraction"] == "43/75" and cert["n"] == 76
    assert verify_certificate(cert).holds
    path = write_certificate(cert, tmp_path / "c.json")
    ok = CliRunner().invoke(synctool, ["verify", str(path)])
    assert ok.exit_code == 0, ok.output
    # tampering with one phase breaks it
    bad = read_certificate(path)
    bad["phases"]["0"] += 0.5
    bad_path = tmp_path / "bad.json"
    bad_path.write_text(json.dumps(bad))
    assert CliRunner().invoke(synctool, ["verify", str(bad_path)]).exit_code != 0


def test_unstable_quotient_is_rejected():
    # N~ = 16: k_c = 5, so complete joins at +-1..+-5 make the twisted quotient unstable (closed form)
    pat = circulant_pattern(16, range(1, 6), 3)
    q = check_blowup(pat)
    assert not q.holds and "quotient" in q.reason
    assert q.quotient_upper >= np.sort(np.linalg.eigvalsh(quotient_arrays(pat)[2]))[-1] > 0
    # while S = {1..4} is stable
    assert check_blowup(circulant_pattern(16, range(1, 5), 3)).holds


def test_interval_check_bounds_match_floats():
    pat = circulant_pattern(13, range(1, 4), 2)
    q = check_blowup(pat)
    F, D, Msym = quotient_arrays(pat)
    assert q.holds
    assert q.residual_bound >= np.abs(F).max()
    assert q.min_D_lower <= D.min() and q.min_D_lower > D.min() - 1e-9
    lam = np.sort(np.linalg.eigvalsh(Msym))[-2]
    assert lam < q.quotient_upper < lam + 1e-6


def test_polish_restores_equilibrium_and_residual_check_fails_without():
    """Phases 1e-3 away from the twisted equilibrium of a 3-fold blow-up of C11(1, 2, 3): the
    residual check rejects them; Newton takes them back to the equilibrium next to the start, which
    then passes the quotient check.

    (The test used to start from the twisted phases with unequal class sizes, residual 1.98, far
    from any equilibrium. Full Newton steps from there wander chaotically, and where they end
    depends on the last bits of sin and cos: with numpy's AVX-512 routines they did not converge
    in 50 steps, residual 1.21. ``certify_blowup`` then reports the pattern as not certified,
    which is correct.)
    """
    graph = nx.circulant_graph(11, [1, 2, 3])
    start = 2 * np.pi * np.arange(11) / 11 + 1e-3 * np.sin(np.arange(11) + 1.0)
    pat = make_pattern(graph, [3] * 11, start)
    assert not check_blowup(pat).holds and "residual" in check_blowup(pat).reason
    th = polish_phases(pat)
    pat2 = make_pattern(graph, pat.sizes, th)
    assert np.abs(quotient_arrays(pat2)[0]).max() < 1e-11
    assert np.abs(np.angle(np.exp(1j * (th - start)))).max() < 1e-2
    assert check_blowup(pat2).holds


@pytest.mark.parametrize("kwargs,msg", [
    ({"sizes": [1, 2, 0], "phases": [0, 1, 2]}, "sizes"),
    ({"sizes": [1, 2], "phases": [0, 1, 2]}, "sizes"),
    ({"sizes": [1, 2, 3], "phases": [0, 1, np.nan]}, "phases"),
    ({"sizes": [2, 2, 3], "phases": [0, 1, 2], "partial": {(1, 2): 1}}, "equal cluster sizes"),
    ({"sizes": [2, 2, 2], "phases": [0, 1, 2], "partial": {(0, 1): 3}}, "1..2"),
])
def test_make_pattern_errors(kwargs, msg):
    with pytest.raises(InvalidParameterError, match=msg):
        make_pattern(nx.path_graph(3), **kwargs)


def test_make_pattern_rejects_bad_pattern():
    with pytest.raises(InvalidParameterError, match="not an edge"):
        make_pattern(nx.path_graph(3), [2, 2, 2], [0, 1, 2], partial={(0, 2): 1})
    with pytest.raises(InvalidParameterError, match="simple undirected"):
        make_pattern(np.array([[0, 1], [0, 0]]), [1, 1], [0, 1])
