"""Saving and loading :class:`~stochnet.dsnn.DSNNClassifier` models (``.npz``, no pickle).

A model file holds the estimator's parameters (JSON), the input scaling, the read-out snapshots and
every Gibbs chain (amplitudes, synapses, weights, neuron states of every data copy, random
streams; chain ``k >= 1`` of a model with ``n_chains > 1`` under the prefix ``chain{k}_``), so a
loaded model predicts exactly as the saved one and its chains continue where they stopped.  :func:`load_dsnn` checks every array against the layer sizes and the invariants of the
model (``w = sum_m a s``, finite values, positive input ranges, one snapshot per
``readout_interval`` sweeps) and raises :class:`DSNNModelFileError` naming the file and what is
wrong, so a damaged file never gives a traceback or silently wrong numbers.

Examples
--------
>>> import os, tempfile
>>> from sklearn.datasets import load_digits
>>> from stochnet import DSNNClassifier, load_dsnn
>>> X, y = load_digits(return_X_y=True)
>>> clf = DSNNClassifier(hidden_layer_sizes=(8,), n_synapses=2, n_sweeps=2, n_readout=2,
...                      random_state=0).fit(X[:60], y[:60])
>>> path = os.path.join(tempfile.mkdtemp(), "model.npz")
>>> _ = clf.save(path, metadata={"note": "tiny"})
>>> again = load_dsnn(path)
>>> bool((again.predict_proba(X[:5]) == clf.predict_proba(X[:5])).all()), again.metadata_
(True, {'note': 'tiny'})
"""

from __future__ import annotations

import json
import os
import zipfile
import zlib

import numpy as np

from stochnet._dsnn_chain import DSNNChain
from stochnet.exceptions import StochNetError

__all__ = ["FORMAT_VERSION", "DSNNModelFileError", "read_model", "save_dsnn"]

#: version of the ``.npz`` layout written by :func:`save_dsnn` (2: several chains, chain ``k >= 1``
#: stored under the prefix ``chain{k}_``; version 1 files, one chain, are read as ``n_chains=1``;
#: 3: the parameter ``input_coding``, whose ``"onoff"`` input layer has two neurons per feature;
#: files of versions 1 and 2 have one neuron per feature and are read as ``input_coding="rate"``)
FORMAT_VERSION = 3
_READABLE_VERSIONS = (1, 2, 3)
_MAGIC = "stochnet.DSNNClassifier"


class DSNNModelFileError(StochNetError):
    """A model file that is missing, not a DSNN model, of another format version, or damaged."""


def save_dsnn(clf, path, metadata=None):
    """Write a fitted :class:`~stochnet.dsnn.DSNNClassifier` and its chain to ``path``.

    Parameters
    ----------
    clf : DSNNClassifier
        A fitted model.
    path : str or path-like
        Output file (``.npz``, compressed, no pickle).
    metadata : dict, optional
        JSON-able; returned as ``metadata_`` by :func:`load_dsnn`.

    Returns
    -------
    path
    """
    params = clf.get_params()
    rs = params.get("random_state")
    if not (rs is None or isinstance(rs, (int, np.integer))):
        params["random_state"] = None
    elif rs is not None:
        params["random_state"] = int(rs)
    params["hidden_layer_sizes"] = list(clf._validate_params())
    classes = np.asarray(clf.classes_)
    if classes.dtype.kind == "O":
        if all(isinstance(c, str) for c in classes):
            classes = classes.astype(str)
        else:
            raise StochNetError("save: classes_ of object dtype cannot be saved without pickle")
    ch = clf.chain_
    arrays = {
        "magic": np.array(_MAGIC),
        "format_version": np.array(FORMAT_VERSION, dtype=np.int64),
        "params_json": np.array(json.dumps(params)),
        "classes": classes,
        "n_features_in": np.array(clf.n_features_in_, dtype=np.int64),
        "x_min": clf.x_min_, "x_scale": clf.x_scale_,
        "layer_sizes": np.asarray(ch.layer_sizes, dtype=np.int64),
        "q0": np.array(ch.q0),
        "snapshots": clf._snapshots,
        "n_snapshots": np.array(clf._n_snapshots, dtype=np.int64),
        "readout_seed": np.array(clf._readout_seed, dtype=np.int64),
        "n_sweeps_done": np.array(clf.n_sweeps_done_, dtype=np.int64),
        "history_sweep": np.asarray(clf.history_["sweep"], dtype=np.int64),
        "history_loglik": np.asarray(clf.history_["log_likelihood"], dtype=np.float64),
        "metadata_json": np.array(json.dumps(metadata if metadata is not None else {})),
    }
    for k, chain in enumerate(clf.chains_):
        arrays.update(_chain_arrays(chain, _chain_prefix(k)))
    with open(os.fspath(path), "wb") as fh:
        np.savez_compressed(fh, **arrays)
    return path


def _chain_prefix(k):
    """Name prefix of chain ``k``'s arrays: none for chain 0 (the version 1 names), ``chain{k}_`` after."""
    return f"chain{k}_" if k else ""


def _chain_arrays(ch, prefix):
    arrays = {f"{prefix}clamp_x_in": ch.clamp_x_in, f"{prefix}clamp_x_out": ch.clamp_x_out,
              f"{prefix}neuron_rng": ch.neuron_rng}
    for l in range(len(ch.layer_sizes)):
        arrays[f"{prefix}amps_{l}"] = ch.amps[l]
        arrays[f"{prefix}syn_{l}"] = ch.syn[l]
        arrays[f"{prefix}w_{l}"] = ch.w[l]
        arrays[f"{prefix}x_{l}"] = ch.x[l]
        arrays[f"{prefix}synapse_rng_{l}"] = ch.synapse_rng[l]
    return arrays


class _Damaged(Exception):
    """Internal: what is wrong with one array (turned into DSNNModelFileError with the path)."""


def _array(data, name, shape, kind="f", finite=True):
    """``data[name]`` checked for shape (``None`` entries match anything) and dtype kind."""
    a = data[name]
    if a.ndim != len(shape) or any(s is not None and s != n for s, n in zip(shape, a.shape)):
        want = "x".join("?" if s is None else str(s) for s in shape) or "scalar"
        got = "x".join(str(n) for n in a.shape) or "scalar"
        raise _Damaged(f"'{name}' has shape {got}, expected {want}")
    if a.dtype.kind not in kind:
        raise _Damaged(f"'{name}' has dtype {a.dtype}, expected kind {kind!r}")
    if finite and a.dtype.kind == "f" and not np.all(np.isfinite(a)):
        raise _Damaged(f"'{name}' contains NaN or infinite values")
    return np.ascontiguousarray(a) if a.ndim else a


def _int(data, name, minimum=None):
    value = int(_array(data, name, (), kind="iu"))
    if minimum is not None and value < minimum:
        raise _Damaged(f"'{name}' is {value}, expected at least {minimum}")
    return value


def _read_chain(data, prefix, sizes, q0, M):
    """One chain's arrays (names ``{prefix}amps_0`` ...), checked against the layer sizes."""
    n_in, n_out = sizes[0], sizes[-1]
    x0 = _array(data, f"{prefix}x_0", (None, n_in))
    D = x0.shape[0]
    amps, syn, w, x, srng = [], [], [], [x0], []
    for l, n_post in enumerate(sizes):
        n_pre1 = (sizes[l - 1] if l else 0) + 1
        a = _array(data, f"{prefix}amps_{l}", (n_post, n_pre1, M))
        s = _array(data, f"{prefix}syn_{l}", (n_post, n_pre1, M), kind="u")
        if s.dtype != np.uint8 or s.max(initial=0) > 1:
            raise _Damaged(f"'{prefix}syn_{l}' must hold 0/1 values of dtype uint8")
        wl = _array(data, f"{prefix}w_{l}", (n_post, n_pre1))
        if not np.allclose(wl, np.einsum("jim,jim->ji", a, s), rtol=1e-9, atol=1e-9):
            raise _Damaged(f"'{prefix}w_{l}' is not the sum of amplitudes times synapse states")
        if l:
            xl = _array(data, f"{prefix}x_{l}", (D, n_post))
            if l < len(sizes) - 1 and not np.all((xl == 0) | (xl == 1)):
                raise _Damaged(f"'{prefix}x_{l}' (hidden neuron states) must be 0 or 1")
            x.append(xl)
        amps.append(a)
        syn.append(s)
        w.append(wl)
        srng.append(_array(data, f"{prefix}synapse_rng_{l}", (n_post,), kind="u").astype(np.uint64).copy())
    chain = DSNNChain(
        layer_sizes=sizes, q0=q0, amps=amps, syn=syn, w=w, x=x,
        clamp_x_in=_array(data, f"{prefix}clamp_x_in", (D, n_in)),
        clamp_x_out=_array(data, f"{prefix}clamp_x_out", (D, n_out)),
        neuron_rng=_array(data, f"{prefix}neuron_rng", (D,), kind="u").astype(np.uint64).copy(),
        synapse_rng=srng,
    )
    chain.neuron_logits = [np.zeros((D, m)) for m in sizes]
    chain.synapse_logits = [np.zeros_like(a) for a in amps]
    return chain


def _read(data, path, classifier_type):
    """Build the classifier from the opened archive, checking every array (raises _Damaged)."""
    params = json.loads(str(data["params_json"]))
    if not isinstance(params, dict):
        raise _Damaged("'params_json' is not a JSON object")
    params["hidden_layer_sizes"] = tuple(params.get("hidden_layer_sizes", ()))
    params.setdefault("readout", "rate")  # files written before the label read-out used rates
    params.setdefault("n_chains", 1)  # version 1 files hold one chain
    params.setdefault("input_coding", "rate")  # versions 1 and 2: one input neuron per feature
    clf = classifier_type(**params)
    try:
        hidden = clf._validate_params()
    except ValueError as exc:
        raise _Damaged(f"parameters: {exc}") from None
    sizes = tuple(int(s) for s in _array(data, "layer_sizes", (None,), kind="iu"))
    n_in = _int(data, "n_features_in", minimum=1)
    classes = data["classes"]
    if classes.ndim != 1 or classes.size < 1:
        raise _Damaged(f"'classes' has shape {classes.shape}, expected one or more class labels")
    n_out = classes.size * int(clf.output_population)
    n_input_neurons = n_in * (2 if clf.input_coding == "onoff" else 1)
    want = (n_input_neurons,) + hidden + (n_out,)
    if sizes != want:
        raise _Damaged(f"layer sizes {list(sizes)} do not match {n_in} features "
                       f"(input_coding {clf.input_coding!r}), hidden layers "
                       f"{list(hidden)} and {classes.size} classes x {clf.output_population} output "
                       f"neurons {list(want)}")
    x_min = _array(data, "x_min", (n_in,))
    x_scale = _array(data, "x_scale", (n_in,))
    if not np.all(x_scale > 0):
        raise _Damaged("'x_scale' has entries <= 0 (input ranges must be positive)")
    q0 = float(_array(data, "q0", ()))
    chains = [_read_chain(data, _chain_prefix(k), sizes, q0, int(clf.n_synapses))
              for k in range(int(clf.n_chains))]
    n_readout, interval = int(clf.n_readout), int(clf.readout_interval)
    n_weights = sum(sizes[l] * (sizes[l - 1] + 1) for l in range(1, len(sizes)))
    snapshots = _array(data, "snapshots", (len(chains) * n_readout, n_weights)).copy()
    n_done = _int(data, "n_sweeps_done", minimum=0)
    n_snap = _int(data, "n_snapshots", minimum=0)
    if n_snap != n_done // interval:
        raise _Damaged(f"'n_snapshots' is {n_snap}, but {n_done} sweeps with a snapshot every "
                       f"{interval} give {n_done // interval}")
    hist_sweep = _array(data, "history_sweep", (n_done,), kind="iu")
    hist_ll = _array(data, "history_loglik", (hist_sweep.size,), finite=False)
    metadata = json.loads(str(data["metadata_json"]))
    if not isinstance(metadata, dict):
        raise _Damaged("'metadata_json' is not a JSON object")
    clf.classes_ = classes
    clf.n_features_in_ = n_in
    clf.x_min_ = x_min
    clf.x_scale_ = x_scale
    clf.chains_ = chains
    clf._snapshots = snapshots
    clf._n_snapshots = n_snap
    clf._readout_seed = _int(data, "readout_seed")
    clf.n_sweeps_done_ = n_done
    clf.metadata_ = metadata
    clf.history_ = {"sweep": hist_sweep.tolist(), "log_likelihood": hist_ll.tolist()}
    return clf


def read_model(path, classifier_type):
    """Load a :class:`~stochnet.dsnn.DSNNClassifier` written by :func:`save_dsnn` (use
    :func:`stochnet.dsnn.load_dsnn`, which passes the class).

    Parameters
    ----------
    path : str or path-like
    classifier_type : type
        The classifier class to build (``DSNNClassifier``).

    Returns
    -------
    DSNNClassifier
        Fitted, with ``metadata_`` (the dict given to :func:`save_dsnn`).

    Raises
    ------
    DSNNModelFileError
        If the file does not exist, is not a DSNN model file, has another format version, or any
        array is missing, of the wrong shape or type, not finite, or inconsistent with the others.
    """
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise DSNNModelFileError(f"{path}: model file does not exist")
    try:
        data = np.load(path, allow_pickle=False)
    except (ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:
        raise DSNNModelFileError(f"{path}: not a DSNN model file (.npz): {exc}") from None
    if not hasattr(data, "files"):
        raise DSNNModelFileError(f"{path}: not a DSNN model file (a bare .npy array)")
    try:
        with data:
            if "magic" not in data.files or str(data["magic"]) != _MAGIC:
                raise DSNNModelFileError(f"{path}: not a DSNN model file (no '{_MAGIC}' marker)")
            version = int(data["format_version"])
            if version not in _READABLE_VERSIONS:
                raise DSNNModelFileError(
                    f"{path}: model format version {version} is not supported "
                    f"(this stochnet reads versions {', '.join(map(str, _READABLE_VERSIONS))})")
            return _read(data, path, classifier_type)
    except DSNNModelFileError:
        raise
    except _Damaged as exc:
        raise DSNNModelFileError(f"{path}: damaged DSNN model file: {exc}") from None
    except KeyError as exc:
        raise DSNNModelFileError(f"{path}: damaged DSNN model file: missing array ({exc.args[0]})") from None
    except (ValueError, TypeError, OSError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
        raise DSNNModelFileError(f"{path}: damaged DSNN model file ({exc})") from None
