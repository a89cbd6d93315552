"""The densest circulant C_n(S) whose q-twisted state is stable: the binary program (``program``), the
only module that calls MILP solvers (``solvers``), the exact closed form (``closed_form``),
``solve_circulant`` (``solve``), resumable sweeps (``sweep``), the published table (``compare``) and
Figure 1 (``figures``). After Yoneda, Tatsukawa & Teramae, Chaos 31, 063124 (2021)."""
