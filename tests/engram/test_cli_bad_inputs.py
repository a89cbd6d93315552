"""Every bad input to ``synctool engram`` is one line ``Error: ...`` with exit 1 (usage: 2), never a traceback.

Table-driven: each case copies a small valid npz data set (2 mice x 2 sessions x 12 cells x 20 s), breaks one
thing, runs a command through CliRunner and checks the exit code, that the whole output is one line starting
with ``Error``, and that the line names the culprit (file, column or option).
"""

import shutil

import h5py
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from cli import synctool
from engram.io.caiman import write_caiman
from engram.io.nwb import write_nwb
from engram.io.suite2p import write_suite2p
from engram.simulation import simulate, write_dataset
from tests.engram.conftest import SMALL_SESSIONS, small_config


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad_base")
    sim = simulate(small_config(n_mice=2, n_cells=12, duration_s=20.0, sessions=SMALL_SESSIONS[:2],
                                   ensemble_sessions=()), seed=3)
    write_dataset(sim, str(d), "npz")
    return d


def _edit_manifest(d, **changes):
    frame = pd.read_csv(d / "manifest.csv", dtype=str, keep_default_na=False)
    for col, value in changes.items():
        frame.loc[0, col] = value
    frame.to_csv(d / "manifest.csv", index=False)


def _edit_labels(d, func):
    frame = pd.read_csv(d / "labels.csv", dtype=str, keep_default_na=False)
    func(frame).to_csv(d / "labels.csv", index=False)


def _npz(d, **arrays):
    """Rewrite m1/novel.npz with some arrays replaced (None removes one)."""
    path = d / "m1" / "novel.npz"
    with np.load(path) as z:
        data = {k: z[k] for k in z.files}
    for k, v in arrays.items():
        if v is None:
            data.pop(k)
        else:
            data[k] = v(data) if callable(v) else v
    np.savez(path, **data)


def _row_to(d, rel, fmt, fps=""):
    """Point the first manifest row at ``rel`` (written by the case) with format ``fmt``."""
    _edit_manifest(d, path=rel, format=fmt, fps=fps)


def _truncate(path, keep=0.5):
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def _traces(n=12, t=400):
    return np.random.default_rng(0).normal(size=(n, t)).astype(np.float32)


def _caiman_no_c(d):
    with h5py.File(d / "m1" / "x.hdf5", "w") as h5:
        h5.create_dataset("estimates/S", data=_traces())
    _row_to(d, "m1/x.hdf5", "caiman", "20")


def _caiman_truncated(d):
    write_caiman(str(d / "m1" / "x.hdf5"), _traces(), 20.0, seed=0)
    _truncate(d / "m1" / "x.hdf5", 0.3)
    _row_to(d, "m1/x.hdf5", "caiman")


def _caiman_bad_fr(d):
    write_caiman(str(d / "m1" / "x.hdf5"), _traces(), 20.0, seed=0)
    with h5py.File(d / "m1" / "x.hdf5", "a") as h5:
        del h5["params/data/fr"]
        h5.create_dataset("params/data/fr", data=np.array([20.0, 30.0]))
    _row_to(d, "m1/x.hdf5", "caiman")


def _caiman_bad_idx(d):
    write_caiman(str(d / "m1" / "x.hdf5"), _traces(), 20.0, seed=0)
    with h5py.File(d / "m1" / "x.hdf5", "a") as h5:
        del h5["estimates/idx_components"]
        h5.create_dataset("estimates/idx_components", data=np.array([0.5, np.nan]))
    _row_to(d, "m1/x.hdf5", "caiman")


def _caiman_text(d):
    (d / "m1" / "x.hdf5").write_text("no")
    _row_to(d, "m1/x.hdf5", "caiman")


def _nwb_truncated(d):
    write_nwb(str(d / "m1" / "x.nwb"), _traces(), 20.0)
    _truncate(d / "m1" / "x.nwb", 0.4)
    _row_to(d, "m1/x.nwb", "nwb")


def _nwb_text(d):
    (d / "m1" / "x.nwb").write_text("hello, not HDF5\n")
    _row_to(d, "m1/x.nwb", "nwb")


def _suite2p(d, change):
    folder = d / "m1" / "s2p"
    write_suite2p(str(folder), _traces(), 20.0)
    change(folder)
    _row_to(d, "m1/s2p", "suite2p")


class _Boom:
    def __reduce__(self):
        import os

        return (os.system, ("echo pwned",))


def _csv_file(d, text):
    (d / "m1" / "x.csv").write_text(text)
    _row_to(d, "m1/x.csv", "csv")


def _cellreg(d, write):
    write(d / "m1" / "map.npy")
    _point_cellreg(d, "map.npy")


def _cellreg_file(d, name, keep):
    from engram.io.cellreg import write_cellreg

    m = np.column_stack([np.arange(1, 13)] * 2)
    write_cellreg(str(d / "m1" / name), m)
    _truncate(d / "m1" / name, keep)
    _point_cellreg(d, name)


def _cellreg_text(d, text):
    (d / "m1" / "map.csv").write_text(text)
    _point_cellreg(d, "map.csv")


def _point_cellreg(d, name):
    frame = pd.read_csv(d / "manifest.csv", dtype=str, keep_default_na=False)
    frame["cellreg"] = [f"m1/{name}" if m == "m1" else "" for m in frame["mouse"]]
    frame.to_csv(d / "manifest.csv", index=False)


def _one_mouse(d):
    frame = pd.read_csv(d / "manifest.csv", dtype=str, keep_default_na=False)
    frame[frame["mouse"] == "m1"].to_csv(d / "manifest.csv", index=False)
    _edit_labels(d, lambda f: f[f["mouse"] == "m1"])


SYNC = ["synchrony", "{man}", "--labels", "{lab}", "--permutations", "5"]

# (id, change to the data folder, command (None: SYNC), exit code, text the one line must contain)
CASES = [
    # manifest
    ("manifest-missing", lambda d: (d / "manifest.csv").unlink(), None, 1, "manifest file does not exist"),
    ("manifest-empty", lambda d: (d / "manifest.csv").write_text(""), None, 1, "manifest.csv: not a readable CSV"),
    ("manifest-header-only", lambda d: (d / "manifest.csv").write_text("mouse,session,day,context,path,format\n"),
     None, 1, "manifest has no rows"),
    ("manifest-binary", lambda d: (d / "manifest.csv").write_bytes(b"\xff\xfe\x00\x81" * 50), None, 1, "manifest.csv"),
    ("manifest-no-context", lambda d: pd.read_csv(d / "manifest.csv").drop(columns="context").to_csv(
        d / "manifest.csv", index=False), None, 1, "missing column(s) context"),
    ("manifest-bad-format", lambda d: _edit_manifest(d, format="tiff"), None, 1, "unknown format 'tiff'"),
    ("manifest-day-text", lambda d: _edit_manifest(d, day="monday"), None, 1, "day must be a number"),
    ("manifest-fps-text", lambda d: _edit_manifest(d, fps="fast"), None, 1, "fps must be a number"),
    ("manifest-fps-negative", lambda d: _npz(d, fps=None) or _edit_manifest(d, fps="-20"), None, 1,
     "frame rate must be positive"),
    ("manifest-shock-text", lambda d: _edit_manifest(d, shock_time_s="soon"), None, 1, "shock_time_s must be a number"),
    ("manifest-duplicate", lambda d: pd.concat([pd.read_csv(d / "manifest.csv")] * 2).to_csv(
        d / "manifest.csv", index=False), None, 1, "duplicate rows for mouse 'm1'"),
    ("manifest-missing-trace-file", lambda d: (d / "m1" / "novel.npz").unlink(), None, 1, "missing file"),
    ("manifest-empty-mouse", lambda d: _edit_manifest(d, mouse=""), None, 1, "empty mouse or session"),
    ("manifest-missing-cellreg", lambda d: _edit_manifest(d, cellreg="m1/nomap.npy"), None, 1, "missing cellreg file"),
    ("manifest-is-directory", lambda d: None, ["synchrony", "{dir}", "--labels", "{lab}"], 2, "is a directory"),
    # labels
    ("labels-missing", lambda d: (d / "labels.csv").unlink(), None, 1, "labels file does not exist"),
    ("labels-empty", lambda d: (d / "labels.csv").write_text(""), None, 1, "labels.csv: not a readable CSV"),
    ("labels-no-engram-column", lambda d: _edit_labels(d, lambda f: f.drop(columns="engram")), None, 1,
     "missing column(s) engram"),
    ("labels-engram-2", lambda d: _edit_labels(d, lambda f: f.assign(engram="2")), None, 1, "engram must be 0 or 1"),
    ("labels-engram-empty", lambda d: _edit_labels(d, lambda f: f.assign(engram=[""] + list(f["engram"][1:]))), None,
     1, "labels.csv"),
    ("labels-cell-text", lambda d: _edit_labels(d, lambda f: f.assign(cell=["x"] + list(f["cell"][1:]))), None, 1,
     "cell and engram must be integers"),
    ("labels-cell-fraction", lambda d: _edit_labels(d, lambda f: f.assign(cell=["0.5"] + list(f["cell"][1:]))), None,
     1, "cell and engram must be integers"),
    ("labels-cell-negative", lambda d: _edit_labels(d, lambda f: f.assign(cell=["-1"] + list(f["cell"][1:]))), None,
     1, "labels.csv"),
    ("labels-header-only", lambda d: (d / "labels.csv").write_text("mouse,cell,engram\n"), None, 1,
     "no labels for mouse"),
    ("labels-binary", lambda d: (d / "labels.csv").write_bytes(bytes(range(256)) * 4), None, 1, "labels.csv"),
    ("labels-duplicate", lambda d: _edit_labels(d, lambda f: pd.concat([f, f.iloc[[0]]])), None, 1,
     "duplicate rows for mouse 'm1' cell 0"),
    ("labels-unknown-mouse", lambda d: _edit_labels(d, lambda f: pd.concat([f, pd.DataFrame(
        {"mouse": ["m9"], "cell": ["0"], "engram": ["1"]})])), None, 1, "labels for mouse 'm9'"),
    ("labels-unknown-cell", lambda d: _edit_labels(d, lambda f: pd.concat([f, pd.DataFrame(
        {"mouse": ["m1"], "cell": ["99"], "engram": ["1"]})])), None, 1, "unknown cell(s) of mouse 'm1'"),
    ("labels-cell-unlabelled", lambda d: _edit_labels(d, lambda f: f.iloc[1:]), None, 1, "have no label"),
    ("labels-one-class", lambda d: _edit_labels(d, lambda f: f.assign(engram="0")),
     ["classify", "{man}", "--labels", "{lab}", "--permutations", "0", "--trees", "2"], 1,
     "both engram and non-engram"),
    # npz trace files
    ("npz-truncated", lambda d: _truncate(d / "m1" / "novel.npz"), None, 1, "novel.npz: not a readable npz file"),
    ("npz-empty", lambda d: (d / "m1" / "novel.npz").write_bytes(b""), None, 1, "novel.npz: not a readable npz"),
    ("npz-text", lambda d: (d / "m1" / "novel.npz").write_text("traces\n1,2,3\n"), None, 1, "novel.npz"),
    ("npz-is-npy", lambda d: np.save(open(d / "m1" / "novel.npz", "wb"), _traces()), None, 1,
     "novel.npz: not a readable npz file"),
    ("npz-pickled-object", lambda d: np.savez(d / "m1" / "novel.npz", traces=np.array([_Boom()], dtype=object)), None,
     1, "novel.npz: not a readable npz file"),
    ("npz-is-directory", lambda d: (d / "m1" / "novel.npz").unlink() or (d / "m1" / "novel.npz").mkdir(), None, 1,
     "novel.npz: file is a directory"),
    ("npz-times-nan", lambda d: _npz(d, times=lambda a: np.where(np.arange(a["traces"].shape[1]) == 3, np.nan,
                                                                 np.arange(a["traces"].shape[1]) / 20.0)), None, 1,
     "frame(s) with NaN/inf values (first at frame 3)"),
    ("npz-no-traces", lambda d: _npz(d, traces=None), None, 1, "no 'traces' array"),
    ("npz-nan", lambda d: _npz(d, traces=lambda a: np.where(np.arange(a["traces"].shape[1]) == 7, np.nan,
                                                            a["traces"])), None, 1, "frame(s) with NaN/inf values"),
    ("npz-transposed", lambda d: _npz(d, traces=lambda a: a["traces"].T.copy(), spikes=None), None, 1,
     "orientation is ambiguous"),
    ("npz-1d", lambda d: _npz(d, traces=np.zeros(400, np.float32), spikes=None), None, 1, "must be 2-D"),
    ("npz-empty-traces", lambda d: _npz(d, traces=np.zeros((0, 400), np.float32), spikes=None), None, 1, "is empty"),
    ("npz-text-traces", lambda d: _npz(d, traces=np.full((12, 400), "a"), spikes=None), None, 1,
     "traces must hold numbers"),
    ("npz-fps-vector", lambda d: _npz(d, fps=np.array([20.0, 20.0])), None, 1, "fps must be a single number"),
    ("npz-fps-zero", lambda d: _npz(d, fps=np.float64(0.0)), None, 1, "frame rate must be positive"),
    ("npz-fps-nan", lambda d: _npz(d, fps=np.float64(np.nan)), None, 1, "frame rate must be positive"),
    ("npz-no-fps", lambda d: _npz(d, fps=None), None, 1, "no frame rate in the file"),
    ("npz-fps-disagrees", lambda d: _edit_manifest(d, fps="30"), None, 1, "frame rate 20 Hz in the file but 30"),
    ("npz-spikes-shape", lambda d: _npz(d, spikes=np.zeros((12, 10), np.float32)), None, 1, "length mismatch"),
    ("npz-times-short", lambda d: _npz(d, times=np.arange(10.0)), None, 1, "length mismatch"),
    ("npz-times-backwards", lambda d: _npz(d, times=lambda a: np.arange(a["traces"].shape[1])[::-1] / 20.0), None, 1,
     "not strictly increasing"),
    ("npz-cells-differ", lambda d: _npz(d, traces=lambda a: a["traces"][:10], spikes=lambda a: a["spikes"][:10]),
     None, 1, "length mismatch: mouse 'm1'"),
    # other formats
    ("caiman-truncated", _caiman_truncated, None, 1, "x.hdf5: not an HDF5 file"),
    ("caiman-no-C", _caiman_no_c, None, 1, "no estimates/C dataset"),
    ("caiman-fr-vector", _caiman_bad_fr, None, 1, "x.hdf5"),
    ("caiman-idx-nan", _caiman_bad_idx, None, 1, "idx_components"),
    ("caiman-text", _caiman_text, None, 1, "x.hdf5: not an HDF5 file"),
    ("nwb-truncated", _nwb_truncated, None, 1, "x.nwb: not a readable NWB file"),
    ("nwb-text", _nwb_text, None, 1, "x.nwb: not a readable NWB file"),
    ("suite2p-no-F", lambda d: _suite2p(d, lambda f: (f / "F.npy").unlink()), None, 1, "no F.npy"),
    ("suite2p-F-truncated", lambda d: _suite2p(d, lambda f: _truncate(f / "F.npy")), None, 1, "F.npy"),
    ("suite2p-ops-payload", lambda d: _suite2p(d, lambda f: np.save(f / "ops.npy", np.array([_Boom()], dtype=object),
                                                                     allow_pickle=True)), None, 1,
     "ops.npy: not a suite2p ops dictionary"),
    ("suite2p-F-1d", lambda d: _suite2p(d, lambda f: np.save(f / "F.npy", np.zeros(5))), None, 1, "F.npy"),
    ("suite2p-iscell-short", lambda d: _suite2p(d, lambda f: np.save(f / "iscell.npy", np.ones((3, 2)))), None, 1,
     "iscell.npy: length mismatch"),
    ("suite2p-F-text", lambda d: _suite2p(d, lambda f: np.save(f / "F.npy", np.full((12, 400), "a"))), None, 1,
     "F.npy"),
    ("csv-bad-header", lambda d: _csv_file(d, "a,b,c\n1,2,3\n"), None, 1, "x.csv: expected a header"),
    ("csv-text-values", lambda d: _csv_file(d, "cell,0,0.05,0.1,0.15\n0,a,b,c,d\n"), None, 1, "x.csv"),
    ("csv-empty", lambda d: _csv_file(d, ""), None, 1, "x.csv: not a readable CSV"),
    ("cellreg-text", lambda d: _cellreg(d, lambda p: p.write_text("garbage")), None, 1, "map.npy"),
    ("cellreg-wrong-shape", lambda d: _cellreg(d, lambda p: np.save(p, np.ones((12, 5), np.int64))), None, 1,
     "map.npy: length mismatch"),
    ("cellreg-beyond-file", lambda d: _cellreg(d, lambda p: np.save(p, np.arange(1, 27).reshape(13, 2) % 14)), None,
     1, "map.npy"),
    ("cellreg-negative", lambda d: _cellreg(d, lambda p: np.save(p, -np.ones((12, 2), np.int64))), None, 1,
     "non-negative integers"),
    ("cellreg-strings", lambda d: _cellreg(d, lambda p: np.save(p, np.full((12, 2), "a"))), None, 1, "map.npy"),
    ("cellreg-mat-truncated", lambda d: _cellreg_file(d, "map.mat", 0.5), None, 1, "map.mat: unreadable CellReg map"),
    ("cellreg-npz-truncated", lambda d: _cellreg_file(d, "map.npz", 0.5), None, 1, "map.npz: unreadable CellReg map"),
    ("cellreg-csv-ragged", lambda d: _cellreg_text(d, "1,2\n3\n"), None, 1, "map.csv: unreadable CellReg map"),
    ("one-mouse-classify", _one_mouse, ["classify", "{man}", "--labels", "{lab}", "--permutations", "0"], 1,
     "at least 2 mice"),
    # options
    ("opt-permutations-negative", lambda d: None, SYNC[:-1] + ["-1"], 2, "--permutations"),
    ("opt-permutations-text", lambda d: None, SYNC[:-1] + ["many"], 2, "--permutations"),
    ("opt-bin-s-zero", lambda d: None, SYNC + ["--bin-s", "0"], 2, "--bin-s"),
    ("opt-bin-s-nan", lambda d: None, SYNC + ["--bin-s", "nan"], 2, "--bin-s"),
    ("opt-k-negative", lambda d: None, SYNC + ["--k", "-1"], 2, "--k"),
    ("opt-events-unknown", lambda d: None, SYNC + ["--events", "magic"], 2, "--events"),
    ("opt-seed-negative", lambda d: None, SYNC + ["--seed", "-1"], 2, "--seed"),
    ("opt-workers-zero", lambda d: None, SYNC + ["--workers", "0"], 2, "--workers"),
    ("opt-scheduler-malformed", lambda d: None, SYNC + ["--scheduler", "localhost"], 2, "--scheduler"),
    ("opt-cache-is-file", lambda d: None, SYNC + ["--cache", "{lab}"], 2, "--cache"),
    ("opt-cache-under-a-file", lambda d: None, SYNC + ["--cache", "{lab}/cache"], 1, "labels.csv/cache: cannot create"),
    ("opt-trees-zero", lambda d: None, ["classify", "{man}", "--labels", "{lab}", "--trees", "0"], 2, "--trees"),
    ("opt-n-clusters-zero", lambda d: None, ["cluster", "{man}", "--labels", "{lab}", "--n-clusters", "0"], 2,
     "--n-clusters"),
    ("opt-unknown", lambda d: None, SYNC + ["--frobnicate"], 2, "--frobnicate"),
    ("opt-labels-missing", lambda d: None, ["synchrony", "{man}"], 2, "--labels"),
    ("opt-manifest-missing", lambda d: None, ["cluster"], 2, "MANIFEST"),
    ("opt-report-out-is-file", lambda d: None, ["report", "{man}", "--labels", "{lab}", "--out", "{lab}"], 2, "--out"),
    ("opt-demo-format-without-out", lambda d: None, ["demo", "--data-format", "npz"], 2, "--data-format needs --out"),
    ("opt-demo-one-mouse", lambda d: None, ["demo", "--mice", "1"], 2, "--mice"),
    ("opt-unknown-command", lambda d: None, ["clasify"], 2, "clasify"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_line_error(base, tmp_path, case):
    name, change, args, code, expected = case
    d = tmp_path / "data"
    shutil.copytree(base, d)
    change(d)
    fill = {"man": str(d / "manifest.csv"), "lab": str(d / "labels.csv"), "dir": str(d)}
    argv = [a.format(**fill) for a in (args or SYNC)]
    res = CliRunner().invoke(synctool, ["engram", *argv])
    out = res.output.strip()
    assert isinstance(res.exception, SystemExit), repr(res.exception)  # not an uncaught exception
    assert "Traceback" not in out, out
    assert res.exit_code == code, (res.exit_code, out, res.exception)
    assert len(out.splitlines()) == 1 and out.startswith("Error"), out
    assert expected in out, out


def test_table_is_large_enough():
    assert len(CASES) >= 30
