"""The benchmark results as a Markdown table and a PNG chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def write_markdown(results: dict[str, Any], path: Path) -> str:
    """One row per figure: min, median, runs, and whatever else it carries."""
    lines = ["| benchmark | min | median | runs | more |", "|---|---|---|---|---|"]
    for name, figures in sorted(results.items()):
        if "min" not in figures:
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
    table = "\n".join(lines) + "\n"
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
