"""Tests of synclib.dynamics._kernels and synclib.dynamics.integrate: kernels against numpy twins and scipy's solve_ivp,
reproducible seeded streams, convergence detection, the paper's local validation, and `synctool simulate`."""

from __future__ import annotations

import json
import math

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from scipy.integrate import solve_ivp

from cli import synctool
from synclib.dynamics import _kernels
from synclib.certify.twisted import twisted_spectrum
from synclib.circulant.closed_form import closed_form
from synclib.dynamics.coupling import (CirculantRHS, as_coupling, convergence_residual, kuramoto_rhs,
                                       locality_order)
from synclib.dynamics.integrate import decay_rate, distance_to, integrate, integrate_batch, trial_seeds
from synclib.exceptions import InvalidParameterError
from tests.synclib.naive_dynamics import (noise_start, rhs_naive, rk4_naive, splitmix64_uniforms,
                                          uniform_start)


def _random_graph(n: int, p: float, seed: int, weighted: bool = False) -> np.ndarray:
    rng = np.random.default_rng(seed)
    A = np.triu((rng.random((n, n)) < p).astype(float), 1)
    if weighted:
        A *= rng.uniform(0.2, 2.0, (n, n))
    return A + A.T


# ------------------------------------------------------------------ random streams
def test_splitmix_matches_python_twin():
    for seed in (0, 1, 2**63 + 12345, 2**64 - 1):
        got = _kernels.splitmix64_uniform(np.uint64(seed), 50)
        assert got.tolist() == splitmix64_uniforms(seed, 50)


def test_splitmix_reference_value():
    # splitmix64 seeded with 0: first output 0xE220A8397B1DCDAF (Vigna's reference splitmix64.c).
    assert _kernels.splitmix64_uniform(np.uint64(0), 1)[0] == (0xE220A8397B1DCDAF >> 11) / 2.0**53


def test_starts_match_twins():
    seeds = trial_seeds(7, 5)
    U = _kernels.make_starts(np.zeros((1, 9)), seeds, _kernels.START_UNIFORM, 0.0)
    base = np.linspace(0, 1, 9)
    N = _kernels.make_starts(base[None, :], seeds, _kernels.START_NOISE, 0.3)
    for b, s in enumerate(seeds):
        np.testing.assert_allclose(U[b], uniform_start(int(s), 9), rtol=0, atol=1e-15)
        np.testing.assert_allclose(N[b], noise_start(base, 0.3, int(s)), rtol=0, atol=1e-14)
        assert abs((N[b] - base).mean()) < 1e-15
    assert np.all((U >= 0) & (U < 2 * np.pi))


def test_trial_seeds_reproducible_and_distinct():
    a, b = trial_seeds(3, 100), trial_seeds(3, 100)
    assert a.dtype == np.uint64 and np.array_equal(a, b)
    assert len(set(a.tolist())) == 100
    assert not np.array_equal(a, trial_seeds(4, 100))


# ------------------------------------------------------------------ right-hand side
@pytest.mark.parametrize("scale", [0.5, 7.0, 1e3, 9.9e5, 1e9])  # the last one takes the libm path
def test_fill_sincos_within_one_ulp_of_libm(scale):
    x = np.random.default_rng(int(scale) % 1000).uniform(-scale, scale, 20_000)
    x[:4] = [0.0, np.pi / 2, -np.pi, 3 * np.pi / 4]
    sc = np.empty(2 * x.size)
    _kernels.fill_sincos(x, sc)
    assert np.abs(sc[0::2] - np.sin(x)).max() <= 2.3e-16
    assert np.abs(sc[1::2] - np.cos(x)).max() <= 2.3e-16


@pytest.mark.parametrize("special", [None, np.nan, 2e6])
def test_parallel_rhs_sincos_matches_serial(special):
    """The parallel kernel computes sin/cos in spans (libm fallback for huge or non-finite phases)."""
    x = np.random.default_rng(0).uniform(-50, 50, 1001)
    if special is not None:
        x[5] = special
    sc_p, sc_s = np.empty(2002), np.empty(2002)
    _kernels.rhs_csr_parallel(x, np.zeros(1002, np.int32), np.empty(0, np.uint32), np.empty(0), np.empty(0),
                              sc_p, np.empty(1001))
    _kernels.fill_sincos(x, sc_s)
    assert np.array_equal(sc_p, sc_s, equal_nan=True)


def test_fill_sincos_non_finite_falls_back_to_libm():
    x = np.array([0.3, np.inf, np.nan])
    sc = np.empty(6)
    _kernels.fill_sincos(x, sc)
    assert sc[0] == np.sin(0.3) and sc[1] == np.cos(0.3) and np.isnan(sc[2:]).all()


@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("with_omega", [False, True])
def test_rhs_matches_naive(weighted, with_omega):
    A = _random_graph(23, 0.3, 1, weighted)
    rng = np.random.default_rng(2)
    theta = rng.uniform(-7, 7, 23)
    omega = rng.normal(size=23) if with_omega else None
    np.testing.assert_allclose(kuramoto_rhs(A, theta, omega), rhs_naive(A, theta, omega), atol=1e-13)
    np.testing.assert_allclose(kuramoto_rhs(sp.csr_array(A), theta, omega), rhs_naive(A, theta, omega),
                               atol=1e-13)
    # batch input: row by row
    th2 = rng.uniform(0, 6, (3, 23))
    got = kuramoto_rhs(A, th2, omega)
    for b in range(3):
        np.testing.assert_allclose(got[b], rhs_naive(A, th2[b], omega), atol=1e-13)


def test_rhs_parallel_kernel_matches_serial():
    A = _random_graph(200, 0.05, 3, weighted=True)
    c = as_coupling(A, omega=np.arange(200) / 100)
    theta = np.random.default_rng(0).uniform(0, 6.3, 200)
    sc, out = np.empty(400), np.empty(200)
    _kernels.rhs_csr_parallel(theta, c.indptr, c.indices, c.weights, c.omega, sc, out)
    np.testing.assert_allclose(out, rhs_naive(A, theta, np.arange(200) / 100), atol=1e-12)


@pytest.mark.parametrize("weighted", [False, True])
def test_rhs_blocked_rows_are_summed_in_csr_order(weighted):
    """The kernel takes rows four at a time; each row must still be summed in CSR order, so serial,
    parallel and a plain row-by-row loop agree bit for bit (isolated nodes, unequal degrees, n % 4 != 0)."""
    A = _random_graph(203, 0.06, 5, weighted)
    A[7, :] = A[:, 7] = 0.0  # an isolated node inside a block of four
    c = as_coupling(A)
    theta = np.random.default_rng(4).uniform(0, 6.3, 203)
    out_s, out_p, sc = np.empty(203), np.empty(203), np.empty(406)
    _kernels.rhs_csr(theta, c.indptr, c.indices, c.weights, c.omega, out_s)
    _kernels.rhs_csr_parallel(theta, c.indptr, c.indices, c.weights, c.omega, sc, out_p)
    s, co = sc[0::2], sc[1::2]  # interleaved
    ref = np.empty(203)
    for i in range(203):
        acc_s = acc_c = 0.0
        for p in range(c.indptr[i], c.indptr[i + 1]):
            j, w = c.indices[p], (c.weights[p] if weighted else 1.0)
            acc_s += w * s[j] if weighted else s[j]
            acc_c += w * co[j] if weighted else co[j]
        ref[i] = co[i] * acc_s - s[i] * acc_c
    assert np.array_equal(out_s, ref) and np.array_equal(out_p, ref) and out_s[7] == 0.0


def test_graph_input_uses_node_order():
    G = nx.Graph()
    G.add_nodes_from([3, 0, 2, 1])
    G.add_edges_from([(3, 0), (0, 2), (2, 1), (1, 3), (3, 2)])
    theta = np.array([0.1, 0.7, 2.0, -1.0])
    A = nx.to_numpy_array(G, nodelist=[3, 0, 2, 1])
    np.testing.assert_allclose(kuramoto_rhs(G, theta), rhs_naive(A, theta), atol=1e-14)


@given(st.integers(0, 10_000))
def test_rhs_invariants(seed):
    """Symmetric coupling: sum_i f_i = sum_i omega_i, and f is invariant under a common rotation."""
    rng = np.random.default_rng(seed)
    A = _random_graph(12, 0.4, seed, weighted=bool(seed % 2))
    theta = rng.uniform(0, 2 * np.pi, 12)
    omega = rng.normal(size=12)
    f = kuramoto_rhs(A, theta, omega)
    assert abs(f.sum() - omega.sum()) < 1e-11
    np.testing.assert_allclose(kuramoto_rhs(A, theta + rng.uniform(-9, 9), omega), f, atol=1e-11)


@pytest.mark.parametrize("n,S,weights", [(11, (1, 2), None), (20, (1, 3, 10), None), (17, (2, 5), (0.5, 3.0))])
def test_circulant_fft_matches_naive(n, S, weights):
    rhs = CirculantRHS(n, S, weights)
    w = np.ones(len(S)) if weights is None else np.asarray(weights)
    A = np.zeros((n, n))
    for k, wk in zip(S, w):
        for i in range(n):
            A[i, (i + k) % n] = wk
            A[i, (i - k) % n] = wk
    theta = np.random.default_rng(n).uniform(0, 2 * np.pi, (4, n))
    got = rhs(theta)
    for b in range(4):
        np.testing.assert_allclose(got[b], rhs_naive(A, theta[b]), atol=1e-12)
    np.testing.assert_allclose(rhs.to_coupling().to_scipy().toarray(), A)


def test_bad_inputs():
    with pytest.raises(InvalidParameterError, match="square"):
        as_coupling(np.ones((3, 4)))
    with pytest.raises(InvalidParameterError, match="omega"):
        as_coupling(np.ones((3, 3)), omega=[1.0, 2.0])
    with pytest.raises(InvalidParameterError, match="theta"):
        kuramoto_rhs(np.ones((3, 3)), [0.0, 1.0])
    with pytest.raises(InvalidParameterError, match="connection_set"):
        CirculantRHS(10, [6])
    with pytest.raises(InvalidParameterError, match="method"):
        integrate(np.ones((3, 3)), np.zeros(3), method="euler")
    with pytest.raises(InvalidParameterError, match="t_max"):
        integrate(np.ones((3, 3)), np.zeros(3), t_max=-1)
    with pytest.raises(InvalidParameterError, match="theta0"):
        integrate_batch(np.ones((3, 3)), start="given", trials=2)


# ------------------------------------------------------------------ integrators
def test_rk4_batch_matches_naive_rk4():
    A = _random_graph(15, 0.3, 4, weighted=True)
    omega = np.random.default_rng(4).normal(size=15)
    theta0 = np.random.default_rng(5).uniform(0, 6, (3, 15))
    res = integrate_batch(A, theta0=theta0, trials=3, start="given", method="rk4", dt=0.01, t_max=2.0,
                          tol=0.0, omega=omega)
    assert res.t_end.tolist() == pytest.approx([2.0] * 3)
    for b in range(3):
        ref = rk4_naive(lambda y: rhs_naive(A, y, omega), theta0[b], 0.01, 200)
        np.testing.assert_allclose(res.final[b], ref, atol=1e-11)


def test_rk4_record_matches_naive():
    A = _random_graph(10, 0.5, 6)
    th0 = np.random.default_rng(6).uniform(0, 6, 10)
    tr = integrate(A, th0, t_max=1.0, dt=0.01, record_every=10)
    assert tr.phases.shape == (11, 10)
    np.testing.assert_allclose(tr.times, np.arange(11) * 0.1, atol=1e-12)
    np.testing.assert_allclose(tr.phases[5], rk4_naive(lambda y: rhs_naive(A, y), th0, 0.01, 50), atol=1e-12)


@pytest.mark.parametrize("method", ["rk4", "dopri5"])
def test_integrators_match_solve_ivp(method):
    """Both integrators against scipy's DOP853 with tight tolerances (weighted, natural frequencies)."""
    A = _random_graph(16, 0.35, 8, weighted=True)
    omega = np.random.default_rng(8).normal(0, 0.3, 16)
    th0 = np.random.default_rng(9).uniform(0, 2 * np.pi, 16)
    ref = solve_ivp(lambda t, y: rhs_naive(A, y, omega), (0, 5.0), th0, method="DOP853", rtol=1e-12,
                    atol=1e-12).y[:, -1]
    tr = integrate(A, th0, t_max=5.0, dt=1e-3, method=method, omega=omega, rtol=1e-10, atol=1e-12)
    assert tr.times[-1] == pytest.approx(5.0)
    np.testing.assert_allclose(tr.final, ref, atol=1e-8)
    b = integrate_batch(A, theta0=th0, trials=1, start="given", method=method, dt=1e-3, t_max=5.0,
                        rtol=1e-10, atol=1e-12, tol=0.0, omega=omega)
    np.testing.assert_allclose(b.final[0], ref, atol=1e-8)


def test_fft_and_csr_integrations_agree():
    S = (1, 2, 5)
    rhs = CirculantRHS(30, S)
    G = nx.circulant_graph(30, S)
    th0 = np.random.default_rng(10).uniform(0, 2 * np.pi, 30)
    for method in ("rk4", "dopri5"):
        a = integrate(rhs, th0, t_max=3.0, dt=0.01, method=method)
        b = integrate(G, th0, t_max=3.0, dt=0.01, method=method)
        np.testing.assert_allclose(a.final, b.final, atol=1e-9)


def test_batch_reproducible_parallel_serial_and_split():
    G = nx.circulant_graph(12, [1, 2])
    seeds = trial_seeds(11, 6)
    kw = dict(start="uniform", method="dopri5", t_max=100.0, tol=1e-8)
    a = integrate_batch(G, seeds=seeds, parallel=True, **kw)
    b = integrate_batch(G, seeds=seeds, parallel=False, **kw)
    c = integrate_batch(G, seeds=seeds[3:], **kw)
    assert np.array_equal(a.final, b.final) and np.array_equal(a.starts, b.starts)
    assert np.array_equal(a.final[3:], c.final)
    d = integrate_batch(G, trials=6, seed=11, **kw)
    assert np.array_equal(a.final, d.final)
    assert not np.array_equal(a.starts, integrate_batch(G, trials=6, seed=12, **kw).starts)


@pytest.mark.parametrize("method", ["rk4", "dopri5"])
def test_convergence_detection(method):
    G = nx.circulant_graph(10, [1, 2])
    res = integrate_batch(G, trials=8, seed=0, method=method, dt=0.05, t_max=300.0, tol=1e-9)
    assert res.converged.all()
    assert np.all(res.residual < 1e-9) and np.all(res.t_end < 300.0)
    for b in range(8):
        assert convergence_residual(G, res.final[b]) == pytest.approx(res.residual[b], rel=1e-6, abs=1e-15)
    # too short a horizon: reported as not converged, with its (larger) residual
    short = integrate_batch(G, trials=8, seed=0, method=method, dt=0.05, t_max=0.5, tol=1e-9)
    assert not short.converged.any() and np.all(short.residual > 1e-9)


def test_frequency_locked_state_counts_as_converged():
    """With small natural frequencies the state locks: all velocities equal, residual -> 0."""
    G = nx.complete_graph(6)
    omega = np.array([0.3, -0.1, 0.2, 0.0, 0.1, 0.05])
    res = integrate_batch(G, trials=3, seed=1, omega=omega, tol=1e-9, t_max=200.0)
    assert res.converged.all()
    v = kuramoto_rhs(G, res.final[0], omega)
    np.testing.assert_allclose(v, omega.mean(), atol=1e-8)


# ------------------------------------------------------------------ the paper's local validation
def _local_validation(n: int, q: int, seed: int) -> tuple[float, float]:
    S = closed_form(n, q).connection_set
    lam_max = float(np.max(twisted_spectrum(n, S, q)[1:]))
    twisted = 2 * np.pi * q * np.arange(n) / n
    theta0 = _noisy_start(twisted, seed)
    assert abs((theta0 - twisted).mean()) < 1e-12
    tr = integrate(CirculantRHS(n, S), theta0, t_max=4.0, dt=1e-3, method="rk4", record_every=10)
    d = distance_to(tr.phases, twisted)
    assert d[-1] < d[0]
    return decay_rate(tr.times, d, t_start=2.0, t_stop=4.0), lam_max


def _noisy_start(twisted: np.ndarray, seed: int) -> np.ndarray:
    """Twisted state + N(0, (0.1 pi / sqrt n)^2) noise with the mean removed (Yoneda et al. 2021)."""
    n = twisted.size
    seeds = trial_seeds(seed, 1)
    return _kernels.make_starts(twisted[None, :], seeds, _kernels.START_NOISE, 0.1 * np.pi / np.sqrt(n))[0]


def test_local_validation_small():
    """(190, 10) optimum: the distance decays at the rate lambda_max within 2 %."""
    rate, lam = _local_validation(190, 10, seed=0)
    assert lam < 0
    assert rate == pytest.approx(lam, rel=0.02)


def test_local_validation_1900_100():
    """Yoneda et al. 2021: on the (1900, 100) optimum (degree 1297) lambda_max ~ -0.768 and the
    distance to the twisted state decays like exp(lambda_max t) (RK4, dt = 1e-3, t <= 4)."""
    rate, lam = _local_validation(1900, 100, seed=1)
    assert lam == pytest.approx(-0.768, abs=5e-4)
    assert rate == pytest.approx(lam, rel=0.02)


def test_sparse_kernel_on_1900_100_matches_fft():
    """The CSR kernel on the (dense-ish) (1900, 100) optimum agrees with the FFT right-hand side."""
    n, q = 1900, 100
    S = closed_form(n, q).connection_set
    G = CirculantRHS(n, S).to_coupling()  # CSR arrays (networkx would take ~20 s to build 1.2e6 edges)
    assert G.nnz == 2 * 1297 * n // 2 and G.weights.size == 0
    th = _noisy_start(2 * np.pi * q * np.arange(n) / n, seed=2)
    np.testing.assert_allclose(kuramoto_rhs(G, th), CirculantRHS(n, S)(th), atol=1e-10)
    a = integrate(G, th, t_max=0.02, dt=1e-3)
    b = integrate(CirculantRHS(n, S), th, t_max=0.02, dt=1e-3)
    np.testing.assert_allclose(a.final, b.final, atol=1e-11)


# ------------------------------------------------------------------ CLI
@pytest.fixture()
def ring_file(tmp_path):
    path = tmp_path / "ring.gml"
    nx.write_gml(nx.circulant_graph(20, [1, 2]), path)
    return path


def test_cli_simulate_json_out_and_plot(ring_file, tmp_path):
    out, png = tmp_path / "tr.npz", tmp_path / "p.png"
    r = CliRunner().invoke(synctool, ["simulate", str(ring_file), "--from", "twisted:-2", "--noise", "0.05",
                                      "--t-max", "40", "--dt", "0.02", "--out", str(out), "--plot", str(png),
                                      "--json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    assert doc["state"] == "twisted:-2" and doc["n"] == 20 and doc["frames"] > 10
    with np.load(out) as z:
        assert z["phases"].shape == (doc["frames"], 20)
        assert z["times"][-1] == pytest.approx(40.0)
        assert z["nodes"].tolist() == [str(i) for i in range(20)]
    assert png.stat().st_size > 1000
    # continue from the traces file and from a JSON phase map (as in a certificate)
    r2 = CliRunner().invoke(synctool, ["simulate", str(ring_file), "--from", str(out), "--t-max", "1", "--json"])
    assert r2.exit_code == 0 and json.loads(r2.output)["state"] == "twisted:-2"
    phases = {str(i): 2 * math.pi * 1 * i / 20 for i in range(20)}
    pj = tmp_path / "phases.json"
    pj.write_text(json.dumps({"phases": phases}))
    r3 = CliRunner().invoke(synctool, ["simulate", str(ring_file), "--from", str(pj), "--t-max", "1", "--json"])
    doc3 = json.loads(r3.output)
    assert doc3["state"] == "twisted:1" and doc3["residual"] < 1e-12


def test_cli_simulate_random_human_output(ring_file):
    r = CliRunner().invoke(synctool, ["simulate", str(ring_file), "--t-max", "5", "--seed", "3"])
    assert r.exit_code == 0 and "final state:" in r.output


@pytest.mark.parametrize("args,code,message", [
    (["--from", "twisted:x"], 2, "twisted:Q"),
    (["--from", "nosuchfile.npy"], 1, "neither 'random'"),
    (["--t-max", "0"], 2, "--t-max"),
])
def test_cli_simulate_bad_options(ring_file, args, code, message):
    r = CliRunner().invoke(synctool, ["simulate", str(ring_file), *args])
    assert r.exit_code == code and message in r.output
    assert isinstance(r.exception, SystemExit)


def test_cli_simulate_bad_files(tmp_path, ring_file):
    r = CliRunner().invoke(synctool, ["simulate", str(tmp_path / "missing.gml")])
    assert r.exit_code == 1 and r.output.startswith("Error:") and len(r.output.strip().splitlines()) == 1
    short = tmp_path / "short.txt"
    short.write_text("0.1 0.2 0.3\n")
    r = CliRunner().invoke(synctool, ["simulate", str(ring_file), "--from", str(short)])
    assert r.exit_code == 1 and "expected 20 phases" in r.output and isinstance(r.exception, SystemExit)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    r = CliRunner().invoke(synctool, ["simulate", str(ring_file), "--from", str(bad)])
    assert r.exit_code == 1 and "cannot read phases" in r.output
    directed = tmp_path / "d.gml"
    nx.write_gml(nx.DiGraph([(0, 1), (1, 2), (2, 0)]), directed)
    r = CliRunner().invoke(synctool, ["simulate", str(directed)])
    assert r.exit_code == 1 and "directed" in r.output and isinstance(r.exception, SystemExit)


@pytest.mark.parametrize("method", ["rk4", "dopri5"])
def test_reorder_gives_the_same_trajectories(method):
    """Relabelling by locality_order is internal: same starts (bit for bit), same end states (up to the
    order of the sums), results back in the caller's labelling."""
    rng = np.random.default_rng(11)
    n, k = 60, 4
    perm = rng.permutation(n)
    A = np.zeros((n, n))
    for d in range(1, k + 1):
        i = np.arange(n)
        A[perm[i], perm[(i + d) % n]] = A[perm[(i + d) % n], perm[i]] = 1.0
    omega = rng.normal(scale=0.01, size=n)
    kw = dict(trials=6, seed=3, method=method, t_max=30.0, dt=0.02, tol=1e-9, omega=omega, parallel=False)
    a = integrate_batch(A, reorder=False, **kw)
    b = integrate_batch(A, reorder=True, **kw)
    assert b.settings.get("reordered") and "reordered" not in a.settings
    assert np.array_equal(a.starts, b.starts)
    np.testing.assert_allclose(b.final, a.final, atol=1e-7)
    order = locality_order(A)
    assert sorted(order.tolist()) == list(range(n))
    P = A[order][:, order]
    bandwidth = lambda M: max(abs(i - j) for i, j in zip(*np.nonzero(M)))  # noqa: E731
    # a ring folds into a band: optimal bandwidth 2k, RCM from one end walks both arms at once (<= 4k)
    assert bandwidth(A) > n // 2 and bandwidth(P) <= 4 * k
    with pytest.raises(InvalidParameterError, match="reorder"):
        integrate_batch(A, reorder="yes", **kw)


def test_locality_order_sorts_degrees_within_windows():
    """After reverse Cuthill-McKee, each window of 64 positions holds the same nodes, by decreasing degree."""
    from scipy.sparse.csgraph import reverse_cuthill_mckee

    G = nx.gnm_random_graph(300, 1500, seed=5)
    A = nx.to_scipy_sparse_array(G, format="csr")
    order = locality_order(A)
    assert sorted(order.tolist()) == list(range(300))
    rcm = reverse_cuthill_mckee(sp.csr_array(A), symmetric_mode=True)
    deg = np.asarray(A.sum(axis=1)).ravel()
    for lo in range(0, 300, 64):
        assert set(order[lo:lo + 64]) == set(rcm[lo:lo + 64].tolist())
        assert np.all(np.diff(deg[order[lo:lo + 64]]) <= 0)
    assert np.any(np.diff(deg[rcm[:64]]) > 0)  # the sort did something


def test_integrate_reorder_gives_the_same_frames():
    rng = np.random.default_rng(2)
    n, perm = 50, rng.permutation(50)
    A = np.zeros((n, n))
    for d in (1, 2, 3):
        i = np.arange(n)
        A[perm[i], perm[(i + d) % n]] = A[perm[(i + d) % n], perm[i]] = 1.0
    theta0 = rng.uniform(0, 2 * np.pi, n)
    a = integrate(A, theta0, t_max=5.0, dt=0.01, reorder=False)
    b = integrate(A, theta0, t_max=5.0, dt=0.01, reorder=True)
    assert np.array_equal(a.phases[0], b.phases[0])
    np.testing.assert_allclose(b.phases, a.phases, atol=1e-10)
    with pytest.raises(InvalidParameterError, match="reorder"):
        integrate(A, theta0, reorder=1)
