"""The simulator plants what it says it plants, reproducibly."""

import numpy as np
import pytest

from engram.events import EventParams, extract_events
from engram.exceptions import EngramInputError
from engram.simulation import demo_config, simulate, simulate_mouse, write_dataset
from tests.engram.conftest import small_config


def test_same_seed_same_data_and_different_seed_differs():
    a = simulate(small_config(n_mice=1, n_cells=5, duration_s=5.0), seed=1).dataset.recordings[0].traces
    b = simulate(small_config(n_mice=1, n_cells=5, duration_s=5.0), seed=1).dataset.recordings[0].traces
    c = simulate(small_config(n_mice=1, n_cells=5, duration_s=5.0), seed=2).dataset.recordings[0].traces
    assert np.array_equal(a, b) and not np.array_equal(a, c)


def test_ar1_decay_constant():
    # noise-free, single spike: c_t = g^t with g = exp(-dt / tau) (science note: g ~ 0.88-0.93 at 20 Hz)
    cfg = small_config(n_mice=1, n_cells=2, duration_s=30.0, noise_sd=0.0, base_rate_hz=0.05, tau_s=0.6)
    recs, _ = simulate_mouse(cfg, "m", 3)
    y = recs[0].traces[0].astype(float)
    g = np.exp(-1 / (0.6 * 20))
    assert 0.9 < g < 0.93
    ratios = y[1:][y[:-1] > 0.2] / y[:-1][y[:-1] > 0.2]
    assert np.median(ratios) == pytest.approx(g, abs=1e-4)


def test_rate_multiplier_only_in_chosen_session():
    cfg = small_config(n_mice=2, n_cells=40, duration_s=60.0, rate_multiplier=3.0, ensemble_sessions=(),
                       shock_response=False, context_tuning=None)
    sim = simulate(cfg, seed=0)
    for mouse in sim.dataset.mice:
        lab = sim.dataset.labels_for(mouse)
        for r in sim.dataset.for_mouse(mouse):
            ev, _ = extract_events(r.traces, r.fps, EventParams(), r.deconvolved)
            is_e = lab.loc[r.cells].to_numpy() == 1
            ratio = ev[is_e].mean() / ev[~is_e].mean()
            if r.session == "conditioning":
                assert ratio > 2.0
            else:
                assert 0.6 < ratio < 1.6


def test_dropouts_need_cellreg_and_config_checked(tmp_path):
    sim = simulate(small_config(n_mice=1, n_cells=20, duration_s=5.0, dropout_fraction=0.3), seed=0)
    n = [r.n_cells for r in sim.dataset.recordings]
    assert min(n) < 20
    with pytest.raises(EngramInputError, match="need a cellreg map"):
        write_dataset(sim, str(tmp_path), "npz", cellreg=False)
    with pytest.raises(EngramInputError, match="unknown session 'nope'"):
        small_config(rate_session="nope")
    assert demo_config().n_mice == 4 and sim.truth["dropout_fraction"] == 0.3
