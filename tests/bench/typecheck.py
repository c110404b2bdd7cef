"""mypy --strict, cold cache, on a 10-line script with dicomodel and with pydicom alone.

The aim (issue 15): checking a script that imports ``CTImage`` and ``codes`` takes no
more than 1.5 times checking the same script written against pydicom. Each run has a
fresh cache folder and no configuration file, in the environment of the bench.
"""

from __future__ import annotations

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


def mypy_cold_seconds(script: str) -> float:
    """Wall time of one ``mypy --strict`` run of ``script`` with an empty cache."""
    with tempfile.TemporaryDirectory(prefix="bench-mypy-") as folder:
        root = Path(folder)
        (root / "script.py").write_text(script)
        (root / "mypy.ini").write_text("[mypy]\n")
        command = [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini",
                   "--cache-dir", str(root / "cache"), "script.py"]  # fmt: skip
        start = time.perf_counter()
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"mypy failed on the bench script:\n{done.stdout[-2000:]}")
    return seconds


def typecheck(repeats: int) -> dict[str, dict[str, Any]]:
    """Both scripts, alternating, ``repeats`` times; and the ratio of their minimums."""
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(repeats):
        theirs.append(mypy_cold_seconds(PYDICOM_SCRIPT))
        ours.append(mypy_cold_seconds(DICOMODEL_SCRIPT))
    dicomodel = Figure("mypy cold, dicomodel", "s", tuple(ours))
    pydicom = Figure("mypy cold, pydicom", "s", tuple(theirs))
    return {
        "mypy_cold_dicomodel_script": dicomodel.as_dict(),
        "mypy_cold_pydicom_script": pydicom.as_dict(),
        "mypy_cold_ratio": {
            "ratio_min": round(dicomodel.best / pydicom.best, 2),
            "aim": f"<= {AIM}",
        },
    }
