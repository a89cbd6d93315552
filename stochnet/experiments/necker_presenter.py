"""Presenting a stimulus to a fitted DSNN with the output free: the percept signal of the Necker
experiment.

Protocol (``shared/science/stochnet.md``; choices marked ours are documented parameters):
``n_probes`` extra data copies (ours) with the stimulus clamped on the input and the output layer
free are added to the model's Gibbs chain. Each presentation sweep is (a) all hidden neurons of
every copy, training copies clamped as in training, (b) the output neurons of the probe copies,
(c) every synapse given all copies (``plastic=True``, the model as specified: the probes are data
copies of the joint) -- or, with ``plastic=False`` (ours), synapses frozen and only the probe
copies sampled. The signal of a probe is the mean firing of output population A minus that of
population B per sweep.

Two presentation conditions (ours, both off by default, so that the default is the model itself):

* ``temperature`` ``T``: during the presentation every neuron's input is divided by ``T`` (neural
  gain ``1 / T``); the synapse conditionals are the model's. ``T > 1`` makes the neurons noisier.
* ``presentation_noise`` ``p``: the probes' input is the stimulus with each pixel inverted with
  probability ``p``, drawn afresh every sweep (sensory noise).  With ON/OFF input coding
  (``input_coding="onoff"``) an inverted pixel swaps the values of its ON and OFF neurons.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from stochnet.exceptions import StochNetError

__all__ = ["NeckerPresenter", "scale_like"]


def scale_like(clf, X):
    """The input layer the DSNN clamps for raw inputs ``X``: its own scaling and input coding
    (per-feature training min and range, clipped to [0, 1], thresholded at 0.5 when
    ``binarize_inputs``, then ``x`` and ``1 - x`` side by side with ``input_coding="onoff"``)."""
    return clf._scale(X)


def _check_conditions(temperature, presentation_noise):
    if not (np.isfinite(temperature) and temperature > 0):
        raise StochNetError(f"temperature: expected a positive number, got {temperature!r}")
    if not 0.0 <= presentation_noise <= 0.5:
        raise StochNetError(f"presentation_noise: expected a number in [0, 0.5], got {presentation_noise!r}")


class NeckerPresenter:
    """Present a stimulus with the output free to a fitted DSNN and record the percept signal.

    The classifier's chain is modified (probe copies appended; synapses keep being sampled when
    ``plastic``); pass a copy if the model must stay untouched.

    Parameters
    ----------
    clf : fitted DSNNClassifier with two classes (0 = A, 1 = B)
    image : ndarray (n_features,)
        The stimulus (raw pixel values, scaled like the training data).
    n_probes : int
        Probe copies presented at once (they share the synapses).
    plastic : bool
        Keep sampling the synapses with all copies (True, the model) or freeze them (False).
    temperature : float > 0
        Neuron inputs are divided by it during the presentation (1: the model).
    presentation_noise : float in [0, 0.5]
        Probability that a pixel of the probes' input is inverted, drawn afresh every sweep.
    seed : int, Generator or None

    Examples
    --------
    >>> from stochnet.dsnn import DSNNClassifier
    >>> from stochnet.experiments.necker_stimuli import cube_training_set, render_cube
    >>> X, y = cube_training_set(4, 8, seed=0)
    >>> clf = DSNNClassifier(hidden_layer_sizes=(3,), n_sweeps=2, output_population=2, random_state=0).fit(X, y)
    >>> sig = NeckerPresenter(clf, render_cube("ambiguous", 8).ravel(), n_probes=2, seed=0).run(5)
    >>> sig.shape
    (5, 2)
    """

    def __init__(self, clf, image, n_probes: int = 1, plastic: bool = True, *, temperature: float = 1.0,
                 presentation_noise: float = 0.0, seed=None):
        from stochnet import _kernels as K
        from stochnet.dsnn import DSNNChain

        if not hasattr(clf, "chain_"):
            raise StochNetError("clf: expected a fitted DSNNClassifier")
        if len(clf.classes_) != 2:
            raise StochNetError(f"clf: expected a model of 2 classes, got {len(clf.classes_)}")
        if int(n_probes) != n_probes or n_probes < 1:
            raise StochNetError(f"n_probes: expected a positive integer, got {n_probes!r}")
        _check_conditions(temperature, presentation_noise)
        self._K = K
        rng = np.random.default_rng(seed)
        self.clf = clf
        self.plastic = bool(plastic)
        self.temperature = float(temperature)
        self.presentation_noise = float(presentation_noise)
        ch = clf.chain_
        xs = scale_like(clf, np.asarray(image, dtype=float).reshape(1, -1))
        self._stimulus = xs[0].copy()
        P = self.n_probes = int(n_probes)
        probe_in = np.repeat(xs, P, axis=0)
        probe_x = [probe_in.copy()]
        for l in range(1, len(ch.layer_sizes)):
            v = probe_x[-1] @ ch.w[l][:, :-1].T + ch.w[l][:, -1]
            probe_x.append((rng.random(v.shape) < 1.0 / (1.0 + np.exp(-v))).astype(np.float64))
        self._out_state = K.seed_streams(rng, P)
        self._out_logits = np.zeros((P, ch.layer_sizes[-1]))
        self._noise_seed = int(rng.integers(0, 2**63 - 1))
        self.n_done = 0
        if self.plastic:
            D = ch.n_copies
            self._lo = D
            ch.x = [np.ascontiguousarray(np.vstack([a, b])) for a, b in zip(ch.x, probe_x)]
            ch.clamp_x_in = np.vstack([ch.clamp_x_in, probe_in])
            ch.clamp_x_out = np.vstack([ch.clamp_x_out, probe_x[-1]])
            ch.neuron_rng = np.concatenate([ch.neuron_rng, K.seed_streams(rng, P)])
            ch.neuron_logits = [np.zeros((D + P, m)) for m in ch.layer_sizes]
            self._chain = ch
        else:
            self._lo = 0
            self._chain = DSNNChain(
                layer_sizes=ch.layer_sizes, q0=ch.q0, amps=ch.amps, syn=ch.syn, w=ch.w, x=probe_x,
                clamp_x_in=probe_in.copy(), clamp_x_out=probe_x[-1].copy(),
                neuron_rng=K.seed_streams(rng, P), synapse_rng=ch.synapse_rng,
                neuron_logits=[np.zeros((P, m)) for m in ch.layer_sizes],
                synapse_logits=ch.synapse_logits,
            )

    # ------------------------------------------------------------------ checkpoint state
    def state_arrays(self) -> dict:
        """The presenter's own state (beyond the classifier's chain) as plain arrays, for a
        checkpoint: the output streams of the probes, the sweep count and noise seed, the stimulus
        and, when frozen, the probe chain."""
        out = {"presenter_out_state": self._out_state.copy(),
               "presenter_counters": np.array([self.n_done, self._noise_seed], dtype=np.int64),
               "presenter_stimulus": self._stimulus.copy()}
        if not self.plastic:
            ch = self._chain
            for l, a in enumerate(ch.x):
                out[f"probe_x_{l}"] = a.copy()
            out["probe_clamp_x_in"] = ch.clamp_x_in.copy()
            out["probe_clamp_x_out"] = ch.clamp_x_out.copy()
            out["probe_neuron_rng"] = ch.neuron_rng.copy()
        return out

    @classmethod
    def from_state(cls, clf, arrays: dict, n_probes: int, plastic: bool, probe_offset: int, *,
                   temperature: float = 1.0, presentation_noise: float = 0.0):
        """Rebuild a presenter from :meth:`state_arrays` and the classifier it was attached to
        (restored from the same checkpoint), so that :meth:`run` continues bit for bit.

        Raises ValueError (or KeyError) when the arrays do not fit the model."""
        from stochnet import _kernels as K
        from stochnet.dsnn import DSNNChain

        self = cls.__new__(cls)
        self._K = K
        self.clf = clf
        self.plastic = bool(plastic)
        self.temperature = float(temperature)
        self.presentation_noise = float(presentation_noise)
        self.n_probes = P = int(n_probes)
        ch = clf.chain_
        self._out_state = np.ascontiguousarray(arrays["presenter_out_state"], dtype=np.uint64).copy()
        if self._out_state.shape != (P,):
            raise ValueError(f"presenter state has shape {self._out_state.shape}, expected ({P},)")
        counters = np.asarray(arrays["presenter_counters"], dtype=np.int64)
        self.n_done, self._noise_seed = int(counters[0]), int(counters[1])
        self._stimulus = np.asarray(arrays["presenter_stimulus"], dtype=np.float64).copy()
        if self._stimulus.shape != (ch.layer_sizes[0],):
            raise ValueError("the stored stimulus does not fit the model")
        self._out_logits = np.zeros((P, ch.layer_sizes[-1]))
        if self.plastic:
            if ch.n_copies != probe_offset + P:
                raise ValueError(f"model has {ch.n_copies} data copies, expected {probe_offset + P}")
            self._lo = int(probe_offset)
            self._chain = ch
        else:
            self._lo = 0
            x = [np.ascontiguousarray(arrays[f"probe_x_{l}"], dtype=np.float64).copy()
                 for l in range(len(ch.layer_sizes))]
            if any(a.shape != (P, m) for a, m in zip(x, ch.layer_sizes)):
                raise ValueError("probe states do not fit the model")
            self._chain = DSNNChain(
                layer_sizes=ch.layer_sizes, q0=ch.q0, amps=ch.amps, syn=ch.syn, w=ch.w, x=x,
                clamp_x_in=np.array(arrays["probe_clamp_x_in"], dtype=np.float64),
                clamp_x_out=np.array(arrays["probe_clamp_x_out"], dtype=np.float64),
                neuron_rng=np.array(arrays["probe_neuron_rng"], dtype=np.uint64),
                synapse_rng=ch.synapse_rng,
                neuron_logits=[np.zeros((P, m)) for m in ch.layer_sizes],
                synapse_logits=ch.synapse_logits,
            )
        return self

    # ------------------------------------------------------------------ sampling
    def _sample_neurons(self):
        """Hidden neurons of every copy, then the probes' outputs, at the presentation temperature."""
        ch = self._chain
        top = len(ch.layer_sizes) - 1
        weights = ch.w
        w = weights if self.temperature == 1.0 else [a / self.temperature for a in weights]
        ch.w = w
        try:
            ch.sweep(clamp_inputs=True, clamp_outputs=True, sample_neurons=True, sample_synapses=False)
        finally:
            ch.w = weights
        lo = self._lo
        v = np.ascontiguousarray(ch.x[top - 1][lo:] @ w[top][:, :-1].T + w[top][:, -1])
        empty_w = np.zeros((0, ch.layer_sizes[top] + 1))
        empty = np.zeros((self.n_probes, 0))
        self._K.neuron_sweep(ch.x[top][lo:], v, empty_w, empty, empty, self._out_state, self._out_logits)

    def run(self, n_sweeps: int, callback: Callable[[int], None] | None = None) -> np.ndarray:
        """Run ``n_sweeps`` presentation sweeps; returns the signal ``(n_sweeps, n_probes)``: the
        mean firing of population A minus that of population B (the DSNN's ``output_population``
        neurons per class, class-major) per probe."""
        ch = self._chain
        top = len(ch.layer_sizes) - 1
        pop = ch.layer_sizes[top] // 2  # class-major populations: [A x pop, B x pop]
        out = np.empty((int(n_sweeps), self.n_probes))
        noise = None
        if self.presentation_noise > 0:  # one generator per call, seeded by the sweep count: resumable
            noise = np.random.default_rng([self._noise_seed, self.n_done])
        for t in range(int(n_sweeps)):
            if noise is not None:
                flips = noise.random((self.n_probes, self.clf.n_features_in_)) < self.presentation_noise
                if self.clf.input_coding == "onoff":  # a pixel's ON and OFF neurons flip together
                    flips = np.hstack([flips, flips])
                ch.x[0][self._lo:] = np.where(flips, 1.0 - self._stimulus, self._stimulus)
            self._sample_neurons()
            if self.plastic:
                ch.sweep(clamp_inputs=True, clamp_outputs=True, sample_neurons=False, sample_synapses=True)
            xo = ch.x[top][self._lo:]
            out[t] = xo[:, :pop].mean(axis=1) - xo[:, pop:].mean(axis=1)
            self.n_done += 1
            if callback is not None:
                callback(t + 1)
        return out
