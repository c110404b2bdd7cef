"""CID 91 Functional Condition Present During Acquisition.

Extensible, version 20170914, UID 1.2.840.10008.6.1.891.
Includes CID 3271.

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
Phonation: _Final[_Code]
WeightBearing: _Final[_Code]
DuringVoiding: _Final[_Code]
PriorToVoiding: _Final[_Code]
PostVoiding: _Final[_Code]
DrugInfusion: _Final[_Code]
ExerciseChallenge: _Final[_Code]
Handgrip: _Final[_Code]
HeadUp: _Final[_Code]
HeldInspiration: _Final[_Code]
HeldVentilation: _Final[_Code]
LegUp: _Final[_Code]
NegativeLowerBodyPressure: _Final[_Code]
Pacing: _Final[_Code]
PostVolumeChallenge: _Final[_Code]
VagalStimulation: _Final[_Code]
ValsalvaManeuver: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
