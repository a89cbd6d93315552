"""Opening a data folder never runs code from it: suite2p's pickled ops.npy goes through a restricted unpickler."""

import os
import pickle
import subprocess

import numpy as np
import pytest

from engram.exceptions import EngramFormatError
from engram.io._safe_npy import RestrictedUnpickler, load_pickled_npy
from engram.io.suite2p import read_suite2p, write_suite2p


class _Payload:
    """An object whose unpickling calls ``func(*args)``: what a crafted ops.npy would hold."""

    def __init__(self, func, args):
        self.func, self.args = func, args

    def __reduce__(self):
        return (self.func, self.args)


def _folder(tmp_path, fps=25.0):
    folder = tmp_path / "s2p"
    tr = np.random.default_rng(0).normal(size=(4, 200)).astype(np.float32)
    write_suite2p(str(folder), tr, fps)
    return folder


@pytest.mark.parametrize("how", ["os.system", "subprocess", "eval", "nested"])
def test_crafted_ops_npy_runs_nothing_and_is_refused(tmp_path, how):
    folder = _folder(tmp_path)
    marker = tmp_path / "pwned"
    cmd = f"touch {marker}"
    payload = {
        "os.system": _Payload(os.system, (cmd,)),
        "subprocess": _Payload(subprocess.call, (["touch", str(marker)],)),
        "eval": _Payload(eval, (f"open({str(marker)!r}, 'w')",)),
        # the payload hidden inside an otherwise genuine ops dict
        "nested": {"fs": 25.0, "meanImg": np.zeros((2, 2)), "x": [_Payload(os.system, (cmd,))]},
    }[how]
    np.save(folder / "ops.npy", np.array(payload, dtype=object) if how == "nested" else
            np.array([payload], dtype=object), allow_pickle=True)
    # the hazard is real: numpy's own loader with allow_pickle=True runs the payload (checked in a copy)
    with pytest.raises(EngramFormatError, match=r"ops\.npy: not a suite2p ops dictionary \(refused: global"):
        read_suite2p(str(folder))
    assert not marker.exists()
    unsafe = np.load(folder / "ops.npy", allow_pickle=True)  # the hazard the restricted reader avoids
    assert unsafe is not None and marker.exists()


def test_genuine_ops_npy_still_loads(tmp_path):
    folder = _folder(tmp_path, fps=30.0)
    ops = {"fs": np.float64(30.0), "nframes": np.int64(200), "meanImg": np.ones((4, 4), np.float32),
           "save_path0": "/data", "tau": 1.0, "diameter": [12, 12], "roidetect": True,
           "filelist": np.array(["a.tif", "b.tif"]), "nested": {"fs": 30.0}, "yrange": (0, 4), "c": 1j}
    np.save(folder / "ops.npy", np.array(ops, dtype=object), allow_pickle=True)
    assert read_suite2p(str(folder)).fps == 30.0
    back = load_pickled_npy(str(folder / "ops.npy")).item()
    assert back.keys() == ops.keys() and np.array_equal(back["meanImg"], ops["meanImg"])
    assert back["nested"] == {"fs": 30.0} and back["yrange"] == (0, 4)


def test_ops_npy_numpy1_module_paths_are_admitted():
    # suite2p files written under numpy 1.x name numpy.core.multiarray instead of numpy._core.multiarray
    data = pickle.dumps(np.array({"fs": 20.0}, dtype=object), protocol=2).replace(b"numpy._core", b"numpy.core")
    import io

    assert b"numpy.core.multiarray" in data
    assert RestrictedUnpickler(io.BytesIO(data), encoding="latin1").load().item() == {"fs": 20.0}


@pytest.mark.parametrize("content", [b"", b"\x93NUMPY\x01\x00", b"not a numpy file at all", "float_array", "truncated"])
def test_broken_or_foreign_ops_npy_is_a_clean_error(tmp_path, content):
    folder = _folder(tmp_path)
    path = folder / "ops.npy"
    if content == "float_array":
        np.save(path, np.arange(3.0))
    elif content == "truncated":
        path.write_bytes(path.read_bytes()[:-20])
    else:
        path.write_bytes(content)
    with pytest.raises(EngramFormatError, match=r"ops\.npy: not a suite2p ops dictionary"):
        read_suite2p(str(folder))


def _calls(tree):
    import ast

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            owner = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else ""
            yield owner, name, {k.arg: k.value for k in node.keywords}


def test_no_loader_unpickles_user_files():
    # every np.load in engram passes allow_pickle=False, nothing calls pickle.load(s), eval or exec;
    # only the restricted unpickler reads ops.npy
    import ast

    import engram

    root = os.path.dirname(engram.__file__)
    seen = 0
    for dirpath, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".py"):
                continue
            tree = ast.parse(open(os.path.join(dirpath, name), encoding="utf-8").read())
            for owner, func, kw in _calls(tree):
                where = f"{name}: {owner}.{func}"
                if owner == "np" and func == "load":
                    seen += 1
                    assert "allow_pickle" in kw and ast.literal_eval(kw["allow_pickle"]) is False, where
                assert not (owner in ("pickle", "cloudpickle", "dill", "joblib") and func in ("load", "loads")), where
                assert func not in ("eval", "exec") or owner, where
    assert seen >= 3
