"""Kuramoto dynamics on graphs: the coupling and its right-hand side (``coupling``), numba kernels
(``_kernels``, ``_simd``), integrators (``integrate``), the one Newton polisher (``newton``), state
classification (``states``) and basin estimates (``basins``)."""
