"""CID 9241 Radiotherapy General Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.931.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9241Code]]
