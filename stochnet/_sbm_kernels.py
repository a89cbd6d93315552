"""Numba kernels of the synaptic Boltzmann machine (SBM): block Gibbs updates on plain arrays.

Model (a reconstruction documented in ``shared/science/stochnet.md``): replicas ``(v_d, h_d)`` of a
restricted Boltzmann machine share binary synapses ``s_ijm`` with fixed amplitudes ``a_ijm``,
``W_ij = sum_m a_ijm s_ijm``, and the joint density at temperature ``T`` is

    pi({v_d, h_d}, s) ~ exp( [ sum_d (v_d^T W h_d + b^T v_d + c^T h_d) + q0 sum s ] / T ).

Because the exponent is linear in every variable, the exact Gibbs conditionals factorise:

* hidden unit:   logit P(h_dj = 1 | rest) = (c_j + sum_i v_di W_ij) / T
* visible unit:  logit P(v_di = 1 | rest) = (b_i + sum_j W_ij h_dj) / T
* synapse:       logit P(s_ijm = 1 | rest) = (q0 + a_ijm C_ij) / T,  C_ij = sum_d v_di h_dj
* Gaussian-weight variant (prior W_ij ~ N(0, sigma_w^2) tempered the same way):
  W_ij | rest ~ N(sigma_w^2 C_ij, T sigma_w^2).

Given the neurons every synapse is independent of every other synapse, and given the synapses every
unit of a layer is independent, so each kernel is one parallel loop. The library layer
(:mod:`stochnet.sbm`) may pass a "net" Hebbian matrix ``C`` that also contains an unlearning term.

Randomness: every kernel takes an explicit integer ``seed``; row ``r`` of a parallel loop draws from
its own splitmix64 stream started at ``_row_state(seed, r)``, so the result does not depend on the
number of threads or on scheduling: one seed gives bit-identical output on every run. The same
generator is re-implemented in plain Python in ``tests/stochnet/naive_sbm.py`` for the twin tests.

Builds: every kernel exists as a parallel build (the public names) and a serial build
(:func:`serial`) compiled from the same source; they return identical results. The library uses
the serial build below ``PARALLEL_MIN_WORK`` multiply-adds per call.
"""

from __future__ import annotations

import types

import numpy as np
from numba import njit, prange

from stochnet._kernels import _GOLDEN, _INV53, _S11
from stochnet._kernels import splitmix64_mix as _mix  # the same generator as the DSNN kernels

__all__ = [
    "sample_layer",
    "sample_synapses",
    "sample_gaussian_weights",
    "hebbian",
    "uniforms",
    "serial",
    "PARALLEL_MIN_WORK",
]

_ROW = np.uint64(0xD1B54A32D192ED03)


@njit(inline="always", cache=True)
def _row_state(seed, row):
    """Start state of the stream of ``row``: a hash of (seed, row)."""
    return _mix(np.uint64(seed) + np.uint64(row) * _ROW)


@njit(inline="always", cache=True)
def _next(state):
    """One splitmix64 step: returns (new_state, uniform in [0, 1) with 53 random bits)."""
    state = state + _GOLDEN
    z = _mix(state)
    return state, float(z >> _S11) * _INV53


@njit(cache=True)
def uniforms(seed, row, n):
    """The first ``n`` uniforms of the stream of ``row`` (exposed for the twin tests)."""
    out = np.empty(n)
    state = _row_state(seed, row)
    for k in range(n):
        state, out[k] = _next(state)
    return out


def _sample_layer(x, w, bias, inv_temperature, seed, out, logits):
    """Sample a layer of binary units given the layer feeding it.

    ``out[d, j] = 1`` with probability ``sigmoid(inv_temperature * (bias[j] + sum_i x[d, i] w[i, j]))``.
    Row ``d`` uses stream ``d``, one uniform per unit in order ``j = 0, 1, ...``.

    Parameters
    ----------
    x : (n_rows, n_in) float64
    w : (n_in, n_out) float64
    bias : (n_out,) float64
    inv_temperature : float
    seed : int, in [0, 2**63)
    out : (n_rows, n_out) float64, written in place
    logits : (n_rows, n_out) float64
        Output: the conditional log-odds used for each unit.
    """
    n_rows, n_in = x.shape
    n_out = w.shape[1]
    for d in prange(n_rows):
        field = bias.copy()
        for i in range(n_in):
            xi = x[d, i]
            if xi != 0.0:
                for j in range(n_out):
                    field[j] += xi * w[i, j]
        state = _row_state(seed, d)
        for j in range(n_out):
            state, u = _next(state)
            z = inv_temperature * field[j]
            logits[d, j] = z
            p = 1.0 / (1.0 + np.exp(-z))
            out[d, j] = 1.0 if u < p else 0.0


def _hebbian(v, h, weight, out):
    """``out[i, j] += weight * sum_d v[d, i] h[d, j]`` (parallel over ``i``; fixed summation order)."""
    n_rows, n_v = v.shape
    n_h = h.shape[1]
    for i in prange(n_v):
        acc = np.zeros(n_h)
        for d in range(n_rows):
            vi = v[d, i]
            if vi != 0.0:
                for j in range(n_h):
                    acc[j] += vi * h[d, j]
        for j in range(n_h):
            out[i, j] += weight * acc[j]


def _sample_synapses(c, amplitudes, q0, inv_temperature, seed, s_out, w_out, logits):
    """Sample every binary synapse given the Hebbian matrix ``c`` and rebuild the weights.

    ``s[i, j, m] = 1`` with probability ``sigmoid(inv_temperature * (q0 + a[i, j, m] c[i, j]))``;
    ``w[i, j] = sum_m a[i, j, m] s[i, j, m]``. Row ``i`` uses stream ``i``, one uniform per synapse in
    order ``(j, m)``. ``logits`` (same shape as ``amplitudes``) receives the conditional log-odds.
    """
    n_v, n_h, n_m = amplitudes.shape
    for i in prange(n_v):
        state = _row_state(seed, i)
        for j in range(n_h):
            acc = 0.0
            for m in range(n_m):
                state, u = _next(state)
                a = amplitudes[i, j, m]
                z = inv_temperature * (q0 + a * c[i, j])
                logits[i, j, m] = z
                p = 1.0 / (1.0 + np.exp(-z))
                if u < p:
                    s_out[i, j, m] = 1
                    acc += a
                else:
                    s_out[i, j, m] = 0
            w_out[i, j] = acc


def _sample_gaussian_weights(c, sigma_w, temperature, seed, w_out):
    """Gaussian-weight variant: ``w[i, j] ~ N(sigma_w**2 c[i, j], temperature sigma_w**2)``.

    Normals by Box-Muller from two uniforms of row ``i``'s stream per weight (the cosine branch only).
    """
    n_v, n_h = c.shape
    var = sigma_w * sigma_w
    sd = np.sqrt(temperature * var)
    for i in prange(n_v):
        state = _row_state(seed, i)
        for j in range(n_h):
            state, u1 = _next(state)
            state, u2 = _next(state)
            z = np.sqrt(-2.0 * np.log(1.0 - u1)) * np.cos(2.0 * np.pi * u2)
            w_out[i, j] = var * c[i, j] + sd * z


# Every kernel is compiled twice from the same source: a parallel version and a serial one (prange
# acts as range). Both give identical results (one stream per row); the serial one avoids the thread
# start-up cost on tiny problems (``serial(name)``; the library picks it below PARALLEL_MIN_WORK).
sample_layer = njit(parallel=True, cache=True)(_sample_layer)
hebbian = njit(parallel=True, cache=True)(_hebbian)
sample_synapses = njit(parallel=True, cache=True)(_sample_synapses)
sample_gaussian_weights = njit(parallel=True, cache=True)(_sample_gaussian_weights)


def _renamed(fn, suffix):
    """A copy of ``fn`` with its own name, so numba caches the serial build separately."""
    clone = types.FunctionType(fn.__code__, fn.__globals__, fn.__name__ + suffix, fn.__defaults__, fn.__closure__)
    clone.__qualname__ = fn.__qualname__ + suffix
    return clone


_SERIAL = {
    name: njit(cache=True)(_renamed(fn, "_serial"))
    for name, fn in (("sample_layer", _sample_layer), ("hebbian", _hebbian),
                     ("sample_synapses", _sample_synapses), ("sample_gaussian_weights", _sample_gaussian_weights))
}

#: below this many multiply-adds per call the serial kernels are used. Measured on the shared
#: 2-core machine (benchmarks/bench_sbm.py --small, load ~12): the parallel build took 153 ms per
#: sweep against 3.2 ms serial -- thread start-up under oversubscription costs far more than the
#: second core saves, so parallelism is kept for large problems only.
PARALLEL_MIN_WORK = 50_000_000


def serial(name: str):
    """The serial build of kernel ``name`` (same results as the parallel one)."""
    return _SERIAL[name]
