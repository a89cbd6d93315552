"""Statistics shared by the stochnet experiments: switch detection, dominance durations, duration-law
fits, relaxation-curve fits and confidence intervals.

Percept switches (protocol of ``shared/science/stochnet.md``): the signal (difference of the two
output populations per sweep) is smoothed with a centred moving average; the percept changes only
when the smoothed signal crosses the far threshold (``+theta`` to enter percept +1, ``-theta`` to
enter -1), so flicker inside the band is ignored (hysteresis). Dominance durations are the times
between accepted switches; the first epoch (before the first switch) and the last (after the last
switch) are censored and dropped.

Duration laws: gamma (``scipy.stats.gamma.fit(d, floc=0)``), exponential and log-normal, all with
the location fixed at 0, compared by the Kolmogorov-Smirnov statistic and by AIC. The KS p-values
use parameters fitted on the same data, so they are optimistic (Lilliefors 1967); they are reported
as such. Confidence intervals of the gamma parameters come from a nonparametric bootstrap
(percentile intervals, Efron & Tibshirani 1993, ch. 13).

Human reference: gamma describes Necker-cube dominance durations well (Borsellino et al. 1972;
Murata et al. 2003 report shape values near integers); a memoryless switch process gives shape 1.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
from scipy import optimize, stats

from stochnet.exceptions import StochNetError

__all__ = [
    "finite_or_none",
    "json_default",
    "smooth",
    "detect_switches",
    "dominance_durations",
    "SwitchAnalysis",
    "analyze_alternation",
    "DurationFit",
    "fit_durations",
    "RelaxationFit",
    "fit_relaxation",
    "mean_ci",
    "ratio_ci",
]


def json_default(obj):
    """``default=`` for :func:`json.dumps`: numpy scalars and arrays as Python numbers and lists."""
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    raise TypeError(f"not JSON serializable: {type(obj).__name__}")


def finite_or_none(v):
    """``v`` unless it is a non-finite float (NaN, inf), which JSON cannot hold: then None."""
    return None if isinstance(v, float) and not math.isfinite(v) else v


def smooth(signal, window: int) -> np.ndarray:
    """Centred moving average of width ``window`` (edges averaged over the available samples)."""
    x = np.asarray(signal, dtype=float)
    if x.ndim != 1:
        raise StochNetError(f"signal: expected a 1-D series, got shape {x.shape}")
    if int(window) != window or window < 1:
        raise StochNetError(f"window: expected a positive integer, got {window!r}")
    window = int(window)
    if window == 1 or x.size == 0:
        return x.copy()
    c = np.concatenate([[0.0], np.cumsum(x)])
    half_lo = (window - 1) // 2
    half_hi = window - 1 - half_lo
    idx = np.arange(x.size)
    lo = np.clip(idx - half_lo, 0, x.size)
    hi = np.clip(idx + half_hi + 1, 0, x.size)
    return (c[hi] - c[lo]) / (hi - lo)


def detect_switches(smoothed, threshold: float):
    """Percept sequence with hysteresis.

    Parameters
    ----------
    smoothed : 1-D array
        Smoothed signal; percept +1 is entered when it exceeds ``+threshold``, percept -1 when it
        falls below ``-threshold``; in between the previous percept is kept (0 before the first
        crossing).
    threshold : float >= 0

    Returns
    -------
    percept : ndarray of int8 (-1, 0, +1)
    switch_times : ndarray of int
        Indices where the percept changes from one side to the other (the first entry from 0 is
        not a switch).
    """
    s = np.asarray(smoothed, dtype=float)
    if threshold < 0 or not np.isfinite(threshold):
        raise StochNetError(f"threshold: expected a non-negative number, got {threshold!r}")
    percept = np.zeros(s.size, dtype=np.int8)
    switches = []
    state = 0
    for t, val in enumerate(s):
        if val > threshold and state != 1:
            if state == -1:
                switches.append(t)
            state = 1
        elif val < -threshold and state != -1:
            if state == 1:
                switches.append(t)
            state = -1
        percept[t] = state
    return percept, np.asarray(switches, dtype=np.int64)


def dominance_durations(percept, switch_times):
    """Durations between consecutive switches and the percept held during each.

    The censored first and last epochs are dropped.

    Returns
    -------
    durations : ndarray of float
    which : ndarray of int8 (the percept, +1 or -1, of each duration)
    """
    sw = np.asarray(switch_times, dtype=np.int64)
    if sw.size < 2:
        return np.zeros(0), np.zeros(0, dtype=np.int8)
    durations = np.diff(sw).astype(float)
    which = np.asarray(percept)[sw[:-1]].astype(np.int8)
    return durations, which


@dataclasses.dataclass(frozen=True)
class DurationFit:
    """Fits of a set of dominance durations (location fixed at 0)."""

    n: int
    mean: float
    cv: float
    gamma_shape: float
    gamma_scale: float
    gamma_shape_ci: tuple
    gamma_scale_ci: tuple
    ks_pvalue_gamma: float
    ks_pvalue_exponential: float
    ks_pvalue_lognormal: float
    aic_gamma: float
    aic_exponential: float
    aic_lognormal: float
    best_by_aic: str

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["gamma_shape_ci"] = list(self.gamma_shape_ci)
        d["gamma_scale_ci"] = list(self.gamma_scale_ci)
        return {k: finite_or_none(v) for k, v in d.items()}


def _gamma_fit(d):
    """Maximum-likelihood gamma with location 0; (nan, nan) when undefined (all values equal)."""
    if np.ptp(d) == 0:
        return float("nan"), float("nan")
    try:
        shape, _, scale = stats.gamma.fit(d, floc=0)
    except (ValueError, RuntimeError):
        return float("nan"), float("nan")
    return float(shape), float(scale)


def fit_durations(durations, *, n_boot: int = 500, confidence: float = 0.95, seed=None) -> DurationFit:
    """Fit gamma, exponential and log-normal laws to dominance durations; KS, AIC, bootstrap CI.

    Parameters
    ----------
    durations : 1-D array of positive numbers (at least 3)
    n_boot : int
        Bootstrap resamples for the gamma-parameter confidence intervals (0: no CI, NaN bounds).
    confidence : float in (0, 1)
    seed : int, Generator or None

    Returns
    -------
    DurationFit
    """
    d = np.asarray(durations, dtype=float)
    if d.ndim != 1 or d.size < 3:
        raise StochNetError(f"durations: expected at least 3 durations, got {d.size}")
    if np.any(~np.isfinite(d)) or np.any(d <= 0):
        raise StochNetError("durations: expected positive finite values")
    if not 0 < confidence < 1:
        raise StochNetError(f"confidence: expected a number in (0, 1), got {confidence!r}")
    rng = np.random.default_rng(seed)
    n = d.size
    shape, scale = _gamma_fit(d)
    if not np.isfinite(shape):
        raise StochNetError("durations: the gamma fit is undefined (all durations are equal)")
    exp_scale = float(d.mean())
    ln_s, _, ln_scale = stats.lognorm.fit(d, floc=0)
    ll_g = float(np.sum(stats.gamma.logpdf(d, shape, scale=scale)))
    ll_e = float(np.sum(stats.expon.logpdf(d, scale=exp_scale)))
    ll_l = float(np.sum(stats.lognorm.logpdf(d, ln_s, scale=ln_scale)))
    aic = {"gamma": 4 - 2 * ll_g, "exponential": 2 - 2 * ll_e, "lognormal": 4 - 2 * ll_l}
    ks_g = stats.kstest(d, "gamma", args=(shape, 0, scale)).pvalue
    ks_e = stats.kstest(d, "expon", args=(0, exp_scale)).pvalue
    ks_l = stats.kstest(d, "lognorm", args=(ln_s, 0, ln_scale)).pvalue
    if n_boot > 0:
        boots = np.empty((n_boot, 2))
        for k in range(n_boot):
            boots[k] = _gamma_fit(d[rng.integers(0, n, n)])
        alpha = (1 - confidence) / 2
        shape_ci = tuple(float(q) for q in np.nanquantile(boots[:, 0], [alpha, 1 - alpha]))
        scale_ci = tuple(float(q) for q in np.nanquantile(boots[:, 1], [alpha, 1 - alpha]))
    else:
        shape_ci = scale_ci = (float("nan"), float("nan"))
    return DurationFit(
        n=int(n), mean=float(d.mean()), cv=float(d.std(ddof=1) / d.mean()),
        gamma_shape=shape, gamma_scale=scale, gamma_shape_ci=shape_ci, gamma_scale_ci=scale_ci,
        ks_pvalue_gamma=float(ks_g), ks_pvalue_exponential=float(ks_e), ks_pvalue_lognormal=float(ks_l),
        aic_gamma=float(aic["gamma"]), aic_exponential=float(aic["exponential"]),
        aic_lognormal=float(aic["lognormal"]), best_by_aic=min(aic, key=aic.get),
    )


@dataclasses.dataclass(frozen=True)
class SwitchAnalysis:
    """Switches found in one percept signal."""

    n_switches: int
    durations: np.ndarray
    which: np.ndarray
    fraction_plus: float
    fraction_minus: float
    fraction_undecided: float

    def to_dict(self) -> dict:
        return {
            "n_switches": self.n_switches,
            "n_durations": int(self.durations.size),
            "fraction_plus": self.fraction_plus,
            "fraction_minus": self.fraction_minus,
            "fraction_undecided": self.fraction_undecided,
        }


def analyze_alternation(signal, window: int, threshold: float) -> SwitchAnalysis:
    """Smooth, detect switches with hysteresis and collect the dominance durations of ``signal``."""
    s = smooth(signal, window)
    percept, sw = detect_switches(s, threshold)
    durations, which = dominance_durations(percept, sw)
    durations.setflags(write=False)
    which.setflags(write=False)
    n = max(percept.size, 1)
    return SwitchAnalysis(
        n_switches=int(sw.size), durations=durations, which=which,
        fraction_plus=float(np.sum(percept == 1) / n), fraction_minus=float(np.sum(percept == -1) / n),
        fraction_undecided=float(np.sum(percept == 0) / n),
    )


@dataclasses.dataclass(frozen=True)
class RelaxationFit:
    """``y(t) = y_inf + (y_0 - y_inf) exp(-t / tau)`` fitted by least squares."""

    tau: float
    y0: float
    y_inf: float
    rmse: float
    success: bool
    message: str

    def to_dict(self) -> dict:
        return {k: finite_or_none(v) for k, v in dataclasses.asdict(self).items()}


def fit_relaxation(t, y, *, y_inf_bounds=(-np.inf, np.inf), tau_max: float | None = None) -> RelaxationFit:
    """Fit an exponential relaxation to a learning or forgetting curve.

    Parameters
    ----------
    t, y : 1-D arrays of the same length (at least 4 points)
    y_inf_bounds : (low, high)
        Bounds of the asymptote (e.g. ``(chance, chance)`` pins it at chance level, up to 1e-9).
    tau_max : float or None
        Upper bound of ``tau`` (default: 1000 times the span of ``t``). A fit at the bound means the
        curve did not relax within the window; ``success`` is then False.

    Returns
    -------
    RelaxationFit (``success`` False with a message when the fit failed; never raises for that)
    """
    t = np.asarray(t, dtype=float)
    y = np.asarray(y, dtype=float)
    if t.shape != y.shape or t.ndim != 1 or t.size < 4:
        raise StochNetError(f"t, y: expected two 1-D arrays of equal length >= 4, got {t.shape} and {y.shape}")
    span = float(t.max() - t.min()) or 1.0
    tau_max = 1000.0 * span if tau_max is None else float(tau_max)
    lo_inf, hi_inf = y_inf_bounds
    if hi_inf - lo_inf < 1e-9:
        hi_inf = lo_inf + 1e-9

    def model(tt, tau, y0, yinf):
        return yinf + (y0 - yinf) * np.exp(-(tt - t[0]) / tau)

    tau_min = 1e-3 * max(np.min(np.diff(t)) if t.size > 1 else 1.0, 1e-9)
    best = None
    for tau_guess in span * np.array([0.03, 0.1, 0.3, 1.0, 3.0]):
        yinf_guess = float(np.clip(y[-max(1, y.size // 5):].mean(), lo_inf, hi_inf))
        p0 = [float(np.clip(tau_guess, tau_min * 2, tau_max / 2)), float(y[0]), yinf_guess]
        try:
            p, _ = optimize.curve_fit(model, t, y, p0=p0,
                                      bounds=([tau_min, -np.inf, lo_inf], [tau_max, np.inf, hi_inf]),
                                      maxfev=20000)
        except (RuntimeError, ValueError):
            continue
        rmse = float(np.sqrt(np.mean((model(t, *p) - y) ** 2)))
        if best is None or rmse < best[1]:
            best = (p, rmse)
    if best is None:
        return RelaxationFit(float("nan"), float("nan"), float("nan"), float("nan"), False, "curve_fit failed")
    (tau, y0, yinf), rmse = best
    at_bound = tau >= 0.999 * tau_max
    return RelaxationFit(float(tau), float(y0), float(yinf), rmse, not at_bound,
                         "tau at its upper bound: no relaxation within the window" if at_bound else "ok")


def mean_ci(values, confidence: float = 0.95) -> tuple[float, float, float]:
    """Mean and Student-t confidence interval of a small sample (NaNs dropped)."""
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return float("nan"), float("nan"), float("nan")
    m = float(v.mean())
    if v.size < 2:
        return m, float("nan"), float("nan")
    half = float(stats.t.ppf(0.5 + confidence / 2, v.size - 1) * v.std(ddof=1) / np.sqrt(v.size))
    return m, m - half, m + half


def ratio_ci(numerators, denominators, *, n_boot: int = 2000, confidence: float = 0.95, seed=None):
    """Ratio of means over seeds with a bootstrap (over seeds) percentile interval.

    Returns (ratio, low, high); NaN entries (failed fits) are dropped pairwise.
    """
    a = np.asarray(numerators, dtype=float)
    b = np.asarray(denominators, dtype=float)
    ok = np.isfinite(a) & np.isfinite(b)
    a, b = a[ok], b[ok]
    if a.size == 0:
        return float("nan"), float("nan"), float("nan")
    ratio = float(a.mean() / b.mean())
    if a.size < 2:
        return ratio, float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, a.size, size=(n_boot, a.size))
    boot = a[idx].mean(axis=1) / b[idx].mean(axis=1)
    alpha = (1 - confidence) / 2
    lo, hi = np.quantile(boot, [alpha, 1 - alpha])
    return ratio, float(lo), float(hi)
