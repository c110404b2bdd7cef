"""Make an output folder equal to a set of rendered files: write, keep, delete stale."""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import GeneratorError
from generator.render.files import RenderedFile
from generator.write.formatting import format_tree

IGNORED_NAMES = frozenset({"__pycache__"})


@dataclass(slots=True)
class WriteReport:
    """What writing changed (or, in check mode, would change)."""

    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)
    total_bytes: int = 0

    @property
    def changed(self) -> bool:
        """True when the output folder did not already hold exactly these files."""
        return bool(self.written or self.deleted)


def _stage(files: Iterable[RenderedFile], staging: Path) -> None:
    seen: set[str] = set()
    for rendered in files:
        if rendered.path in seen:
            raise GeneratorError(f"two renderables write the same file {rendered.path}")
        seen.add(rendered.path)
        target = staging / rendered.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(rendered.content, encoding="utf-8", newline="\n")


def _relative_files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not IGNORED_NAMES.intersection(path.parts)
    }


Phase = Callable[[str, str], AbstractContextManager[object]]
"""Opens a named phase of the work (``format``, ``write``) with what it works on."""


def _no_phase(name: str, detail: str) -> AbstractContextManager[object]:
    return nullcontext()


def write_tree(
    files: Iterable[RenderedFile], out_root: Path, *, check: bool, phase: Phase = _no_phase
) -> WriteReport:
    """Format ``files`` and sync them into ``out_root``; with ``check``, change nothing."""
    report = WriteReport()
    with tempfile.TemporaryDirectory(prefix="dicomodel-gen-") as temp:
        staging = Path(temp)
        _stage(files, staging)
        with phase("format", "ruff over the rendered tree"):
            format_tree(staging)
        what = f"compare with {out_root.name}/" if check else f"sync {out_root.name}/"
        with phase("write", what):
            _sync(staging, out_root, report, check=check)
    return report


def _sync(staging: Path, out_root: Path, report: WriteReport, *, check: bool) -> None:
    """Copy what differs from ``staging`` into ``out_root``, delete what it lacks."""
    staged = _relative_files(staging)
    existing = _relative_files(out_root)
    for relative in sorted(staged):
        source = staging / relative
        target = out_root / relative
        report.total_bytes += source.stat().st_size
        if target.is_file() and filecmp.cmp(source, target, shallow=False):
            report.unchanged += 1
            continue
        report.written.append(relative)
        if not check:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    report.deleted = sorted(existing - staged)
    if not check:
        for relative in report.deleted:
            (out_root / relative).unlink()
        _remove_empty_dirs(out_root)


def _remove_empty_dirs(root: Path) -> None:
    for directory in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if directory.name in IGNORED_NAMES:
            shutil.rmtree(directory)
        elif not any(directory.iterdir()):
            directory.rmdir()
