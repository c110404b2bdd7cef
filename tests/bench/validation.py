"""``dicomodel validate`` over a folder, paired with dciodvfy and a plain ``dcmread`` loop.

The folder holds ``count`` copies of real files of pydicom's test corpus, cycling
through twelve IODs (:data:`SAMPLES`). Each round runs, in fresh processes and
interleaved (A B B2 C C2, then again):

- A ``dicomodel validate --jobs 2 --format json FOLDER``;
- B ``dciodvfy`` on each file in a shell loop, one after the other, as a user would;
- B2 the same with two ``dciodvfy`` at a time (``xargs -P 2``), fair to two cores;
- C a ``pydicom.dcmread`` loop over the files in one process;
- C2 the same loop that also decodes every value (``dcmread`` decodes lazily, while
  validation has to look at each value): context, not the aim.

Every figure is the wall time of its process, interpreter start included, with
the CPU time of the process and its children beside it (``cpu_min``: on a shared
machine it moves less than the wall time). The ratios validate/dciodvfy and
validate/dcmread are of the wall min and median, and of the CPU min.
"""

from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.measure import REPO_ROOT, _environment

SAMPLES = (
    "CT_small.dcm",  # CT Image
    "MR_small.dcm",  # MR Image
    "examples_ybr_color.dcm",  # Ultrasound Multi-frame Image
    "examples_rgb_color.dcm",  # Ultrasound Image
    "dicomdirtests/77654033/CR1/6154",  # Computed Radiography Image
    "SC_rgb_small_odd.dcm",  # Secondary Capture Image
    "rtplan.dcm",  # RT Plan
    "rtdose_rle_1frame.dcm",  # RT Dose
    "test-SR.dcm",  # Comprehensive SR
    "reportsi.dcm",  # Basic Text SR
    "liver_1frame.dcm",  # Segmentation (functional groups)
    "waveform_ecg.dcm",  # 12-Lead ECG
)
JOBS = 2
EXPECTED_FINDINGS = {1000: {"error": 581, "undecided": 54782, "warning": 1246}}
"""The findings over the bench folder of that many files, as the merged issue 13 gave
them: a faster validation must find exactly these (checked on every bench run)."""
VALIDATE = (sys.executable, "-W", "ignore", "-m", "dicomodel.cli", "validate")

DCMREAD_LOOP = """
import json, sys, time
from pathlib import Path
start = time.perf_counter()
import pydicom
files = sorted(p for p in Path(sys.argv[1]).iterdir() if p.is_file())
decode = sys.argv[2] == "values"
for path in files:
    dataset = pydicom.dcmread(path)
    if decode:
        for element in dataset.iterall():
            element.value
print(json.dumps({"files": len(files), "loop_s": time.perf_counter() - start}))
"""


def corpus_root() -> Path:
    """pydicom's ``test_files`` folder."""
    import pydicom.data

    return Path(pydicom.data.__file__).parent / "test_files"


def build_folder(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the samples in ``folder``, cycling through them."""
    root = corpus_root()
    files = []
    for index in range(count):
        sample = root / SAMPLES[index % len(SAMPLES)]
        target = folder / f"{index:05d}_{sample.name}"
        shutil.copyfile(sample, target)
        files.append(target)
    return files


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _wall(
    command: list[str], ok: tuple[int, ...], stdout: Any = subprocess.DEVNULL
) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of ``command``, its children included."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(
        command,
        cwd=REPO_ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=_environment(),
        check=False,
    )
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - cpu
    if done.returncode not in ok:
        message = done.stderr.decode("utf-8", "replace")[-2000:]
        raise RuntimeError(f"{command[:4]} exited {done.returncode}:\n{message}")
    return elapsed, cpu


def _commands(folder: Path, dciodvfy: str) -> dict[str, tuple[list[str], tuple[int, ...]]]:
    loop = 'for f in "$1"/*; do "$2" "$f" >/dev/null 2>&1; done; true'
    pool = f'find "$1" -type f -print0 | xargs -0 -n 1 -P {JOBS} "$2" >/dev/null 2>&1; true'
    python = sys.executable
    return {
        "validate": (
            [*VALIDATE, "--jobs", str(JOBS), "--format", "json", str(folder)],
            (0, 1),
        ),
        "dciodvfy_sequential": (["bash", "-c", loop, "-", str(folder), dciodvfy], (0,)),
        "dciodvfy_parallel": (["bash", "-c", pool, "-", str(folder), dciodvfy], (0,)),
        "dcmread_loop": ([python, "-c", DCMREAD_LOOP, str(folder), "read"], (0,)),
        "dcmread_values_loop": ([python, "-c", DCMREAD_LOOP, str(folder), "values"], (0,)),
    }


def _figure(runs: list[tuple[float, float]], count: int) -> dict[str, Any]:
    walls = [wall for wall, _ in runs]
    return {
        "unit": "s",
        "min": round(min(walls), 3),
        "median": round(statistics.median(walls), 3),
        "runs": len(runs),
        "files": count,
        "ms_per_file": round(1000 * min(walls) / count, 2),
        "cpu_min": round(min(cpu for _, cpu in runs), 3),
    }


def _ratio(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> dict[str, float]:
    def walls(runs: list[tuple[float, float]]) -> list[float]:
        return [wall for wall, _ in runs]

    return {
        "min": round(min(walls(a)) / min(walls(b)), 2),
        "median": round(statistics.median(walls(a)) / statistics.median(walls(b)), 2),
        "cpu_min": round(min(cpu for _, cpu in a) / min(cpu for _, cpu in b), 2),
    }


def _findings(folder: Path, count: int) -> dict[str, Any]:
    """One validate run, its output read: findings per severity, files without a finding."""
    with tempfile.TemporaryFile() as output:
        command, ok = _commands(folder, "")["validate"]
        _wall(command, ok, stdout=output)
        output.seek(0)
        records = [json.loads(line) for line in output.read().decode().splitlines()]
    severities: dict[str, int] = {}
    for record in records:
        severities[record["severity"]] = severities.get(record["severity"], 0) + 1
    unreadable = sum(record["rule"] == "unreadable" for record in records)
    if unreadable:
        raise RuntimeError(f"dicomodel validate could not read {unreadable} benchmark files")
    files = len({record["file"] for record in records})
    expected = EXPECTED_FINDINGS.get(count)
    if expected is not None and severities != expected:
        raise RuntimeError(f"dicomodel validate found {severities}, not {expected}")
    return {"findings": severities, "files_with_findings": files, "files": count}


def validation(repeats: int, count: int = 1000) -> dict[str, Any]:
    """The validate, dciodvfy and dcmread figures over a folder of ``count`` files."""
    dciodvfy = shutil.which("dciodvfy")
    if dciodvfy is None:
        return {"validation": {"skipped": "dciodvfy is not installed (dicom3tools)"}}
    runs: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="dicomodel-bench-") as name:
        folder = Path(name)
        build_folder(folder, count)
        commands = _commands(folder, dciodvfy)
        for _ in range(repeats):
            for what, (command, ok) in commands.items():
                runs.setdefault(what, []).append(_wall(command, ok))
        checked = _findings(folder, count)
    results = {f"validation_{what}": _figure(times, count) for what, times in runs.items()}
    validate = runs["validate"]
    results["validation_ratios"] = {
        "validate_over_dciodvfy_sequential": _ratio(validate, runs["dciodvfy_sequential"]),
        "validate_over_dciodvfy_parallel": _ratio(validate, runs["dciodvfy_parallel"]),
        "validate_over_dcmread_loop": _ratio(validate, runs["dcmread_loop"]),
        "validate_over_dcmread_values_loop": _ratio(validate, runs["dcmread_values_loop"]),
        "samples": len(SAMPLES),
        "jobs": JOBS,
        **checked,
    }
    return results
