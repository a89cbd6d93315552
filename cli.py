"""The ``synctool`` command line: one click group that assembles the packages' commands.

Each package keeps its commands in ``<package>/cli.py``; this module only maps command names to
those objects and imports a package when one of its commands is used, so ``synctool bound`` never
pays for importing scikit-learn or pynwb.

Errors: every package raises its own base exception (``SyncLibError``, ``StochNetError``,
``EngramError``) for user mistakes; the group turns them into a one-line ``Error: ...`` message and
exit code 1. Usage errors (bad option values) are click's ``UsageError`` with exit code 2. Anything
else is a bug and keeps its traceback.
"""

from __future__ import annotations

import importlib
import sys

import click

__all__ = ["synctool", "main"]

# name -> (module, attribute); the attribute is a click command or group.
_COMMANDS: dict[str, tuple[str, str]] = {
    "bound": ("synclib.cli.core", "bound"),
    "verify": ("synclib.cli.core", "verify"),
    "circulant": ("synclib.cli.core", "circulant"),
    "realize": ("synclib.cli.spec", "realize"),
    "sweep": ("synclib.cli.sweep", "sweep"),
    "compare": ("synclib.cli.sweep", "compare"),
    "simulate": ("synclib.cli.dynamics", "simulate"),
    "basin": ("synclib.cli.dynamics", "basin"),
    "search": ("synclib.cli.search", "search"),
    "dsnn": ("stochnet.cli", "dsnn"),
    "sbm": ("stochnet.cli_experiments", "sbm"),
    "forget": ("stochnet.cli_experiments", "forget"),
    "necker": ("stochnet.cli_experiments", "necker"),
    "engram": ("engram.cli", "engram"),
}

_USER_ERRORS = (
    ("synclib.exceptions", "SyncLibError"),
    ("stochnet.exceptions", "StochNetError"),
    ("engram.exceptions", "EngramError"),
)


def _user_error_types() -> tuple[type[BaseException], ...]:
    """The base exceptions of the packages already imported (only those can have raised), so that
    handling an error never imports another package."""
    types: list[type[BaseException]] = []
    for module, name in _USER_ERRORS:
        mod = sys.modules.get(module)
        if mod is not None and hasattr(mod, name):
            types.append(getattr(mod, name))
    return tuple(types)


class _LazyGroup(click.Group):
    """A group whose commands are imported on first use, and which turns user errors into exit 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = set(super().list_commands(ctx))
        for name, (module, attr) in _COMMANDS.items():
            if self._load(module, attr) is not None:
                names.add(name)
        return sorted(names)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in _COMMANDS:
            command = self._load(*_COMMANDS[cmd_name])
        return command

    @staticmethod
    def _load(module: str, attr: str) -> click.Command | None:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            # Only a package (or its cli module) that does not exist yet is skipped; a missing
            # third-party dependency inside it is a real error and must surface.
            if exc.name is not None and module.startswith(exc.name):
                return None
            raise
        return getattr(mod, attr, None)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except _user_error_types() as exc:
            raise click.ClickException(str(exc)) from exc
        except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
            raise click.ClickException(f"{exc.filename}: {exc.strerror}") from exc


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="synctool")
def synctool() -> None:
    """Kuramoto synchrony bounds, stochastic neural networks and CA1 engram analysis."""


main = synctool

if __name__ == "__main__":  # pragma: no cover
    main()
