"""CID 3046 Sleep Stage.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1484.

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
SleepStageUnspecified: _Final[_Code]
SleepStageUnstageable: _Final[_Code]
SleepStageWake: _Final[_Code]
SleepStageREM: _Final[_Code]
SleepStageREMWithSleepSpindle: _Final[_Code]
AlphadeltaSleep: _Final[_Code]
SleepActivityAndEvent: _Final[_Code]
SleepSpindle: _Final[_Code]
SleepVWave: _Final[_Code]
SleepFWave: _Final[_Code]
SleepKComplex: _Final[_Code]
PositiveOccipitalSharpTransientOfSleep: _Final[_Code]
SleepSawtoothWave: _Final[_Code]
SleepStageShift: _Final[_Code]
SleepArousal: _Final[_Code]
SleepAwakening: _Final[_Code]
SleepStageN1: _Final[_Code]
SleepStageN2: _Final[_Code]
SleepStageN3: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
