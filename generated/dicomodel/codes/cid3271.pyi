"""CID 3271 Hemodynamic Physiological Challenge.

Extensible, version 20100625, UID 1.2.840.10008.6.1.61.

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
DrugInfusion: _Final[_groups.Cid3271Code]
ExerciseChallenge: _Final[_groups.Cid3271Code]
Handgrip: _Final[_groups.Cid3271Code]
HeadUp: _Final[_groups.Cid3271Code]
HeldInspiration: _Final[_groups.Cid3271Code]
HeldVentilation: _Final[_groups.Cid3271Code]
LegUp: _Final[_groups.Cid3271Code]
NegativeLowerBodyPressure: _Final[_groups.Cid3271Code]
Pacing: _Final[_groups.Cid3271Code]
PostVolumeChallenge: _Final[_groups.Cid3271Code]
VagalStimulation: _Final[_groups.Cid3271Code]
ValsalvaManeuver: _Final[_groups.Cid3271Code]
MEMBERS: _Final[tuple[_groups.Cid3271Code, ...]]
