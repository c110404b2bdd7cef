"""TID 9007 General Relevant Patient Information.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import (
        tid351,
        tid1204,
        tid3114,
        tid3802,
        tid4301,
        tid9001,
        tid9002,
        tid9003,
        tid9004,
        tid9005,
        tid9006,
    )

__all__ = [
    "TEMPLATE",
    "GeneralRelevantPatientInformation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="9007",
    name="General Relevant Patient Information",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111517", "Relevant Patient Information"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            include="1204",
            condition="IFF TID 9007 is the Root Template for the Relevant Patient Information Query Service Class",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF TID 9007 is the Root Template for the Relevant Patient Information Query Service Class",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF TID 9007 is the Root Template for the Relevant Patient Information Query Service Class",
                ),
            ),
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
            include="9002",
            bindings=(
                (
                    "$ContainerConcept",
                    (("code", "EV", "10160-0", "LN", "History Of Medication Use"),),
                ),
                ("$CodeConcept", (("code", "EV", "111516", "DCM", "Medication Type"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9002",
            bindings=(
                ("$ContainerConcept", (("code", "EV", "111545", "DCM", "Substance Use History"),)),
                ("$CodeConcept", (("code", "EV", "111546", "DCM", "Used Substance Type"),)),
                ("$CodeValue", (("cid", "B", "6089"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9002",
            bindings=(
                (
                    "$ContainerConcept",
                    (("code", "EV", "111547", "DCM", "Environmental Exposure History"),),
                ),
                ("$CodeConcept", (("code", "EV", "111548", "DCM", "Environmental Factor"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9003",
            bindings=(("$LateralityValue", (("cid", "B", "244"),)),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9004",
            bindings=(
                ("$LateralityValue", (("cid", "B", "244"),)),
                ("$ProblemList", (("parameter", "$ProblemList"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9005",
            bindings=(
                ("$RiskList", (("parameter", "$RiskList"),)),
                ("$FamilyList", (("cid", "D", "7451"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9001",
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="9006",
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3802",
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="351",
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4301",
        ),
    ),
)


@dataclass(kw_only=True)
class GeneralRelevantPatientInformation(TemplatePart):
    """TID 9007 General Relevant Patient Information."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "2"})
    )
    """Row 2: INCLUDE DTID 1204, VM 1, MC: IFF TID 9007 is the Root Template for the Relevant Patient Information Query Service Class"""

    patient_assessment: tid3114.PatientAssessment | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3114, VM 1, U"""

    medication_substance_environmental_exposure: (
        tid9002.MedicationSubstanceEnvironmentalExposure | None
    ) = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 9002, VM 1, U"""

    medication_substance_environmental_exposure_row_5: (
        tid9002.MedicationSubstanceEnvironmentalExposure | None
    ) = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 9002, VM 1, U"""

    medication_substance_environmental_exposure_row_6: (
        tid9002.MedicationSubstanceEnvironmentalExposure | None
    ) = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 9002, VM 1, U"""

    previous_procedure: tid9003.PreviousProcedure | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 9003, VM 1, U"""

    indicated_problem: tid9004.IndicatedProblem | None = field(default=None, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 9004, VM 1, U"""

    risk_factor: tid9005.RiskFactor | None = field(default=None, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 9005, VM 1, U"""

    gynecological_history: tid9001.GynecologicalHistory | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 9001, VM 1, U"""

    obstetric_history: tid9006.ObstetricHistory | None = field(default=None, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 9006, VM 1, U"""

    cardiovascular_patient_history: tid3802.CardiovascularPatientHistory | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 3802, VM 1, U"""

    previous_reports: tid351.PreviousReports | None = field(default=None, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 351, VM 1, U"""

    genitourinary_patient_history: tid4301.GenitourinaryPatientHistory | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 4301, VM 1, U"""
