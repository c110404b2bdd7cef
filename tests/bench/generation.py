"""Reading the parts of 2024c, building the IR, rendering and formatting generated/."""

from __future__ import annotations

from tests.bench.measure import Figure, run_snippet

PARTS = (3, 4, 6, 15, 16)

READ_PART = """
import json, time
from pathlib import Path
from generator.readers import read_document
start = time.perf_counter()
document = read_document(Path({path!r}))
print(json.dumps({{"seconds": time.perf_counter() - start, "peak_mb": _peak_mb(),
                   "tables": len(document.tables)}}))
"""

BUILD = """
import json, tempfile, time
from pathlib import Path
from generator.pipeline import BuildConfig, build_standard, read_parts
from generator.render.package import render_package
from generator.write.tree import write_tree
start = time.perf_counter()
config = BuildConfig(edition="2024c", format="chtml", mirror={mirror!r})
standard = build_standard(config, read_parts(config))
built = time.perf_counter()
files = render_package(standard, [])
rendered = time.perf_counter()
with tempfile.TemporaryDirectory() as out:
    report = write_tree(files, Path(out), check=False)
written = time.perf_counter()
print(json.dumps({{"ir_seconds": built - start, "render_seconds": rendered - built,
                   "format_write_seconds": written - rendered, "total_seconds": written - start,
                   "files": len(report.written), "megabytes": report.total_bytes / 1e6,
                   "peak_mb": _peak_mb()}}))
"""


def read_parts(mirror: str, repeats: int) -> dict[str, dict[str, float]]:
    """Time and peak memory to read each 2024c part (chunked HTML)."""
    results: dict[str, dict[str, float]] = {}
    for part in PARTS:
        path = f"{mirror}/2024c/output/chtml/part{part:02d}"
        runs = [run_snippet(READ_PART.format(path=path)) for _ in range(repeats)]
        seconds = Figure(f"read PS3.{part}", "s", tuple(run["seconds"] for run in runs))
        results[f"read_ps3_{part}"] = {
            **seconds.as_dict(),
            "peak_mb": round(max(run["peak_mb"] for run in runs), 1),
            "tables": runs[0]["tables"],
        }
    return results


def build(mirror: str, repeats: int) -> dict[str, dict[str, float]]:
    """The whole generation: IR, render, format and write (into a temporary folder)."""
    runs = [run_snippet(BUILD.format(mirror=mirror)) for _ in range(repeats)]
    results: dict[str, dict[str, float]] = {}
    for key in ("ir_seconds", "render_seconds", "format_write_seconds", "total_seconds"):
        name = key.removesuffix("_seconds")
        results[f"generate_{name}"] = Figure(name, "s", tuple(run[key] for run in runs)).as_dict()
    results["generate_total"].update(
        files=runs[0]["files"],
        megabytes=round(runs[0]["megabytes"], 1),
        peak_mb=round(max(run["peak_mb"] for run in runs), 1),
    )
    return results
