"""CID 7025 RT Process Input Used.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1137.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RTWorkflowInputUsed: _Final[_groups.Cid7025Code]
RTPrescriptionInputUsed: _Final[_groups.Cid7025Code]
RTTreatmentPlanningInputUsed: _Final[_groups.Cid7025Code]
RTPlanSummationInputUsed: _Final[_groups.Cid7025Code]
PhysicianReviewInputUsed: _Final[_groups.Cid7025Code]
PhysicistReviewInputUsed: _Final[_groups.Cid7025Code]
PlanQualityAssuranceInputUsed: _Final[_groups.Cid7025Code]
MachineQualityAssuranceInputUsed: _Final[_groups.Cid7025Code]
PatientSetupVerificationInputUsed: _Final[_groups.Cid7025Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7025Code]]
