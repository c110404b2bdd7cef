"""TID 1009 Subject Context, Specimen.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1007

__all__ = [
    "TEMPLATE",
    "SubjectContextSpecimen",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1009",
    name="Subject Context, Specimen",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="UIDREF",
            requirement="U",
            concept=Code("DCM", "121039", "Specimen UID"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="UC",
            include="1007",
            condition="IFF the source of the specimen is a human or animal patient",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF the source of the specimen is a human or animal patient",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF the source of the specimen is a human or animal patient",
                ),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121041", "Specimen Identifier"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111724", "Issuer of Specimen Identifier"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "371439000", "Specimen Type"),
            values=(("cid", "D", "8103"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111700", "Specimen Container Identifier"),
        ),
    ),
)


@dataclass(kw_only=True)
class SubjectContextSpecimen(TemplatePart):
    """TID 1009 Subject Context, Specimen."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    specimen_uid: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: UIDREF EV (121039, DCM, \"Specimen UID\"), VM 1, U"""

    subject_context_patient: tid1007.SubjectContextPatient | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1007, VM 1, UC: IFF the source of the specimen is a human or animal patient"""

    specimen_identifier: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (121041, DCM, \"Specimen Identifier\"), VM 1, U"""

    issuer_of_specimen_identifier: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (111724, DCM, \"Issuer of Specimen Identifier\"), VM 1, U"""

    specimen_type: groups.Cid8103Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (371439000, SCT, \"Specimen Type\"), VM 1, U; values DCID 8103"""

    specimen_container_identifier: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (111700, DCM, \"Specimen Container Identifier\"), VM 1, U"""
