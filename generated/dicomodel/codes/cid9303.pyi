"""CID 9303 Interpretation Request Discontinuation Reason.

Extensible, version 20171122, UID 1.2.840.10008.6.1.1198.

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
ResourcePreEmpted: _Final[_Code]
DoctorCanceledProcedure: _Final[_Code]
IncorrectProcedureOrdered: _Final[_Code]
PatientDied: _Final[_Code]
ChangeOfProcedureForCorrectCharging: _Final[_Code]
DuplicateOrder: _Final[_Code]
DiscontinuedForUnspecifiedReason: _Final[_Code]
WorkitemAssignmentRejectedByAssignedResource: _Final[_Code]
ObjectSetIncomplete: _Final[_Code]
InsufficientQualityForInterpretation: _Final[_Code]
InterpretationRequiresSpecialistExpertise: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
