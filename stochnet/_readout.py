"""Numba kernels of the DSNN read-out: forward (ancestral) sampling of a fitted model.

:func:`forward_readout` averages the top layer over hidden samples for every weight snapshot (the
Bayesian model average of :meth:`stochnet.DSNNClassifier.predict_proba`); :func:`row_hashes` gives
each datum its own random stream (splitmix64 of :mod:`stochnet._kernels`), so predictions do not
depend on batch composition, order or the number of threads.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numba
import numpy as np
from numba import njit

from stochnet._kernels import _sigmoid, splitmix64_next, uniform01

__all__ = ["forward_readout", "row_hashes"]


@njit(cache=True)
def row_hashes(bits, seed):
    """A 64-bit hash of every row of ``bits`` (uint64 view of float64 rows) mixed with ``seed``.

    Used to give each datum of a read-out its own random stream that depends only on the datum
    (and the model), so predictions do not depend on batch composition or order.
    """
    n_rows, n_cols = bits.shape
    out = np.empty(n_rows, dtype=np.uint64)
    tmp = np.empty(1, dtype=np.uint64)
    for r in range(n_rows):
        tmp[0] = seed
        h = splitmix64_next(tmp, 0)
        for c in range(n_cols):
            tmp[0] = h ^ bits[r, c]
            h = splitmix64_next(tmp, 0)
        out[r] = h
    return out


@njit(cache=True, fastmath={"reassoc", "contract"})
def _dot(a, b):
    """``sum_i a[i] b[i]``, compiled with reassociation so that it runs on SIMD lanes (a given
    build sums in one fixed order: deterministic, independent of threads)."""
    z = 0.0
    for i in range(a.size):
        z += a[i] * b[i]
    return z


def forward_readout(x_in, weight_samples, layer_sizes, n_hidden_samples, state, n_classes=0):
    """Bayesian-model-average read-out by forward (ancestral) sampling.

    Parameters
    ----------
    x_in : (D, n_0) float64
        Clamped inputs.
    weight_samples : (T, P) float64
        ``T`` flattened weight snapshots; each is the concatenation of the ``(n_l, n_{l-1} + 1)``
        weight matrices of connections ``1..L`` (C order).
    layer_sizes : (L + 1,) int64
        Sizes of the layers, input first.
    n_hidden_samples : int
        Forward samples of the hidden layers per weight snapshot.
    state : (D,) uint64
        One random stream per datum.
    n_classes : int, default=0
        0: return firing probabilities.  ``C > 0``: the top layer is ``C`` equal populations (class
        ``c`` owns units ``c P .. (c + 1) P - 1``) and the kernel returns the model's label posterior
        ``P(y = c | x, h, w) = softmax_c(sum_{k in pop c} u_k)``: the probability of the clamped
        pattern of class ``c`` (its population on, all others off) among the ``C`` label patterns,
        since ``log P(pattern_c | h) = sum_{k in pop c} u_k - sum_k softplus(u_k)``.

    Returns
    -------
    (D, T, n_L) or (D, T, C) float64
        For each datum and snapshot, averaged over the hidden samples: the firing probability of
        the top layer (Rao-Blackwellised: ``sigmoid(u)``, not a spike), or the label posterior.

    Blocks of rows run as the serial kernel :func:`_forward_rows` on ``numba.get_num_threads()``
    Python threads (a ``prange`` version took 6 s to compile on a first run).  The numbers do not
    depend on the number of threads; a learning-curve point of the default ``dsnn train`` took
    0.48 s (profiled, 2 threads), as with the ``prange`` kernel (0.50 s).
    """
    x_in = np.ascontiguousarray(x_in, dtype=np.float64)
    weight_samples = np.ascontiguousarray(weight_samples, dtype=np.float64)
    layer_sizes = np.ascontiguousarray(layer_sizes, dtype=np.int64)
    n_classes = int(n_classes)
    n_data = x_in.shape[0]
    n_width = n_classes if n_classes > 0 else int(layer_sizes[-1])
    out = np.zeros((n_data, weight_samples.shape[0], n_width))
    n_workers = min(numba.get_num_threads(), n_data)
    args = (x_in, weight_samples, layer_sizes, int(n_hidden_samples), state, n_classes, out)
    if n_workers <= 1:
        _forward_rows(*args, 0, n_data)
        return out
    # one serial kernel per block of rows on Python threads (it releases the GIL); every datum
    # owns its random stream, so the result does not depend on the blocks or their scheduling
    bounds = np.linspace(0, n_data, 4 * n_workers + 1).astype(np.int64)
    with ThreadPoolExecutor(max_workers=n_workers) as pool:
        list(pool.map(lambda k: _forward_rows(*args, bounds[k], bounds[k + 1]), range(bounds.size - 1)))
    return out


@njit(cache=True, nogil=True)
def _forward_rows(x_in, weight_samples, layer_sizes, n_hidden_samples, state, n_classes, out, lo, hi):
    """Rows ``lo..hi`` of :func:`forward_readout` written into ``out`` (serial, releases the GIL)."""
    n_t = weight_samples.shape[0]
    n_layers = layer_sizes.shape[0]
    n_out = layer_sizes[n_layers - 1]
    max_n = 0
    for l in range(n_layers):
        max_n = max(max_n, layer_sizes[l])
    label = n_classes > 0
    pop = n_out // n_classes if label else 1
    n_first = layer_sizes[1]
    for d in range(lo, hi):
        cur = np.empty(max_n)
        nxt = np.empty(max_n)
        act = np.empty(max_n, dtype=np.int64)
        p_first = np.empty(n_first)
        z_first = np.empty(n_first)
        z_cls = np.empty(max(n_classes, 1))
        for t in range(n_t):
            # layer 1 sees the clamped input: its firing probabilities are the same for every
            # hidden sample, so they are computed once per snapshot
            for j in range(n_first):
                base = j * (layer_sizes[0] + 1)
                z = weight_samples[t, base + layer_sizes[0]]
                z += _dot(weight_samples[t, base:base + layer_sizes[0]], x_in[d])
                z_first[j] = z
                p_first[j] = _sigmoid(z)
            for r in range(n_hidden_samples):
                off = 0
                for l in range(1, n_layers):
                    n_pre = layer_sizes[l - 1]
                    n_post = layer_sizes[l]
                    n_act = 0
                    if l > 1:  # the active presynaptic units, in ascending order
                        for i in range(n_pre):
                            if cur[i] != 0.0:
                                act[n_act] = i
                                n_act += 1
                    top = l == n_layers - 1
                    if top and label:
                        for c in range(n_classes):
                            z_cls[c] = 0.0
                    for j in range(n_post):
                        if l == 1:
                            p = p_first[j]
                            z = z_first[j]
                        else:
                            base = off + j * (n_pre + 1)
                            z = weight_samples[t, base + n_pre]
                            for k in range(n_act):
                                z += weight_samples[t, base + act[k]] * cur[act[k]]
                            p = _sigmoid(z)
                        if top and label:
                            z_cls[j // pop] += z
                        elif top:
                            out[d, t, j] += p / n_hidden_samples
                        else:
                            nxt[j] = 1.0 if uniform01(state, d) < p else 0.0
                    if top and label:
                        z_max = z_cls[0]
                        for c in range(1, n_classes):
                            z_max = max(z_max, z_cls[c])
                        norm = 0.0
                        for c in range(n_classes):
                            z_cls[c] = np.exp(z_cls[c] - z_max)
                            norm += z_cls[c]
                        for c in range(n_classes):
                            out[d, t, c] += z_cls[c] / norm / n_hidden_samples
                    off += n_post * (n_pre + 1)
                    if l < n_layers - 1:
                        for j in range(n_post):
                            cur[j] = nxt[j]
