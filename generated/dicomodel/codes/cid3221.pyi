"""CID 3221 Stress Test Termination Reason.

Extensible, version 20190817, UID 1.2.840.10008.6.1.772.

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
AbnormalECG: _Final[_Code]
Fatigue: _Final[_Code]
Dyspnea: _Final[_Code]
PatientRefusedExerciseTest: _Final[_Code]
TargetHeartRateAchieved: _Final[_Code]
HypotensiveEpisode: _Final[_Code]
HypertensiveEpisode: _Final[_Code]
Arrhythmia: _Final[_Code]
Claudication: _Final[_Code]
EndOfProtocol: _Final[_Code]
Syncope: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
