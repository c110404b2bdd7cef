"""``dicomodel-gen conditions [--json FILE]``: every condition of the build and how it reads."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from generator.commands.options import add_source_options, build_config
from generator.conditions.report import ConditionEntry, condition_entries, summary_lines
from generator.pipeline import build_standard, read_parts, resolved


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``conditions`` subcommand."""
    parser = subparsers.add_parser(
        "conditions", help="report every condition: its text, class and predicate"
    )
    add_source_options(parser)
    parser.add_argument("--json", type=Path, default=None, help="also write the list as JSON")
    parser.set_defaults(handler=run)


def _text(entry: ConditionEntry) -> list[str]:
    where = f"{entry.kind} {entry.table} {entry.path}"
    lines = [f"{where}: [{entry.status}] {entry.text}", f"    required: {entry.required}"]
    for label, value in (
        ("otherwise", entry.otherwise),
        ("forbidden", entry.forbidden),
        ("also may", entry.also_may),
    ):
        if value is not None:
            lines.append(f"    {label}: {value}")
    lines.extend(f"    reason: {reason}" for reason in entry.reasons)
    return lines


def run(args: argparse.Namespace) -> int:
    """Build the IR, list its conditions, end with the counts."""
    config = resolved(build_config(args))
    standard = build_standard(config, read_parts(config))
    entries = condition_entries(standard)
    for entry in entries:
        print("\n".join(_text(entry)))
    if args.json is not None:
        data = [entry.as_json() for entry in entries]
        args.json.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    for line in summary_lines(entries):
        print(line)
    return 0
