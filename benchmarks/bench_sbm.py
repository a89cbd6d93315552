"""Benchmark of the SBM kernels: one full Gibbs sweep (hidden layer of every replica, free
replicas, Hebbian sums, every synapse) with the numba kernels, against the numpy twins of
``tests/stochnet/naive_sbm.py`` and against a vectorised numpy sweep (BLAS matrix products,
numpy's generator), all in this process.

Run: ``python benchmarks/bench_sbm.py`` (digits size, ~1 min) or ``--small``.
The machine is usually shared: read the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stochnet import _sbm_kernels as K  # noqa: E402
from tests.stochnet import naive_sbm as N  # noqa: E402


def numba_sweep(x, w, c, amps, q0, seed, h, cm, s, lg_h, lg_s):
    K.sample_layer(x, w, c, 1.0, seed, h, lg_h)
    cm[:] = 0.0
    K.hebbian(x, h, 1.0, cm)
    K.sample_synapses(cm, amps, q0, 1.0, seed + 1, s, w, lg_s)


def serial_sweep(x, w, c, amps, q0, seed, h, cm, s, lg_h, lg_s):
    K.serial("sample_layer")(x, w, c, 1.0, seed, h, lg_h)
    cm[:] = 0.0
    K.serial("hebbian")(x, h, 1.0, cm)
    K.serial("sample_synapses")(cm, amps, q0, 1.0, seed + 1, s, w, lg_s)


def numpy_sweep(x, w, c, amps, q0, rng):
    p = 1.0 / (1.0 + np.exp(-(x @ w + c)))
    h = (rng.random(p.shape) < p).astype(float)
    cm = x.T @ h
    ps = 1.0 / (1.0 + np.exp(-(q0 + amps * cm[:, :, None])))
    s = rng.random(ps.shape) < ps
    return (amps * s).sum(axis=2)


def naive_sweep(x, w, c, amps, q0, seed):
    h = N.sample_layer(x, w, c, 1.0, seed)
    cm = N.hebbian(x, h, 1.0)
    return N.sample_synapses(cm, amps, q0, 1.0, seed + 1)[1]


def timeit(fn, repeat):
    fn()
    t0 = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - t0) / repeat


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="tiny sizes (a few seconds)")
    args = ap.parse_args(argv)
    n_d, n_v, n_h, m = (200, 64, 32, 4) if args.small else (1347, 64, 64, 4)
    rng = np.random.default_rng(0)
    x = (rng.random((n_d, n_v)) < 0.3).astype(float)
    amps = 0.25 * rng.choice([-1.0, 1.0], size=(n_v, n_h, m))
    w = np.zeros((n_v, n_h))
    c = np.zeros(n_h)
    h = np.zeros((n_d, n_h))
    cm = np.zeros((n_v, n_h))
    s = np.zeros((n_v, n_h, m), dtype=np.int8)
    lg_h = np.zeros((n_d, n_h))
    lg_s = np.zeros((n_v, n_h, m))
    import numba

    print(f"numba threads: {numba.get_num_threads()}")
    t_numba = timeit(lambda: numba_sweep(x, w, c, amps, -2.0, 7, h, cm, s, lg_h, lg_s), 20)
    t_serial = timeit(lambda: serial_sweep(x, w, c, amps, -2.0, 7, h, cm, s, lg_h, lg_s), 20)
    t_numpy = timeit(lambda: numpy_sweep(x, w, c, amps, -2.0, rng), 20)
    t_naive = timeit(lambda: naive_sweep(x, w, c, amps, -2.0, 7), 1)
    terms = n_d * n_v * n_h * 2 + n_v * n_h * m
    print(f"sweep of {n_d} replicas x {n_v} visible x {n_h} hidden x {m} synapses ({terms:.3g} terms)")
    print(f"numba kernels   {t_numba * 1e3:9.3f} ms  ({terms / t_numba:.3g} terms/s)")
    print(f"numba serial    {t_serial * 1e3:9.3f} ms  ratio serial/parallel {t_serial / t_numba:.2f}")
    print(f"numpy (BLAS)    {t_numpy * 1e3:9.3f} ms  ratio numpy/numba {t_numpy / t_numba:.2f}")
    print(f"naive twin      {t_naive * 1e3:9.3f} ms  ratio naive/numba {t_naive / t_numba:.1f}")


if __name__ == "__main__":
    main()
