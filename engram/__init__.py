"""engram: analysis of hippocampal CA1 calcium imaging with genetically tagged engram cells.

Data flow (see ``engram/README.md``)::

    io/ (nwb, suite2p, caiman, npz, csv, cellreg, manifest) -> dataset.Recording / EngramDataset
      -> pipeline.run (per mouse, in parallel: events -> features, binned event correlations)
      -> classify.classify | synchrony.synchrony | cluster.cluster -> report.write_report

``simulate`` generates data with a known truth and writes every input format; ``cli`` holds the
``synctool engram`` commands. Submodules are imported on use so that ``import engram`` stays cheap.
"""

from engram.exceptions import EngramError

__all__ = ["EngramError"]
