"""TID 4208 Breast Imaging Report Supplementary Data.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4201, tid4203, tid4204, tid4205, tid4206

__all__ = [
    "TEMPLATE",
    "BreastImagingReportSupplementaryData",
    "BreastImagingReportSupplementaryDataOverallAssessment",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4208",
    name="Breast Imaging Report Supplementary Data",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111414", "Supplementary Data"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4201",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111403", "Baseline screening mammogram"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111404", "First mammogram ever"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4205",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4206",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4204",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111413", "Overall Assessment"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4203",
        ),
    ),
)


@dataclass(kw_only=True)
class BreastImagingReportSupplementaryData(TemplatePart):
    """TID 4208 Breast Imaging Report Supplementary Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    breast_imaging_procedure_reported: list[tid4201.BreastImagingProcedureReported] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 4201, VM 1-n, M"""

    baseline_screening_mammogram: groups.Cid230Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (111403, DCM, \"Baseline screening mammogram\"), VM 1, U; values DCID 230"""

    first_mammogram_ever: groups.Cid230Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (111404, DCM, \"First mammogram ever\"), VM 1, U; values DCID 230"""

    breast_composition_section: tid4205.BreastCompositionSection | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 4205, VM 1, U"""

    breast_imaging_report_finding_section: list[tid4206.BreastImagingReportFindingSection] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 4206, VM 1-n, U"""

    breast_imaging_report_intervention_section: list[
        tid4204.BreastImagingReportInterventionSection
    ] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 4204, VM 1-n, U"""

    overall_assessment: BreastImagingReportSupplementaryDataOverallAssessment | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CONTAINER EV (111413, DCM, \"Overall Assessment\"), VM 1, U"""


@dataclass(kw_only=True)
class BreastImagingReportSupplementaryDataOverallAssessment(TemplatePart):
    """Row 8 of TID 4208."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    breast_imaging_assessment: tid4203.BreastImagingAssessment = field(metadata={"row": "9"})
    """Row 9: INCLUDE DTID 4203, VM 1, M"""
