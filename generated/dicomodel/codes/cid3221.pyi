"""CID 3221 Stress Test Termination Reason.

Extensible, version 20190817, UID 1.2.840.10008.6.1.772.

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
ChestPain: _Final[_groups.Cid3221Code]
AbnormalECG: _Final[_groups.Cid3221Code]
Fatigue: _Final[_groups.Cid3221Code]
Dyspnea: _Final[_groups.Cid3221Code]
PatientRefusedExerciseTest: _Final[_groups.Cid3221Code]
TargetHeartRateAchieved: _Final[_groups.Cid3221Code]
HypotensiveEpisode: _Final[_groups.Cid3221Code]
HypertensiveEpisode: _Final[_groups.Cid3221Code]
Arrhythmia: _Final[_groups.Cid3221Code]
Claudication: _Final[_groups.Cid3221Code]
EndOfProtocol: _Final[_groups.Cid3221Code]
Syncope: _Final[_groups.Cid3221Code]
MEMBERS: _Final[tuple[_groups.Cid3221Code, ...]]
