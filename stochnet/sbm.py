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

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data

from stochnet import _sbm_kernels as K
from stochnet.exceptions import StochNetError

__all__ = [
    "SynapticBoltzmannMachine",
    "make_pattern_data",
    "receptive_field_overlap",
    "role_division",
    "phase_diagram",
    "PhaseDiagram",
    "plot_phase_diagram",
    "compare_with_rbm",
    "FeatureComparison",
    "plot_sbm",
    "PHASE_PARAMETERS",
]

logger = logging.getLogger(__name__)

_MAX_SEED = 2**63 - 1

#: parameters :func:`phase_diagram` can sweep
PHASE_PARAMETERS = ("q0", "amplitude", "n_data", "temperature")


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


# ---------------------------------------------------------------------- observables
def make_pattern_data(n_patterns: int, n_features: int, n_data: int, flip_probability: float = 0.05,
                      density: float = 0.5, seed=None):
    """Noisy copies of random binary patterns (the "stored patterns" of the role-division analysis).

    Returns
    -------
    X : ndarray (n_data, n_features) of 0/1 floats
        Datum ``d`` is pattern ``d % n_patterns`` with each bit flipped with ``flip_probability``.
    patterns : ndarray (n_patterns, n_features) of 0/1 floats
    """
    for name, value in (("n_patterns", n_patterns), ("n_features", n_features), ("n_data", n_data)):
        if int(value) != value or value < 1:
            raise StochNetError(f"{name}: expected a positive integer, got {value!r}")
    if not 0.0 <= flip_probability < 0.5:
        raise StochNetError(f"flip_probability: expected a number in [0, 0.5), got {flip_probability!r}")
    rng = np.random.default_rng(seed)
    patterns = (rng.random((n_patterns, n_features)) < density).astype(np.float64)
    X = patterns[np.arange(n_data) % n_patterns].copy()
    flips = rng.random(X.shape) < flip_probability
    X[flips] = 1.0 - X[flips]
    return X, patterns


def receptive_field_overlap(components, patterns) -> np.ndarray:
    """Cosine overlap of each hidden unit's receptive field with each stored pattern.

    ``m[j, mu] = <w_j, xi_mu> / (|w_j| |xi_mu|)`` with the spin form ``xi = 2 p - 1`` of pattern ``p``
    and the receptive field ``w_j`` (row ``j`` of ``components``); 0 for an all-zero field.

    Returns
    -------
    ndarray (n_components, n_patterns)
    """
    w = np.asarray(components, dtype=float)
    xi = 2.0 * np.asarray(patterns, dtype=float) - 1.0
    if w.ndim != 2 or xi.ndim != 2 or w.shape[1] != xi.shape[1]:
        raise StochNetError(
            f"patterns: expected shape (n_patterns, {w.shape[-1]}), got {np.shape(patterns)}"
        )
    wn = np.linalg.norm(w, axis=1, keepdims=True)
    xn = np.linalg.norm(xi, axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        m = (w @ xi.T) / (wn * xn.T)
    return np.nan_to_num(m)


def role_division(overlap: np.ndarray, threshold: float = 0.3) -> dict:
    """Summaries of an overlap matrix (units x patterns).

    Returns a dict with ``retrieval`` (mean over patterns of the best unit's absolute overlap),
    ``specialization`` (mean over units of best minus second-best absolute overlap; 0 if only one
    pattern), ``coverage`` (fraction of patterns whose best unit exceeds ``threshold``) and
    ``distinct_units`` (number of distinct best units over the patterns / number of patterns).
    """
    a = np.abs(np.asarray(overlap, dtype=float))
    n_units, n_pat = a.shape
    best = a.max(axis=0)
    if n_pat > 1:
        srt = np.sort(a, axis=1)
        spec = float(np.mean(srt[:, -1] - srt[:, -2]))
    else:
        spec = 0.0
    return {
        "retrieval": float(best.mean()),
        "specialization": spec,
        "coverage": float(np.mean(best > threshold)),
        "distinct_units": float(len(np.unique(a.argmax(axis=0))) / n_pat),
    }


@dataclasses.dataclass(frozen=True)
class PhaseDiagram:
    """Order parameters of the SBM on a grid of two parameters (rows: ``y``, columns: ``x``)."""

    x_name: str
    x_values: tuple
    y_name: str
    y_values: tuple
    pruned_fraction: np.ndarray
    prior_pruned_fraction: np.ndarray
    retrieval: np.ndarray
    specialization: np.ndarray
    turnover: np.ndarray
    seconds: float

    def to_dict(self) -> dict:
        return {
            "x_name": self.x_name,
            "x_values": list(self.x_values),
            "y_name": self.y_name,
            "y_values": list(self.y_values),
            "pruned_fraction": self.pruned_fraction.tolist(),
            "prior_pruned_fraction": self.prior_pruned_fraction.tolist(),
            "retrieval": self.retrieval.tolist(),
            "specialization": self.specialization.tolist(),
            "turnover": self.turnover.tolist(),
            "seconds": self.seconds,
        }


def phase_diagram(
    x_name: str,
    x_values: Sequence[float],
    y_name: str,
    y_values: Sequence[float],
    *,
    n_patterns: int = 4,
    n_features: int = 64,
    n_data: int = 200,
    flip_probability: float = 0.05,
    sbm_params: dict | None = None,
    seed=None,
    callback: Callable[[int, int], None] | None = None,
) -> PhaseDiagram:
    """Fit one SBM per grid point on noisy pattern data and record its order parameters.

    Parameters
    ----------
    x_name, y_name : one of ``PHASE_PARAMETERS`` ("q0", "amplitude", "n_data", "temperature")
    x_values, y_values : sequences of values
    n_patterns, n_features, n_data, flip_probability : data (see :func:`make_pattern_data`);
        ``n_data`` is overridden when it is a swept parameter.
    sbm_params : extra keyword arguments of :class:`SynapticBoltzmannMachine`
    seed : int, Generator or None
        One seed for the pattern set and all fits (the same patterns at every grid point).
    callback : callable(done, total) or None

    Returns
    -------
    PhaseDiagram
    """
    for name in (x_name, y_name):
        if name not in PHASE_PARAMETERS:
            raise StochNetError(f"phase parameter: expected one of {', '.join(PHASE_PARAMETERS)}, got {name!r}")
    if x_name == y_name:
        raise StochNetError(f"phase parameters: x and y must differ, both are {x_name!r}")
    if len(x_values) == 0 or len(y_values) == 0:
        raise StochNetError("phase values: expected at least one value on each axis")
    rng = np.random.default_rng(seed)
    data_seed = int(rng.integers(0, _MAX_SEED))
    fit_seed = int(rng.integers(0, _MAX_SEED))
    params = dict(sbm_params or {})
    shape = (len(y_values), len(x_values))
    out = {k: np.full(shape, np.nan) for k in ("pruned", "prior", "retrieval", "spec", "turnover")}
    t0 = time.perf_counter()
    total = shape[0] * shape[1]
    for iy, yv in enumerate(y_values):
        for ix, xv in enumerate(x_values):
            point = dict(params)
            point[x_name] = xv
            point[y_name] = yv
            nd = int(point.pop("n_data", n_data))
            X, patterns = make_pattern_data(n_patterns, n_features, nd, flip_probability, seed=data_seed)
            sbm = SynapticBoltzmannMachine(random_state=fit_seed, **point).fit(X)
            rd = role_division(receptive_field_overlap(sbm.components_, patterns))
            out["pruned"][iy, ix] = sbm.pruned_fraction_
            out["prior"][iy, ix] = sbm.prior_pruned_fraction_
            out["retrieval"][iy, ix] = rd["retrieval"]
            out["spec"][iy, ix] = rd["specialization"]
            out["turnover"][iy, ix] = float(sbm.history_["turnover"][sbm.burn_in_:].mean())
            if callback is not None:
                callback(iy * shape[1] + ix + 1, total)
    return PhaseDiagram(
        x_name, tuple(float(v) for v in x_values), y_name, tuple(float(v) for v in y_values),
        out["pruned"], out["prior"], out["retrieval"], out["spec"], out["turnover"],
        time.perf_counter() - t0,
    )


def plot_phase_diagram(result: PhaseDiagram, path) -> None:
    """Heat maps of the order parameters of a :class:`PhaseDiagram`, saved to ``path``."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    panels = [
        ("pruned fraction", result.pruned_fraction),
        ("pruned - prior", result.pruned_fraction - result.prior_pruned_fraction),
        ("retrieval (best |overlap|)", result.retrieval),
        ("turnover per sweep", result.turnover),
    ]
    fig, axes = plt.subplots(1, 4, figsize=(16, 3.8))
    for ax, (title, grid) in zip(axes, panels):
        im = ax.imshow(grid, origin="lower", aspect="auto", cmap="viridis")
        ax.set_xticks(range(len(result.x_values)), [f"{v:g}" for v in result.x_values], rotation=45)
        ax.set_yticks(range(len(result.y_values)), [f"{v:g}" for v in result.y_values])
        ax.set_xlabel(result.x_name)
        ax.set_ylabel(result.y_name)
        ax.set_title(title)
        fig.colorbar(im, ax=ax)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


@dataclasses.dataclass(frozen=True)
class FeatureComparison:
    """SBM vs BernoulliRBM features on the digits, with the same classifier and split."""

    n_components: int
    sbm_accuracy: float
    rbm_accuracy: float
    raw_accuracy: float
    sbm_seconds: float
    rbm_seconds: float
    pruned_fraction: float
    prior_pruned_fraction: float
    mean_occupancy: float
    n_train: int
    n_test: int

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


def compare_with_rbm(
    *,
    n_components: int = 64,
    sbm_params: dict | None = None,
    rbm_params: dict | None = None,
    test_size: float = 0.25,
    n_train: int | None = None,
    seed=None,
    callback: Callable[[int, dict], None] | None = None,
):
    """Fit the SBM and scikit-learn's BernoulliRBM on the 8x8 digits (pixels / 16) and compare features.

    Each feature set feeds the same :class:`~sklearn.linear_model.LogisticRegression`; the raw
    pixels give the baseline. Split: stratified, ``test_size`` held out.

    Returns
    -------
    (FeatureComparison, SynapticBoltzmannMachine, BernoulliRBM)
    """
    from sklearn.datasets import load_digits
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.neural_network import BernoulliRBM

    rng = np.random.default_rng(seed)
    split_seed, sbm_seed, rbm_seed = (int(x) for x in rng.integers(0, 2**31 - 1, size=3))
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=test_size, stratify=y, random_state=split_seed)
    if n_train is not None:
        Xtr, ytr = Xtr[:n_train], ytr[:n_train]

    def accuracy(ftr, fte):
        clf = LogisticRegression(max_iter=2000, C=1.0)
        clf.fit(ftr, ytr)
        return float(clf.score(fte, yte))

    t0 = time.perf_counter()
    sbm = SynapticBoltzmannMachine(n_components=n_components, random_state=sbm_seed, **(sbm_params or {}))
    sbm.fit(Xtr, callback=callback)
    t_sbm = time.perf_counter() - t0
    rbm_kw = {"learning_rate": 0.06, "n_iter": 20, "batch_size": 10}
    rbm_kw.update(rbm_params or {})
    t0 = time.perf_counter()
    rbm = BernoulliRBM(n_components=n_components, random_state=rbm_seed, **rbm_kw).fit(Xtr)
    t_rbm = time.perf_counter() - t0
    occ = float(np.nanmean(sbm.occupancy_)) if sbm.weights == "binary" else float("nan")
    result = FeatureComparison(
        n_components=n_components,
        sbm_accuracy=accuracy(sbm.transform(Xtr), sbm.transform(Xte)),
        rbm_accuracy=accuracy(rbm.transform(Xtr), rbm.transform(Xte)),
        raw_accuracy=accuracy(Xtr, Xte),
        sbm_seconds=t_sbm,
        rbm_seconds=t_rbm,
        pruned_fraction=sbm.pruned_fraction_,
        prior_pruned_fraction=sbm.prior_pruned_fraction_,
        mean_occupancy=occ,
        n_train=int(Xtr.shape[0]),
        n_test=int(Xte.shape[0]),
    )
    return result, sbm, rbm


def plot_sbm(sbm: SynapticBoltzmannMachine, path, image_shape=None, rbm=None, n_show: int = 16) -> None:
    """Figure of a fitted SBM: pruned fraction and turnover per sweep, occupancy histogram, receptive
    fields (and the BernoulliRBM's, if given)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    n_rows = 2  # top: three panels; bottom half: one row of receptive fields per model
    fig = plt.figure(figsize=(12, 6.4))
    ax = fig.add_subplot(n_rows, 3, 1)
    ax.plot(sbm.history_["pruned_fraction"], label="pruned fraction")
    ax.axhline(sbm.prior_pruned_fraction_, ls="--", color="gray", label="prior")
    ax.axvline(sbm.burn_in_, ls=":", color="k")
    ax.set_xlabel("sweep")
    ax.legend(fontsize=8)
    ax = fig.add_subplot(n_rows, 3, 2)
    ax.plot(sbm.history_["turnover"])
    ax.set_xlabel("sweep")
    ax.set_ylabel("turnover")
    ax = fig.add_subplot(n_rows, 3, 3)
    if sbm.weights == "binary":
        ax.hist(sbm.occupancy_.ravel(), bins=40)
        ax.set_xlabel("per-synapse occupancy <s>")
    else:
        ax.hist(sbm.components_.ravel(), bins=40)
        ax.set_xlabel("posterior-mean weight")
    fields = [("SBM", sbm.components_)] + ([("BernoulliRBM", rbm.components_)] if rbm is not None else [])
    for row, (name, comp) in enumerate(fields, start=1):
        k = min(n_show, comp.shape[0])
        ncol = k
        for j in range(k):
            ax = fig.add_subplot(n_rows * 2, ncol, (row + 1) * ncol + j + 1)
            img = comp[j].reshape(image_shape) if image_shape else comp[j][None, :]
            lim = np.abs(img).max() or 1.0
            ax.imshow(img, cmap="RdBu_r", vmin=-lim, vmax=lim)
            ax.set_xticks([])
            ax.set_yticks([])
            if j == 0:
                ax.set_title(name, fontsize=8, loc="left")
    fig.subplots_adjust(hspace=0.6, wspace=0.4)
    fig.savefig(path)
    plt.close(fig)
