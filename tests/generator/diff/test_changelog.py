"""``generate`` writes the index and the changelog: stable, and explaining every changed file."""

from __future__ import annotations

import filecmp
import json
import re
import shutil
from pathlib import Path

import pytest

from generator.commands.generate import generate_tree
from generator.diff.changelog import CHANGELOG_FILE, CHANGELOG_JSON, ENTRIES_MARKER
from generator.diff.compare import Diff, compare
from generator.diff.index import INDEX_FILE, read_index
from generator.diff.report import diff_json, json_text
from generator.ir.standard import Standard
from generator.naming.identifiers import scheme_module
from tests.conftest import REPO_ROOT
from tests.generator.overlays import builds

BUILD_FILES = {INDEX_FILE, CHANGELOG_FILE, CHANGELOG_JSON, "dicomodel/_build.py"}
_TABLE = re.compile(r'dicom_table: ClassVar\[str\] = "([^"]+)"')
_TAG = re.compile(r"\([0-9A-F]{4},[0-9A-F]{4}\)")

pytestmark = pytest.mark.slow


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def _changed(before: Path, after: Path) -> set[str]:
    both = _files(before) | _files(after)
    return {
        name
        for name in both
        if not ((before / name).is_file() and (after / name).is_file())
        or not filecmp.cmp(before / name, after / name, shallow=False)
    }


def _affected_tables(diff: Diff, standards: tuple[Standard, ...]) -> set[str]:
    """Tables the diff changes, and every table or IOD that includes or uses them."""
    affected = {
        str(change.key[0])
        for change in diff.changes
        if change.kind
        in ("attribute", "include", "module", "macro", "iod", "iod_module", "iod_functional_group")
    }
    grew = True
    while grew:
        grew = False
        for standard in standards:
            for table in (*standard.modules, *standard.macros):
                if table.table not in affected and any(i.table in affected for i in table.includes):
                    affected.add(table.table)
                    grew = True
            for iod in standard.iods:
                used = {u.module_table for u in iod.modules} | {
                    g.macro_table for g in iod.functional_groups
                }
                if iod.table not in affected and used & affected:
                    affected.add(iod.table)
                    grew = True
    return affected


def _explains(name: str, diff: Diff, affected: set[str], before: Path, after: Path) -> bool:
    kinds = {change.kind for change in diff.changes}
    if name in BUILD_FILES:
        return True
    if name == "dicomodel/uids.py":
        return "uid" in kinds
    if name == "dicomodel/iods/__init__.py":
        return "sop_class" in kinds or "iod" in kinds
    if name == "dicomodel/codes/__init__.pyi":  # the checkers' stub of every CID and scheme
        return bool(kinds & {"context_group", "code"})
    if re.fullmatch(r"dicomodel/codes/groups\.pyi?", name):  # one type per context group
        return "context_group" in kinds
    if match := re.fullmatch(r"dicomodel/codes/cid(\d+)\.pyi?", name):
        return any(c.kind == "context_group" and c.key == (int(match[1]),) for c in diff.changes)
    if match := re.fullmatch(r"dicomodel/codes/(scheme_\w+)\.pyi?", name):
        return any(
            c.kind == "code" and scheme_module(str(c.key[0])) == match[1] for c in diff.changes
        )
    if re.fullmatch(r"dicomodel/(items|enums|iods)/__init__\.pyi", name):
        # the checkers' stub of a package holds every class of its modules
        return bool(affected)
    if re.fullmatch(r"dicomodel/enums/\w+\.pyi?", name):
        # enum classes name their tag: "Enumerated Values of Segments Overlap (0062,0013)"
        tags = set(_TAG.findall((after / name.removesuffix("i")).read_text()))
        return any(
            c.kind == "attribute" and str(c.key[1]).split(">")[-1] in tags for c in diff.changes
        )
    if match := re.fullmatch(r"dicomodel/_rules/((?:modules|macros)/\w+\.py)", name):
        # a table's presence rules change with its model file
        return _explains(f"dicomodel/{match[1]}", diff, affected, before, after)
    if re.fullmatch(r"dicomodel/(modules|macros|iods|items)/\w+\.pyi?", name):
        source = name.removesuffix("i")  # a module's stub changes with its .py
        tables = set()
        for root in (before, after):
            if (root / source).is_file():
                tables |= set(_TABLE.findall((root / source).read_text()))
        return bool(tables & affected)
    return False


@pytest.fixture(scope="module")
def trees(mirror_root: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """2024c generated into ``base``, then 2024c + sup243 over a copy of it in ``sup243``."""
    root = tmp_path_factory.mktemp("generated")
    base = root / "base"
    report, _ = generate_tree(builds.standard(mirror_root, ()), base, check=False)
    assert not report.deleted
    sup243 = root / "sup243"
    shutil.copytree(base, sup243)
    generate_tree(builds.standard(mirror_root, ("sup243",)), sup243, check=False)
    return {"base": base, "sup243": sup243}


def test_the_first_build_says_what_it_holds(trees: dict[str, Path]) -> None:
    changelog = (trees["base"] / CHANGELOG_FILE).read_text()
    entries = changelog.split(ENTRIES_MARKER, 1)[1]
    assert entries.lstrip().startswith("## DICOM 2024c\n\nFirst build with a committed index")
    assert json.loads((trees["base"] / CHANGELOG_JSON).read_text())["initial"] is True
    assert read_index(trees["base"] / INDEX_FILE).overlays == ()


def test_regenerating_changes_nothing(mirror_root: Path, trees: dict[str, Path]) -> None:
    report, _ = generate_tree(
        builds.standard(mirror_root, ("sup243",)), trees["sup243"], check=False
    )
    assert (report.written, report.deleted) == ([], [])


def test_adding_an_overlay_changes_only_what_the_changelog_says(
    mirror_root: Path, trees: dict[str, Path]
) -> None:
    before, after = trees["base"], trees["sup243"]
    standards = (builds.standard(mirror_root, ()), builds.standard(mirror_root, ("sup243",)))
    diff = compare(read_index(before / INDEX_FILE), read_index(after / INDEX_FILE))
    assert diff == compare(builds.index(mirror_root, ()), builds.index(mirror_root, ("sup243",)))
    changed = _changed(before, after)
    affected = _affected_tables(diff, standards)
    unexplained = sorted(n for n in changed if not _explains(n, diff, affected, before, after))
    assert unexplained == []
    # ... and what the changelog says did change: each changed table's own file
    for table in {str(c.key[0]) for c in diff.changes if c.kind == "attribute"}:
        assert any(
            f'dicom_table: ClassVar[str] = "{table}"' in (after / name).read_text()
            for name in changed
            if name.endswith(".py")
        ), table
    assert {
        "dicomodel/uids.py",
        "dicomodel/codes/cid7019.py",
        "dicomodel/enums/segmentation_type.py",
    } <= changed
    assert 20 <= len(changed) <= 60, sorted(changed)


def test_the_changelog_keeps_older_entries(mirror_root: Path, trees: dict[str, Path]) -> None:
    changelog = (trees["sup243"] / CHANGELOG_FILE).read_text()
    entries = changelog.split(ENTRIES_MARKER, 1)[1]
    titles = re.findall(r"^## (.+)$", entries, flags=re.MULTILINE)
    assert titles == ["DICOM 2024c + sup243", "DICOM 2024c"]
    diff = compare(builds.index(mirror_root, ()), builds.index(mirror_root, ("sup243",)))
    assert (trees["sup243"] / CHANGELOG_JSON).read_text() == json_text(diff_json(diff))


def test_the_committed_index_is_the_default_build(mirror_root: Path) -> None:
    """``generated/build-index.jsonl`` is the index of 2024c + sup243 (``generate --check``
    proves the bytes; this says what it holds) and stays small."""
    committed = REPO_ROOT / "generated" / INDEX_FILE
    # 7.0 MB: descriptions kept as text, and the 4,280 rows of the 410 templates
    assert committed.stat().st_size < 8_000_000
    index = read_index(committed)
    assert index.name == "DICOM 2024c + sup243"
    assert compare(index, builds.index(mirror_root, ("sup243",))).empty
    includes = index.records["include"]
    # an Include row is keyed by the sequence holding it, then the table it includes
    assert ("table_C.8.20-2", "(0062,0002)>table_C.8.20-4") in includes
    assert ("table_C.8.20-2", "(0062,0002)>(0062,0007)>table_10-19") in includes
    assert ("table_C.8.20-2", "table_10-12") in includes
