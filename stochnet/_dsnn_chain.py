"""The state of a DSNN Gibbs chain and one sweep of it (plain arrays; see :mod:`stochnet.dsnn`).

:class:`DSNNChain` holds every random variable of the dual sampling network (neurons of every data
copy, synapses of every connection) and the random streams of the kernels of
:mod:`stochnet._kernels`; :meth:`DSNNChain.sweep` is one Gibbs sweep in the order
free neuron layers bottom-up, then every connection's synapses.

:func:`one_blas_thread` is the context in which chains are swept: numpy's BLAS on one thread
(threadpoolctl).  The chain's matrix products (:meth:`DSNNChain.layer_input`, e.g. 1347 x 64 times
64 x 200 for digits) are small; OpenBLAS ran them on its own pool of threads, whose workers keep
spinning for a while after each product, and on a 2-core machine they took the CPU that the second
chain's numba kernel needed: the default digits fit (two chains on two threads) took 1.5x as long
with the BLAS pool as without it (23.5-23.9 s against 15.3-16.1 s of wall time on splits 0 and 2,
with bit-identical chains; ``docs/dsnn_accuracy.md``, "The BLAS thread pool").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from stochnet import _kernels as K

__all__ = ["DSNNChain", "one_blas_thread"]

_blas_controller = None


def one_blas_thread():
    """Context manager: numpy's BLAS limited to one thread (``threadpoolctl``), restored on exit.

    Enter it from the thread that drives the sweeps, not from every chain's worker thread (the
    limit is process-wide).  The controller (the list of loaded BLAS libraries) is made on the
    first call, when numpy's BLAS, the one the chain's products use, is loaded.
    """
    global _blas_controller
    if _blas_controller is None:
        from threadpoolctl import ThreadpoolController

        _blas_controller = ThreadpoolController()
    return _blas_controller.limit(limits=1, user_api="blas")


@dataclass
class DSNNChain:
    """The full state of a DSNN Gibbs chain (mutable; plain arrays).

    Connection ``l`` (``0..L``) feeds layer ``l``; connection 0 has only the bias unit (the prior of
    the input neurons), connection ``l >= 1`` comes from layer ``l - 1`` plus the bias unit, which is
    the last presynaptic column.

    Attributes
    ----------
    layer_sizes : tuple of int
        ``(n_in, n_hidden..., n_out)``.
    q0 : float
        Prior log-odds of a synapse.
    amps, syn, w : list of arrays
        Per connection: amplitudes ``(n_l, n_pre + 1, M)`` float64, synapse states of the same
        shape (uint8), weights ``(n_l, n_pre + 1)`` float64 (``w = sum_m amps * syn``).
    x : list of (D, n_l) float64
        Neuron states of every data copy, layer by layer (``x[0]`` inputs, ``x[-1]`` outputs).
    clamp_x_in, clamp_x_out : (D, n_0), (D, n_L) float64
        The training data and one-hot labels that the clamps impose.
    neuron_rng : (D,) uint64
        One random stream per data copy.
    synapse_rng : list of (n_l,) uint64
        One random stream per postsynaptic neuron of each connection.
    """

    layer_sizes: tuple
    q0: float
    amps: list
    syn: list
    w: list
    x: list
    clamp_x_in: np.ndarray
    clamp_x_out: np.ndarray
    neuron_rng: np.ndarray
    synapse_rng: list
    neuron_logits: list = field(default_factory=list)
    synapse_logits: list = field(default_factory=list)
    parallel: object = None  # None: kernels choose by work size; True/False: force
    # the active lists of the input layer and connection 1's expm1 table, kept while the inputs and
    # amplitudes do not change: (x[0] copy, amps[1], (lists, table))
    _input_lists: tuple = field(default=None, repr=False, compare=False)

    @property
    def n_copies(self) -> int:
        return self.x[0].shape[0]

    def layer_input(self, l: int) -> np.ndarray:
        """Input ``v`` of every neuron of layer ``l`` in every copy, ``(D, n_l)``."""
        w = self.w[l]
        if l == 0:
            return np.repeat(w[:, -1][None, :], self.n_copies, axis=0)
        return self.x[l - 1] @ w[:, :-1].T + w[:, -1]

    def sweep(self, clamp_inputs=True, clamp_outputs=True, sample_neurons=True,
              sample_synapses=True, beta=1.0):
        """One Gibbs sweep: free neuron layers bottom-up, then every connection's synapses.

        ``beta`` (default 1, the exact conditionals) is the inverse temperature of the data term
        of the synapse conditionals (see :func:`stochnet._kernels.synapse_sweep`).
        """
        top = len(self.layer_sizes) - 1
        if sample_neurons:
            for l in range(top + 1):
                if (l == 0 and clamp_inputs) or (l == top and clamp_outputs):
                    continue
                v = np.ascontiguousarray(self.layer_input(l))
                if l < top:
                    w_child = self.w[l + 1]
                    u = np.ascontiguousarray(self.layer_input(l + 1))
                    x_child = self.x[l + 1]
                else:
                    w_child = np.zeros((0, self.layer_sizes[l] + 1))
                    u = np.zeros((self.n_copies, 0))
                    x_child = u
                K.neuron_sweep(self.x[l], v, w_child, u, x_child, self.neuron_rng,
                               self.neuron_logits[l], parallel=self.parallel)
        if sample_synapses:
            for l in range(top + 1):
                table = None
                if l == 0:
                    indptr, idx, val = K.active_lists(np.zeros((self.n_copies, 0)))
                elif l == 1:
                    (indptr, idx, val), table = self._active_inputs()
                else:
                    indptr, idx, val = K.active_lists(self.x[l - 1])
                v_t = np.ascontiguousarray(self.layer_input(l).T)
                x_post = np.ascontiguousarray(self.x[l].T)
                K.synapse_sweep(self.amps[l], self.syn[l], self.w[l], v_t, x_post, indptr, idx,
                                val, float(self.q0), self.synapse_rng[l], self.synapse_logits[l],
                                parallel=self.parallel, beta=beta, table=table)

    def _active_inputs(self):
        """:func:`~stochnet._kernels.active_lists` of the input layer and the
        :func:`~stochnet._kernels.expm1_table` of connection 1 over them (``None`` when too large),
        recomputed only when the inputs or the amplitudes changed (the inputs stay clamped to the
        data in training: one sort and one table per chain, not one per sweep)."""
        x0 = self.x[0]
        cached = self._input_lists
        # array_equal is False for another shape too; the amplitudes are replaced, never edited
        if cached is None or cached[1] is not self.amps[1] or not np.array_equal(cached[0], x0):
            lists = K.active_lists(x0)
            cached = (x0.copy(), self.amps[1], (lists, K.expm1_table(self.amps[1], lists[0], lists[2])))
            self._input_lists = cached
        return cached[2]

    def log_likelihood(self) -> float:
        """Complete-data log-likelihood ``sum_d sum_l log P(x_dl | x_d,l-1, s)`` of the chain."""
        return float(sum(K.complete_loglik(self.x[l], np.ascontiguousarray(self.layer_input(l)))
                         for l in range(len(self.layer_sizes))))
