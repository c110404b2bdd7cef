"""CID 9241 Radiotherapy General Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.931.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9241
NAME: _Final[str] = "Radiotherapy General Workitem Definition"
KEYWORD: _Final[str | None] = "RadiotherapyGeneralWorkitemDefinition"
UID: _Final[str | None] = "1.2.840.10008.6.1.931"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240612"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTPatientSetup: _Final[_Code] = _Code("DCM", "121701", "RT Patient Setup", (9241,))
"""RT Patient Setup (DCM 121701)."""

RTPatientPositionAdjustment: _Final[_Code] = _Code(
    "DCM", "121722", "RT Patient Position Adjustment", (9241,)
)
"""RT Patient Position Adjustment (DCM 121722)."""

RTPatientPositionInTreatmentSessionReview: _Final[_Code] = _Code(
    "DCM", "121723", "RT Patient Position In-treatment-session Review", (9241,)
)
"""RT Patient Position In-treatment-session Review (DCM 121723)."""

RTTreatmentSimulationWithInternalVerification: _Final[_Code] = _Code(
    "DCM", "121724", "RT Treatment Simulation with Internal Verification", (9241,)
)
"""RT Treatment Simulation with Internal Verification (DCM 121724)."""

RTTreatmentSimulationWithExternalVerification: _Final[_Code] = _Code(
    "DCM", "121725", "RT Treatment Simulation with External Verification", (9241,)
)
"""RT Treatment Simulation with External Verification (DCM 121725)."""

RTTreatmentWithInternalVerification: _Final[_Code] = _Code(
    "DCM", "121726", "RT Treatment with Internal Verification", (9241,)
)
"""RT Treatment with Internal Verification (DCM 121726)."""

RTTreatmentWithExternalVerification: _Final[_Code] = _Code(
    "DCM", "121727", "RT Treatment with External Verification", (9241,)
)
"""RT Treatment with External Verification (DCM 121727)."""

RTTreatmentQAWithInternalVerification: _Final[_Code] = _Code(
    "DCM", "121728", "RT Treatment QA with Internal Verification", (9241,)
)
"""RT Treatment QA with Internal Verification (DCM 121728)."""

RTTreatmentQAWithExternalVerification: _Final[_Code] = _Code(
    "DCM", "121729", "RT Treatment QA with External Verification", (9241,)
)
"""RT Treatment QA with External Verification (DCM 121729)."""

RTMachineQA: _Final[_Code] = _Code("DCM", "121730", "RT Machine QA", (9241,))
"""RT Machine QA (DCM 121730)."""

RTTreatmentQAByRTPlanDoseCheck: _Final[_Code] = _Code(
    "DCM", "121731", "RT Treatment QA by RT Plan Dose Check", (9241,)
)
"""RT Treatment QA by RT Plan Dose Check (DCM 121731)."""

RTTreatmentQAByRTPlanDifferenceCheck: _Final[_Code] = _Code(
    "DCM", "121732", "RT Treatment QA by RT Plan Difference Check", (9241,)
)
"""RT Treatment QA by RT Plan Difference Check (DCM 121732)."""

RTTreatmentQAByRTIonPlanDoseCheck: _Final[_Code] = _Code(
    "DCM", "121733", "RT Treatment QA by RT Ion Plan Dose Check", (9241,)
)
"""RT Treatment QA by RT Ion Plan Dose Check (DCM 121733)."""

RTTreatmentQAByRTIonPlanDifferenceCheck: _Final[_Code] = _Code(
    "DCM", "121734", "RT Treatment QA by RT Ion Plan Difference Check", (9241,)
)
"""RT Treatment QA by RT Ion Plan Difference Check (DCM 121734)."""

RTBrachyTreatment: _Final[_Code] = _Code("DCM", "121735", "RT Brachy Treatment", (9241,))
"""RT Brachy Treatment (DCM 121735)."""

RTImageGuidedPatientPositioningAndTreatmentDelivery: _Final[_Code] = _Code(
    "DCM", "121736", "RT Image-Guided Patient Positioning and Treatment Delivery", (9241,)
)
"""RT Image-Guided Patient Positioning and Treatment Delivery (DCM 121736)."""

RTTreatmentWithAdHocPlanning: _Final[_Code] = _Code(
    "DCM", "130444", "RT Treatment with Ad Hoc Planning", (9241,)
)
"""RT Treatment with Ad Hoc Planning (DCM 130444)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RTPatientSetup,
    RTPatientPositionAdjustment,
    RTPatientPositionInTreatmentSessionReview,
    RTTreatmentSimulationWithInternalVerification,
    RTTreatmentSimulationWithExternalVerification,
    RTTreatmentWithInternalVerification,
    RTTreatmentWithExternalVerification,
    RTTreatmentQAWithInternalVerification,
    RTTreatmentQAWithExternalVerification,
    RTMachineQA,
    RTTreatmentQAByRTPlanDoseCheck,
    RTTreatmentQAByRTPlanDifferenceCheck,
    RTTreatmentQAByRTIonPlanDoseCheck,
    RTTreatmentQAByRTIonPlanDifferenceCheck,
    RTBrachyTreatment,
    RTImageGuidedPatientPositioningAndTreatmentDelivery,
    RTTreatmentWithAdHocPlanning,
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
