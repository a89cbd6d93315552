"""Rigorous verdicts on Kuramoto equilibria: twisted states on circulants (a-priori rounding bounds),
any equilibrium of any graph (a-posteriori Bauer-Fike + Newton-Kantorovich), and the certificate files
that ``synctool verify`` re-checks without a solver. This subpackage imports no solver."""

from synclib.certify.certificate import (VerificationResult, make_certificate, read_certificate,
                                         verify_certificate, write_certificate)
from synclib.certify.equilibrium import EquilibriumCheck, certify_equilibrium
from synclib.certify.twisted import (TwistedCheck, certify_twisted, certify_twisted_indicators, twisted_spectrum,
                                     twisted_spectrum_bound)

__all__ = [
    "EquilibriumCheck",
    "TwistedCheck",
    "VerificationResult",
    "certify_equilibrium",
    "certify_twisted",
    "certify_twisted_indicators",
    "make_certificate",
    "read_certificate",
    "twisted_spectrum",
    "twisted_spectrum_bound",
    "verify_certificate",
    "write_certificate",
]
