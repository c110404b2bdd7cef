"""TID 4209 Breast Patient Characteristics.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "BreastPatientCharacteristics",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4209",
    name="Breast Patient Characteristics",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "121118", "Patient Characteristics"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11323-3", "Health status"),
            values=(("cid", "B", "3772"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C35461", "Clinical course of disease"),
            values=(("cid", "B", "6098"),),
        ),
    ),
)


@dataclass(kw_only=True)
class BreastPatientCharacteristics(TemplatePart):
    """TID 4209 Breast Patient Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    health_status: groups.Cid3772Code | Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (11323-3, LN, \"Health status\"), VM 1, U; values BCID 3772"""

    clinical_course_of_disease: groups.Cid6098Code | Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (C35461, NCIt, \"Clinical course of disease\"), VM 1, U; values BCID 6098"""
