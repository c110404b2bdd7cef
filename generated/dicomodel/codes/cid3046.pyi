"""CID 3046 Sleep Stage.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1484.

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
SleepStageUnspecified: _Final[_groups.Cid3046Code]
SleepStageUnstageable: _Final[_groups.Cid3046Code]
SleepStageWake: _Final[_groups.Cid3046Code]
SleepStageREM: _Final[_groups.Cid3046Code]
SleepStageREMWithSleepSpindle: _Final[_groups.Cid3046Code]
AlphadeltaSleep: _Final[_groups.Cid3046Code]
SleepActivityAndEvent: _Final[_groups.Cid3046Code]
SleepSpindle: _Final[_groups.Cid3046Code]
SleepVWave: _Final[_groups.Cid3046Code]
SleepFWave: _Final[_groups.Cid3046Code]
SleepKComplex: _Final[_groups.Cid3046Code]
PositiveOccipitalSharpTransientOfSleep: _Final[_groups.Cid3046Code]
SleepSawtoothWave: _Final[_groups.Cid3046Code]
SleepStageShift: _Final[_groups.Cid3046Code]
SleepArousal: _Final[_groups.Cid3046Code]
SleepAwakening: _Final[_groups.Cid3046Code]
SleepStageN1: _Final[_groups.Cid3046Code]
SleepStageN2: _Final[_groups.Cid3046Code]
SleepStageN3: _Final[_groups.Cid3046Code]
MEMBERS: _Final[tuple[_groups.Cid3046Code, ...]]
