"""CID 7025 RT Process Input Used.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1137.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7025
NAME: _Final[str] = "RT Process Input Used"
KEYWORD: _Final[str | None] = "RTProcessInputUsed"
UID: _Final[str | None] = "1.2.840.10008.6.1.1137"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160908"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTWorkflowInputUsed: _Final[_Code] = _Code("DCM", "128209", "RT Workflow Input Used", (7025,))
"""RT Workflow Input Used (DCM 128209)."""

RTPrescriptionInputUsed: _Final[_Code] = _Code(
    "DCM", "128210", "RT Prescription Input Used", (7025,)
)
"""RT Prescription Input Used (DCM 128210)."""

RTTreatmentPlanningInputUsed: _Final[_Code] = _Code(
    "DCM", "128211", "RT Treatment Planning Input Used", (7025,)
)
"""RT Treatment Planning Input Used (DCM 128211)."""

RTPlanSummationInputUsed: _Final[_Code] = _Code(
    "DCM", "128212", "RT Plan Summation Input Used", (7025,)
)
"""RT Plan Summation Input Used (DCM 128212)."""

PhysicianReviewInputUsed: _Final[_Code] = _Code(
    "DCM", "128213", "Physician Review Input Used", (7025,)
)
"""Physician Review Input Used (DCM 128213)."""

PhysicistReviewInputUsed: _Final[_Code] = _Code(
    "DCM", "128214", "Physicist Review Input Used", (7025,)
)
"""Physicist Review Input Used (DCM 128214)."""

PlanQualityAssuranceInputUsed: _Final[_Code] = _Code(
    "DCM", "128215", "Plan Quality Assurance Input Used", (7025,)
)
"""Plan Quality Assurance Input Used (DCM 128215)."""

MachineQualityAssuranceInputUsed: _Final[_Code] = _Code(
    "DCM", "128216", "Machine Quality Assurance Input Used", (7025,)
)
"""Machine Quality Assurance Input Used (DCM 128216)."""

PatientSetupVerificationInputUsed: _Final[_Code] = _Code(
    "DCM", "128217", "Patient Setup Verification Input Used", (7025,)
)
"""Patient Setup Verification Input Used (DCM 128217)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
