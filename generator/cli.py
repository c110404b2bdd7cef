"""Command line of the generator: ``dicomodel-gen COMMAND ...``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import cast

from generator.errors import GeneratorError

COMMAND_MODULES = ("fetch", "ir", "generate", "diff", "conditions")

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="dicomodel-gen",
        description="Turn the DICOM standard into typed Python.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"generator.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; bad input exits 2 with a one-line message."""
    args = build_parser().parse_args(argv)
    handler = cast(Handler, args.handler)
    try:
        return handler(args)
    except GeneratorError as error:
        print(f"dicomodel-gen {args.command}: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"dicomodel-gen {args.command}: interrupted", file=sys.stderr)
        return 130
