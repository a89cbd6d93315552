"""Tests of synclib.dynamics.states: order parameter, signed winding number, clusters and the classifier."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from synclib.exceptions import InvalidParameterError
from synclib.dynamics.states import (classify_state, classify_states, order_parameter, phase_clusters,
                            winding_number, wrap_phase)
from tests.synclib.naive_dynamics import order_parameter_naive, winding_naive


def _twisted(n, q, order=None, offset=0.3):
    th = np.empty(n)
    o = np.arange(n) if order is None else np.asarray(order)
    th[o] = 2 * np.pi * q * np.arange(n) / n + offset
    return th


@given(st.integers(3, 40), st.integers(0, 10_000))
def test_winding_and_order_parameter_match_naive(n, seed):
    rng = np.random.default_rng(seed)
    theta = rng.uniform(-10, 10, n)
    order = rng.permutation(n)
    assert winding_number(theta, order) == winding_naive(theta, order)
    assert winding_number(theta) == winding_naive(theta)
    assert order_parameter(theta) == pytest.approx(order_parameter_naive(theta), abs=1e-12)


def test_batch_shapes():
    th = np.stack([_twisted(10, 1), _twisted(10, -2), np.zeros(10)])
    assert winding_number(th).tolist() == [1, -2, 0]
    np.testing.assert_allclose(order_parameter(th), [0, 0, 1], atol=1e-12)
    assert classify_states(th) == ["twisted:1", "twisted:-2", "sync"]


@pytest.mark.parametrize("n,q", [(10, 1), (10, -2), (20, 4), (19, 6), (50, -12)])
def test_twisted_states(n, q):
    th = _twisted(n, q)
    c = classify_state(th)
    assert c.label == f"twisted:{q}" and c.q == q and c.r == pytest.approx(0, abs=1e-12)
    # reversed order flips the sign; a rotation and 2 pi jumps change nothing
    assert classify_state(th, order=np.arange(n)[::-1]).label == f"twisted:{-q}"
    th2 = th + 1.7 + 2 * np.pi * np.random.default_rng(n).integers(-3, 3, n)
    assert classify_state(th2).label == f"twisted:{q}"


def test_twisted_along_shuffled_order():
    rng = np.random.default_rng(0)
    order = rng.permutation(30)
    th = _twisted(30, 3, order)
    assert classify_state(th, order=order).label == "twisted:3"
    assert classify_state(th).label != "twisted:3"  # not a twist along the node order
    assert classify_state(th).label == "cluster:10"  # gcd(30, 3) = 3 oscillators per phase


def test_sync_cluster_other():
    rng = np.random.default_rng(1)
    assert classify_state(2.0 + rng.normal(0, 1e-5, 12)).label == "sync"
    # phases straddling 0 = 2 pi are one cluster
    assert classify_state(np.array([1e-5, 2 * np.pi - 1e-5, 0.0, 2 * np.pi - 2e-5])).label == "sync"
    two = np.where(np.arange(12) % 3 == 0, 0.0, np.pi)
    assert classify_state(two).label == "cluster:2"
    three = 2 * np.pi * rng.integers(0, 3, 15) / 3
    three[:3] = [0, 2 * np.pi / 3, 4 * np.pi / 3]
    assert classify_state(three).label == "cluster:3"
    c = classify_state(rng.uniform(0, 2 * np.pi, 12))
    assert c.label == "other" and c.k == 12
    assert classify_state(np.array([0.0, 1e-2, 0.0]), tol=1e-3).label == "cluster:2"
    assert classify_state(np.array([0.0, 1e-2, 0.0]), tol=1e-1).label == "sync"


def test_phase_clusters_labels():
    th = np.array([0.0, 3.0, 2 * np.pi - 1e-4, 3.0 + 1e-4, 1.0])
    lab = phase_clusters(th, 1e-3)
    assert lab[0] == lab[2] and lab[1] == lab[3] and len(set(lab.tolist())) == 3


def test_wrap_and_errors():
    np.testing.assert_allclose(wrap_phase([np.pi, -np.pi, 3 * np.pi + 0.1]), [-np.pi, -np.pi, -np.pi + 0.1])
    with pytest.raises(InvalidParameterError, match="order"):
        winding_number(np.zeros(4), [0, 1, 1, 2])
    with pytest.raises(InvalidParameterError, match="finite"):
        classify_state(np.array([0.0, np.nan, 1.0]))
    with pytest.raises(InvalidParameterError, match="tol"):
        classify_state(np.zeros(3), tol=0)
