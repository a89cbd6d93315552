"""Readers, writers and validation: every format round-trips; every input problem is a one-line error."""

import logging
import os

import numpy as np
import pandas as pd
import pytest

from engram.exceptions import EngramError, EngramFormatError, EngramInputError
from engram.io.cellreg import read_cellreg, write_cellreg
from engram.io.manifest import load_dataset, read_labels, read_manifest
from engram.io.npz import read_npz, write_npz
from engram.io.nwb import read_nwb, write_nwb
from engram.io.suite2p import read_suite2p, write_suite2p
from engram.simulation import simulate, write_dataset
from tests.engram.conftest import small_config


@pytest.fixture(scope="module")
def tiny_sim():
    return simulate(small_config(n_mice=2, n_cells=12, duration_s=20.0, dropout_fraction=0.15), seed=5)


@pytest.mark.parametrize("fmt", ["npz", "csv", "nwb", "caiman", "suite2p"])
def test_round_trip_every_format_with_cellreg(tmp_path, tiny_sim, fmt):
    # cells are shuffled per session in the files and put back by the CellReg map
    man, lab = write_dataset(tiny_sim, str(tmp_path), fmt, seed=3)
    ds = load_dataset(man, lab)
    assert ds.sessions == tiny_sim.dataset.sessions
    for mouse in tiny_sim.dataset.mice:
        for a in tiny_sim.dataset.for_mouse(mouse):
            b = next(r for r in ds.for_mouse(mouse) if r.session == a.session)
            assert np.array_equal(np.sort(a.cells), np.sort(b.cells))
            fa = tiny_sim.dataset.trace_frame(mouse, a.session)
            fb = ds.trace_frame(mouse, a.session).loc[fa.index]
            assert np.allclose(fb.columns.to_numpy(), fa.columns.to_numpy(), atol=1e-5)
            for cell in fa.index:  # each registered cell gets its own trace back (suite2p: affine dF/F)
                r = np.corrcoef(fa.loc[cell].to_numpy(), fb.loc[cell].to_numpy())[0, 1]
                assert r > 0.999, (fmt, mouse, a.session, cell, r)
            if fmt in ("npz", "nwb", "caiman"):
                assert np.allclose(fb.to_numpy(), fa.to_numpy(), atol=1e-4)
            assert (b.deconvolved is not None) == (fmt != "csv")


def _write_simple(tmp_path, traces_by_session, fps=20.0, labels=None, extra_rows=()):
    rows = []
    for s, (name, tr) in enumerate(traces_by_session.items()):
        p = tmp_path / f"{name}.npz"
        write_npz(str(p), tr, fps)
        rows.append(dict(mouse="m1", session=name, day=s + 1, context="A", path=p.name, format="npz"))
    rows.extend(extra_rows)
    pd.DataFrame(rows).to_csv(tmp_path / "manifest.csv", index=False)
    n = next(iter(traces_by_session.values())).shape[0]
    lab = labels if labels is not None else pd.DataFrame({"mouse": "m1", "cell": range(n), "engram": [0, 1] * (n // 2)})
    lab.to_csv(tmp_path / "labels.csv", index=False)
    return str(tmp_path / "manifest.csv"), str(tmp_path / "labels.csv")


def _traces(n=4, t=100, seed=0):
    return np.random.default_rng(seed).normal(size=(n, t)).astype(np.float32)


def test_nan_frames_error_names_file_then_skip_drops_them(tmp_path, caplog):
    tr = _traces()
    tr[2, 10] = np.nan
    tr[0, 50] = np.inf
    man, lab = _write_simple(tmp_path, {"s1": tr, "s2": _traces(seed=1)})
    with pytest.raises(EngramInputError, match=r"s1\.npz: 2 frame\(s\) with NaN/inf values \(first at frame 10\)"):
        load_dataset(man, lab)
    with caplog.at_level(logging.WARNING, logger="engram"):
        ds = load_dataset(man, lab, on_invalid="skip")
    rec = ds.for_mouse("m1")[0]
    assert rec.n_frames == 98 and np.isfinite(rec.traces).all()
    assert 10 / 20.0 not in rec.times and 50 / 20.0 not in rec.times  # the times of the dropped frames are gone
    assert any("dropped 2 frame(s)" in d for d in ds.dropped)
    assert "dropped 2 frame(s)" in caplog.text


def test_length_mismatch_between_sessions_without_cellreg(tmp_path):
    man, lab = _write_simple(tmp_path, {"s1": _traces(4), "s2": _traces(6)})
    with pytest.raises(EngramInputError, match="length mismatch: mouse 'm1' has 4 cells in session 's1' but 6"):
        load_dataset(man, lab)


def test_length_mismatch_inside_suite2p_folder(tmp_path):
    write_suite2p(str(tmp_path / "s2p"), _traces(4, 200), 20.0)
    np.save(tmp_path / "s2p" / "Fneu.npy", np.zeros((4, 150), dtype=np.float32))
    with pytest.raises(EngramInputError, match=r"Fneu.npy: length mismatch: shape \(4, 150\) vs F.npy \(4, 200\)"):
        read_suite2p(str(tmp_path / "s2p"))


def test_suite2p_iscell_filter_and_fps_from_ops(tmp_path):
    tr = _traces(5, 300)
    write_suite2p(str(tmp_path / "s2p"), tr, 30.0, n_not_cells=3, seed=1)
    raw = read_suite2p(str(tmp_path / "s2p"))
    assert raw.traces.shape == (5, 300) and raw.fps == 30.0
    assert all(np.corrcoef(raw.traces[i], tr[i])[0, 1] > 0.999 for i in range(5))


def test_labels_for_unknown_cells_error_and_skip(tmp_path):
    lab = pd.DataFrame({"mouse": "m1", "cell": [0, 1, 2, 3, 7], "engram": [0, 1, 0, 1, 1]})
    man, labp = _write_simple(tmp_path, {"s1": _traces(), "s2": _traces(seed=2)}, labels=lab)
    with pytest.raises(EngramInputError, match=r"labels.csv: labels for 1 unknown cell\(s\) of mouse 'm1' \(e.g. cell 7"):
        load_dataset(man, labp)
    ds = load_dataset(man, labp, on_invalid="skip")
    assert sorted(ds.labels["cell"]) == [0, 1, 2, 3]


def test_cells_without_labels_error_and_skip(tmp_path):
    lab = pd.DataFrame({"mouse": "m1", "cell": [0, 1, 2], "engram": [0, 1, 0]})
    man, labp = _write_simple(tmp_path, {"s1": _traces(), "s2": _traces(seed=2)}, labels=lab)
    with pytest.raises(EngramInputError, match=r"1 cell\(s\) of mouse 'm1' have no label \(e.g. cell 3\)"):
        load_dataset(man, labp)
    ds = load_dataset(man, labp, on_invalid="skip")
    assert all(list(r.cells) == [0, 1, 2] for r in ds.recordings)


def test_duplicate_rows(tmp_path):
    man, lab = _write_simple(tmp_path, {"s1": _traces(), "s2": _traces(seed=2)})
    frame = pd.read_csv(man)
    pd.concat([frame, frame.iloc[[0]]]).to_csv(man, index=False)
    with pytest.raises(EngramInputError, match=r"manifest.csv: duplicate rows for mouse 'm1' session 's1' \(lines 2 and 4\)"):
        read_manifest(man)
    assert len(read_manifest(man, "skip").rows) == 2
    labels = pd.read_csv(lab)
    pd.concat([labels, labels.iloc[[1]]]).to_csv(lab, index=False)
    with pytest.raises(EngramInputError, match="labels.csv: duplicate rows for mouse 'm1' cell 1"):
        read_labels(lab)


def test_missing_file_error_and_skip(tmp_path):
    extra = [dict(mouse="m1", session="s3", day=3, context="A", path="nowhere.npz", format="npz")]
    man, lab = _write_simple(tmp_path, {"s1": _traces(), "s2": _traces(seed=2)}, extra_rows=extra)
    with pytest.raises(EngramInputError, match=r"manifest.csv: line 4: missing file .*nowhere.npz"):
        read_manifest(man)
    m = read_manifest(man, "skip")
    assert [r.session for r in m.rows] == ["s1", "s2"] and "nowhere.npz" in m.dropped[0]


def test_manifest_columns_and_format_checked(tmp_path):
    man, _ = _write_simple(tmp_path, {"s1": _traces()})
    frame = pd.read_csv(man)
    frame.drop(columns=["context"]).to_csv(tmp_path / "bad.csv", index=False)
    with pytest.raises(EngramInputError, match=r"bad.csv: missing column\(s\) context"):
        read_manifest(str(tmp_path / "bad.csv"))
    frame.assign(format="tiff").to_csv(tmp_path / "bad2.csv", index=False)
    with pytest.raises(EngramInputError, match="line 2: unknown format 'tiff'"):
        read_manifest(str(tmp_path / "bad2.csv"))


def test_ambiguous_or_transposed_npz_refused(tmp_path):
    write_npz(str(tmp_path / "t.npz"), _traces(100, 40), 20.0)  # 100 "cells" x 40 frames: transposed?
    with pytest.raises(EngramFormatError, match=r"t.npz: traces has shape \(100, 40\).*ambiguous"):
        read_npz(str(tmp_path / "t.npz"))
    np.savez(tmp_path / "nofps.npz", traces=_traces())
    with pytest.raises(EngramInputError, match="no frame rate in the file; add an fps column"):
        read_npz(str(tmp_path / "nofps.npz"))
    assert read_npz(str(tmp_path / "nofps.npz"), fps=10.0).fps == 10.0


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_nwb_is_time_first_and_transposed_data_refused(tmp_path):
    tr = _traces(6, 80)
    write_nwb(str(tmp_path / "ok.nwb"), tr, 20.0, use_timestamps=True)
    raw = read_nwb(str(tmp_path / "ok.nwb"))
    assert raw.traces.shape == (6, 80) and np.allclose(raw.traces, tr) and np.isclose(raw.fps, 20.0)
    write_nwb(str(tmp_path / "bad.nwb"), tr, 20.0, time_first=False)  # stored ROIs x time: not NWB
    with pytest.raises(EngramFormatError, match=r"bad.nwb: RoiResponseSeries has 80 columns but refers to 6 ROIs "
                                                r"\(stored ROIs x time\? NWB requires time x ROIs\)"):
        read_nwb(str(tmp_path / "bad.nwb"))


def test_cellreg_orientation_and_errors(tmp_path):
    m = np.array([[1, 2, 0], [2, 0, 1], [3, 1, 2], [0, 3, 3]])  # 4 registered cells x 3 sessions
    write_cellreg(str(tmp_path / "map.npy"), m)
    assert np.array_equal(read_cellreg(str(tmp_path / "map.npy"), 3), m)
    write_cellreg(str(tmp_path / "mapT.csv"), m.T)  # sessions x cells (MATLAB v7.3 storage)
    assert np.array_equal(read_cellreg(str(tmp_path / "mapT.csv"), 3), m)
    write_cellreg(str(tmp_path / "map.mat"), m)
    assert np.array_equal(read_cellreg(str(tmp_path / "map.mat"), 3), m)
    write_cellreg(str(tmp_path / "sq.npy"), np.array([[1, 2], [2, 1]]))
    with pytest.raises(EngramFormatError, match="orientation is ambiguous"):
        read_cellreg(str(tmp_path / "sq.npy"), 2)
    with pytest.raises(EngramInputError, match=r"length mismatch: cell_to_index_map has shape \(4, 3\) but the mouse has 5"):
        read_cellreg(str(tmp_path / "map.npy"), 5)
    write_cellreg(str(tmp_path / "dup.npy"), np.array([[1, 1], [1, 2], [2, 0]]))
    with pytest.raises(EngramInputError, match="session column 0 maps one ROI to several"):
        read_cellreg(str(tmp_path / "dup.npy"), 2)


def test_cellreg_index_beyond_file_is_length_mismatch(tmp_path, tiny_sim):
    man, lab = write_dataset(tiny_sim, str(tmp_path), "npz", seed=1)
    path = tmp_path / "m1" / "cellreg.npy"
    m = np.load(path)
    m[0, 0] = 99
    np.save(path, m)
    with pytest.raises(EngramInputError, match="cellreg.npy: length mismatch: session 'novel' maps to ROI 99"):
        load_dataset(man, lab)


def test_errors_are_engram_errors_with_one_line():
    with pytest.raises(EngramError) as info:
        read_manifest("/nonexistent/manifest.csv")
    assert "\n" not in str(info.value) and "/nonexistent/manifest.csv" in str(info.value)


def test_labels_must_be_binary(tmp_path):
    pd.DataFrame({"mouse": ["a"], "cell": [0], "engram": [2]}).to_csv(tmp_path / "l.csv", index=False)
    with pytest.raises(EngramInputError, match="engram must be 0 or 1, found 2"):
        read_labels(str(tmp_path / "l.csv"))
    assert os.path.exists(tmp_path / "l.csv")
