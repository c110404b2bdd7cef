"""``dicomodel-gen generate``: regenerate ``generated/`` and print a summary."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from generator.commands.options import add_source_options, build_config
from generator.defaults import default_output
from generator.pipeline import build_standard, read_parts, resolved
from generator.render.build_info import counts
from generator.render.package import render_package
from generator.write.tree import WriteReport, write_tree


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``generate`` subcommand."""
    parser = subparsers.add_parser("generate", help="regenerate generated/ and print a summary")
    add_source_options(parser)
    parser.add_argument("--out", type=Path, default=default_output(), help="default generated/")
    parser.add_argument("--ir-out", type=Path, default=None, help="also write the IR as JSON")
    parser.add_argument(
        "--check", action="store_true", help="change nothing; fail if the output differs"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Build, render, write (or check), and print what was done."""
    started = time.perf_counter()
    config = resolved(build_config(args))
    standard = build_standard(config, read_parts(config))
    if args.ir_out is not None:
        standard.write(args.ir_out)
    render_report: list[str] = []
    report = write_tree(render_package(standard, render_report), args.out, check=args.check)
    elapsed = time.perf_counter() - started
    _print_summary(standard.edition, counts(standard), report, elapsed, args.check)
    for line in [*standard.report, *render_report]:
        print(f"  report: {line}")
    if args.check and report.changed:
        _print_differences(report)
        return 1
    return 0


def _print_summary(
    edition: str, numbers: dict[str, int], report: WriteReport, elapsed: float, check: bool
) -> None:
    figures = ", ".join(f"{value} {name.replace('_', ' ')}" for name, value in numbers.items())
    verb = "would write" if check else "wrote"
    print(f"DICOM {edition}: {figures}")
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
