"""TID 3925 Ventricular Thickening Analysis.

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
    from dicomodel.templates import tid300, tid3909

__all__ = [
    "TEMPLATE",
    "VentricularThickeningAnalysis",
    "VentricularThickeningAnalysisFindings",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3925",
    name="Ventricular Thickening Analysis",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111004", "Analysis Performed"),
            values=(("code", "EV", "122607", "DCM", "Thickening Analysis"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("SCT", "363698007", "Finding Site"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
            values=(("cid", "D", "3717"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("SCT", "363698007", "Finding Site"),
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3909",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122445", "DCM", "Wall Thickness"),)),
                ("$ModType", (("code", "EV", "272518008", "SCT", "Cardiac Cycle Point"),)),
                ("$ModValue", (("code", "DT", "416190007", "SCT", "End-Diastolic"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122445", "DCM", "Wall Thickness"),)),
                ("$ModType", (("code", "EV", "272518008", "SCT", "Cardiac Cycle Point"),)),
                ("$ModValue", (("code", "DT", "109070", "DCM", "End-Systolic"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "122624",
                            "DCM",
                            "Wall Thickness Ratio end-systolic to end-diastolic",
                        ),
                    ),
                ),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "60797005", "Cardiac Wall Motion"),
            values=(("cid", "D", "3703"),),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            values=(("cid", "D", "3704"),),
        ),
    ),
)


@dataclass(kw_only=True)
class VentricularThickeningAnalysis(TemplatePart):
    """TID 3925 Ventricular Thickening Analysis."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    analysis_performed: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111004, DCM, \"Analysis Performed\"), VM 1, M; values EV (122607, DCM, \"Thickening Analysis\")"""

    findings: list[VentricularThickeningAnalysisFindings] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1-n, M"""


@dataclass(kw_only=True)
class VentricularThickeningAnalysisFindings(TemplatePart):
    """Row 3 of TID 3925."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    finding_site: list[groups.Cid3717Code] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: CODE EV (363698007, SCT, \"Finding Site\"), VM 1-n, MC: XOR Row 5; values DCID 3717"""

    finding_site_row_5: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (363698007, SCT, \"Finding Site\"), VM 1, MC: XOR Row 4"""

    best_illustration_of_findings: list[tid3909.BestIllustrationOfFindings] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3909, VM 1-n, U"""

    measurement: tid300.Measurement = field(metadata={"row": "7"})
    """Row 7: INCLUDE DTID 300, VM 1, M"""

    measurement_row_8: tid300.Measurement = field(metadata={"row": "8"})
    """Row 8: INCLUDE DTID 300, VM 1, M"""

    measurement_row_9: tid300.Measurement | None = field(default=None, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 300, VM 1, U"""

    cardiac_wall_motion: groups.Cid3703Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (60797005, SCT, \"Cardiac Wall Motion\"), VM 1, U; values DCID 3703"""

    associated_morphology: groups.Cid3704Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1, U; values DCID 3704"""
