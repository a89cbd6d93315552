"""Slow, obviously correct twins of the DSNN kernels (tests only).

Every conditional here is the difference of two evaluations of the full joint log-probability
``log P(x, s)`` of the network (brute force, no cached inputs, no softplus tricks), and the random
numbers come from a pure-Python splitmix64 that consumes each stream in the same order as the
kernels, so a twin and a kernel given the same seeds must make the same decisions.
"""

from __future__ import annotations

import itertools

import numpy as np

MASK = (1 << 64) - 1


def splitmix64_next(state: np.ndarray, i: int) -> int:
    """Pure-Python splitmix64 (Steele, Lea & Flood 2014) on ``state[i]``."""
    z = (int(state[i]) + 0x9E3779B97F4A7C15) & MASK
    state[i] = np.uint64(z)
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def uniform01(state: np.ndarray, i: int) -> float:
    return (splitmix64_next(state, i) >> 11) / 9007199254740992.0


def log_sigmoid(z):
    return -np.logaddexp(0.0, -z)


def weights_from(amps, syn):
    """``w_ij = sum_m a_ijm s_ijm`` written as loops."""
    n_post, n_pre1, n_syn = amps.shape
    w = np.zeros((n_post, n_pre1))
    for j in range(n_post):
        for i in range(n_pre1):
            for m in range(n_syn):
                w[j, i] += amps[j, i, m] * syn[j, i, m]
    return w


def log_joint(amps, syn, x, q0):
    """``log P(x, s)`` of the whole network, by loops.

    ``amps[l]``/``syn[l]`` are connection ``l`` (bias last column; connection 0 has only the bias);
    ``x[l]`` is ``(D, n_l)``.  Neurons contribute ``x log sigmoid(v) + (1 - x) log sigmoid(-v)``;
    each synapse ``s log sigmoid(q0) + (1 - s) log sigmoid(-q0)``.
    """
    total = 0.0
    for l in range(len(x)):
        w = weights_from(amps[l], syn[l])
        n_data, n = x[l].shape
        for d in range(n_data):
            for j in range(n):
                v = w[j, -1]
                if l > 0:
                    for i in range(x[l - 1].shape[1]):
                        v += w[j, i] * x[l - 1][d, i]
                total += x[l][d, j] * log_sigmoid(v) + (1 - x[l][d, j]) * log_sigmoid(-v)
        s = syn[l].astype(float)
        total += float(np.sum(s * log_sigmoid(q0) + (1 - s) * log_sigmoid(-q0)))
    return total


def synapse_sweep(amps, syn, x, l, q0, state, beta=1.0):
    """Gibbs sweep of connection ``l``'s synapses (order: j, i, m; stream j). Returns logits.

    ``beta`` tempers the data term: the log-odds are ``q0 + beta * (log-odds of the joint - q0)``
    (the joint's log-odds minus the prior's, ``q0``, is the data term).
    """
    syn = [s.copy() for s in syn]
    logits = np.zeros(amps[l].shape)
    n_post, n_pre1, n_syn = amps[l].shape
    for j in range(n_post):
        for i in range(n_pre1):
            for m in range(n_syn):
                syn[l][j, i, m] = 1
                lp1 = log_joint(amps, syn, x, q0)
                syn[l][j, i, m] = 0
                lp0 = log_joint(amps, syn, x, q0)
                logit = q0 + beta * ((lp1 - lp0) - q0)
                logits[j, i, m] = logit
                syn[l][j, i, m] = 1 if uniform01(state, j) < 1.0 / (1.0 + np.exp(-logit)) else 0
    return syn, logits


def neuron_sweep(amps, syn, x, l, q0, state):
    """Gibbs sweep of layer ``l``'s neurons (order: d, j; stream d). Returns new x and logits."""
    x = [a.copy() for a in x]
    n_data, n = x[l].shape
    logits = np.zeros((n_data, n))
    for d in range(n_data):
        for j in range(n):
            x[l][d, j] = 1.0
            lp1 = log_joint(amps, syn, x, q0)
            x[l][d, j] = 0.0
            lp0 = log_joint(amps, syn, x, q0)
            logit = lp1 - lp0
            logits[d, j] = logit
            x[l][d, j] = 1.0 if uniform01(state, d) < 1.0 / (1.0 + np.exp(-logit)) else 0.0
    return x, logits


def full_sweep(amps, syn, x, q0, neuron_state, synapse_states, clamp_inputs=True,
               clamp_outputs=True):
    """One sweep in the order of ``DSNNChain.sweep``: free layers bottom-up, then connections."""
    top = len(x) - 1
    for l in range(top + 1):
        if (l == 0 and clamp_inputs) or (l == top and clamp_outputs):
            continue
        x, _ = neuron_sweep(amps, syn, x, l, q0, neuron_state)
    for l in range(top + 1):
        syn, _ = synapse_sweep(amps, syn, x, l, q0, synapse_states[l])
    return syn, x


def exact_marginals(amps, x, q0, free_layers):
    """Exact posterior marginals of every synapse and every free neuron, by enumeration.

    Enumerates all ``2^(n_synapses + n_free_neurons)`` joint states (vectorised over synapse
    configurations for speed, but still the full joint).  Returns ``(p_syn, p_x)`` lists shaped like
    the synapse arrays and the free layers.
    """
    shapes = [a.shape for a in amps]
    sizes = [int(np.prod(s)) for s in shapes]
    n_syn = sum(sizes)
    free_shapes = {l: x[l].shape for l in free_layers}
    n_neu = sum(int(np.prod(free_shapes[l])) for l in free_layers)
    # all synapse configurations as rows
    s_all = np.array(list(itertools.product([0, 1], repeat=n_syn)), dtype=float)
    n_s = s_all.shape[0]
    # weights for every synapse configuration: list over l of (n_s, n_post, n_pre1)
    w_all = []
    off = 0
    for a, sz in zip(amps, sizes):
        s = s_all[:, off:off + sz].reshape((n_s,) + a.shape)
        w_all.append(np.einsum("tjim,jim->tji", s, a))
        off += sz
    prior = (s_all * log_sigmoid(q0) + (1 - s_all) * log_sigmoid(-q0)).sum(axis=1)
    logp = []
    neuron_configs = list(itertools.product([0.0, 1.0], repeat=n_neu))
    for cfg in neuron_configs:
        xx = [a.copy() for a in x]
        pos = 0
        for l in free_layers:
            k = int(np.prod(free_shapes[l]))
            xx[l] = np.array(cfg[pos:pos + k]).reshape(free_shapes[l])
            pos += k
        lp = prior.copy()
        for l in range(len(xx)):
            w = w_all[l]
            if l == 0:
                v = np.broadcast_to(w[:, None, :, -1], (n_s, xx[0].shape[0], w.shape[1]))
            else:
                v = np.einsum("di,tji->tdj", xx[l - 1], w[:, :, :-1]) + w[:, None, :, -1]
            lp += (xx[l] * log_sigmoid(v) + (1 - xx[l]) * log_sigmoid(-v)).sum(axis=(1, 2))
        logp.append(lp)
    logp = np.array(logp)  # (n_neuron_configs, n_s)
    logp -= logp.max()
    p = np.exp(logp)
    p /= p.sum()
    p_s = p.sum(axis=0) @ s_all
    p_syn = []
    off = 0
    for a, sz in zip(amps, sizes):
        p_syn.append(p_s[off:off + sz].reshape(a.shape))
        off += sz
    cfg_arr = np.array(neuron_configs).reshape(len(neuron_configs), -1) if n_neu else None
    p_x = []
    pos = 0
    p_n = p.sum(axis=1)
    for l in free_layers:
        k = int(np.prod(free_shapes[l]))
        p_x.append((p_n @ cfg_arr[:, pos:pos + k]).reshape(free_shapes[l]))
        pos += k
    return p_syn, p_x


# ---------------------------------------------------------------------------- numpy twins
# Plain numpy versions of the two kernels (loops over the sequential updates, vectorised over
# data copies / children), same random-stream order.  Used to check the kernels at sizes where
# the brute-force joint is too slow, and as the baseline of benchmarks/bench_dsnn.py.

def softplus(z):
    return np.logaddexp(0.0, z)


def synapse_sweep_numpy(amps, syn, w, v, x_post, x_pre, q0, state):
    """Synapse sweep of one connection; ``x_pre`` is ``(D, n_pre)`` (the bias is added here).

    Updates ``syn``, ``w`` and ``v`` (``(n_post, D)``) in place and returns the logits.
    """
    n_post, n_pre1, n_syn = amps.shape
    xp = np.hstack([x_pre, np.ones((x_pre.shape[0], 1))])
    logits = np.zeros(amps.shape)
    for j in range(n_post):
        for i in range(n_pre1):
            act = np.nonzero(xp[:, i])[0]
            xi = xp[act, i]
            for m in range(n_syn):
                a = amps[j, i, m]
                v0 = v[j, act] - syn[j, i, m] * a * xi
                logit = q0 + np.sum(x_post[j, act] * a * xi - softplus(v0 + a * xi) + softplus(v0))
                logits[j, i, m] = logit
                new = 1 if uniform01(state, j) < 1.0 / (1.0 + np.exp(-logit)) else 0
                if new != syn[j, i, m]:
                    delta = (new - int(syn[j, i, m])) * a
                    syn[j, i, m] = new
                    w[j, i] += delta
                    v[j, act] += delta * xi
    return logits


def neuron_sweep_numpy(x, v, w_child, u, x_child, state):
    """Neuron sweep of one layer; updates ``x`` and ``u`` in place and returns the logits."""
    n_data, n = x.shape
    logits = np.zeros((n_data, n))
    for d in range(n_data):
        for j in range(n):
            wj = w_child[:, j]
            u0 = u[d] - x[d, j] * wj
            logit = v[d, j] + np.sum(x_child[d] * wj - softplus(u0 + wj) + softplus(u0))
            logits[d, j] = logit
            new = 1.0 if uniform01(state, d) < 1.0 / (1.0 + np.exp(-logit)) else 0.0
            if new != x[d, j]:
                u[d] += (new - x[d, j]) * wj
                x[d, j] = new
    return logits
