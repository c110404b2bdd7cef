"""CID 64 Imaging Agent Administration Patient State.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1254.

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
AbnormalRenalFunction: _Final[_Code]
AcuteUnilateralRenalBlockage: _Final[_Code]
LowThyroidUptake: _Final[_Code]
HighThyroidUptake: _Final[_Code]
SeverelyJaundiced: _Final[_Code]
HistoryOfRenalFailure: _Final[_Code]
HistoryOfDiabetesMellitus: _Final[_Code]
Asthma: _Final[_Code]
AorticStenosis: _Final[_Code]
AnginaPectoris: _Final[_Code]
HistoryOfCongestiveHeartFailure: _Final[_Code]
HistoryOfHypertension: _Final[_Code]
PulmonaryHypertension: _Final[_Code]
Cardiomyopathy: _Final[_Code]
Anxiety: _Final[_Code]
Paraproteinemia: _Final[_Code]
MultipleMyeloma: _Final[_Code]
HistoryOfBetaBlockingAgentsTherapy: _Final[_Code]
MalignantEpithelialNeoplasmOfThyroid: _Final[_Code]
PatientAllergicToMediaContrast: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
