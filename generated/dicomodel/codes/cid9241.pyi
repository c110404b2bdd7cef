"""CID 9241 Radiotherapy General Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.931.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
RTPatientSetup: _Final[_Code]
RTPatientPositionAdjustment: _Final[_Code]
RTPatientPositionInTreatmentSessionReview: _Final[_Code]
RTTreatmentSimulationWithInternalVerification: _Final[_Code]
RTTreatmentSimulationWithExternalVerification: _Final[_Code]
RTTreatmentWithInternalVerification: _Final[_Code]
RTTreatmentWithExternalVerification: _Final[_Code]
RTTreatmentQAWithInternalVerification: _Final[_Code]
RTTreatmentQAWithExternalVerification: _Final[_Code]
RTMachineQA: _Final[_Code]
RTTreatmentQAByRTPlanDoseCheck: _Final[_Code]
RTTreatmentQAByRTPlanDifferenceCheck: _Final[_Code]
RTTreatmentQAByRTIonPlanDoseCheck: _Final[_Code]
RTTreatmentQAByRTIonPlanDifferenceCheck: _Final[_Code]
RTBrachyTreatment: _Final[_Code]
RTImageGuidedPatientPositioningAndTreatmentDelivery: _Final[_Code]
RTTreatmentWithAdHocPlanning: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
