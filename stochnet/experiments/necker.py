"""Necker-cube perceptual alternation in the dual sampling neural network.

Protocol (``shared/science/stochnet.md``; choices marked ours are documented parameters):

1. Stimuli, rendered in code (:mod:`.necker_stimuli`): the wire-frame cube and its two unambiguous
   drawings, each with an occlusion depth cue.
2. A :class:`~stochnet.dsnn.DSNNClassifier` is trained on noisy, jittered copies of A (label 0) and
   B (label 1).
3. Presentation (:class:`~.necker_presenter.NeckerPresenter`): ``n_probes`` probe copies of the
   ambiguous cube with the output free join the model's Gibbs chain; with ``plastic`` (the model)
   the synapses keep being sampled with all copies, otherwise they are frozen. ``temperature`` and
   ``presentation_noise`` (ours, off by default) change the neurons' gain and add sensory noise.
4. Percept signal, switches and dominance durations (:mod:`.necker_analysis`): population
   difference, smoothed, hysteresis, censored epochs dropped, pooled over probes.
5. Durations are fitted with gamma, exponential and log-normal (:func:`~.stats.fit_durations`):
   AIC, a parametric-bootstrap goodness of fit of the gamma that accounts for the fitted
   parameters, and bootstrap intervals that resample whole probe chains (durations of one chain are
   serially dependent). With ``plastic`` the probes share the synapses, so even chains are not
   independent: the intervals are conditional on this run; independent replicates are the seeds
   of the study (:mod:`.necker_study`).
6. Emergence: the same presentation after increasing amounts of training (``checkpoints``;
   checkpoint 0 is the untrained model, the control), each on a copy of the model. Per checkpoint:
   switch rate, its time-shuffled control, ``mean_abs_signal``, the fraction of time undecided, the
   classification accuracy on the training set and on held-out noisy copies of A and B, P(A |
   ambiguous), and (plastic protocol) the same presentation with the synapses frozen at the
   checkpoint (``frozen``): what the checkpoint's synapses alone do, since with the plastic protocol
   the model keeps learning while it is shown the ambiguous cube.
7. Levelt-style checks (Levelt 1965; Brascamp et al. 2015, J. Vision 15(6):13): the B-only edges
   drawn with contrast ``c_B < 1``; predominance (Levelt I), mean durations of A and B (II, see
   :func:`~.necker_analysis.levelt_ii`) and the alternation rate (III).

Nothing is added to the model (no adaptation): switches can only come from the Gibbs dynamics of
neurons and synapses. A memoryless switch process gives gamma shape 1.

Resumable runs (``checkpoint=PATH`` of :meth:`NeckerExperiment.run`): after every unit of work --
each training checkpoint with its emergence row (and the end of training), each Levelt condition,
each presentation chunk -- the whole state is written atomically to one ``.npz`` file
(:mod:`.state_file`): the run's parameters (a file made with other parameters is refused), the
progress and finished rows, the DSNN with its complete Gibbs chain and random streams, the
presenter's state and the signal so far. The seeds are drawn once and stored, and every later
random draw comes from per-stream states stored with the chain or from generators seeded by stored
seeds and counters, so a resumed run gives the same numbers bit for bit as an uninterrupted one.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable, Sequence

import numpy as np

from stochnet.exceptions import StochNetError
from stochnet.experiments.forgetting import _json_params, _parameters_key
from stochnet.experiments.necker_analysis import (NeckerResult, analyze_signal, levelt_ii, plot_necker,
                                                  shuffled_switch_rate, summarize)
from stochnet.experiments.necker_presenter import NeckerPresenter, _check_conditions
from stochnet.experiments.necker_stimuli import cube_training_set, render_cube
from stochnet.experiments.state_file import (StateFormat, check_state_path, model_from_array, model_to_array,
                                             one_line, read_state, write_state)
from stochnet.experiments.stats import finite_or_none, fit_durations

__all__ = [
    "render_cube",
    "cube_training_set",
    "NeckerPresenter",
    "NeckerResult",
    "NeckerExperiment",
    "necker_experiment",
    "levelt_ii",
    "plot_necker",
    "CHECKPOINT_FORMAT_VERSION",
]

logger = logging.getLogger(__name__)

CHECKPOINT_FORMAT_VERSION = 2
_FORMAT = StateFormat(magic="stochnet-necker-checkpoint", version=CHECKPOINT_FORMAT_VERSION,
                      stages=("train", "levelt", "present"), label="necker checkpoint")


class NeckerExperiment:
    """Train a DSNN on the unambiguous cubes, present the ambiguous one, analyse the alternation.

    The constructor only validates and stores the parameters; :meth:`run` does the work in three
    resumable stages (:meth:`_train_stage`, :meth:`_levelt_stage`, :meth:`_present_stage`).

    Parameters
    ----------
    size, n_per_class, flip_probability : stimuli (see :func:`cube_training_set`)
    hidden_layer_sizes, output_population, train_sweeps, dsnn_params : the DSNN and its training
        (``dsnn_params``: further :class:`~stochnet.dsnn.DSNNClassifier` parameters, e.g.
        ``n_synapses``, ``q0``, ``amplitude_scale``, over :data:`stochnet.dsnn.EXPERIMENT_DSNN_PARAMS`:
        one chain, M = 8, amplitude 6)
    n_probes : probe copies presented at once (durations are pooled over them)
    min_durations : present in chunks of ``chunk_sweeps`` until at least this many dominance
        durations are collected or ``max_sweeps`` sweeps were run
    window, threshold : smoothing window (sweeps) and hysteresis threshold of the percept signal
    plastic : synapses keep being sampled during the presentation (the model) or are frozen
    temperature, presentation_noise : presentation conditions (see :class:`NeckerPresenter`)
    checkpoints : training sweeps after which a shorter presentation (``emergence_sweeps``)
        measures the alternation; 0 is the untrained model (the control); values >=
        ``train_sweeps`` are dropped
    levelt_contrasts : contrasts ``c_B`` of the B-only edges for the Levelt checks (``c_A = 1``)
    levelt_sweeps : presentation sweeps per Levelt condition
    n_boot : bootstrap resamples (over probe chains) of the gamma fit
    n_gof : simulations of the parametric-bootstrap goodness of fit of the gamma (0: skipped)
    seed : int, Generator or None

    The defaults are those of ``synctool necker`` and of every point of the study
    (:data:`~.necker_study.STUDY_BASE`): 25 drawings per interpretation, 60 training sweeps, 8 probes,
    presentation in chunks of 250 sweeps until 150 durations (at most 2000 sweeps).

    Examples
    --------
    >>> exp = NeckerExperiment(size=8, n_per_class=4, hidden_layer_sizes=(3,), output_population=2,
    ...                        train_sweeps=2, n_probes=2, min_durations=0, chunk_sweeps=10, max_sweeps=10,
    ...                        window=3, checkpoints=(0,), emergence_sweeps=5, levelt_contrasts=(),
    ...                        n_boot=0, n_gof=0, seed=0)
    >>> res = exp.run()
    >>> res.n_sweeps_presented, res.signal.shape, len(res.emergence)
    (10, (10, 2), 1)
    """

    def __init__(self, *, size: int = 16, n_per_class: int = 25, flip_probability: float = 0.03,
                 hidden_layer_sizes=(20,), output_population: int = 4, train_sweeps: int = 60,
                 dsnn_params: dict | None = None, n_probes: int = 8, min_durations: int = 150,
                 chunk_sweeps: int = 250, max_sweeps: int = 2000, window: int = 10, threshold: float = 0.3,
                 plastic: bool = True, temperature: float = 1.0, presentation_noise: float = 0.0,
                 checkpoints: Sequence[int] = (0, 3, 10, 30), emergence_sweeps: int = 300,
                 levelt_contrasts: Sequence[float] = (1.0, 0.6), levelt_sweeps: int = 400,
                 n_boot: int = 300, n_gof: int = 300, seed=None):
        for name, value in (("train_sweeps", train_sweeps), ("chunk_sweeps", chunk_sweeps),
                            ("max_sweeps", max_sweeps), ("window", window), ("emergence_sweeps", emergence_sweeps),
                            ("levelt_sweeps", levelt_sweeps), ("n_probes", n_probes)):
            if int(value) != value or value < 1:
                raise StochNetError(f"{name}: expected a positive integer, got {value!r}")
        for name, value in (("min_durations", min_durations), ("n_boot", n_boot), ("n_gof", n_gof)):
            if int(value) != value or value < 0:
                raise StochNetError(f"{name}: expected a non-negative integer, got {value!r}")
        for c in checkpoints:
            if int(c) != c or c < 0:
                raise StochNetError(f"checkpoints: expected non-negative integers, got {c!r}")
        for c in levelt_contrasts:
            if not 0.0 <= c <= 1.0:
                raise StochNetError(f"levelt_contrasts: expected numbers in [0, 1], got {c!r}")
        _check_conditions(temperature, presentation_noise)
        self.size, self.n_per_class, self.flip_probability = size, n_per_class, flip_probability
        self.hidden_layer_sizes = tuple(int(h) for h in hidden_layer_sizes)
        self.output_population, self.train_sweeps = int(output_population), int(train_sweeps)
        self.dsnn_params = dict(dsnn_params or {})
        self.n_probes, self.min_durations = int(n_probes), int(min_durations)
        self.chunk_sweeps, self.max_sweeps = int(chunk_sweeps), int(max_sweeps)
        self.window, self.threshold, self.plastic = int(window), float(threshold), bool(plastic)
        self.temperature, self.presentation_noise = float(temperature), float(presentation_noise)
        self.checkpoints = sorted({int(c) for c in checkpoints if int(c) < self.train_sweeps})
        self.emergence_sweeps = int(emergence_sweeps)
        self.levelt_contrasts = [float(c) for c in levelt_contrasts]
        self.levelt_sweeps, self.n_boot, self.n_gof = int(levelt_sweeps), int(n_boot), int(n_gof)
        self.seed = seed

    # ------------------------------------------------------------------ parameters
    def _key(self) -> str:
        """The text key a checkpoint must match: every parameter that changes a number."""
        seed = self.seed
        seed_key = int(seed) if isinstance(seed, (int, np.integer)) else (None if seed is None else "generator")
        return _parameters_key({
            "size": self.size, "n_per_class": self.n_per_class, "flip_probability": self.flip_probability,
            "hidden_layer_sizes": list(self.hidden_layer_sizes), "output_population": self.output_population,
            "train_sweeps": self.train_sweeps, "dsnn_params": self.dsnn_params, "n_probes": self.n_probes,
            "min_durations": self.min_durations, "chunk_sweeps": self.chunk_sweeps, "max_sweeps": self.max_sweeps,
            "window": self.window, "threshold": self.threshold, "plastic": self.plastic,
            "temperature": self.temperature, "presentation_noise": self.presentation_noise,
            "checkpoints": self.checkpoints, "emergence_sweeps": self.emergence_sweeps,
            "levelt_contrasts": self.levelt_contrasts, "levelt_sweeps": self.levelt_sweeps, "n_boot": self.n_boot,
            "n_gof": self.n_gof, "seed": seed_key, "format": CHECKPOINT_FORMAT_VERSION,
        })

    def _presenter(self, clf, image, seed, plastic=None):
        return NeckerPresenter(clf, image, self.n_probes, self.plastic if plastic is None else plastic,
                               temperature=self.temperature, presentation_noise=self.presentation_noise, seed=seed)

    def _cb(self, phase: str, total: int):
        if self._callback is None:
            return None
        return lambda k: self._callback(phase, k, total)

    # ------------------------------------------------------------------ the run
    def run(self, *, callback: Callable[[str, int, int], None] | None = None, checkpoint=None) -> NeckerResult:
        """Run (or resume) the experiment.

        Parameters
        ----------
        callback : callable(phase, done, total) or None
            Called after every training checkpoint and every presentation sweep; an exception it
            raises aborts the run (the checkpoint file keeps the last finished unit).
        checkpoint : path or None
            Resumable run: the state is written atomically to this file after every unit of work,
            and a run with the same parameters continues from it; the result equals that of an
            uninterrupted run bit for bit (``seconds`` aside). A file made with other parameters,
            or a damaged one, raises :class:`StochNetError`. With ``seed`` None or a Generator, a
            resumed run continues with the seeds stored in the file.

        Returns
        -------
        NeckerResult
        """
        self._callback = callback
        self._t0 = time.perf_counter()
        self._path = None if checkpoint is None else check_state_path(checkpoint)
        self._model_bytes = None
        self._load_or_start()
        self._prepare_data()
        if self._state["stage"] == "train":
            self._train_stage()
        if self._state["stage"] == "levelt":
            self._levelt_stage()
        else:
            self._resume_presenter()
        self._state["stage"] = "present"
        self._present_stage()
        return self._result()

    def run_emergence(self, *, callback: Callable[[str, int, int], None] | None = None) -> tuple:
        """Only the training stage: the emergence rows at ``checkpoints`` (no Levelt conditions, no
        main presentation, no checkpoint file). Used by the study to repeat emergence over seeds."""
        self._callback = callback
        self._t0 = time.perf_counter()
        self._path = None
        self._model_bytes = None
        self._load_or_start()
        self._prepare_data()
        self._train_stage()
        return tuple(dict(r) for r in self._state["emergence"])

    def _prepare_data(self):
        data_seed = self._seeds[0]
        self._X, self._y = cube_training_set(self.n_per_class, self.size, self.flip_probability, seed=data_seed)
        self._X_test, self._y_test = cube_training_set(self.n_per_class, self.size, self.flip_probability,
                                                       seed=[data_seed, 1])
        self._ambiguous = render_cube("ambiguous", self.size).ravel()

    def _load_or_start(self):
        from stochnet.dsnn import DSNNClassifier

        self._key_text = self._key() if self._path is not None else None
        loaded = read_state(self._path, _FORMAT, self._key_text) if self._path is not None else None
        if loaded is None:
            rng = np.random.default_rng(self.seed)
            self._seeds = [int(x) for x in rng.integers(0, 2**31 - 1, size=4)]
            self._state = {"stage": "train", "seeds": self._seeds, "emergence": [], "levelt": [],
                           "train_accuracy": None, "test_accuracy": None, "ambiguous_p_a": None, "n_run": 0,
                           "probe_offset": None, "seconds": 0.0}
            self._arrays = {}
            self.clf_ = None
            self._seconds0 = 0.0
            return
        self._state, self._arrays = loaded
        try:
            self._seeds = [int(s) for s in self._state["seeds"]]
            self.clf_ = model_from_array(self._arrays["model"])
            if len(self._seeds) != 4 or self.clf_.chain_.layer_sizes[1:-1] != self.hidden_layer_sizes:
                raise ValueError("state does not fit the parameters")
            if not isinstance(self.clf_, DSNNClassifier):
                raise ValueError("the stored model is not a DSNN")
        except Exception as exc:  # the embedded model file is damaged (zip, npz or DSNN format errors)
            raise StochNetError(f"{self._path}: corrupt necker checkpoint ({one_line(exc)})") from None
        self._seconds0 = float(self._state.get("seconds") or 0.0)
        logger.info("%s: resuming at stage %s (%d presentation sweeps done)", self._path, self._state["stage"],
                    self._state["n_run"])

    def _save(self, stage: str, extra: dict | None = None, model_changed: bool = True):
        """Write the whole state (one unit of work finished); nothing without a checkpoint path."""
        if self._path is None:
            return
        if model_changed or self._model_bytes is None:
            self._model_bytes = model_to_array(self.clf_)
        self._state.update(stage=stage, train_done=int(self.clf_.n_sweeps_done_),
                           seconds=self._seconds0 + time.perf_counter() - self._t0)
        write_state(self._path, _FORMAT, self._key_text, self._state, {"model": self._model_bytes, **(extra or {})})

    def _train_stage(self):
        """Training, with an emergence row (on a copy of the model) at every checkpoint."""
        from stochnet.dsnn import EXPERIMENT_DSNN_PARAMS, DSNNClassifier

        model_seed = self._seeds[1]
        if self.clf_ is None:
            params = {**EXPERIMENT_DSNN_PARAMS, "hidden_layer_sizes": self.hidden_layer_sizes,
                      "output_population": self.output_population, **self.dsnn_params,
                      "n_sweeps": self.train_sweeps}
            self.clf_ = DSNNClassifier(random_state=model_seed, **params).partial_fit(self._X, self._y, n_sweeps=0)
        clf, rows = self.clf_, self._state["emergence"]
        for k, cp in enumerate(self.checkpoints):
            if k < len(rows):
                continue
            clf.sample_sweeps(cp - clf.n_sweeps_done_)
            if self._callback is not None:
                self._callback("train", cp, self.train_sweeps)
            rows.append(self._emergence_row(cp, k))
            self._save("train")
        clf.sample_sweeps(self.train_sweeps - clf.n_sweeps_done_)
        if self._callback is not None:
            self._callback("train", self.train_sweeps, self.train_sweeps)
        self._state["train_accuracy"] = float(clf.score(self._X, self._y))
        self._state["test_accuracy"] = float(clf.score(self._X_test, self._y_test))
        self._state["ambiguous_p_a"] = float(clf.predict_proba(self._ambiguous[None, :])[0, 0])
        self._state["stage"] = "levelt"
        self._save("levelt")

    def _emergence_row(self, cp: int, k: int) -> dict:
        """Alternation after ``cp`` training sweeps: the presentation on a copy of the model, its
        shuffled-order control, the classification accuracy, and (plastic protocol) the same
        presentation with the synapses frozen at this checkpoint."""
        present_seed, boot_seed = self._seeds[2], self._seeds[3]
        clf, n = self.clf_, self.emergence_sweeps
        sig = self._presenter(copy.deepcopy(clf), self._ambiguous, [present_seed, 0, k]).run(
            n, self._cb(f"emergence@{cp}", n))
        row = {"train_sweeps": int(cp)}
        row.update(summarize(analyze_signal(sig, self.window, self.threshold), n, self.n_probes))
        row["switch_rate_shuffled_per_1000_sweeps"] = shuffled_switch_rate(sig, self.window, self.threshold,
                                                                           [boot_seed, 0, k])
        row["accuracy_train"] = float(clf.score(self._X, self._y))
        row["accuracy_test"] = float(clf.score(self._X_test, self._y_test))
        row["ambiguous_p_a"] = finite_or_none(float(clf.predict_proba(self._ambiguous[None, :])[0, 0]))
        if self.plastic:
            fsig = self._presenter(copy.deepcopy(clf), self._ambiguous, [present_seed, 3, k], plastic=False).run(
                n, self._cb(f"emergence@{cp} frozen", n))
            fs = summarize(analyze_signal(fsig, self.window, self.threshold), n, self.n_probes)
            row["frozen"] = {
                "switch_rate_per_1000_sweeps": fs["switch_rate_per_1000_sweeps"],
                "switch_rate_shuffled_per_1000_sweeps": shuffled_switch_rate(fsig, self.window, self.threshold,
                                                                             [boot_seed, 3, k]),
                "n_durations": fs["n_durations"], "mean_duration": fs["mean_duration"],
                "fraction_a": fs["fraction_a"], "fraction_b": fs["fraction_b"],
                "fraction_undecided": fs["fraction_undecided"], "mean_abs_signal": fs["mean_abs_signal"],
            }
        return row

    def _levelt_stage(self):
        """Levelt conditions on copies of the trained model (before the main run changes the chain)."""
        present_seed = self._seeds[2]
        rows, n = self._state["levelt"], self.levelt_sweeps
        for k, c_b in enumerate(self.levelt_contrasts):
            if k < len(rows):
                continue
            img = render_cube("ambiguous", self.size, 1.0, c_b).ravel()
            sig = self._presenter(copy.deepcopy(self.clf_), img, [present_seed, 1, k]).run(
                n, self._cb(f"levelt c_B={c_b:g}", n))
            row = summarize(analyze_signal(sig, self.window, self.threshold), n, self.n_probes)
            row["contrast_b"] = c_b
            rows.append(row)
            self._save("levelt", model_changed=False)
        self._state["probe_offset"] = int(self.clf_.chain_.n_copies)
        self._probe = self._presenter(self.clf_, self._ambiguous, [present_seed, 2])
        self._signal = np.zeros((0, self.n_probes))

    def _resume_presenter(self):
        """The presenter and the signal so far, from the checkpoint of the presentation stage."""
        try:
            self._probe = NeckerPresenter.from_state(
                self.clf_, self._arrays, self.n_probes, self.plastic, int(self._state["probe_offset"]),
                temperature=self.temperature, presentation_noise=self.presentation_noise)
            self._signal = np.asarray(self._arrays["signal"], dtype=np.float64).reshape(-1, self.n_probes)
            if self._signal.shape[0] != int(self._state["n_run"]):
                raise ValueError(f"signal has {self._signal.shape[0]} sweeps, state says {self._state['n_run']}")
        except (KeyError, ValueError, TypeError) as exc:
            raise StochNetError(f"{self._path}: corrupt necker checkpoint ({one_line(exc)})") from None

    def _present_stage(self):
        """The main presentation, in chunks, until enough durations or ``max_sweeps``."""
        n_run = int(self._state["n_run"])
        while n_run == 0 or (analyze_signal(self._signal, self.window, self.threshold)["durations"].size
                             < self.min_durations and n_run < self.max_sweeps):
            chunk = self._probe.run(self.chunk_sweeps, self._cb("present", self.chunk_sweeps))
            self._signal = np.vstack([self._signal, chunk])
            n_run += self.chunk_sweeps
            self._state["n_run"] = n_run
            self._save("present", {"signal": self._signal, **self._probe.state_arrays()}, model_changed=self.plastic)

    def _result(self) -> NeckerResult:
        boot_seed = self._seeds[3]
        signal, n_run = self._signal, int(self._state["n_run"])
        an = analyze_signal(signal, self.window, self.threshold)
        d = an["durations"]
        fit = None
        if d.size >= 3:
            try:
                fit = fit_durations(d, groups=an["probe"], n_boot=self.n_boot, n_gof=self.n_gof, seed=boot_seed)
            except StochNetError as exc:  # e.g. all durations equal: reported as no fit
                logger.warning("no duration fit: %s", exc)
        if d.size < self.min_durations:
            logger.warning("only %d dominance durations after %d sweeps (asked for %d)", d.size, n_run,
                           self.min_durations)
        signal.setflags(write=False)
        for arr in (d, an["which"]):
            arr.setflags(write=False)
        excerpt = signal[: min(signal.shape[0], 3000), 0].copy()
        excerpt.setflags(write=False)
        st = self._state
        return NeckerResult(
            n_switches=an["n_switches"], durations=d, which=an["which"], fit=fit,
            n_sweeps_presented=n_run, n_probes=self.n_probes, train_accuracy=st["train_accuracy"],
            ambiguous_p_a=st["ambiguous_p_a"], fraction_a=float(an["fraction_a"]),
            fraction_b=float(an["fraction_b"]), fraction_undecided=float(an["fraction_undecided"]),
            emergence=tuple(dict(r) for r in st["emergence"]), levelt=tuple(dict(r) for r in st["levelt"]),
            signal_excerpt=excerpt, seconds=self._seconds0 + time.perf_counter() - self._t0,
            params={"size": self.size, "n_per_class": self.n_per_class,
                    "hidden_layer_sizes": list(self.hidden_layer_sizes),
                    "output_population": self.output_population, "train_sweeps": self.train_sweeps,
                    "window": self.window, "threshold": self.threshold, "plastic": self.plastic,
                    "temperature": self.temperature, "presentation_noise": self.presentation_noise,
                    "n_probes": self.n_probes, "checkpoints": self.checkpoints,
                    "emergence_sweeps": self.emergence_sweeps, "chunk_sweeps": self.chunk_sweeps,
                    "dsnn": _json_params(self.clf_)},
            signal=signal,
            switch_rate=1000.0 * an["n_switches"] / (n_run * self.n_probes),
            switch_rate_shuffled=shuffled_switch_rate(signal, self.window, self.threshold, [boot_seed, 2]),
            mean_abs_signal=float(an["mean_abs_signal"]),
            test_accuracy=st["test_accuracy"],
        )


def necker_experiment(*, callback: Callable[[str, int, int], None] | None = None, checkpoint=None,
                      **params) -> NeckerResult:
    """``NeckerExperiment(**params).run(callback=callback, checkpoint=checkpoint)``: see
    :class:`NeckerExperiment` for the parameters and :meth:`NeckerExperiment.run` for the rest."""
    return NeckerExperiment(**params).run(callback=callback, checkpoint=checkpoint)
