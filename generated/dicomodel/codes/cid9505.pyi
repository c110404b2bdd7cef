"""CID 9505 Fixation or Positioning Device.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1215.
Includes CID 9513, CID 9515.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BiteBlock: _Final[_groups.Cid9505Code]
Headframe: _Final[_groups.Cid9505Code]
HeadMask: _Final[_groups.Cid9505Code]
HeadAndNeckMask: _Final[_groups.Cid9505Code]
Mold: _Final[_groups.Cid9505Code]
Cast: _Final[_groups.Cid9505Code]
Headrest: _Final[_groups.Cid9505Code]
BreastBoard: _Final[_groups.Cid9505Code]
BodyFrame: _Final[_groups.Cid9505Code]
VacuumMold: _Final[_groups.Cid9505Code]
WholeBodyPod: _Final[_groups.Cid9505Code]
RectalBalloon: _Final[_groups.Cid9505Code]
VaginalCylinder: _Final[_groups.Cid9505Code]
BreastBridge: _Final[_groups.Cid9505Code]
AbdominalCompressionBelt: _Final[_groups.Cid9505Code]
AbdominalCompressionArch: _Final[_groups.Cid9505Code]
HeadFixationBoard: _Final[_groups.Cid9505Code]
Backrest: _Final[_groups.Cid9505Code]
ShinRest: _Final[_groups.Cid9505Code]
HeelStop: _Final[_groups.Cid9505Code]
Armrest: _Final[_groups.Cid9505Code]
HandGrips: _Final[_groups.Cid9505Code]
SeatPan: _Final[_groups.Cid9505Code]
Table: _Final[_groups.Cid9505Code]
Chair: _Final[_groups.Cid9505Code]
Stretcher: _Final[_groups.Cid9505Code]
Wall: _Final[_groups.Cid9505Code]
Floor: _Final[_groups.Cid9505Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9505Code]]
