"""stochnet: stochastic neural networks in which neurons and synapses are both random variables."""

from stochnet.exceptions import StochNetError

__all__ = ["StochNetError"]
