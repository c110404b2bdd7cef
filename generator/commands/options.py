"""Options shared by the commands that read the standard: source, cache, deadlines."""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.defaults import DEFAULT_EDITION, DEFAULT_FORMAT, MIRROR_ENV, default_mirror
from generator.pipeline import BuildConfig
from generator.sources.http import Deadlines
from generator.sources.layout import FORMATS, PUBLISHER_URL, check_format

DEFAULT_DEADLINES = Deadlines()


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions keep their line breaks; option help is wrapped as usual."""


def add_where_options(parser: argparse.ArgumentParser) -> None:
    """``--edition --format --mirror --cache-dir`` and the deadlines: what ``fetch`` and
    the commands that build agree on (the same defaults)."""
    parser.add_argument(
        "--edition",
        default=DEFAULT_EDITION,
        help="edition such as 2024c, or 'current' for the newest published (default: %(default)s)",
    )
    parser.add_argument(
        "--format",
        default=DEFAULT_FORMAT,
        choices=FORMATS,
        help="the DocBook XML source or the chunked HTML rendering (default: %(default)s)",
    )
    mirror = default_mirror()
    parser.add_argument(
        "--mirror",
        default=mirror,
        metavar="PATH_OR_URL",
        help="a directory, file:// or http(s):// URL with the publisher's layout (default: "
        f"${MIRROR_ENV}, now {mirror or 'unset'}; unset: the publisher, {PUBLISHER_URL})",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="where downloads go (default: $DICOMODEL_CACHE, else "
        "$XDG_CACHE_HOME/dicomodel, else ~/.cache/dicomodel)",
    )
    parser.add_argument(
        "--file-deadline",
        type=_seconds,
        default=DEFAULT_DEADLINES.file,
        metavar="SECONDS",
        help="give up on a file not downloaded after this long, retries included "
        "(default: %(default)s; 0: no limit)",
    )
    parser.add_argument(
        "--run-deadline",
        type=_seconds,
        default=DEFAULT_DEADLINES.run,
        metavar="SECONDS",
        help="give up when the downloads of the run take longer (default: %(default)s; "
        "0: no limit)",
    )


def add_source_options(parser: argparse.ArgumentParser) -> None:
    """The options of :func:`add_where_options` and ``--accept-dictionary-mismatch``."""
    add_where_options(parser)
    parser.add_argument(
        "--accept-dictionary-mismatch",
        action="store_true",
        help="take Table 6-1 from pydicom even when its edition differs (default: refuse)",
    )


def _seconds(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is negative")
    return value or None


def deadlines(args: argparse.Namespace) -> Deadlines:
    """The deadlines the options ask for."""
    return Deadlines(
        file=getattr(args, "file_deadline", DEFAULT_DEADLINES.file),
        run=getattr(args, "run_deadline", DEFAULT_DEADLINES.run),
    )


def build_config(args: argparse.Namespace) -> BuildConfig:
    """The build configuration the source options describe."""
    return BuildConfig(
        edition=args.edition,
        format=check_format(args.format),
        mirror=args.mirror,
        cache_dir=args.cache_dir,
        accept_dictionary_mismatch=args.accept_dictionary_mismatch,
        deadlines=deadlines(args),
    )
