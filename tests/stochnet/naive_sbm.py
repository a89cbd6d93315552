"""Slow, obviously correct numpy twins of :mod:`stochnet._sbm_kernels` and a brute-force SBM enumerator.

The twins re-implement the kernels' splitmix64 streams with Python integers, so given the same seed
they must return the same samples as the numba kernels (up to a uniform landing within rounding of a
probability, which does not happen for the seeds the tests use).
"""

from __future__ import annotations

import itertools

import numpy as np

MASK = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15
ROW = 0xD1B54A32D192ED03


def mix(z: int) -> int:
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def stream(seed: int, row: int):
    """Generator of the uniforms of one row's stream."""
    state = mix((seed + row * ROW) & MASK)
    while True:
        state = (state + GOLDEN) & MASK
        yield (mix(state) >> 11) * 2.0**-53


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def sample_layer(x, w, bias, inv_temperature, seed):
    field = bias[None, :] + x @ w
    p = sigmoid(inv_temperature * field)
    out = np.zeros_like(p)
    for d in range(x.shape[0]):
        g = stream(seed, d)
        for j in range(w.shape[1]):
            out[d, j] = 1.0 if next(g) < p[d, j] else 0.0
    return out


def hebbian(v, h, weight):
    return weight * (v.T @ h)


def sample_synapses(c, amplitudes, q0, inv_temperature, seed):
    n_v, n_h, n_m = amplitudes.shape
    s = np.zeros(amplitudes.shape, dtype=np.int8)
    for i in range(n_v):
        g = stream(seed, i)
        for j in range(n_h):
            for m in range(n_m):
                p = sigmoid(inv_temperature * (q0 + amplitudes[i, j, m] * c[i, j]))
                s[i, j, m] = 1 if next(g) < p else 0
    w = (amplitudes * s).sum(axis=2)
    return s, w


def sample_gaussian_weights(c, sigma_w, temperature, seed):
    w = np.zeros_like(c)
    for i in range(c.shape[0]):
        g = stream(seed, i)
        for j in range(c.shape[1]):
            u1, u2 = next(g), next(g)
            z = np.sqrt(-2.0 * np.log(1.0 - u1)) * np.cos(2.0 * np.pi * u2)
            w[i, j] = sigma_w**2 * c[i, j] + np.sqrt(temperature) * sigma_w * z
    return w


def log_joint(v, h, s, amplitudes, b, c, q0, temperature):
    """Unnormalised log density of the SBM joint (replicas v, h share synapses s)."""
    w = (amplitudes * s).sum(axis=2)
    energy = sum(v[d] @ w @ h[d] + b @ v[d] + c @ h[d] for d in range(v.shape[0]))
    return (energy + q0 * s.sum()) / temperature


def enumerate_conditional_logits(v, h, s, amplitudes, b, c, q0, temperature, free_visible=False):
    """Conditional log-odds of every variable, by evaluating the joint at both values of it.

    Returns dict with 'h' (shape of h), 'v' (shape of v, only if free_visible) and 's'.
    """
    out = {"h": np.zeros_like(h, dtype=float), "s": np.zeros(s.shape)}
    for idx in np.ndindex(*h.shape):
        h1, h0 = h.copy(), h.copy()
        h1[idx], h0[idx] = 1, 0
        out["h"][idx] = log_joint(v, h1, s, amplitudes, b, c, q0, temperature) - log_joint(
            v, h0, s, amplitudes, b, c, q0, temperature
        )
    for idx in np.ndindex(*s.shape):
        s1, s0 = s.copy(), s.copy()
        s1[idx], s0[idx] = 1, 0
        out["s"][idx] = log_joint(v, h, s1, amplitudes, b, c, q0, temperature) - log_joint(
            v, h, s0, amplitudes, b, c, q0, temperature
        )
    if free_visible:
        out["v"] = np.zeros_like(v, dtype=float)
        for idx in np.ndindex(*v.shape):
            v1, v0 = v.copy(), v.copy()
            v1[idx], v0[idx] = 1, 0
            out["v"][idx] = log_joint(v1, h, s, amplitudes, b, c, q0, temperature) - log_joint(
                v0, h, s, amplitudes, b, c, q0, temperature
            )
    return out


def exact_marginals(v, amplitudes, b, c, q0, temperature):
    """Exact posterior marginals P(h_dj = 1 | v) and P(s_ijm = 1 | v) by full enumeration."""
    n_d, n_v = v.shape
    n_h = c.shape[0]
    n_s = amplitudes.size
    logps, hs, ss = [], [], []
    for hbits in itertools.product((0, 1), repeat=n_d * n_h):
        h = np.array(hbits, dtype=float).reshape(n_d, n_h)
        for sbits in itertools.product((0, 1), repeat=n_s):
            s = np.array(sbits).reshape(amplitudes.shape)
            logps.append(log_joint(v, h, s, amplitudes, b, c, q0, temperature))
            hs.append(h)
            ss.append(s)
    logps = np.array(logps)
    p = np.exp(logps - logps.max())
    p /= p.sum()
    ph = np.tensordot(p, np.array(hs), axes=1)
    ps = np.tensordot(p, np.array(ss, dtype=float), axes=1)
    return ph, ps
