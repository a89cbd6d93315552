"""synclib: global synchrony of identical Kuramoto oscillators on networks.

The critical connectivity mu_c is the smallest mu such that every graph on n nodes with minimum degree
at least mu (n - 1) synchronises globally (Kassabov, Strogatz & Townsend 2022: mu_c <= 3/4). A graph
with a linearly stable equilibrium other than in-phase sync proves mu_c >= its mu; synclib finds such
witnesses, certifies them rigorously, and sweeps the circulant family of Yoneda, Tatsukawa & Teramae
(Chaos 31, 063124, 2021) with integer programs.

The pipelines (one subpackage each):

* ``synclib.bound`` -- the verdict for any graph (:func:`analyze_graph`) and the numerical witness
  search (:func:`find_witness`);
* ``synclib.circulant`` -- the densest circulant with a stable q-twisted state: integer program
  (:func:`solve_circulant`, CBC or HiGHS), exact closed form (:func:`closed_form`), resumable sweeps
  (:func:`sweep`);
* ``synclib.certify`` -- rigorous floating-point verdicts (:func:`certify_twisted`,
  :func:`certify_equilibrium`) and certificate files (:func:`verify_certificate`);
* ``synclib.dynamics`` -- integrators (:func:`integrate`), the Newton polisher (:func:`newton_polish`),
  basin estimates (:func:`estimate_basins`);
* ``synclib.record`` -- searches for record witnesses (blow-ups, fractional limit problem).

Examples
--------
>>> import networkx as nx
>>> import synclib
>>> G = nx.circulant_graph(19, range(1, 6))
>>> res = synclib.analyze_graph(G, search=False)
>>> res.verdict, res.mu
('witness', Fraction(5, 9))
>>> synclib.closed_form(19, 1).degree
10
"""

import importlib
from typing import TYPE_CHECKING

# public name -> (module, attribute); imported on first use (PEP 562) so that a command pays only for
# what it uses (``synctool verify SPEC`` imports neither networkx nor numba)
_EXPORTS = {
    "BasinResult": ("synclib.dynamics.basins", "BasinResult"),
    "BoundResult": ("synclib.bound.verdict", "BoundResult"),
    "CertificateError": ("synclib.exceptions", "CertificateError"),
    "ClosedFormResult": ("synclib.circulant.closed_form", "ClosedFormResult"),
    "EquilibriumCheck": ("synclib.certify", "EquilibriumCheck"),
    "EquitableSpec": ("synclib.certify.spec", "EquitableSpec"),
    "GraphFileError": ("synclib.exceptions", "GraphFileError"),
    "InvalidGraphError": ("synclib.exceptions", "InvalidGraphError"),
    "InvalidParameterError": ("synclib.exceptions", "InvalidParameterError"),
    "KNOWN_BOUNDS": ("synclib.known_bounds", "KNOWN_BOUNDS"),
    "PolishResult": ("synclib.dynamics.newton", "PolishResult"),
    "SchedulerUnavailableError": ("synclib.exceptions", "SchedulerUnavailableError"),
    "SolverUnavailableError": ("synclib.exceptions", "SolverUnavailableError"),
    "SpecVerification": ("synclib.certify.spec", "SpecVerification"),
    "SweepResult": ("synclib.circulant.sweep", "SweepResult"),
    "SyncLibError": ("synclib.exceptions", "SyncLibError"),
    "Trajectory": ("synclib.dynamics.integrate", "Trajectory"),
    "TwistedCheck": ("synclib.certify", "TwistedCheck"),
    "VerificationResult": ("synclib.certify", "VerificationResult"),
    "WitnessSearchResult": ("synclib.bound.witness", "WitnessSearchResult"),
    "analyze_graph": ("synclib.bound.verdict", "analyze_graph"),
    "certify_equilibrium": ("synclib.certify", "certify_equilibrium"),
    "certify_twisted": ("synclib.certify", "certify_twisted"),
    "closed_form": ("synclib.circulant.closed_form", "closed_form"),
    "compare_to_bounds": ("synclib.known_bounds", "compare_to_bounds"),
    "estimate_basins": ("synclib.dynamics.basins", "estimate_basins"),
    "figure1": ("synclib.circulant.figures", "figure1"),
    "find_witness": ("synclib.bound.witness", "find_witness"),
    "integrate": ("synclib.dynamics.integrate", "integrate"),
    "integrate_batch": ("synclib.dynamics.integrate", "integrate_batch"),
    "jacobian": ("synclib.kuramoto", "jacobian"),
    "kuramoto_residual": ("synclib.kuramoto", "kuramoto_residual"),
    "load_spec": ("synclib.certify.spec_io", "load_spec"),
    "make_certificate": ("synclib.certify", "make_certificate"),
    "newton_polish": ("synclib.dynamics.newton", "newton_polish"),
    "read_certificate": ("synclib.certify", "read_certificate"),
    "read_graph": ("synclib.graphs", "read_graph"),
    "save_figure1": ("synclib.circulant.figures", "save_figure1"),
    "solve_circulant": ("synclib.circulant.solve", "solve_circulant"),
    "sweep": ("synclib.circulant.sweep", "run_sweep"),
    "twisted_spectrum": ("synclib.certify", "twisted_spectrum"),
    "verify_certificate": ("synclib.certify", "verify_certificate"),
    "verify_spec": ("synclib.certify.spec", "verify_spec"),
    "write_certificate": ("synclib.certify", "write_certificate"),
}

if TYPE_CHECKING:  # for static readers (type checkers, the API reference); at run time see __getattr__
    from synclib.bound.verdict import BoundResult
    from synclib.bound.verdict import analyze_graph
    from synclib.bound.witness import WitnessSearchResult
    from synclib.bound.witness import find_witness
    from synclib.certify import EquilibriumCheck
    from synclib.certify import TwistedCheck
    from synclib.certify import VerificationResult
    from synclib.certify import certify_equilibrium
    from synclib.certify import certify_twisted
    from synclib.certify import make_certificate
    from synclib.certify import read_certificate
    from synclib.certify import twisted_spectrum
    from synclib.certify import verify_certificate
    from synclib.certify import write_certificate
    from synclib.certify.spec import EquitableSpec
    from synclib.certify.spec import SpecVerification
    from synclib.certify.spec_io import load_spec
    from synclib.certify.spec import verify_spec
    from synclib.circulant.closed_form import ClosedFormResult
    from synclib.circulant.closed_form import closed_form
    from synclib.circulant.figures import figure1
    from synclib.circulant.figures import save_figure1
    from synclib.circulant.solve import solve_circulant
    from synclib.circulant.sweep import SweepResult
    from synclib.circulant.sweep import run_sweep as sweep
    from synclib.dynamics.basins import BasinResult
    from synclib.dynamics.basins import estimate_basins
    from synclib.dynamics.integrate import Trajectory
    from synclib.dynamics.integrate import integrate
    from synclib.dynamics.integrate import integrate_batch
    from synclib.dynamics.newton import PolishResult
    from synclib.dynamics.newton import newton_polish
    from synclib.exceptions import CertificateError
    from synclib.exceptions import GraphFileError
    from synclib.exceptions import InvalidGraphError
    from synclib.exceptions import InvalidParameterError
    from synclib.exceptions import SchedulerUnavailableError
    from synclib.exceptions import SolverUnavailableError
    from synclib.exceptions import SyncLibError
    from synclib.graphs import read_graph
    from synclib.known_bounds import KNOWN_BOUNDS
    from synclib.known_bounds import compare_to_bounds
    from synclib.kuramoto import jacobian
    from synclib.kuramoto import kuramoto_residual

__all__ = [
    "BasinResult",
    "BoundResult",
    "CertificateError",
    "ClosedFormResult",
    "EquilibriumCheck",
    "EquitableSpec",
    "GraphFileError",
    "InvalidGraphError",
    "InvalidParameterError",
    "KNOWN_BOUNDS",
    "PolishResult",
    "SchedulerUnavailableError",
    "SolverUnavailableError",
    "SpecVerification",
    "SweepResult",
    "SyncLibError",
    "Trajectory",
    "TwistedCheck",
    "VerificationResult",
    "WitnessSearchResult",
    "analyze_graph",
    "certify_equilibrium",
    "certify_twisted",
    "closed_form",
    "compare_to_bounds",
    "estimate_basins",
    "figure1",
    "find_witness",
    "integrate",
    "integrate_batch",
    "jacobian",
    "kuramoto_residual",
    "load_spec",
    "make_certificate",
    "newton_polish",
    "read_certificate",
    "read_graph",
    "save_figure1",
    "solve_circulant",
    "sweep",
    "twisted_spectrum",
    "verify_certificate",
    "verify_spec",
    "write_certificate",
]


def __getattr__(name):
    if name in _EXPORTS:
        module, attr = _EXPORTS[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'synclib' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
