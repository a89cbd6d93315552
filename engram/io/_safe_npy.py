"""Read a pickled ``.npy`` file (suite2p's ``ops.npy``) without running code from it.

``np.load(path, allow_pickle=True)`` unpickles whatever the file holds, and a pickle can call any
importable function (``os.system``, ``subprocess.Popen``, ``builtins.eval``): opening a data folder would
run code from it. :func:`load_pickled_npy` reads the ``.npy`` header itself and unpickles the payload with
:class:`RestrictedUnpickler`, whose ``find_class`` admits only what a dictionary of plain values saved by
``np.save`` needs: numpy arrays, dtypes and scalars (numpy 1.x and 2.x module paths) and a few harmless
builtins (``set``, ``frozenset``, ``complex``, ``bytearray``, ``slice``, ``range``, ``OrderedDict``, the
``_codecs.encode`` that protocol-2 pickles use for bytes). Every other global is refused with
:class:`pickle.UnpicklingError` before it is looked up, so nothing is imported or called.
"""

from __future__ import annotations

import pickle
from typing import BinaryIO

import numpy as np

__all__ = ["RestrictedUnpickler", "load_pickled_npy", "ALLOWED_GLOBALS"]

ALLOWED_GLOBALS = frozenset(
    {
        ("numpy", "ndarray"),
        ("numpy", "dtype"),
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy.core.multiarray", "scalar"),
        ("numpy._core.multiarray", "scalar"),
        ("builtins", "set"),
        ("builtins", "frozenset"),
        ("builtins", "complex"),
        ("builtins", "bytearray"),
        ("builtins", "slice"),
        ("builtins", "range"),
        ("collections", "OrderedDict"),
        ("_codecs", "encode"),
    }
)


class RestrictedUnpickler(pickle.Unpickler):
    """An unpickler that resolves only the globals in :data:`ALLOWED_GLOBALS`.

    Examples
    --------
    >>> import io, os, pickle
    >>> class Evil:
    ...     def __reduce__(self):
    ...         return (os.system, ("echo pwned",))
    >>> RestrictedUnpickler(io.BytesIO(pickle.dumps(Evil()))).load()
    Traceback (most recent call last):
    ...
    _pickle.UnpicklingError: global 'posix.system' is forbidden in this file
    >>> RestrictedUnpickler(io.BytesIO(pickle.dumps({"fs": 30.0, "tau": {1, 2}}))).load()
    {'fs': 30.0, 'tau': {1, 2}}
    """

    def find_class(self, module: str, name: str):
        if (module, name) not in ALLOWED_GLOBALS:
            raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden in this file")
        return super().find_class(module, name)


def _read_header(fh: BinaryIO):
    version = np.lib.format.read_magic(fh)
    if version == (1, 0):
        return np.lib.format.read_array_header_1_0(fh)
    if version == (2, 0):
        return np.lib.format.read_array_header_2_0(fh)
    raise ValueError(f"unsupported .npy format version {version}")


def load_pickled_npy(path: str):
    """Load a ``.npy`` file whose dtype is ``object`` (saved with ``allow_pickle=True``) safely.

    Returns the unpickled array (for an ``np.save``-d dict, a 0-d object array; use ``.item()``).
    Arrays of a plain dtype are read with ``allow_pickle=False``.

    Raises
    ------
    pickle.UnpicklingError
        The pickle names a global outside :data:`ALLOWED_GLOBALS` (nothing was imported or called).
    ValueError, EOFError, OSError
        Not a ``.npy`` file, or a truncated one.
    """
    with open(path, "rb") as fh:
        shape, fortran, dtype = _read_header(fh)
        if not dtype.hasobject:
            return np.load(path, allow_pickle=False)
        arr = RestrictedUnpickler(fh, encoding="latin1").load()
    if not isinstance(arr, np.ndarray):
        raise ValueError(f"the pickle holds a {type(arr).__name__}, not an array")
    return arr
