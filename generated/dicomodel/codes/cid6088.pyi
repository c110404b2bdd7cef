"""CID 6088 OB-GYN Maternal Risk Factor.

Extensible, version 20040112, UID 1.2.840.10008.6.1.410.

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
HistoryOfDiabetesMellitus: _Final[_groups.Cid6088Code]
HistoryOfHypertension: _Final[_groups.Cid6088Code]
HistoryOfObesity: _Final[_groups.Cid6088Code]
HistoryOfRegularMedication: _Final[_groups.Cid6088Code]
HistoryOfSubstanceAbuse: _Final[_groups.Cid6088Code]
HistoryOfCardiovascularDisease: _Final[_groups.Cid6088Code]
UterineMalformations: _Final[_groups.Cid6088Code]
HistoryOfEctopicPregnancy: _Final[_groups.Cid6088Code]
SpontaneousAbortion: _Final[_groups.Cid6088Code]
GynecologicCondition: _Final[_groups.Cid6088Code]
GynecologicSurgery: _Final[_groups.Cid6088Code]
HistoryOfEclampsia: _Final[_groups.Cid6088Code]
HistoryOfSeverePreEclampsia: _Final[_groups.Cid6088Code]
PreviousLBWOrIUGRBirth: _Final[_groups.Cid6088Code]
PreviousFetalMalformationSyndrome: _Final[_groups.Cid6088Code]
HistoryOfPrematureDelivery: _Final[_groups.Cid6088Code]
PreviousRHNegativeOrBloodDyscrasiaAtBirth: _Final[_groups.Cid6088Code]
HistoryOfInfertility: _Final[_groups.Cid6088Code]
HistoryOfMultipleFetuses: _Final[_groups.Cid6088Code]
MultiplePregnancy: _Final[_groups.Cid6088Code]
CurrentPregnancyKnownOrSuspectedMalformationsSyndromes: _Final[_groups.Cid6088Code]
FamilyHistoryFetalMalformationSyndrome: _Final[_groups.Cid6088Code]
MEMBERS: _Final[tuple[_groups.Cid6088Code, ...]]
