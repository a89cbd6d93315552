"""Measurements the lab reports on a DSNN: learning curve, spread over synapse samples, synapse
turnover and weight autocorrelation, weight distribution, and the PCA eigenspectrum of hidden
responses with its power-law exponent.

Every function returns a frozen dataclass with ``to_dict()`` (JSON-able, plain floats and lists)
and ``plot(ax=None)`` (matplotlib; returns the figure).

* Learning curve: accuracy (current synapses and snapshot average) and the complete-data
  log-likelihood per data copy, against Gibbs sweeps.
* Spread over synapse samples: the test accuracy of every stored weight snapshot on its own
  (``n_hidden_samples`` forward samples each), and of their Bayesian model average.
* Turnover: the chain keeps running with the data clamped; turnover rate = fraction of synapses
  that changed state between consecutive sweeps; weight autocorrelation
  ``C(tau) = sum_ij dw_ij(t) dw_ij(t + tau) / sum_ij dw_ij(t)^2`` averaged over ``t``, where
  ``dw = w - <w>_t`` (the weights' own temporal mean removed); per-synapse occupancy ``<s>`` tells
  frozen (0 or 1) synapses from fluctuating ones.
* Power-law coding (Stringer et al., Nature 571, 361, 2019): eigenvalues ``lambda_n`` of the
  covariance of the hidden layer's mean responses ``sigmoid(v)`` over stimuli, fitted as
  ``lambda_n ~ n^-alpha`` by least squares of ``log lambda`` on ``log n`` over a rank range
  (cortex: ``alpha ~ 1``).
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass

import numpy as np

from stochnet.exceptions import StochNetError

__all__ = [
    "AccuracySpread",
    "LearningCurve",
    "PCASpectrum",
    "SynapseTurnover",
    "WeightDistribution",
    "accuracy_spread",
    "fit_power_law",
    "hidden_responses",
    "learning_curve",
    "learning_curve_point",
    "pca_spectrum",
    "synapse_turnover",
    "weight_distribution",
]

logger = logging.getLogger(__name__)


def _fig_ax(ax):
    import matplotlib.pyplot as plt

    if ax is None:
        fig, ax = plt.subplots(figsize=(5, 3.5))
    else:
        fig = ax.figure
    return fig, ax


def _ro(a) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64).copy()
    a.setflags(write=False)
    return a


# ---------------------------------------------------------------------------- learning curve
@dataclass(frozen=True)
class LearningCurve:
    """Accuracy and log-likelihood against sweeps.

    ``test_accuracy`` uses the current synapses only, ``test_accuracy_average`` the read-out
    average over the stored snapshots; ``test_accuracy_sample_min`` / ``_max`` are the extremes of
    the snapshots taken one at a time (the spread over synapse samples); ``mlp_test_accuracy`` is a
    reference line (e.g. scikit-learn's MLPClassifier on the same split) or ``None``.
    """

    sweeps: np.ndarray
    log_likelihood: np.ndarray
    train_accuracy: np.ndarray
    test_accuracy: np.ndarray
    test_accuracy_average: np.ndarray
    test_accuracy_sample_min: np.ndarray
    test_accuracy_sample_max: np.ndarray
    mlp_test_accuracy: float | None = None

    @classmethod
    def from_rows(cls, rows, mlp_test_accuracy=None):
        """From rows of :func:`learning_curve_point` (read-only arrays)."""
        arr = np.array(rows, dtype=np.float64).reshape(-1, 7)
        return cls(*(_ro(arr[:, k]) for k in range(7)), mlp_test_accuracy=mlp_test_accuracy)

    def to_dict(self) -> dict:
        return {"sweeps": self.sweeps.astype(int).tolist(),
                "log_likelihood": self.log_likelihood.tolist(),
                "train_accuracy": self.train_accuracy.tolist(),
                "test_accuracy": self.test_accuracy.tolist(),
                "test_accuracy_average": self.test_accuracy_average.tolist(),
                "test_accuracy_sample_min": self.test_accuracy_sample_min.tolist(),
                "test_accuracy_sample_max": self.test_accuracy_sample_max.tolist(),
                "mlp_test_accuracy": self.mlp_test_accuracy}

    def plot(self, ax=None):
        fig, ax = _fig_ax(ax)
        ax.fill_between(self.sweeps, self.test_accuracy_sample_min, self.test_accuracy_sample_max,
                        color="C1", alpha=0.25, label="test, single synapse samples (min-max)")
        ax.plot(self.sweeps, self.train_accuracy, label="train (current synapses)")
        ax.plot(self.sweeps, self.test_accuracy, color="C1", label="test (current synapses)")
        ax.plot(self.sweeps, self.test_accuracy_average, color="C2", label="test (snapshot average)")
        if self.mlp_test_accuracy is not None:
            ax.axhline(self.mlp_test_accuracy, color="k", ls="--", label="test, MLPClassifier")
        ax.set_xlabel("Gibbs sweep")
        ax.set_ylabel("accuracy")
        ax2 = ax.twinx()
        ax2.plot(self.sweeps, self.log_likelihood, color="0.5", ls=":", label="log-lik / copy")
        ax2.set_ylabel("complete-data log-likelihood per copy")
        ax.legend(loc="lower right", fontsize=7)
        return fig


def learning_curve_point(model, sweep, X_train, y_train, X_test, y_test, spread=None) -> tuple:
    """One row of a :class:`LearningCurve` for ``model`` after ``sweep`` sweeps (``spread``: its
    :func:`accuracy_spread` on the test set, when the caller has it already)."""
    if spread is None:
        spread = accuracy_spread(model, X_test, y_test)
    return (sweep, model.history_["log_likelihood"][-1],
            model.score(X_train, y_train, weights="current"),
            model.score(X_test, y_test, weights="current"), spread.average_accuracy,
            float(spread.per_sample.min()), float(spread.per_sample.max()))


def learning_curve(clf, X_train, y_train, X_test, y_test, eval_every: int = 5, progress=None):
    """Fit ``clf`` (from scratch) and record the learning curve every ``eval_every`` sweeps.

    ``progress(sweep)`` is called after every sweep (e.g. a progress bar's update).
    """
    if int(eval_every) < 1:
        raise StochNetError(f"eval_every must be a positive int, got {eval_every!r}")
    rows = []

    def callback(model, sweep):
        if progress is not None:
            progress(sweep)
        if sweep % int(eval_every) == 0 or sweep == int(model.n_sweeps):
            rows.append(learning_curve_point(model, sweep, X_train, y_train, X_test, y_test))

    clf.fit(X_train, y_train, callback=callback)
    return LearningCurve.from_rows(rows)


# ---------------------------------------------------------------------------- spread
@dataclass(frozen=True)
class AccuracySpread:
    """Accuracy of every synapse snapshot alone and of their average."""

    per_sample: np.ndarray
    average_accuracy: float

    @property
    def mean(self) -> float:
        return float(self.per_sample.mean())

    @property
    def std(self) -> float:
        return float(self.per_sample.std(ddof=1)) if self.per_sample.size > 1 else 0.0

    def to_dict(self) -> dict:
        return {"per_sample": self.per_sample.tolist(), "mean": self.mean, "std": self.std,
                "min": float(self.per_sample.min()), "max": float(self.per_sample.max()),
                "average_accuracy": self.average_accuracy}

    def plot(self, ax=None):
        fig, ax = _fig_ax(ax)
        ax.plot(np.arange(self.per_sample.size), self.per_sample, "o", label="one synapse sample")
        ax.axhline(self.average_accuracy, color="k", label="model average")
        lo = min(float(self.per_sample.min()), self.average_accuracy)
        hi = max(float(self.per_sample.max()), self.average_accuracy)
        pad = max(0.005, 0.1 * (hi - lo))
        ax.set_ylim(lo - pad, hi + pad)
        ax.set_xlabel("synapse snapshot")
        ax.set_ylabel("test accuracy")
        ax.legend(fontsize=7)
        return fig


def accuracy_spread(clf, X, y) -> AccuracySpread:
    """Test accuracy of each stored synapse snapshot (of every chain) and of the Bayesian model average.

    Examples
    --------
    >>> from sklearn.datasets import load_digits
    >>> from stochnet import DSNNClassifier
    >>> X, y = load_digits(return_X_y=True)
    >>> clf = DSNNClassifier(hidden_layer_sizes=(8,), n_synapses=2, n_sweeps=3, n_readout=3,
    ...                      n_chains=2, random_state=0).fit(X[:100], y[:100])
    >>> sp = accuracy_spread(clf, X[100:200], y[100:200])
    >>> sp.per_sample.shape, sp.average_accuracy == clf.score(X[100:200], y[100:200])
    ((6,), True)
    """
    out = clf.sample_outputs(X)  # (n, T, C)
    y = np.asarray(y)
    per = np.array([np.mean(clf.classes_[np.argmax(out[:, t, :], axis=1)] == y)
                    for t in range(out.shape[1])])
    avg = float(np.mean(clf.classes_[np.argmax(out.mean(axis=1), axis=1)] == y))
    return AccuracySpread(_ro(per), avg)


# ---------------------------------------------------------------------------- turnover
@dataclass(frozen=True)
class SynapseTurnover:
    """How much synapses keep fluctuating while the chain runs on."""

    sweeps: np.ndarray
    turnover: np.ndarray
    lags: np.ndarray
    autocorrelation: np.ndarray
    occupancy_histogram: np.ndarray  # [always off, 10 bins of (0, 1), always on]
    test_accuracy: np.ndarray

    @property
    def mean_turnover(self) -> float:
        return float(self.turnover.mean())

    @property
    def fraction_fluctuating(self) -> float:
        """Fraction of synapses that were both on and off during the run."""
        h = self.occupancy_histogram
        return float(1.0 - (h[0] + h[-1]) / h.sum())

    def to_dict(self) -> dict:
        return {"sweeps": self.sweeps.astype(int).tolist(), "turnover": self.turnover.tolist(),
                "mean_turnover": self.mean_turnover, "lags": self.lags.astype(int).tolist(),
                "autocorrelation": self.autocorrelation.tolist(),
                "fraction_fluctuating": self.fraction_fluctuating,
                "occupancy_histogram": self.occupancy_histogram.astype(int).tolist(),
                "test_accuracy": self.test_accuracy.tolist()}

    def plot(self, ax=None):
        fig, ax = _fig_ax(ax)
        ax.plot(self.lags, self.autocorrelation, "o-", label="weight autocorrelation")
        ax.set_xlabel("lag (sweeps)")
        ax.set_ylabel("C(lag)")
        ax.set_title(f"turnover {self.mean_turnover:.2e} per synapse per sweep", fontsize=8)
        ax.legend(fontsize=7)
        return fig


def synapse_turnover(clf, n_sweeps: int = 50, X_test=None, y_test=None, max_lag: int | None = None,
                     copy_model: bool = True) -> SynapseTurnover:
    """Keep sampling (data clamped) and measure turnover, weight autocorrelation and occupancy.

    With ``copy_model=True`` (default) a copy of ``clf`` runs on, leaving ``clf`` untouched.
    Test accuracy with the current synapses is recorded every sweep when ``X_test`` is given.
    """
    n_sweeps = int(n_sweeps)
    if n_sweeps < 2:
        raise StochNetError(f"n_sweeps must be at least 2, got {n_sweeps}")
    model = copy.deepcopy(clf) if copy_model else clf
    max_lag = min(n_sweeps // 2, 20) if max_lag is None else int(max_lag)
    prev = np.concatenate([s.ravel() for s in model.chain_.syn[1:]])
    n_syn = prev.size
    on_count = np.zeros(n_syn)
    turn, ws, acc = [], [], []

    def cb(m, sweep):
        nonlocal prev
        cur = np.concatenate([s.ravel() for s in m.chain_.syn[1:]])
        turn.append(np.mean(cur != prev))
        on_count[:] += cur
        prev = cur
        ws.append(np.concatenate([w.ravel() for w in m.chain_.w[1:]]))
        if X_test is not None:
            acc.append(m.score(X_test, y_test, weights="current"))

    start = model.n_sweeps_done_
    model.sample_sweeps(n_sweeps, callback=cb)
    W = np.array(ws)
    dW = W - W.mean(axis=0)
    denom = np.mean(np.sum(dW * dW, axis=1))
    lags = np.arange(0, max_lag + 1)
    if denom > 0:
        ac = np.array([np.mean(np.sum(dW[: n_sweeps - k] * dW[k:], axis=1)) / denom for k in lags])
    else:
        ac = np.ones(lags.size)
    occ = on_count / n_sweeps
    interior = occ[(occ > 0.0) & (occ < 1.0)]
    mid, _ = np.histogram(interior, bins=10, range=(0.0, 1.0))
    hist = np.concatenate([[np.sum(occ == 0.0)], mid, [np.sum(occ == 1.0)]])
    return SynapseTurnover(_ro(np.arange(start + 1, start + n_sweeps + 1)), _ro(turn), _ro(lags),
                           _ro(ac), _ro(hist), _ro(acc))


# ---------------------------------------------------------------------------- weights
@dataclass(frozen=True)
class WeightDistribution:
    """Distribution of the learned weights (connections into hidden and output layers)."""

    weights: np.ndarray
    bin_edges: np.ndarray
    counts: np.ndarray

    def to_dict(self) -> dict:
        w = self.weights
        from scipy import stats

        return {"n": int(w.size), "mean": float(w.mean()), "std": float(w.std()),
                "fraction_zero": float(np.mean(w == 0.0)),
                "skewness": float(stats.skew(w)), "excess_kurtosis": float(stats.kurtosis(w)),
                "bin_edges": self.bin_edges.tolist(), "counts": self.counts.astype(int).tolist()}

    def plot(self, ax=None):
        fig, ax = _fig_ax(ax)
        ax.stairs(self.counts, self.bin_edges, fill=True)
        ax.set_xlabel("weight w")
        ax.set_ylabel("count")
        return fig


def weight_distribution(clf, bins: int = 60, include_bias: bool = False) -> WeightDistribution:
    """Histogram of the current weights of connections 1..L."""
    ws = clf.weights()
    w = np.concatenate([(m if include_bias else m[:, :-1]).ravel() for m in ws])
    counts, edges = np.histogram(w, bins=int(bins))
    return WeightDistribution(_ro(w), _ro(edges), _ro(counts))


# ---------------------------------------------------------------------------- PCA / power law
@dataclass(frozen=True)
class PCASpectrum:
    """Eigenspectrum of hidden responses and its fitted power law ``lambda_n ~ n^-alpha``."""

    eigenvalues: np.ndarray
    exponent: float
    intercept: float
    r_squared: float
    fit_range: tuple

    def to_dict(self) -> dict:
        return {"eigenvalues": self.eigenvalues.tolist(), "power_law_exponent": self.exponent,
                "intercept": self.intercept, "r_squared": self.r_squared,
                "fit_range": list(self.fit_range)}

    def plot(self, ax=None):
        fig, ax = _fig_ax(ax)
        n = np.arange(1, self.eigenvalues.size + 1)
        ax.loglog(n, self.eigenvalues / self.eigenvalues.sum(), ".", label="eigenvalues")
        lo, hi = self.fit_range
        nn = np.arange(lo, hi + 1)
        ax.loglog(nn, np.exp(self.intercept) * nn ** (-self.exponent) / self.eigenvalues.sum(), "r-",
                  label=f"alpha = {self.exponent:.2f}")
        ax.loglog(n, 1.0 / n * (self.eigenvalues[0] / self.eigenvalues.sum()), "k:", label="1/n")
        ax.set_xlabel("PC rank n")
        ax.set_ylabel("variance fraction")
        ax.legend(fontsize=7)
        return fig


def fit_power_law(eigenvalues, fit_range=None):
    """Least-squares fit of ``log lambda_n = c - alpha log n`` over ranks ``fit_range`` (1-based).

    Returns ``(alpha, c, r_squared, (lo, hi))``.  Default range: rank 2 to half the number of
    positive eigenvalues (at least 3 points).

    Examples
    --------
    >>> import numpy as np
    >>> alpha, c, r2, rng = fit_power_law(3.0 * np.arange(1, 41) ** -1.0)
    >>> round(alpha, 6), round(r2, 6), rng
    (1.0, 1.0, (2, 20))
    """
    lam = np.asarray(eigenvalues, dtype=np.float64)
    pos = int(np.sum(lam > lam.max() * 1e-12)) if lam.size else 0
    if fit_range is None:
        lo, hi = 2, max(4, pos // 2)
    else:
        lo, hi = int(fit_range[0]), int(fit_range[1])
    hi = min(hi, pos)
    if hi - lo + 1 < 3:
        raise StochNetError(f"fit_range: need at least 3 positive eigenvalues in ranks {lo}..{hi}, have {pos} positive")
    n = np.arange(lo, hi + 1, dtype=np.float64)
    y = np.log(lam[lo - 1: hi])
    A = np.vstack([np.ones_like(n), -np.log(n)]).T
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    resid = y - A @ coef
    ss_tot = np.sum((y - y.mean()) ** 2)
    r2 = 1.0 - np.sum(resid**2) / ss_tot if ss_tot > 0 else 1.0
    return float(coef[1]), float(coef[0]), float(r2), (lo, hi)


def hidden_responses(clf, X, layer: int = 1, n_samples: int = 20, seed=0) -> np.ndarray:
    """Mean responses ``sigmoid(v)`` of hidden layer ``layer`` (1-based) to each stimulus.

    Uses the current synapses.  For ``layer > 1`` the lower hidden layers are sampled forward
    ``n_samples`` times (seeded) and the responses averaged.
    """
    from sklearn.utils.validation import check_is_fitted, validate_data

    check_is_fitted(clf)
    n_hidden = len(clf.chain_.layer_sizes) - 2
    if not 1 <= int(layer) <= n_hidden:
        raise StochNetError(f"layer must be in 1..{n_hidden}, got {layer!r}")
    X = validate_data(clf, X, reset=False, dtype=np.float64)
    x = clf._scale(X)
    ws = clf.weights()
    rng = np.random.default_rng(seed)
    reps = 1 if layer == 1 else int(n_samples)
    acc = 0.0
    for _ in range(reps):
        cur = x
        for l in range(1, int(layer) + 1):
            p = 1.0 / (1.0 + np.exp(-(cur @ ws[l - 1][:, :-1].T + ws[l - 1][:, -1])))
            if l == int(layer):
                acc = acc + p
            else:
                cur = (rng.random(p.shape) < p).astype(np.float64)
    return acc / reps


def pca_spectrum(clf, X, layer: int = 1, fit_range=None, seed=0) -> PCASpectrum:
    """PCA eigenspectrum of hidden responses to ``X`` and its power-law exponent."""
    R = hidden_responses(clf, X, layer=layer, seed=seed)
    if R.shape[0] < 3:
        raise StochNetError(f"X: need at least 3 stimuli for a PCA spectrum, got {R.shape[0]}")
    C = np.cov(R, rowvar=False)
    lam = np.sort(np.linalg.eigvalsh(np.atleast_2d(C)))[::-1]
    lam = np.clip(lam, 0.0, None)
    alpha, c, r2, rng_ = fit_power_law(lam, fit_range)
    return PCASpectrum(_ro(lam), alpha, c, r2, rng_)
