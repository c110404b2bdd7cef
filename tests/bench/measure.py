"""Run a snippet in a fresh interpreter and read back its timings and peak memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]

PEAK = """
def _peak_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0
"""


def _environment() -> dict[str, str]:
    """This environment, but with bytecode caching on: what an installed package has."""
    return {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def run_snippet(code: str) -> dict[str, Any]:
    """Run ``code`` (which prints one JSON object) in a new interpreter; return it."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK + code],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=_environment(),
    )
    if done.returncode != 0:
        raise RuntimeError(f"benchmark snippet failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@dataclass(frozen=True, slots=True)
class Figure:
    """Repeated measurements of one quantity: min, median and how many runs."""

    name: str
    unit: str
    runs: tuple[float, ...]

    @property
    def best(self) -> float:
        """The minimum: the least disturbed run."""
        return min(self.runs)

    @property
    def median(self) -> float:
        """The median run."""
        return statistics.median(self.runs)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready figures, rounded."""
        return {
            "unit": self.unit,
            "min": round(self.best, 4),
            "median": round(self.median, 4),
            "runs": len(self.runs),
        }
