"""The two-lane Vec2 type of synclib.dynamics._simd adds exactly like two scalar sums."""

import numpy as np
import pytest
from numba import config, njit
from numba.core.errors import TypingError

from synclib.dynamics._simd import v2_add_pair, v2_add_scaled_pair, v2_hi, v2_lo, v2_zero


@njit
def _pair_sums(sc, idx, w):
    a = v2_zero()
    b = v2_zero()
    for p in range(idx.size):
        k = np.uint64(2) * np.uint64(idx[p])
        a = v2_add_pair(a, sc, k)
        b = v2_add_scaled_pair(b, w[p], sc, k)
    return v2_lo(a), v2_hi(a), v2_lo(b), v2_hi(b)


def _scalar_sums(sc, idx, w):
    s = c = sw = cw = 0.0
    for p, j in enumerate(idx):
        s += sc[2 * j]
        c += sc[2 * j + 1]
        sw += w[p] * sc[2 * j]
        cw += w[p] * sc[2 * j + 1]
    return s, c, sw, cw


def test_vec2_lanes_match_scalar_sums_bit_for_bit():
    rng = np.random.default_rng(0)
    sc = rng.normal(size=2 * 500) * 10.0 ** rng.integers(-8, 8, 1000)  # wide range: rounding matters
    idx = rng.integers(0, 500, 3000).astype(np.uint32)
    w = rng.normal(size=3000)
    assert _pair_sums(sc, idx, w) == _scalar_sums(sc, idx, w)
    assert _pair_sums(sc, idx[:0], w[:0]) == (0.0, 0.0, 0.0, 0.0)


@pytest.mark.skipif(config.DISABLE_JIT, reason="typing checks need the compiler")
def test_vec2_refuses_signed_offsets():
    @njit
    def signed(sc):
        return v2_lo(v2_add_pair(v2_zero(), sc, 2))

    with pytest.raises(TypingError, match="unsigned offset"):
        signed(np.zeros(4))
