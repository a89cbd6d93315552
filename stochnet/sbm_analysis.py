"""Observables of the synaptic Boltzmann machine: pattern data, receptive-field overlap and role
division, the phase diagram over two parameters, and the feature comparison with scikit-learn's
:class:`~sklearn.neural_network.BernoulliRBM` (the model itself is :mod:`stochnet.sbm`).

Every name here is also importable from :mod:`stochnet.sbm`.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence

import numpy as np

from stochnet.exceptions import StochNetError
from stochnet.sbm import _MAX_SEED, SynapticBoltzmannMachine

__all__ = [
    "PHASE_PARAMETERS",
    "FeatureComparison",
    "PhaseDiagram",
    "compare_with_rbm",
    "make_pattern_data",
    "phase_diagram",
    "plot_phase_diagram",
    "plot_sbm",
    "receptive_field_overlap",
    "role_division",
]

#: parameters :func:`phase_diagram` can sweep
PHASE_PARAMETERS = ("q0", "amplitude", "n_data", "temperature")


def make_pattern_data(n_patterns: int, n_features: int, n_data: int, flip_probability: float = 0.05,
                      density: float = 0.5, seed=None):
    """Noisy copies of random binary patterns (the "stored patterns" of the role-division analysis).

    Returns
    -------
    X : ndarray (n_data, n_features) of 0/1 floats
        Datum ``d`` is pattern ``d % n_patterns`` with each bit flipped with ``flip_probability``.
    patterns : ndarray (n_patterns, n_features) of 0/1 floats

    Examples
    --------
    >>> X, patterns = make_pattern_data(2, 8, 6, flip_probability=0.0, seed=0)
    >>> X.shape, patterns.shape, bool((X[4] == patterns[0]).all())
    ((6, 8), (2, 8), True)
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
    n_pat = a.shape[1]
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
