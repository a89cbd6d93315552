"""Slow, obviously correct numpy twins of the synclib dynamics kernels (tests only).

Each function follows the textbook formula with dense arrays and Python loops; the fast kernels in
``synclib.dynamics._kernels`` / ``synclib.dynamics.integrate`` / ``synclib.dynamics.newton`` are compared against them.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["splitmix64_uniforms", "uniform_start", "noise_start", "rhs_naive", "rk4_naive",
           "jacobian_naive", "winding_naive", "order_parameter_naive"]

_MASK = (1 << 64) - 1


def splitmix64_uniforms(seed: int, count: int) -> list[float]:
    """splitmix64 (Steele, Lea & Flood 2014) in Python integers; top 53 bits as a double in [0, 1)."""
    state = int(seed) & _MASK
    out = []
    for _ in range(count):
        state = (state + 0x9E3779B97F4A7C15) & _MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        z = z ^ (z >> 31)
        out.append((z >> 11) / 2.0**53)
    return out


def uniform_start(seed: int, n: int) -> np.ndarray:
    """Uniform phases on [0, 2 pi) from one seed."""
    return np.array([2.0 * math.pi * u for u in splitmix64_uniforms(seed, n)])


def noise_start(row: np.ndarray, scale: float, seed: int) -> np.ndarray:
    """row + scale * (Box-Muller Gaussian noise with its mean removed)."""
    n = len(row)
    u = splitmix64_uniforms(seed, 2 * ((n + 1) // 2))
    z = []
    for k in range(0, len(u), 2):
        rad = math.sqrt(-2.0 * math.log(1.0 - u[k]))
        z.append(rad * math.cos(2.0 * math.pi * u[k + 1]))
        z.append(rad * math.sin(2.0 * math.pi * u[k + 1]))
    z = np.array(z[:n])
    return np.asarray(row, dtype=float) + scale * (z - z.mean())


def rhs_naive(A: np.ndarray, theta: np.ndarray, omega: np.ndarray | None = None) -> np.ndarray:
    """f_i = omega_i + sum_j A_ij sin(theta_j - theta_i), double loop."""
    A = np.asarray(A, dtype=float)
    n = len(theta)
    f = np.zeros(n) if omega is None else np.array(omega, dtype=float)
    for i in range(n):
        for j in range(n):
            if A[i, j] != 0.0:
                f[i] += A[i, j] * math.sin(theta[j] - theta[i])
    return f


def rk4_naive(rhs, y0: np.ndarray, dt: float, n_steps: int) -> np.ndarray:
    """Classical RK4 with a Python loop over steps."""
    y = np.array(y0, dtype=float)
    for _ in range(n_steps):
        k1 = rhs(y)
        k2 = rhs(y + 0.5 * dt * k1)
        k3 = rhs(y + 0.5 * dt * k2)
        k4 = rhs(y + dt * k3)
        y = y + dt / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4)
    return y


def jacobian_naive(A: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """J_ij = A_ij cos(theta_j - theta_i) (i != j), J_ii = -sum_{j != i} J_ij."""
    A = np.asarray(A, dtype=float)
    n = len(theta)
    J = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            if i != j and A[i, j] != 0.0:
                J[i, j] = A[i, j] * math.cos(theta[j] - theta[i])
        J[i, i] = -sum(J[i, j] for j in range(n) if j != i)
    return J


def winding_naive(theta: np.ndarray, order=None) -> int:
    """(1/2 pi) sum of wrapped differences around the closed order."""
    order = list(range(len(theta))) if order is None else list(order)
    total = 0.0
    for a, b in zip(order, order[1:] + order[:1]):
        d = theta[b] - theta[a]
        d = (d + math.pi) % (2.0 * math.pi) - math.pi
        total += d
    return round(total / (2.0 * math.pi))


def order_parameter_naive(theta: np.ndarray) -> float:
    re = sum(math.cos(t) for t in theta) / len(theta)
    im = sum(math.sin(t) for t in theta) / len(theta)
    return math.hypot(re, im)
