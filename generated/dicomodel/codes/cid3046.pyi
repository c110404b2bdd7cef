"""CID 3046 Sleep Stage.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1484.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3046Code]]
