"""TID 4200 Breast Imaging Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1001, tid1204, tid4202, tid4208, tid4209

__all__ = [
    "TEMPLATE",
    "BreastImagingReport",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4200",
    name="Breast Imaging Report",
    extensible=False,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111400", "Breast Imaging Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="2a",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="2b",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4209",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4202",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4208",
        ),
    ),
)


@dataclass(kw_only=True)
class BreastImagingReport(TemplatePart):
    """TID 4200 Breast Imaging Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    observation_context: tid1001.ObservationContext | None = field(
        default=None, metadata={"row": "2a"}
    )
    """Row 2a: INCLUDE DTID 1001, VM 1, U"""

    breast_patient_characteristics: tid4209.BreastPatientCharacteristics | None = field(
        default=None, metadata={"row": "2b"}
    )
    """Row 2b: INCLUDE DTID 4209, VM 1, U"""

    breast_imaging_report_narrative: tid4202.BreastImagingReportNarrative = field(
        metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 4202, VM 1, M"""

    breast_imaging_report_supplementary_data: (
        tid4208.BreastImagingReportSupplementaryData | None
    ) = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 4208, VM 1, U"""
