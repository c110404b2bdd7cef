"""TID 3112 Specimen Obtained.

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
    from dicomodel.templates import tid1009

__all__ = [
    "TEMPLATE",
    "SpecimenObtained",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3112",
    name="Specimen Obtained",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "121123", "Patient Status or Event"),
            values=(("cid", "D", "3515"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "371439000", "Specimen Type"),
            condition="IFF specimen is blood sample",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF specimen is blood sample"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF specimen is blood sample"),
            ),
            values=(("cid", "D", "3520"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "363704007", "Procedure site"),
            values=(("cid", "B", "3630"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="1009",
        ),
    ),
)


@dataclass(kw_only=True)
class SpecimenObtained(TemplatePart):
    """TID 3112 Specimen Obtained."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid3515Code
    """The value of row 1 (CODE)."""

    specimen_type: groups.Cid3520Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (371439000, SCT, \"Specimen Type\"), VM 1, UC: IFF specimen is blood sample; values DCID 3520"""

    procedure_site: groups.Cid3630Code | Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (363704007, SCT, \"Procedure site\"), VM 1, U; values BCID 3630"""

    subject_context_specimen: tid1009.SubjectContextSpecimen | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1009, VM 1, U"""
