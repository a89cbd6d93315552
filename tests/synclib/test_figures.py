"""Tests of synclib.circulant.figures: Figure 1 of Yoneda, Tatsukawa & Teramae (Chaos 31, 063124, 2021): best mu
over q against n, with the known bounds on mu_c (synclib.known_bounds.KNOWN_BOUNDS) as horizontal lines."""

from __future__ import annotations

import numpy as np
import pytest

from synclib.known_bounds import KNOWN_BOUNDS
from synclib.exceptions import SyncLibError
from synclib.circulant.figures import figure1, figure1_data, save_figure1
from synclib.circulant.sweep import run_sweep


@pytest.fixture(scope="module")
def sweep():
    return run_sweep(range(5, 201), workers=1)


def test_data_is_the_best_twist_per_n(sweep):
    xs, ys, qs = figure1_data(sweep)
    assert xs == list(range(5, 201))
    table = sweep.table()
    for n, y, q in zip(xs, ys, qs):
        rows = table[(table.n == n) & table.degree.notna()]
        assert y == pytest.approx(rows.mu.max())  # the maximum over every twist q
        assert q == rows[rows.degree == rows.degree.max()].q.min()
    assert ys[xs.index(19)] == pytest.approx(10 / 18)  # (19, 1): S = {1..5}, science note


def test_points_and_bound_lines_are_drawn(sweep):
    fig = figure1(sweep)
    full, zoom = fig.axes
    xs, ys, _ = figure1_data(sweep)
    for ax in (full, zoom):
        pts = [ln for ln in ax.get_lines() if ln.get_linestyle() == "None"]
        assert len(pts) == 1 and np.allclose(pts[0].get_xdata(), xs) and np.allclose(pts[0].get_ydata(), ys)
    hlines = {round(ln.get_ydata()[0], 7) for ln in full.get_lines() if ln.get_linestyle() != "None"}
    assert hlines == {round(b.value, 7) for b in KNOWN_BOUNDS}
    lo, hi = zoom.get_ylim()
    zoom_lines = {round(ln.get_ydata()[0], 7) for ln in zoom.get_lines() if ln.get_linestyle() != "None"}
    assert zoom_lines == {round(b.value, 7) for b in KNOWN_BOUNDS if lo <= b.value <= hi}
    assert round(0.6838758207246157, 7) in zoom_lines and round(1277 / 1870, 7) in zoom_lines
    labels = zoom.get_legend_handles_labels()[1]
    assert any("Wiley, Strogatz & Girvan 2006" in s for s in labels)


def test_save_png_and_errors(sweep, tmp_path):
    out = tmp_path / "fig1.png"
    save_figure1(sweep, out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(SyncLibError, match="cannot write"):
        save_figure1(sweep, tmp_path / "missing" / "fig.png")
    with pytest.raises(SyncLibError, match="fig.xyz"):
        save_figure1(sweep, tmp_path / "fig.xyz")
    with pytest.raises(SyncLibError, match="no certified network"):
        figure1([])
