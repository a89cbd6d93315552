"""The README's Python example runs as written (in a temporary directory) and prints what it says."""

import os
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def _example() -> str:
    text = README.read_text()
    block = re.search(r"<!-- python-example: start -->\s*```python\n(.*?)```", text, re.S)
    assert block is not None, "README has no python example between the markers"
    return block.group(1)


def test_readme_python_example_runs(tmp_path, capsys):
    code = _example()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "witness 5/9"
    assert "'n': 22, 'q': 1, 'degree': 14" in out[1]
    assert (tmp_path / "fig1.png").stat().st_size > 1000
