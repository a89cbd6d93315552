"""Options and output helpers shared by synclib's commands (defined once)."""

from __future__ import annotations

import json
import sys

import click

__all__ = ["echo_json", "json_option", "seed_option", "show_progress"]

json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON document on stdout.")
seed_option = click.option("--seed", type=int, default=None, show_default=True,
                           help="Random seed (same seed, same result).")


def echo_json(payload: dict) -> None:
    click.echo(json.dumps(payload, indent=2, default=_json_default))


def _json_default(obj):
    import numpy as np

    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    return str(obj)


def show_progress(as_json: bool) -> bool:
    return not as_json and sys.stderr.isatty()
