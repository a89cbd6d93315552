"""Memory forgetting in the dual sampling neural network: acquisition vs forgetting time scales.

Protocol (``shared/science/stochnet.md``, ours where marked):

1. Acquisition: a :class:`~stochnet.dsnn.DSNNClassifier` is trained on the 8x8 digits by Gibbs
   sampling with the data clamped; after every sweep the held-out accuracy of the *current*
   synapses (no snapshot average; ours, so that both curves measure the same thing) is recorded.
2. Forgetting: the input and output clamps are released (``clamp_inputs=False,
   clamp_outputs=False``) and neurons and synapses keep being sampled from the model itself
   (spontaneous activity, :meth:`~stochnet.dsnn.DSNNClassifier.sample_sweeps`); the held-out
   accuracy of the current synapses is recorded every sweep.
3. Both curves are fitted with ``y(t) = y_inf + (y_0 - y_inf) exp(-t / tau)``
   (:func:`stochnet.experiments.stats.fit_relaxation`, asymptote bounded to [0, 1]); retention is
   ``(acc(t) - chance) / (acc(0) - chance)``.
4. Repeated over seeds; the ratio ``tau_forgetting / tau_acquisition`` is reported as the ratio of
   the mean time constants with a bootstrap-over-seeds interval, and the per-seed ratios with a
   Student-t interval.

No mechanism is added to the model: what is measured is what the DSNN as specified does. Note
(from the note): with the clamps released the stationary distribution of the synapses is their
prior, so the model must forget eventually; the question is how fast.

The ``release`` option (ours, default ``"both"``) releases only the inputs or only the outputs
instead, for exploration.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import time
from collections.abc import Callable

import numpy as np

from stochnet.exceptions import StochNetError
from stochnet.experiments.stats import finite_or_none, fit_relaxation, json_default, mean_ci, ratio_ci

__all__ = ["ForgettingRun", "ForgettingResult", "run_forgetting", "forgetting_experiment", "plot_forgetting"]

logger = logging.getLogger(__name__)

_RELEASE = {"both": (False, False), "inputs": (False, True), "outputs": (True, False)}


@dataclasses.dataclass(frozen=True)
class ForgettingRun:
    """One seed: the two curves and their fits."""

    seed: int
    acquisition_sweeps: np.ndarray
    acquisition_accuracy: np.ndarray
    forgetting_sweeps: np.ndarray
    forgetting_accuracy: np.ndarray
    tau_acquisition: float
    tau_forgetting: float
    acquisition_fit_ok: bool
    forgetting_fit_ok: bool
    final_accuracy: float
    chance: float
    dsnn_params: dict = dataclasses.field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "seed": self.seed,
            "dsnn_params": dict(self.dsnn_params),
            "tau_acquisition": finite_or_none(self.tau_acquisition),
            "tau_forgetting": finite_or_none(self.tau_forgetting),
            "acquisition_fit_ok": self.acquisition_fit_ok,
            "forgetting_fit_ok": self.forgetting_fit_ok,
            "final_accuracy": self.final_accuracy,
            "acquisition_accuracy": self.acquisition_accuracy.tolist(),
            "forgetting_accuracy": self.forgetting_accuracy.tolist(),
        }


@dataclasses.dataclass(frozen=True)
class ForgettingResult:
    """Forgetting vs acquisition over seeds."""

    runs: tuple
    tau_acquisition: float
    tau_acquisition_ci: tuple
    tau_forgetting: float
    tau_forgetting_ci: tuple
    ratio: float
    ratio_ci: tuple
    ratio_per_seed_mean: float
    ratio_per_seed_ci: tuple
    release: str
    seconds: float

    def to_dict(self) -> dict:
        return {
            "tau_acquisition": finite_or_none(self.tau_acquisition),
            "tau_acquisition_ci": [finite_or_none(x) for x in self.tau_acquisition_ci],
            "tau_forgetting": finite_or_none(self.tau_forgetting),
            "tau_forgetting_ci": [finite_or_none(x) for x in self.tau_forgetting_ci],
            "ratio": finite_or_none(self.ratio),
            "ratio_ci": [finite_or_none(x) for x in self.ratio_ci],
            "ratio_per_seed_mean": finite_or_none(self.ratio_per_seed_mean),
            "ratio_per_seed_ci": [finite_or_none(x) for x in self.ratio_per_seed_ci],
            "n_seeds": len(self.runs),
            "release": self.release,
            "seconds": self.seconds,
            "runs": [r.to_dict() for r in self.runs],
        }


def _digits_split(n_train, n_test, seed):
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.25, stratify=y, random_state=seed)
    return Xtr[:n_train], ytr[:n_train], Xte[:n_test], yte[:n_test]


def run_forgetting(
    *,
    n_train: int = 500,
    n_test: int = 450,
    hidden_layer_sizes=(30,),
    acquisition_sweeps: int = 60,
    forgetting_sweeps: int = 100,
    release: str = "both",
    dsnn_params: dict | None = None,
    data=None,
    seed=None,
    callback: Callable[[int], None] | None = None,
) -> ForgettingRun:
    """Acquisition then forgetting for one seed.

    Parameters
    ----------
    n_train, n_test : int
        Digits used for training (the data copies) and for the held-out accuracy.
    hidden_layer_sizes : tuple of int
    acquisition_sweeps, forgetting_sweeps : int
    release : {"both", "inputs", "outputs"}
        Which clamps are released in the forgetting phase (default both: the protocol).
    dsnn_params : dict or None
        Extra :class:`~stochnet.dsnn.DSNNClassifier` parameters; the model starts from
        :data:`stochnet.dsnn.EXPERIMENT_DSNN_PARAMS` (one chain, M = 8, amplitude 6).
    data : (X_train, y_train, X_test, y_test) or None
        Replaces the digits (used by the tests).
    seed : int, Generator or None
    callback : callable(n_sweeps_done) or None
        Called after every sweep of either phase.

    Returns
    -------
    ForgettingRun
    """
    from stochnet.dsnn import EXPERIMENT_DSNN_PARAMS, DSNNClassifier

    if release not in _RELEASE:
        raise StochNetError(f"release: expected one of {', '.join(_RELEASE)}, got {release!r}")
    for name, value in (("acquisition_sweeps", acquisition_sweeps), ("forgetting_sweeps", forgetting_sweeps)):
        if int(value) != value or value < 4:
            raise StochNetError(f"{name}: expected an integer >= 4, got {value!r}")
    rng = np.random.default_rng(seed)
    split_seed, model_seed = (int(x) for x in rng.integers(0, 2**31 - 1, size=2))
    if data is None:
        Xtr, ytr, Xte, yte = _digits_split(n_train, n_test, split_seed)
    else:
        Xtr, ytr, Xte, yte = data
    chance = 1.0 / len(np.unique(ytr))
    params = {**EXPERIMENT_DSNN_PARAMS, "hidden_layer_sizes": tuple(hidden_layer_sizes)}
    params.update(dsnn_params or {})
    params["n_sweeps"] = int(acquisition_sweeps)
    acq = []
    done = [0]

    def on_acq(model, sweep):
        acq.append(model.score(Xte, yte, weights="current"))
        done[0] += 1
        if callback is not None:
            callback(done[0])

    clf = DSNNClassifier(random_state=model_seed, **params).fit(Xtr, ytr, callback=on_acq)
    forget = [acq[-1]]

    def on_forget(model, sweep):
        forget.append(model.score(Xte, yte, weights="current"))
        done[0] += 1
        if callback is not None:
            callback(done[0])

    clamp_in, clamp_out = _RELEASE[release]
    clf.sample_sweeps(int(forgetting_sweeps), clamp_inputs=clamp_in, clamp_outputs=clamp_out, callback=on_forget)
    t_acq = np.arange(0, len(acq) + 1, dtype=float)
    y_acq = np.concatenate([[chance], acq])  # an untrained network classifies at chance (ours: t = 0 point)
    t_for = np.arange(0, len(forget), dtype=float)
    y_for = np.asarray(forget, dtype=float)
    fa = fit_relaxation(t_acq, y_acq, y_inf_bounds=(0.0, 1.0))
    ff = fit_relaxation(t_for, y_for, y_inf_bounds=(0.0, 1.0))
    for arr in (t_acq, y_acq, t_for, y_for):
        arr.setflags(write=False)
    return ForgettingRun(
        seed=model_seed, acquisition_sweeps=t_acq, acquisition_accuracy=y_acq,
        forgetting_sweeps=t_for, forgetting_accuracy=y_for,
        tau_acquisition=fa.tau, tau_forgetting=ff.tau,
        acquisition_fit_ok=fa.success, forgetting_fit_ok=ff.success,
        final_accuracy=float(acq[-1]), chance=chance, dsnn_params=_json_params(clf),
    )


def _json_params(clf) -> dict:
    """The DSNN's parameters in JSON-safe form (so a result records the model it measured)."""
    out = {}
    for k, v in clf.get_params().items():
        if isinstance(v, (tuple, list)):
            v = [int(x) if isinstance(x, (int, np.integer)) else x for x in v]
        elif isinstance(v, np.generic):
            v = v.item()
        elif not isinstance(v, (int, float, str, bool, type(None))):
            v = repr(v)
        out[k] = v
    return out


_ARRAY_FIELDS = ("acquisition_sweeps", "acquisition_accuracy", "forgetting_sweeps", "forgetting_accuracy")


def _run_record(run: ForgettingRun, key: str, seed: int) -> dict:
    rec = {f.name: getattr(run, f.name) for f in dataclasses.fields(run)}
    for name in _ARRAY_FIELDS:
        rec[name] = np.asarray(rec[name]).tolist()
    return {"key": key, "seed": int(seed), "run": rec}


def _run_from_record(rec: dict) -> ForgettingRun:
    r = dict(rec["run"])
    for name in _ARRAY_FIELDS:
        r[name] = np.asarray(r[name], dtype=float)
    return ForgettingRun(**r)


def _parameters_key(kwargs: dict) -> str:
    """A text key of the experiment's parameters; arrays (e.g. ``data``) enter by a hash of their bytes."""
    import hashlib

    def enc(v):
        if isinstance(v, np.ndarray):
            return {"sha256": hashlib.sha256(np.ascontiguousarray(v).tobytes()).hexdigest(), "shape": v.shape,
                    "dtype": str(v.dtype)}
        if isinstance(v, (list, tuple)):
            return [enc(x) for x in v]
        if isinstance(v, dict):
            return {str(k): enc(x) for k, x in sorted(v.items())}
        if isinstance(v, np.generic):
            return v.item()
        return v if isinstance(v, (int, float, str, bool, type(None))) else repr(v)

    return json.dumps(enc(kwargs), sort_keys=True)


def _load_checkpoint(path, key: str) -> dict[int, ForgettingRun]:
    """Finished seeds stored in a JSON-lines checkpoint for the same parameters (``key``); lines of
    other parameters are left alone, a torn last line (interrupted write) is ignored."""
    done: dict[int, ForgettingRun] = {}
    if path is None or not os.path.exists(path):
        return done
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.readlines()
    except OSError as exc:
        raise StochNetError(f"{path}: cannot read checkpoint: {exc.strerror or exc}") from exc
    for i, line in enumerate(lines):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            if i == len(lines) - 1:  # torn by an interruption: drop it so that appends stay whole lines
                tmp = f"{path}.tmp"
                with open(tmp, "w", encoding="utf-8") as fh:
                    fh.writelines(lines[:-1])
                os.replace(tmp, path)
                continue
            raise StochNetError(f"{path}: line {i + 1} is not a checkpoint record") from None
        if isinstance(rec, dict) and rec.get("key") == key:
            done[int(rec["seed"])] = _run_from_record(rec)
    return done


def forgetting_experiment(*, n_seeds: int = 5, seed=None, callback=None, checkpoint=None,
                          **kwargs) -> ForgettingResult:
    """:func:`run_forgetting` over ``n_seeds`` seeds, with the ratio and its confidence intervals.

    ``callback(n_sweeps_done_total)`` is called after every sweep of every seed. Other keyword
    arguments go to :func:`run_forgetting`. Fits that hit the ``tau`` bound (no relaxation within the
    window) are kept in ``runs`` but left out of the averages. With ``checkpoint`` (a path), every
    finished seed is appended to that JSON-lines file as it finishes, and seeds already stored there
    for the same parameters are taken from it, so an interrupted experiment resumes.
    """
    if int(n_seeds) != n_seeds or n_seeds < 1:
        raise StochNetError(f"n_seeds: expected a positive integer, got {n_seeds!r}")
    rng = np.random.default_rng(seed)
    seeds = rng.integers(0, 2**31 - 1, size=int(n_seeds))
    key = _parameters_key(kwargs)
    done = _load_checkpoint(checkpoint, key)
    t0 = time.perf_counter()
    runs = []
    offset = [0]
    for s in seeds:
        def cb(k, _off=offset[0]):
            if callback is not None:
                callback(_off + k)

        run = done.get(int(s))
        if run is None:
            run = run_forgetting(seed=int(s), callback=cb, **kwargs)
            if checkpoint is not None:
                try:
                    with open(checkpoint, "a", encoding="utf-8") as fh:
                        fh.write(json.dumps(_run_record(run, key, int(s)), default=json_default) + "\n")
                        fh.flush()
                        os.fsync(fh.fileno())
                except OSError as exc:
                    raise StochNetError(f"{checkpoint}: cannot write checkpoint: {exc.strerror or exc}") from exc
        offset[0] += len(run.acquisition_accuracy) - 1 + len(run.forgetting_accuracy) - 1
        if callback is not None:
            callback(offset[0])
        runs.append(run)
        logger.info("seed %d: tau_acq %.3g tau_forget %.3g", s, run.tau_acquisition, run.tau_forgetting)
    ta = np.array([r.tau_acquisition if r.acquisition_fit_ok else np.nan for r in runs])
    tf = np.array([r.tau_forgetting if r.forgetting_fit_ok else np.nan for r in runs])
    ma, la, ha = mean_ci(ta)
    mf, lf, hf = mean_ci(tf)
    ratio, rlo, rhi = ratio_ci(tf, ta, seed=rng)
    pm, plo, phi = mean_ci(tf / ta)
    return ForgettingResult(
        runs=tuple(runs), tau_acquisition=ma, tau_acquisition_ci=(la, ha), tau_forgetting=mf,
        tau_forgetting_ci=(lf, hf), ratio=ratio, ratio_ci=(rlo, rhi), ratio_per_seed_mean=pm,
        ratio_per_seed_ci=(plo, phi), release=kwargs.get("release", "both"),
        seconds=time.perf_counter() - t0,
    )


def plot_forgetting(result: ForgettingResult, path) -> None:
    """Acquisition and forgetting curves of every seed with their fits, saved to ``path``."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
    for k, run in enumerate(result.runs):
        col = f"C{k % 10}"
        axes[0].plot(run.acquisition_sweeps, run.acquisition_accuracy, color=col, alpha=0.7, lw=1)
        axes[1].plot(run.forgetting_sweeps, run.forgetting_accuracy, color=col, alpha=0.7, lw=1)
        for ax, t, y in ((axes[0], run.acquisition_sweeps, run.acquisition_accuracy),
                         (axes[1], run.forgetting_sweeps, run.forgetting_accuracy)):
            fit = fit_relaxation(t, y, y_inf_bounds=(0.0, 1.0))
            if fit.success:
                ax.plot(t, fit.y_inf + (fit.y0 - fit.y_inf) * np.exp(-(t - t[0]) / fit.tau), color=col, ls="--", lw=1)
    for ax in axes:
        ax.axhline(result.runs[0].chance, color="gray", ls=":", label="chance")
        ax.set_xlabel("sweep")
    axes[0].set_ylabel("held-out accuracy (current synapses)")
    axes[0].set_title(f"acquisition (clamped), tau = {result.tau_acquisition:.3g}")
    axes[1].set_title(f"forgetting (released: {result.release}), tau = {result.tau_forgetting:.3g}")
    fig.suptitle(f"tau_forget / tau_acq = {result.ratio:.3g} [{result.ratio_ci[0]:.3g}, {result.ratio_ci[1]:.3g}]")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
