"""CID 91 Functional Condition Present During Acquisition.

Extensible, version 20170914, UID 1.2.840.10008.6.1.891.
Includes CID 3271.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid91Code]]
