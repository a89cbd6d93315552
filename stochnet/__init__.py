"""stochnet: stochastic neural networks in which neurons and synapses are both random variables.

Public API (everything a script needs; the names are imported lazily, so ``import stochnet`` and
the error types stay cheap for the command line):

* :class:`DSNNClassifier` -- the dual sampling neural network, a scikit-learn classifier that
  learns by Gibbs sampling of neurons and synapses only; :class:`DSNNChain` is its chain state.
* :func:`save_dsnn` / :func:`load_dsnn` -- model files (``.npz``, no pickle);
  ``clf.save(path)`` is :func:`save_dsnn`.
* :class:`SynapticBoltzmannMachine` -- an RBM whose synapses are sampled too (scikit-learn
  transformer); its observables are in :mod:`stochnet.sbm_analysis`.
* :func:`load_dataset`, :func:`load_digits_split`, :func:`load_idx_dataset` -- the 8x8 digits
  shipped with scikit-learn and MNIST-style IDX files, as a :class:`Dataset` train/test split.
* :class:`StochNetError` -- base class of every error raised for a user mistake;
  :class:`DSNNModelFileError` and :class:`IDXFormatError` derive from it.
* :mod:`stochnet.experiments` -- memory forgetting and Necker-cube alternation experiments.

Measurements on a trained network (learning curve, spread over synapse samples, synapse turnover,
weight distribution, PCA power law) are in :mod:`stochnet.analysis`.

Examples
--------
>>> import stochnet
>>> ds = stochnet.load_digits_split(test_size=0.25, seed=0)
>>> clf = stochnet.DSNNClassifier(hidden_layer_sizes=(16,), n_synapses=2, n_sweeps=3, n_readout=2,
...                               random_state=0).fit(ds.X_train[:150], ds.y_train[:150])
>>> clf.predict(ds.X_test[:4]).shape
(4,)
>>> issubclass(stochnet.DSNNModelFileError, stochnet.StochNetError)
True
"""

from stochnet.exceptions import StochNetError

__all__ = [
    "DSNNChain",
    "DSNNClassifier",
    "DSNNModelFileError",
    "Dataset",
    "IDXFormatError",
    "StochNetError",
    "SynapticBoltzmannMachine",
    "experiments",
    "load_dataset",
    "load_digits_split",
    "load_dsnn",
    "load_idx_dataset",
    "save_dsnn",
]

_LAZY = {
    "DSNNChain": "stochnet._dsnn_chain",
    "DSNNClassifier": "stochnet.dsnn",
    "DSNNModelFileError": "stochnet.dsnn_io",
    "Dataset": "stochnet.data",
    "IDXFormatError": "stochnet.data",
    "SynapticBoltzmannMachine": "stochnet.sbm",
    "load_dataset": "stochnet.data",
    "load_digits_split": "stochnet.data",
    "load_dsnn": "stochnet.dsnn",
    "load_idx_dataset": "stochnet.data",
    "save_dsnn": "stochnet.dsnn_io",
}


def __getattr__(name):
    import importlib

    if name == "experiments":
        return importlib.import_module("stochnet.experiments")
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'stochnet' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
