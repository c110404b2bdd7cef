"""CID 7025 RT Process Input Used.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1137.

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
RTWorkflowInputUsed: _Final[_groups.Cid7025Code]
RTPrescriptionInputUsed: _Final[_groups.Cid7025Code]
RTTreatmentPlanningInputUsed: _Final[_groups.Cid7025Code]
RTPlanSummationInputUsed: _Final[_groups.Cid7025Code]
PhysicianReviewInputUsed: _Final[_groups.Cid7025Code]
PhysicistReviewInputUsed: _Final[_groups.Cid7025Code]
PlanQualityAssuranceInputUsed: _Final[_groups.Cid7025Code]
MachineQualityAssuranceInputUsed: _Final[_groups.Cid7025Code]
PatientSetupVerificationInputUsed: _Final[_groups.Cid7025Code]
MEMBERS: _Final[tuple[_groups.Cid7025Code, ...]]
