"""Per-mouse processing: binning and correlation against naive twins, parallel and cached runs."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import engram.pipeline as pipeline
from engram.io.manifest import read_labels, read_manifest
from engram.pipeline import bin_events, event_correlation, run
from engram.simulation import simulate, write_dataset
from tests.engram.conftest import small_config
from tests.engram.naive import naive_bin_events, naive_corr


@given(arrays(np.uint8, (3, 41), elements=st.integers(0, 1)), st.sampled_from([0.05, 0.1, 0.25, 0.5]))
def test_bin_events_matches_naive(ev, bin_s):
    times = np.arange(41) / 20.0
    assert np.allclose(bin_events(ev, times, bin_s), naive_bin_events(ev, times, bin_s))


def test_bin_events_with_dropped_frames_bins_by_time():
    ev = np.ones((1, 10), dtype=np.uint8)
    times = np.array([0, 0.1, 0.2, 0.3, 0.4, 1.0, 1.1, 1.2, 1.3, 1.4])  # a gap of dropped frames
    assert np.allclose(bin_events(ev, times, 0.5), naive_bin_events(ev, times, 0.5))
    assert bin_events(ev, times, 0.5).tolist() == [[5.0, 5.0]]


@given(arrays(np.float64, (4, 12), elements=st.integers(0, 3).map(float)))
def test_event_correlation_matches_naive(counts):
    fast = event_correlation(counts)
    slow = naive_corr(counts)
    assert np.array_equal(np.isnan(fast), np.isnan(slow))
    ok = ~np.isnan(slow)
    assert np.allclose(fast[ok], slow[ok], atol=1e-5)


def test_summaries_hold_labels_rates_and_methods(small_sim, small_data):
    m = small_data.mice[0]
    lab = small_sim.dataset.labels_for(m.mouse)
    for s in m.sessions:
        assert np.array_equal(s.labels, lab.loc[s.cells].to_numpy())
        assert s.corr.shape == (s.cells.size, s.cells.size)
        assert s.events["method"] == "threshold" and s.events["deconvolution"] == "file"
    assert small_data.sessions == ["novel", "conditioning", "recall", "neutral"]
    assert small_data.events_record()["used"] == {"threshold+file": 12}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("pipe")
    sim = simulate(small_config(n_mice=2, n_cells=15, duration_s=20.0), seed=2)
    return write_dataset(sim, str(d), "npz")


def _same(a, b):
    assert [m.mouse for m in a.mice] == [m.mouse for m in b.mice]
    for x, y in zip(a.mice, b.mice):
        assert x.tidy.equals(y.tidy)
        for s, t in zip(x.sessions, y.sessions):
            assert np.array_equal(s.corr, t.corr, equal_nan=True)


def test_cache_resumes_without_recomputing(files, tmp_path, monkeypatch):
    man, lab = read_manifest(files[0]), read_labels(files[1])
    first = run(man, lab, cache_dir=str(tmp_path))
    assert len(list(tmp_path.glob("mouse_*.npz"))) == 2

    def boom(*a, **k):
        raise AssertionError("recomputed a cached mouse")

    monkeypatch.setattr(pipeline, "_mouse_from_manifest", boom)
    _same(first, run(man, lab, cache_dir=str(tmp_path)))


def test_process_pool_gives_the_serial_result(files):
    man, lab = read_manifest(files[0]), read_labels(files[1])
    _same(run(man, lab), run(man, lab, workers=2))


def test_dask_local_cluster_on_loopback(files):
    distributed = pytest.importorskip("distributed")
    man, lab = read_manifest(files[0]), read_labels(files[1])
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1")
        _same(run(man, lab), run(man, lab, scheduler=cluster.scheduler_address))


def test_cut_cache_file_is_recomputed_not_trusted(files, tmp_path, caplog):
    man, lab = read_manifest(files[0]), read_labels(files[1])
    first = run(man, lab, cache_dir=str(tmp_path))
    path = sorted(tmp_path.glob("mouse_*.npz"))[0]
    path.write_bytes(path.read_bytes()[:100])
    again = run(man, lab, cache_dir=str(tmp_path))
    _same(first, again)
    assert "unreadable cache file" in caplog.text
