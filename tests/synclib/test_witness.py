"""Tests of synclib.bound.witness: certified witnesses on shuffled circulants and k-nearest-neighbour rings,
never a witness when mu >= 3/4 (Kassabov, Strogatz & Townsend 2022), reproducibility and limits."""

from __future__ import annotations

import json

import networkx as nx
import numpy as np
import pytest

from synclib.certify.twisted import twisted_spectrum
from synclib.certify.equilibrium import certify_equilibrium
from synclib.circulant.closed_form import closed_form
from synclib.dynamics.coupling import kuramoto_rhs
from synclib.exceptions import InvalidGraphError, InvalidParameterError
from synclib.graphs import circulant_connection_set, connectivity, to_csr
from synclib.dynamics.states import order_parameter
from synclib.bound.witness import find_witness


def _shuffled(G0: nx.Graph, seed: int) -> nx.Graph:
    """Same graph, nodes inserted in a random order (node order is what synclib reads)."""
    G = nx.Graph()
    G.add_nodes_from(np.random.default_rng(seed).permutation(G0.number_of_nodes()).tolist())
    G.add_edges_from(G0.edges)
    return G


def _assert_real_witness(G, res):
    assert res.found and res.check.stable and res.check.certified_upper_bound < 0
    theta = res.phases
    assert theta.shape == (G.number_of_nodes(),) and not theta.flags.writeable
    assert np.abs(kuramoto_rhs(G, theta)).max() < 1e-10  # an equilibrium
    assert order_parameter(theta) < 1 - 1e-6  # not in-phase sync
    again = certify_equilibrium(to_csr(G), theta)  # the judge agrees when asked again
    assert again.stable
    json.dumps(res.to_dict())


@pytest.mark.parametrize("n,q", [(19, 1), (190, 10)])
def test_shuffled_optimal_circulant_yields_certified_witness(n, q):
    """The optimal circulant for (n, q) with shuffled labels is not recognised as circulant, yet the
    numerical route finds a certified witness whose slowest eigenvalue is the twisted state's."""
    S = closed_form(n, q).connection_set
    G = _shuffled(nx.circulant_graph(n, S), seed=n)
    assert circulant_connection_set(G) is None
    res = find_witness(G, trials=40, seed=0)
    _assert_real_witness(G, res)
    lam = float(np.max(twisted_spectrum(n, S, q)[1:]))
    assert res.check.max_eigenvalue == pytest.approx(lam, abs=1e-8)
    if n == 19:  # a splay state: recognised as twisted along a Hamiltonian cycle of the graph
        assert res.kind == "twisted:1" and sorted(res.order) == list(range(n))
        pos = list(G.nodes)
        for a, b in zip(res.order, res.order[1:] + res.order[:1]):
            assert G.has_edge(pos[a], pos[b])
    else:  # (190, 10): 19 clusters of 10 oscillators
        assert res.kind == "cluster:19"


def test_twist_along_hamiltonian_cycle():
    from synclib.bound.witness import twist_along_hamiltonian_cycle

    G = _shuffled(nx.circulant_graph(23, [1, 2]), seed=9)
    theta = np.array([2 * np.pi * 3 * v / 23 for v in G.nodes])  # 3-twisted along the hidden ring
    q, order = twist_along_hamiltonian_cycle(to_csr(G), theta)
    # stepping 2 pi q / 23 in phase moves 8q along the ring (3 * 8 = 1 mod 23): first an edge at q = 3
    assert q == 3
    np.testing.assert_allclose(np.diff(np.unwrap(theta[order])) % (2 * np.pi), 2 * np.pi * q / 23, atol=1e-9)
    assert all(G.has_edge(list(G.nodes)[a], list(G.nodes)[b]) for a, b in zip(order, np.roll(order, -1)))
    assert twist_along_hamiltonian_cycle(to_csr(G), np.zeros(23)) is None
    assert twist_along_hamiltonian_cycle(to_csr(G), np.random.default_rng(0).uniform(0, 6, 23)) is None


def test_witness_without_spectral_starts():
    """Plain random / Hamiltonian-order / cluster starts still find it (no Laplacian eigenvectors)."""
    G = _shuffled(nx.circulant_graph(19, range(1, 6)), seed=3)
    res = find_witness(G, trials=60, seed=1, max_spectral=0)
    _assert_real_witness(G, res)
    assert not res.start.startswith("spectral")


def test_k_nearest_neighbour_ring_below_threshold():
    G = nx.circulant_graph(20, [1, 2, 3])  # mu = 6/19
    res = find_witness(G, trials=30, seed=2)
    _assert_real_witness(G, res)
    assert res.kind.startswith("twisted:")


def _dense_graphs():
    rng = np.random.default_rng(0)
    K_minus_matching = nx.complete_graph(10)
    K_minus_matching.remove_edges_from([(2 * i, 2 * i + 1) for i in range(5)])
    yield "K9", nx.complete_graph(9)
    yield "K10-matching", K_minus_matching
    for n, d in [(20, 4), (17, 4)]:  # complements of random d-regular graphs: mu = (n-1-d)/(n-1)
        H = nx.random_regular_graph(d, n, seed=int(rng.integers(1000)))
        yield f"complement-{n}-{d}", nx.complement(H)
    yield "circulant-17", nx.circulant_graph(17, [1, 2, 3, 4, 5, 6])  # degree 12 = 3/4 * 16


@pytest.mark.parametrize("name,G", list(_dense_graphs()))
def test_no_witness_when_mu_at_least_three_quarters(name, G):
    """Kassabov-Strogatz-Townsend 2022: mu >= 3/4 forces global sync, so any reported witness is a bug.
    Twisted starts are exact (unstable) equilibria here, so the judge is exercised."""
    assert connectivity(G) >= 0.75
    res = find_witness(G, trials=40, seed=3)
    assert not res.found and res.phases is None and res.kind is None
    assert res.trials == 40 and res.stopped_by == "trials"
    if res.check is not None:
        assert not res.check.stable


def test_reproducible_with_seed():
    G = _shuffled(nx.circulant_graph(24, [1, 2, 3]), seed=5)
    a = find_witness(G, trials=30, seed=11, max_spectral=0)
    b = find_witness(G, trials=30, seed=11, max_spectral=0)
    assert a.found == b.found and a.trials == b.trials and a.start == b.start
    assert np.array_equal(a.phases, b.phases)


def test_limits_and_errors():
    G = nx.circulant_graph(12, [1])
    res = find_witness(G, trials=5, time_limit=1e-9, seed=0)
    assert res.stopped_by == "time_limit" and res.trials == 0 and not res.found
    with pytest.raises(InvalidParameterError, match="trials"):
        find_witness(G, trials=0)
    with pytest.raises(InvalidParameterError, match="time_limit"):
        find_witness(G, time_limit=-1)
    with pytest.raises(InvalidGraphError, match="directed"):
        find_witness(nx.DiGraph([(0, 1), (1, 2), (2, 0)]))
