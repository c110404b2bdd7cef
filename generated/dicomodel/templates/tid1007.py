"""TID 1007 Subject Context, Patient.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "SubjectContextPatient",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1007",
    name="Subject Context, Patient",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="UIDREF",
            requirement="U",
            concept=Code("DCM", "121028", "Subject UID"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="PNAME",
            requirement="MC",
            concept=Code("DCM", "121029", "Subject Name"),
            condition="Required if not inherited.",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: Required if not inherited"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "121030", "Subject ID"),
            condition="Required if not inherited.",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: Required if not inherited"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="DATE",
            requirement="U",
            concept=Code("DCM", "121031", "Subject Birth Date"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121032", "Subject Sex"),
            values=(("cid", "D", "7455"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "121033", "Subject Age"),
            units=(("cid", "D", "7456"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "121034", "Subject Species"),
            condition="Required if not inherited.",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: Required if not inherited"),
            values=(("cid", "D", "7454"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121035", "Subject Breed"),
            values=(("cid", "D", "7480"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "415229000", "Racial group"),
            values=(("cid", "B", "6099"),),
        ),
    ),
)


@dataclass(kw_only=True)
class SubjectContextPatient(TemplatePart):
    """TID 1007 Subject Context, Patient."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    subject_uid: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: UIDREF EV (121028, DCM, \"Subject UID\"), VM 1, U"""

    subject_name: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: PNAME EV (121029, DCM, \"Subject Name\"), VM 1, MC: Required if not inherited."""

    subject_id: Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (121030, DCM, \"Subject ID\"), VM 1, MC: Required if not inherited."""

    subject_birth_date: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: DATE EV (121031, DCM, \"Subject Birth Date\"), VM 1, U"""

    subject_sex: groups.Cid7455Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (121032, DCM, \"Subject Sex\"), VM 1, U; values DCID 7455"""

    subject_age: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (121033, DCM, \"Subject Age\"), VM 1, U; units DCID 7456"""

    subject_species: groups.Cid7454Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (121034, DCM, \"Subject Species\"), VM 1, MC: Required if not inherited.; values DCID 7454"""

    subject_breed: Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (121035, DCM, \"Subject Breed\"), VM 1, U; values DCID 7480"""

    racial_group: groups.Cid6099Code | Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (415229000, SCT, \"Racial group\"), VM 1, U; values BCID 6099"""
