"""CID 9303 Interpretation Request Discontinuation Reason.

Extensible, version 20171122, UID 1.2.840.10008.6.1.1198.

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
MEMBERS: _Final[tuple[_groups.Cid9303Code, ...]]
