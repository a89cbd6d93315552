"""Analysis of Necker presentations: switch statistics of a percept signal, the result object of
:class:`~stochnet.experiments.necker.NeckerExperiment` and its figure.

The percept signal of a probe is smoothed (centred moving average, ``window`` sweeps) and passed
through a hysteresis of +-``threshold`` (:mod:`stochnet.experiments.stats`). Dominance durations are
the times between accepted switches, first and last (censored) epochs dropped, pooled over probes;
each duration keeps the index of its probe chain, so that a bootstrap can resample whole chains.

``switch_rate_shuffled``: the switch rate of the same signal with its samples in random order, the
rate that memoryless per-sweep flicker with the same distribution of values would give. A rate
close to it means the switches are flicker; far above it, the smoothed signal only leaves the
hysteresis band because samples persist; far below it, long epochs of a strong signal.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from stochnet.experiments.necker_stimuli import KINDS, render_cube
from stochnet.experiments.stats import DurationFit, analyze_alternation, finite_or_none, smooth

__all__ = ["analyze_signal", "shuffled_switch_rate", "summarize", "levelt_ii", "NeckerResult", "plot_necker"]


def analyze_signal(signal, window: int, threshold: float) -> dict:
    """Per-probe switch analysis of a signal ``(n_sweeps, n_probes)``, pooled over probes.

    Returns
    -------
    dict with ``n_switches``, ``durations``, ``which`` (+1 A, -1 B), ``probe`` (the probe chain of
    each duration), ``fraction_a``, ``fraction_b``, ``fraction_undecided`` (mean over probes) and
    ``mean_abs_signal`` (mean absolute smoothed signal: 0 when both populations fire alike, 1 when
    one percept fully dominates).

    Examples
    --------
    >>> import numpy as np
    >>> epochs = np.repeat(np.resize([1.0, -1.0], 6), 20)  # six epochs of 20 sweeps
    >>> an = analyze_signal(np.column_stack([epochs, -epochs]), 3, 0.5)
    >>> an["durations"].tolist(), an["probe"].tolist()
    ([20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0], [0, 0, 0, 0, 1, 1, 1, 1])
    """
    durations, which, probe, n_sw, fp, fm, fu = [], [], [], 0, 0.0, 0.0, 0.0
    strength = float(np.mean([np.abs(smooth(signal[:, k], window)).mean() for k in range(signal.shape[1])]))
    for k in range(signal.shape[1]):
        a = analyze_alternation(signal[:, k], window, threshold)
        durations.append(a.durations)
        which.append(a.which)
        probe.append(np.full(a.durations.size, k, dtype=np.int64))
        n_sw += a.n_switches
        fp += a.fraction_plus / signal.shape[1]
        fm += a.fraction_minus / signal.shape[1]
        fu += a.fraction_undecided / signal.shape[1]
    return {
        "n_switches": int(n_sw),
        "durations": np.concatenate(durations) if durations else np.zeros(0),
        "which": np.concatenate(which) if which else np.zeros(0, dtype=np.int8),
        "probe": np.concatenate(probe) if probe else np.zeros(0, dtype=np.int64),
        "fraction_a": fp, "fraction_b": fm, "fraction_undecided": fu,
        "mean_abs_signal": strength,
    }


def shuffled_switch_rate(signal, window: int, threshold: float, seed) -> float:
    """Switches per 1000 sweeps per probe of the same signal with each probe's samples in random
    order: the rate that memoryless flicker with the same per-sweep distribution would give."""
    rng = np.random.default_rng(seed)
    shuffled = np.column_stack([rng.permutation(signal[:, k]) for k in range(signal.shape[1])])
    n = analyze_signal(shuffled, window, threshold)["n_switches"]
    return 1000.0 * n / (signal.shape[0] * signal.shape[1])


@dataclasses.dataclass(frozen=True)
class NeckerResult:
    """Results of :class:`~stochnet.experiments.necker.NeckerExperiment`.

    ``signal`` is the full percept signal of the main presentation ``(n_sweeps_presented,
    n_probes)``; ``signal_excerpt`` its first 3000 sweeps of probe 0 (for the figure). ``seconds``
    is the compute time summed over every run that contributed (a resumed run included).
    """

    n_switches: int
    durations: np.ndarray
    which: np.ndarray
    fit: DurationFit | None
    n_sweeps_presented: int
    n_probes: int
    train_accuracy: float
    ambiguous_p_a: float
    fraction_a: float
    fraction_b: float
    fraction_undecided: float
    emergence: tuple
    levelt: tuple
    signal_excerpt: np.ndarray
    seconds: float
    params: dict
    signal: np.ndarray | None = None
    switch_rate: float = float("nan")
    switch_rate_shuffled: float = float("nan")
    mean_abs_signal: float = float("nan")
    test_accuracy: float = float("nan")

    def to_dict(self) -> dict:
        f = self.fit.to_dict() if self.fit is not None else {}
        return {
            "n_switches": self.n_switches,
            "n_durations": int(self.durations.size),
            "gamma_shape": f.get("gamma_shape"),
            "gamma_scale": f.get("gamma_scale"),
            "gamma_shape_ci": f.get("gamma_shape_ci"),
            "gamma_scale_ci": f.get("gamma_scale_ci"),
            "gof_pvalue_gamma": f.get("gof_pvalue_gamma"),
            "ks_statistic_gamma": f.get("ks_statistic_gamma"),
            "bootstrap_unit": f.get("bootstrap_unit"),
            "n_bootstrap_units": f.get("n_units"),
            "ks_pvalue_gamma": f.get("ks_pvalue_gamma"),
            "ks_pvalue_exponential": f.get("ks_pvalue_exponential"),
            "ks_pvalue_lognormal": f.get("ks_pvalue_lognormal"),
            "aic_gamma": f.get("aic_gamma"),
            "aic_exponential": f.get("aic_exponential"),
            "aic_lognormal": f.get("aic_lognormal"),
            "best_by_aic": f.get("best_by_aic"),
            "mean_duration": f.get("mean"),
            "cv_duration": f.get("cv"),
            "n_sweeps_presented": self.n_sweeps_presented,
            "n_probes": self.n_probes,
            "switch_rate_per_1000_sweeps": finite_or_none(self.switch_rate),
            "switch_rate_shuffled_per_1000_sweeps": finite_or_none(self.switch_rate_shuffled),
            "mean_abs_signal": finite_or_none(self.mean_abs_signal),
            "train_accuracy": self.train_accuracy,
            "test_accuracy": finite_or_none(self.test_accuracy),
            "ambiguous_p_a": finite_or_none(self.ambiguous_p_a),
            "fraction_a": self.fraction_a,
            "fraction_b": self.fraction_b,
            "fraction_undecided": self.fraction_undecided,
            "emergence": [dict(e) for e in self.emergence],
            "levelt": [dict(e) for e in self.levelt],
            "levelt_ii": levelt_ii(self.levelt),
            "seconds": self.seconds,
            "params": dict(self.params),
        }


def summarize(an: dict, n_sweeps: int, n_probes: int) -> dict:
    """JSON-ready summary of :func:`analyze_signal`: switch rate per 1000 sweeps per probe, number
    and mean of the durations (all, of A, of B), the fractions of time and ``mean_abs_signal``."""
    d, w = an["durations"], an["which"]
    mean_a = float(d[w == 1].mean()) if np.any(w == 1) else float("nan")
    mean_b = float(d[w == -1].mean()) if np.any(w == -1) else float("nan")
    return {
        "n_switches": an["n_switches"],
        "switch_rate_per_1000_sweeps": 1000.0 * an["n_switches"] / (n_sweeps * n_probes),
        "n_durations": int(d.size),
        "mean_duration": finite_or_none(float(d.mean())) if d.size else None,
        "mean_duration_a": finite_or_none(mean_a),
        "mean_duration_b": finite_or_none(mean_b),
        "fraction_a": float(an["fraction_a"]),
        "fraction_b": float(an["fraction_b"]),
        "fraction_undecided": float(an["fraction_undecided"]),
        "mean_abs_signal": float(an["mean_abs_signal"]),
    }


def levelt_ii(rows) -> dict | None:
    """Levelt's second proposition in its revised form (Brascamp et al. 2015, J. Vision 15(6):13):
    making the stimulus of one percept weaker mainly lengthens the dominance of the *other*
    (stronger) percept. With A at full contrast and the B-only edges at ``c_B``, compared between
    the condition of contrast 1 and the weakest contrast: ``delta_a`` (change of A's mean
    duration), ``delta_b`` (of B's) and ``holds`` (``delta_a > 0`` and ``|delta_a| > |delta_b|``).

    ``rows`` are Levelt rows (``contrast_b``, ``mean_duration_a``, ``mean_duration_b``); None when
    there is no contrast-1 row and a weaker one with both means defined.

    Examples
    --------
    >>> levelt_ii([{"contrast_b": 1.0, "mean_duration_a": 20.0, "mean_duration_b": 21.0},
    ...            {"contrast_b": 0.6, "mean_duration_a": 35.0, "mean_duration_b": 18.0}])
    {'contrast_b': 0.6, 'delta_a': 15.0, 'delta_b': -3.0, 'holds': True}
    """
    ok = [r for r in rows if r.get("mean_duration_a") is not None and r.get("mean_duration_b") is not None]
    base = [r for r in ok if r["contrast_b"] == 1.0]
    weak = [r for r in ok if r["contrast_b"] < 1.0]
    if not base or not weak:
        return None
    b, w = base[0], min(weak, key=lambda r: r["contrast_b"])
    da = float(w["mean_duration_a"] - b["mean_duration_a"])
    db = float(w["mean_duration_b"] - b["mean_duration_b"])
    return {"contrast_b": float(w["contrast_b"]), "delta_a": da, "delta_b": db, "holds": bool(da > 0 and abs(da) > abs(db))}


def plot_necker(result: NeckerResult, path) -> None:
    """Stimuli, a signal excerpt with the detected percept, the duration histogram with the three
    fitted laws, emergence with training and the Levelt checks; saved to ``path``."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from scipy import stats

    size = int(result.params["size"])
    fig = plt.figure(figsize=(14, 8))
    for k, kind in enumerate(KINDS):
        ax = fig.add_subplot(3, 6, 1 + k)
        ax.imshow(render_cube(kind, size), cmap="gray_r")
        ax.set_title(kind, fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
    ax = fig.add_subplot(3, 2, 2)
    sig = np.asarray(result.signal_excerpt)
    sm = smooth(sig, result.params["window"]) if sig.size else sig
    ax.plot(sm, lw=0.8, label="smoothed x_A - x_B")
    ax.axhline(result.params["threshold"], color="gray", ls=":")
    ax.axhline(-result.params["threshold"], color="gray", ls=":")
    ax.set_xlabel("presentation sweep (probe 0)")
    ax.legend(fontsize=8)
    ax = fig.add_subplot(3, 2, 3)
    d = np.asarray(result.durations)
    if d.size >= 3 and result.fit is not None:
        ax.hist(d, bins=30, density=True, alpha=0.5)
        xs = np.linspace(1e-9, d.max(), 300)
        f = result.fit
        ax.plot(xs, stats.gamma.pdf(xs, f.gamma_shape, scale=f.gamma_scale),
                label=f"gamma k={f.gamma_shape:.2f} (GoF p={f.gof_pvalue_gamma:.2g})")
        ax.plot(xs, stats.expon.pdf(xs, scale=f.mean), label=f"exponential (KS p={f.ks_pvalue_exponential:.2g})")
        s_, _, sc_ = stats.lognorm.fit(d, floc=0)
        ax.plot(xs, stats.lognorm.pdf(xs, s_, scale=sc_), label=f"log-normal (KS p={f.ks_pvalue_lognormal:.2g})")
        ax.legend(fontsize=7)
    ax.set_xlabel(f"dominance duration (sweeps), n = {d.size}")
    ax = fig.add_subplot(3, 2, 4)
    if result.emergence:
        em = result.emergence
        cps = [e["train_sweeps"] for e in em]
        ax.plot(cps, [e["switch_rate_per_1000_sweeps"] for e in em], "o-", color="C0", label="switches / 1000 sweeps")
        ax.plot(cps, [e["switch_rate_shuffled_per_1000_sweeps"] for e in em], "o:", color="C0", alpha=0.5,
                label="same, time-shuffled signal")
        if all("frozen" in e for e in em):
            ax.plot(cps, [e["frozen"]["switch_rate_per_1000_sweeps"] for e in em], "^-", color="C2",
                    label="switches, synapses frozen")
        ax.set_ylabel("switches / 1000 sweeps")
        ax2 = ax.twinx()
        ax2.plot(cps, [e["mean_abs_signal"] for e in em], "s--", color="C1", label="mean |signal|")
        ax2.plot(cps, [e["accuracy_test"] for e in em], "d--", color="C3", label="accuracy (held-out A/B)")
        ax2.set_ylim(0, 1.05)
        ax2.set_ylabel("mean |smoothed A - B|, accuracy")
        ax.set_xscale("symlog", linthresh=1)  # checkpoint 0 (untrained control) stays on the axis
        ax.set_xlim(-0.3, max(1, max(cps)) * 1.6)
        ax.set_title("emergence (0 = untrained control)", fontsize=9)
        ax.legend(fontsize=6, loc="lower left")
        ax2.legend(fontsize=6, loc="lower right")
    ax = fig.add_subplot(3, 2, 5)
    if result.levelt:
        cb_ = [e["contrast_b"] for e in result.levelt]
        ax.plot(cb_, [e["fraction_a"] for e in result.levelt], "o-", label="predominance of A")
        ax.plot(cb_, [e["fraction_b"] for e in result.levelt], "o-", label="predominance of B")
        ax.set_xlabel("contrast of B-only edges (A at 1)")
        ax.legend(fontsize=8)
    ax = fig.add_subplot(3, 2, 6)
    if result.levelt:
        for which in ("a", "b"):
            ax.plot(cb_, [np.nan if e[f"mean_duration_{which}"] is None else e[f"mean_duration_{which}"]
                          for e in result.levelt], "o-", label=f"mean duration {which.upper()}")
        ax.set_xlabel("contrast of B-only edges (A at 1)")
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
