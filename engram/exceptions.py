"""Exceptions raised by :mod:`engram` for problems with the user's input."""

__all__ = ["EngramError"]


class EngramError(Exception):
    """Base class of every error engram raises for a user mistake; the CLI prints it on one line."""
