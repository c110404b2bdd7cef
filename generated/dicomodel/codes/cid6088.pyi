"""CID 6088 OB-GYN Maternal Risk Factor.

Extensible, version 20040112, UID 1.2.840.10008.6.1.410.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6088Code]]
