"""TID 3900 CT/MR Cardiovascular Analysis Report.

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
    from dicomodel.templates import (
        tid1001,
        tid1204,
        tid3602,
        tid3802,
        tid3901,
        tid3902,
        tid3920,
        tid3927,
    )

__all__ = [
    "TEMPLATE",
    "CTMRCardiovascularAnalysisReport",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3900",
    name="CT/MR Cardiovascular Analysis Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122600", "Cardiovascular Analysis Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure Reported"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3820"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3602",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3802",
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3901",
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3902",
            bindings=(
                (
                    "$AnalysisPerformed",
                    (("code", "EV", "122605", "DCM", "Vascular Morphological Analysis"),),
                ),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3902",
            bindings=(
                (
                    "$AnalysisPerformed",
                    (("code", "EV", "122606", "DCM", "Vascular Functional Analysis"),),
                ),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3920",
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3927",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class CTMRCardiovascularAnalysisReport(TemplatePart):
    """TID 3900 CT/MR Cardiovascular Analysis Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: list[groups.Cid3820Code | Code] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (121058, DCM, \"Procedure Reported\"), VM 1-n, M; values BCID 3820"""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1204, VM 1, M"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "4"})
    """Row 4: INCLUDE DTID 1001, VM 1, M"""

    cardiovascular_patient_characteristics: tid3602.CardiovascularPatientCharacteristics | None = (
        field(default=None, metadata={"row": "5"})
    )
    """Row 5: INCLUDE DTID 3602, VM 1, U"""

    cardiovascular_patient_history: tid3802.CardiovascularPatientHistory | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3802, VM 1, U"""

    procedure_summary: tid3901.ProcedureSummary | None = field(default=None, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 3901, VM 1, U"""

    vascular_analysis: tid3902.VascularAnalysis | None = field(default=None, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 3902, VM 1, U"""

    vascular_analysis_row_9: tid3902.VascularAnalysis | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3902, VM 1, U"""

    ventricular_analysis_results: tid3920.VentricularAnalysisResults | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3920, VM 1, U"""

    report_summary: list[tid3927.ReportSummary] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 3927, VM 1-n, U"""
