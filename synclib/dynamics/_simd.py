"""A two-lane float64 register type for numba kernels (``<2 x double>`` in LLVM).

Why: the Kuramoto edge loop adds, for every CSR entry ``j``, both ``sin(theta_j)`` and ``cos(theta_j)``
to a row's two sums.  With the two values interleaved in one table (``sc[2j]``, ``sc[2j+1]``) that is one
16-byte load and one two-lane add, but numba has no vector type: written with two scalars (or a tuple)
LLVM emits two 8-byte loads, or shuffles the pair in and out of a register on every iteration.  This
module gives numba a ``Vec2`` type whose data model *is* the LLVM vector ``<2 x double>``, so a loop
carrying ``Vec2`` accumulators keeps each one in a single SIMD register.

The lanes are added exactly as two scalar IEEE additions would be (no reassociation, no fused
multiply-add), so a kernel written with ``Vec2`` gives bit-for-bit the same sums as its scalar twin
(``tests/synclib/test_simd.py`` checks this).  Loads use 8-byte alignment, which every float64 array
has; there are no bounds checks, as in numba's own indexing.

Functions (callable from numba-compiled code; with ``NUMBA_DISABLE_JIT=1`` the same names are plain
Python functions on 2-tuples, so the kernels still run as Python):

``v2_zero()``
    (0.0, 0.0).
``v2_add_pair(acc, arr, k)``
    ``acc + (arr[k], arr[k + 1])`` for a C-contiguous float64 array and an unsigned offset ``k``.
``v2_add_scaled_pair(acc, w, arr, k)``
    ``acc + (w * arr[k], w * arr[k + 1])`` (multiply, then add: two roundings, as in scalar code).
``v2_lo(acc)``, ``v2_hi(acc)``
    The two lanes.
"""

from __future__ import annotations

from llvmlite import ir
from numba import config, types
from numba.core.errors import TypingError
from numba.extending import intrinsic, models, register_model

__all__ = ["Vec2Type", "v2_add_pair", "v2_add_scaled_pair", "v2_hi", "v2_lo", "v2_zero", "vec2"]

_V2 = ir.VectorType(ir.DoubleType(), 2)
_I32 = ir.IntType(32)


class Vec2Type(types.Type):
    """Two float64 lanes held in one SIMD register."""

    def __init__(self) -> None:
        super().__init__(name="Vec2")


vec2 = Vec2Type()


@register_model(Vec2Type)
class _Vec2Model(models.PrimitiveModel):
    def __init__(self, dmm, fe_type):
        super().__init__(dmm, fe_type, _V2)


def _check_pair_args(arr, k) -> None:
    if not (isinstance(arr, types.Array) and arr.dtype == types.float64 and arr.ndim == 1
            and arr.layout == "C"):
        raise TypingError(f"Vec2 loads need a C-contiguous 1-d float64 array, got {arr}")
    if not (isinstance(k, types.Integer) and not k.signed):
        raise TypingError(f"Vec2 loads need an unsigned offset (no negative wrap-around), got {k}")


def _load_pair(context, builder, arr_type, arr_value, k_value):
    data = context.make_array(arr_type)(context, builder, arr_value).data
    if k_value.type.width < 64:
        k_value = builder.zext(k_value, ir.IntType(64))
    ptr = builder.gep(data, [k_value], inbounds=True)
    return builder.load(builder.bitcast(ptr, _V2.as_pointer()), align=8)


@intrinsic
def v2_zero(typingctx):
    def codegen(context, builder, sig, args):
        return ir.Constant(_V2, [0.0, 0.0])

    return vec2(), codegen


@intrinsic
def v2_add_pair(typingctx, acc, arr, k):
    if acc != vec2:
        return None
    _check_pair_args(arr, k)

    def codegen(context, builder, sig, args):
        return builder.fadd(args[0], _load_pair(context, builder, sig.args[1], args[1], args[2]))

    return vec2(acc, arr, k), codegen


@intrinsic
def v2_add_scaled_pair(typingctx, acc, w, arr, k):
    if acc != vec2 or w != types.float64:
        return None
    _check_pair_args(arr, k)

    def codegen(context, builder, sig, args):
        pair = _load_pair(context, builder, sig.args[2], args[2], args[3])
        wv = builder.insert_element(ir.Constant(_V2, ir.Undefined), args[1], ir.Constant(_I32, 0))
        wv = builder.shuffle_vector(wv, wv, ir.Constant(ir.VectorType(_I32, 2), [0, 0]))
        return builder.fadd(args[0], builder.fmul(wv, pair))

    return vec2(acc, w, arr, k), codegen


def _lane(index: int):
    @intrinsic
    def lane(typingctx, acc):
        if acc != vec2:
            return None

        def codegen(context, builder, sig, args):
            return builder.extract_element(args[0], ir.Constant(_I32, index))

        return types.float64(acc), codegen

    return lane


v2_lo = _lane(0)
v2_hi = _lane(1)

if config.DISABLE_JIT:  # NUMBA_DISABLE_JIT=1 runs the kernels as Python: a Vec2 is then a tuple
    def v2_zero():
        return (0.0, 0.0)

    def v2_add_pair(acc, arr, k):
        return (acc[0] + arr[k], acc[1] + arr[k + 1])

    def v2_add_scaled_pair(acc, w, arr, k):
        return (acc[0] + w * arr[k], acc[1] + w * arr[k + 1])

    def v2_lo(acc):
        return acc[0]

    def v2_hi(acc):
        return acc[1]
