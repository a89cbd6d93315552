"""Resumable experiment state in one ``.npz`` file, replaced atomically after every unit of work.

The file holds a marker and a format version, the run's parameters as JSON (the key a resumed run
must match), the progress as JSON and plain arrays (a model is embedded as the bytes of its own
``.npz`` model file, :meth:`~stochnet.dsnn.DSNNClassifier.save`). It is read with
``allow_pickle=False``: no pickle is involved. Writing goes to a temporary file in the same
directory, is fsynced and moved over the old file with ``os.replace``, so a kill at any moment
leaves the previous state or the new one (a stray ``.NAME.*.tmp`` may then remain).
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile

import numpy as np

from stochnet.exceptions import StochNetError
from stochnet.experiments.stats import json_default

__all__ = ["StateFormat", "one_line", "model_to_array", "model_from_array", "check_state_path", "write_state",
           "read_state"]


@dataclasses.dataclass(frozen=True)
class StateFormat:
    """What identifies one experiment's state files: ``magic`` marker, ``version``, the valid
    ``stages`` and the ``label`` used in messages (e.g. "necker checkpoint")."""

    magic: str
    version: int
    stages: tuple
    label: str


def one_line(exc) -> str:
    """An exception as one line: its type and its message with whitespace collapsed."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def model_to_array(clf) -> np.ndarray:
    """The DSNN as the bytes of its own ``.npz`` model file (:meth:`DSNNClassifier.save`)."""
    fd, tmp = tempfile.mkstemp(prefix="stochnet-model-", suffix=".npz")
    os.close(fd)
    try:
        clf.save(tmp)
        with open(tmp, "rb") as fh:
            return np.frombuffer(fh.read(), dtype=np.uint8)
    finally:
        os.unlink(tmp)


def model_from_array(buf: np.ndarray):
    """The DSNN stored by :func:`model_to_array` (its own loader validates the bytes)."""
    from stochnet.dsnn import load_dsnn

    fd, tmp = tempfile.mkstemp(prefix="stochnet-model-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(np.ascontiguousarray(buf, dtype=np.uint8).tobytes())
        return load_dsnn(tmp)
    finally:
        os.unlink(tmp)


def check_state_path(path) -> str:
    """``path`` as a string; StochNetError when it is a directory or its directory does not exist."""
    path = os.fspath(path)
    if os.path.isdir(path):
        raise StochNetError(f"{path}: checkpoint path is a directory")
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise StochNetError(f"{path}: checkpoint directory {directory} does not exist")
    return path


def write_state(path: str, fmt: StateFormat, key: str, state: dict, arrays: dict) -> None:
    """Write the state atomically: a temporary file in the same directory, fsync, ``os.replace``.
    An interruption at any moment leaves either the previous state or the new one."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise StochNetError(f"{path}: cannot write checkpoint: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, magic=np.array(fmt.magic),
                     format_version=np.array(fmt.version, dtype=np.int64),
                     params_json=np.array(key),
                     state_json=np.array(json.dumps(state, default=json_default)), **arrays)
            fh.flush()
            os.fsync(fh.fileno())
        if os.path.exists(path):  # mkstemp creates mode 0600: keep the file's mode, or the umask default
            os.chmod(tmp, os.stat(path).st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise StochNetError(f"{path}: cannot write checkpoint: {exc.strerror or exc}") from None
        raise


def _describe_mismatch(stored: str, key: str) -> str:
    try:
        a, b = json.loads(stored), json.loads(key)
    except (json.JSONDecodeError, TypeError):
        return "unreadable parameters"
    if not isinstance(a, dict):
        return "unreadable parameters"

    def short(v):
        t = json.dumps(v)
        return t if len(t) <= 40 else t[:37] + "..."

    diffs = [f"{k}: {short(a.get(k))} in the file, {short(b.get(k))} now"
             for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
    return "; ".join(diffs[:4]) + ("; ..." if len(diffs) > 4 else "")


def read_state(path: str, fmt: StateFormat, key: str):
    """``(state, arrays)`` stored for the same parameters, or None when the file does not exist.

    Raises :class:`StochNetError` (one line, naming the file) when it is not a state file of this
    format, is damaged, has another format version, or was made with other parameters."""
    label = fmt.label
    if not os.path.exists(path):
        return None
    try:
        data = np.load(path, allow_pickle=False)
        if not hasattr(data, "files"):
            raise StochNetError(f"{path}: not a {label} (a bare .npy array)")
        with data:
            files = set(data.files)
            if "magic" not in files or str(data["magic"]) != fmt.magic:
                raise StochNetError(f"{path}: not a {label} (no '{fmt.magic}' marker)")
            version = int(data["format_version"])
            if version != fmt.version:
                raise StochNetError(f"{path}: {label} format version {version} is not supported "
                                    f"(this stochnet reads version {fmt.version})")
            stored = str(data["params_json"])
            if stored != key:
                raise StochNetError(f"{path}: checkpoint was made with different parameters "
                                    f"({_describe_mismatch(stored, key)}); use another checkpoint path "
                                    "or delete the file")
            state = json.loads(str(data["state_json"]))
            arrays = {k: data[k] for k in files - {"magic", "format_version", "params_json", "state_json"}}
        if not isinstance(state, dict) or state.get("stage") not in fmt.stages:
            raise StochNetError(f"{path}: corrupt {label} (no valid stage)")
        if "model" not in arrays:
            raise StochNetError(f"{path}: corrupt {label} (no model)")
        return state, arrays
    except StochNetError:
        raise
    except Exception as exc:  # zip, zlib, npy header, JSON, OS errors: a damaged or foreign file
        raise StochNetError(f"{path}: corrupt or unreadable {label} ({one_line(exc)})") from None
