"""CID 6081 Breast Cancer Risk Factor.

Extensible, version 20160314, UID 1.2.840.10008.6.1.403.

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
MEMBERS: _Final[tuple[_Code, ...]]
