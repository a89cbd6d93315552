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
6. Emergence: the same presentation after increasing amounts of training (``checkpoints``;
   checkpoint 0 is the untrained model, the control), each on a copy of the model. Per checkpoint:
   switch rate, ``mean_abs_signal`` (mean absolute smoothed population difference: 0 when both
   populations fire alike, 1 when one percept fully dominates), the fraction of time undecided,
   the classification accuracy (snapshot read-out) on the training set and on held-out noisy
   copies of A and B, P(A | ambiguous), and the switch rate of the same signal with its samples in
   random order (``switch_rate_shuffled_per_1000_sweeps``): the rate that memoryless per-sweep
   flicker with the same distribution of values would give. A rate close to it means the switches
   are flicker; far above it, the smoothed signal only leaves the hysteresis band because samples
   persist; far below it, long epochs of a strong signal. With the plastic protocol the training
   copies stay clamped and the synapses keep being sampled during the presentation, so the model
   keeps learning while it is shown the ambiguous cube (an untrained model is trained by the
   presentation itself); the row's ``frozen`` entry is therefore the same presentation with the
   synapses frozen at the checkpoint: what the checkpoint's synapses alone do.
7. Levelt-style checks (Levelt 1965; modern form Brascamp et al. 2015, J. Vision 15(6):13): the
   edges that support B only are drawn with contrast ``c_B < 1`` while A keeps full contrast; we
   report predominance of A (Levelt I), mean dominance durations of A and B (II), and the
   alternation rate (III).

Nothing is added to the model (no adaptation, no extra noise): switches can only come from the
Gibbs dynamics of neurons and synapses. A memoryless switch process gives gamma shape 1.

Resumable runs (``checkpoint=PATH``): after every unit of work -- each training checkpoint with its
emergence row (and the end of training), each Levelt condition, each presentation chunk -- the
whole state is written to one ``.npz`` file (read with ``allow_pickle=False``): a marker and format
version (:data:`CHECKPOINT_FORMAT_VERSION`), the run's parameters as JSON (the key a resumed run
must match), the progress and finished rows as JSON, the DSNN with its complete Gibbs chain
(neurons, synapses, weights, per-stream random states; embedded as the bytes of its own model file,
:meth:`~stochnet.dsnn.DSNNClassifier.save`), the presenter's random streams and the signal so far.
The file is replaced atomically (temporary file in the same directory, fsync, ``os.replace``), so
a kill at any moment leaves the previous state; a stray ``.PATH.*.tmp`` may then remain. The seeds
are drawn once and stored, and all later randomness lives in per-stream generator states that are
stored with the chain (no numpy Generator outlives a unit of work: every presentation gets its own
seed derived from the stored ones), so a resumed run gives the same numbers bit for bit as an
uninterrupted one. Only files this function wrote should be loaded; no pickle is involved.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable, Sequence

import numpy as np

from stochnet.exceptions import StochNetError
from stochnet.experiments.forgetting import _json_params, _parameters_key
from stochnet.experiments.stats import (DurationFit, analyze_alternation, finite_or_none, fit_durations,
                                        json_default, smooth)

__all__ = [
    "render_cube",
    "cube_training_set",
    "NeckerPresenter",
    "NeckerResult",
    "necker_experiment",
    "plot_necker",
    "CHECKPOINT_FORMAT_VERSION",
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

    def _state_arrays(self) -> dict:
        """The presenter's own state (beyond the classifier's chain) as plain arrays, for a
        checkpoint: the output streams of the probes and, when frozen, the probe chain."""
        out = {"presenter_out_state": self._out_state.copy()}
        if not self.plastic:
            ch = self._chain
            for l, a in enumerate(ch.x):
                out[f"probe_x_{l}"] = a.copy()
            out["probe_clamp_x_in"] = ch.clamp_x_in.copy()
            out["probe_clamp_x_out"] = ch.clamp_x_out.copy()
            out["probe_neuron_rng"] = ch.neuron_rng.copy()
        return out

    @classmethod
    def _from_state(cls, clf, arrays: dict, n_probes: int, plastic: bool, probe_offset: int):
        """Rebuild a presenter from :meth:`_state_arrays` and the classifier it was attached to
        (restored from the same checkpoint), so that :meth:`run` continues bit for bit."""
        from stochnet import _kernels as K
        from stochnet.dsnn import DSNNChain

        self = cls.__new__(cls)
        self._K = K
        self.clf = clf
        self.plastic = bool(plastic)
        self.n_probes = P = int(n_probes)
        ch = clf.chain_
        self._out_state = np.ascontiguousarray(arrays["presenter_out_state"], dtype=np.uint64).copy()
        if self._out_state.shape != (P,):
            raise ValueError(f"presenter state has shape {self._out_state.shape}, expected ({P},)")
        self._out_logits = np.zeros((P, ch.layer_sizes[-1]))
        if self.plastic:
            if ch.n_copies != probe_offset + P:
                raise ValueError(f"model has {ch.n_copies} data copies, expected {probe_offset + P}")
            self._lo = int(probe_offset)
            self._chain = ch
        else:
            self._lo = 0
            x = [np.ascontiguousarray(arrays[f"probe_x_{l}"], dtype=np.float64).copy()
                 for l in range(len(ch.layer_sizes))]
            if any(a.shape != (P, m) for a, m in zip(x, ch.layer_sizes)):
                raise ValueError("probe states do not fit the model")
            self._chain = DSNNChain(
                layer_sizes=ch.layer_sizes, q0=ch.q0, amps=ch.amps, syn=ch.syn, w=ch.w, x=x,
                clamp_x_in=np.array(arrays["probe_clamp_x_in"], dtype=np.float64),
                clamp_x_out=np.array(arrays["probe_clamp_x_out"], dtype=np.float64),
                neuron_rng=np.array(arrays["probe_neuron_rng"], dtype=np.uint64),
                synapse_rng=ch.synapse_rng,
                neuron_logits=[np.zeros((P, m)) for m in ch.layer_sizes],
                synapse_logits=ch.synapse_logits,
            )
        return self

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


def _shuffled_switch_rate(signal, window, threshold, seed) -> float:
    """Switches per 1000 sweeps per probe of the same signal with each probe's samples in random
    order: the rate that memoryless flicker with the same per-sweep distribution would give."""
    rng = np.random.default_rng(seed)
    shuffled = np.column_stack([rng.permutation(signal[:, k]) for k in range(signal.shape[1])])
    n = _analyze(shuffled, window, threshold)["n_switches"]
    return 1000.0 * n / (signal.shape[0] * signal.shape[1])


@dataclasses.dataclass(frozen=True)
class NeckerResult:
    """Results of :func:`necker_experiment`.

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
        "mean_duration": finite_or_none(float(d.mean())) if d.size else None,
        "mean_duration_a": finite_or_none(mean_a),
        "mean_duration_b": finite_or_none(mean_b),
        "fraction_a": float(an["fraction_a"]),
        "fraction_b": float(an["fraction_b"]),
        "fraction_undecided": float(an["fraction_undecided"]),
        "mean_abs_signal": float(an["mean_abs_signal"]),
    }


# ---------------------------------------------------------------------------- checkpoint file
CHECKPOINT_FORMAT_VERSION = 1
_CHECKPOINT_MAGIC = "stochnet-necker-checkpoint"
_STAGES = ("train", "levelt", "present")


def _one_line(exc) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _model_to_array(clf) -> np.ndarray:
    """The DSNN as the bytes of its own ``.npz`` model file (:meth:`DSNNClassifier.save`)."""
    fd, tmp = tempfile.mkstemp(prefix="necker-model-", suffix=".npz")
    os.close(fd)
    try:
        clf.save(tmp)
        with open(tmp, "rb") as fh:
            return np.frombuffer(fh.read(), dtype=np.uint8)
    finally:
        os.unlink(tmp)


def _model_from_array(buf: np.ndarray):
    from stochnet.dsnn import load_dsnn

    fd, tmp = tempfile.mkstemp(prefix="necker-model-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(np.ascontiguousarray(buf, dtype=np.uint8).tobytes())
        return load_dsnn(tmp)
    finally:
        os.unlink(tmp)


def _check_checkpoint_path(path) -> str:
    path = os.fspath(path)
    if os.path.isdir(path):
        raise StochNetError(f"{path}: checkpoint path is a directory")
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise StochNetError(f"{path}: checkpoint directory {directory} does not exist")
    return path


def _write_checkpoint(path: str, key: str, state: dict, arrays: dict) -> None:
    """Write the state atomically: a temporary file in the same directory, fsync, ``os.replace``.
    An interruption at any moment leaves either the previous state or the new one."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise StochNetError(f"{path}: cannot write checkpoint: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, magic=np.array(_CHECKPOINT_MAGIC),
                     format_version=np.array(CHECKPOINT_FORMAT_VERSION, dtype=np.int64),
                     params_json=np.array(key),
                     state_json=np.array(json.dumps(state, default=json_default)), **arrays)
            fh.flush()
            os.fsync(fh.fileno())
        if os.path.exists(path):  # mkstemp creates mode 0600: keep the file's mode, or the umask default
            os.chmod(tmp, os.stat(path).st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise StochNetError(f"{path}: cannot write checkpoint: {exc.strerror or exc}") from None
        raise


def _describe_mismatch(stored: str, key: str) -> str:
    try:
        a, b = json.loads(stored), json.loads(key)
    except (json.JSONDecodeError, TypeError):
        return "unreadable parameters"
    if not isinstance(a, dict):
        return "unreadable parameters"

    def short(v):
        t = json.dumps(v)
        return t if len(t) <= 40 else t[:37] + "..."

    diffs = [f"{k}: {short(a.get(k))} in the file, {short(b.get(k))} now"
             for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
    return "; ".join(diffs[:4]) + ("; ..." if len(diffs) > 4 else "")


def _read_checkpoint(path: str, key: str):
    """``(state, arrays)`` stored for the same parameters, or None when the file does not exist.

    Raises :class:`StochNetError` (one line, naming the file) when it is not a necker checkpoint, is
    damaged, has another format version, or was made with other parameters."""
    if not os.path.exists(path):
        return None
    try:
        data = np.load(path, allow_pickle=False)
        if not hasattr(data, "files"):
            raise StochNetError(f"{path}: not a necker checkpoint (a bare .npy array)")
        with data:
            files = set(data.files)
            if "magic" not in files or str(data["magic"]) != _CHECKPOINT_MAGIC:
                raise StochNetError(f"{path}: not a necker checkpoint (no '{_CHECKPOINT_MAGIC}' marker)")
            version = int(data["format_version"])
            if version != CHECKPOINT_FORMAT_VERSION:
                raise StochNetError(f"{path}: necker checkpoint format version {version} is not supported "
                                    f"(this stochnet reads version {CHECKPOINT_FORMAT_VERSION})")
            stored = str(data["params_json"])
            if stored != key:
                raise StochNetError(f"{path}: checkpoint was made with different parameters "
                                    f"({_describe_mismatch(stored, key)}); use another checkpoint path "
                                    "or delete the file")
            state = json.loads(str(data["state_json"]))
            arrays = {k: data[k] for k in files - {"magic", "format_version", "params_json", "state_json"}}
        if not isinstance(state, dict) or state.get("stage") not in _STAGES:
            raise StochNetError(f"{path}: corrupt necker checkpoint (no valid stage)")
        if "model" not in arrays:
            raise StochNetError(f"{path}: corrupt necker checkpoint (no model)")
        return state, arrays
    except StochNetError:
        raise
    except Exception as exc:  # zip, zlib, npy header, JSON, OS errors: a damaged or foreign file
        raise StochNetError(f"{path}: corrupt or unreadable necker checkpoint ({_one_line(exc)})") from None


# ---------------------------------------------------------------------------- the experiment
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
    checkpoints: Sequence[int] = (0, 1, 3, 10, 30),
    emergence_sweeps: int = 1000,
    levelt_contrasts: Sequence[float] = (1.0, 0.8, 0.6),
    levelt_sweeps: int = 2000,
    n_boot: int = 500,
    seed=None,
    callback: Callable[[str, int, int], None] | None = None,
    checkpoint=None,
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
        measures the alternation (emergence with training); 0 is the untrained model (the control);
        values >= ``train_sweeps`` are dropped
    levelt_contrasts : contrasts ``c_B`` of the B-only edges for the Levelt checks (``c_A = 1``)
    levelt_sweeps : presentation sweeps per Levelt condition
    n_boot : bootstrap resamples of the gamma fit
    seed : int, Generator or None
    callback : callable(phase, done, total) or None
        Called after every training checkpoint and every presentation sweep; an exception it
        raises aborts the run (the checkpoint file keeps the last finished unit).
    checkpoint : path or None
        Resumable run: the state is written atomically to this file after every unit of work (each
        training checkpoint with its emergence row, each Levelt condition, each presentation chunk),
        and a run with the same parameters continues from it. The result equals that of an
        uninterrupted run bit for bit (``seconds`` aside). A file made with other parameters, or a
        damaged one, raises :class:`StochNetError`. The file is an ``.npz`` read with
        ``allow_pickle=False`` (no pickle); with ``seed`` None or a Generator, a resumed run continues
        with the seeds stored in the file.

    Returns
    -------
    NeckerResult
    """
    from stochnet.dsnn import DSNNClassifier

    for name, value in (("train_sweeps", train_sweeps), ("chunk_sweeps", chunk_sweeps),
                        ("max_sweeps", max_sweeps), ("window", window), ("emergence_sweeps", emergence_sweeps),
                        ("levelt_sweeps", levelt_sweeps), ("n_probes", n_probes)):
        if int(value) != value or value < 1:
            raise StochNetError(f"{name}: expected a positive integer, got {value!r}")
    if min_durations < 0:
        raise StochNetError(f"min_durations: expected a non-negative integer, got {min_durations!r}")
    for c in checkpoints:
        if int(c) != c or c < 0:
            raise StochNetError(f"checkpoints: expected non-negative integers, got {c!r}")
    t0 = time.perf_counter()
    train_sweeps, n_probes = int(train_sweeps), int(n_probes)
    cps = sorted({int(c) for c in checkpoints if int(c) < train_sweeps})
    levelt_contrasts = [float(c) for c in levelt_contrasts]
    params = {"hidden_layer_sizes": tuple(hidden_layer_sizes), "output_population": int(output_population)}
    params.update(dsnn_params or {})
    params["n_sweeps"] = train_sweeps

    key = state = arrays = None
    if checkpoint is not None:
        checkpoint = _check_checkpoint_path(checkpoint)
        seed_key = int(seed) if isinstance(seed, (int, np.integer)) else (None if seed is None else "generator")
        key = _parameters_key({
            "size": size, "n_per_class": n_per_class, "flip_probability": flip_probability,
            "hidden_layer_sizes": list(hidden_layer_sizes), "output_population": output_population,
            "train_sweeps": train_sweeps, "dsnn_params": dsnn_params or {}, "n_probes": n_probes,
            "min_durations": min_durations, "chunk_sweeps": chunk_sweeps, "max_sweeps": max_sweeps,
            "window": window, "threshold": threshold, "plastic": bool(plastic), "checkpoints": cps,
            "emergence_sweeps": emergence_sweeps, "levelt_contrasts": levelt_contrasts,
            "levelt_sweeps": levelt_sweeps, "n_boot": n_boot, "seed": seed_key,
            "format": CHECKPOINT_FORMAT_VERSION,
        })
        loaded = _read_checkpoint(checkpoint, key)
        if loaded is not None:
            state, arrays = loaded

    def cb(phase, total):
        if callback is None:
            return None
        return lambda k: callback(phase, k, total)

    if state is None:
        rng = np.random.default_rng(seed)
        seeds = [int(x) for x in rng.integers(0, 2**31 - 1, size=4)]
        state = {"stage": "train", "seeds": seeds, "train_done": 0, "emergence": [], "levelt": [],
                 "train_accuracy": None, "test_accuracy": None, "ambiguous_p_a": None, "n_run": 0,
                 "probe_offset": None, "seconds": 0.0}
        clf = None
    else:
        try:
            seeds = [int(s) for s in state["seeds"]]
            clf = _model_from_array(arrays["model"])
            if len(seeds) != 4 or clf.chain_.layer_sizes[1:-1] != tuple(int(h) for h in hidden_layer_sizes):
                raise ValueError("state does not fit the parameters")
        except Exception as exc:  # the embedded model file is damaged (zip, npz or DSNN format errors)
            raise StochNetError(f"{checkpoint}: corrupt necker checkpoint ({_one_line(exc)})") from None
        logger.info("%s: resuming at stage %s (%d training sweeps, %d presentation sweeps done)",
                    checkpoint, state["stage"], state["train_done"], state["n_run"])
    data_seed, model_seed, present_seed, boot_seed = seeds
    X, y = cube_training_set(n_per_class, size, flip_probability, seed=data_seed)
    X_test, y_test = cube_training_set(n_per_class, size, flip_probability, seed=[data_seed, 1])
    ambiguous = render_cube("ambiguous", size).ravel()
    emergence = [dict(r) for r in state["emergence"]]
    levelt = [dict(r) for r in state["levelt"]]

    model_cache = [None]

    def save(stage, extra=None, model_changed=True):
        if checkpoint is None:
            return
        if model_changed or model_cache[0] is None:
            model_cache[0] = _model_to_array(clf)
        state.update(stage=stage, train_done=int(clf.n_sweeps_done_), emergence=emergence, levelt=levelt,
                     seconds=state_seconds0 + time.perf_counter() - t0)
        _write_checkpoint(checkpoint, key, state, {"model": model_cache[0], **(extra or {})})

    state_seconds0 = float(state.get("seconds") or 0.0)

    # --- training, with emergence checkpoints on copies of the model
    if state["stage"] == "train":
        if clf is None:
            clf = DSNNClassifier(random_state=model_seed, **params).partial_fit(X, y, n_sweeps=0)
        for k, cp in enumerate(cps):
            if k < len(emergence):
                continue
            clf.sample_sweeps(cp - clf.n_sweeps_done_)
            if callback is not None:
                callback("train", cp, train_sweeps)
            emergence.append(_emergence_row(clf, cp, k, ambiguous, X, y, X_test, y_test, n_probes, plastic,
                                            emergence_sweeps, window, threshold, present_seed, boot_seed, cb))
            save("train")
        clf.sample_sweeps(train_sweeps - clf.n_sweeps_done_)
        if callback is not None:
            callback("train", train_sweeps, train_sweeps)
        state["train_accuracy"] = float(clf.score(X, y))
        state["test_accuracy"] = float(clf.score(X_test, y_test))
        state["ambiguous_p_a"] = float(clf.predict_proba(ambiguous[None, :])[0, 0])
        state["stage"] = "levelt"
        save("levelt")

    # --- Levelt conditions (before the main run modifies the chain)
    if state["stage"] == "levelt":
        for k, cb_ in enumerate(levelt_contrasts):
            if k < len(levelt):
                continue
            img = render_cube("ambiguous", size, 1.0, cb_).ravel()
            probe = NeckerPresenter(copy.deepcopy(clf), img, n_probes, plastic, seed=[present_seed, 1, k])
            sig = probe.run(levelt_sweeps, cb(f"levelt c_B={cb_:g}", levelt_sweeps))
            row = _summary(_analyze(sig, window, threshold), levelt_sweeps, n_probes)
            row["contrast_b"] = cb_
            levelt.append(row)
            save("levelt", model_changed=False)
        state["probe_offset"] = int(clf.chain_.n_copies)
        probe = NeckerPresenter(clf, ambiguous, n_probes, plastic, seed=[present_seed, 2])
        signal = np.zeros((0, n_probes))
    else:  # "present": the presenter's state and the signal so far come from the file
        try:
            probe = NeckerPresenter._from_state(clf, arrays, n_probes, plastic, int(state["probe_offset"]))
            signal = np.asarray(arrays["signal"], dtype=np.float64).reshape(-1, n_probes)
            if signal.shape[0] != int(state["n_run"]):
                raise ValueError(f"signal has {signal.shape[0]} sweeps, state says {state['n_run']}")
        except (KeyError, ValueError, TypeError) as exc:
            raise StochNetError(f"{checkpoint}: corrupt necker checkpoint ({_one_line(exc)})") from None
    state["stage"] = "present"

    # --- main presentation, in chunks until enough durations
    n_run = int(state["n_run"])
    while True:
        if n_run > 0:
            an = _analyze(signal, window, threshold)
            if an["durations"].size >= min_durations or n_run >= max_sweeps:
                break
        chunk = probe.run(chunk_sweeps, cb("present", chunk_sweeps))
        signal = np.vstack([signal, chunk])
        n_run += int(chunk_sweeps)
        state["n_run"] = n_run
        save("present", {"signal": signal, **probe._state_arrays()}, model_changed=bool(plastic))
    d = an["durations"]
    fit = None
    if d.size >= 3:
        try:
            fit = fit_durations(d, n_boot=n_boot, seed=boot_seed)
        except StochNetError as exc:  # e.g. all durations equal: reported as no fit
            logger.warning("no duration fit: %s", exc)
    if d.size < min_durations:
        logger.warning("only %d dominance durations after %d sweeps (asked for %d)", d.size, n_run, min_durations)
    signal.setflags(write=False)
    for arr in (d, an["which"]):
        arr.setflags(write=False)
    excerpt = signal[: min(signal.shape[0], 3000), 0].copy()
    excerpt.setflags(write=False)
    return NeckerResult(
        n_switches=an["n_switches"], durations=d, which=an["which"], fit=fit,
        n_sweeps_presented=n_run, n_probes=n_probes, train_accuracy=state["train_accuracy"],
        ambiguous_p_a=state["ambiguous_p_a"], fraction_a=float(an["fraction_a"]),
        fraction_b=float(an["fraction_b"]), fraction_undecided=float(an["fraction_undecided"]),
        emergence=tuple(emergence), levelt=tuple(levelt), signal_excerpt=excerpt,
        seconds=state_seconds0 + time.perf_counter() - t0,
        params={"size": size, "n_per_class": n_per_class, "hidden_layer_sizes": list(hidden_layer_sizes),
                "output_population": int(output_population),
                "train_sweeps": train_sweeps, "window": int(window), "threshold": float(threshold),
                "plastic": bool(plastic), "n_probes": n_probes, "checkpoints": cps,
                "emergence_sweeps": int(emergence_sweeps), "chunk_sweeps": int(chunk_sweeps),
                "dsnn": _json_params(clf)},
        signal=signal,
        switch_rate=1000.0 * an["n_switches"] / (n_run * n_probes),
        switch_rate_shuffled=_shuffled_switch_rate(signal, window, threshold, [boot_seed, 2]),
        mean_abs_signal=float(an["mean_abs_signal"]),
        test_accuracy=state["test_accuracy"],
    )


def _emergence_row(clf, cp, k, ambiguous, X, y, X_test, y_test, n_probes, plastic, n_sweeps, window,
                   threshold, present_seed, boot_seed, cb):
    """Alternation after ``cp`` training sweeps: the presentation protocol on a copy of the model,
    its shuffled-order control, the classification accuracy, and (when the protocol is plastic) the
    same presentation with the synapses frozen at this checkpoint."""
    probe = NeckerPresenter(copy.deepcopy(clf), ambiguous, n_probes, plastic, seed=[present_seed, 0, k])
    sig = probe.run(n_sweeps, cb(f"emergence@{cp}", n_sweeps))
    row = {"train_sweeps": int(cp)}
    row.update(_summary(_analyze(sig, window, threshold), n_sweeps, n_probes))
    row["switch_rate_shuffled_per_1000_sweeps"] = _shuffled_switch_rate(sig, window, threshold, [boot_seed, 0, k])
    row["accuracy_train"] = float(clf.score(X, y))
    row["accuracy_test"] = float(clf.score(X_test, y_test))
    row["ambiguous_p_a"] = finite_or_none(float(clf.predict_proba(ambiguous[None, :])[0, 0]))
    if plastic:
        frozen = NeckerPresenter(copy.deepcopy(clf), ambiguous, n_probes, False, seed=[present_seed, 3, k])
        fsig = frozen.run(n_sweeps, cb(f"emergence@{cp} frozen", n_sweeps))
        fs = _summary(_analyze(fsig, window, threshold), n_sweeps, n_probes)
        row["frozen"] = {
            "switch_rate_per_1000_sweeps": fs["switch_rate_per_1000_sweeps"],
            "switch_rate_shuffled_per_1000_sweeps": _shuffled_switch_rate(fsig, window, threshold,
                                                                          [boot_seed, 3, k]),
            "n_durations": fs["n_durations"], "mean_duration": fs["mean_duration"],
            "fraction_a": fs["fraction_a"], "fraction_b": fs["fraction_b"],
            "fraction_undecided": fs["fraction_undecided"], "mean_abs_signal": fs["mean_abs_signal"],
        }
    return row


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
