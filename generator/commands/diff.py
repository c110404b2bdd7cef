"""``dicomodel-gen diff``: what changed between two builds, as Markdown and JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from generator.defaults import default_mirror
from generator.diff.compare import compare
from generator.diff.index import index_text
from generator.diff.report import build_entry, diff_json, json_text, render_entry
from generator.diff.sides import SideLoader, SourceOptions
from generator.sources.layout import check_format, parse_parts


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``diff`` subcommand."""
    parser = subparsers.add_parser(
        "diff",
        help="compare two builds (IR files, build indexes, or editions) as a changelog",
        description=(
            "Compare two builds of the standard record by record: data elements, UIDs, SOP "
            "classes, IODs, modules, macros, attributes, context groups and codes. Each side "
            "is a build index (generated/build-index.jsonl, or the folder holding it), an IR "
            "written by 'dicomodel-gen ir', or an edition built on the fly: EDITION or "
            "EDITION+OVERLAY[+OVERLAY...] (2024c is the edition as published; 2024c+sup243 "
            "adds Supplement 243). Prints Markdown unless --markdown or --json say otherwise."
        ),
    )
    parser.add_argument("--from", dest="before", required=True, metavar="SIDE")
    parser.add_argument("--to", dest="after", required=True, metavar="SIDE")
    parser.add_argument(
        "--parts",
        default="3,4,6,16",
        help="Parts read for editions built on the fly (default 3,4,6,16; e.g. 6)",
    )
    parser.add_argument(
        "--format", default="chtml", help="docbook or chtml, for editions built on the fly"
    )
    parser.add_argument(
        "--mirror",
        default=default_mirror(),
        help="a copy of the publisher's layout (directory or URL); default $DICOMODEL_MIRROR",
    )
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument(
        "--accept-dictionary-mismatch",
        action="store_true",
        help="an edition without Table 6-1 borrows pydicom's even when its edition differs "
        "(its data elements are then not compared)",
    )
    parser.add_argument("--markdown", type=Path, metavar="FILE", help="write Markdown here")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write JSON here")
    parser.add_argument(
        "--save-indexes",
        type=Path,
        metavar="DIR",
        help="also write each side's build index to DIR/from.jsonl and DIR/to.jsonl "
        "(sides for later diffs, without building the editions again)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Load both sides, compare them, write the changelog."""
    options = SourceOptions(
        format=check_format(str(args.format)),
        parts=parse_parts(str(args.parts)),
        mirror=args.mirror,
        cache_dir=args.cache_dir,
        accept_dictionary_mismatch=bool(args.accept_dictionary_mismatch),
    )
    loader = SideLoader(options)
    before, after = loader.load(str(args.before)), loader.load(str(args.after))
    if args.save_indexes is not None:
        args.save_indexes.mkdir(parents=True, exist_ok=True)
        for name, index in (("from", before), ("to", after)):
            (args.save_indexes / f"{name}.jsonl").write_text(index_text(index), encoding="utf-8")
    diff = compare(before, after)
    markdown = render_entry(build_entry(diff), level=1)
    if args.json is not None:
        args.json.write_text(json_text(diff_json(diff)), encoding="utf-8")
    if args.markdown is not None:
        args.markdown.write_text(markdown, encoding="utf-8")
    if args.json is None and args.markdown is None:
        sys.stdout.write(markdown)
    else:
        counts = diff.counts()
        total = sum(sum(per_kind.values()) for per_kind in counts.values())
        print(f"{diff.before.name} -> {diff.after.name}: {total} changes")
    return 0
