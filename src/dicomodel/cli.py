"""``dicomodel validate PATH... [--format text|json] [--jobs N] [--force]``.

Each file is read and checked against the IOD of its SOP Class UID
(:func:`dicomodel.validation.validate`); folders are walked recursively and the
files are read in parallel. Exit status: 0 when no file has an error, 1 when
some file has, 2 when a path cannot be read as DICOM.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["main"]

CHUNK = 16


@dataclass(slots=True)
class FileReport:
    """What validating one file gave: its findings, or why it could not be read."""

    file: str
    sop_class: str = ""
    iod: str = ""
    findings: list[dict[str, str]] = field(default_factory=list)
    unreadable: str = ""

    @property
    def has_errors(self) -> bool:
        """True when a finding is an error."""
        return any(finding["severity"] == "error" for finding in self.findings)


def check_file(path: str, force: bool = False) -> FileReport:
    """Validate one file (runs in a worker process); pydicom's warnings are not shown,
    what they warn of is in the findings."""
    from dicomodel.errors import DicomodelError, tag_text
    from dicomodel.serialize.part10 import model_class, read_dataset
    from dicomodel.validation import validate

    report = FileReport(file=path)
    try:
        with warnings.catch_warnings(), _no_value_warnings():
            warnings.simplefilter("ignore")
            dataset = read_dataset(path, force=force)
            report.sop_class = str(dataset.get("SOPClassUID", "") or "")
            cls = model_class(dataset)
            report.iod = cls.dicom_name
            issues = validate(dataset, model=cls)
    except (DicomodelError, OSError, ValueError) as error:
        report.unreadable = str(error)
        return report
    report.findings = [
        {
            "severity": str(issue.severity),
            "rule": str(issue.rule),
            "path": issue.path,
            "tag": tag_text(issue.tag),
            "message": issue.message,
            "source": issue.source,
        }
        for issue in issues
    ]
    return report


@contextlib.contextmanager
def _no_value_warnings() -> Iterator[None]:
    """pydicom's reading validation off while it only warns: the warnings are not
    shown (the findings say it), and its values are the same without them."""
    from pydicom import config

    settings = config.settings
    mode = settings.reading_validation_mode
    if mode == config.WARN:
        settings.reading_validation_mode = config.IGNORE
    try:
        yield
    finally:
        settings.reading_validation_mode = mode


def _files(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """(files under the paths, paths that do not exist)."""
    missing = [p for p in paths if not Path(p).exists()]
    found = [str(p) for p in iter_files([Path(p) for p in paths if Path(p).exists()])]
    return found, missing


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Every file under ``paths`` (folders recursively), sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path


@dataclass(frozen=True, slots=True)
class Rendered:
    """One file's report as printed, with what the exit status needs."""

    text: str
    has_errors: bool
    unreadable: bool


def check_and_render(path: str, force: bool, output: str) -> Rendered:
    """Validate one file and format its report (in the worker: only text crosses over)."""
    report = check_file(path, force)
    text = (_json_lines if output == "json" else _text_lines)(report)
    return Rendered(text, report.has_errors, bool(report.unreadable))


def _rendered(files: list[str], jobs: int, force: bool, output: str) -> Iterator[Rendered]:
    check = functools.partial(check_and_render, force=force, output=output)
    if jobs <= 1 or len(files) <= 1:
        yield from map(check, files)
        return
    # Imported before the workers start: a forked worker inherits them loaded.
    import dicomodel.serialize.part10
    import dicomodel.validation  # noqa: F401
    from dicomodel.scheduling import in_workers

    yield from in_workers(check, files, jobs, CHUNK)


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _text_lines(report: FileReport) -> str:
    if report.unreadable:
        return f"{report.file}: cannot be read: {report.unreadable}\n"
    if not report.findings:
        return f"{report.file}: {report.iod}: valid\n"
    counts = {
        level: sum(f["severity"] == level for f in report.findings)
        for level in ("error", "warning", "undecided")
    }
    summary = ", ".join(f"{n} {level}" for level, n in counts.items() if n)
    lines = [f"{report.file}: {report.iod}: {summary}"]
    lines.extend(
        f"  {finding['severity']}: {finding['path']} {finding['tag']}: "
        f"{finding['message']} [{finding['rule']}; {finding['source']}]"
        for finding in report.findings
    )
    return "\n".join(lines) + "\n"


def _json_lines(report: FileReport) -> str:
    head = {"file": report.file, "sop_class": report.sop_class, "iod": report.iod}
    if report.unreadable:
        record = {
            **head,
            "severity": "error",
            "rule": "unreadable",
            "path": "",
            "tag": "",
            "message": report.unreadable,
        }
        return json.dumps(record, ensure_ascii=False) + "\n"
    return "".join(
        json.dumps({**head, **finding}, ensure_ascii=False) + "\n" for finding in report.findings
    )


def validate_command(paths: Sequence[str], *, output: str, jobs: int, force: bool = False) -> int:
    """Validate every file under ``paths``; the exit status."""
    files, missing = _files(paths)
    for path in missing:
        print(f"{path}: no such file or folder", file=sys.stderr)
    show_progress = sys.stderr.isatty() and len(files) > 1
    errors = unreadable = 0
    for done, rendered in enumerate(_rendered(files, jobs, force, output), start=1):
        if show_progress:
            _progress(done, len(files))
        sys.stdout.write(rendered.text)
        errors += rendered.has_errors
        unreadable += rendered.unreadable
    if output == "text" and len(files) > 1:
        print(f"{len(files)} files: {errors} with errors, {unreadable} unreadable")
    if missing or unreadable:
        return 2
    return 1 if errors else 0


def main(argv: Sequence[str] | None = None) -> int:
    """The ``dicomodel`` console script."""
    parser = argparse.ArgumentParser(prog="dicomodel", description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check DICOM files against their IOD")
    check.add_argument("paths", nargs="+", metavar="PATH", help="a file or a folder")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    check.add_argument(
        "--force", action="store_true", help="read files without the PS3.10 preamble too"
    )
    args = parser.parse_args(argv)
    return validate_command(args.paths, output=args.format, jobs=args.jobs, force=args.force)


if __name__ == "__main__":
    sys.exit(main())
