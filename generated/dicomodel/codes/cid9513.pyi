"""CID 9513 Fixation Device.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1223.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BiteBlock: _Final[_groups.Cid9513Code]
Headframe: _Final[_groups.Cid9513Code]
HeadMask: _Final[_groups.Cid9513Code]
HeadAndNeckMask: _Final[_groups.Cid9513Code]
Mold: _Final[_groups.Cid9513Code]
Cast: _Final[_groups.Cid9513Code]
Headrest: _Final[_groups.Cid9513Code]
BreastBoard: _Final[_groups.Cid9513Code]
BodyFrame: _Final[_groups.Cid9513Code]
VacuumMold: _Final[_groups.Cid9513Code]
WholeBodyPod: _Final[_groups.Cid9513Code]
RectalBalloon: _Final[_groups.Cid9513Code]
VaginalCylinder: _Final[_groups.Cid9513Code]
BreastBridge: _Final[_groups.Cid9513Code]
AbdominalCompressionBelt: _Final[_groups.Cid9513Code]
AbdominalCompressionArch: _Final[_groups.Cid9513Code]
HeadFixationBoard: _Final[_groups.Cid9513Code]
Backrest: _Final[_groups.Cid9513Code]
ShinRest: _Final[_groups.Cid9513Code]
HeelStop: _Final[_groups.Cid9513Code]
Armrest: _Final[_groups.Cid9513Code]
HandGrips: _Final[_groups.Cid9513Code]
SeatPan: _Final[_groups.Cid9513Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9513Code]]
