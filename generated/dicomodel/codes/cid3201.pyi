"""CID 3201 Indications for Stress Test.

Extensible, version 20240611, UID 1.2.840.10008.6.1.756.

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
ChestPain: _Final[_Code]
PreOperative: _Final[_Code]
CoronaryArteryDisease: _Final[_Code]
HeartFailure: _Final[_Code]
HeartDiseaseRiskFactors: _Final[_Code]
Dyspnea: _Final[_Code]
PostPTCA: _Final[_Code]
HistoryOfCABG: _Final[_Code]
AbnormalExerciseToleranceTest: _Final[_Code]
AbnormalECG: _Final[_Code]
Arrhythmia: _Final[_Code]
AnginaPectoris: _Final[_Code]
Hypertension: _Final[_Code]
Palpitations: _Final[_Code]
SupraventricularTachycardia: _Final[_Code]
Syncope: _Final[_Code]
HistoryOfMyocardialInfarction: _Final[_Code]
LeftBundleBranchBlock: _Final[_Code]
ValvularHeartDisease: _Final[_Code]
OccupationalRequirement: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
