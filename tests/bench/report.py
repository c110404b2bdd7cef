"""The benchmark results as a Markdown table and a PNG chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

VALIDATION_RATIOS = "validation_ratios"
VALIDATION_BASELINES = (
    ("validate_over_dciodvfy_sequential", "dciodvfy on each file, one after the other", "< 1"),
    ("validate_over_dciodvfy_parallel", "dciodvfy on each file, 2 at a time", "< 1"),
    ("validate_over_dcmread_loop", "a plain pydicom.dcmread loop", "<= 3"),
    ("validate_over_dcmread_values_loop", "a dcmread loop decoding every value", ""),
)


def validation_table(ratios: dict[str, Any]) -> str:
    """``dicomodel validate --jobs 2`` over a folder as ratios to its baselines."""
    lines = [
        f"\n`dicomodel validate --jobs {ratios.get('jobs', 2)}` over {ratios.get('files')} "
        f"files ({ratios.get('samples')} IODs), wall time as a ratio to:\n",
        "| baseline | ratio (min) | ratio (median) | CPU ratio (min) | aim |",
        "|---|---|---|---|---|",
    ]
    for key, label, aim in VALIDATION_BASELINES:
        if key in ratios:
            ratio = ratios[key]
            lines.append(
                f"| {label} | {ratio['min']} | {ratio['median']} | {ratio.get('cpu_min', '')} "
                f"| {aim} |"
            )
    findings = ratios.get("findings")
    if findings:
        counts = ", ".join(f"{count} {severity}" for severity, count in sorted(findings.items()))
        lines.append(f"\nFindings: {counts}.")
    return "\n".join(lines) + "\n"


SPEED_ROWS = (
    ("first use: import + validated CTImage(...), over import pydicom, pydantic (CPU s)",
     ("first_use_ct_image_over_pydicom_pydantic",), "median", "< 0.1"),
    ("its floor: a one-field pydantic model over the same base (CPU s)",
     ("pydantic_one_field_model_over_pydicom_pydantic",), "median", ""),
    ("first use over that floor, run by run (CPU s)",
     ("first_use_ct_image_over_pydantic_floor",), "median", ""),
    ("a plain pydantic model of CTImage's field count (str | None), fields collected, "
     "over the same base (CPU s)",
     ("pydantic_ct_sized_model_class_over_pydicom_pydantic",), "median", ""),
    ("the same model built and one instance validated (CPU s)",
     ("pydantic_ct_sized_model_built_over_pydicom_pydantic",), "median", ""),
    ("CT_small from_dataset (strict) / highdicom Image.from_dataset(copy=True)",
     ("ct_small_from_dataset",), "ratio_median", "<= 1.0"),
    ("to_json_dict(check=False) / pydicom to_json_dict, CT header and Seg50",
     ("ct_header_to_json_dict", "seg50_to_json_dict"), "ratio_median", "<= 0.6"),
    ("to_json_dict() checked / pydicom to_json_dict, CT_small and Seg50",
     ("ct_small_to_json_dict_checked", "seg50_to_json_dict_checked"), "ratio_median", ""),
    ("to_json(check=False) text / pydicom to_json(), CT header and Seg50",
     ("ct_header_to_json", "seg50_to_json"), "ratio_median", "<= 0.6"),
    ("from_json_dict / pydicom Dataset.from_json, CT header and Seg50",
     ("ct_header_from_json_dict", "seg50_from_json_dict"), "ratio_median", "<= 1.0"),
    ("to_dataset / a Dataset built element by element, CT header and Seg50",
     ("ct_header_to_dataset", "seg50_to_dataset"), "ratio_median", "no regression"),
    ("Segmentation from_dataset / highdicom Segmentation.from_dataset(copy=True)",
     ("seg50_from_dataset",), "ratio_median", "no regression"),
)  # fmt: skip


def speed_table(results: dict[str, Any]) -> str:
    """Issue 16's figures (medians, CPU time, pairs interleaved), with their targets."""
    lines = ["\nIssue 16 (speed and weight):\n", "| figure | measured | target |", "|---|---|---|"]
    for label, keys, value, target in SPEED_ROWS:
        found = [str(results[key][value]) for key in keys if value in results.get(key, {})]
        if found:
            lines.append(f"| {label} | {', '.join(found)} | {target} |")
    dependencies = results.get("runtime_dependencies")
    if dependencies:
        lines.append(
            f"| installed runtime dependencies | {dependencies['names']} | pydantic, pydicom |"
        )
    return "\n".join(lines) + "\n"


def write_markdown(results: dict[str, Any], path: Path) -> str:
    """One row per figure: min, median, runs, and whatever else it carries."""
    lines = ["| benchmark | min | median | runs | more |", "|---|---|---|---|---|"]
    for name, figures in sorted(results.items()):
        if name == VALIDATION_RATIOS:
            continue
        if not isinstance(figures, dict) or "min" not in figures:
            lines.append(f"| {name} | | | | {figures} |")
            continue
        unit = figures.get("unit", "")
        more = ", ".join(
            f"{key} {value}"
            for key, value in sorted(figures.items())
            if key not in {"min", "median", "runs", "unit"}
        )
        lines.append(
            f"| {name} | {figures['min']} {unit} | {figures['median']} {unit} | "
            f"{figures['runs']} | {more} |"
        )
    table = "\n".join(lines) + "\n" + speed_table(results)
    if VALIDATION_RATIOS in results:
        table += validation_table(results[VALIDATION_RATIOS])
    path.write_text(table, encoding="utf-8")
    return table


def write_chart(results: dict[str, Any], path: Path) -> None:
    """A horizontal bar chart of the median times (seconds, log scale)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    timed = sorted(
        (name, figures["median"])
        for name, figures in results.items()
        if isinstance(figures, dict) and figures.get("unit") == "s"
    )
    figure, axes = pyplot.subplots(figsize=(9, 0.35 * len(timed) + 1.5))
    axes.barh([name for name, _ in timed], [value for _, value in timed])
    axes.set_xscale("log")
    axes.set_xlabel("median seconds (log scale)")
    axes.set_title("dicomodel benchmarks")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    pyplot.close(figure)
