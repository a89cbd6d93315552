"""Exceptions raised by :mod:`stochnet` for problems with the user's input."""

__all__ = ["StochNetError"]


class StochNetError(Exception):
    """Base class of every error stochnet raises for a user mistake; the CLI prints it on one line."""
