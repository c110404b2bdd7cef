"""``dicomodel-gen generate``: regenerate ``generated/`` and print a summary."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.commands.options import add_source_options, build_config
from generator.conditions.report import condition_entries, summary_lines
from generator.defaults import default_output, default_overlays
from generator.diff.changelog import changelog_files
from generator.diff.index import build_index
from generator.ir.standard import Standard
from generator.pipeline import BuildConfig, build_standard, read_parts, resolved
from generator.render.build_info import counts
from generator.render.package import render_package
from generator.write.tree import WriteReport, write_tree


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``generate`` subcommand."""
    parser = subparsers.add_parser("generate", help="regenerate generated/ and print a summary")
    add_source_options(parser)
    add_overlay_options(parser)
    parser.add_argument("--out", type=Path, default=default_output(), help="default generated/")
    parser.add_argument("--ir-out", type=Path, default=None, help="also write the IR as JSON")
    parser.add_argument(
        "--check", action="store_true", help="change nothing; fail if the output differs"
    )
    parser.set_defaults(handler=run)


def add_overlay_options(parser: argparse.ArgumentParser) -> None:
    """``--overlay NAME_OR_FOLDER`` (repeatable, in order) and ``--no-overlays``."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--overlay",
        action="append",
        metavar="NAME_OR_FOLDER",
        help="apply this overlay (a name in generator/overlays/data, or a folder); repeat "
        "in the order to apply them; default: the edition's defaults (2024c: sup243)",
    )
    group.add_argument(
        "--no-overlays", action="store_true", help="build the edition as published, no overlays"
    )


def overlay_choice(args: argparse.Namespace, edition: str) -> tuple[str, ...]:
    """The overlays the options ask for (the edition's defaults when none is named)."""
    if args.no_overlays:
        return ()
    if args.overlay:
        return tuple(args.overlay)
    return default_overlays(edition)


def generate_tree(standard: Standard, out: Path, *, check: bool) -> tuple[WriteReport, list[str]]:
    """Render ``standard`` with its index and changelog, and sync ``out`` (or check it)."""
    render_report: list[str] = []
    files = render_package(standard, render_report)
    files.extend(changelog_files(build_index(standard), out))
    return write_tree(files, out, check=check), render_report


def run(args: argparse.Namespace) -> int:
    """Build, render, write (or check), and print what was done."""
    started = time.perf_counter()
    config: BuildConfig = resolved(build_config(args))
    config = replace(config, overlays=overlay_choice(args, config.edition))
    standard = build_standard(config, read_parts(config))
    if args.ir_out is not None:
        standard.write(args.ir_out)
    report, render_report = generate_tree(standard, args.out, check=args.check)
    elapsed = time.perf_counter() - started
    _print_summary(standard, counts(standard), report, elapsed, args.check)
    for line in [*standard.report, *render_report]:
        print(f"  report: {line}")
    if args.check and report.changed:
        _print_differences(report)
        return 1
    return 0


def _print_summary(
    standard: Standard, numbers: dict[str, int], report: WriteReport, elapsed: float, check: bool
) -> None:
    figures = ", ".join(f"{value} {name.replace('_', ' ')}" for name, value in numbers.items())
    verb = "would write" if check else "wrote"
    overlays = "".join(f" + {overlay.name}" for overlay in standard.overlays)
    print(f"DICOM {standard.edition}{overlays}: {figures}")
    for overlay in standard.overlays:
        print(
            f"  overlay {overlay.name}: {overlay.document} ({overlay.status}, {overlay.date}), "
            f"{len(overlay.changes)} changes"
        )
    for line in summary_lines(condition_entries(standard)):
        print(f"  {line}")
    print(
        f"  {verb} {len(report.written)} files, {report.unchanged} unchanged, "
        f"{len(report.deleted)} stale deleted; {report.total_bytes / 1e6:.1f} MB; "
        f"{elapsed:.1f} s"
    )


def _print_differences(report: WriteReport) -> None:
    for path in report.written[:20]:
        print(f"  differs: {path}", file=sys.stderr)
    for path in report.deleted[:20]:
        print(f"  stale: {path}", file=sys.stderr)
    print("generated/ is not what the committed sources produce", file=sys.stderr)
