"""``dicomodel-gen ir``: build the intermediate representation and write it as JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from generator.commands.options import add_source_options, build_config
from generator.pipeline import build_standard, read_parts, resolved


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``ir`` subcommand."""
    parser = subparsers.add_parser("ir", help="write the intermediate representation as JSON")
    add_source_options(parser)
    parser.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Build the IR of one edition and write it, sorted and deterministic."""
    config = resolved(build_config(args))
    standard = build_standard(config, read_parts(config))
    standard.write(args.out)
    print(f"DICOM {standard.edition}: IR written to {args.out} ({args.out.stat().st_size} bytes)")
    for line in standard.report:
        print(f"  report: {line}")
    return 0
