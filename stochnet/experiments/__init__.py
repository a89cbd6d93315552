"""Experiments on stochastic networks: memory forgetting (:mod:`.forgetting`), Necker-cube perceptual
alternation (:mod:`.necker`, with :mod:`.necker_stimuli`, :mod:`.necker_presenter` and
:mod:`.necker_analysis`), the Necker study over a parameter grid (:mod:`.necker_study`), the
resumable state file (:mod:`.state_file`) and their shared statistics (:mod:`.stats`).

Each experiment is a library object or function returning a frozen result object with
``to_dict()``; the command-line edges live in :mod:`stochnet.cli_experiments`. Submodules are
imported on demand.
"""

__all__ = ["forgetting", "necker", "necker_analysis", "necker_presenter", "necker_stimuli", "necker_study",
           "state_file", "stats"]
