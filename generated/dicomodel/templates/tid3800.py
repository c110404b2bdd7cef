"""TID 3800 Cardiac Catheterization Report Root.

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
        tid1204,
        tid3601,
        tid3802,
        tid3803,
        tid3806,
        tid3807,
        tid3809,
        tid3810,
        tid3820,
        tid3824,
        tid3828,
    )

__all__ = [
    "TEMPLATE",
    "CardiacCatheterizationReportRoot",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3800",
    name="Cardiac Catheterization Report Root",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "18745-0", "Cardiac Catheterization Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("cid", "B", "3739"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(key="4", nesting=1, value_type="INCLUDE", requirement="M", include="3601"),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3802",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3803",
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3806",
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3810",
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3807",
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3809",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3820",
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3824",
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3828",
        ),
    ),
)


@dataclass(kw_only=True)
class CardiacCatheterizationReportRoot(TemplatePart):
    """TID 3800 Cardiac Catheterization Report Root."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: groups.Cid3739Code | Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values BCID 3739"""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1204, VM 1, M"""

    procedure_context: tid3601.ProcedureContext = field(metadata={"row": "4"})
    """Row 4: INCLUDE DTID 3601, VM 1, M"""

    cardiovascular_patient_history: tid3802.CardiovascularPatientHistory | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3802, VM 1, U"""

    patient_presentation_cath: tid3803.PatientPresentationCath = field(metadata={"row": "6"})
    """Row 6: INCLUDE DTID 3803, VM 1, M"""

    cath_procedure: tid3806.CathProcedure = field(metadata={"row": "7"})
    """Row 7: INCLUDE DTID 3806, VM 1, M"""

    cardiac_catheterization_findings: tid3810.CardiacCatheterizationFindings = field(
        metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3810, VM 1, M"""

    percutaneous_coronary_intervention_procedure: (
        tid3807.PercutaneousCoronaryInterventionProcedure | None
    ) = field(default=None, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 3807, VM 1, U"""

    other_interventional_procedures: list[tid3809.OtherInterventionalProcedures] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3809, VM 1-n, U"""

    adverse_outcomes_cath: tid3820.AdverseOutcomesCath = field(metadata={"row": "11"})
    """Row 11: INCLUDE DTID 3820, VM 1, M"""

    summary_cath: tid3824.SummaryCath = field(metadata={"row": "12"})
    """Row 12: INCLUDE DTID 3824, VM 1, M"""

    discharge_summary_cath: tid3828.DischargeSummaryCath | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 3828, VM 1, U"""
