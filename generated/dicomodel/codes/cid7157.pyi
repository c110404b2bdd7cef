"""CID 7157 Device Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.503.
Includes CID 9505, CID 9506.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BonePin: _Final[_groups.Cid7157Code]
BoneScrew: _Final[_groups.Cid7157Code]
CardiacPacemaker: _Final[_groups.Cid7157Code]
Defibrillator: _Final[_groups.Cid7157Code]
DentalProsthesis: _Final[_groups.Cid7157Code]
InlayDentalRestoration: _Final[_groups.Cid7157Code]
LeftVentricularAssistDevice: _Final[_groups.Cid7157Code]
Needle: _Final[_groups.Cid7157Code]
RadioactiveImplant: _Final[_groups.Cid7157Code]
Stent: _Final[_groups.Cid7157Code]
BiteBlock: _Final[_groups.Cid7157Code]
Headframe: _Final[_groups.Cid7157Code]
HeadMask: _Final[_groups.Cid7157Code]
HeadAndNeckMask: _Final[_groups.Cid7157Code]
Mold: _Final[_groups.Cid7157Code]
Cast: _Final[_groups.Cid7157Code]
Headrest: _Final[_groups.Cid7157Code]
BreastBoard: _Final[_groups.Cid7157Code]
BodyFrame: _Final[_groups.Cid7157Code]
VacuumMold: _Final[_groups.Cid7157Code]
WholeBodyPod: _Final[_groups.Cid7157Code]
RectalBalloon: _Final[_groups.Cid7157Code]
VaginalCylinder: _Final[_groups.Cid7157Code]
BreastBridge: _Final[_groups.Cid7157Code]
AbdominalCompressionBelt: _Final[_groups.Cid7157Code]
AbdominalCompressionArch: _Final[_groups.Cid7157Code]
HeadFixationBoard: _Final[_groups.Cid7157Code]
Backrest: _Final[_groups.Cid7157Code]
ShinRest: _Final[_groups.Cid7157Code]
HeelStop: _Final[_groups.Cid7157Code]
Armrest: _Final[_groups.Cid7157Code]
HandGrips: _Final[_groups.Cid7157Code]
SeatPan: _Final[_groups.Cid7157Code]
Table: _Final[_groups.Cid7157Code]
Chair: _Final[_groups.Cid7157Code]
Stretcher: _Final[_groups.Cid7157Code]
Wall: _Final[_groups.Cid7157Code]
Floor: _Final[_groups.Cid7157Code]
BrachytherapySourceApplicator: _Final[_groups.Cid7157Code]
BrachytherapyChannelShield: _Final[_groups.Cid7157Code]
BrachytherapyChannel: _Final[_groups.Cid7157Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7157Code]]
