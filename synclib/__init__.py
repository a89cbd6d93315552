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

from synclib.bound.verdict import BoundResult, analyze_graph
from synclib.bound.witness import WitnessSearchResult, find_witness
from synclib.certify import (EquilibriumCheck, TwistedCheck, VerificationResult, certify_equilibrium,
                             certify_twisted, make_certificate, read_certificate, twisted_spectrum,
                             verify_certificate, write_certificate)
from synclib.circulant.closed_form import ClosedFormResult, closed_form
from synclib.circulant.figures import figure1, save_figure1
from synclib.circulant.solve import solve_circulant
from synclib.circulant.sweep import SweepResult
from synclib.circulant.sweep import run_sweep as sweep
from synclib.dynamics.basins import BasinResult, estimate_basins
from synclib.dynamics.integrate import Trajectory, integrate, integrate_batch
from synclib.dynamics.newton import PolishResult, newton_polish
from synclib.exceptions import (CertificateError, GraphFileError, InvalidGraphError, InvalidParameterError,
                                SchedulerUnavailableError, SolverUnavailableError, SyncLibError)
from synclib.graphs import read_graph
from synclib.known_bounds import KNOWN_BOUNDS, compare_to_bounds
from synclib.kuramoto import jacobian, kuramoto_residual

__all__ = [
    "BasinResult",
    "BoundResult",
    "CertificateError",
    "ClosedFormResult",
    "EquilibriumCheck",
    "GraphFileError",
    "InvalidGraphError",
    "InvalidParameterError",
    "KNOWN_BOUNDS",
    "PolishResult",
    "SchedulerUnavailableError",
    "SolverUnavailableError",
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
    "make_certificate",
    "newton_polish",
    "read_certificate",
    "read_graph",
    "save_figure1",
    "solve_circulant",
    "sweep",
    "twisted_spectrum",
    "verify_certificate",
    "write_certificate",
]
