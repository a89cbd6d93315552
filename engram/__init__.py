"""engram: analysis of hippocampal CA1 calcium imaging with genetically tagged engram cells.

Script API (one function per ``synctool engram`` command, keywords named as the options)::

    import engram
    sim = engram.simulate(engram.demo_config(), seed=0)          # or engram.load_dataset(manifest, labels)
    data = engram.process(sim)                                   # events + correlations, once
    engram.classify(data, permutations=100, seed=0).top_session
    engram.synchrony(data, permutations=1000, seed=0).table()
    engram.cluster(data, n_clusters=5).cluster_table()
    engram.report(data, out="report/")

Data flow (see ``engram/README.md``)::

    io/ (nwb, suite2p, caiman, npz, csv, cellreg, manifest) -> dataset.Recording / EngramDataset
      -> pipeline.run (per mouse, in parallel: events -> features, binned event correlations)
      -> classification.classify | synchrony_stats.synchrony | clustering.cluster -> reporting.write_report

``simulation`` generates data with a known truth and writes every input format; ``cli`` holds the
``synctool engram`` commands. The names below are imported on first use, so ``import engram`` stays cheap.

Examples
--------
>>> import engram
>>> sorted(engram.__all__) == engram.__all__
True
>>> engram.EngramInputError.__mro__[1:3] == (engram.EngramError, Exception)
True
"""

from engram.exceptions import EngramError, EngramFormatError, EngramInputError

__all__ = [
    "EngramError",
    "EngramFormatError",
    "EngramInputError",
    "SimulationConfig",
    "classify",
    "cluster",
    "demo_config",
    "load_dataset",
    "process",
    "report",
    "simulate",
    "synchrony",
]

_LAZY = {
    "SimulationConfig": "engram.simulation",
    "demo_config": "engram.simulation",
    "simulate": "engram.simulation",
    "classify": "engram.api",
    "cluster": "engram.api",
    "load_dataset": "engram.api",
    "process": "engram.api",
    "report": "engram.api",
    "synchrony": "engram.api",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'engram' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
