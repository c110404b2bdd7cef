"""``dicomodel-gen fetch``: obtain Parts of an edition of the standard, print where they are."""

from __future__ import annotations

import argparse
import sys

from generator.commands.options import HelpFormatter, add_where_options, deadlines
from generator.defaults import DEFAULT_PARTS as PARTS
from generator.sources.fetch import FORMAT_NAMES, FetchedPart, FetchResult, fetch
from generator.sources.layout import PUBLISHER_URL, check_format, parse_parts

DEFAULT_PARTS = ",".join(str(part) for part in PARTS)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``fetch`` subcommand."""
    parser = subparsers.add_parser(
        "fetch",
        help="download Parts of the DICOM standard into the cache",
        formatter_class=HelpFormatter,
        description=(
            "Obtain Parts of an edition of the DICOM standard from the publisher\n"
            f"({PUBLISHER_URL}) or a mirror with the same layout, and print where they are.\n"
            "Each download is verified to its end before it is cached; a cached file whose "
            "sha256 no longer\nmatches its manifest is fetched again. A directory mirror is "
            "read in place. The defaults are\nthose of 'dicomodel-gen generate': what "
            "one fetches, the other builds."
        ),
    )
    add_where_options(parser)
    parser.add_argument(
        "--parts",
        default=DEFAULT_PARTS,
        help="Part numbers separated by commas (default: %(default)s)",
    )
    parser.set_defaults(handler=run)


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def _line(fetched: FetchedPart, in_place: bool) -> str:
    files = len(fetched.files)
    how = "in place" if in_place else f"{fetched.downloaded} downloaded, {fetched.cached} cached"
    line = (
        f"  PS3.{fetched.part:<3} {files:>5} files {_megabytes(fetched.size):>9}  "
        f"{how}  {fetched.path}"
    )
    if fetched.missing:
        shown = ", ".join(fetched.missing[:5]) + (" ..." if len(fetched.missing) > 5 else "")
        line += f"\n    {len(fetched.missing)} linked page(s) not published: {shown}"
    return line


def summary(result: FetchResult) -> str:
    """The lines printed after a fetch."""
    lines = [f"DICOM {result.edition}, {FORMAT_NAMES[result.format]}, from {result.source}"]
    lines.extend(_line(fetched, result.in_place) for fetched in result.parts)
    total = f"{result.files} files, {_megabytes(result.size)}"
    if result.in_place:
        lines.append(f"{total}, read in place (nothing copied) from {result.root}")
    else:
        lines.append(
            f"{total}: {result.downloaded} downloaded ({_megabytes(result.downloaded_bytes)}), "
            f"{result.cached} already cached, in {result.root}"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Fetch what ``args`` asks for and print a summary."""
    result = fetch(
        str(args.edition),
        parse_parts(str(args.parts)),
        check_format(str(args.format)),
        mirror=args.mirror,
        cache_dir=args.cache_dir,
        deadlines=deadlines(args),
    )
    print(summary(result), file=sys.stdout)
    return 0
