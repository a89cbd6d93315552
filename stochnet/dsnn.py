"""The dual sampling neural network (DSNN): learning by Gibbs sampling of neurons and synapses.

Model (Teramae & Tsubo, "Dual sampling neural network: Learning without explicit optimization",
Phys. Rev. Research 4, 043051, 2022; details in ``shared/science/stochnet.md``): a layered sigmoid
belief network ``input -> hidden ... -> output`` with binary neurons, ``P(x_j = 1) = sigmoid(v_j)``,
``v_j = sum_i x_i w_ij``; each connection is made of ``M`` binary synapses with fixed random
amplitudes, ``w_ij = sum_m a_ijm s_ijm``, prior ``P(s = 1) = sigmoid(q0)``.  Learning is nothing
but Gibbs sampling of the joint posterior over the hidden neurons of every training datum (one copy
per datum) and all synapses, with inputs and outputs clamped.  No loss, no gradient.

Our choices (documented parameters):

* Biases are synapses too: every layer receives ``M`` synapses from an always-on unit, so the bias
  is sampled like any weight.  The input layer has such bias synapses as well (connection 0): they
  are the prior of the input neurons, used when the input clamp is released.
* Amplitudes ``a ~ N(0, (amplitude_scale / sqrt(fan_in + 1))^2)`` drawn once from the seed
  (``amplitude_dist="normal"``) or ``+-amplitude_scale / sqrt(fan_in + 1)`` with random signs
  (``"sign"``).
* Inputs are scaled per feature to ``[0, 1]`` with the training minimum and range and clamped as
  graded rates (the Bernoulli likelihood ``x v - softplus(v)`` holds for real ``x``); with
  ``binarize_inputs=True`` they are thresholded at 0.5 instead.
* Input coding (``input_coding="rate"``, the default: one input neuron clamped to the scaled value
  ``x``; or ``"onoff"``): with ``"onoff"`` every feature drives two input neurons, an
  ON neuron clamped to the scaled value ``x`` and an OFF neuron clamped to ``1 - x`` (as retinal ON
  and OFF ganglion cells code a pixel by two channels of opposite polarity).  The network computes
  the same family of functions as with ``x`` alone (``w x + w' (1 - x)`` is affine in ``x``), but
  the synapse posterior changes: a synapse from a presynaptic neuron only sees the data in which
  that neuron fires, so with ``"rate"`` coding a dark pixel (``x = 0``, about half of the digits'
  pixels) gives no evidence to any synapse and the OFF neuron lets it do so.  On digits split 2
  this gained 0.013 in test accuracy with 100 hidden units (mean of three seeds); on splits 0 and 1
  the change was within the seed spread.  It costs 1.8x the synapse sweep's time (2.8x as many
  active presynaptic entries); spending that time on 200 hidden units with rate coding instead
  gained 0.0096 on split 1 and kept splits 0 and 2 within the seed spread, so ``"rate"`` is the
  default again (``docs/dsnn_accuracy.md``).
* Labels are clamped on ``output_population`` output neurons per class (all on for the datum's class,
  all off for the others); the read-out uses each population's mean firing.
* Read-out (a Bayesian model average): weight snapshots of the chain are kept from the last
  ``n_readout`` snapshot times (one every ``readout_interval`` sweeps); for each snapshot the hidden
  layers are sampled forward ``n_hidden_samples`` times from the clamped input and the model's
  label posterior ``P(y = c | h, w) = softmax_c(sum of the inputs u of class c's output
  population)`` is averaged (``readout="label"``; ``"rate"`` averages the output firing
  probabilities ``sigmoid(u)`` instead); the class is the argmax.  The random stream of
  a datum is seeded from a hash of the datum and the model, so predictions do not depend on the
  batch.  ``predict_proba(X, weights="current")`` uses only the current synapses.

Public API
----------
``DSNNClassifier(hidden_layer_sizes=(200,), n_synapses=16, amplitude_scale=9.0, q0=0.0, n_sweeps=80,
n_readout=40, readout_interval=1, n_hidden_samples=4, output_population=3, amplitude_dist="normal",
binarize_inputs=False, anneal_sweeps=0, anneal_beta=0.05, readout="label", n_chains=2,
input_coding="rate", random_state=None)`` with the
scikit-learn methods ``fit(X, y, callback=None)``, ``partial_fit(X, y, classes=None, n_sweeps=1)``,
``predict``, ``predict_proba``, ``score`` (the last three take ``weights="snapshots"|"current"``),
and ``sample_outputs(X)`` (output firing per synapse snapshot); ``save(path, metadata=None)`` /
:func:`load_dsnn` (in :mod:`stochnet.dsnn_io`: ``.npz`` read with ``allow_pickle=False``, every
array checked; a damaged file or one of another ``FORMAT_VERSION`` raises
:class:`DSNNModelFileError`).  The output layer has ``n_classes * output_population`` neurons
(class ``c`` owns units ``c * P .. (c + 1) * P - 1``).  The command line (``synctool dsnn train``)
uses the same names as options (``--hidden-layer-sizes``, ``--n-sweeps``, ...).

Annealing (ours, ``anneal_sweeps > 0``): the synapse conditionals' data term is multiplied by an
inverse temperature that rises geometrically from ``anneal_beta`` to 1 over the first
``anneal_sweeps`` sweeps; every later sweep is exact Gibbs sampling of the model.  With a thousand
data each synapse's conditional sums over hundreds of terms, so single flips become very unlikely
once the network fits (slow mixing); the hot start lets the chain move before it freezes.

Cost of one sweep: ``M * sum_l n_l * nnz(x_{l-1})`` synapse terms plus
``D * sum_l n_l * n_{l+1}`` neuron terms (one multiply-add each), see :mod:`stochnet._kernels`.

Continuing the chain (for experiments):

* ``clf.sample_sweeps(n_sweeps, clamp_inputs=True, clamp_outputs=True, sample_synapses=True,
  sample_neurons=True, callback=None)`` runs more Gibbs sweeps on the chain the model was fitted
  with (its data copies stay in ``clf.chain_``).  Releasing the clamps (``False``) samples the
  input / output neurons of every copy from the model itself (spontaneous activity); the memory
  forgetting protocol is ``clf.sample_sweeps(n, clamp_inputs=False, clamp_outputs=False,
  callback=...)`` with ``clf.score(X_test, y_test, weights="current")`` (or the default
  ``weights="snapshots"``, averaged over the last snapshots) measured in the callback.
  ``clf.restore_clamps()`` puts the training data back onto the input and output layers.
* ``callback(model, sweep)`` is called after each sweep (sweep counts from 1 for the model's life);
  returning ``False`` stops the run.
* ``clf.chain_`` is a :class:`DSNNChain` (documented low-level state: amplitudes, synapses,
  weights, neuron states, random streams); ``clf.weights()`` returns copies of the current weight
  matrices, ``clf.synapse_states()`` copies of the synapse arrays.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

import numba
import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from stochnet import _kernels as K
from stochnet import _readout as R
from stochnet._dsnn_chain import DSNNChain, one_blas_thread
from stochnet.dsnn_io import FORMAT_VERSION, DSNNModelFileError, read_model, save_dsnn
from stochnet.exceptions import StochNetError

__all__ = ["EXPERIMENT_DSNN_PARAMS", "FORMAT_VERSION", "DSNNChain", "DSNNClassifier", "DSNNModelFileError",
           "load_dsnn"]

#: The DSNN parameters the forgetting and Necker experiments were built and measured with (one chain,
#: M = 8, amplitude 6, 60 read-out snapshots: the classifier's defaults before the accuracy study); the
#: experiments start from these, so their documented results and time budgets do not move with the
#: classifier's defaults.  Their ``dsnn_params`` override any of them.
EXPERIMENT_DSNN_PARAMS = {"n_synapses": 8, "amplitude_scale": 6.0, "n_readout": 60, "n_chains": 1,
                          "input_coding": "rate"}

logger = logging.getLogger(__name__)


def _resolve_rng(seed) -> np.random.Generator:
    return np.random.default_rng(seed)


def _sweep_chain(chain, kw):
    """One Gibbs sweep of ``chain``; returns its complete-data log-likelihood per copy."""
    chain.sweep(**kw)
    return chain.log_likelihood() / chain.n_copies


class DSNNClassifier(ClassifierMixin, BaseEstimator):
    """Dual sampling neural network classifier: learns by Gibbs sampling only.

    Parameters
    ----------
    hidden_layer_sizes : tuple of int, default=(200,)
        Sizes of the hidden layers.  With rate coding, 200 hidden units gave 0.9733 / 0.9852 /
        0.9667 on digits splits 0 / 1 / 2 (means of three seeds) where 100 with ON/OFF coding (the
        previous default, about the same cost) gave 0.9733 / 0.9756 / 0.9674
        (``docs/dsnn_accuracy.md``).  (With M = 8 and one chain, earlier, 200 were no better than
        100.)
    n_synapses : int, default=16
        Binary synapses per connection (``M``).  With 8 (and amplitude 6, the defaults before
        16 / 9) the posterior underfits digits (train accuracy 0.97); 16 synapses with amplitude 9
        reach 0.99 and, with two chains, a higher test accuracy (``docs/dsnn_accuracy.md``).
    amplitude_scale : float, default=9.0
        Amplitude scale; amplitudes have standard deviation ``amplitude_scale / sqrt(fan_in + 1)``.
    q0 : float, default=0.0
        Prior log-odds of a synapse being on.  A sparser prior (q0 = -1, P(on) = 0.27) raised
        the test accuracy on digits split 1 by 0.007 and lowered it on split 2 by 0.004 (mean of
        six seeds each, ``docs/dsnn_accuracy.md``), so the default stays at 0.
    n_sweeps : int, default=80
        Gibbs sweeps (all hidden neurons of every copy, then all synapses) run by ``fit``.  80
        (with 40 snapshots) keeps the default ``dsnn train`` on digits (ON/OFF inputs, two chains
        of 16 synapses per connection) within a minute on 2 cores; 90 / 45 gave the same accuracy
        within the seed spread (``docs/dsnn_accuracy.md``).
    n_readout : int, default=40
        Weight snapshots kept for the read-out (the last ones of the chain).
    readout_interval : int, default=1
        Sweeps between two snapshots.
    n_hidden_samples : int, default=4
        Forward samples of the hidden layers per snapshot in the read-out.
    output_population : int, default=3
        Output neurons per class (a population; clamped all on for the datum's class, all off
        otherwise; read out through the population, see ``readout``).  The label enters each
        hidden neuron's conditional once per population member; with 100 hidden units and 10 the
        label evidence dominated the hidden posterior, the synapses froze within 60 sweeps and the forward read-out
        reached 0.958 on digits split 0; with 3 the chain keeps moving and reaches 0.971 at
        120 sweeps with the read-out averaged over the last 60; with 200 hidden units 5 gave
        0.969 on validation split 11, as 3 did (ours, measured).
    amplitude_dist : {"normal", "sign"}, default="normal"
        Distribution of the fixed amplitudes.
    binarize_inputs : bool, default=False
        Threshold the scaled inputs at 0.5 instead of clamping graded rates.
    anneal_sweeps : int, default=0
        Annealing of the synaptic chain against slow mixing (ours): during the first
        ``anneal_sweeps`` sweeps the data term of every synapse conditional is multiplied by an
        inverse temperature rising geometrically from ``anneal_beta`` to 1 (see
        :meth:`synapse_beta`); afterwards, and with 0, the sweeps are exact Gibbs sampling.
        Read-out snapshots should come from the exact sweeps (``n_sweeps - anneal_sweeps >=
        n_readout * readout_interval``).
    anneal_beta : float, default=0.05
        Initial inverse temperature of the annealing, in (0, 1].
    readout : {"label", "rate"}, default="label"
        What the read-out averages over hidden samples and synapse snapshots.  ``"label"`` (ours):
        the model's own label posterior.  Training clamps the output layer to one of ``C`` label
        patterns (class ``c``'s population on, all others off), and under the model
        ``log P(pattern_c | h, w) = sum_{k in pop c} u_k - sum_k softplus(u_k)``, so given that
        the output is a label pattern, ``P(y = c | h, w) = softmax_c(sum_{k in pop c} u_k)``; its
        average over forward samples of ``h`` and over snapshots of ``w`` is the posterior
        predictive ``P(y | x, data)``.  ``"rate"``: the mean firing probability of each class's
        population (the read-out before the label posterior; files written without this
        parameter load with it).
    n_chains : int, default=2
        Independent Gibbs chains (ours), each with its own amplitudes, initial state and streams;
        the read-out averages the snapshots of all of them.  A single chain mixes slowly between
        posterior modes (its snapshots are strongly correlated), so several chains make the read-out
        a better Bayesian model average: on digits, averaging the read-outs of two chains gained
        about 0.005-0.01 in test accuracy (``docs/dsnn_accuracy.md``).  On a machine with several
        numba threads the chains are swept at once on Python threads (the serial kernels release
        the GIL); results depend only on the seed.  Chain 0 is ``chain_``; ``weights()``,
        ``synapse_states()`` and the low-level experiments use it.
    input_coding : {"rate", "onoff"}, default="rate"
        How a scaled feature ``x`` in ``[0, 1]`` is clamped on the input layer.  ``"onoff"``: two
        input neurons per feature, ON clamped to ``x`` and OFF to ``1 - x`` (the input layer has
        ``2 * n_features_in_`` neurons, ON first); ``"rate"``: one neuron clamped to ``x``.  Both
        give the same family of functions; ON/OFF lets dark pixels carry evidence to the synapse
        posterior and gained 0.013 in test accuracy on digits split 2 (three seeds, 100 hidden),
        within the seed spread on splits 0 and 1, at 1.8x the synapse sweep's time; twice the
        hidden units with ``"rate"`` gained more at that time (``docs/dsnn_accuracy.md``).  With
        ``binarize_inputs`` the threshold comes first.
    random_state : int, numpy Generator or None, default=None
        Seed of everything random (amplitudes, initial state, every kernel stream).

    Attributes
    ----------
    classes_ : ndarray
    n_features_in_ : int
    chain_ : DSNNChain
        The Gibbs chain (its data copies are the training data); chain 0 of ``chains_``.
    chains_ : list of DSNNChain
        All ``n_chains`` chains; :meth:`sample_sweeps` sweeps every one of them.
    n_sweeps_done_ : int
    history_ : dict
        ``{"sweep": [...], "log_likelihood": [...]}``, complete-data log-likelihood per copy.
    x_min_, x_scale_ : ndarray
        Input scaling.

    Examples
    --------
    >>> from sklearn.datasets import load_digits
    >>> X, y = load_digits(return_X_y=True)
    >>> clf = DSNNClassifier(hidden_layer_sizes=(20,), n_sweeps=5, random_state=0).fit(X[:200], y[:200])
    >>> clf.predict(X[:3]).shape
    (3,)
    """

    def __init__(self, hidden_layer_sizes=(200,), n_synapses=16, amplitude_scale=9.0, q0=0.0,
                 n_sweeps=80, n_readout=40, readout_interval=1, n_hidden_samples=4,
                 output_population=3, amplitude_dist="normal", binarize_inputs=False,
                 anneal_sweeps=0, anneal_beta=0.05, readout="label", n_chains=2, input_coding="rate",
                 random_state=None):
        self.hidden_layer_sizes = hidden_layer_sizes
        self.n_synapses = n_synapses
        self.amplitude_scale = amplitude_scale
        self.q0 = q0
        self.n_sweeps = n_sweeps
        self.n_readout = n_readout
        self.readout_interval = readout_interval
        self.n_hidden_samples = n_hidden_samples
        self.output_population = output_population
        self.amplitude_dist = amplitude_dist
        self.binarize_inputs = binarize_inputs
        self.anneal_sweeps = anneal_sweeps
        self.anneal_beta = anneal_beta
        self.readout = readout
        self.n_chains = n_chains
        self.input_coding = input_coding
        self.random_state = random_state

    # ------------------------------------------------------------------ validation
    def _validate_params(self):
        hidden = self.hidden_layer_sizes
        if isinstance(hidden, (int, np.integer)):
            hidden = (int(hidden),)
        msg = (f"hidden_layer_sizes must be a non-empty sequence of positive ints, "
               f"got {self.hidden_layer_sizes!r}")
        try:
            hidden = tuple(int(h) for h in hidden)
        except (TypeError, ValueError):
            raise ValueError(msg) from None
        if len(hidden) == 0 or min(hidden) < 1:
            raise ValueError(msg)
        for name in ("n_synapses", "n_sweeps", "n_readout", "readout_interval", "n_hidden_samples",
                     "output_population", "n_chains"):
            val = getattr(self, name)
            if not isinstance(val, (int, np.integer)) or isinstance(val, bool) or val < 1:
                raise ValueError(f"{name} must be a positive int, got {val!r}")
        for name in ("amplitude_scale", "q0"):
            val = getattr(self, name)
            if not isinstance(val, (int, float, np.integer, np.floating)) or not np.isfinite(val):
                raise ValueError(f"{name} must be a finite number, got {val!r}")
        if not self.amplitude_scale > 0:
            raise ValueError(f"amplitude_scale must be positive, got {self.amplitude_scale!r}")
        val = self.anneal_sweeps
        if not isinstance(val, (int, np.integer)) or isinstance(val, bool) or val < 0:
            raise ValueError(f"anneal_sweeps must be a non-negative int, got {val!r}")
        val = self.anneal_beta
        if not isinstance(val, (int, float, np.integer, np.floating)) or not 0 < val <= 1:
            raise ValueError(f"anneal_beta must be a number in (0, 1], got {val!r}")
        if self.readout not in ("label", "rate"):
            raise ValueError(f"readout must be 'label' or 'rate', got {self.readout!r}")
        if self.input_coding not in ("onoff", "rate"):
            raise ValueError(f"input_coding must be 'onoff' or 'rate', got {self.input_coding!r}")
        if self.amplitude_dist not in ("normal", "sign"):
            raise ValueError(f"amplitude_dist must be 'normal' or 'sign', got {self.amplitude_dist!r}")
        return hidden

    def _scale(self, X):
        Z = (np.asarray(X, dtype=np.float64) - self.x_min_) / self.x_scale_
        np.clip(Z, 0.0, 1.0, out=Z)
        if self.binarize_inputs:
            Z = (Z >= 0.5).astype(np.float64)
        if self.input_coding == "onoff":
            return np.ascontiguousarray(np.hstack([Z, 1.0 - Z]))
        return np.ascontiguousarray(Z)

    # ------------------------------------------------------------------ init
    def _init_chain(self, X, y_idx, rng):
        hidden = self._validate_params()
        n_classes = len(self.classes_)
        sizes = (X.shape[1],) + hidden + (n_classes * int(self.output_population),)
        M = int(self.n_synapses)
        p_on = 1.0 / (1.0 + np.exp(-float(self.q0)))
        amps, syn, w = [], [], []
        for l, n_post in enumerate(sizes):
            n_pre = 0 if l == 0 else sizes[l - 1]
            std = float(self.amplitude_scale) / np.sqrt(n_pre + 1.0)
            if self.amplitude_dist == "normal":
                a = rng.normal(0.0, std, size=(n_post, n_pre + 1, M))
            else:
                a = std * rng.choice(np.array([-1.0, 1.0]), size=(n_post, n_pre + 1, M))
            s = (rng.random((n_post, n_pre + 1, M)) < p_on).astype(np.uint8)
            amps.append(np.ascontiguousarray(a))
            syn.append(s)
            w.append(np.einsum("jim,jim->ji", a, s))
        n = X.shape[0]
        onehot = self._targets(y_idx)
        x = [X.copy()]
        for l in range(1, len(sizes)):
            if l == len(sizes) - 1:
                x.append(onehot.copy())
            else:
                v = x[-1] @ w[l][:, :-1].T + w[l][:, -1]
                x.append((rng.random(v.shape) < 1.0 / (1.0 + np.exp(-v))).astype(np.float64))
        chain = DSNNChain(
            layer_sizes=sizes, q0=float(self.q0), amps=amps, syn=syn, w=w, x=x,
            clamp_x_in=X.copy(), clamp_x_out=onehot, neuron_rng=K.seed_streams(rng, n),
            synapse_rng=[K.seed_streams(rng, n_post) for n_post in sizes],
        )
        chain.neuron_logits = [np.zeros((n, m)) for m in sizes]
        chain.synapse_logits = [np.zeros_like(a) for a in amps]
        return chain

    def _targets(self, y_idx):
        """Clamped output pattern: the population of the datum's class on, all others off."""
        pop = int(self.output_population)
        out = np.zeros((len(y_idx), len(self.classes_), pop))
        out[np.arange(len(y_idx)), y_idx, :] = 1.0
        return out.reshape(len(y_idx), -1)

    def _new_data(self, X, y_idx, rng, ch):
        """Replace the data copies of chain ``ch`` by (X, y), keeping the synapses."""
        n = X.shape[0]
        onehot = self._targets(y_idx)
        x = [X.copy()]
        top = len(ch.layer_sizes) - 1
        for l in range(1, top + 1):
            if l == top:
                x.append(onehot.copy())
            else:
                v = x[-1] @ ch.w[l][:, :-1].T + ch.w[l][:, -1]
                x.append((rng.random(v.shape) < 1.0 / (1.0 + np.exp(-v))).astype(np.float64))
        ch.x = x
        ch.clamp_x_in = X.copy()
        ch.clamp_x_out = onehot
        ch.neuron_rng = K.seed_streams(rng, n)
        ch.neuron_logits = [np.zeros((n, m)) for m in ch.layer_sizes]

    @property
    def chain_(self):
        """Chain 0 of ``chains_`` (an AttributeError before the model is fitted)."""
        return self.chains_[0]

    def _flat_weights(self, chain=None):
        ch = self.chain_ if chain is None else chain
        return np.concatenate([w.ravel() for w in ch.w[1:]])

    def _take_snapshot(self):
        n_keep = int(self.n_readout)
        slot = self._n_snapshots % n_keep
        for k, ch in enumerate(self.chains_):
            self._snapshots[k * n_keep + slot] = self._flat_weights(ch)
        self._n_snapshots += 1

    # ------------------------------------------------------------------ fitting
    def fit(self, X, y, callback=None):
        """Sample the joint posterior of hidden neurons and synapses for ``n_sweeps`` sweeps.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features)
        y : array-like of shape (n_samples,)
        callback : callable, optional
            ``callback(model, sweep)`` after every sweep; returning ``False`` stops early.

        Returns
        -------
        self
        """
        self._validate_params()
        X, y = validate_data(self, X, y, reset=True, dtype=np.float64)
        check_classification_targets(y)
        self.classes_, y_idx = np.unique(y, return_inverse=True)
        self._start(X, y_idx)
        self.sample_sweeps(int(self.n_sweeps), callback=callback)
        return self

    def _start(self, X, y_idx):
        """Input scaling, fresh chains, the read-out buffer; every random draw from random_state.

        Chain 0 draws from ``random_state`` exactly as a single chain does (so ``n_chains=1`` is
        the one-chain model); chain ``k >= 1`` is initialised from a seed drawn afterwards.
        """
        rng = _resolve_rng(self.random_state)
        self.x_min_ = X.min(axis=0)
        spread = X.max(axis=0) - self.x_min_
        self.x_scale_ = np.where(spread > 0, spread, 1.0)
        Xs = self._scale(X)
        first = self._init_chain(Xs, y_idx, rng)
        self._readout_seed = int(rng.integers(0, 2**63 - 1))
        seeds = rng.integers(0, 2**63 - 1, size=int(self.n_chains) - 1)
        self.chains_ = [first] + [self._init_chain(Xs, y_idx, np.random.default_rng(int(sd)))
                                  for sd in seeds]
        self._snapshots = np.zeros((int(self.n_chains) * int(self.n_readout), self._flat_weights().size))
        self._n_snapshots = 0
        self.n_sweeps_done_ = 0
        self.history_ = {"sweep": [], "log_likelihood": []}

    def partial_fit(self, X, y, classes=None, n_sweeps=1):
        """Continue (or start) learning with ``(X, y)`` clamped for ``n_sweeps`` sweeps.

        The first call initialises the model (``classes`` lists every class that will ever be
        seen; default: those in ``y``).  Later calls with the same number of samples as the
        chain replace the clamped data and keep the hidden states; with a different number the
        hidden states of the new copies are sampled forward.  Synapses are always kept.
        """
        first = not hasattr(self, "chain_")
        X, y = validate_data(self, X, y, reset=first, dtype=np.float64)
        check_classification_targets(y)
        if first:
            self._validate_params()
            self.classes_ = np.unique(y) if classes is None else np.unique(np.asarray(classes))
            if not np.all(np.isin(y, self.classes_)):
                raise ValueError("y contains labels that are not in classes")
            self._start(X, np.searchsorted(self.classes_, y))
        else:
            if classes is not None and not np.array_equal(np.unique(classes), self.classes_):
                raise ValueError("classes differ from those of the first partial_fit call")
            if not np.all(np.isin(y, self.classes_)):
                raise ValueError("y contains labels that are not in classes_")
            y_idx = np.searchsorted(self.classes_, y)
            Xs = self._scale(X)
            if X.shape[0] == self.chain_.n_copies:
                onehot = self._targets(y_idx)
                for ch in self.chains_:
                    ch.clamp_x_in = Xs.copy()
                    ch.clamp_x_out = onehot.copy()
                self.restore_clamps()
            else:
                for k, ch in enumerate(self.chains_):
                    key = [self._readout_seed, self.n_sweeps_done_] + ([k] if k else [])
                    self._new_data(Xs, y_idx, np.random.default_rng(key), ch)
        self.sample_sweeps(int(n_sweeps))
        return self

    def restore_clamps(self):
        """Put the clamped training inputs and labels back on the chain's input/output layers."""
        check_is_fitted(self)
        for ch in self.chains_:
            ch.x[0][...] = ch.clamp_x_in
            ch.x[-1][...] = ch.clamp_x_out
        return self

    def sample_sweeps(self, n_sweeps, clamp_inputs=True, clamp_outputs=True,
                      sample_neurons=True, sample_synapses=True, callback=None):
        """Run ``n_sweeps`` more Gibbs sweeps of the model's chain.

        Parameters
        ----------
        n_sweeps : int
        clamp_inputs, clamp_outputs : bool
            Keep the input / output layers of every copy fixed (``True``) or sample them from
            the model (``False``: spontaneous activity).  A layer that was released keeps its
            sampled state when clamped again unless :meth:`restore_clamps` is called.
        sample_neurons, sample_synapses : bool
            Which variables to sample.
        callback : callable, optional
            ``callback(model, sweep)`` after every sweep; returning ``False`` stops.

        Returns
        -------
        self

        Notes
        -----
        The sweeps (and the callbacks) run with numpy's BLAS on one thread
        (:func:`stochnet._dsnn_chain.one_blas_thread`): its pool of threads slowed the chains
        down 1.5x.  The digits fits checked gave bit-identical chains with and without the
        limit.  The caller's limit is restored on return.
        """
        if not hasattr(self, "chain_"):
            raise StochNetError("sample_sweeps: the model is not fitted; call fit first")
        chains = self.chains_
        pool = None
        if len(chains) > 1 and numba.get_num_threads() > 1:
            # independent chains on threads (the serial kernels release the GIL); each chain owns
            # its random streams, so the result does not depend on the scheduling
            pool = ThreadPoolExecutor(max_workers=min(len(chains), numba.get_num_threads()))
            kernel_choice = [ch.parallel for ch in chains]
            for ch in chains:
                ch.parallel = False
        try:
            with one_blas_thread():
                for _ in range(int(n_sweeps)):
                    kw = dict(clamp_inputs=clamp_inputs, clamp_outputs=clamp_outputs,
                              sample_neurons=sample_neurons, sample_synapses=sample_synapses,
                              beta=self.synapse_beta(self.n_sweeps_done_ + 1))
                    if pool is None:
                        lls = [_sweep_chain(ch, kw) for ch in chains]
                    else:
                        lls = list(pool.map(_sweep_chain, chains, [kw] * len(chains)))
                    self.n_sweeps_done_ += 1
                    if self.n_sweeps_done_ % int(self.readout_interval) == 0:
                        self._take_snapshot()
                    self.history_["sweep"].append(self.n_sweeps_done_)
                    self.history_["log_likelihood"].append(float(np.mean(lls)))
                    if callback is not None and callback(self, self.n_sweeps_done_) is False:
                        break
        finally:
            if pool is not None:
                pool.shutdown()
                for ch, choice in zip(chains, kernel_choice):
                    ch.parallel = choice
        return self

    def synapse_beta(self, sweep):
        """Inverse temperature of the synapse conditionals' data term in sweep ``sweep`` (1-based).

        ``anneal_beta ** (1 - (sweep - 1) / anneal_sweeps)`` for the first ``anneal_sweeps``
        sweeps of the model's life (geometric from ``anneal_beta`` towards 1), exactly 1 after.
        """
        n = int(self.anneal_sweeps)
        if sweep > n:
            return 1.0
        return float(self.anneal_beta) ** (1.0 - (sweep - 1) / n)

    # ------------------------------------------------------------------ read-out
    def weights(self):
        """Copies of the current weight matrices ``(n_l, n_{l-1} + 1)`` of connections 1..L."""
        check_is_fitted(self)
        return [w.copy() for w in self.chain_.w[1:]]

    def synapse_states(self):
        """Copies of the current synapse arrays ``(n_l, n_{l-1} + 1, M)`` of connections 1..L."""
        check_is_fitted(self)
        return [s.copy() for s in self.chain_.syn[1:]]

    def weight_snapshots(self):
        """The stored read-out snapshots as an array ``(T, P)`` of flattened weights.

        ``T = n_chains * min(snapshots taken, n_readout)``, chain by chain (chain 0 first; within a
        chain in ring-buffer order).  Before the first snapshot: the current weights of every chain.
        """
        check_is_fitted(self)
        n_keep = int(self.n_readout)
        n = min(self._n_snapshots, n_keep)
        if n == 0:
            return np.stack([self._flat_weights(ch) for ch in self.chains_])
        return np.concatenate([self._snapshots[k * n_keep:k * n_keep + n]
                               for k in range(len(self.chains_))])

    def sample_outputs(self, X, weights="snapshots"):
        """Class scores per weight sample, ``(n_samples, T, n_classes)``, averaged over hidden samples.

        ``readout="label"``: the label posterior ``P(y = c | x, w_t)``; ``"rate"``: the mean firing
        probability of each class's output population.
        """
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        Xs = self._scale(X)
        if weights == "snapshots":
            ws = self.weight_snapshots()
        elif weights == "current":
            ws = np.stack([self._flat_weights(ch) for ch in self.chains_])
        else:
            raise ValueError(f"weights must be 'snapshots' or 'current', got {weights!r}")
        state = R.row_hashes(Xs.view(np.uint64), np.uint64(self._readout_seed))
        sizes = self.chain_.layer_sizes  # forward_readout makes its arrays contiguous
        n_classes = len(self.classes_)
        if self.readout == "label":
            return R.forward_readout(Xs, ws, sizes, self.n_hidden_samples, state, n_classes)
        out = R.forward_readout(Xs, ws, sizes, self.n_hidden_samples, state)
        return out.reshape(out.shape[0], out.shape[1], n_classes, -1).mean(axis=3)

    def predict_proba(self, X, weights="snapshots"):
        """Class probabilities: normalised time-averaged output firing (Bayesian model average)."""
        check_is_fitted(self)
        out = self.sample_outputs(X, weights=weights).mean(axis=1)
        out = out + 1e-12
        return out / out.sum(axis=1, keepdims=True)

    def predict(self, X, weights="snapshots"):
        """Class with the largest averaged output firing."""
        check_is_fitted(self)
        return self.classes_[np.argmax(self.predict_proba(X, weights=weights), axis=1)]

    def score(self, X, y, sample_weight=None, weights="snapshots"):
        """Mean accuracy; ``weights="current"`` uses only the current synapses."""
        from sklearn.metrics import accuracy_score

        return float(accuracy_score(y, self.predict(X, weights=weights), sample_weight=sample_weight))

    # ------------------------------------------------------------------ persistence
    def save(self, path, metadata=None):
        """Write the fitted model and its chain to ``path`` (``.npz``, no pickle).

        ``metadata`` is an optional JSON-able dict stored with the model (``metadata_`` after
        :func:`load_dsnn`); see :func:`stochnet.dsnn_io.save_dsnn`.
        """
        check_is_fitted(self)
        return save_dsnn(self, path, metadata=metadata)

    @classmethod
    def load(cls, path):
        """Read a model written by :meth:`save`; see :func:`load_dsnn`."""
        return load_dsnn(path)


def load_dsnn(path) -> DSNNClassifier:
    """Load a :class:`DSNNClassifier` written by :meth:`DSNNClassifier.save` / :func:`stochnet.dsnn_io.save_dsnn`.

    Every array of the file is checked (shapes against the layer sizes, finite values, ``w = sum a s``,
    snapshot count); a damaged or foreign file raises :class:`~stochnet.dsnn_io.DSNNModelFileError`.
    """
    return read_model(path, DSNNClassifier)
