"""Numba kernels for exact Gibbs sampling of the dual sampling neural network (DSNN).

The model (Teramae & Tsubo, Phys. Rev. Research 4, 043051, 2022; formulas as in
``shared/science/stochnet.md``) is a layered sigmoid belief network whose connection ``i -> j`` is
made of ``M`` binary synapses with fixed amplitudes, ``w_ij = sum_m a_ijm s_ijm``.  Every layer
``l`` receives a bias through synapses from an always-on unit (ours), stored as the last
presynaptic column of each connection.

Storage conventions (plain arrays, no classes):

* ``amps``, ``syn``: ``(n_post, n_pre + 1, M)`` float64 amplitudes and uint8 synapse states of one
  connection; column ``n_pre`` is the bias unit.
* ``w``: ``(n_post, n_pre + 1)`` float64 weights, always equal to ``sum_m amps * syn`` (summed
  in the order of ``m`` after every flip, so a connection without active synapses has ``w = 0``).
* neuron states of a layer: ``(D, n)`` float64 with one row per data copy (values in ``[0, 1]``;
  hidden neurons are exactly 0 or 1, clamped inputs may be graded rates).
* inputs (membrane potentials) ``v``: ``(D, n)`` for the neuron kernel and ``(n, D)`` for the
  synapse kernel, so each parallel worker writes only its own contiguous row.

Exact Gibbs conditionals (``softplus(z) = log(1 + e^z)``, fast form
``softplus(v + a) - softplus(v) = log1p(sigmoid(v) (e^a - 1))``), generalised to graded
presynaptic rates ``x_di`` (the Bernoulli log-likelihood ``x v - softplus(v)`` with real ``x``):

* synapse ``s_ijm``:  ``q0 + sum_{d: x_di != 0} [x_dj a x_di - softplus(v0_dj + a x_di)
  + softplus(v0_dj)]`` with ``v0_dj`` the input of ``j`` with ``s_ijm = 0``;
* neuron ``x_dj``:  ``v_dj + sum_k [x_dk w_jk - softplus(u0_dk + w_jk) + softplus(u0_dk)]`` with
  ``u0_dk`` the input of child ``k`` with ``x_dj = 0``.

Parallelism follows the independence structure: given the synapses, data copies are independent
(:func:`neuron_sweep` runs ``prange`` over copies); given the neurons, synapses onto different
postsynaptic neurons are independent (:func:`synapse_sweep` runs ``prange`` over postsynaptic
neurons); within one worker the updates are sequential and the cached inputs are patched after
every flip.  The kernels cache ``sigmoid`` of the patched inputs, so that each term of a
conditional costs one multiply-add: the sum of ``log1p`` terms is taken as the log of a running
product (see the error budget above :func:`_synapse_row`), and ``expm1(a x)`` of a graded
presynaptic rate is evaluated once per run of equal rates, or read from a table made once per fit
for the clamped input layer (:func:`expm1_table`: the same numbers, computed once instead of every
sweep).

The serial entry points (and :func:`complete_loglik`) release the GIL, so independent DSNN chains
can be swept on Python threads at once (:class:`stochnet.DSNNClassifier` with ``n_chains > 1``).
The read-out kernels (forward sampling of a fitted model) are in :mod:`stochnet._readout`.  Only
the single-chain sweeps use ``prange`` kernels: the default classifier (two chains) compiles no
parallel kernel, which keeps its first run after installation (numba compiles into its cache then)
short.

Randomness: every parallel chain (a data copy, or a postsynaptic neuron of a connection) owns one
splitmix64 stream (Steele, Lea & Flood, OOPSLA 2014) kept in a ``uint64`` state array, so results
depend only on the seeds, never on thread scheduling: ``parallel=True`` is bit-reproducible.
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

__all__ = [
    "PARALLEL_MIN_TERMS",
    "TABLE_MAX_BYTES",
    "active_lists",
    "complete_loglik",
    "expm1_table",
    "neuron_sweep",
    "run_starts",
    "seed_streams",
    "splitmix64_mix",
    "splitmix64_next",
    "synapse_sweep",
    "uniform01",
]

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_S30 = np.uint64(30)
_S27 = np.uint64(27)
_S31 = np.uint64(31)
_S11 = np.uint64(11)
_INV53 = 1.0 / 9007199254740992.0


@njit(cache=True, inline="always")
def splitmix64_mix(z):
    """The splitmix64 output function (Steele, Lea & Flood 2014) of a 64-bit state."""
    z = (z ^ (z >> _S30)) * _MIX1
    z = (z ^ (z >> _S27)) * _MIX2
    return z ^ (z >> _S31)


@njit(cache=True, inline="always")
def splitmix64_next(state, i):
    """Advance stream ``i`` of ``state`` (uint64 array) and return the next 64-bit output."""
    z = state[i] + _GOLDEN
    state[i] = z
    return splitmix64_mix(z)


@njit(cache=True, inline="always")
def uniform01(state, i):
    """Next uniform double in ``[0, 1)`` (53 random bits) from stream ``i``."""
    return np.float64(splitmix64_next(state, i) >> _S11) * _INV53


def seed_streams(rng: np.random.Generator, n: int) -> np.ndarray:
    """Draw ``n`` independent 64-bit stream states from a numpy Generator."""
    return rng.integers(0, np.iinfo(np.uint64).max, size=n, dtype=np.uint64, endpoint=True)


@njit(cache=True, inline="always")
def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


@njit(cache=True, inline="always")
def _softplus(z):
    """``log(1 + e^z)`` without overflow: ``max(z, 0) + log1p(e^-|z|)``."""
    return max(z, 0.0) + np.log1p(np.exp(-abs(z)))


def active_lists(x):
    """CSR lists of the data copies in which each presynaptic unit is non-zero.

    ``x`` is ``(D, n_pre)``; the bias unit (index ``n_pre``, always 1) is appended.  Returns
    ``(indptr, idx, val)`` with ``idx[indptr[i]:indptr[i+1]]`` the copies where unit ``i`` is
    non-zero and ``val`` its value there.  Within a unit the entries are sorted by value (then by
    copy), so equal values form runs and the synapse kernel evaluates ``exp(a x)`` once per run.

    Plain numpy (no numba kernel to compile: the numba version took 6.5 s to compile on a first
    run, mostly its merge sort).  ``np.nonzero`` of the transposed layer lists the entries by unit,
    then copy; a layer with graded values (the clamped inputs) is re-sorted by (unit, value, copy)
    with one ``np.lexsort``, a binary layer (hidden neurons) needs no sort.
    """
    x = np.asarray(x, dtype=np.float64)
    n_data, n_pre = x.shape
    xt = x.T
    unit, copy = np.nonzero(xt)
    val = xt[unit, copy]
    if np.any(val != 1.0):
        order = np.lexsort((copy, val, unit))
        copy = copy[order]
        val = val[order]
    indptr = np.zeros(n_pre + 2, dtype=np.int64)
    np.cumsum(np.bincount(unit, minlength=n_pre), out=indptr[1:n_pre + 1])
    indptr[n_pre + 1] = indptr[n_pre] + n_data
    idx = np.concatenate([copy.astype(np.int64), np.arange(n_data, dtype=np.int64)])
    val = np.concatenate([val, np.ones(n_data)])
    return indptr, idx, val


# Both kernels write the data (children) sum of a conditional, sum_d log1p(sigmoid(v0_d) (e^c - 1))
# with c = a x (or w), through the cached sigmoid of the *current* input v_d:
#   unit off now (v0 = v):      log1p(sigmoid(v)(e^c - 1))     = log g,  g = 1 + expm1(c) sigmoid(v)
#   unit on now (v0 = v - c):   log1p(sigmoid(v0)(e^c - 1))    = -log g, g = 1 + expm1(-c) sigmoid(v)
# (the second is softplus(v) - softplus(v - c) written from v's side).  So a term costs one
# multiply-add; the log is taken of products of the g (each in [e^-|c|, e^|c|]).
# Neurons: one running product, folded into the log-odds whenever it leaves [_PROD_LO, _PROD_HI].
# Synapses: the sigmoids of the copies in which the presynaptic unit is active are gathered into a
# contiguous buffer once per presynaptic unit (shared by its M synapses, patched after a flip), and
# the product is carried over runs and its log taken only when the bound on its size, the sum of
# |c| over its factors, would pass _LOG_BUDGET = 690 (:func:`_log_factor_sum`): no partial product
# can overflow or become subnormal, in whatever order it is formed, so the product loop is compiled
# with reassociation allowed and runs on SIMD lanes (:func:`_prod`).
# Error budget (u = 2^-53): the cached sigmoid has absolute error <= 2u, and g >= e^-|c|, so each
# log g is off by at most (4 + 2 e^|c|) u; a product of n factors carries at most (n - 1) u of
# relative rounding error whatever the association order, plus u |log P| per log.  Terms with
# |c| > _FMA_MAX_LOG (e^8 * 2u ~ 3e-13) are taken without the product: in the synapse kernel as
# log(e^-v0 + e^c) - log1p(e^-v0) where sigmoid(v0) > 1/2 (positive sums, no cancellation) and as
# log1p(expm1(c) / (1 + e^-v0)) elsewhere (argument >= -1/2); in the neuron kernel as
# softplus(u0 + c) - softplus(u0) of the input itself.  (The division form everywhere, as before,
# lost u e^|c| when c << 0 meets sigmoid(v0) ~ 1: 0.17 of log-odds at c = -40, v0 = 34.)  So a
# thousand data give a log-odds error below 1e-9 in the worst case and about 1e-13 for the
# amplitudes in use (|c| ~ 1).  Reassociation changes only the last bits of a conditional, so a
# chain can differ from the sequential-order kernel after a flip decided within ~1e-13 of its
# threshold; a given build is deterministic (no dependence on threads or scheduling).
_PROD_HI = 1e250
_PROD_LO = 1e-250
_FMA_MAX_LOG = 8.0
_LOG_BUDGET = 690.0


@njit(cache=True, fastmath={"reassoc", "contract"})
def _prod(gg, c):
    """``prod_t (1 + c gg[t])``, the loop compiled with reassociation so that it runs on SIMD lanes."""
    p = 1.0
    for k in range(gg.size):
        p *= 1.0 + c * gg[k]
    return p


@njit(cache=True)
def _log_factor_sum(lo, r0, r1, runs, val, g, ge, a, s, cs, use_table, xmax, xsum):
    """The data sum ``sum_t log1p(sigmoid(v0_t) (e^(a x_t) - 1))`` of synapse ``(a, s)`` over the
    runs ``r0..r1`` of one presynaptic unit (its list starts at entry ``lo``), written as
    ``+-sum_t log g_t`` (sign by ``s``, see the comment above) through the gathered
    ``g[t - lo] = sigmoid(v_t)`` and ``ge[t - lo] = exp(-v_t)`` of the current input.

    ``runs[r]..runs[r + 1]`` are the entries of run ``r`` (equal presynaptic values, see
    :func:`run_starts`).  ``expm1(+-a x)`` of a run is read from ``cs[r]`` when ``use_table``
    (:func:`expm1_table`, the same value computed once per fit) or evaluated here, once per run.
    A factor of a run with ``|a x| = b`` lies in ``[e^-b, e^b]``, so the product is carried across
    runs and its log taken only when the sum of the ``b`` of its factors would pass
    ``_LOG_BUDGET`` (the product then stays within ``[e^-690, e^690]``, far from overflow and from
    subnormals).  Runs with ``|a x| > _FMA_MAX_LOG`` take ``log(e0 + e^(a x)) - log1p(e0)`` with
    ``e0 = exp(-v0) < 1``, ``v0`` the input without the synapse, and the division form where
    ``e0 >= 1`` (see the error budget above).

    ``xmax`` and ``xsum`` are the largest ``|x|`` and the sum of ``|x|`` over the unit's entries:
    when ``|a| xmax <= _FMA_MAX_LOG`` and ``|a| xsum <= _LOG_BUDGET`` (the usual case) no run
    needs the exact form and the whole product stays in range, so it is formed without the
    bookkeeping (the same products in the same order: the same numbers).
    """
    sign = -1.0 if s else 1.0
    if abs(a) * xmax <= _FMA_MAX_LOG and abs(a) * xsum <= _LOG_BUDGET:
        prod = 1.0
        for r in range(r0, r1):  # a run with a x = 0 has c = 0: factors exactly 1
            c = cs[r] if use_table else np.expm1(sign * (a * val[runs[r]]))
            prod *= _prod(g[runs[r] - lo:runs[r + 1] - lo], c)
        return sign * np.log(prod)
    acc = 0.0
    prod = 1.0
    used = 0.0
    exact_sum = 0.0
    for r in range(r0, r1):
        t = runs[r]
        end = runs[r + 1]
        ax = a * val[t]
        b = abs(ax)
        if b > _FMA_MAX_LOG:  # softplus(v0 + a x) - softplus(v0), see the error budget
            ex = np.exp(ax)
            em = np.expm1(ax)
            for tt in range(t, end):
                e0 = ge[tt - lo] * (ex if s else 1.0)  # exp(-v0), v0 = v - s a x
                if e0 < 1.0:  # sigmoid(v0) > 1/2: no cancellation in a sum of positive numbers
                    exact_sum += np.log(e0 + ex) - np.log1p(e0)
                else:  # log1p's argument is >= -1/2 here, and e0 may be inf
                    exact_sum += np.log1p(em / (1.0 + e0))
            continue
        if b == 0.0:  # every factor is exactly 1
            continue
        c = cs[r] if use_table else np.expm1(sign * ax)
        t0 = t - lo
        t1 = end - lo
        while t0 < t1:
            room = (_LOG_BUDGET - used) / b  # compared as a float: 690 / b can pass int64 for tiny b
            take = t1 - t0 if room >= t1 - t0 else int(room)
            if take < 1:
                acc += np.log(prod)
                prod = 1.0
                used = 0.0
                continue
            prod *= _prod(g[t0:t0 + take], c)
            used += take * b
            t0 += take
    return sign * (acc + np.log(prod)) + exact_sum


def run_starts(indptr, val):
    """The runs of equal values in the lists of :func:`active_lists`: ``(runptr, runs)``.

    Unit ``i`` has the runs ``runptr[i] .. runptr[i + 1]``; run ``r`` is the entries
    ``runs[r] .. runs[r + 1]`` (``runs`` ends with the number of entries, so the next start is the
    end of every run, the last one included).
    """
    indptr = np.asarray(indptr, dtype=np.int64)
    val = np.asarray(val, dtype=np.float64)
    n_units = indptr.size - 1
    new = np.zeros(val.size, dtype=bool)
    new[indptr[:-1][np.diff(indptr) > 0]] = True  # the first entry of every non-empty unit
    new[1:] |= val[1:] != val[:-1]
    runs = np.append(np.flatnonzero(new), val.size).astype(np.int64)
    runptr = np.searchsorted(runs[:-1], indptr).astype(np.int64)
    runptr[n_units] = runs.size - 1
    return runptr, runs


# The expm1 table of the input connection: 2.6 million (run, synapse) pairs per sweep for the default
# digits classifier, each an expm1 of ~17 ns, were a quarter of its synapse sweep.  The clamped
# inputs (hence their runs) and the amplitudes do not change during a fit, so the values are
# computed once; a table above this size is not built (the kernel then evaluates them per sweep).
TABLE_MAX_BYTES = 64 << 20


def expm1_table(amps, indptr, val):
    """``(runptr, runs, cexp)`` for :func:`synapse_sweep`'s ``table``: the runs of
    :func:`run_starts` and ``cexp[j, m, s, r] = expm1(+-a_jim x_r)`` (``+`` for ``s = 0``, ``-``
    for ``s = 1``) with ``x_r`` the value of run ``r`` of unit ``i`` — the numbers the kernel
    would compute, bit for bit.  ``None`` when the table would exceed ``TABLE_MAX_BYTES``.
    """
    runptr, runs = run_starts(indptr, val)
    n_post, _, n_syn = amps.shape
    if n_post * n_syn * 2 * (runs.size - 1) * 8 > TABLE_MAX_BYTES:
        return None
    cexp = np.empty((n_post, n_syn, 2, runs.size - 1))
    _fill_expm1_table(np.ascontiguousarray(amps, dtype=np.float64), runptr, runs,
                      np.asarray(val, dtype=np.float64), cexp)
    return runptr, runs, cexp


@njit(cache=True, nogil=True)
def _fill_expm1_table(amps, runptr, runs, val, out):
    n_post, n_pre1, n_syn = amps.shape
    for i in range(n_pre1):
        for r in range(runptr[i], runptr[i + 1]):
            x = val[runs[r]]
            for j in range(n_post):
                for m in range(n_syn):
                    ax = amps[j, i, m] * x
                    out[j, m, 0, r] = np.expm1(1.0 * ax)
                    out[j, m, 1, r] = np.expm1(-1.0 * ax)


# error_model="numpy": with numba's default ("python") every float division checks its divisor for
# zero to raise ZeroDivisionError, and that branch keeps LLVM from vectorising the loop.  The
# divisors here are 1 + e with e >= 0 (never zero), and IEEE division is correctly rounded in SIMD
# lanes as in scalar code, so the results are bit-identical; the patch loop runs about 4x faster.
@njit(cache=True, error_model="numpy")
def _patch(ge, g, t0, t1, q):
    """``ge *= q`` and ``g = 1 / (1 + ge)`` on entries ``t0..t1`` (contiguous and free of the
    zero-divisor check, see above, so it vectorises)."""
    ges = ge[t0:t1]
    gs = g[t0:t1]
    for k in range(ges.size):
        e = ges[k] * q
        ges[k] = e
        gs[k] = 1.0 / (1.0 + e)


@njit(cache=True, error_model="numpy")
def _synapse_row(j, amps, syn, w, v, x_post, indptr, idx, val, runptr, runs, cexp, q0, beta, state,
                 logits):
    """Sequential Gibbs updates of every synapse onto postsynaptic neuron ``j``.

    Per data term one multiply-add on the gathered ``sigmoid(v_dj)`` (see the error budget above
    and :func:`_log_factor_sum`); ``expm1(+-a x)`` is taken once per run of equal presynaptic
    values (see :func:`active_lists`), from the table ``cexp`` when it has rows
    (:func:`expm1_table`).  The ``exp(-v)`` and ``sigmoid(v)`` of the copies where the
    presynaptic unit is active are gathered into contiguous buffers once per unit (shared by its
    ``M`` synapses) and patched there after a flip; the inputs ``v`` themselves are written back
    once, when the unit's synapses are done.
    """
    n_pre1, n_syn = amps.shape[1], amps.shape[2]
    n_data = v.shape[1]
    use_table = cexp.shape[0] > 0
    no_table = np.empty(0)
    # en[d] = exp(-v_dj), sg[d] = sigmoid(v_dj) of the current input; ge, g: en and sg gathered
    # over the copies where the current presynaptic unit is active.
    en = np.empty(n_data)
    sg = np.empty(n_data)
    g = np.empty(n_data)
    ge = np.empty(n_data)
    for d in range(n_data):
        en[d] = np.exp(-v[j, d])
        sg[d] = 1.0 / (1.0 + en[d])
    for i in range(n_pre1):
        lo = indptr[i]
        hi = indptr[i + 1]
        r0 = runptr[i]
        r1 = runptr[i + 1]
        xmax = 0.0
        xsum = 0.0
        for r in range(r0, r1):
            xr = abs(val[runs[r]])
            xmax = max(xmax, xr)
            xsum += (runs[r + 1] - runs[r]) * xr
        hebb = 0.0
        for t in range(lo, hi):
            d = idx[t]
            hebb += x_post[j, d] * val[t]
            g[t - lo] = sg[d]
            ge[t - lo] = en[d]
        w_old = w[j, i]
        for m in range(n_syn):
            a = amps[j, i, m]
            s = syn[j, i, m]
            cs = cexp[j, m, s] if use_table else no_table
            data = a * hebb - _log_factor_sum(lo, r0, r1, runs, val, g, ge, a, s, cs, use_table, xmax,
                                              xsum)
            total = q0 + beta * data
            logits[j, i, m] = total
            new = 1 if uniform01(state, j) < _sigmoid(total) else 0
            if new != s:
                syn[j, i, m] = new
                # recomputed, not patched: w stays exactly sum_m a s (no drift, exact zeros)
                wji = 0.0
                for mm in range(n_syn):
                    if syn[j, i, mm]:
                        wji += amps[j, i, mm]
                w[j, i] = wji
                dw = wji - w_old  # input change of every copy so far is dw * x
                delta = a if new else -a
                for r in range(r0, r1):
                    xi = val[runs[r]]
                    dx = delta * xi
                    if abs(dx) > _FMA_MAX_LOG:  # exact: from the input itself
                        for t in range(runs[r], runs[r + 1]):
                            e = np.exp(-(v[j, idx[t]] + dw * xi))
                            ge[t - lo] = e
                            g[t - lo] = 1.0 / (1.0 + e)
                    else:
                        _patch(ge, g, runs[r] - lo, runs[r + 1] - lo, np.exp(-dx))
        dw = w[j, i] - w_old
        if dw != 0.0:
            for t in range(lo, hi):
                d = idx[t]
                v[j, d] += dw * val[t]
                en[d] = ge[t - lo]
                sg[d] = g[t - lo]


@njit(cache=True, parallel=True)
def _synapse_sweep_parallel(amps, syn, w, v, x_post, indptr, idx, val, runptr, runs, cexp, q0, beta,
                            state, logits):
    for j in prange(amps.shape[0]):
        _synapse_row(j, amps, syn, w, v, x_post, indptr, idx, val, runptr, runs, cexp, q0, beta,
                     state, logits)


@njit(cache=True, nogil=True)
def _synapse_sweep_serial(amps, syn, w, v, x_post, indptr, idx, val, runptr, runs, cexp, q0, beta,
                          state, logits):
    for j in range(amps.shape[0]):
        _synapse_row(j, amps, syn, w, v, x_post, indptr, idx, val, runptr, runs, cexp, q0, beta,
                     state, logits)


# Below this many conditional terms per call a parallel launch costs more than it saves.
PARALLEL_MIN_TERMS = 200_000


def synapse_sweep(amps, syn, w, v, x_post, indptr, idx, val, q0, state, logits, parallel=None,
                  beta=1.0, table=None):
    """One Gibbs sweep over every synapse of one connection (in place).

    Parameters
    ----------
    amps, syn : (n_post, n_pre + 1, M) float64 / uint8
        Amplitudes and synapse states; ``syn`` is updated.
    w : (n_post, n_pre + 1) float64
        Weights, patched after every flip.
    v : (n_post, D) float64
        Input of every postsynaptic neuron in every data copy (bias included), patched.
    x_post : (n_post, D) float64
        Postsynaptic states (transposed layer).
    indptr, idx, val : CSR lists of :func:`active_lists` for the presynaptic layer.
    q0 : float
        Prior log-odds of a synapse being on.
    state : (n_post,) uint64
        One random stream per postsynaptic neuron.
    logits : (n_post, n_pre + 1, M) float64
        Output: the conditional log-odds used for each update.
    parallel : bool or None
        ``prange`` over postsynaptic neurons; ``None`` decides by the amount of work
        (``PARALLEL_MIN_TERMS``).  Both give identical results (one stream per neuron).
    beta : float, default=1.0
        Inverse temperature of the data term: the log-odds are ``q0 + beta * (data sum)``.
        ``beta = 1`` is the exact conditional; ``beta < 1`` samples the synapses from the
        tempered conditional ``P(s) P(x | s)^beta`` (used to anneal the chain, see
        :class:`stochnet.DSNNClassifier`).
    table : tuple or None
        :func:`expm1_table` of these amplitudes and lists (same results, fewer ``expm1`` calls);
        ``None``: the runs are found here and ``expm1`` is evaluated once per run and synapse.
    """
    if parallel is None:
        parallel = amps.shape[0] > 1 and amps.shape[0] * amps.shape[2] * idx.shape[0] >= PARALLEL_MIN_TERMS
    if table is None:
        runptr, runs = run_starts(indptr, val)
        cexp = _NO_TABLE
    else:
        runptr, runs, cexp = table
        if cexp.shape != (amps.shape[0], amps.shape[2], 2, runs.size - 1) or runptr.size != indptr.size:
            raise ValueError(f"table of shape {cexp.shape} does not fit amplitudes {amps.shape} "
                             f"and {runs.size - 1} runs")
    fn = _synapse_sweep_parallel if parallel else _synapse_sweep_serial
    fn(amps, syn, w, v, x_post, indptr, idx, val, runptr, runs, cexp, float(q0), float(beta), state,
       logits)


_NO_TABLE = np.zeros((0, 0, 2, 0))


@njit(cache=True)
def _expm1_children(w_child, n):
    """``expm1(w_jk)`` and ``expm1(-w_jk)`` as ``(2, n, n_child)`` (row-major in ``j``)."""
    n_child = w_child.shape[0]
    out = np.empty((2, n, n_child))
    for j in range(n):
        for k in range(n_child):
            out[0, j, k] = np.expm1(w_child[k, j])
            out[1, j, k] = np.expm1(-w_child[k, j])
    return out


@njit(cache=True, error_model="numpy")
def _neuron_copy(d, x, v, w_child, expw_m1, u, x_child, state, logits):
    """Sequential Gibbs updates of the neurons of one layer in data copy ``d``.

    The children's sum is a running product of multiply-adds on the cached ``sigmoid(u_dk)``
    (error budget above); a released graded input (``0 < x < 1``) and a weight with ``|w| > 8``
    take ``softplus(u0 + w) - softplus(u0)`` of the child's input ``u0`` without this neuron.
    """
    n = x.shape[1]
    n_child = w_child.shape[0]
    # eu[k] = exp(-u_dk), su[k] = sigmoid(u_dk) of the current (patched) input of the children.
    eu = np.empty(n_child)
    su = np.empty(n_child)
    for k in range(n_child):
        eu[k] = np.exp(-u[d, k])
        su[k] = 1.0 / (1.0 + eu[k])
    for j in range(n):
        xj = x[d, j]
        total = v[d, j]
        binary = xj == 0.0 or xj == 1.0
        sign = -1.0 if xj == 1.0 else 1.0
        row = 1 if xj == 1.0 else 0
        acc = 0.0
        prod = 1.0
        for k in range(n_child):
            wjk = w_child[k, j]
            total += x_child[d, k] * wjk
            if not binary or abs(wjk) > _FMA_MAX_LOG:  # from the input (see the error budget)
                u0 = u[d, k] - xj * wjk
                acc += sign * (_softplus(u0 + wjk) - _softplus(u0))
                continue
            prod *= 1.0 + expw_m1[row, j, k] * su[k]
            if prod > _PROD_HI or prod < _PROD_LO:
                acc += np.log(prod)
                prod = 1.0
        acc += np.log(prod)
        total -= sign * acc
        logits[d, j] = total
        new = 1.0 if uniform01(state, d) < _sigmoid(total) else 0.0
        if new != xj:
            x[d, j] = new
            change = new - xj
            for k in range(n_child):
                u[d, k] += change * w_child[k, j]
                if abs(w_child[k, j]) > _FMA_MAX_LOG or (change != 1.0 and change != -1.0):
                    eu[k] = np.exp(-u[d, k])
                else:  # exp(-change w) = 1 + expm1(-change w)
                    eu[k] *= 1.0 + expw_m1[1 if change == 1.0 else 0, j, k]
                su[k] = 1.0 / (1.0 + eu[k])


@njit(cache=True, parallel=True)
def _neuron_sweep_parallel(x, v, w_child, u, x_child, state, logits):
    expw_m1 = _expm1_children(w_child, x.shape[1])
    for d in prange(x.shape[0]):
        _neuron_copy(d, x, v, w_child, expw_m1, u, x_child, state, logits)


@njit(cache=True, nogil=True)
def _neuron_sweep_serial(x, v, w_child, u, x_child, state, logits):
    expw_m1 = _expm1_children(w_child, x.shape[1])
    for d in range(x.shape[0]):
        _neuron_copy(d, x, v, w_child, expw_m1, u, x_child, state, logits)


def neuron_sweep(x, v, w_child, u, x_child, state, logits, parallel=None):
    """One Gibbs sweep over the neurons of one free layer in every data copy (in place).

    Parameters
    ----------
    x : (D, n) float64
        States of the layer, updated (sampled states are 0/1; a graded clamped value that is
        released is treated exactly, as the rate it held).
    v : (D, n) float64
        Own input of each neuron (from its parents and bias); not changed.
    w_child : (n_child, n + 1) float64
        Weights of the connection from this layer to its children (last column is the bias).
        ``n_child`` may be 0 (a free top layer).
    u : (D, n_child) float64
        Input of the children, patched after every flip.
    x_child : (D, n_child) float64
        Children's states.
    state : (D,) uint64
        One random stream per data copy.
    logits : (D, n) float64
        Output: the conditional log-odds used for each update.
    parallel : bool or None
        ``prange`` over data copies; ``None`` decides by the amount of work.
    """
    if parallel is None:
        parallel = x.shape[0] > 1 and x.shape[0] * x.shape[1] * max(1, w_child.shape[0]) >= PARALLEL_MIN_TERMS
    fn = _neuron_sweep_parallel if parallel else _neuron_sweep_serial
    fn(x, v, w_child, u, x_child, state, logits)


@njit(cache=True, nogil=True)
def complete_loglik(x, v):
    """Sum over copies and neurons of ``x v - softplus(v)`` (Bernoulli log-likelihood)."""
    total = 0.0
    n_data, n = x.shape
    for d in range(n_data):
        for j in range(n):
            z = v[d, j]
            total += x[d, j] * z - _softplus(z)
    return total
