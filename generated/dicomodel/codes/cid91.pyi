"""CID 91 Functional Condition Present During Acquisition.

Extensible, version 20170914, UID 1.2.840.10008.6.1.891.
Includes CID 3271.

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
Phonation: _Final[_groups.Cid91Code]
WeightBearing: _Final[_groups.Cid91Code]
DuringVoiding: _Final[_groups.Cid91Code]
PriorToVoiding: _Final[_groups.Cid91Code]
PostVoiding: _Final[_groups.Cid91Code]
DrugInfusion: _Final[_groups.Cid91Code]
ExerciseChallenge: _Final[_groups.Cid91Code]
Handgrip: _Final[_groups.Cid91Code]
HeadUp: _Final[_groups.Cid91Code]
HeldInspiration: _Final[_groups.Cid91Code]
HeldVentilation: _Final[_groups.Cid91Code]
LegUp: _Final[_groups.Cid91Code]
NegativeLowerBodyPressure: _Final[_groups.Cid91Code]
Pacing: _Final[_groups.Cid91Code]
PostVolumeChallenge: _Final[_groups.Cid91Code]
VagalStimulation: _Final[_groups.Cid91Code]
ValsalvaManeuver: _Final[_groups.Cid91Code]
MEMBERS: _Final[tuple[_groups.Cid91Code, ...]]
