"""The script-level API: one function per ``synctool engram`` command, with the same option names.

Each function takes the data as a manifest path (with ``labels``, a labels CSV path or DataFrame), a
:class:`~engram.io.Manifest`, an :class:`~engram.dataset.EngramDataset`, a
:class:`~engram.simulation.Simulation` or an already processed :class:`~engram.pipeline.PipelineData`, and
keywords named as the command-line options (``--bin-s`` is ``bin_s``, ``--skip-invalid`` is
``skip_invalid``, ``--cache`` is ``cache``). Processing (event extraction, binned correlations) runs once
per call; to run several analyses on the same data, process it once with :func:`process` and pass the
result. Errors in the user's input raise :class:`~engram.exceptions.EngramError` subclasses.
"""

from __future__ import annotations

import os

__all__ = ["load_dataset", "process", "classify", "synchrony", "cluster", "report"]


def load_dataset(manifest, labels, *, skip_invalid: bool = False):
    """Read and validate every file of a manifest into an :class:`~engram.dataset.EngramDataset`.

    Parameters
    ----------
    manifest : str or os.PathLike
        Manifest CSV (``mouse, session, day, context, path, format``; see ``engram/README.md``).
    labels : str, os.PathLike or pandas.DataFrame
        Labels CSV or table with columns ``mouse, cell, engram``.
    skip_invalid : bool
        Drop invalid frames, rows and labels with a warning (listed in ``dataset.dropped``) instead of
        raising.

    Returns
    -------
    EngramDataset

    Examples
    --------
    >>> import tempfile, engram
    >>> sim = engram.simulate(engram.SimulationConfig(n_mice=2, n_cells=8, duration_s=10.0), seed=0)
    >>> from engram.simulation import write_dataset
    >>> manifest, labels = write_dataset(sim, tempfile.mkdtemp(), "npz")
    >>> ds = engram.load_dataset(manifest, labels)
    >>> ds.mice, len(ds.recordings), ds.sessions[:2]
    (['m1', 'm2'], 12, ['novel', 'conditioning'])
    """
    from engram.io.manifest import load_dataset as _load

    labels = os.fspath(labels) if isinstance(labels, os.PathLike) else labels
    return _load(os.fspath(manifest) if isinstance(manifest, os.PathLike) else manifest, labels,
                 on_invalid="skip" if skip_invalid else "error")


def process(data, labels=None, *, events: str = "auto", k: float = 4.0, bin_s: float = 0.5, workers: int = 1,
            scheduler: str | None = None, cache: str | None = None, skip_invalid: bool = False,
            progress: bool = False):
    """Extract events and binned event correlations of every mouse (:func:`engram.pipeline.run`).

    Parameters
    ----------
    data : manifest path, Manifest, EngramDataset, Simulation or PipelineData
        A ``PipelineData`` is returned as it is.
    labels : labels CSV path or DataFrame
        Required with a manifest; an in-memory data set brings its own.
    events : {"auto", "threshold", "peaks", "oasis"}
        Event extraction (see :mod:`engram.events`).
    k : float
        Event threshold in noise SDs.
    bin_s : float
        Bin width (s) of the event correlations.
    workers : int
        Processes (mice in parallel).
    scheduler : str, optional
        Dask scheduler address (``tcp://host:port``).
    cache : str, optional
        Directory for per-mouse results (resume an interrupted run).
    skip_invalid : bool
        Drop invalid input with a warning instead of raising.
    progress : bool
        Show a progress bar on stderr.

    Returns
    -------
    PipelineData

    Examples
    --------
    >>> import engram
    >>> sim = engram.simulate(engram.SimulationConfig(n_mice=2, n_cells=10, duration_s=20.0), seed=1)
    >>> data = engram.process(sim, bin_s=1.0)
    >>> [m.mouse for m in data.mice], data.sessions[-1], data.params.bin_s
    (['m1', 'm2'], 'relearning', 1.0)
    """
    from engram.events import EventParams
    from engram.exceptions import EngramError
    from engram.io.manifest import Manifest, read_labels, read_manifest
    from engram.pipeline import AnalysisParams, PipelineData, run
    from engram.simulation import Simulation

    if isinstance(data, PipelineData):
        return data
    on_invalid = "skip" if skip_invalid else "error"
    labels_source = "labels"
    if isinstance(data, (str, os.PathLike)):
        data = read_manifest(os.fspath(data), on_invalid)
    if isinstance(data, Simulation):
        data = data.dataset
    if isinstance(data, Manifest):
        if labels is None:
            raise EngramError("labels: a manifest needs a labels table (mouse, cell, engram)")
        if isinstance(labels, (str, os.PathLike)):
            labels_source = os.fspath(labels)
            labels = read_labels(labels_source)
    params = AnalysisParams(EventParams(method=events, k=k), bin_s=bin_s)
    return run(data, labels, params, on_invalid=on_invalid, labels_source=labels_source, workers=workers,
               scheduler=scheduler, cache_dir=cache, progress=progress)


_PROCESS_KEYWORDS = ("events", "k", "bin_s", "workers", "scheduler", "cache", "skip_invalid", "progress")


def _process_options(function: str, options: dict) -> dict:
    """The keywords of :func:`process` among ``options``; any other keyword is a ``TypeError``."""
    unknown = sorted(set(options) - set(_PROCESS_KEYWORDS))
    if unknown:
        raise TypeError(f"{function}() got unexpected keyword(s) {', '.join(unknown)}")
    return options


def classify(data, labels=None, *, permutations: int = 100, trees: int = 50, seed=0, **options):
    """Predict engram labels with a random forest, CV grouped by mouse, within-mouse permutation p-value.

    Parameters
    ----------
    data, labels
        As for :func:`process`.
    permutations : int
        Within-mouse label permutations for the p-value (0: no test).
    trees : int
        Trees in the random forest.
    seed : int, numpy.random.Generator or None
        Seed of every random step.
    **options
        Processing keywords of :func:`process` (``events``, ``k``, ``bin_s``, ``workers``, ``scheduler``,
        ``cache``, ``skip_invalid``, ``progress``).

    Returns
    -------
    ClassificationResult
        ``auc``, ``p_value``, ``top_session``, ``importances``, ``session_importances``...

    Examples
    --------
    >>> import engram
    >>> first3 = engram.SimulationConfig().sessions[:3]  # novel, conditioning, recall
    >>> sim = engram.simulate(engram.SimulationConfig(n_mice=3, n_cells=24, duration_s=30.0, sessions=first3), seed=0)
    >>> res = engram.classify(sim, permutations=1, trees=5, seed=0)
    >>> res.top_session, sim.truth["rate_session"], res.p_value
    ('conditioning', 'conditioning', 0.5)
    """
    proc = _process_options("classify", options)
    return _classify_data(process(data, labels, **proc), permutations, trees, seed, proc.get("workers", 1),
                          proc.get("progress", False), proc.get("cache"))


def _classify_data(data, permutations, trees, seed, workers=1, progress=False, cache=None):
    from engram.classification import ClassifierParams, classify as _classify
    from engram.exceptions import EngramError
    from engram.features import feature_matrix

    X, y = feature_matrix(data.tidy, data.labels, sessions=data.sessions)
    if X.empty:
        raise EngramError("no cells with features and labels")
    return _classify(X, y, ClassifierParams(n_permutations=permutations, n_estimators=trees), seed=seed,
                     n_jobs=workers, events=data.events_record(), progress=progress, checkpoint=cache)


def synchrony(data, labels=None, *, permutations: int = 1000, seed=0, **options):
    """Per-session synchrony of engram vs other cells with two-sided within-mouse permutation tests.

    Parameters
    ----------
    data, labels
        As for :func:`process`.
    permutations : int
        Within-mouse label permutations per session.
    seed : int, numpy.random.Generator or None
        Seed of every random step.
    **options
        Processing keywords of :func:`process`.

    Returns
    -------
    SynchronyResult
        One row per session in ``sessions`` (``difference``, ``p_value``, ``p_value_matched``, CIs...).

    Examples
    --------
    >>> import engram
    >>> first3 = engram.SimulationConfig().sessions[:3]  # novel, conditioning, recall
    >>> sim = engram.simulate(engram.SimulationConfig(n_mice=3, n_cells=24, duration_s=30.0, sessions=first3), seed=0)
    >>> res = engram.synchrony(sim, permutations=99, seed=0)
    >>> [r["session"] for r in res.sessions if r["p_value_matched"] < 0.05], sim.truth["ensemble_sessions"]
    (['recall'], ['recall'])
    """
    from engram.synchrony_stats import SynchronyParams, synchrony as _synchrony

    proc = _process_options("synchrony", options)
    return _synchrony(process(data, labels, **proc), SynchronyParams(n_permutations=permutations), seed=seed,
                      n_jobs=proc.get("workers", 1), progress=proc.get("progress", False))


def cluster(data, labels=None, *, n_clusters: int = 5, **options):
    """Average-linkage clusters on 1 - r per mouse and session, engram enrichment, stability across sessions.

    Parameters
    ----------
    data, labels
        As for :func:`process`.
    n_clusters : int
        Clusters per mouse and session.
    **options
        Processing keywords of :func:`process`.

    Returns
    -------
    ClusterResult
        ``cluster_table()`` (size, engram count, fold enrichment, BH q-value) and ``stability_table()``.

    Examples
    --------
    >>> import engram
    >>> first3 = engram.SimulationConfig().sessions[:3]  # novel, conditioning, recall
    >>> sim = engram.simulate(engram.SimulationConfig(n_mice=2, n_cells=40, duration_s=60.0, sessions=first3), seed=0)
    >>> tab = engram.cluster(sim, n_clusters=3).cluster_table()
    >>> sorted(set(tab.loc[tab["q_value"] < 0.05, "session"]))
    ['recall']
    """
    from engram.clustering import ClusterParams, cluster as _cluster

    proc = _process_options("cluster", options)
    return _cluster(process(data, labels, **proc), ClusterParams(n_clusters=n_clusters))


def report(data, labels=None, *, out: str, permutations: int = 100, sync_permutations: int = 1000,
           n_clusters: int = 5, trees: int = 50, seed=0, title: str | None = None, **options) -> str:
    """Run every analysis and write a self-contained HTML report (figures, JSON, CSV tables) to ``out``.

    Parameters
    ----------
    data, labels
        As for :func:`process`.
    out : str
        Output directory.
    permutations, trees : int
        Classifier label permutations and forest size (as :func:`classify`).
    sync_permutations : int
        Label permutations of the synchrony tests.
    n_clusters : int
        Clusters per mouse and session.
    seed : int, numpy.random.Generator or None
        Seed of every random step.
    title : str, optional
        Report title.
    **options
        Processing keywords of :func:`process`.

    Returns
    -------
    str
        Path of ``report.html``.

    Examples
    --------
    >>> import os, tempfile, engram
    >>> first3 = engram.SimulationConfig().sessions[:3]
    >>> sim = engram.simulate(engram.SimulationConfig(n_mice=2, n_cells=20, duration_s=20.0, sessions=first3), seed=0)
    >>> path = engram.report(sim, out=tempfile.mkdtemp(), permutations=2, sync_permutations=20, trees=5)
    >>> os.path.basename(path), sorted(f for f in os.listdir(os.path.dirname(path)) if f.endswith(".json"))
    ('report.html', ['results.json'])
    """
    from engram.clustering import ClusterParams, cluster as _cluster
    from engram.reporting import write_report
    from engram.synchrony_stats import SynchronyParams, synchrony as _synchrony

    proc = _process_options("report", options)
    data = process(data, labels, **proc)
    workers, progress = proc.get("workers", 1), proc.get("progress", False)
    cres = _classify_data(data, permutations, trees, seed, workers, progress, proc.get("cache"))
    sres = _synchrony(data, SynchronyParams(n_permutations=sync_permutations), seed=seed, n_jobs=workers,
                      progress=progress)
    kres = _cluster(data, ClusterParams(n_clusters=n_clusters))
    return write_report(out, data, cres, sres, kres, title=title or "engram report")
