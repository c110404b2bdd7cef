"""Options shared by the commands that build the IR: edition, format, mirror, cache."""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.defaults import DEFAULT_EDITION, DEFAULT_FORMAT, default_mirror
from generator.pipeline import BuildConfig
from generator.sources.layout import check_format


def add_source_options(parser: argparse.ArgumentParser) -> None:
    """``--edition --format --mirror --cache-dir --accept-dictionary-mismatch``."""
    parser.add_argument("--edition", default=DEFAULT_EDITION, help="e.g. 2024c")
    parser.add_argument("--format", default=DEFAULT_FORMAT, help="docbook or chtml")
    parser.add_argument(
        "--mirror",
        default=default_mirror(),
        help="a copy of the publisher's layout (directory or URL); default $DICOMODEL_MIRROR",
    )
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument(
        "--accept-dictionary-mismatch",
        action="store_true",
        help="take Table 6-1 from pydicom even when its edition differs",
    )


def build_config(args: argparse.Namespace) -> BuildConfig:
    """The build configuration the source options describe."""
    return BuildConfig(
        edition=args.edition,
        format=check_format(args.format),
        mirror=args.mirror,
        cache_dir=args.cache_dir,
        accept_dictionary_mismatch=args.accept_dictionary_mismatch,
    )
