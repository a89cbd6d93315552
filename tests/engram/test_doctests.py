"""The Examples sections of every engram module run as doctests (small, seeded data; part of the default run)."""

import doctest
import importlib
import pkgutil

import pytest

import engram

MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(engram.__path__, "engram.")
)


@pytest.mark.parametrize("name", ["engram", *MODULES])
def test_module_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctest examples failed in {name}"


def test_public_api_functions_have_examples():
    # every exported function documents itself with a runnable example
    for name in engram.__all__:
        obj = getattr(engram, name)
        if callable(obj) and not isinstance(obj, type):
            assert obj.__doc__ and "Examples\n" in obj.__doc__ and ">>>" in obj.__doc__, name


def test_keywords_are_the_cli_option_names():
    # every option of a command is a keyword of the function of the same name (--bin-s -> bin_s)
    import inspect

    from engram.api import process
    from engram.cli import engram as group

    common = set(inspect.signature(process).parameters) - {"data", "labels", "progress"}
    for cmd in ("classify", "synchrony", "cluster", "report"):
        params = set(inspect.signature(getattr(engram, cmd)).parameters) | common
        for opt in group.commands[cmd].params:
            long = max(opt.opts, key=len)
            if long in ("--json", "--help") or not long.startswith("--"):
                continue
            name = long[2:].replace("-", "_")
            if (cmd, name) == ("cluster", "seed"):
                continue  # every command takes --seed; clustering draws nothing at random
            assert name in params, (cmd, long)


def _fresh_modules(statement):
    import subprocess
    import sys

    code = f"import sys; {statement}; print(sorted({{m.split('.')[0] for m in sys.modules}}))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_import_engram_is_cheap_and_layered():
    # `import engram` defers its heavy modules; no engram module imports synclib or stochnet (layer contract)
    cheap = _fresh_modules("import engram")
    assert "pandas" not in cheap and "sklearn" not in cheap, cheap
    everything = _fresh_modules("import importlib; [importlib.import_module(m) for m in %r]; import engram.api; "
                                "engram.api.process, engram.classify" % (MODULES,))
    assert "engram" in everything and "synclib" not in everything and "stochnet" not in everything, everything
