"""The script API (``engram.classify`` etc.): the same data in every form gives the same result."""

import numpy as np
import pytest

import engram
from engram.simulation import write_dataset
from tests.engram.conftest import small_config


@pytest.fixture(scope="module")
def sim():
    return engram.simulate(small_config(n_mice=2, n_cells=16, duration_s=30.0), seed=4)


def test_manifest_dataset_simulation_and_processed_data_agree(sim, tmp_path):
    man, lab = write_dataset(sim, str(tmp_path), "npz")
    from_files = engram.synchrony(man, lab, permutations=30, seed=2)
    ds = engram.load_dataset(man, lab)
    assert ds.mice == sim.dataset.mice and len(ds.recordings) == len(sim.dataset.recordings)
    for res in (engram.synchrony(ds, permutations=30, seed=2), engram.synchrony(sim, permutations=30, seed=2),
                engram.synchrony(engram.process(sim), permutations=30, seed=2)):
        for a, b in zip(from_files.sessions, res.sessions):
            assert a["session"] == b["session"] and a["p_value"] == b["p_value"]
            assert np.isclose(a["difference"], b["difference"], atol=1e-6)


def test_options_reach_the_pipeline(sim):
    data = engram.process(sim, events="peaks", k=3.0, bin_s=1.0)
    rec = data.events_record()
    assert rec["method"] == "peaks" and rec["k"] == 3.0 and rec["bin_s"] == 1.0 and rec["used"] == {"peaks": 8}
    assert engram.cluster(data, n_clusters=2).params["n_clusters"] == 2


def test_bad_calls():
    with pytest.raises(TypeError, match=r"synchrony\(\) got unexpected keyword\(s\) n_permutations"):
        engram.synchrony("manifest.csv", "labels.csv", n_permutations=5)
    with pytest.raises(engram.EngramInputError, match="manifest file does not exist"):
        engram.classify("/nonexistent/manifest.csv", "labels.csv")
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        engram.nope  # noqa: B018
