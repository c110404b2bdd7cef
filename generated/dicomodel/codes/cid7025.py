"""CID 7025 RT Process Input Used.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1137.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7025
NAME: Final[str] = "RT Process Input Used"
KEYWORD: Final[str | None] = "RTProcessInputUsed"
UID: Final[str | None] = "1.2.840.10008.6.1.1137"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160908"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTWorkflowInputUsed: Final[Code] = Code("DCM", "128209", "RT Workflow Input Used", (7025,))
"""RT Workflow Input Used (DCM 128209)."""

RTPrescriptionInputUsed: Final[Code] = Code("DCM", "128210", "RT Prescription Input Used", (7025,))
"""RT Prescription Input Used (DCM 128210)."""

RTTreatmentPlanningInputUsed: Final[Code] = Code(
    "DCM", "128211", "RT Treatment Planning Input Used", (7025,)
)
"""RT Treatment Planning Input Used (DCM 128211)."""

RTPlanSummationInputUsed: Final[Code] = Code(
    "DCM", "128212", "RT Plan Summation Input Used", (7025,)
)
"""RT Plan Summation Input Used (DCM 128212)."""

PhysicianReviewInputUsed: Final[Code] = Code(
    "DCM", "128213", "Physician Review Input Used", (7025,)
)
"""Physician Review Input Used (DCM 128213)."""

PhysicistReviewInputUsed: Final[Code] = Code(
    "DCM", "128214", "Physicist Review Input Used", (7025,)
)
"""Physicist Review Input Used (DCM 128214)."""

PlanQualityAssuranceInputUsed: Final[Code] = Code(
    "DCM", "128215", "Plan Quality Assurance Input Used", (7025,)
)
"""Plan Quality Assurance Input Used (DCM 128215)."""

MachineQualityAssuranceInputUsed: Final[Code] = Code(
    "DCM", "128216", "Machine Quality Assurance Input Used", (7025,)
)
"""Machine Quality Assurance Input Used (DCM 128216)."""

PatientSetupVerificationInputUsed: Final[Code] = Code(
    "DCM", "128217", "Patient Setup Verification Input Used", (7025,)
)
"""Patient Setup Verification Input Used (DCM 128217)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RTWorkflowInputUsed,
    RTPrescriptionInputUsed,
    RTTreatmentPlanningInputUsed,
    RTPlanSummationInputUsed,
    PhysicianReviewInputUsed,
    PhysicistReviewInputUsed,
    PlanQualityAssuranceInputUsed,
    MachineQualityAssuranceInputUsed,
    PatientSetupVerificationInputUsed,
)
"""The resolved membership: own members, then those of the included groups, in order."""
