"""Value sets as types (PS3.3 Table 5.6-1): ``CidNCode`` for checkers, ``Code`` at run time.

Needs ``generated/dicomodel/codes`` (``dicomodel-gen generate``).
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

import dicomodel.codes
from dicomodel.codes import groups
from dicomodel.codes.groups import Cid7021Code
from dicomodel.coding import Code
from dicomodel.errors import Severity
from dicomodel.sr.content import from_dataset
from dicomodel.sr.document import sr_dataset
from dicomodel.sr.validate import validate_content
from tests.runtime.sr.conftest import measurement_report

CODES = Path(dicomodel.codes.__file__).parent


def test_a_group_type_is_code_at_run_time() -> None:
    assert groups.Cid7021Code is Code
    extension = Cid7021Code("99LOCAL", "1", "Local report")
    assert extension == Code("99LOCAL", "1", "Local report")
    with pytest.raises(AttributeError):
        _ = groups.Cid7021Codes


def test_the_stub_and_the_run_time_name_the_same_types() -> None:
    """Every class or alias of ``groups.pyi`` exists at run time, one per CID module."""
    tree = ast.parse((CODES / "groups.pyi").read_text())
    declared = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    declared |= {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    cids = {path.stem.removeprefix("cid") for path in CODES.glob("cid*.py")}
    assert declared == {f"Cid{cid}Code" for cid in cids}
    assert declared == set(dir(groups))


def test_an_included_group_derives_from_its_includer_in_the_stub() -> None:
    """CID 244 Laterality includes CID 247 (PS3.16 Section 7.2.1)."""
    tree = ast.parse((CODES / "groups.pyi").read_text())
    bases = {
        node.name: [ast.unparse(base) for base in node.bases]
        for node in tree.body
        if isinstance(node, ast.ClassDef)
    }
    assert "Cid244Code" in bases["Cid247Code"]
    assert bases["Cid7021Code"] == ["_Code"]


def test_an_extension_made_for_the_checker_is_still_outside_the_dcid() -> None:
    """The type lets an explicit extension through; validation reports it as before."""
    report = dataclasses.replace(
        measurement_report(), concept=Cid7021Code("99LOCAL", "1", "Local report")
    )
    issues = validate_content(from_dataset(sr_dataset(report)), "1500")
    errors = [(i.path, str(i.rule)) for i in issues if i.severity is Severity.ERROR]
    assert errors == [("TID 1500 row 1", "enumerated")]
