"""Experiments on stochastic networks: memory forgetting (:mod:`.forgetting`), Necker-cube perceptual
alternation (:mod:`.necker`) and their shared statistics (:mod:`.stats`).

Each experiment is a library function returning a frozen result object with ``to_dict()``; the
command-line edges live in :mod:`stochnet.cli_experiments`. Submodules are imported on demand.
"""

__all__ = ["forgetting", "necker", "stats"]
