"""Synaptic Boltzmann machine (SBM): a restricted Boltzmann machine whose synapses are random variables.

Model (the joint formulation of ``shared/science/stochnet.md``; a reconstruction, kept documented)
-------------------------------------------------------------------------------------------------
``D`` replicas ``(v_d, h_d)`` of an RBM, one per training datum, share ``M`` binary synapses per
connection, ``s_ijm`` in {0, 1}, with amplitudes ``a_ijm`` drawn once and never learned
(ours: ``a_ijm = amplitude * (+-1)`` with random signs, or ``amplitude * N(0, 1)``):

    W_ij = sum_m a_ijm s_ijm,
    pi({v_d, h_d}, s) ~ exp( [ sum_d (v_d^T W h_d + b^T v_d + c^T h_d) + q0 sum s ] / T ).

Learning is Gibbs sampling of this joint with the visible layer of replica ``d`` clamped to datum
``d``. The exact conditionals (see :mod:`stochnet._sbm_kernels`) are
``h_dj ~ Bern(sigmoid((c_j + sum_i v_di W_ij) / T))`` and ``s_ijm ~ Bern(sigmoid((q0 + a_ijm C_ij) / T))``
with the Hebbian sum ``C_ij = sum_d v_di h_dj``.

Unlearning phase (``n_free > 0``, the default): the joint above has no partition function, so its
synapse conditional is purely Hebbian. Following the note ("free replicas entering with negative
weight give an unlearning phase") ``n_free`` persistent free replicas ``(v_f, h_f)``, sampled from
the RBM with the current weights, enter ``C`` with weight ``-D / n_free``:
``C_ij = sum_d v_di h_dj - (D / n_free) sum_f v_fi h_fj``. This is the Monte-Carlo stand-in of the
``-D log Z(W)`` term of the Bayesian posterior (as in persistent contrastive divergence, Tieleman
2008); with it the scheme is no longer Gibbs sampling of one fixed joint, only a stochastic
approximation of the posterior. ``n_free=0`` gives the exact joint of the note.

Gaussian-weight variant (``weights="gaussian"``): the prior ``W_ij ~ N(0, sigma_w^2)`` replaces the
synapses and the conditional is the closed form ``W_ij ~ N(sigma_w^2 C_ij, T sigma_w^2)``.

Biases (ours): the visible bias is fixed at the log-odds of the data mean (clipped to [0.01, 0.99],
Hinton 2010, "A practical guide to training RBMs", section 8.1); the hidden bias is the constant
``hidden_bias``. Neither is sampled.

Observables
-----------
* pruned fraction: fraction of connections (i, j) with no active synapse, averaged over the sweeps
  after burn-in (for the Gaussian variant: connections whose sampled weight is smaller than one
  conditional standard deviation ``sqrt(T) sigma_w``, averaged the same way; the prior alone gives
  ``2 Phi(1) - 1 = 0.683``);
* per-synapse occupancy <s_ijm> after burn-in;
* receptive-field overlap of every hidden unit with stored patterns, and a role-division index;
* :func:`phase_diagram` sweeps two of (q0, amplitude, n_data, temperature) on pattern data.
* :func:`compare_with_rbm` compares the SBM's features with :class:`sklearn.neural_network.BernoulliRBM`'s
  on the 8x8 digits (logistic regression on the features, same split, same run).

Cost of a sweep: O((D + n_free) n_features n_components + n_features n_components M).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data

from stochnet import _sbm_kernels as K
from stochnet.exceptions import StochNetError

__all__ = ["SynapticBoltzmannMachine"]

logger = logging.getLogger(__name__)

_MAX_SEED = 2**63 - 1


def _resolve_rng(random_state) -> np.random.Generator:
    """int / None / Generator / RandomState -> a numpy Generator."""
    if isinstance(random_state, np.random.Generator):
        return random_state
    if isinstance(random_state, np.random.RandomState):
        return np.random.default_rng(random_state.randint(0, 2**31 - 1))
    if random_state is None or isinstance(random_state, (int, np.integer)):
        return np.random.default_rng(random_state)
    raise StochNetError(f"random_state: expected an int, a numpy Generator or None, got {random_state!r}")


class _Kernels:
    """The parallel or the serial build of the SBM kernels (identical results)."""

    def __init__(self, parallel: bool):
        for name in ("sample_layer", "hebbian", "sample_synapses", "sample_gaussian_weights"):
            setattr(self, name, getattr(K, name) if parallel else K.serial(name))


def _sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


class SynapticBoltzmannMachine(TransformerMixin, BaseEstimator):
    """RBM with stochastic binary multi-contact synapses, learned by Gibbs sampling alone.

    Parameters
    ----------
    n_components : int, default 64
        Number of hidden units.
    n_synapses : int, default 4
        Synapses (contacts) per connection, ``M``.
    weights : {"binary", "gaussian"}, default "binary"
        Binary multi-contact synapses or the Gaussian-weight variant.
    amplitude : float, default 0.25
        Amplitude scale of the synapses.
    amplitude_distribution : {"sign", "normal"}, default "sign"
        ``a = amplitude * (+-1)`` with random signs, or ``a = amplitude * N(0, 1)``.
    q0 : float, default -2.0
        Prior log-odds of a synapse being active.
    sigma_w : float, default 0.05
        Prior standard deviation of a weight in the Gaussian variant.
    temperature : float, default 1.0
        Temperature ``T`` dividing the whole exponent of the joint.
    n_sweeps : int, default 200
        Gibbs sweeps of the whole joint.
    burn_in : int or None, default None
        Sweeps discarded before the averages; None means ``n_sweeps // 2``.
    n_free : int, default 100
        Persistent free replicas of the unlearning phase (0: the pure joint, no unlearning).
    free_steps : int, default 1
        Gibbs steps of the free replicas per sweep.
    hidden_bias : float, default 0.0
        Constant hidden bias ``c``.
    random_state : int, numpy Generator or None
        Seed; one seed gives bit-identical results.

    Attributes
    ----------
    components_ : ndarray (n_components, n_features_in_)
        Posterior-mean weights (average over the sweeps after burn-in).
    weights_ : ndarray (n_components, n_features_in_)
        The last sampled weights.
    synapses_ : ndarray of int8 (n_components, n_features_in_, n_synapses)
        The last synapse sample (binary variant only; all ones for the Gaussian variant).
    amplitudes_ : ndarray (n_components, n_features_in_, n_synapses)
    occupancy_ : ndarray (n_components, n_features_in_, n_synapses)
        Per-synapse occupancy ``<s>`` after burn-in (binary variant; NaN for the Gaussian one).
    pruned_fraction_ : float
    prior_pruned_fraction_ : float
        What the prior alone gives: ``(1 - sigmoid(q0 / T)) ** M`` (binary variant).
    intercept_hidden_, intercept_visible_ : ndarray
    history_ : dict of ndarray
        Per sweep: ``pruned_fraction``, ``turnover`` (fraction of synapses that flipped, or the mean
        absolute weight change for the Gaussian variant) and ``mean_abs_weight``.
    n_features_in_ : int

    Examples
    --------
    >>> import numpy as np
    >>> X = (np.random.default_rng(0).random((40, 6)) < 0.3).astype(float)
    >>> sbm = SynapticBoltzmannMachine(n_components=3, n_sweeps=20, random_state=0).fit(X)
    >>> sbm.transform(X).shape
    (40, 3)
    """

    def __init__(
        self,
        n_components: int = 64,
        *,
        n_synapses: int = 4,
        weights: str = "binary",
        amplitude: float = 0.25,
        amplitude_distribution: str = "sign",
        q0: float = -2.0,
        sigma_w: float = 0.05,
        temperature: float = 1.0,
        n_sweeps: int = 200,
        burn_in: int | None = None,
        n_free: int = 100,
        free_steps: int = 1,
        hidden_bias: float = 0.0,
        random_state=None,
    ):
        self.n_components = n_components
        self.n_synapses = n_synapses
        self.weights = weights
        self.amplitude = amplitude
        self.amplitude_distribution = amplitude_distribution
        self.q0 = q0
        self.sigma_w = sigma_w
        self.temperature = temperature
        self.n_sweeps = n_sweeps
        self.burn_in = burn_in
        self.n_free = n_free
        self.free_steps = free_steps
        self.hidden_bias = hidden_bias
        self.random_state = random_state

    # ------------------------------------------------------------------ validation
    def _check_params(self) -> None:
        def positive_int(name, value, minimum=1):
            if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < minimum:
                raise StochNetError(f"{name}: expected an integer >= {minimum}, got {value!r}")

        positive_int("n_components", self.n_components)
        positive_int("n_synapses", self.n_synapses)
        positive_int("n_sweeps", self.n_sweeps)
        positive_int("n_free", self.n_free, 0)
        positive_int("free_steps", self.free_steps)
        if self.burn_in is not None:
            positive_int("burn_in", self.burn_in, 0)
            if self.burn_in >= self.n_sweeps:
                raise StochNetError(f"burn_in: must be < n_sweeps = {self.n_sweeps}, got {self.burn_in}")
        if self.weights not in ("binary", "gaussian"):
            raise StochNetError(f"weights: expected 'binary' or 'gaussian', got {self.weights!r}")
        if self.amplitude_distribution not in ("sign", "normal"):
            raise StochNetError(
                f"amplitude_distribution: expected 'sign' or 'normal', got {self.amplitude_distribution!r}"
            )
        for name in ("amplitude", "sigma_w", "temperature"):
            value = getattr(self, name)
            if not np.isfinite(value) or value <= 0:
                raise StochNetError(f"{name}: expected a positive finite number, got {value!r}")
        for name in ("q0", "hidden_bias"):
            if not np.isfinite(getattr(self, name)):
                raise StochNetError(f"{name}: expected a finite number, got {getattr(self, name)!r}")

    # ------------------------------------------------------------------ fitting
    def fit(self, X, y=None, *, callback: Callable[[int, dict], None] | None = None):
        """Sample the joint posterior with the visible layer clamped to ``X``.

        Parameters
        ----------
        X : array-like (n_samples, n_features)
            Data, meant to lie in [0, 1] (binary data make the model exact; other values are used
            as given, as :class:`~sklearn.neural_network.BernoulliRBM` does).
        y : ignored
        callback : callable(sweep, info) or None
            Called after every sweep with a dict of the sweep's observables.

        Returns
        -------
        self
        """
        self._check_params()
        X = validate_data(self, X, dtype=np.float64, ensure_min_samples=1)
        X = np.ascontiguousarray(X)
        rng = _resolve_rng(self.random_state)
        n_data, n_v = X.shape
        n_h, n_m = self.n_components, self.n_synapses
        inv_t = 1.0 / self.temperature
        burn_in = self.n_sweeps // 2 if self.burn_in is None else self.burn_in
        binary = self.weights == "binary"
        work = (n_data + self.n_free) * n_v * n_h
        kern = _Kernels(work >= K.PARALLEL_MIN_WORK)

        mean = np.clip(X.mean(axis=0), 0.01, 0.99)
        b = np.log(mean / (1.0 - mean))
        c = np.full(n_h, float(self.hidden_bias))
        if self.amplitude_distribution == "sign":
            amps = self.amplitude * rng.choice(np.array([-1.0, 1.0]), size=(n_v, n_h, n_m))
        else:
            amps = self.amplitude * rng.standard_normal((n_v, n_h, n_m))
        amps = np.ascontiguousarray(amps)
        if binary:
            s = (rng.random((n_v, n_h, n_m)) < _sigmoid(self.q0 * inv_t)).astype(np.int8)
            w = (amps * s).sum(axis=2)
        else:
            s = np.ones((n_v, n_h, n_m), dtype=np.int8)
            w = np.sqrt(self.temperature) * self.sigma_w * rng.standard_normal((n_v, n_h))
        w = np.ascontiguousarray(w)
        h = np.zeros((n_data, n_h))
        vf = (rng.random((self.n_free, n_v)) < mean).astype(np.float64)
        hf = np.zeros((self.n_free, n_h))
        lg_h = np.empty((n_data, n_h))
        lg_hf = np.empty((self.n_free, n_h))
        lg_vf = np.empty((self.n_free, n_v))
        lg_s = np.empty((n_v, n_h, n_m))
        if self.n_free:
            kern.sample_layer(vf, w, c, inv_t, int(rng.integers(0, _MAX_SEED)), hf, lg_hf)
        c_mat = np.zeros((n_v, n_h))

        n_keep = self.n_sweeps - burn_in
        w_sum = np.zeros((n_v, n_h))
        s_sum = np.zeros((n_v, n_h, n_m))
        pruned_hist = np.empty(self.n_sweeps)
        turnover_hist = np.empty(self.n_sweeps)
        absw_hist = np.empty(self.n_sweeps)
        s_new = np.empty_like(s)
        for sweep in range(self.n_sweeps):
            seeds = rng.integers(0, _MAX_SEED, size=2 + 2 * self.free_steps)
            kern.sample_layer(X, w, c, inv_t, int(seeds[0]), h, lg_h)
            if self.n_free:
                for k in range(self.free_steps):
                    wt = np.ascontiguousarray(w.T)
                    kern.sample_layer(hf, wt, b, inv_t, int(seeds[2 + 2 * k]), vf, lg_vf)
                    kern.sample_layer(vf, w, c, inv_t, int(seeds[3 + 2 * k]), hf, lg_hf)
            c_mat[:] = 0.0
            kern.hebbian(X, h, 1.0, c_mat)
            if self.n_free:
                kern.hebbian(vf, hf, -n_data / self.n_free, c_mat)
            if binary:
                kern.sample_synapses(c_mat, amps, float(self.q0), inv_t, int(seeds[1]), s_new, w, lg_s)
                turnover = float(np.mean(s_new != s))
                s, s_new = s_new, s
                pruned = float(np.mean(s.sum(axis=2) == 0))
            else:
                w_old = w.copy()
                kern.sample_gaussian_weights(c_mat, float(self.sigma_w), float(self.temperature), int(seeds[1]), w)
                turnover = float(np.mean(np.abs(w - w_old)))
                pruned = float(np.mean(np.abs(w) < np.sqrt(self.temperature) * self.sigma_w))
            pruned_hist[sweep] = pruned
            turnover_hist[sweep] = turnover
            absw_hist[sweep] = float(np.mean(np.abs(w)))
            if sweep >= burn_in:
                w_sum += w
                s_sum += s
            if callback is not None:
                callback(sweep, {"pruned_fraction": pruned, "turnover": turnover, "mean_abs_weight": absw_hist[sweep]})

        w_mean = w_sum / n_keep
        self.components_ = np.ascontiguousarray(w_mean.T)
        self.weights_ = np.ascontiguousarray(w.T)
        self.synapses_ = np.ascontiguousarray(s.transpose(1, 0, 2))
        self.amplitudes_ = np.ascontiguousarray(amps.transpose(1, 0, 2))
        self.intercept_hidden_ = c
        self.intercept_visible_ = b
        if binary:
            self.occupancy_ = np.ascontiguousarray((s_sum / n_keep).transpose(1, 0, 2))
            self.pruned_fraction_ = float(pruned_hist[burn_in:].mean())
            self.prior_pruned_fraction_ = float((1.0 - _sigmoid(self.q0 * inv_t)) ** n_m)
        else:
            self.occupancy_ = np.full((n_h, n_v, n_m), np.nan)
            self.pruned_fraction_ = float(pruned_hist[burn_in:].mean())
            self.prior_pruned_fraction_ = float(2.0 * _normal_cdf(1.0) - 1.0)
        self.history_ = {
            "pruned_fraction": pruned_hist,
            "turnover": turnover_hist,
            "mean_abs_weight": absw_hist,
        }
        self.burn_in_ = burn_in
        return self

    # ------------------------------------------------------------------ inference
    def transform(self, X):
        """Hidden-unit probabilities ``sigmoid((c + X W_mean) / T)`` with the posterior-mean weights.

        Returns
        -------
        ndarray (n_samples, n_components)
        """
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        return _sigmoid((X @ self.components_.T + self.intercept_hidden_) / self.temperature)

    def gibbs(self, v, random_state=None):
        """One Gibbs step v -> h -> v with the posterior-mean weights (like ``BernoulliRBM.gibbs``).

        Parameters
        ----------
        v : array-like (n_samples, n_features)
        random_state : int, Generator or None
            Seed of this step.

        Returns
        -------
        ndarray (n_samples, n_features) of 0/1 floats
        """
        check_is_fitted(self)
        v = validate_data(self, v, dtype=np.float64, reset=False)
        rng = _resolve_rng(random_state)
        inv_t = 1.0 / self.temperature
        ph = _sigmoid(inv_t * (v @ self.components_.T + self.intercept_hidden_))
        h = (rng.random(ph.shape) < ph).astype(np.float64)
        pv = _sigmoid(inv_t * (h @ self.components_ + self.intercept_visible_))
        return (rng.random(pv.shape) < pv).astype(np.float64)

    def _free_energy(self, v):
        inv_t = 1.0 / self.temperature
        return -inv_t * (v @ self.intercept_visible_) - np.logaddexp(
            0.0, inv_t * (v @ self.components_.T + self.intercept_hidden_)
        ).sum(axis=1)

    def score_samples(self, X):
        """Pseudo-log-likelihood of each sample under the posterior-mean RBM (one random bit flipped,
        as ``BernoulliRBM.score_samples``; the flipped bits are drawn from ``random_state``)."""
        check_is_fitted(self)
        v = validate_data(self, X, dtype=np.float64, reset=False)
        rng = _resolve_rng(self.random_state if not isinstance(self.random_state, np.random.Generator) else 0)
        ind = (np.arange(v.shape[0]), rng.integers(0, v.shape[1], v.shape[0]))
        v_ = v.copy()
        v_[ind] = 1.0 - v_[ind]
        fe = self._free_energy(v)
        fe_ = self._free_energy(v_)
        return -v.shape[1] * np.logaddexp(0.0, -(fe_ - fe))

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.transformer_tags.preserves_dtype = ["float64"]
        return tags


def _normal_cdf(x):
    from scipy.special import ndtr

    return float(ndtr(x))
