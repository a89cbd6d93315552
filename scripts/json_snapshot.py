"""Run the README's commands with --json and store their outputs, minus wall-clock fields, so that two
trees can be compared (``python scripts/json_snapshot.py OUT.json``; then diff two files).

Used for the layout change: behaviour must not change. Run it from a tree with ``PYTHONPATH`` set to
that tree.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from cli import synctool

VOLATILE = {"seconds", "time", "wall_s", "elapsed", "db", "certificate", "path", "synctool_version", "version"}


def _strip(x):
    if isinstance(x, dict):
        return {k: _strip(v) for k, v in x.items() if k not in VOLATILE and not k.endswith("_seconds")}
    if isinstance(x, list):
        return [_strip(v) for v in x]
    if isinstance(x, float):
        return float(f"{x:.9g}")
    return x


def main(out: str) -> None:
    tmp = Path(tempfile.mkdtemp())
    cert = tmp / "cert.json"
    commands = {
        "bound": ["bound", "--json", "--certificate", str(cert)],
        "verify": ["verify", str(cert), "--json"],
        "circulant-milp-highs": ["circulant", "30", "3", "--solver", "highs", "--json"],
        "circulant-closed-form": ["circulant", "190", "10", "--method", "closed-form", "--json"],
        "sweep": ["sweep", "--n", "5:40", "--workers", "1", "--json"],
        "sweep-best": ["sweep", "--n", "5:60", "--q", "best", "--workers", "1", "--json"],
        "engram-demo": ["engram", "demo", "--json", "--seed", "0"],
    }
    results = {}
    for name, args in commands.items():
        res = CliRunner().invoke(synctool, args, catch_exceptions=False)
        try:
            payload = _strip(json.loads(res.output))
        except json.JSONDecodeError:
            payload = {"unparsed": res.output[-2000:]}
        results[name] = {"exit_code": res.exit_code, "output": payload}
        print(name, res.exit_code, file=sys.stderr)
    Path(out).write_text(json.dumps(results, indent=1, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
