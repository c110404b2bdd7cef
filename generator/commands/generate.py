"""``dicomodel-gen generate``: regenerate ``generated/`` and print a summary."""

from __future__ import annotations

import argparse
import io
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.commands.options import HelpFormatter, add_source_options, build_config
from generator.commands.progress import Phases
from generator.commands.report_summary import summary, write_report
from generator.conditions.report import condition_entries, summary_lines
from generator.defaults import default_output, default_overlays, repository_root
from generator.diff.changelog import changelog_files
from generator.diff.index import build_index
from generator.ir.standard import Standard
from generator.pipeline import BuildConfig, build_standard, read_parts, resolved
from generator.render.build_info import counts
from generator.render.package import render_package
from generator.sources.fetch import FORMAT_NAMES
from generator.write.tree import WriteReport, write_tree


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``generate`` subcommand."""
    parser = subparsers.add_parser(
        "generate",
        help="regenerate generated/ and print a summary",
        formatter_class=HelpFormatter,
        description=(
            "Read the Parts of an edition (fetched as 'dicomodel-gen fetch' does, with the "
            "same defaults),\napply its overlays, build the intermediate representation, "
            "render generated/ and format it.\nPhases show on stderr (live on a terminal); "
            "the summary and a grouped report on stdout,\nthe whole report in a file."
        ),
    )
    add_source_options(parser)
    add_overlay_options(parser)
    parser.add_argument(
        "--out",
        type=Path,
        default=default_output(),
        metavar="DIR",
        help="the folder to write (default: %(default)s)",
    )
    parser.add_argument(
        "--ir-out",
        type=Path,
        default=None,
        metavar="FILE",
        help="also write the IR as JSON (default: not written)",
    )
    parser.add_argument(
        "--report",
        type=Path,
        default=default_report(),
        metavar="FILE",
        help="write the whole build report here (default: %(default)s)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if the output differs (default: write)",
    )
    parser.set_defaults(handler=run)


def default_report() -> Path:
    """``build/dicomodel-gen-report.txt`` of the checkout (``build/`` is not committed)."""
    return repository_root() / "build" / "dicomodel-gen-report.txt"


def add_overlay_options(parser: argparse.ArgumentParser) -> None:
    """``--overlay NAME_OR_FOLDER`` (repeatable, in order) and ``--no-overlays``."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--overlay",
        action="append",
        metavar="NAME_OR_FOLDER",
        help="apply this overlay (a name in generator/overlays/data, or a folder); repeat "
        "in the order to apply them; default: the edition's defaults (2024c: sup243)",
    )
    group.add_argument(
        "--no-overlays",
        action="store_true",
        help="build the edition as published, no overlays (default: its overlays)",
    )


def overlay_choice(args: argparse.Namespace, edition: str) -> tuple[str, ...]:
    """The overlays the options ask for (the edition's defaults when none is named)."""
    if args.no_overlays:
        return ()
    if args.overlay:
        return tuple(args.overlay)
    return default_overlays(edition)


def generate_tree(
    standard: Standard, out: Path, *, check: bool, phases: Phases | None = None
) -> tuple[WriteReport, list[str]]:
    """Render ``standard`` with its index and changelog, and sync ``out`` (or check it)."""
    phases = phases or Phases(live=False, stream=io.StringIO())
    render_report: list[str] = []
    with phases.phase("render", "templates/ -> source files") as phase:
        files = render_package(standard, render_report)
        phase.update(f"{len(files)} files, the build index and the changelog")
        files.extend(changelog_files(build_index(standard), out))
    return write_tree(files, out, check=check, phase=phases.phase), render_report


def read_and_build(config: BuildConfig, phases: Phases) -> Standard:
    """The read and IR phases: every Part read, overlays applied, parsed into the IR."""
    parts = ", ".join(f"PS3.{part}" for part in config.parts)
    source = f"{FORMAT_NAMES[config.format]} {config.edition}"
    with phases.phase("read", f"{parts} ({source})", tick=False) as phase:
        documents = read_parts(config, lambda part: phase.update(f"{part} ({source})"))
        phase.update(f"{parts} ({source})")
    overlays = " + ".join(config.overlay_names) or "no overlays"
    with phases.phase("IR", f"parse, {overlays}, conditions"):
        return build_standard(config, documents)


def run(args: argparse.Namespace) -> int:
    """Build, render, write (or check), and print what was done."""
    started = time.perf_counter()
    phases = Phases()
    config: BuildConfig = resolved(build_config(args))
    config = replace(config, overlays=overlay_choice(args, config.edition))
    standard = read_and_build(config, phases)
    if args.ir_out is not None:
        standard.write(args.ir_out)
    report, render_report = generate_tree(standard, args.out, check=args.check, phases=phases)
    elapsed = time.perf_counter() - started
    _print_summary(standard, counts(standard), report, elapsed, args.check)
    notes = [*standard.report, *render_report]
    write_report(notes, args.report)
    for line in summary(notes, args.report):
        print(line)
    if args.check and report.changed:
        _print_differences(report)
        return 1
    return 0


def _print_summary(
    standard: Standard, numbers: dict[str, int], report: WriteReport, elapsed: float, check: bool
) -> None:
    figures = ", ".join(f"{value} {name.replace('_', ' ')}" for name, value in numbers.items())
    verb = "would write" if check else "wrote"
    overlays = "".join(f" + {overlay.name}" for overlay in standard.overlays)
    print(f"DICOM {standard.edition}{overlays}: {figures}")
    for overlay in standard.overlays:
        print(
            f"  overlay {overlay.name}: {overlay.document} ({overlay.status}, {overlay.date}), "
            f"{len(overlay.changes)} changes"
        )
    for line in summary_lines(condition_entries(standard)):
        print(f"  {line}")
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
