"""CID 6087 General Risk Factor.

Extensible, version 20040112, UID 1.2.840.10008.6.1.409.
Includes CID 6081, CID 6088.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PersonalBreastCancerHistory: _Final[_groups.Cid6087Code]
HistoryOfEndometrialCancer: _Final[_groups.Cid6087Code]
HistoryOfOvarianCancer: _Final[_groups.Cid6087Code]
HistoryOfHighRiskLesionOnPreviousBiopsy: _Final[_groups.Cid6087Code]
PostMenopausalPatient: _Final[_groups.Cid6087Code]
Nulliparous: _Final[_groups.Cid6087Code]
LateChildBearingAfter30: _Final[_groups.Cid6087Code]
BRCA1BreastCancerGene: _Final[_groups.Cid6087Code]
BRCA2BreastCancerGene: _Final[_groups.Cid6087Code]
BRCA3BreastCancerGene: _Final[_groups.Cid6087Code]
FamilyHistoryOfBreastCancer: _Final[_groups.Cid6087Code]
WeakFamilyHistoryOfBreastCancer: _Final[_groups.Cid6087Code]
IntermediateFamilyHistoryOfBreastCancer: _Final[_groups.Cid6087Code]
VeryStrongFamilyHistoryOfBreastCancer: _Final[_groups.Cid6087Code]
FamilyHistoryOfProstateCancer: _Final[_groups.Cid6087Code]
FamilyHistoryUnknown: _Final[_groups.Cid6087Code]
NoFamilyHistoryOfBreastCarcinoma: _Final[_groups.Cid6087Code]
HistoryOfDiabetesMellitus: _Final[_groups.Cid6087Code]
HistoryOfHypertension: _Final[_groups.Cid6087Code]
HistoryOfObesity: _Final[_groups.Cid6087Code]
HistoryOfRegularMedication: _Final[_groups.Cid6087Code]
HistoryOfSubstanceAbuse: _Final[_groups.Cid6087Code]
HistoryOfCardiovascularDisease: _Final[_groups.Cid6087Code]
UterineMalformations: _Final[_groups.Cid6087Code]
HistoryOfEctopicPregnancy: _Final[_groups.Cid6087Code]
SpontaneousAbortion: _Final[_groups.Cid6087Code]
GynecologicCondition: _Final[_groups.Cid6087Code]
GynecologicSurgery: _Final[_groups.Cid6087Code]
HistoryOfEclampsia: _Final[_groups.Cid6087Code]
HistoryOfSeverePreEclampsia: _Final[_groups.Cid6087Code]
PreviousLBWOrIUGRBirth: _Final[_groups.Cid6087Code]
PreviousFetalMalformationSyndrome: _Final[_groups.Cid6087Code]
HistoryOfPrematureDelivery: _Final[_groups.Cid6087Code]
PreviousRHNegativeOrBloodDyscrasiaAtBirth: _Final[_groups.Cid6087Code]
HistoryOfInfertility: _Final[_groups.Cid6087Code]
HistoryOfMultipleFetuses: _Final[_groups.Cid6087Code]
MultiplePregnancy: _Final[_groups.Cid6087Code]
CurrentPregnancyKnownOrSuspectedMalformationsSyndromes: _Final[_groups.Cid6087Code]
FamilyHistoryFetalMalformationSyndrome: _Final[_groups.Cid6087Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6087Code]]
