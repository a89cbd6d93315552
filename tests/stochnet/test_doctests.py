"""The Examples sections of every stochnet module run as doctests (small, seeded, fast)."""

import doctest
import importlib
import pkgutil

import pytest

import stochnet

MODULES = sorted(["stochnet"] + [m.name for m in pkgutil.walk_packages(stochnet.__path__, "stochnet.")])


def test_every_module_is_listed():
    assert {"stochnet.dsnn", "stochnet.dsnn_io", "stochnet.sbm", "stochnet.data", "stochnet.analysis"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctest examples failed in {name}"


def test_public_api_is_sorted_and_importable():
    assert stochnet.__all__ == sorted(stochnet.__all__)
    for name in stochnet.__all__:
        assert getattr(stochnet, name) is not None, name
