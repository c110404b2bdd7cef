"""``nox -s bench``: measured figures written to ``bench/results.json``.

This first suite measures a cold ``import dicomodel`` in fresh interpreters;
generation and serialization benchmarks against pydicom/highdicom join it later.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

REPEATS = 15
OUT = Path("bench") / "results.json"
PROBE = "import time; t = time.perf_counter(); import dicomodel; print(time.perf_counter() - t)"


def cold_import_seconds() -> list[float]:
    """Seconds to ``import dicomodel`` in ``REPEATS`` fresh interpreters."""
    runs = []
    for _ in range(REPEATS):
        done = subprocess.run(
            [sys.executable, "-X", "frozen_modules=on", "-c", PROBE],
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(float(done.stdout))
    return runs


def main() -> int:
    """Run the suite, print a table, write the JSON."""
    runs = cold_import_seconds()
    results = {
        "cold_import_dicomodel_ms": {
            "min": round(min(runs) * 1000, 2),
            "median": round(statistics.median(runs) * 1000, 2),
            "repeats": REPEATS,
        }
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print("| benchmark | min | median |")
    print("|---|---|---|")
    for name, figures in results.items():
        print(f"| {name} | {figures['min']} | {figures['median']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
