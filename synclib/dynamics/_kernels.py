"""Numba kernels for identical (or non-identical) Kuramoto oscillators on a sparse graph.

The model is d(theta_i)/dt = omega_i + sum_j w_ij sin(theta_j - theta_i) with the coupling held in CSR
form (``indptr``, ``indices``, ``weights``; an empty ``weights`` array means unit weights, an empty
``omega`` array means no natural frequencies).

Plan
----
* Right-hand side.  ``sin(theta_j - theta_i) = s_j c_i - c_j s_i`` with ``s = sin(theta)``,
  ``c = cos(theta)``, so one vectorized pass (:func:`fill_sincos`) computes the ``2n`` values and the edge loop is a
  gather-multiply-add: ``f_i = omega_i + c_i sum_j w_ij s_j - s_i sum_j w_ij c_j``.  ``s_j`` and ``c_j``
  are interleaved in one work array and added as one pair (:mod:`synclib.dynamics._simd`).  The edge loop
  streams the CSR structure once and takes rows four at a time (see ``_blocks_unit``): on this
  hardware a plain row loop is bound by one mispredicted loop exit per row and by load throughput, not
  by memory bandwidth.  Cost O(n + nnz).  Random node orders make every gather a cache miss;
  :func:`synclib.dynamics.integrate.locality_order` (reverse Cuthill-McKee) fixes that once per graph, and the
  integrators relabel by themselves for n >= 50000 (``reorder="auto"``).  Graphs that no order makes
  local (expanders, e.g. random graphs) keep random gathers.  The benchmark compares the kernel with the
  memory-bandwidth floor on both kinds.
* Fixed-step RK4 and Dormand-Prince 5(4) (Dormand & Prince 1980, J. Comput. Appl. Math. 6, 19-26; the
  step-size control of Hairer, Norsett & Wanner, "Solving ODEs I", II.4) for many initial conditions
  in one call, parallel over trajectories.  Each trajectory owns a splitmix64 stream (Steele, Lea &
  Flood 2014) seeded by an explicit integer, so its start (uniform phases or Gaussian noise around a
  given state) is the same whatever the thread count or batch split.
* Convergence: a trajectory stops when the residual ``max_i |f_i - mean(f)|`` falls below ``tol``
  (the mean is removed so a frequency-locked state with natural frequencies also counts).  RK4 checks
  it on ``k1`` (no extra evaluation), Dormand-Prince on the FSAL stage.

No I/O, no networkx: plain arrays in, plain arrays out.  Slow, obviously correct numpy twins of every
kernel live in ``tests/synclib/naive_dynamics.py``.
"""

from __future__ import annotations

import types

import numpy as np
from numba import njit, prange

from synclib.dynamics._simd import v2_add_pair, v2_add_scaled_pair, v2_hi, v2_lo, v2_zero

__all__ = [
    "START_GIVEN",
    "START_UNIFORM",
    "START_NOISE",
    "splitmix64_uniform",
    "fill_sincos",
    "rhs_csr",
    "rhs_csr_parallel",
    "make_starts",
    "rk4_batch",
    "rk4_batch_serial",
    "dopri_batch",
    "dopri_batch_serial",
    "rk4_record",
]

START_GIVEN = 0  # use theta0[b] as it is
START_UNIFORM = 1  # i.i.d. uniform phases on [0, 2 pi) from the trajectory's stream
START_NOISE = 2  # theta0[b] + scale * N(0, 1) noise, noise mean removed

_TWO_PI = 2.0 * np.pi
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_S30 = np.uint64(30)
_S27 = np.uint64(27)
_S31 = np.uint64(31)
_S11 = np.uint64(11)
_INV53 = 1.0 / 9007199254740992.0  # 2**-53


def _variant(fn, suffix: str):
    """A copy of ``fn`` with its own qualified name, so that numba's on-disk cache (keyed by qualified
    name and first line) keeps the serial and the parallel compilation of one body apart."""
    g = types.FunctionType(fn.__code__, fn.__globals__, f"{fn.__name__}_{suffix}", fn.__defaults__,
                           fn.__closure__)
    g.__qualname__ = f"{fn.__qualname__}_{suffix}"
    g.__module__ = fn.__module__
    g.__doc__ = fn.__doc__
    return g


# ----------------------------------------------------------------------------------------------
# random stream: splitmix64
# ----------------------------------------------------------------------------------------------
@njit(cache=True)
def _splitmix64_next(state):
    """Advance a splitmix64 state; return (new_state, 64 random bits)."""
    state = state + _GOLDEN
    z = state
    z = (z ^ (z >> _S30)) * _MIX1
    z = (z ^ (z >> _S27)) * _MIX2
    z = z ^ (z >> _S31)
    return state, z


@njit(cache=True)
def _uniform(state):
    """One double in [0, 1) from the top 53 bits."""
    state, z = _splitmix64_next(state)
    return state, float(z >> _S11) * _INV53


@njit(cache=True)
def splitmix64_uniform(seed, count):
    """``count`` uniforms in [0, 1) from the splitmix64 stream seeded by ``seed`` (uint64)."""
    out = np.empty(count)
    state = np.uint64(seed)
    for i in range(count):
        state, out[i] = _uniform(state)
    return out


@njit(cache=True)
def _fill_start(row, mode, scale, seed, out):
    """Write one trajectory's start into ``out`` (see START_*); Box-Muller for the Gaussian."""
    n = out.size
    state = np.uint64(seed)
    if mode == 1:
        for i in range(n):
            state, u = _uniform(state)
            out[i] = _TWO_PI * u
    elif mode == 2:
        mean = 0.0
        i = 0
        while i < n:
            state, u1 = _uniform(state)
            state, u2 = _uniform(state)
            rad = np.sqrt(-2.0 * np.log(1.0 - u1))  # 1 - u1 in (0, 1]
            out[i] = rad * np.cos(_TWO_PI * u2)
            if i + 1 < n:
                out[i + 1] = rad * np.sin(_TWO_PI * u2)
            i += 2
        for i in range(n):
            mean += out[i]
        mean /= n
        for i in range(n):
            out[i] = row[i] + scale * (out[i] - mean)
    else:
        for i in range(n):
            out[i] = row[i]


def _make_starts_body(theta0, seeds, mode, scale):
    m = seeds.size
    n = theta0.shape[1]
    out = np.empty((m, n))
    for b in prange(m):
        _fill_start(theta0[b % theta0.shape[0]], mode, scale, seeds[b], out[b])
    return out


make_starts = njit(cache=True)(_make_starts_body)
make_starts.__doc__ = """Starts of ``seeds.size`` trajectories (rows of ``theta0`` cycle if fewer)."""


# ----------------------------------------------------------------------------------------------
# right-hand side
# ----------------------------------------------------------------------------------------------
# sin/cos of every phase, vectorizable: Cody & Waite (1980) reduction by pi/2 with fdlibm's three-part
# split of pi/2 (exact products for |k| < 2**20, so used for |theta| <= 1e6; libm beyond), then the
# minimax polynomials of Cephes (Moshier 1989, sin.c) on [-pi/4, pi/4].  Max error vs libm <= 1 ulp
# (tested).  Branch-free selects and two contiguous outputs let LLVM vectorize the loop (~1.7x faster
# than writing sin/cos interleaved, ~15x faster than libm here).
_PIO2_1 = 1.57079632673412561417e+00
_PIO2_2 = 6.07710050630396597660e-11
_PIO2_3 = 2.02226624871116645580e-21
_TWO_OVER_PI = 6.36619772367581382433e-01
_SINCOS_MAX = 1.0e6
_U64 = np.uint64  # CSR positions in the edge loop (see there)
_S1, _S2, _S3 = -1.66666666666666307295e-1, 8.33333333332211858878e-3, -1.98412698295895385996e-4
_S4, _S5, _S6 = 2.75573136213857245213e-6, -2.50507477628578072866e-8, 1.58962301576546568060e-10
_C1, _C2, _C3 = 4.16666666666665929218e-2, -1.38888888888730564116e-3, 2.48015872888517045348e-5
_C4, _C5, _C6 = -2.75573141792967388112e-7, 2.08757008419747316778e-9, -1.13585365213876817300e-11


@njit(cache=True, fastmath={"contract"})
def _sincos_poly(theta, sc):
    """sc[2i] = sin(theta_i), sc[2i+1] = cos(theta_i) for |theta_i| <= _SINCOS_MAX (see above)."""
    n = _U64(theta.size)
    i = _U64(0)
    while i < n:
        x = theta[i]
        k = np.rint(x * _TWO_OVER_PI)
        z = ((x - k * _PIO2_1) - k * _PIO2_2) - k * _PIO2_3
        zz = z * z
        sz = z + z * zz * (_S1 + zz * (_S2 + zz * (_S3 + zz * (_S4 + zz * (_S5 + zz * _S6)))))
        cz = 1.0 - 0.5 * zz + zz * zz * (_C1 + zz * (_C2 + zz * (_C3 + zz * (_C4 + zz * (_C5 + zz * _C6)))))
        q = k - 4.0 * np.floor(k * 0.25)  # quadrant 0..3, as a float
        odd = (q == 1.0) | (q == 3.0)
        a = cz if odd else sz
        b = sz if odd else cz
        sc[_U64(2) * i] = -a if q >= 2.0 else a
        sc[_U64(2) * i + _U64(1)] = -b if (q == 1.0) | (q == 2.0) else b
        i += _U64(1)


@njit(cache=True)
def fill_sincos(theta, sc):
    """sc[2i] = sin(theta_i), sc[2i+1] = cos(theta_i): interleaved, length 2n."""
    n = theta.size
    ok = True
    for i in range(n):
        ok &= abs(theta[i]) <= _SINCOS_MAX  # False for inf and nan too
    if not ok:
        for i in range(n):
            sc[2 * i] = np.sin(theta[i])
            sc[2 * i + 1] = np.cos(theta[i])
        return
    _sincos_poly(theta, sc)


# The edge loop.  Measured on the benchmark (1e6 edges, n = 1e5), each step below a clear gain:
# * Rows are taken four at a time: the four rows advance together over their common degree d (one loop
#   exit per four rows instead of one mispredicted exit per row, four independent accumulators), then
#   each row finishes its own tail.  Every row is still summed in CSR order, so the result does not
#   depend on the blocking (tested bit for bit against a plain row loop).
# * CSR positions and node offsets are unsigned 64-bit integers (``as_coupling`` also stores column
#   indices unsigned): numba wraps negative signed indices, which costs four extra instructions per load
#   (edge loop 1.15 -> 0.78 ms on the locality-ordered ring).
# * sin and cos of node j are interleaved (sc[2j], sc[2j+1]) and added as one pair with the two-lane
#   ``Vec2`` of :mod:`synclib.dynamics._simd`: one index load and one 16-byte load per entry instead of three
#   loads, and one cache line per gather instead of two (edge loop 0.79 -> 0.56 ms on the ordered
#   ring, 2.9 -> 1.3 ms with random node labels).  The lanes add exactly as two scalar sums would.
# ``indptr`` must be non-decreasing, as ``as_coupling`` guarantees.  The unit-weight and weighted loops
# are separate functions: one loop body holding both (behind a branch on ``weights.size``) measured ~6x
# slower.
@njit(cache=True)
def _row_value(i, sc, acc):
    """f_i without omega from row i's sums (sum_j w_ij s_j, sum_j w_ij c_j) in ``acc``."""
    ii = _U64(2) * _U64(i)
    return sc[ii + _U64(1)] * v2_lo(acc) - sc[ii] * v2_hi(acc)


@njit(cache=True)
def _tail_unit(i, indptr, indices, sc, p, acc):
    """Finish row i from CSR position p with partial sums ``acc``; return f_i without omega."""
    end = _U64(indptr[i + 1])
    while p < end:
        acc = v2_add_pair(acc, sc, _U64(2) * _U64(indices[p]))
        p += _U64(1)
    return _row_value(i, sc, acc)


@njit(cache=True)
def _tail_weighted(i, indptr, indices, weights, sc, p, acc):
    """Weighted twin of :func:`_tail_unit`."""
    end = _U64(indptr[i + 1])
    while p < end:
        acc = v2_add_scaled_pair(acc, weights[p], sc, _U64(2) * _U64(indices[p]))
        p += _U64(1)
    return _row_value(i, sc, acc)


@njit(cache=True)
def _block_start(indptr, b):
    """CSR starts of rows b .. b+3 and the end of row b's share of their common degree."""
    p0 = _U64(indptr[b])
    p1 = _U64(indptr[b + 1])
    p2 = _U64(indptr[b + 2])
    p3 = _U64(indptr[b + 3])
    d = min(min(p1 - p0, p2 - p1), min(p3 - p2, _U64(indptr[b + 4]) - p3))
    return p0, p1, p2, p3, p0 + d


@njit(cache=True)
def _blocks_unit(indptr, indices, sc, out, blo, bhi):
    """Rows 4 blo .. 4 bhi - 1 of the unit-weight right-hand side (without omega)."""
    two = _U64(2)
    for blk in range(blo, bhi):
        b = 4 * blk
        p0, p1, p2, p3, e0 = _block_start(indptr, b)
        a0 = v2_zero()
        a1 = v2_zero()
        a2 = v2_zero()
        a3 = v2_zero()
        while p0 < e0:
            a0 = v2_add_pair(a0, sc, two * _U64(indices[p0]))
            a1 = v2_add_pair(a1, sc, two * _U64(indices[p1]))
            a2 = v2_add_pair(a2, sc, two * _U64(indices[p2]))
            a3 = v2_add_pair(a3, sc, two * _U64(indices[p3]))
            p0 += _U64(1)
            p1 += _U64(1)
            p2 += _U64(1)
            p3 += _U64(1)
        out[b] = _tail_unit(b, indptr, indices, sc, p0, a0)
        out[b + 1] = _tail_unit(b + 1, indptr, indices, sc, p1, a1)
        out[b + 2] = _tail_unit(b + 2, indptr, indices, sc, p2, a2)
        out[b + 3] = _tail_unit(b + 3, indptr, indices, sc, p3, a3)


@njit(cache=True)
def _blocks_weighted(indptr, indices, weights, sc, out, blo, bhi):
    """Weighted twin of :func:`_blocks_unit`."""
    two = _U64(2)
    for blk in range(blo, bhi):
        b = 4 * blk
        p0, p1, p2, p3, e0 = _block_start(indptr, b)
        a0 = v2_zero()
        a1 = v2_zero()
        a2 = v2_zero()
        a3 = v2_zero()
        while p0 < e0:
            a0 = v2_add_scaled_pair(a0, weights[p0], sc, two * _U64(indices[p0]))
            a1 = v2_add_scaled_pair(a1, weights[p1], sc, two * _U64(indices[p1]))
            a2 = v2_add_scaled_pair(a2, weights[p2], sc, two * _U64(indices[p2]))
            a3 = v2_add_scaled_pair(a3, weights[p3], sc, two * _U64(indices[p3]))
            p0 += _U64(1)
            p1 += _U64(1)
            p2 += _U64(1)
            p3 += _U64(1)
        out[b] = _tail_weighted(b, indptr, indices, weights, sc, p0, a0)
        out[b + 1] = _tail_weighted(b + 1, indptr, indices, weights, sc, p1, a1)
        out[b + 2] = _tail_weighted(b + 2, indptr, indices, weights, sc, p2, a2)
        out[b + 3] = _tail_weighted(b + 3, indptr, indices, weights, sc, p3, a3)


@njit(cache=True)
def _rows_range(indptr, indices, weights, sc, out, blo, bhi):
    """Blocks of four rows blo .. bhi - 1 (rows 4 blo .. 4 bhi - 1)."""
    if weights.size > 0:
        _blocks_weighted(indptr, indices, weights, sc, out, blo, bhi)
    else:
        _blocks_unit(indptr, indices, sc, out, blo, bhi)


@njit(cache=True)
def _last_rows(indptr, indices, weights, sc, out):
    """The n % 4 rows after the last block of four."""
    n = out.size
    for i in range(n - n % 4, n):
        if weights.size > 0:
            out[i] = _tail_weighted(i, indptr, indices, weights, sc, _U64(indptr[i]), v2_zero())
        else:
            out[i] = _tail_unit(i, indptr, indices, sc, _U64(indptr[i]), v2_zero())


@njit(cache=True)
def _rhs_into(theta, indptr, indices, weights, omega, sc, out):
    """f(theta) into ``out``; ``sc`` is a work array of length 2n (sin and cos interleaved):
    ``f_i = omega_i + c_i sum_j w_ij s_j - s_i sum_j w_ij c_j``."""
    n = theta.size
    fill_sincos(theta, sc)
    _rows_range(indptr, indices, weights, sc, out, 0, n // 4)
    _last_rows(indptr, indices, weights, sc, out)
    if omega.size > 0:
        for i in range(n):
            out[i] += omega[i]


@njit(cache=True)
def rhs_csr(theta, indptr, indices, weights, omega, out):
    """Kuramoto right-hand side of one state into ``out`` (serial)."""
    sc = np.empty(2 * theta.size)
    _rhs_into(theta, indptr, indices, weights, omega, sc, out)


@njit(cache=True, parallel=True)
def rhs_csr_parallel(theta, indptr, indices, weights, omega, sc, out):
    """Kuramoto right-hand side of one large state, parallel over spans of row blocks; ``sc`` is a work
    array (2n).  Same arithmetic, row by row, as :func:`rhs_csr`."""
    n = theta.size
    spans = 64
    bad = 0
    for k in prange(spans):  # the polynomial in spans, counting phases it does not cover on the way
        lo = n * k // spans
        hi = n * (k + 1) // spans
        for i in range(lo, hi):
            bad += not abs(theta[i]) <= _SINCOS_MAX
        _sincos_poly(theta[lo:hi], sc[2 * lo:2 * hi])
    if bad > 0:
        fill_sincos(theta, sc)  # libm for all, as the serial kernel does, for huge or non-finite phases
    nblocks = n // 4
    for k in prange(spans):
        blo = nblocks * k // spans
        bhi = nblocks * (k + 1) // spans
        _rows_range(indptr, indices, weights, sc, out, blo, bhi)
    _last_rows(indptr, indices, weights, sc, out)
    if omega.size > 0:
        for i in prange(n):
            out[i] += omega[i]


@njit(cache=True)
def _locked_residual(f):
    """max_i |f_i - mean(f)|: zero exactly at an equilibrium (or a frequency-locked state)."""
    n = f.size
    mean = 0.0
    for i in range(n):
        mean += f[i]
    mean /= n
    res = 0.0
    for i in range(n):
        d = abs(f[i] - mean)
        if d > res:
            res = d
    return res


# ----------------------------------------------------------------------------------------------
# fixed-step RK4, many trajectories
# ----------------------------------------------------------------------------------------------
def _rk4_batch_body(theta0, seeds, mode, scale, indptr, indices, weights, omega, dt, n_steps, tol,
                    starts, final, residual, t_end, converged):
    m = seeds.size
    n = theta0.shape[1]
    for b in prange(m):
        y = np.empty(n)
        _fill_start(theta0[b % theta0.shape[0]], mode, scale, seeds[b], y)
        starts[b, :] = y
        k1 = np.empty(n)
        k2 = np.empty(n)
        k3 = np.empty(n)
        k4 = np.empty(n)
        tmp = np.empty(n)
        sc = np.empty(2 * n)
        step = 0
        done = False
        res = np.inf
        while True:
            _rhs_into(y, indptr, indices, weights, omega, sc, k1)
            res = _locked_residual(k1)
            if tol > 0.0 and res < tol:
                done = True
                break
            if step >= n_steps:
                break
            for i in range(n):
                tmp[i] = y[i] + 0.5 * dt * k1[i]
            _rhs_into(tmp, indptr, indices, weights, omega, sc, k2)
            for i in range(n):
                tmp[i] = y[i] + 0.5 * dt * k2[i]
            _rhs_into(tmp, indptr, indices, weights, omega, sc, k3)
            for i in range(n):
                tmp[i] = y[i] + dt * k3[i]
            _rhs_into(tmp, indptr, indices, weights, omega, sc, k4)
            for i in range(n):
                y[i] += dt / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i])
            step += 1
        final[b, :] = y
        residual[b] = res
        t_end[b] = step * dt
        converged[b] = done


rk4_batch = njit(cache=True, parallel=True)(_variant(_rk4_batch_body, "parallel"))
rk4_batch_serial = njit(cache=True)(_variant(_rk4_batch_body, "serial"))
_RK4_DOC = """Integrate ``seeds.size`` trajectories with classical RK4 (fixed ``dt``, at most ``n_steps``).

Trajectory ``b`` starts from ``theta0[b % len(theta0)]`` transformed by ``mode``/``scale`` with the
stream of ``seeds[b]``; it stops early once the residual is below ``tol`` (``tol <= 0``: never).
Outputs (preallocated): ``starts`` and ``final`` (m, n), ``residual``, ``t_end`` (m,), ``converged`` (m,).
``rk4_batch`` is parallel over trajectories, ``rk4_batch_serial`` is not (for worker processes/threads).
"""
rk4_batch.__doc__ = _RK4_DOC
rk4_batch_serial.__doc__ = _RK4_DOC


# ----------------------------------------------------------------------------------------------
# Dormand-Prince 5(4), many trajectories
# ----------------------------------------------------------------------------------------------
_A21 = 1.0 / 5.0
_A31, _A32 = 3.0 / 40.0, 9.0 / 40.0
_A41, _A42, _A43 = 44.0 / 45.0, -56.0 / 15.0, 32.0 / 9.0
_A51, _A52, _A53, _A54 = 19372.0 / 6561.0, -25360.0 / 2187.0, 64448.0 / 6561.0, -212.0 / 729.0
_A61, _A62, _A63, _A64, _A65 = (9017.0 / 3168.0, -355.0 / 33.0, 46732.0 / 5247.0, 49.0 / 176.0,
                                -5103.0 / 18656.0)
_B1, _B3, _B4, _B5, _B6 = 35.0 / 384.0, 500.0 / 1113.0, 125.0 / 192.0, -2187.0 / 6784.0, 11.0 / 84.0
_E1, _E3, _E4, _E5, _E6, _E7 = (71.0 / 57600.0, -71.0 / 16695.0, 71.0 / 1920.0, -17253.0 / 339200.0,
                                22.0 / 525.0, -1.0 / 40.0)


def _dopri_batch_body(theta0, seeds, mode, scale, indptr, indices, weights, omega, t_max, rtol, atol,
                      h0, h_max, max_steps, tol, starts, final, residual, t_end, converged, n_accepted):
    m = seeds.size
    n = theta0.shape[1]
    for b in prange(m):
        y = np.empty(n)
        _fill_start(theta0[b % theta0.shape[0]], mode, scale, seeds[b], y)
        starts[b, :] = y
        k1 = np.empty(n)
        k2 = np.empty(n)
        k3 = np.empty(n)
        k4 = np.empty(n)
        k5 = np.empty(n)
        k6 = np.empty(n)
        k7 = np.empty(n)
        tmp = np.empty(n)
        ynew = np.empty(n)
        sc = np.empty(2 * n)
        _rhs_into(y, indptr, indices, weights, omega, sc, k1)
        res = _locked_residual(k1)
        t = 0.0
        h = min(h0, h_max)
        steps = 0
        done = tol > 0.0 and res < tol
        while not done and t < t_max and steps < max_steps:
            if t + h > t_max:
                h = t_max - t
            for i in range(n):
                tmp[i] = y[i] + h * _A21 * k1[i]
            _rhs_into(tmp, indptr, indices, weights, omega, sc, k2)
            for i in range(n):
                tmp[i] = y[i] + h * (_A31 * k1[i] + _A32 * k2[i])
            _rhs_into(tmp, indptr, indices, weights, omega, sc, k3)
            for i in range(n):
                tmp[i] = y[i] + h * (_A41 * k1[i] + _A42 * k2[i] + _A43 * k3[i])
            _rhs_into(tmp, indptr, indices, weights, omega, sc, k4)
            for i in range(n):
                tmp[i] = y[i] + h * (_A51 * k1[i] + _A52 * k2[i] + _A53 * k3[i] + _A54 * k4[i])
            _rhs_into(tmp, indptr, indices, weights, omega, sc, k5)
            for i in range(n):
                tmp[i] = y[i] + h * (_A61 * k1[i] + _A62 * k2[i] + _A63 * k3[i] + _A64 * k4[i]
                                     + _A65 * k5[i])
            _rhs_into(tmp, indptr, indices, weights, omega, sc, k6)
            for i in range(n):
                ynew[i] = y[i] + h * (_B1 * k1[i] + _B3 * k3[i] + _B4 * k4[i] + _B5 * k5[i]
                                      + _B6 * k6[i])
            _rhs_into(ynew, indptr, indices, weights, omega, sc, k7)
            err = 0.0
            for i in range(n):
                e = h * (_E1 * k1[i] + _E3 * k3[i] + _E4 * k4[i] + _E5 * k5[i] + _E6 * k6[i]
                         + _E7 * k7[i])
                scale_i = atol + rtol * max(abs(y[i]), abs(ynew[i]))
                err += (e / scale_i) ** 2
            err = np.sqrt(err / n)
            if err <= 1.0:
                t += h
                steps += 1
                for i in range(n):
                    y[i] = ynew[i]
                    k1[i] = k7[i]
                res = _locked_residual(k1)
                if tol > 0.0 and res < tol:
                    done = True
                fac = 10.0 if err == 0.0 else min(10.0, max(0.2, 0.9 * err ** -0.2))
            else:
                fac = max(0.2, 0.9 * err ** -0.2)
            h = min(h * fac, h_max)
        final[b, :] = y
        residual[b] = res
        t_end[b] = t
        converged[b] = done
        n_accepted[b] = steps


dopri_batch = njit(cache=True, parallel=True)(_variant(_dopri_batch_body, "parallel"))
dopri_batch_serial = njit(cache=True)(_variant(_dopri_batch_body, "serial"))
_DOPRI_DOC = """Integrate ``seeds.size`` trajectories with adaptive Dormand-Prince 5(4) up to ``t_max``.

Same start convention as :func:`rk4_batch`; error per step is the RMS of the embedded error scaled by
``atol + rtol * |y|``; steps never exceed ``h_max`` (set it inside the method's real stability
interval, about 3.3 / spectral radius of the Jacobian, or the controller hovers at the stability edge
and the residual stalls near the tolerance); a trajectory stops once its residual is below ``tol``
(``tol <= 0``: never).
Extra output ``n_accepted`` (m,) counts accepted steps.
"""
dopri_batch.__doc__ = _DOPRI_DOC
dopri_batch_serial.__doc__ = _DOPRI_DOC


# ----------------------------------------------------------------------------------------------
# one recorded trajectory
# ----------------------------------------------------------------------------------------------
@njit(cache=True)
def rk4_record(theta0, indptr, indices, weights, omega, dt, n_steps, record_every, frames):
    """RK4 from ``theta0`` for ``n_steps`` steps, writing every ``record_every``-th state to ``frames``.

    ``frames`` has ``n_steps // record_every + 1`` rows; row 0 is the start.
    """
    n = theta0.size
    y = theta0.copy()
    k1 = np.empty(n)
    k2 = np.empty(n)
    k3 = np.empty(n)
    k4 = np.empty(n)
    tmp = np.empty(n)
    sc = np.empty(2 * n)
    frames[0, :] = y
    row = 1
    for step in range(1, n_steps + 1):
        _rhs_into(y, indptr, indices, weights, omega, sc, k1)
        for i in range(n):
            tmp[i] = y[i] + 0.5 * dt * k1[i]
        _rhs_into(tmp, indptr, indices, weights, omega, sc, k2)
        for i in range(n):
            tmp[i] = y[i] + 0.5 * dt * k2[i]
        _rhs_into(tmp, indptr, indices, weights, omega, sc, k3)
        for i in range(n):
            tmp[i] = y[i] + dt * k3[i]
        _rhs_into(tmp, indptr, indices, weights, omega, sc, k4)
        for i in range(n):
            y[i] += dt / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i])
        if step % record_every == 0:
            frames[row, :] = y
            row += 1
