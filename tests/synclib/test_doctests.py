"""The Examples sections of synclib's docstrings, run as doctests (the documented API must work)."""

import doctest
import importlib
import pkgutil

import pytest

import synclib

MODULES = sorted(m.name for m in pkgutil.walk_packages(synclib.__path__, "synclib.")
                 if ".cli" not in m.name)


@pytest.mark.parametrize("name", ["synclib", *MODULES])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctest examples failed in {name}"


def test_public_api_is_sorted_and_complete():
    assert synclib.__all__ == sorted(synclib.__all__) == sorted(synclib._EXPORTS)
    assert set(synclib.__all__) <= set(dir(synclib))
    for name in synclib.__all__:
        assert getattr(synclib, name) is not None
    missing = [n for n in ("analyze_graph", "solve_circulant", "closed_form", "certify_equilibrium",
                           "verify_certificate", "sweep", "integrate", "estimate_basins", "find_witness")
               if n not in synclib.__all__]
    assert not missing
