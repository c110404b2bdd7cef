"""``dicomodel-gen generate``: regenerate ``generated/`` and print a summary."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from generator.defaults import DEFAULT_EDITION, DEFAULT_FORMAT, default_mirror, default_output
from generator.pipeline import BuildConfig, build_standard, read_parts
from generator.render.build_info import counts
from generator.render.package import render_package
from generator.sources.layout import check_format
from generator.write.tree import WriteReport, write_tree

NOT_YET_BUILT = "IODs, modules, macros (PS3.3) and CIDs, codes (PS3.16) are not generated yet"


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``generate`` subcommand."""
    parser = subparsers.add_parser("generate", help="regenerate generated/ and print a summary")
    parser.add_argument("--edition", default=DEFAULT_EDITION, help="e.g. 2024c")
    parser.add_argument("--format", default=DEFAULT_FORMAT, help="docbook or chtml")
    parser.add_argument(
        "--mirror",
        default=default_mirror(),
        help="a copy of the publisher's layout (directory or URL); default $DICOMODEL_MIRROR",
    )
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=default_output(), help="default generated/")
    parser.add_argument("--ir-out", type=Path, default=None, help="also write the IR as JSON")
    parser.add_argument(
        "--check", action="store_true", help="change nothing; fail if the output differs"
    )
    parser.add_argument(
        "--accept-dictionary-mismatch",
        action="store_true",
        help="take Table 6-1 from pydicom even when its edition differs",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Build, render, write (or check), and print what was done."""
    started = time.perf_counter()
    config = BuildConfig(
        edition=args.edition,
        format=check_format(args.format),
        mirror=args.mirror,
        cache_dir=args.cache_dir,
        accept_dictionary_mismatch=args.accept_dictionary_mismatch,
    )
    standard = build_standard(config, read_parts(config))
    if args.ir_out is not None:
        standard.write(args.ir_out)
    report = write_tree(render_package(standard), args.out, check=args.check)
    elapsed = time.perf_counter() - started
    _print_summary(standard.edition, counts(standard), report, elapsed, args.check)
    for line in standard.report:
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
    print(f"  {NOT_YET_BUILT}")
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
