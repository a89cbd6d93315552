"""Rigorous verdicts on Kuramoto equilibria: twisted states on circulants (a-priori rounding bounds),
any equilibrium of any graph (a-posteriori Bauer-Fike + Newton-Kantorovich), the certificate files
that ``synctool verify`` re-checks without a solver, and size-free proofs of equitable witness specs
(:mod:`synclib.certify.spec`). This subpackage imports no solver.

Names are imported on first use (PEP 562), so ``synctool verify SPEC`` does not pay for networkx and
scipy.
"""

import importlib

_EXPORTS = {
    "VerificationResult": "certificate", "make_certificate": "certificate", "read_certificate": "certificate",
    "verify_certificate": "certificate", "write_certificate": "certificate",
    "EquilibriumCheck": "equilibrium", "certify_equilibrium": "equilibrium",
    "TwistedCheck": "twisted", "certify_twisted": "twisted", "certify_twisted_indicators": "twisted",
    "twisted_spectrum": "twisted", "twisted_spectrum_bound": "twisted",
    "EquitableSpec": "spec", "SpecVerification": "spec", "load_spec": "spec", "spec_from_degrees": "spec",
    "verify_spec": "spec",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"synclib.certify.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'synclib.certify' has no attribute {name!r}")
