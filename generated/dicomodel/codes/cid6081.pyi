"""CID 6081 Breast Cancer Risk Factor.

Extensible, version 20160314, UID 1.2.840.10008.6.1.403.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PersonalBreastCancerHistory: _Final[_groups.Cid6081Code]
HistoryOfEndometrialCancer: _Final[_groups.Cid6081Code]
HistoryOfOvarianCancer: _Final[_groups.Cid6081Code]
HistoryOfHighRiskLesionOnPreviousBiopsy: _Final[_groups.Cid6081Code]
PostMenopausalPatient: _Final[_groups.Cid6081Code]
Nulliparous: _Final[_groups.Cid6081Code]
LateChildBearingAfter30: _Final[_groups.Cid6081Code]
BRCA1BreastCancerGene: _Final[_groups.Cid6081Code]
BRCA2BreastCancerGene: _Final[_groups.Cid6081Code]
BRCA3BreastCancerGene: _Final[_groups.Cid6081Code]
FamilyHistoryOfBreastCancer: _Final[_groups.Cid6081Code]
WeakFamilyHistoryOfBreastCancer: _Final[_groups.Cid6081Code]
IntermediateFamilyHistoryOfBreastCancer: _Final[_groups.Cid6081Code]
VeryStrongFamilyHistoryOfBreastCancer: _Final[_groups.Cid6081Code]
FamilyHistoryOfProstateCancer: _Final[_groups.Cid6081Code]
FamilyHistoryUnknown: _Final[_groups.Cid6081Code]
NoFamilyHistoryOfBreastCarcinoma: _Final[_groups.Cid6081Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6081Code]]
