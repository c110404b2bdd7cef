"""CID 9301 Modality PPS Discontinuation Reason.

Extensible, version 20140419, UID 1.2.840.10008.6.1.812.

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
DoctorCanceledProcedure: _Final[_Code]
EquipmentFailure: _Final[_Code]
IncorrectProcedureOrdered: _Final[_Code]
PatientAllergicToMediaContrast: _Final[_Code]
PatientDied: _Final[_Code]
PatientRefusedToContinueProcedure: _Final[_Code]
PatientTakenForTreatmentOrSurgery: _Final[_Code]
PatientDidNotArrive: _Final[_Code]
PatientPregnant: _Final[_Code]
ChangeOfProcedureForCorrectCharging: _Final[_Code]
DuplicateOrder: _Final[_Code]
NursingUnitCancel: _Final[_Code]
IncorrectSideOrdered: _Final[_Code]
DiscontinuedForUnspecifiedReason: _Final[_Code]
IncorrectWorklistEntrySelected: _Final[_Code]
PatientConditionPreventedContinuing: _Final[_Code]
EquipmentChange: _Final[_Code]
InjectionSiteExtravasation: _Final[_Code]
RadiopharmaceuticalAdverseReaction: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
