"""ruff with pinned settings, run on the staged output (imports sorted, then formatted)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from generator.errors import GeneratorError

RUFF_SETTINGS = (
    "--isolated",
    "--line-length",
    "100",
    "--target-version",
    "py311",
    "--config",
    "lint.isort.known-first-party = ['dicomodel']",
)


def _ruff() -> list[str]:
    beside = Path(sys.executable).with_name("ruff")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("ruff")
    if found is None:
        raise GeneratorError("ruff is needed to format the generated code: pip install ruff")
    return [found]


def format_tree(root: Path) -> None:
    """Sort imports and format every Python file under ``root`` in place."""
    ruff = _ruff()
    steps = (
        [*ruff, "check", *RUFF_SETTINGS, "--select", "I", "--fix", "--quiet", str(root)],
        [*ruff, "format", *RUFF_SETTINGS, "--quiet", str(root)],
    )
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise GeneratorError(f"ruff failed on the generated code: {done.stderr or done.stdout}")
