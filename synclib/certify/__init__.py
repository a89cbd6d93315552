"""Rigorous verdicts on Kuramoto equilibria: twisted states on circulants (a-priori rounding bounds),
any equilibrium of any graph (a-posteriori Bauer-Fike + Newton-Kantorovich), the certificate files
that ``synctool verify`` re-checks without a solver, and size-free proofs of equitable witness specs
(:mod:`synclib.certify.spec`). This subpackage imports no solver.

Names are imported on first use (PEP 562), so ``synctool verify SPEC`` does not pay for networkx and
scipy.
"""

import importlib
from typing import TYPE_CHECKING

_EXPORTS = {
    "VerificationResult": "certificate", "make_certificate": "certificate", "read_certificate": "certificate",
    "verify_certificate": "certificate", "write_certificate": "certificate",
    "EquilibriumCheck": "equilibrium", "certify_equilibrium": "equilibrium",
    "TwistedCheck": "twisted", "certify_twisted": "twisted", "certify_twisted_indicators": "twisted",
    "twisted_spectrum": "twisted", "twisted_spectrum_bound": "twisted",
    "EquitableSpec": "spec", "SpecVerification": "spec", "load_spec": "spec_io", "spec_from_degrees": "spec_io",
    "verify_spec": "spec",
}

if TYPE_CHECKING:  # for static readers (type checkers, the API reference); at run time see __getattr__
    from synclib.certify.certificate import (VerificationResult, make_certificate, read_certificate,
                                             verify_certificate, write_certificate)
    from synclib.certify.equilibrium import EquilibriumCheck, certify_equilibrium
    from synclib.certify.spec import EquitableSpec, SpecVerification, verify_spec
    from synclib.certify.spec_io import load_spec, spec_from_degrees
    from synclib.certify.twisted import (TwistedCheck, certify_twisted, certify_twisted_indicators,
                                         twisted_spectrum, twisted_spectrum_bound)

__all__ = [
    "EquilibriumCheck",
    "EquitableSpec",
    "SpecVerification",
    "TwistedCheck",
    "VerificationResult",
    "certify_equilibrium",
    "certify_twisted",
    "certify_twisted_indicators",
    "load_spec",
    "make_certificate",
    "read_certificate",
    "spec_from_degrees",
    "twisted_spectrum",
    "twisted_spectrum_bound",
    "verify_certificate",
    "verify_spec",
    "write_certificate",
]


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"synclib.certify.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'synclib.certify' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
