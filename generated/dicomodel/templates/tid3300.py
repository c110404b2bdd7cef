"""TID 3300 Stress Testing Report.

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
        tid1002,
        tid1204,
        tid3301,
        tid3303,
        tid3311,
        tid3318,
        tid3320,
        tid3602,
        tid3802,
    )

__all__ = [
    "TEMPLATE",
    "StressTestingReport",
    "StressTestingReportIndicationsForProcedure",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3300",
    name="Stress Testing Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "18752-6", "Stress Testing Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("cid", "B", "3200"),),
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
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18785-6", "Indications for Procedure"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3201"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3602",
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3802",
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3301",
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3303",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3311",
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3318",
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3320",
        ),
    ),
)


@dataclass(kw_only=True)
class StressTestingReport(TemplatePart):
    """TID 3300 Stress Testing Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: groups.Cid3200Code | Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values BCID 3200"""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1204, VM 1, M"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1002, VM 1-n, M"""

    indications_for_procedure: StressTestingReportIndicationsForProcedure | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CONTAINER EV (18785-6, LN, \"Indications for Procedure\"), VM 1, U"""

    cardiovascular_patient_characteristics: tid3602.CardiovascularPatientCharacteristics = field(
        metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3602, VM 1, M"""

    cardiovascular_patient_history: tid3802.CardiovascularPatientHistory | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3802, VM 1, U"""

    stress_test_procedure_description: tid3301.StressTestProcedureDescription = field(
        metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3301, VM 1, M"""

    stress_test_phase_data: list[tid3303.StressTestPhaseData] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 3303, VM 1-n, M"""

    stress_test_summary: tid3311.StressTestSummary | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 3311, VM 1, U"""

    comparison_to_prior_stress_study: tid3318.ComparisonToPriorStressStudy | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 3318, VM 1, U"""

    conclusions_and_recommendations: tid3320.ConclusionsAndRecommendations | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 3320, VM 1, U"""


@dataclass(kw_only=True)
class StressTestingReportIndicationsForProcedure(TemplatePart):
    """Row 5 of TID 3300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    finding: list[groups.Cid3201Code] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3201"""

    finding_row_7: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (121071, DCM, \"Finding\"), VM 1, U"""
