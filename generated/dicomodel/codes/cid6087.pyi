"""CID 6087 General Risk Factor.

Extensible, version 20040112, UID 1.2.840.10008.6.1.409.
Includes CID 6081, CID 6088.

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
PersonalBreastCancerHistory: _Final[_Code]
HistoryOfEndometrialCancer: _Final[_Code]
HistoryOfOvarianCancer: _Final[_Code]
HistoryOfHighRiskLesionOnPreviousBiopsy: _Final[_Code]
PostMenopausalPatient: _Final[_Code]
Nulliparous: _Final[_Code]
LateChildBearingAfter30: _Final[_Code]
BRCA1BreastCancerGene: _Final[_Code]
BRCA2BreastCancerGene: _Final[_Code]
BRCA3BreastCancerGene: _Final[_Code]
FamilyHistoryOfBreastCancer: _Final[_Code]
WeakFamilyHistoryOfBreastCancer: _Final[_Code]
IntermediateFamilyHistoryOfBreastCancer: _Final[_Code]
VeryStrongFamilyHistoryOfBreastCancer: _Final[_Code]
FamilyHistoryOfProstateCancer: _Final[_Code]
FamilyHistoryUnknown: _Final[_Code]
NoFamilyHistoryOfBreastCarcinoma: _Final[_Code]
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
