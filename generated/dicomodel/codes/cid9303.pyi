"""CID 9303 Interpretation Request Discontinuation Reason.

Extensible, version 20171122, UID 1.2.840.10008.6.1.1198.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ResourcePreEmpted: _Final[_groups.Cid9303Code]
DoctorCanceledProcedure: _Final[_groups.Cid9303Code]
IncorrectProcedureOrdered: _Final[_groups.Cid9303Code]
PatientDied: _Final[_groups.Cid9303Code]
ChangeOfProcedureForCorrectCharging: _Final[_groups.Cid9303Code]
DuplicateOrder: _Final[_groups.Cid9303Code]
DiscontinuedForUnspecifiedReason: _Final[_groups.Cid9303Code]
WorkitemAssignmentRejectedByAssignedResource: _Final[_groups.Cid9303Code]
ObjectSetIncomplete: _Final[_groups.Cid9303Code]
InsufficientQualityForInterpretation: _Final[_groups.Cid9303Code]
InterpretationRequiresSpecialistExpertise: _Final[_groups.Cid9303Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9303Code]]
