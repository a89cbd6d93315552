"""Shared test configuration: a deterministic hypothesis profile and a headless matplotlib."""

import os

import matplotlib

matplotlib.use("Agg")

from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, deadline=None, max_examples=50, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
