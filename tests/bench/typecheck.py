"""mypy --strict, cold cache, on a 10-line script with dicomodel and with pydicom alone.

The aim (issue 15): checking a script that imports ``CTImage`` and ``codes`` takes no
more than 1.5 times checking the same script written against pydicom. Each run has a
fresh cache folder and no configuration file, in the environment of the bench. The
ratio is taken on CPU time (the mypy process's user + system time), which a shared
machine disturbs less than wall time; wall time is reported beside it.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.measure import Figure

DICOMODEL_SCRIPT = """\
from dicomodel import codes
from dicomodel.iods import CTImage


def describe(image: CTImage) -> str:
    rows = int(image.Rows)
    treatment = codes.cid4410.Steroid
    return f"{image.PatientName} {rows} {treatment.meaning}"
"""

PYDICOM_SCRIPT = """\
from pydicom import Dataset
from pydicom.sr.codedict import codes


def describe(image: Dataset) -> str:
    rows = int(image.Rows)
    treatment = codes.SCT.Steroid
    return f"{image.PatientName} {rows} {treatment.meaning}"
"""

AIM = 1.5


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def mypy_cold_seconds(script: str) -> tuple[float, float]:
    """CPU and wall time of one ``mypy --strict`` run of ``script`` with an empty cache."""
    with tempfile.TemporaryDirectory(prefix="bench-mypy-") as folder:
        root = Path(folder)
        (root / "script.py").write_text(script)
        (root / "mypy.ini").write_text("[mypy]\n")
        command = [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini",
                   "--cache-dir", str(root / "cache"), "script.py"]  # fmt: skip
        start, cpu_start = time.perf_counter(), _children_cpu()
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu_start
    if done.returncode != 0:
        raise RuntimeError(f"mypy failed on the bench script:\n{done.stdout[-2000:]}")
    return cpu, seconds


def typecheck(repeats: int) -> dict[str, dict[str, Any]]:
    """Both scripts, alternating, ``repeats`` times; and the ratios of their minimums
    (CPU time, and wall time)."""
    ours: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    for _ in range(repeats):
        theirs.append(mypy_cold_seconds(PYDICOM_SCRIPT))
        ours.append(mypy_cold_seconds(DICOMODEL_SCRIPT))
    dicomodel = Figure("mypy cold, dicomodel (CPU)", "s", tuple(cpu for cpu, _ in ours))
    pydicom = Figure("mypy cold, pydicom (CPU)", "s", tuple(cpu for cpu, _ in theirs))
    dicomodel_wall = Figure("mypy cold, dicomodel (wall)", "s", tuple(w for _, w in ours))
    pydicom_wall = Figure("mypy cold, pydicom (wall)", "s", tuple(w for _, w in theirs))
    return {
        "mypy_cold_dicomodel_script": {**dicomodel.as_dict(), "clock": "cpu"},
        "mypy_cold_pydicom_script": {**pydicom.as_dict(), "clock": "cpu"},
        "mypy_cold_dicomodel_script_wall": dicomodel_wall.as_dict(),
        "mypy_cold_pydicom_script_wall": pydicom_wall.as_dict(),
        "mypy_cold_ratio": {
            "ratio_min": round(dicomodel.best / pydicom.best, 2),
            "wall_ratio_min": round(dicomodel_wall.best / pydicom_wall.best, 2),
            "clock": "cpu",
            "interleaved": True,
            "aim": f"<= {AIM}",
        },
    }
