"""CID 6088 OB-GYN Maternal Risk Factor.

Extensible, version 20040112, UID 1.2.840.10008.6.1.410.

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
HistoryOfDiabetesMellitus: _Final[_Code]
HistoryOfHypertension: _Final[_Code]
HistoryOfObesity: _Final[_Code]
HistoryOfRegularMedication: _Final[_Code]
HistoryOfSubstanceAbuse: _Final[_Code]
HistoryOfCardiovascularDisease: _Final[_Code]
UterineMalformations: _Final[_Code]
HistoryOfEctopicPregnancy: _Final[_Code]
SpontaneousAbortion: _Final[_Code]
GynecologicCondition: _Final[_Code]
GynecologicSurgery: _Final[_Code]
HistoryOfEclampsia: _Final[_Code]
HistoryOfSeverePreEclampsia: _Final[_Code]
PreviousLBWOrIUGRBirth: _Final[_Code]
PreviousFetalMalformationSyndrome: _Final[_Code]
HistoryOfPrematureDelivery: _Final[_Code]
PreviousRHNegativeOrBloodDyscrasiaAtBirth: _Final[_Code]
HistoryOfInfertility: _Final[_Code]
HistoryOfMultipleFetuses: _Final[_Code]
MultiplePregnancy: _Final[_Code]
CurrentPregnancyKnownOrSuspectedMalformationsSyndromes: _Final[_Code]
FamilyHistoryFetalMalformationSyndrome: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
