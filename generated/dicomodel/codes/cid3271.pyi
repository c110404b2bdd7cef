"""CID 3271 Hemodynamic Physiological Challenge.

Extensible, version 20100625, UID 1.2.840.10008.6.1.61.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3271Code]]
