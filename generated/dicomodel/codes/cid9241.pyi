"""CID 9241 Radiotherapy General Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.931.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
RTPatientSetup: _Final[_groups.Cid9241Code]
RTPatientPositionAdjustment: _Final[_groups.Cid9241Code]
RTPatientPositionInTreatmentSessionReview: _Final[_groups.Cid9241Code]
RTTreatmentSimulationWithInternalVerification: _Final[_groups.Cid9241Code]
RTTreatmentSimulationWithExternalVerification: _Final[_groups.Cid9241Code]
RTTreatmentWithInternalVerification: _Final[_groups.Cid9241Code]
RTTreatmentWithExternalVerification: _Final[_groups.Cid9241Code]
RTTreatmentQAWithInternalVerification: _Final[_groups.Cid9241Code]
RTTreatmentQAWithExternalVerification: _Final[_groups.Cid9241Code]
RTMachineQA: _Final[_groups.Cid9241Code]
RTTreatmentQAByRTPlanDoseCheck: _Final[_groups.Cid9241Code]
RTTreatmentQAByRTPlanDifferenceCheck: _Final[_groups.Cid9241Code]
RTTreatmentQAByRTIonPlanDoseCheck: _Final[_groups.Cid9241Code]
RTTreatmentQAByRTIonPlanDifferenceCheck: _Final[_groups.Cid9241Code]
RTBrachyTreatment: _Final[_groups.Cid9241Code]
RTImageGuidedPatientPositioningAndTreatmentDelivery: _Final[_groups.Cid9241Code]
RTTreatmentWithAdHocPlanning: _Final[_groups.Cid9241Code]
MEMBERS: _Final[tuple[_groups.Cid9241Code, ...]]
