"""TID 9000 Relevant Patient Information for Breast Imaging.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1204, tid3114, tid9001, tid9002, tid9003, tid9004, tid9005

__all__ = [
    "TEMPLATE",
    "RelevantPatientInformationForBreastImaging",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="9000",
    name="Relevant Patient Information for Breast Imaging",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111511", "Relevant Patient Information for Breast Imaging"),
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
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3114",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9001",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9002",
            bindings=(
                (
                    "$ContainerConcept",
                    (("code", "EV", "10160-0", "LN", "History Of Medication Use"),),
                ),
                ("$CodeConcept", (("code", "EV", "111516", "DCM", "Medication Type"),)),
                ("$CodeValue", (("cid", "D", "6080"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9003",
            bindings=(
                ("$ProcedureList", (("cid", "D", "6083"),)),
                ("$ProcedureModifier", (("cid", "D", "6058"),)),
                ("$NumConceptName", (("cid", "D", "6095"),)),
                ("$LateralityValue", (("cid", "D", "6022"),)),
                ("$ProcedureResult", (("cid", "D", "6063"),)),
                ("$ComplicationValue", (("cid", "D", "6062"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9004",
            bindings=(
                ("$ProblemList", (("cid", "D", "6055"),)),
                ("$LateralityValue", (("cid", "D", "6022"),)),
                ("$LocationValue", (("cid", "D", "6018"), ("cid", "D", "6020"))),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9005",
            bindings=(
                ("$RiskList", (("cid", "D", "6081"),)),
                ("$FamilyList", (("cid", "D", "7451"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class RelevantPatientInformationForBreastImaging(TemplatePart):
    """TID 9000 Relevant Patient Information for Breast Imaging."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    patient_assessment: tid3114.PatientAssessment | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3114, VM 1, U"""

    gynecological_history: tid9001.GynecologicalHistory | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 9001, VM 1, U"""

    medication_substance_environmental_exposure: (
        tid9002.MedicationSubstanceEnvironmentalExposure | None
    ) = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 9002, VM 1, U"""

    previous_procedure: tid9003.PreviousProcedure | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 9003, VM 1, U"""

    indicated_problem: tid9004.IndicatedProblem | None = field(default=None, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 9004, VM 1, U"""

    risk_factor: tid9005.RiskFactor | None = field(default=None, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 9005, VM 1, U"""
