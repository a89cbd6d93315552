"""synclib: global synchrony of identical Kuramoto oscillators on networks."""

from synclib.exceptions import SyncLibError

__all__ = ["SyncLibError"]
