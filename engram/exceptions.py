"""Exceptions raised by :mod:`engram` for problems with the user's input."""

__all__ = ["EngramError", "EngramInputError", "EngramFormatError"]


class EngramError(Exception):
    """Base class of every error engram raises for a user mistake; the CLI prints it on one line."""


class EngramInputError(EngramError):
    """A manifest, label table or trace file failed validation (the message names the file)."""


class EngramFormatError(EngramInputError):
    """A file cannot be read as the format it was declared as, or its orientation is ambiguous."""
