"""Statistics shared by the stochnet experiments: switch detection, dominance durations, duration-law
fits, relaxation-curve fits and confidence intervals.

Percept switches (protocol of ``shared/science/stochnet.md``): the signal (difference of the two
output populations per sweep) is smoothed with a centred moving average; the percept changes only
when the smoothed signal crosses the far threshold (``+theta`` to enter percept +1, ``-theta`` to
enter -1), so flicker inside the band is ignored (hysteresis). Dominance durations are the times
between accepted switches; the first epoch (before the first switch) and the last (after the last
switch) are censored and dropped.

Duration laws: gamma (maximum likelihood with the location fixed at 0, :func:`gamma_mle`, the
estimate of ``scipy.stats.gamma.fit(d, floc=0)``), exponential and log-normal, compared by AIC and by
the Kolmogorov-Smirnov statistic. Plain KS p-values use parameters fitted on the same data, so they
are optimistic (Lilliefors 1967); they are reported as such. The gamma goodness of fit that accounts
for the fitted parameters is a parametric bootstrap (:func:`gamma_gof`, Lilliefors-style: samples
of the fitted gamma, refitted, give the null distribution of the KS statistic; Stute, Manteiga &
Quindimil 1993 show it is consistent). Confidence intervals of the gamma parameters come from a
nonparametric bootstrap (percentile intervals, Efron & Tibshirani 1993, ch. 13) over the units that
are independent: durations by default, or whole groups of durations (``groups``, e.g. the probe
chain each duration came from: durations of one chain are serially dependent, so a bootstrap over
single durations would make the intervals too narrow; Davison & Hinkley 1997, sec. 3.8).

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
    "GammaGof",
    "gamma_mle",
    "ks_statistic_gamma",
    "gamma_gof",
    "duration_aic",
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
    """Fits of a set of dominance durations (location fixed at 0).

    ``gamma_shape_ci`` / ``gamma_scale_ci`` are bootstrap percentile intervals over
    ``bootstrap_unit`` ("duration", or "group": whole groups such as probe chains, ``n_units`` of
    them). ``gof_pvalue_gamma`` is the parametric-bootstrap KS p-value of the gamma, which accounts
    for the two fitted parameters (NaN when ``n_gof`` was 0); the ``ks_pvalue_*`` entries are the
    plain, optimistic KS p-values with the parameters fitted on the same data.
    """

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
    ks_statistic_gamma: float = float("nan")
    gof_pvalue_gamma: float = float("nan")
    bootstrap_unit: str = "duration"
    n_units: int = 0

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["gamma_shape_ci"] = [finite_or_none(v) for v in self.gamma_shape_ci]
        d["gamma_scale_ci"] = [finite_or_none(v) for v in self.gamma_scale_ci]
        return {k: finite_or_none(v) for k, v in d.items()}


def gamma_mle(x, *, n_iter: int = 50):
    """Maximum-likelihood gamma shape and scale with the location fixed at 0, row by row.

    Solves ``log k - digamma(k) = log(mean x) - mean(log x)`` by the generalized Newton iteration of
    Minka (2002, "Estimating a Gamma distribution"), started at his closed-form approximation; the
    scale is ``mean / k``. This is the estimate of ``scipy.stats.gamma.fit(x, floc=0)``, vectorized
    over the rows of a 2-D array (bootstrap samples). Rows whose values are all equal have no finite
    estimate: their shape is ``inf`` and their scale 0.

    Parameters
    ----------
    x : array of positive numbers, 1-D (one sample) or 2-D (one sample per row)
    n_iter : int
        Upper bound of Newton steps (convergence to 1e-12 relative takes 3 to 6).

    Returns
    -------
    shape, scale : floats (1-D input) or arrays of the rows

    Examples
    --------
    >>> import numpy as np
    >>> d = np.random.default_rng(0).gamma(3.0, 2.0, size=2000)
    >>> k, theta = gamma_mle(d)
    >>> round(k, 1), round(theta, 1)
    (3.0, 2.0)
    """
    from scipy import special

    a = np.asarray(x, dtype=float)
    one = a.ndim == 1
    a = np.atleast_2d(a)
    m = a.mean(axis=1)
    s = np.log(m) - np.log(a).mean(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        k = (3.0 - s + np.sqrt((s - 3.0) ** 2 + 24.0 * s)) / (12.0 * s)
        ok = np.isfinite(k) & (s > 0)
        k = np.where(ok, k, 1.0)
        for _ in range(int(n_iter)):
            f = np.log(k) - special.digamma(k) - s
            step = f / (k * k * (1.0 / k - special.polygamma(1, k)))
            k_new = 1.0 / (1.0 / k + step)
            k_new = np.where(k_new > 0, k_new, k / 2)
            done = np.all(np.abs(k_new - k) <= 1e-12 * k)
            k = k_new
            if done:
                break
    k = np.where(ok, k, np.inf)
    scale = np.where(ok, m / k, 0.0)
    if one:
        return float(k[0]), float(scale[0])
    return k, scale


def ks_statistic_gamma(x, shape, scale):
    """Kolmogorov-Smirnov distance between the empirical distribution of each row of ``x`` and
    gamma(``shape``, ``scale``) (one parameter pair per row). Ties are handled (the empirical
    distribution jumps by their multiplicity), so the distance equals ``scipy.stats.kstest``'s.

    Examples
    --------
    >>> import numpy as np
    >>> from scipy import stats
    >>> d = np.random.default_rng(1).gamma(2.0, 1.0, size=50)
    >>> bool(np.isclose(ks_statistic_gamma(d, 2.0, 1.0), stats.kstest(d, "gamma", args=(2.0, 0, 1.0)).statistic))
    True
    """
    from scipy import special

    a = np.asarray(x, dtype=float)
    one = a.ndim == 1
    a = np.sort(np.atleast_2d(a), axis=1)
    n = a.shape[1]
    shape = np.broadcast_to(np.asarray(shape, dtype=float), (a.shape[0],))[:, None]
    scale = np.broadcast_to(np.asarray(scale, dtype=float), (a.shape[0],))[:, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        cdf = special.gammainc(shape, a / scale)
    i = np.arange(1, n + 1)
    stat = np.maximum((i / n - cdf).max(axis=1), (cdf - (i - 1) / n).max(axis=1))
    return float(stat[0]) if one else stat


@dataclasses.dataclass(frozen=True)
class GammaGof:
    """Parametric-bootstrap goodness of fit of a gamma law (see :func:`gamma_gof`)."""

    statistic: float
    pvalue: float
    n_sim: int
    discrete: bool


def gamma_gof(durations, *, n_sim: int = 500, discrete: bool | None = None, seed=None) -> GammaGof:
    """KS goodness of fit of a gamma law whose two parameters are fitted to the same data.

    Lilliefors-style parametric bootstrap: fit gamma (:func:`gamma_mle`), compute the KS distance
    ``D``; draw ``n_sim`` samples of the same size from the fitted gamma, refit each and compute its
    distance ``D*``; ``p = (1 + #{D* >= D}) / (n_sim + 1)``. Unlike the plain KS p-value with fitted
    parameters (far too large, Lilliefors 1967), this p-value is uniform under the null. With
    ``discrete`` (default: when every duration is an integer, as durations counted in sweeps are),
    the simulated samples are rounded to integers >= 1 like the data, so that the ties of the data
    are not mistaken for misfit.

    Parameters
    ----------
    durations : 1-D array of positive numbers (at least 3, not all equal)
    n_sim : int >= 1
    discrete : bool or None
    seed : int, Generator or None

    Returns
    -------
    GammaGof

    Examples
    --------
    >>> import numpy as np
    >>> rng = np.random.default_rng(0)
    >>> gamma_gof(rng.gamma(3.0, 1.0, size=200), n_sim=200, seed=1).pvalue > 0.05
    True
    >>> gamma_gof(rng.uniform(1.0, 2.0, size=200), n_sim=200, seed=1).pvalue < 0.05
    True
    """
    d = _check_durations(durations)
    if int(n_sim) != n_sim or n_sim < 1:
        raise StochNetError(f"n_sim: expected a positive integer, got {n_sim!r}")
    if discrete is None:
        discrete = bool(np.all(d == np.round(d)))
    rng = np.random.default_rng(seed)
    k, theta = gamma_mle(d)
    if not np.isfinite(k):
        raise StochNetError("durations: the gamma fit is undefined (all durations are equal)")
    stat = ks_statistic_gamma(d, k, theta)
    sims = rng.gamma(k, theta, size=(int(n_sim), d.size))
    if discrete:
        sims = np.maximum(np.round(sims), 1.0)
    ks, thetas = gamma_mle(sims)
    fin = np.isfinite(ks)  # an all-equal simulated sample fits perfectly: distance 0
    stats_sim = np.zeros(int(n_sim))
    stats_sim[fin] = ks_statistic_gamma(sims[fin], ks[fin], thetas[fin])
    p = (1.0 + np.sum(stats_sim >= stat - 1e-12)) / (n_sim + 1.0)
    return GammaGof(statistic=float(stat), pvalue=float(p), n_sim=int(n_sim), discrete=bool(discrete))


def duration_aic(durations) -> dict:
    """AIC (``2 k - 2 log L``) of the gamma, exponential and log-normal laws (location 0), with
    their maximum-likelihood parameters.

    Returns
    -------
    dict with ``aic`` ({law: value}), ``best`` (the law of least AIC) and ``params``
    ({law: parameters}: gamma (shape, scale), exponential (scale,), lognormal (sigma, scale), the
    argument order of :mod:`scipy.stats`).

    Examples
    --------
    >>> import numpy as np
    >>> duration_aic(np.random.default_rng(0).exponential(5.0, size=500))["best"]
    'exponential'
    """
    d = _check_durations(durations)
    k, theta = gamma_mle(d)
    if not np.isfinite(k):
        raise StochNetError("durations: the gamma fit is undefined (all durations are equal)")
    mean = float(d.mean())
    logs = np.log(d)
    sigma, mu = float(logs.std()), float(logs.mean())
    if sigma == 0:
        raise StochNetError("durations: the log-normal fit is undefined (all durations are equal)")
    ll = {
        "gamma": float(np.sum(stats.gamma.logpdf(d, k, scale=theta))),
        "exponential": float(np.sum(stats.expon.logpdf(d, scale=mean))),
        "lognormal": float(np.sum(stats.lognorm.logpdf(d, sigma, scale=np.exp(mu)))),
    }
    n_par = {"gamma": 2, "exponential": 1, "lognormal": 2}
    aic = {law: 2 * n_par[law] - 2 * ll[law] for law in ll}
    return {"aic": aic, "best": min(aic, key=aic.get),
            "params": {"gamma": (k, theta), "exponential": (mean,), "lognormal": (sigma, float(np.exp(mu)))}}


def _check_durations(durations) -> np.ndarray:
    d = np.asarray(durations, dtype=float)
    if d.ndim != 1 or d.size < 3:
        raise StochNetError(f"durations: expected at least 3 durations, got {d.size}")
    if np.any(~np.isfinite(d)) or np.any(d <= 0):
        raise StochNetError("durations: expected positive finite values")
    return d


def _bootstrap_gamma(d, groups, n_boot, rng):
    """Gamma (shape, scale) of ``n_boot`` bootstrap resamples: of single durations, or of whole
    groups (a resample draws as many groups as there are, with replacement, and pools them)."""
    if groups is None:
        k, theta = gamma_mle(d[rng.integers(0, d.size, size=(n_boot, d.size))])
        return np.column_stack([k, theta])
    labels = np.unique(groups)
    members = [d[groups == g] for g in labels]
    out = np.empty((n_boot, 2))
    for b in range(n_boot):
        pick = rng.integers(0, labels.size, size=labels.size)
        sample = np.concatenate([members[i] for i in pick])
        out[b] = gamma_mle(sample) if sample.size >= 2 else (np.nan, np.nan)
    return out


def fit_durations(durations, *, groups=None, n_boot: int = 500, n_gof: int = 0, confidence: float = 0.95,
                  seed=None) -> DurationFit:
    """Fit gamma, exponential and log-normal laws to dominance durations; KS, AIC, bootstrap CI.

    Parameters
    ----------
    durations : 1-D array of positive numbers (at least 3)
    groups : 1-D array or None
        Group label of each duration (e.g. its probe chain). When given, the bootstrap resamples
        whole groups (needs at least 2; with fewer the intervals are NaN), since durations within a
        group are not independent.
    n_boot : int
        Bootstrap resamples for the gamma-parameter confidence intervals (0: no CI, NaN bounds).
    n_gof : int
        Simulations of the parametric-bootstrap goodness of fit (:func:`gamma_gof`; 0: skipped, NaN).
    confidence : float in (0, 1)
    seed : int, Generator or None

    Returns
    -------
    DurationFit

    Examples
    --------
    >>> import numpy as np
    >>> d = np.random.default_rng(0).gamma(4.0, 10.0, size=400)
    >>> fit = fit_durations(d, n_boot=200, n_gof=100, seed=0)
    >>> fit.best_by_aic, fit.gamma_shape_ci[0] < 4.0 < fit.gamma_shape_ci[1], fit.gof_pvalue_gamma > 0.05
    ('gamma', True, True)
    """
    d = _check_durations(durations)
    if not 0 < confidence < 1:
        raise StochNetError(f"confidence: expected a number in (0, 1), got {confidence!r}")
    if groups is not None:
        groups = np.asarray(groups)
        if groups.shape != d.shape:
            raise StochNetError(f"groups: expected one label per duration ({d.size}), got shape {groups.shape}")
    rng = np.random.default_rng(seed)
    n = d.size
    laws = duration_aic(d)
    aic = laws["aic"]
    shape, scale = laws["params"]["gamma"]
    ln_s, ln_scale = laws["params"]["lognormal"]
    ks_g = stats.kstest(d, "gamma", args=(shape, 0, scale))
    ks_e = stats.kstest(d, "expon", args=(0, laws["params"]["exponential"][0])).pvalue
    ks_l = stats.kstest(d, "lognorm", args=(ln_s, 0, ln_scale)).pvalue
    n_units = n if groups is None else int(np.unique(groups).size)
    if n_boot > 0 and n_units >= 2:
        boots = _bootstrap_gamma(d, groups, int(n_boot), rng)
        boots[~np.isfinite(boots[:, 0])] = np.nan
        alpha = (1 - confidence) / 2
        shape_ci = tuple(float(q) for q in np.nanquantile(boots[:, 0], [alpha, 1 - alpha]))
        scale_ci = tuple(float(q) for q in np.nanquantile(boots[:, 1], [alpha, 1 - alpha]))
    else:
        shape_ci = scale_ci = (float("nan"), float("nan"))
    gof = gamma_gof(d, n_sim=int(n_gof), seed=rng).pvalue if n_gof > 0 else float("nan")
    return DurationFit(
        n=int(n), mean=float(d.mean()), cv=float(d.std(ddof=1) / d.mean()),
        gamma_shape=shape, gamma_scale=scale, gamma_shape_ci=shape_ci, gamma_scale_ci=scale_ci,
        ks_pvalue_gamma=float(ks_g.pvalue), ks_pvalue_exponential=float(ks_e), ks_pvalue_lognormal=float(ks_l),
        aic_gamma=float(aic["gamma"]), aic_exponential=float(aic["exponential"]),
        aic_lognormal=float(aic["lognormal"]), best_by_aic=laws["best"],
        ks_statistic_gamma=float(ks_g.statistic), gof_pvalue_gamma=float(gof),
        bootstrap_unit="duration" if groups is None else "group", n_units=n_units,
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
