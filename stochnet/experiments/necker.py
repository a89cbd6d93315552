"""Necker-cube perceptual alternation in the dual sampling neural network.

Protocol (``shared/science/stochnet.md``; choices marked ours are documented parameters):

1. Stimuli, rendered in code (:func:`render_cube`): a wire-frame cube, front square at the lower
   left, back square shifted up-right. The two unambiguous drawings carry an occlusion depth cue
   (ours): the three edges meeting at the vertex that is hidden in that interpretation are
   removed. Interpretation "A" (front square lower left, seen from above) hides the back square's
   lower-left corner; interpretation "B" (front square upper right, seen from below) hides the
   front square's upper-right corner. The ambiguous stimulus draws all 12 edges, so it differs
   from each unambiguous drawing by exactly three edges.
2. A :class:`~stochnet.dsnn.DSNNClassifier` is trained on noisy, jittered copies of A (label 0) and
   B (label 1).
3. Presentation: ``n_probes`` extra data copies (ours) with the ambiguous image clamped on the
   input and the output layer free are added to the model's Gibbs chain. Each presentation sweep
   is (a) all hidden neurons of every copy, training copies clamped as in training, (b) the output
   neurons of the probe copies, (c) every synapse given all copies (``plastic=True``, the model as
   specified: the probes are data copies of the joint) -- or, with ``plastic=False`` (ours),
   synapses frozen and only the probe copies sampled.
4. Percept signal of a probe: mean firing of output population A minus that of population B per
   sweep (``output_population`` neurons per class, a DSNN parameter; default here 4); smoothed
   (centred moving average, ``window`` sweeps) and passed through a hysteresis of +-``threshold``
   (:mod:`stochnet.experiments.stats`). Dominance durations between accepted switches, first and
   last epochs dropped, pooled over probes (probes share the synapses, so their durations are not
   strictly independent; the bootstrap treats them as if they were).
5. Durations are fitted with gamma (bootstrap CI), exponential and log-normal (KS, AIC).
6. Emergence: the same presentation after increasing amounts of training (checkpoints): switch
   rate, and ``mean_abs_signal`` (mean absolute smoothed population difference: 0 when both
   populations fire alike, 1 when one percept fully dominates).
7. Levelt-style checks (Levelt 1965; modern form Brascamp et al. 2015, J. Vision 15(6):13): the
   edges that support B only are drawn with contrast ``c_B < 1`` while A keeps full contrast; we
   report predominance of A (Levelt I), mean dominance durations of A and B (II), and the
   alternation rate (III).

Nothing is added to the model (no adaptation, no extra noise): switches can only come from the
Gibbs dynamics of neurons and synapses. A memoryless switch process gives gamma shape 1.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import time
from collections.abc import Callable, Sequence

import numpy as np

from stochnet.exceptions import StochNetError
from stochnet.experiments.forgetting import _json_params
from stochnet.experiments.stats import DurationFit, analyze_alternation, finite_or_none, fit_durations, smooth

__all__ = [
    "render_cube",
    "cube_training_set",
    "NeckerPresenter",
    "NeckerResult",
    "necker_experiment",
    "plot_necker",
]

logger = logging.getLogger(__name__)

_KINDS = ("A", "B", "ambiguous")


def _cube_geometry(size: int):
    """Vertices of the drawing in pixel coordinates (x right, y down) and the 12 edges."""
    s = float(size)
    side = 0.5 * s
    off = 0.25 * s
    x0, y0 = 0.125 * s, 0.375 * s + side * 0.0
    front = {"ll": (x0, y0 + side), "lr": (x0 + side, y0 + side), "ul": (x0, y0), "ur": (x0 + side, y0)}
    back = {k: (x + off, y - off) for k, (x, y) in front.items()}
    verts = {("F", k): v for k, v in front.items()}
    verts.update({("B", k): v for k, v in back.items()})
    square = [("ll", "lr"), ("lr", "ur"), ("ur", "ul"), ("ul", "ll")]
    edges = [(("F", a), ("F", b)) for a, b in square] + [(("B", a), ("B", b)) for a, b in square]
    edges += [(("F", k), ("B", k)) for k in ("ll", "lr", "ul", "ur")]
    return verts, edges


def _draw(img, p, q, value):
    n = int(np.ceil(4 * max(abs(q[0] - p[0]), abs(q[1] - p[1])))) + 1
    for t in np.linspace(0.0, 1.0, n):
        x = p[0] + t * (q[0] - p[0])
        y = p[1] + t * (q[1] - p[1])
        r, c = int(round(y)), int(round(x))
        if 0 <= r < img.shape[0] and 0 <= c < img.shape[1]:
            img[r, c] = max(img[r, c], value)


def render_cube(kind: str, size: int = 16, contrast_a: float = 1.0, contrast_b: float = 1.0) -> np.ndarray:
    """Render a cube drawing as a ``(size, size)`` image with values in [0, 1].

    Parameters
    ----------
    kind : {"A", "B", "ambiguous"}
        "A": the edges at the back square's lower-left corner removed (hidden in A);
        "B": the edges at the front square's upper-right corner removed (hidden in B);
        "ambiguous": all 12 edges.
    size : int >= 8
    contrast_a, contrast_b : float in [0, 1]
        Only for "ambiguous": intensity of the edges that only A shows (those hidden in B) and of
        the edges that only B shows; edges both show are drawn at 1. Common pixels keep the maximum.

    Returns
    -------
    ndarray (size, size)
    """
    if kind not in _KINDS:
        raise StochNetError(f"kind: expected one of {', '.join(_KINDS)}, got {kind!r}")
    if int(size) != size or size < 8:
        raise StochNetError(f"size: expected an integer >= 8, got {size!r}")
    for name, c in (("contrast_a", contrast_a), ("contrast_b", contrast_b)):
        if not 0.0 <= c <= 1.0:
            raise StochNetError(f"{name}: expected a number in [0, 1], got {c!r}")
    verts, edges = _cube_geometry(int(size))
    hidden_in_a = ("B", "ll")
    hidden_in_b = ("F", "ur")
    img = np.zeros((int(size), int(size)))
    for p, q in edges:
        in_a = hidden_in_a not in (p, q)
        in_b = hidden_in_b not in (p, q)
        if kind == "A" and not in_a:
            continue
        if kind == "B" and not in_b:
            continue
        if kind == "ambiguous":
            value = 1.0 if (in_a and in_b) else (contrast_a if in_a else contrast_b)
        else:
            value = 1.0
        _draw(img, verts[p], verts[q], value)
    return img


def cube_training_set(n_per_class: int = 50, size: int = 16, flip_probability: float = 0.03,
                      max_shift: int = 1, seed=None):
    """Noisy, jittered copies of the two unambiguous drawings.

    Returns
    -------
    X : ndarray (2 n_per_class, size * size) with values in {0, 1}
    y : ndarray of int (0 = A, 1 = B)
    """
    if int(n_per_class) != n_per_class or n_per_class < 1:
        raise StochNetError(f"n_per_class: expected a positive integer, got {n_per_class!r}")
    if not 0.0 <= flip_probability < 0.5:
        raise StochNetError(f"flip_probability: expected a number in [0, 0.5), got {flip_probability!r}")
    rng = np.random.default_rng(seed)
    base = [render_cube("A", size), render_cube("B", size)]
    X, y = [], []
    for label in (0, 1):
        for _ in range(int(n_per_class)):
            dx, dy = rng.integers(-max_shift, max_shift + 1, size=2) if max_shift else (0, 0)
            img = np.roll(np.roll(base[label], int(dy), axis=0), int(dx), axis=1)
            flips = rng.random(img.shape) < flip_probability
            img = np.where(flips, 1.0 - img, img)
            X.append(img.ravel())
            y.append(label)
    return np.asarray(X), np.asarray(y)


def _scale_like(clf, X):
    """The input scaling the DSNN documents (per-feature training min and range, clipped to [0, 1],
    thresholded at 0.5 when ``binarize_inputs``), from its public fitted attributes."""
    Z = np.clip((X - clf.x_min_) / clf.x_scale_, 0.0, 1.0)
    if clf.binarize_inputs:
        Z = (Z >= 0.5).astype(np.float64)
    return np.ascontiguousarray(Z)


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
    seed : int, Generator or None
    """

    def __init__(self, clf, image, n_probes: int = 1, plastic: bool = True, seed=None):
        from stochnet import _kernels as K
        from stochnet.dsnn import DSNNChain

        if not hasattr(clf, "chain_"):
            raise StochNetError("clf: expected a fitted DSNNClassifier")
        if len(clf.classes_) != 2:
            raise StochNetError(f"clf: expected a model of 2 classes, got {len(clf.classes_)}")
        if int(n_probes) != n_probes or n_probes < 1:
            raise StochNetError(f"n_probes: expected a positive integer, got {n_probes!r}")
        self._K = K
        rng = np.random.default_rng(seed)
        self.clf = clf
        self.plastic = bool(plastic)
        ch = clf.chain_
        xs = _scale_like(clf, np.asarray(image, dtype=float).reshape(1, -1))
        probe_in = np.repeat(xs, int(n_probes), axis=0)
        P = int(n_probes)
        probe_x = [probe_in.copy()]
        for l in range(1, len(ch.layer_sizes)):
            v = probe_x[-1] @ ch.w[l][:, :-1].T + ch.w[l][:, -1]
            probe_x.append((rng.random(v.shape) < 1.0 / (1.0 + np.exp(-v))).astype(np.float64))
        self.n_probes = P
        self._out_state = K.seed_streams(rng, P)
        self._out_logits = np.zeros((P, ch.layer_sizes[-1]))
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

    def _sample_probe_outputs(self):
        ch = self._chain
        top = len(ch.layer_sizes) - 1
        lo = self._lo
        x_out = ch.x[top][lo:]
        v = np.ascontiguousarray(ch.x[top - 1][lo:] @ ch.w[top][:, :-1].T + ch.w[top][:, -1])
        empty_w = np.zeros((0, ch.layer_sizes[top] + 1))
        empty = np.zeros((self.n_probes, 0))
        self._K.neuron_sweep(x_out, v, empty_w, empty, empty, self._out_state, self._out_logits)

    def run(self, n_sweeps: int, callback: Callable[[int], None] | None = None) -> np.ndarray:
        """Run ``n_sweeps`` presentation sweeps; returns the signal ``(n_sweeps, n_probes)``: the
        mean firing of population A minus that of population B (the DSNN's ``output_population``
        neurons per class, class-major) per probe."""
        ch = self._chain
        top = len(ch.layer_sizes) - 1
        pop = ch.layer_sizes[top] // 2  # class-major populations: [A x pop, B x pop]
        out = np.empty((int(n_sweeps), self.n_probes))
        for t in range(int(n_sweeps)):
            ch.sweep(clamp_inputs=True, clamp_outputs=True, sample_neurons=True, sample_synapses=False)
            self._sample_probe_outputs()
            if self.plastic:
                ch.sweep(clamp_inputs=True, clamp_outputs=True, sample_neurons=False, sample_synapses=True)
            xo = ch.x[top][self._lo:]
            out[t] = xo[:, :pop].mean(axis=1) - xo[:, pop:].mean(axis=1)
            if callback is not None:
                callback(t + 1)
        return out


def _analyze(signal, window, threshold):
    """Per-probe switch analysis pooled over probes."""
    durations, which, n_sw, fp, fm, fu = [], [], 0, 0.0, 0.0, 0.0
    strength = float(np.mean([np.abs(smooth(signal[:, k], window)).mean() for k in range(signal.shape[1])]))
    for k in range(signal.shape[1]):
        a = analyze_alternation(signal[:, k], window, threshold)
        durations.append(a.durations)
        which.append(a.which)
        n_sw += a.n_switches
        fp += a.fraction_plus / signal.shape[1]
        fm += a.fraction_minus / signal.shape[1]
        fu += a.fraction_undecided / signal.shape[1]
    return {
        "n_switches": int(n_sw),
        "durations": np.concatenate(durations) if durations else np.zeros(0),
        "which": np.concatenate(which) if which else np.zeros(0, dtype=np.int8),
        "fraction_a": fp, "fraction_b": fm, "fraction_undecided": fu,
        "mean_abs_signal": strength,
    }


@dataclasses.dataclass(frozen=True)
class NeckerResult:
    """Results of :func:`necker_experiment`."""

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

    def to_dict(self) -> dict:
        f = self.fit.to_dict() if self.fit is not None else {}
        return {
            "n_switches": self.n_switches,
            "n_durations": int(self.durations.size),
            "gamma_shape": f.get("gamma_shape"),
            "gamma_scale": f.get("gamma_scale"),
            "gamma_shape_ci": f.get("gamma_shape_ci"),
            "gamma_scale_ci": f.get("gamma_scale_ci"),
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
            "train_accuracy": self.train_accuracy,
            "ambiguous_p_a": finite_or_none(self.ambiguous_p_a),
            "fraction_a": self.fraction_a,
            "fraction_b": self.fraction_b,
            "fraction_undecided": self.fraction_undecided,
            "emergence": [dict(e) for e in self.emergence],
            "levelt": [dict(e) for e in self.levelt],
            "seconds": self.seconds,
            "params": dict(self.params),
        }


def _summary(an, n_sweeps, n_probes):
    d, w = an["durations"], an["which"]
    mean_a = float(d[w == 1].mean()) if np.any(w == 1) else float("nan")
    mean_b = float(d[w == -1].mean()) if np.any(w == -1) else float("nan")
    return {
        "n_switches": an["n_switches"],
        "switch_rate_per_1000_sweeps": 1000.0 * an["n_switches"] / (n_sweeps * n_probes),
        "n_durations": int(d.size),
        "mean_duration_a": finite_or_none(mean_a),
        "mean_duration_b": finite_or_none(mean_b),
        "fraction_a": an["fraction_a"],
        "fraction_b": an["fraction_b"],
        "fraction_undecided": an["fraction_undecided"],
        "mean_abs_signal": an["mean_abs_signal"],
    }


def necker_experiment(
    *,
    size: int = 16,
    n_per_class: int = 50,
    flip_probability: float = 0.03,
    hidden_layer_sizes=(20,),
    output_population: int = 4,
    train_sweeps: int = 100,
    dsnn_params: dict | None = None,
    n_probes: int = 4,
    min_durations: int = 100,
    chunk_sweeps: int = 1000,
    max_sweeps: int = 20000,
    window: int = 10,
    threshold: float = 0.3,
    plastic: bool = True,
    checkpoints: Sequence[int] = (1, 3, 10, 30),
    emergence_sweeps: int = 1000,
    levelt_contrasts: Sequence[float] = (1.0, 0.8, 0.6),
    levelt_sweeps: int = 2000,
    n_boot: int = 500,
    seed=None,
    callback: Callable[[str, int, int], None] | None = None,
) -> NeckerResult:
    """Train a DSNN on the unambiguous cubes, present the ambiguous one, analyse the alternation.

    Parameters
    ----------
    size, n_per_class, flip_probability : stimuli (see :func:`cube_training_set`)
    hidden_layer_sizes, output_population, train_sweeps, dsnn_params : the DSNN and its training
    n_probes : probe copies presented at once (durations are pooled over them)
    min_durations : present in chunks of ``chunk_sweeps`` until at least this many dominance
        durations are collected or ``max_sweeps`` sweeps were run
    window, threshold : smoothing window (sweeps) and hysteresis threshold of the percept signal
    plastic : synapses keep being sampled during the presentation (the model) or are frozen
    checkpoints : training sweeps after which a shorter presentation (``emergence_sweeps``)
        measures the alternation (emergence with training); values >= ``train_sweeps`` are dropped
    levelt_contrasts : contrasts ``c_B`` of the B-only edges for the Levelt checks (``c_A = 1``)
    levelt_sweeps : presentation sweeps per Levelt condition
    n_boot : bootstrap resamples of the gamma fit
    seed : int, Generator or None
    callback : callable(phase, done, total) or None

    Returns
    -------
    NeckerResult
    """
    from stochnet.dsnn import DSNNClassifier

    for name, value in (("train_sweeps", train_sweeps), ("chunk_sweeps", chunk_sweeps),
                        ("max_sweeps", max_sweeps), ("window", window)):
        if int(value) != value or value < 1:
            raise StochNetError(f"{name}: expected a positive integer, got {value!r}")
    if min_durations < 0:
        raise StochNetError(f"min_durations: expected a non-negative integer, got {min_durations!r}")
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    data_seed, model_seed, present_seed, boot_seed = (int(x) for x in rng.integers(0, 2**31 - 1, size=4))
    X, y = cube_training_set(n_per_class, size, flip_probability, seed=data_seed)
    ambiguous = render_cube("ambiguous", size).ravel()
    params = {"hidden_layer_sizes": tuple(hidden_layer_sizes), "output_population": int(output_population)}
    params.update(dsnn_params or {})
    cps = sorted(int(c) for c in checkpoints if 0 < int(c) < int(train_sweeps))

    def cb(phase, total):
        if callback is None:
            return None
        return lambda k: callback(phase, k, total)

    # --- training, with emergence checkpoints on copies of the model
    params["n_sweeps"] = cps[0] if cps else int(train_sweeps)
    clf = DSNNClassifier(random_state=model_seed, **params).fit(X, y)
    done = params["n_sweeps"]
    emergence = []
    for k, cp in enumerate(cps + [int(train_sweeps)]):
        if cp > done:
            clf.sample_sweeps(cp - done)
            done = cp
        if callback is not None:
            callback("train", done, int(train_sweeps))
        if cp == int(train_sweeps):
            break
        probe = NeckerPresenter(copy.deepcopy(clf), ambiguous, n_probes, plastic, seed=present_seed + k)
        sig = probe.run(emergence_sweeps, cb(f"emergence@{cp}", emergence_sweeps))
        row = _summary(_analyze(sig, window, threshold), emergence_sweeps, n_probes)
        row["train_sweeps"] = cp
        row["accuracy_train"] = float(clf.score(X, y))
        emergence.append(row)
    train_acc = float(clf.score(X, y))
    p_a = float(clf.predict_proba(ambiguous[None, :])[0, 0])

    # --- Levelt conditions (before the main run modifies the chain)
    levelt = []
    for k, cb_ in enumerate(levelt_contrasts):
        img = render_cube("ambiguous", size, 1.0, float(cb_)).ravel()
        probe = NeckerPresenter(copy.deepcopy(clf), img, n_probes, plastic, seed=present_seed + 1000 + k)
        sig = probe.run(levelt_sweeps, cb(f"levelt c_B={cb_:g}", levelt_sweeps))
        row = _summary(_analyze(sig, window, threshold), levelt_sweeps, n_probes)
        row["contrast_b"] = float(cb_)
        levelt.append(row)

    # --- main presentation, in chunks until enough durations
    probe = NeckerPresenter(clf, ambiguous, n_probes, plastic, seed=present_seed)
    chunks = []
    n_run = 0
    while True:
        chunks.append(probe.run(chunk_sweeps, cb("present", chunk_sweeps)))
        n_run += int(chunk_sweeps)
        an = _analyze(np.vstack(chunks), window, threshold)
        if an["durations"].size >= min_durations or n_run >= max_sweeps:
            break
    signal = np.vstack(chunks)
    d = an["durations"]
    fit = None
    if d.size >= 3:
        try:
            fit = fit_durations(d, n_boot=n_boot, seed=boot_seed)
        except StochNetError as exc:  # e.g. all durations equal: reported as no fit
            logger.warning("no duration fit: %s", exc)
    if d.size < min_durations:
        logger.warning("only %d dominance durations after %d sweeps (asked for %d)", d.size, n_run, min_durations)
    for arr in (d, an["which"]):
        arr.setflags(write=False)
    excerpt = signal[: min(signal.shape[0], 3000), 0].copy()
    excerpt.setflags(write=False)
    return NeckerResult(
        n_switches=an["n_switches"], durations=d, which=an["which"], fit=fit,
        n_sweeps_presented=n_run, n_probes=int(n_probes), train_accuracy=train_acc,
        ambiguous_p_a=p_a, fraction_a=an["fraction_a"], fraction_b=an["fraction_b"],
        fraction_undecided=an["fraction_undecided"], emergence=tuple(emergence), levelt=tuple(levelt),
        signal_excerpt=excerpt, seconds=time.perf_counter() - t0,
        params={"size": size, "n_per_class": n_per_class, "hidden_layer_sizes": list(hidden_layer_sizes),
                "output_population": int(output_population),
                "train_sweeps": int(train_sweeps), "window": int(window), "threshold": float(threshold),
                "plastic": bool(plastic), "n_probes": int(n_probes), "dsnn": _json_params(clf)},
    )


def plot_necker(result: NeckerResult, path) -> None:
    """Stimuli, a signal excerpt with the detected percept, the duration histogram with the three
    fitted laws, emergence with training and the Levelt checks; saved to ``path``."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from scipy import stats

    size = int(result.params["size"])
    fig = plt.figure(figsize=(14, 8))
    for k, kind in enumerate(_KINDS):
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
                label=f"gamma k={f.gamma_shape:.2f} (KS p={f.ks_pvalue_gamma:.2g})")
        ax.plot(xs, stats.expon.pdf(xs, scale=f.mean), label=f"exponential (KS p={f.ks_pvalue_exponential:.2g})")
        s_, _, sc_ = stats.lognorm.fit(d, floc=0)
        ax.plot(xs, stats.lognorm.pdf(xs, s_, scale=sc_), label=f"log-normal (KS p={f.ks_pvalue_lognormal:.2g})")
        ax.legend(fontsize=7)
    ax.set_xlabel(f"dominance duration (sweeps), n = {d.size}")
    ax = fig.add_subplot(3, 2, 4)
    if result.emergence:
        cps = [e["train_sweeps"] for e in result.emergence]
        ax.plot(cps, [e["switch_rate_per_1000_sweeps"] for e in result.emergence], "o-", label="switches / 1000 sweeps")
        ax2 = ax.twinx()
        ax2.plot(cps, [e["mean_abs_signal"] for e in result.emergence], "s--", color="C1", label="mean |signal|")
        ax2.set_ylabel("mean |smoothed A - B|")
        ax.set_xscale("log")
        ax.legend(fontsize=8, loc="upper left")
    ax.set_xlabel("training sweeps before presentation")
    ax = fig.add_subplot(3, 2, 5)
    if result.levelt:
        cb_ = [e["contrast_b"] for e in result.levelt]
        ax.plot(cb_, [e["fraction_a"] for e in result.levelt], "o-", label="predominance of A")
        ax.plot(cb_, [e["fraction_b"] for e in result.levelt], "o-", label="predominance of B")
        ax.set_xlabel("contrast of B-only edges (A at 1)")
        ax.legend(fontsize=8)
    ax = fig.add_subplot(3, 2, 6)
    if result.levelt:
        ax.plot(cb_, [e["mean_duration_a"] if e["mean_duration_a"] is not None else np.nan for e in result.levelt], "o-", label="mean duration A")
        ax.plot(cb_, [e["mean_duration_b"] if e["mean_duration_b"] is not None else np.nan for e in result.levelt], "o-", label="mean duration B")
        ax.set_xlabel("contrast of B-only edges (A at 1)")
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
