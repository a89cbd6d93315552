"""Exceptions raised by :mod:`synclib` for problems with the user's input.

A solver that ends infeasible or at a time limit is *not* an exception: it is a result with a status.
"""

__all__ = ["SyncLibError", "InvalidGraphError", "InvalidParameterError", "GraphFileError",
           "SolverUnavailableError", "CertificateError", "SchedulerUnavailableError"]


class SyncLibError(Exception):
    """Base class of every error synclib raises for a user mistake; the CLI prints it on one line."""


class InvalidGraphError(SyncLibError):
    """A graph that is not a simple, undirected, connected, unweighted graph on at least 3 nodes."""


class InvalidParameterError(SyncLibError, ValueError):
    """An argument outside its allowed range (n < 5, twist out of range, negative time limit, ...)."""


class GraphFileError(SyncLibError):
    """A graph file that cannot be read: missing, unreadable, truncated or in the wrong format."""


class SolverUnavailableError(SyncLibError):
    """The requested MILP solver is not installed or cannot be started."""


class CertificateError(SyncLibError):
    """A certificate file that is malformed (not the failure of a well-formed certificate to hold)."""


class SchedulerUnavailableError(SyncLibError):
    """A Dask scheduler that cannot be reached (nothing was computed or written)."""
