"""Benchmark of the Kuramoto right-hand side and integrators (synclib.dynamics.integrate / synclib.dynamics._kernels).

Measured in one process, so the ratios are meaningful even on a busy machine:

* RHS evaluations per second of the numba CSR kernel (serial and thread-parallel) against two plain
  numpy implementations (per-edge ``bincount``; the sparse-matrix form ``c*(A@s) - s*(A@c)``);
* RHS evaluations per second inside our RK4 / Dormand-Prince integrators against scipy's ``solve_ivp``
  (RK45 with the numpy sparse right-hand side), counting its ``nfev``;
* the memory-bandwidth floor of the sparse kernel: the bytes one evaluation must move at least
  (``indptr`` + ``indices`` + phases in + result out) divided by the read bandwidth measured here with a
  streaming sum (serial and parallel); the issue's target is within 3x of that floor for 1e6 edges.
  Measured on a ring of k nearest neighbours with random node labels (every gather a cache miss) and
  after relabelling by :func:`synclib.dynamics.integrate.locality_order`, which ``integrate`` and
  ``integrate_batch`` apply by themselves for n >= 50000; and on an Erdos-Renyi graph with the same n and
  edge count, which no node order makes local (an expander), relabelled the same way.

Run: ``python benchmarks/bench_dynamics.py`` (about a minute; ``--edges`` to change the size,
``--small`` adds a 100-node ring where per-call overheads dominate).
"""

from __future__ import annotations

import argparse
import time

import numba
import numpy as np
import scipy.sparse as sp
from numba import njit, prange
from scipy.integrate import solve_ivp

from synclib.dynamics import _kernels
from synclib.dynamics.coupling import as_coupling, locality_order
from synclib.dynamics.integrate import integrate, integrate_batch


def shuffled_ring(n: int, k: int, seed: int = 0) -> sp.csr_array:
    """Ring with k nearest neighbours on each side, nodes relabelled at random: n*k edges, random gathers."""
    perm = np.random.default_rng(seed).permutation(n)
    i = np.repeat(np.arange(n), k)
    j = (i + np.tile(np.arange(1, k + 1), n)) % n
    r, c = perm[i], perm[j]
    A = sp.coo_array((np.ones(2 * r.size), (np.concatenate([r, c]), np.concatenate([c, r]))), shape=(n, n))
    A = sp.csr_array(A)
    A.sort_indices()
    return A


def erdos_renyi(n: int, m: int, seed: int = 0) -> sp.csr_array:
    """G(n, m) without self-loops (duplicates merged, so slightly fewer than m edges)."""
    rng = np.random.default_rng(seed)
    i, j = rng.integers(0, n, m), rng.integers(0, n, m)
    keep = i != j
    i, j = i[keep], j[keep]
    A = sp.coo_array((np.ones(2 * i.size), (np.concatenate([i, j]), np.concatenate([j, i]))), shape=(n, n))
    A = sp.csr_array(A)
    A.data[:] = 1.0
    A.sort_indices()
    return A


# The read-bandwidth probe must not be latency bound: "reassoc" lets LLVM vectorize the sum with
# several accumulators (a plain serial sum measured ~35 % lower here and would flatter the kernel).
@njit(cache=True, fastmath={"reassoc"})
def _stream_sum(x):
    s = 0.0
    for i in range(x.size):
        s += x[i]
    return s


@njit(cache=True, parallel=True, fastmath={"reassoc"})
def _stream_sum_par(x):
    s = 0.0
    for i in prange(x.size):
        s += x[i]
    return s


def best_time(fn, repeat: int, number: int = 1, clock=time.perf_counter) -> float:
    """Best of ``repeat`` runs of ``number`` calls, per call, on ``clock``."""
    best = np.inf
    for _ in range(repeat):
        t = clock()
        for _ in range(number):
            fn()
        best = min(best, (clock() - t) / number)
    return best


# Serial code is also timed on this thread's CPU clock: on a machine shared with other jobs the wall
# clock counts the time the thread was descheduled, the thread CPU clock does not.
CPU = time.thread_time


def read_bandwidth(parallel: bool, mbytes: int = 64, clock=time.perf_counter) -> float:
    """Streaming read bandwidth, best of many short passes (short passes dodge preemption on a shared
    machine; 64 MB is still well above the kernel's working set of ~10 MB)."""
    x = np.random.default_rng(0).random(mbytes * 2**20 // 8)
    f = _stream_sum_par if parallel else _stream_sum
    f(x)
    return x.nbytes / best_time(lambda: f(x), 30, clock=clock)


def bench_rhs(A: sp.csr_array, label: str, repeat: int) -> dict:
    n, nnz = A.shape[0], A.nnz
    c = as_coupling(A)
    theta = np.random.default_rng(1).uniform(0, 2 * np.pi, n)
    out, sc = np.empty(n), np.empty(2 * n)
    ser = lambda: _kernels._rhs_into(theta, c.indptr, c.indices, c.weights, c.omega, sc, out)  # noqa: E731
    par = lambda: _kernels.rhs_csr_parallel(theta, c.indptr, c.indices, c.weights, c.omega, sc, out)  # noqa: E731
    rows = np.repeat(np.arange(n), np.diff(A.indptr))
    cols = A.indices

    def np_edges():
        return np.bincount(rows, weights=np.sin(theta[cols] - theta[rows]), minlength=n)

    def np_sparse():
        sn, cs = np.sin(theta), np.cos(theta)
        return cs * (A @ sn) - sn * (A @ cs)

    ser(), par()
    ref = np_edges()
    out2 = np.empty(n)
    _kernels.rhs_csr(theta, c.indptr, c.indices, c.weights, c.omega, out2)
    assert np.allclose(out2, ref, atol=1e-9) and np.allclose(np_sparse(), ref, atol=1e-9)
    number = max(1, int(2e6 // max(nnz, 1)))
    t = {name: best_time(fn, repeat, number) for name, fn in
         [("numba serial", ser), ("numba parallel", par), ("numpy per-edge", np_edges),
          ("numpy sparse A@s", np_sparse)]}
    t_cpu = best_time(ser, repeat, number, clock=CPU)
    t_fill = best_time(lambda: _kernels.fill_sincos(theta, sc), repeat, number, clock=CPU)
    print(f"\n[{label}] n={n}, edges={nnz // 2}, nnz={nnz}, index dtype {c.indices.dtype}")
    for name, sec in t.items():
        print(f"  {name:<18} {1 / sec:12.1f} RHS/s   {sec * 1e3:9.3f} ms/eval   "
              f"speed-up vs numpy per-edge {t['numpy per-edge'] / sec:6.1f}x, vs numpy sparse "
              f"{t['numpy sparse A@s'] / sec:6.1f}x")
    print(f"  numba serial on the thread CPU clock: {t_cpu * 1e3:.3f} ms/eval, of which sin/cos of the n "
          f"phases {t_fill * 1e3:.3f} ms and the edge loop {(t_cpu - t_fill) * 1e3:.3f} ms")
    return {"coupling": c, "theta": theta, "times": t, "serial_cpu": t_cpu}


def bench_integrators(info: dict, t_span: float, repeat: int = 2) -> None:
    c, theta = info["coupling"], info["theta"]
    A = c.to_scipy()
    dt = 0.5 / c.spectral_bound  # well inside RK4's stability interval

    def numpy_rhs(t, y):
        s, cs = np.sin(y), np.cos(y)
        return cs * (A @ s) - s * (A @ cs)

    t0 = time.perf_counter()
    sol = solve_ivp(numpy_rhs, (0, t_span), theta, method="RK45", rtol=1e-6, atol=1e-8)
    t_ivp = time.perf_counter() - t0
    ivp_rate = sol.nfev / t_ivp
    n_steps = max(1, int(round(t_span / dt)))
    t_rk4 = best_time(lambda: integrate(c, theta, t_max=n_steps * dt, dt=dt, record_every=n_steps), repeat)
    rk4_rate = 4 * n_steps / t_rk4
    t0 = time.perf_counter()
    b = integrate_batch(c, theta0=theta, trials=1, start="given", method="dopri5", t_max=t_span, rtol=1e-6,
                        atol=1e-8, tol=0.0, parallel=False)
    t_dp = time.perf_counter() - t0
    acc = b.settings
    print(f"  integrators over t in [0, {t_span:g}] (RHS evaluations per second, wall clock):")
    print(f"    scipy solve_ivp RK45 (numpy sparse RHS) {ivp_rate:12.1f}  ({sol.nfev} evals, {t_ivp:.3f} s)")
    print(f"    synclib RK4 (numba, dt={dt:.3g})         {rk4_rate:12.1f}  ({4 * n_steps} evals, {t_rk4:.3f} s)"
          f"   ratio vs solve_ivp {rk4_rate / ivp_rate:6.1f}x")
    print(f"    synclib Dormand-Prince (numba)          wall {t_dp:.3f} s vs solve_ivp {t_ivp:.3f} s "
          f"(same tolerances): {t_ivp / t_dp:6.1f}x faster  [h_max {acc['h_max']:.3g}]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edges", type=float, default=1e6, help="undirected edges of the big graph")
    ap.add_argument("--degree", type=int, default=20, help="degree of the big graph (k = degree/2 neighbours per side)")
    ap.add_argument("--small", action="store_true", help="also a 100-node ring (overhead-dominated)")
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    print(f"numba {numba.__version__}, threads {numba.get_num_threads()}, threading layer "
          f"(first parallel call decides); machine shared with other jobs: figures are as measured")
    k = args.degree // 2
    n = int(args.edges // k)
    A = shuffled_ring(n, k)
    info = bench_rhs(A, "big sparse graph, random node labels", args.repeat)
    perm = locality_order(A)
    B = sp.csr_array(A[perm][:, perm])
    B.sort_indices()
    info_rcm = bench_rhs(B, "same graph relabelled by locality_order (integrate and integrate_batch do this for n >= 5e4)",
                         args.repeat)
    # An expander has no good node order: G(n, m) with the same n and edge count, relabelled the same way.
    E = erdos_renyi(n, A.nnz // 2)
    perm_e = locality_order(E)
    E = sp.csr_array(E[perm_e][:, perm_e])
    E.sort_indices()
    info_er = bench_rhs(E, "Erdos-Renyi G(n, m), same n and m, relabelled by locality_order", args.repeat)
    bw_ser, bw_par = read_bandwidth(False), read_bandwidth(True)
    bw_cpu = read_bandwidth(False, clock=CPU)
    print(f"\n  streaming read bandwidth: serial {bw_ser / 1e9:.2f} GB/s (thread CPU clock {bw_cpu / 1e9:.2f}), "
          f"parallel {bw_par / 1e9:.2f} GB/s")
    for label, inf in [("random labels", info), ("locality order", info_rcm), ("Erdos-Renyi", info_er)]:
        c = inf["coupling"]
        bytes_min = c.indptr.nbytes + c.indices.nbytes + 8 * c.n + 8 * c.n
        floor_ser, floor_par, floor_cpu = bytes_min / bw_ser, bytes_min / bw_par, bytes_min / bw_cpu
        t = inf["times"]
        print(f"  [{label}] memory-bandwidth floor: {bytes_min / 1e6:.2f} MB per evaluation "
              f"(indptr + indices + theta + f)")
        print(f"    serial kernel   {t['numba serial'] * 1e3:8.3f} ms vs floor {floor_ser * 1e3:8.3f} ms  -> "
              f"{t['numba serial'] / floor_ser:5.2f}x the floor (target <= 3x)")
        print(f"    serial kernel, thread CPU clock: {inf['serial_cpu'] * 1e3:8.3f} ms vs floor "
              f"{floor_cpu * 1e3:8.3f} ms  -> {inf['serial_cpu'] / floor_cpu:5.2f}x the floor (target <= 3x)")
        print(f"    parallel kernel {t['numba parallel'] * 1e3:8.3f} ms vs floor {floor_par * 1e3:8.3f} ms  -> "
              f"{t['numba parallel'] / floor_par:5.2f}x the floor (target <= 3x)")
    bench_integrators(info, t_span=2.0, repeat=1)
    if args.small:
        info_s = bench_rhs(shuffled_ring(100, 3), "small ring", args.repeat)
        bench_integrators(info_s, t_span=50.0)


if __name__ == "__main__":
    main()
