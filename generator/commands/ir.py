"""``dicomodel-gen ir``: build the intermediate representation and write it as JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from generator.commands.generate import default_report, read_and_build
from generator.commands.options import HelpFormatter, add_source_options, build_config
from generator.commands.progress import Phases
from generator.commands.report_summary import summary, write_report
from generator.pipeline import resolved


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``ir`` subcommand."""
    parser = subparsers.add_parser(
        "ir",
        help="write the intermediate representation as JSON",
        formatter_class=HelpFormatter,
        description="Read the Parts of an edition, apply its default overlays and write its IR, "
        "sorted and\ndeterministic (what 'generate' renders, and a side of 'diff').",
    )
    add_source_options(parser)
    parser.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    parser.add_argument(
        "--report",
        type=Path,
        default=default_report(),
        metavar="FILE",
        help="write the whole build report here (default: %(default)s)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Build the IR of one edition and write it, sorted and deterministic."""
    config = resolved(build_config(args))
    standard = read_and_build(config, Phases())
    standard.write(args.out)
    print(f"DICOM {standard.edition}: IR written to {args.out} ({args.out.stat().st_size} bytes)")
    write_report(standard.report, args.report)
    for line in summary(standard.report, args.report):
        print(line)
    return 0
