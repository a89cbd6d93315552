"""engram: analysis of hippocampal CA1 calcium imaging with genetically tagged engram cells."""

from engram.exceptions import EngramError

__all__ = ["EngramError"]
