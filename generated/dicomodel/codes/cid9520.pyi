"""CID 9520 Segmented RT Accessory Device.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1230.
Includes CID 9513, CID 9506, CID 9515, CID 9516, CID 9517, CID 9518, CID 9519.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BiteBlock: _Final[_groups.Cid9520Code]
Headframe: _Final[_groups.Cid9520Code]
HeadMask: _Final[_groups.Cid9520Code]
HeadAndNeckMask: _Final[_groups.Cid9520Code]
Mold: _Final[_groups.Cid9520Code]
Cast: _Final[_groups.Cid9520Code]
Headrest: _Final[_groups.Cid9520Code]
BreastBoard: _Final[_groups.Cid9520Code]
BodyFrame: _Final[_groups.Cid9520Code]
VacuumMold: _Final[_groups.Cid9520Code]
WholeBodyPod: _Final[_groups.Cid9520Code]
RectalBalloon: _Final[_groups.Cid9520Code]
VaginalCylinder: _Final[_groups.Cid9520Code]
BreastBridge: _Final[_groups.Cid9520Code]
AbdominalCompressionBelt: _Final[_groups.Cid9520Code]
AbdominalCompressionArch: _Final[_groups.Cid9520Code]
HeadFixationBoard: _Final[_groups.Cid9520Code]
Backrest: _Final[_groups.Cid9520Code]
ShinRest: _Final[_groups.Cid9520Code]
HeelStop: _Final[_groups.Cid9520Code]
Armrest: _Final[_groups.Cid9520Code]
HandGrips: _Final[_groups.Cid9520Code]
SeatPan: _Final[_groups.Cid9520Code]
BrachytherapySourceApplicator: _Final[_groups.Cid9520Code]
BrachytherapyChannelShield: _Final[_groups.Cid9520Code]
BrachytherapyChannel: _Final[_groups.Cid9520Code]
Table: _Final[_groups.Cid9520Code]
Chair: _Final[_groups.Cid9520Code]
Stretcher: _Final[_groups.Cid9520Code]
Wall: _Final[_groups.Cid9520Code]
Floor: _Final[_groups.Cid9520Code]
SurfaceBolus: _Final[_groups.Cid9520Code]
ShieldingBlock: _Final[_groups.Cid9520Code]
ApertureBlock: _Final[_groups.Cid9520Code]
AccessoryTray: _Final[_groups.Cid9520Code]
RadiotherapyApplicator: _Final[_groups.Cid9520Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9520Code]]
