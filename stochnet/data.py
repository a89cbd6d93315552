"""Data sets for the DSNN: scikit-learn's 8x8 digits (embedded default) and IDX (MNIST) files.

The digits (1797 images of 8x8 pixels with values 0..16, shipped inside scikit-learn, so no
download) are split into train and held-out test sets, stratified, with a seeded generator.

IDX format (LeCun et al., http://yann.lecun.com/exdb/mnist/): a 4-byte magic number ``0x00 0x00
<type> <ndim>`` (type ``0x08`` ubyte, ``0x09`` sbyte, ``0x0B`` int16, ``0x0C`` int32, ``0x0D`` float32,
``0x0E`` float64), ``ndim`` big-endian uint32 sizes, then the data in big-endian C order.  Files may
be gzip-compressed (``.gz``).  A wrong magic number, a truncated file, trailing bytes or image and
label files of different lengths raise :class:`IDXFormatError` with a one-line message.
"""

from __future__ import annotations

import gzip
import os
from dataclasses import dataclass

import numpy as np

from stochnet.exceptions import StochNetError

__all__ = ["Dataset", "IDXFormatError", "read_idx", "load_digits_split", "load_idx_dataset",
           "load_dataset"]

_IDX_TYPES = {
    0x08: np.dtype("u1"), 0x09: np.dtype("i1"), 0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"), 0x0D: np.dtype(">f4"), 0x0E: np.dtype(">f8"),
}

_MNIST_NAMES = {
    "train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}


class IDXFormatError(StochNetError):
    """An IDX file that is missing, has a wrong magic number, is truncated or does not match."""


@dataclass(frozen=True)
class Dataset:
    """A train / test split; ``X_*`` are ``(n, n_features)`` float64, ``y_*`` integer labels."""

    name: str
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray

    def to_dict(self) -> dict:
        return {"name": self.name, "n_train": int(self.X_train.shape[0]),
                "n_test": int(self.X_test.shape[0]), "n_features": int(self.X_train.shape[1]),
                "n_classes": int(len(np.unique(self.y_train)))}


def _readonly(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


def read_idx(path) -> np.ndarray:
    """Read one IDX file (optionally ``.gz``) into a native-endian array.

    Raises
    ------
    IDXFormatError
        Missing file, wrong magic number, truncated header or data, or trailing bytes.
    """
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise IDXFormatError(f"{path}: IDX file does not exist")
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            raw = fh.read()
    except (OSError, EOFError) as exc:
        raise IDXFormatError(f"{path}: cannot read IDX file ({exc})") from None
    if len(raw) < 4:
        raise IDXFormatError(f"{path}: truncated IDX file: {len(raw)} bytes, no complete magic number")
    magic = int.from_bytes(raw[:4], "big")
    type_code, ndim = raw[2], raw[3]
    if raw[0] != 0 or raw[1] != 0 or type_code not in _IDX_TYPES or ndim == 0:
        raise IDXFormatError(
            f"{path}: wrong IDX magic number 0x{magic:08X} (expected 0x0000TTNN with type TT in "
            f"08,09,0B,0C,0D,0E and NN >= 1 dimensions)")
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise IDXFormatError(f"{path}: truncated IDX file: header needs {header} bytes, found {len(raw)}")
    dims = tuple(int.from_bytes(raw[4 + 4 * k: 8 + 4 * k], "big") for k in range(ndim))
    dtype = _IDX_TYPES[type_code]
    need = int(np.prod(dims, dtype=np.int64)) * dtype.itemsize
    have = len(raw) - header
    if have < need:
        raise IDXFormatError(
            f"{path}: truncated IDX file: dimensions {dims} need {need} data bytes, found {have}")
    if have > need:
        raise IDXFormatError(
            f"{path}: size mismatch: dimensions {dims} need {need} data bytes, found {have}")
    arr = np.frombuffer(raw, dtype=dtype, offset=header, count=need // dtype.itemsize)
    return arr.reshape(dims).astype(dtype.newbyteorder("="))


def _read_pair(images_path, labels_path):
    images = read_idx(images_path)
    labels = read_idx(labels_path)
    if images.ndim < 2:
        raise IDXFormatError(f"{images_path}: expected images with >= 2 dimensions, got shape {images.shape}")
    if labels.ndim != 1:
        raise IDXFormatError(f"{labels_path}: expected 1-dimensional labels, got shape {labels.shape}")
    if images.shape[0] != labels.shape[0]:
        raise IDXFormatError(
            f"{labels_path}: size mismatch: {images.shape[0]} images in {images_path} but "
            f"{labels.shape[0]} labels")
    X = images.reshape(images.shape[0], -1).astype(np.float64)
    return X, labels.astype(np.int64)


def _find(directory, stem):
    for name in (stem, stem + ".gz", stem.replace("-idx", ".idx"), stem.replace("-idx", ".idx") + ".gz"):
        p = os.path.join(directory, name)
        if os.path.isfile(p):
            return p
    return None


def _split(X, y, test_size, seed):
    from sklearn.model_selection import train_test_split

    strat = y if np.min(np.bincount(np.unique(y, return_inverse=True)[1])) >= 2 else None
    return train_test_split(X, y, test_size=test_size, random_state=np.random.RandomState(
        np.random.default_rng(seed).integers(0, 2**31 - 1)), stratify=strat)


def load_digits_split(test_size: float = 0.25, seed=0) -> Dataset:
    """scikit-learn's 8x8 digits split into train and held-out test (stratified, seeded).

    Parameters
    ----------
    test_size : float, default=0.25
        Held-out fraction, in (0, 1).
    seed : int, numpy Generator or None, default=0
        Seed of the split.

    Returns
    -------
    Dataset
        Read-only float64 pixels (0..16) and integer labels.

    Examples
    --------
    >>> ds = load_digits_split(test_size=0.25, seed=0)
    >>> ds.X_train.shape, ds.X_test.shape
    ((1347, 64), (450, 64))
    >>> ds.to_dict()["n_classes"]
    10
    """
    from sklearn.datasets import load_digits

    if not 0.0 < test_size < 1.0:
        raise StochNetError(f"test_size must be in (0, 1), got {test_size!r}")
    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = _split(X.astype(np.float64), y.astype(np.int64), test_size, seed)
    return Dataset("digits", *(_readonly(np.ascontiguousarray(a)) for a in (Xtr, ytr, Xte, yte)))


def load_idx_dataset(path, test_size: float = 0.25, seed=0, max_train=None) -> Dataset:
    """Load MNIST-style IDX files.

    ``path`` is a directory holding ``train-images-idx3-ubyte`` / ``train-labels-idx1-ubyte`` (and
    optionally ``t10k-...``, each possibly ``.gz``), or an images file whose labels file is named
    with ``labels-idx1`` in place of ``images-idx3``.  Without a test pair, ``test_size`` of the
    training pair is held out.  ``max_train`` keeps a seeded random subset of the training set.
    """
    path = os.fspath(path)
    if os.path.isdir(path):
        tr_img, tr_lab = (_find(path, n) for n in _MNIST_NAMES["train"])
        if tr_img is None or tr_lab is None:
            raise IDXFormatError(
                f"{path}: no train-images-idx3-ubyte / train-labels-idx1-ubyte (optionally .gz) in directory")
        te_img, te_lab = (_find(path, n) for n in _MNIST_NAMES["test"])
    elif os.path.isfile(path):
        tr_img = path
        base = os.path.basename(path)
        if "images-idx3" not in base:
            raise IDXFormatError(
                f"{path}: cannot find the labels file: the images file name must contain 'images-idx3'")
        tr_lab = os.path.join(os.path.dirname(path), base.replace("images-idx3", "labels-idx1"))
        if not os.path.isfile(tr_lab):
            raise IDXFormatError(f"{tr_lab}: labels file for {path} does not exist")
        te_img = te_lab = None
    else:
        raise IDXFormatError(f"{path}: data set path does not exist (give 'digits', an IDX directory or images file)")
    X, y = _read_pair(tr_img, tr_lab)
    if te_img is not None and te_lab is not None:
        Xte, yte = _read_pair(te_img, te_lab)
        if Xte.shape[1] != X.shape[1]:
            raise IDXFormatError(
                f"{te_img}: size mismatch: {Xte.shape[1]} pixels per image, training images have {X.shape[1]}")
        Xtr, ytr = X, y
    else:
        Xtr, Xte, ytr, yte = _split(X, y, test_size, seed)
    if max_train is not None and max_train < Xtr.shape[0]:
        keep = np.sort(np.random.default_rng(seed).choice(Xtr.shape[0], size=int(max_train), replace=False))
        Xtr, ytr = Xtr[keep], ytr[keep]
    name = os.path.basename(os.path.normpath(path))
    return Dataset(name, *(_readonly(np.ascontiguousarray(a)) for a in (Xtr, ytr, Xte, yte)))


def load_dataset(spec: str = "digits", test_size: float = 0.25, seed=0, max_train=None) -> Dataset:
    """``"digits"`` for the embedded digits, otherwise a path for :func:`load_idx_dataset`.

    Parameters
    ----------
    spec : str, default="digits"
        ``"digits"`` or a path (IDX directory or images file).
    test_size : float, default=0.25
        Held-out fraction when the data have no test files.
    seed : int, numpy Generator or None, default=0
        Seed of the split and of the ``max_train`` subset.
    max_train : int, optional
        Keep a random subset of this many training examples.

    Returns
    -------
    Dataset

    Raises
    ------
    IDXFormatError
        A missing path or a damaged IDX file.

    Examples
    --------
    >>> ds = load_dataset("digits", seed=1, max_train=100)
    >>> ds.X_train.shape[0], ds.name
    (100, 'digits')
    """
    if spec == "digits":
        ds = load_digits_split(test_size=test_size, seed=seed)
        if max_train is not None and max_train < ds.X_train.shape[0]:
            keep = np.sort(np.random.default_rng(seed).choice(ds.X_train.shape[0], size=int(max_train), replace=False))
            ds = Dataset(ds.name, _readonly(ds.X_train[keep]), _readonly(ds.y_train[keep]), ds.X_test, ds.y_test)
        return ds
    return load_idx_dataset(spec, test_size=test_size, seed=seed, max_train=max_train)
