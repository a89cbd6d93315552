"""Small shared synthetic data sets (a few mice, few cells, short sessions) for the engram tests."""

import pytest

from engram.pipeline import run
from engram.simulation import SessionSpec, SimulationConfig, simulate

SMALL_SESSIONS = (
    SessionSpec("novel", 1, "A"),
    SessionSpec("conditioning", 2, "A", 30.0),
    SessionSpec("recall", 3, "A"),
    SessionSpec("neutral", 3.5, "B"),
)


def small_config(**changes) -> SimulationConfig:
    base = dict(n_mice=3, n_cells=40, sessions=SMALL_SESSIONS, duration_s=60.0, ensemble_sessions=("recall",),
                rate_session="conditioning", rate_multiplier=2.5)
    base.update(changes)
    return SimulationConfig(**base)


@pytest.fixture(scope="session")
def small_sim():
    return simulate(small_config(), seed=11)


@pytest.fixture(scope="session")
def small_data(small_sim):
    return run(small_sim.dataset)
