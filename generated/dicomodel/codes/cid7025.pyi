"""CID 7025 RT Process Input Used.

Extensible, version 20160908, UID 1.2.840.10008.6.1.1137.

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
RTWorkflowInputUsed: _Final[_Code]
RTPrescriptionInputUsed: _Final[_Code]
RTTreatmentPlanningInputUsed: _Final[_Code]
RTPlanSummationInputUsed: _Final[_Code]
PhysicianReviewInputUsed: _Final[_Code]
PhysicistReviewInputUsed: _Final[_Code]
PlanQualityAssuranceInputUsed: _Final[_Code]
MachineQualityAssuranceInputUsed: _Final[_Code]
PatientSetupVerificationInputUsed: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
