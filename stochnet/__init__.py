"""stochnet: stochastic neural networks in which neurons and synapses are both random variables.

The estimators are imported lazily (``stochnet.DSNNClassifier`` loads :mod:`stochnet.dsnn` and
scikit-learn on first use), so importing :mod:`stochnet.exceptions` stays cheap for the CLI.
"""

from stochnet.exceptions import StochNetError

__all__ = ["StochNetError", "DSNNClassifier", "DSNNChain", "load_dsnn", "SynapticBoltzmannMachine"]

_LAZY = {"DSNNClassifier": "stochnet.dsnn", "DSNNChain": "stochnet.dsnn", "load_dsnn": "stochnet.dsnn",
         "SynapticBoltzmannMachine": "stochnet.sbm"}


def __getattr__(name):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'stochnet' has no attribute {name!r}")
