"""Digits split and the IDX (MNIST format) reader, including every error message."""

import gzip
import struct

import numpy as np
import pytest

from stochnet.data import IDXFormatError, load_dataset, load_digits_split, load_idx_dataset, read_idx


def write_idx(path, arr, type_code=0x08, magic=None, truncate=0, extra=b""):
    arr = np.asarray(arr)
    head = magic if magic is not None else struct.pack(">BBBB", 0, 0, type_code, arr.ndim)
    dims = b"".join(struct.pack(">I", n) for n in arr.shape)
    dt = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}[type_code]
    raw = head + dims + arr.astype(dt).tobytes() + extra
    if truncate:
        raw = raw[:-truncate]
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "wb") as fh:
        fh.write(raw)
    return path


def test_digits_split_sizes_and_stratification():
    ds = load_digits_split(test_size=0.25, seed=0)
    assert ds.X_train.shape == (1347, 64) and ds.X_test.shape == (450, 64)  # 1797 digits
    assert np.bincount(ds.y_test).min() >= 43  # each class ~45 in a stratified 25 % split
    assert not ds.X_train.flags.writeable
    again = load_digits_split(test_size=0.25, seed=0)
    np.testing.assert_array_equal(ds.y_test, again.y_test)
    assert ds.to_dict()["n_classes"] == 10


@pytest.mark.parametrize("type_code", [0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E])
def test_read_idx_roundtrip(tmp_path, type_code):
    arr = (np.arange(24).reshape(2, 3, 4) % 100).astype(np.float64)
    got = read_idx(write_idx(tmp_path / "a.idx", arr, type_code))
    np.testing.assert_array_equal(got, arr)
    assert got.dtype.isnative


def test_read_idx_gz(tmp_path):
    arr = np.arange(10, dtype=np.uint8)
    np.testing.assert_array_equal(read_idx(write_idx(tmp_path / "a.idx.gz", arr)), arr)


def test_read_idx_wrong_magic(tmp_path):
    p = write_idx(tmp_path / "a", np.zeros(4), magic=b"\x1f\x8b\x08\x01")
    with pytest.raises(IDXFormatError, match="wrong IDX magic number 0x1F8B0801"):
        read_idx(p)
    p = write_idx(tmp_path / "b", np.zeros(4), magic=b"\x00\x00\x07\x01")
    with pytest.raises(IDXFormatError, match="wrong IDX magic number 0x00000701"):
        read_idx(p)


def test_read_idx_truncated(tmp_path):
    p = write_idx(tmp_path / "a", np.zeros((3, 4)), truncate=5)
    with pytest.raises(IDXFormatError, match=r"truncated IDX file: dimensions \(3, 4\) need 12 data bytes, found 7"):
        read_idx(p)
    (tmp_path / "b").write_bytes(b"\x00\x00")
    with pytest.raises(IDXFormatError, match="truncated IDX file: 2 bytes"):
        read_idx(tmp_path / "b")
    (tmp_path / "c").write_bytes(b"\x00\x00\x08\x03\x00\x00\x00\x01")
    with pytest.raises(IDXFormatError, match="header needs 16 bytes, found 8"):
        read_idx(tmp_path / "c")


def test_read_idx_trailing_bytes(tmp_path):
    p = write_idx(tmp_path / "a", np.zeros(3), extra=b"xx")
    with pytest.raises(IDXFormatError, match="size mismatch: dimensions"):
        read_idx(p)


def test_read_idx_missing(tmp_path):
    with pytest.raises(IDXFormatError, match="does not exist"):
        read_idx(tmp_path / "nope")


def _mnist_dir(tmp_path, n_train=20, n_labels=None, test=True):
    rng = np.random.default_rng(0)
    write_idx(tmp_path / "train-images-idx3-ubyte", rng.integers(0, 256, (n_train, 4, 4)))
    write_idx(tmp_path / "train-labels-idx1-ubyte", rng.integers(0, 3, n_labels or n_train))
    if test:
        write_idx(tmp_path / "t10k-images-idx3-ubyte.gz", rng.integers(0, 256, (6, 4, 4)))
        write_idx(tmp_path / "t10k-labels-idx1-ubyte.gz", rng.integers(0, 3, 6))
    return tmp_path


def test_load_idx_directory(tmp_path):
    ds = load_idx_dataset(_mnist_dir(tmp_path))
    assert ds.X_train.shape == (20, 16) and ds.X_test.shape == (6, 16)
    assert ds.y_train.dtype == np.int64


def test_load_idx_images_file_and_split(tmp_path):
    _mnist_dir(tmp_path, n_train=40, test=False)
    ds = load_idx_dataset(tmp_path / "train-images-idx3-ubyte", test_size=0.25, max_train=10)
    assert ds.X_test.shape[0] == 10 and ds.X_train.shape[0] == 10


def test_load_idx_label_count_mismatch(tmp_path):
    _mnist_dir(tmp_path, n_train=20, n_labels=19)
    with pytest.raises(IDXFormatError, match="size mismatch: 20 images .* but 19 labels"):
        load_idx_dataset(tmp_path)


def test_load_idx_errors(tmp_path):
    with pytest.raises(IDXFormatError, match="data set path does not exist"):
        load_dataset(str(tmp_path / "nothing"))
    with pytest.raises(IDXFormatError, match="no train-images-idx3-ubyte"):
        load_idx_dataset(tmp_path)
    write_idx(tmp_path / "foo.idx", np.zeros((2, 2, 2)))
    with pytest.raises(IDXFormatError, match="must contain 'images-idx3'"):
        load_idx_dataset(tmp_path / "foo.idx")
