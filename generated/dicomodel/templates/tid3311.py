"""TID 3311 Stress Test Summary.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1350, tid3312, tid3313, tid3317

__all__ = [
    "TEMPLATE",
    "StressTestSummary",
    "StressTestSummaryFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3311",
    name="Stress Test Summary",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "55112-7", "Summary"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55112-7", "Summary"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3312",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3313",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3317",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            values=(("code", "EV", "300995000", "SCT", "Exercise-induced angina"),),
        ),
        RowDef(key="7", nesting=2, value_type="INCLUDE", requirement="M", include="1350"),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3220"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "246101005", "Reason for stopping test"),
            values=(("cid", "D", "3221"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122715", "Pharmacological Stress Agent Dose"),
            values=(("code", "DT", "mg/kg", "UCUM", "mg/kg"),),
        ),
    ),
)


@dataclass(kw_only=True)
class StressTestSummary(TemplatePart):
    """TID 3311 Stress Test Summary."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    summary: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (55112-7, LN, \"Summary\"), VM 1, U"""

    physiological_summary: tid3312.PhysiologicalSummary | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3312, VM 1, U"""

    stress_ecg_summary: tid3313.StressECGSummary | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 3313, VM 1, U"""

    stress_imaging_summary: tid3317.StressImagingSummary | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3317, VM 1, U"""

    finding: StressTestSummaryFinding | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values EV (300995000, SCT, \"Exercise-induced angina\")"""

    finding_row_8: list[groups.Cid3220Code] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3220"""

    finding_row_9: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TEXT EV (121071, DCM, \"Finding\"), VM 1, U"""

    reason_for_stopping_test: groups.Cid3221Code | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: CODE DT (246101005, SCT, \"Reason for stopping test\"), VM 1, U; values DCID 3221"""

    pharmacological_stress_agent_dose: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM DT (122715, DCM, \"Pharmacological Stress Agent Dose\"), VM 1, U; values DT (mg/kg, UCUM, \"mg/kg\")"""


@dataclass(kw_only=True)
class StressTestSummaryFinding(TemplatePart):
    """Row 6 of TID 3311."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: Code
    """The value of row 6 (CODE)."""

    negation_modifier_presence_of_finding: tid1350.NegationModifierPresenceOfFinding = field(
        metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 1350, VM 1, M"""
