"""The DSNN Gibbs kernels against brute-force twins and exact enumeration (tests/stochnet/naive.py)."""

import numba
import numpy as np
import pytest

from stochnet import _kernels as K
from stochnet import _readout as R
from stochnet.dsnn import DSNNChain
from tests.stochnet import naive


def make_chain(sizes, n_syn, n_data, q0=-0.3, seed=0, scale=1.5, graded=True):
    """A random DSNN chain with every array filled (inputs graded if ``graded``)."""
    rng = np.random.default_rng(seed)
    amps, syn = [], []
    for l, n_post in enumerate(sizes):
        n_pre = 0 if l == 0 else sizes[l - 1]
        amps.append(rng.normal(0.0, scale, size=(n_post, n_pre + 1, n_syn)))
        syn.append((rng.random((n_post, n_pre + 1, n_syn)) < 0.5).astype(np.uint8))
    x = [(rng.random((n_data, n)) < 0.5).astype(float) for n in sizes]
    if graded:
        x[0] = np.round(rng.random((n_data, sizes[0])) * 4) / 4  # 0, .25, .5, .75, 1
    chain = DSNNChain(
        layer_sizes=tuple(sizes), q0=q0, amps=amps, syn=syn,
        w=[np.einsum("jim,jim->ji", a, s) for a, s in zip(amps, syn)], x=x,
        clamp_x_in=x[0].copy(), clamp_x_out=x[-1].copy(),
        neuron_rng=K.seed_streams(rng, n_data),
        synapse_rng=[K.seed_streams(rng, n) for n in sizes],
    )
    chain.neuron_logits = [np.zeros((n_data, n)) for n in sizes]
    chain.synapse_logits = [np.zeros_like(a) for a in amps]
    return chain


def test_splitmix64_matches_reference_values():
    # Reference outputs of splitmix64 seeded with 1234567: Rosetta Code, "Pseudo-random
    # numbers/Splitmix64" (the first three of the five listed values).
    state = np.array([1234567], dtype=np.uint64)
    got = [int(K.splitmix64_next(state, 0)) for _ in range(3)]
    twin_state = np.array([1234567], dtype=np.uint64)
    twin = [naive.splitmix64_next(twin_state, 0) for _ in range(3)]
    assert got == twin
    assert got == [6457827717110365317, 3203168211198807973, 9817491932198370423]


def test_uniform01_is_uniform():
    state = K.seed_streams(np.random.default_rng(1), 1)
    u = np.array([K.uniform01(state, 0) for _ in range(20000)])
    assert 0.0 <= u.min() and u.max() < 1.0
    # mean of U(0,1) over 20000 draws: sd 0.002
    assert abs(u.mean() - 0.5) < 0.01
    assert abs(np.var(u) - 1 / 12) < 0.005


def test_active_lists():
    x = np.array([[0.0, 1.0], [0.5, 0.0], [1.0, 1.0]])
    indptr, idx, val = K.active_lists(x)
    assert indptr.tolist() == [0, 2, 4, 7]
    assert idx.tolist() == [1, 2, 0, 2, 0, 1, 2]
    assert val.tolist() == [0.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("l", [0, 1, 2])
def test_synapse_sweep_matches_brute_force_joint(seed, l):
    """Every synapse conditional of a 2-3-2, M = 2 network equals log P(s=1,rest) - log P(s=0,rest)."""
    ch = make_chain((2, 3, 2), n_syn=2, n_data=4, seed=seed)
    state0 = ch.synapse_rng[l].copy()
    syn_twin, logits_twin = naive.synapse_sweep(ch.amps, ch.syn, ch.x, l, ch.q0, state0.copy())
    pre = np.zeros((4, 0)) if l == 0 else ch.x[l - 1]
    indptr, idx, val = K.active_lists(pre)
    v = np.ascontiguousarray(ch.layer_input(l).T)
    logits = np.zeros_like(ch.amps[l])
    K.synapse_sweep(ch.amps[l], ch.syn[l], ch.w[l], v, np.ascontiguousarray(ch.x[l].T), indptr,
                    idx, val, ch.q0, ch.synapse_rng[l], logits)
    np.testing.assert_allclose(logits, logits_twin, rtol=1e-9, atol=1e-9)
    np.testing.assert_array_equal(ch.syn[l], syn_twin[l])
    # weights and the patched cached inputs agree with a fresh computation
    np.testing.assert_allclose(ch.w[l], naive.weights_from(ch.amps[l], ch.syn[l]), atol=1e-12)
    np.testing.assert_allclose(v, ch.layer_input(l).T, atol=1e-12)
    # the twin consumed the streams identically
    naive_state = state0.copy()
    for j in range(ch.layer_sizes[l]):
        for _ in range(ch.amps[l].shape[1] * 2):
            naive.splitmix64_next(naive_state, j)
    np.testing.assert_array_equal(ch.synapse_rng[l], naive_state)


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("l", [0, 1, 2])
def test_neuron_sweep_matches_brute_force_joint(seed, l):
    """Every neuron conditional (input, hidden and output layers freed) against the joint."""
    ch = make_chain((2, 3, 2), n_syn=2, n_data=3, seed=10 + seed, graded=False)
    state0 = ch.neuron_rng.copy()
    x_twin, logits_twin = naive.neuron_sweep(ch.amps, ch.syn, ch.x, l, ch.q0, state0)
    v = np.ascontiguousarray(ch.layer_input(l))
    top = len(ch.layer_sizes) - 1
    if l < top:
        w_child, u, x_child = ch.w[l + 1], np.ascontiguousarray(ch.layer_input(l + 1)), ch.x[l + 1]
    else:
        w_child, u = np.zeros((0, ch.layer_sizes[l] + 1)), np.zeros((3, 0))
        x_child = u
    logits = np.zeros((3, ch.layer_sizes[l]))
    K.neuron_sweep(ch.x[l], v, w_child, u, x_child, ch.neuron_rng, logits)
    np.testing.assert_allclose(logits, logits_twin, rtol=1e-9, atol=1e-9)
    np.testing.assert_array_equal(ch.x[l], x_twin[l])
    if l < top:
        np.testing.assert_allclose(u, ch.layer_input(l + 1), atol=1e-12)
    np.testing.assert_array_equal(ch.neuron_rng, state0)


@pytest.mark.parametrize("clamp", [(True, True), (False, False), (True, False)])
def test_chain_sweep_matches_twin(clamp):
    """Several full sweeps of DSNNChain.sweep equal the twin's sweeps state for state."""
    ch = make_chain((2, 2, 2), n_syn=2, n_data=3, seed=5)
    syn, x = [s.copy() for s in ch.syn], [a.copy() for a in ch.x]
    nstate, sstates = ch.neuron_rng.copy(), [s.copy() for s in ch.synapse_rng]
    for _ in range(3):
        ch.sweep(clamp_inputs=clamp[0], clamp_outputs=clamp[1])
        syn, x = naive.full_sweep(ch.amps, syn, x, ch.q0, nstate, sstates, *clamp)
        for l in range(3):
            np.testing.assert_array_equal(ch.syn[l], syn[l])
            np.testing.assert_array_equal(ch.x[l], x[l])


def test_neuron_sweep_graded_inputs_not_sampled_when_clamped():
    ch = make_chain((3, 2, 2), n_syn=1, n_data=5, seed=3)
    x_in = ch.x[0].copy()
    y = ch.x[2].copy()
    for _ in range(5):
        ch.sweep()
    np.testing.assert_array_equal(ch.x[0], x_in)
    np.testing.assert_array_equal(ch.x[2], y)


def _batch_se(samples, n_batches=40):
    """Standard error of the mean of a correlated series by batch means."""
    n = samples.shape[0] // n_batches * n_batches
    means = samples[:n].reshape(n_batches, -1, *samples.shape[1:]).mean(axis=1)
    return means.std(axis=0, ddof=1) / np.sqrt(n_batches)


@pytest.mark.parametrize(
    "sizes,n_data,clamp,n_sweeps",
    [((2, 2, 1), 2, (True, True), 20000),      # 11 synapses + 4 hidden bits = 2^15 states
     ((1, 1, 1), 2, (False, False), 20000)],   # free inputs and outputs: 5 + 6 bits
)
def test_long_chain_matches_exact_posterior_marginals(sizes, n_data, clamp, n_sweeps):
    """A long chain's marginals of every synapse and free neuron match exact enumeration."""
    ch = make_chain(sizes, n_syn=1, n_data=n_data, seed=7, scale=1.2)
    if clamp[0]:
        ch.x[0][:] = np.array([[1.0, 0.5], [0.0, 1.0]])[:, : sizes[0]]
    top = len(sizes) - 1
    free = [l for l in range(top + 1) if not ((l == 0 and clamp[0]) or (l == top and clamp[1]))]
    p_syn, p_x = naive.exact_marginals(ch.amps, ch.x, ch.q0, free)
    n_s = sum(a.size for a in ch.amps)
    n_x = sum(ch.x[l].size for l in free)
    trace = np.zeros((n_sweeps, n_s + n_x))
    for t in range(n_sweeps):
        ch.sweep(clamp_inputs=clamp[0], clamp_outputs=clamp[1])
        trace[t] = np.concatenate([s.ravel() for s in ch.syn] + [ch.x[l].ravel() for l in free])
    burn = 500
    est = trace[burn:].mean(axis=0)
    se = _batch_se(trace[burn:])
    exact = np.concatenate([p.ravel() for p in p_syn] + [p.ravel() for p in p_x])
    z = np.abs(est - exact) / np.maximum(se, 1e-3)
    # ~20 marginals: |z| < 4.5 each (Bonferroni-level 1e-4 family-wise per marginal)
    assert z.max() < 4.5, (est, exact, se)
    prior = 1 / (1 + np.exp(-ch.q0))
    if clamp[0]:
        # data clamped: the posterior is not trivially the prior
        assert np.abs(exact[:n_s] - prior).max() > 0.05
    else:
        # nothing clamped: P(x, s) = P(s) P(x | s) marginalises to the prior on s
        np.testing.assert_allclose(exact[:n_s], prior, atol=1e-12)


def test_kernels_bit_reproducible_across_thread_counts_and_serial():
    results = []
    for threads, parallel in ((1, True), (2, True), (2, False)):
        numba.set_num_threads(min(threads, numba.config.NUMBA_NUM_THREADS))
        ch = make_chain((6, 5, 3), n_syn=3, n_data=40, seed=11)
        ch.parallel = parallel
        for _ in range(4):
            ch.sweep(clamp_inputs=False)
        results.append([s.copy() for s in ch.syn] + [a.copy() for a in ch.x])
    numba.set_num_threads(numba.config.NUMBA_NUM_THREADS)
    for other in results[1:]:
        for a, b in zip(results[0], other):
            np.testing.assert_array_equal(a, b)


def test_forward_readout_matches_numpy_forward():
    """With deterministic hidden units (huge weights) the read-out equals a numpy forward pass."""
    rng = np.random.default_rng(4)
    sizes = np.array([3, 4, 2], dtype=np.int64)
    w1 = rng.normal(0, 50, (4, 4))
    w2 = rng.normal(0, 1, (2, 5))
    flat = np.concatenate([w1.ravel(), w2.ravel()])[None, :]
    x = rng.random((6, 3)).round(2)
    state = K.seed_streams(rng, 6)
    out = R.forward_readout(x, flat, sizes, 3, state)
    h = (x @ w1[:, :-1].T + w1[:, -1] > 0).astype(float)
    p = 1 / (1 + np.exp(-(h @ w2[:, :-1].T + w2[:, -1])))
    np.testing.assert_allclose(out[:, 0, :], p, rtol=1e-12)


def test_forward_readout_label_posterior_matches_numpy_forward():
    """Label read-out, 3 classes x 2 output units: P(y = c | x, h) = softmax_c(sum of the class's
    population inputs), which is P(pattern_c | h) / sum_c' P(pattern_c' | h) by enumeration."""
    rng = np.random.default_rng(5)
    sizes = np.array([3, 4, 6], dtype=np.int64)
    w1 = rng.normal(0, 50, (4, 4))
    w2 = rng.normal(0, 1, (6, 5))
    flat = np.concatenate([w1.ravel(), w2.ravel()])[None, :]
    x = rng.random((5, 3)).round(2)
    out = R.forward_readout(x, flat, sizes, 2, K.seed_streams(rng, 5), 3)
    h = (x @ w1[:, :-1].T + w1[:, -1] > 0).astype(float)
    u = h @ w2[:, :-1].T + w2[:, -1]
    patterns = np.repeat(np.eye(3), 2, axis=1)  # class c: its two units on, the others off
    loglik = patterns @ u.T - np.logaddexp(0, u).sum(axis=1)  # log P(pattern_c | h), (3, D)
    want = np.exp(loglik - np.logaddexp.reduce(loglik, axis=0)).T
    assert out.shape == (5, 1, 3)
    np.testing.assert_allclose(out[:, 0, :], want, rtol=1e-10)
    # the hidden samples consume the same random numbers in both read-outs
    s1, s2 = K.seed_streams(np.random.default_rng(1), 5), K.seed_streams(np.random.default_rng(1), 5)
    R.forward_readout(x, flat, sizes, 2, s1, 3)
    R.forward_readout(x, flat, sizes, 2, s2)
    np.testing.assert_array_equal(s1, s2)


@pytest.mark.parametrize("n_classes", [0, 2])
def test_forward_readout_same_numbers_on_any_number_of_threads(monkeypatch, n_classes):
    """The rows are split into blocks for Python threads; every row must be computed once, with its
    own stream, whatever the number of threads (7 rows into 1, 2 or 3 workers' uneven blocks)."""
    rng = np.random.default_rng(8)
    sizes = np.array([3, 5, 4, 4], dtype=np.int64)
    n_par = 5 * 4 + 4 * 6 + 4 * 5
    flat = rng.normal(0, 2, (4, n_par))
    x = rng.random((7, 3)).round(2)
    seeds = K.seed_streams(rng, 7)
    outs, states = [], []
    for n_threads in (1, 2, 3):
        monkeypatch.setattr(R.numba, "get_num_threads", lambda n=n_threads: n)
        state = seeds.copy()
        outs.append(R.forward_readout(x, flat, sizes, 3, state, n_classes))
        states.append(state)
    assert np.all(outs[0].sum(axis=2) > 0)  # every row written
    for out, state in zip(outs[1:], states[1:]):
        np.testing.assert_array_equal(out, outs[0])
        np.testing.assert_array_equal(state, states[0])


def test_input_lists_follow_the_inputs():
    """The chain keeps the input layer's active lists between sweeps and rebuilds them when the
    inputs change (a released clamp, new data)."""
    ch = make_chain((3, 4, 2), n_syn=2, n_data=6, seed=9)
    first = ch._active_inputs()
    assert ch._active_inputs() is first
    for a, b in zip(first[0], K.active_lists(ch.x[0]), strict=True):
        np.testing.assert_array_equal(a, b)
    ch.x[0][2] = 1.0 - ch.x[0][2]
    lists, table = ch._active_inputs()
    for a, b in zip(lists, K.active_lists(ch.x[0]), strict=True):
        np.testing.assert_array_equal(a, b)
    for a, b in zip(table, K.expm1_table(ch.amps[1], lists[0], lists[2]), strict=True):
        np.testing.assert_array_equal(a, b)
    # new amplitudes (a loaded model) get a new table
    ch.amps[1] = ch.amps[1] * 2.0
    np.testing.assert_array_equal(ch._active_inputs()[1][2], K.expm1_table(ch.amps[1], lists[0], lists[2])[2])


def test_forward_readout_hidden_sampling_frequency():
    """A hidden unit with input 0 fires half the time: the output average is between the two."""
    sizes = np.array([1, 1, 1], dtype=np.int64)
    flat = np.array([[0.0, 0.0, 2.0, -1.0]])  # h ~ Bern(1/2); out = sigmoid(2h - 1)
    state = K.seed_streams(np.random.default_rng(0), 1)
    out = R.forward_readout(np.zeros((1, 1)), flat, sizes, 20000, state)
    expect = 0.5 / (1 + np.exp(-1.0)) + 0.5 / (1 + np.exp(1.0))  # = 0.5
    # sd of the mean of 20000 draws of a two-point variable of spread 0.46: ~0.0017
    assert abs(out[0, 0, 0] - expect) < 0.008


def test_complete_loglik_matches_formula():
    rng = np.random.default_rng(2)
    x = (rng.random((5, 4)) < 0.5).astype(float)
    v = rng.normal(0, 3, (5, 4))
    want = np.sum(x * naive.log_sigmoid(v) + (1 - x) * naive.log_sigmoid(-v))
    assert K.complete_loglik(x, v) == pytest.approx(want, rel=1e-12)


@pytest.mark.parametrize("use_table", [False, True])
def test_kernels_match_numpy_twins_at_larger_size(use_table):
    """Graded inputs, 40 copies, 12-10-6 network, M = 3: kernels equal the numpy twins (with
    and without the expm1 table)."""
    ch = make_chain((12, 10, 6), n_syn=3, n_data=40, seed=21, scale=0.8)
    ch.parallel = True
    for l in (1, 2):
        amps, syn, w = ch.amps[l], ch.syn[l].copy(), ch.w[l].copy()
        v = np.ascontiguousarray(ch.layer_input(l).T)
        x_post = np.ascontiguousarray(ch.x[l].T)
        state = ch.synapse_rng[l].copy()
        want = naive.synapse_sweep_numpy(amps, syn, w, v.copy(), x_post, ch.x[l - 1], ch.q0, state)
        indptr, idx, val = K.active_lists(ch.x[l - 1])
        table = K.expm1_table(amps, indptr, val) if use_table else None
        logits = np.zeros_like(amps)
        K.synapse_sweep(amps, ch.syn[l], ch.w[l], v, x_post, indptr, idx, val, ch.q0,
                        ch.synapse_rng[l], logits, parallel=True, table=table)
        np.testing.assert_allclose(logits, want, rtol=1e-9, atol=1e-9)
        np.testing.assert_array_equal(ch.syn[l], syn)
        np.testing.assert_allclose(ch.w[l], w, atol=1e-12)
    x = ch.x[1].copy()
    u = ch.layer_input(2)
    state = ch.neuron_rng.copy()
    want = naive.neuron_sweep_numpy(x, ch.layer_input(1), ch.w[2], u.copy(), ch.x[2], state)
    logits = np.zeros_like(x)
    K.neuron_sweep(ch.x[1], ch.layer_input(1), ch.w[2], u, ch.x[2], ch.neuron_rng, logits,
                   parallel=True)
    np.testing.assert_allclose(logits, want, rtol=1e-9, atol=1e-9)
    np.testing.assert_array_equal(ch.x[1], x)


def test_run_starts():
    x = np.array([[0.75, 1.0, 0.0], [0.25, 0.0, 0.0], [0.75, 1.0, 0.0], [0.5, 1.0, 0.0]])
    indptr, _, val = K.active_lists(x)  # unit 0: .25 .5 .75 .75; unit 1: 1 1 1; unit 2: none
    runptr, runs = K.run_starts(indptr, val)
    assert runptr.tolist() == [0, 3, 4, 4, 5]
    assert runs.tolist() == [0, 1, 2, 4, 7, 11]  # ... bias unit's run at 7, then the end


@numba.njit
def _scalar_expm1(x):
    """``expm1`` of every element of a 2-d array, one scalar call each, as the synapse kernel evaluates it.
    (numpy's own ``np.expm1`` of an array may differ in the last bit: on AVX-512 machines it uses
    SIMD routines of its own, e.g. -0.33585072175284236 where the scalar call gives
    -0.3358507217528424.)"""
    out = np.empty_like(x)
    for i in range(x.shape[0]):
        for j in range(x.shape[1]):
            out[i, j] = np.expm1(x[i, j])
    return out


def test_expm1_table_and_its_size_limit(monkeypatch):
    ch = make_chain((4, 3, 2), n_syn=2, n_data=6, seed=5)
    indptr, idx, val = K.active_lists(ch.x[0])
    runptr, runs, cexp = K.expm1_table(ch.amps[1], indptr, val)
    for i in range(5):
        for r in range(runptr[i], runptr[i + 1]):
            ax = ch.amps[1][:, i, :] * val[runs[r]]
            np.testing.assert_array_equal(cexp[:, :, 0, r], _scalar_expm1(ax))
            np.testing.assert_array_equal(cexp[:, :, 1, r], _scalar_expm1(-ax))
            np.testing.assert_allclose(cexp[:, :, 0, r], np.expm1(ax), rtol=4e-16, atol=0)
    with pytest.raises(ValueError, match="does not fit"):
        K.synapse_sweep(ch.amps[1][:2], ch.syn[1][:2], ch.w[1][:2], np.zeros((2, 6)), np.zeros((2, 6)),
                        indptr, idx, val, 0.0, ch.synapse_rng[1][:2], np.zeros((2, 5, 2)),
                        table=(runptr, runs, cexp))
    monkeypatch.setattr(K, "TABLE_MAX_BYTES", cexp.nbytes - 1)
    assert K.expm1_table(ch.amps[1], indptr, val) is None


@pytest.mark.parametrize("scale", [0.3, 3.0])
def test_table_gives_the_same_chain(scale):
    """Several sweeps of graded inputs with and without the expm1 table: the same bits.  Scale 0.3
    takes the short product path for every synapse, 3.0 the folding and exact paths too."""
    runs = []
    for use_table in (False, True):
        ch = make_chain((30, 8, 4), n_syn=4, n_data=300, seed=4, scale=scale)
        indptr, idx, val = K.active_lists(ch.x[0])
        table = K.expm1_table(ch.amps[1], indptr, val) if use_table else None
        logits = np.zeros_like(ch.amps[1])
        v = np.ascontiguousarray(ch.layer_input(1).T)
        for _ in range(3):
            K.synapse_sweep(ch.amps[1], ch.syn[1], ch.w[1], v, np.ascontiguousarray(ch.x[1].T), indptr,
                            idx, val, ch.q0, ch.synapse_rng[1], logits, table=table)
        runs.append((ch.syn[1].copy(), logits.copy(), v.copy()))
    assert 0 < runs[0][0].sum() < runs[0][0].size
    for a, b in zip(*runs, strict=True):
        np.testing.assert_array_equal(a, b)


def test_active_lists_sort_graded_values_into_runs():
    x = np.array([[0.75, 1.0], [0.25, 0.0], [0.75, 1.0], [0.5, 1.0]])
    indptr, idx, val = K.active_lists(x)
    assert indptr.tolist() == [0, 4, 7, 11]
    # unit 0: sorted by value, copies ascending within a value; unit 1 (binary) keeps copy order
    assert idx[:4].tolist() == [1, 3, 0, 2] and val[:4].tolist() == [0.25, 0.5, 0.75, 0.75]
    assert idx[4:7].tolist() == [0, 2, 3] and val[4:7].tolist() == [1.0, 1.0, 1.0]


@pytest.mark.parametrize("use_table", [False, True])
@pytest.mark.parametrize("scale", [6.0, 12.0])
def test_large_amplitudes_take_the_exact_path(scale, use_table):
    """Amplitudes and weights beyond the multiply-add range (|a x| > 8) against the brute-force joint."""
    ch = make_chain((2, 3, 2), n_syn=2, n_data=4, seed=7, scale=scale)
    assert np.abs(ch.amps[1]).max() > K._FMA_MAX_LOG
    for l in (1, 2):
        state0 = ch.synapse_rng[l].copy()
        _, logits_twin = naive.synapse_sweep(ch.amps, ch.syn, ch.x, l, ch.q0, state0)
        indptr, idx, val = K.active_lists(ch.x[l - 1])
        table = K.expm1_table(ch.amps[l], indptr, val) if use_table else None
        logits = np.zeros_like(ch.amps[l])
        K.synapse_sweep(ch.amps[l], ch.syn[l].copy(), ch.w[l].copy(), np.ascontiguousarray(ch.layer_input(l).T),
                        np.ascontiguousarray(ch.x[l].T), indptr, idx, val, ch.q0, ch.synapse_rng[l].copy(), logits,
                        table=table)
        np.testing.assert_allclose(logits, logits_twin, rtol=1e-9, atol=1e-8)
    x_twin, logits_twin = naive.neuron_sweep(ch.amps, ch.syn, ch.x, 1, ch.q0, ch.neuron_rng.copy())
    logits = np.zeros((4, 3))
    K.neuron_sweep(ch.x[1], np.ascontiguousarray(ch.layer_input(1)), ch.w[2],
                   np.ascontiguousarray(ch.layer_input(2)), ch.x[2], ch.neuron_rng, logits)
    assert np.abs(ch.w[2]).max() > K._FMA_MAX_LOG
    np.testing.assert_allclose(logits, logits_twin, rtol=1e-9, atol=1e-8)
    np.testing.assert_array_equal(ch.x[1], x_twin[1])


def _one_unit_sweep_and_twin(amps, syn, x_post, q0, seed, use_table=False):
    """Synapse-sweep log-odds of one postsynaptic neuron fed by one presynaptic unit that fires
    (x = 1) in every copy, plus the bias: the kernel's and the numpy twin's on the same state."""
    x_pre = np.ones((x_post.shape[1], 1))
    w = np.einsum("jim,jim->ji", amps, syn)
    v = np.ascontiguousarray((x_pre @ w[:, :-1].T + w[:, -1]).T)
    state = K.seed_streams(np.random.default_rng(seed), 1)
    want = naive.synapse_sweep_numpy(amps, syn.copy(), w.copy(), v.copy(), x_post, x_pre, q0, state.copy())
    indptr, idx, val = K.active_lists(x_pre)
    table = K.expm1_table(amps, indptr, val) if use_table else None
    logits = np.zeros_like(amps)
    K.synapse_sweep(amps, syn.copy(), w, v, x_post, indptr, idx, val, q0, state, logits, table=table)
    return logits, want


@pytest.mark.parametrize("use_table", [False, True])
def test_very_negative_amplitude_on_a_saturated_input(use_table):
    """a x = -40 against inputs of 34 (sigmoid ~ 1): the term softplus(34 - 40) - softplus(34) is
    about -34 - 0.0025; the division form log1p(expm1(a x) / (1 + e^-v)) lost 0.17 of log-odds
    here (1 + its argument is ~ e^-34), log(e^-v0 + e^(a x)) - log1p(e^-v0) keeps 1e-13."""
    amps = np.array([[[-40.0, -25.0, 3.0], [20.0, 14.0, -0.5]]])  # unit 0 off; bias on: v = 34
    syn = np.zeros(amps.shape, np.uint8)
    syn[0, 1, :2] = 1
    logits, want = _one_unit_sweep_and_twin(amps, syn, np.ones((1, 5)), -60.0, seed=0, use_table=use_table)
    np.testing.assert_allclose(logits, want, rtol=0, atol=1e-11)


@pytest.mark.parametrize("bias", [-300.0, 300.0])
def test_exact_path_on_far_inputs(bias):
    """|a x| > 8 on inputs near -+300, where exp(-v0) is huge (the division form) or tiny (the
    sum form): log-odds equal to the numpy twin's.  (Amplitudes or inputs beyond ~700 overflow
    exp in the cached exp(-v); they are far outside any model here.)"""
    amps = np.array([[[-20.0, 12.0, 30.0], [bias, 0.0, 0.0]]])
    syn = np.zeros(amps.shape, np.uint8)
    syn[0, 0, 2] = 1
    syn[0, 1, 0] = 1
    logits, want = _one_unit_sweep_and_twin(amps, syn, np.array([[1.0, 0.0, 1.0, 0.0]]), 0.0, seed=1)
    assert np.all(np.isfinite(logits))
    np.testing.assert_allclose(logits, want, rtol=1e-12, atol=1e-9)


def test_very_negative_child_weight_on_a_saturated_child():
    """The neuron kernel's children sum with w = -40 onto a child whose input is 34 without the
    neuron (and with a released graded input): softplus differences, not the division form."""
    x = np.array([[0.0, 1.0, 0.3]])  # neuron 2: a released graded input
    w_child = np.array([[-40.0, -40.0, -40.0, 0.0], [1.0, -30.0, 2.0, 0.0]])
    u = np.array([[34.0 - 40.0 * 1.3, 30.0 - 29.4]])  # children's inputs with the current x
    x_child = np.array([[1.0, 0.0]])
    v = np.array([[0.5, -0.5, 0.2]])
    state = K.seed_streams(np.random.default_rng(3), 1)
    want = naive.neuron_sweep_numpy(x.copy(), v, w_child, u.copy(), x_child, state.copy())
    logits = np.zeros_like(x)
    K.neuron_sweep(x, v, w_child, u, x_child, state, logits)
    np.testing.assert_allclose(logits, want, rtol=0, atol=1e-11)


def test_running_product_folds_without_overflow():
    """3000 data with |a| up to ~7: the product of factors would overflow a double many times over;
    the folded logs equal the numpy twin's sum of softplus differences."""
    rng = np.random.default_rng(9)
    n_data, n_pre, n_post, n_syn = 3000, 3, 2, 3
    x_pre = np.round(rng.random((n_data, n_pre)) * 2) / 2  # 0, .5, 1
    amps = rng.normal(0.0, 3.0, (n_post, n_pre + 1, n_syn))
    syn = (rng.random(amps.shape) < 0.5).astype(np.uint8)
    w = np.einsum("jim,jim->ji", amps, syn)
    v = np.ascontiguousarray((x_pre @ w[:, :-1].T + w[:, -1]).T)
    x_post = (rng.random((n_post, n_data)) < 0.5).astype(float)
    state = K.seed_streams(rng, n_post)
    s2, w2, v2 = syn.copy(), w.copy(), v.copy()
    want = naive.synapse_sweep_numpy(amps, s2, w2, v2, x_post, x_pre, -0.5, state.copy())
    assert np.abs(want).max() > 1000  # far beyond exp's range: folding is exercised
    indptr, idx, val = K.active_lists(x_pre)
    logits = np.zeros_like(amps)
    K.synapse_sweep(amps, syn, w, v, x_post, indptr, idx, val, -0.5, state, logits)
    np.testing.assert_allclose(logits, want, rtol=1e-10, atol=1e-8)
    np.testing.assert_array_equal(syn, s2)
    np.testing.assert_allclose(v, v2, atol=1e-9)


@pytest.mark.parametrize("beta", [0.05, 0.4])
def test_tempered_synapse_sweep_matches_twin(beta):
    """beta < 1 (annealing): log-odds q0 + beta * data term, decisions as the tempered twin's."""
    ch = make_chain((2, 3, 2), n_syn=2, n_data=4, seed=12)
    for l in (1, 2):
        state0 = ch.synapse_rng[l].copy()
        syn_twin, logits_twin = naive.synapse_sweep(ch.amps, ch.syn, ch.x, l, ch.q0, state0, beta=beta)
        indptr, idx, val = K.active_lists(ch.x[l - 1])
        logits = np.zeros_like(ch.amps[l])
        K.synapse_sweep(ch.amps[l], ch.syn[l], ch.w[l], np.ascontiguousarray(ch.layer_input(l).T),
                        np.ascontiguousarray(ch.x[l].T), indptr, idx, val, ch.q0, ch.synapse_rng[l], logits,
                        beta=beta)
        np.testing.assert_allclose(logits, logits_twin, rtol=1e-9, atol=1e-9)
        np.testing.assert_array_equal(ch.syn[l], syn_twin[l])


def test_tiny_amplitude_does_not_stall_the_log_budget():
    """|a x| = 1e-18: the number of factors the log budget allows (690 / |a x|) is beyond int64.
    The sweep must finish (it once looped for ever) and agree with the brute-force twin."""
    import threading

    x = np.array([[1.0], [1.0], [1.0]])
    amps = np.array([[[1e-18, 0.5], [0.3, -0.2]]])
    syn = np.array([[[1, 0], [1, 1]]], dtype=np.uint8)
    w = np.einsum("jim,jim->ji", amps, syn)
    v = np.ascontiguousarray((x @ w[:, :-1].T + w[:, -1]).T)
    x_post = np.array([[1.0, 0.0, 1.0]])
    state = K.seed_streams(np.random.default_rng(0), 1)
    s2, w2, v2 = syn.copy(), w.copy(), v.copy()
    want = naive.synapse_sweep_numpy(amps, s2, w2, v2, x_post, x, 0.0, state.copy())
    indptr, idx, val = K.active_lists(x)
    logits = np.zeros_like(amps)
    run = threading.Thread(target=K.synapse_sweep, daemon=True,
                           args=(amps, syn, w, v, x_post, indptr, idx, val, 0.0, state, logits),
                           kwargs={"parallel": False})
    run.start()
    run.join(timeout=120)
    assert not run.is_alive(), "the synapse sweep did not finish"
    np.testing.assert_allclose(logits, want, rtol=1e-9, atol=1e-12)
    np.testing.assert_array_equal(syn, s2)
