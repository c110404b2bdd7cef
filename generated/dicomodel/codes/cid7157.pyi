"""CID 7157 Device Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.503.
Includes CID 9505, CID 9506.

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
BonePin: _Final[_Code]
BoneScrew: _Final[_Code]
CardiacPacemaker: _Final[_Code]
Defibrillator: _Final[_Code]
DentalProsthesis: _Final[_Code]
InlayDentalRestoration: _Final[_Code]
LeftVentricularAssistDevice: _Final[_Code]
Needle: _Final[_Code]
RadioactiveImplant: _Final[_Code]
Stent: _Final[_Code]
BiteBlock: _Final[_Code]
Headframe: _Final[_Code]
HeadMask: _Final[_Code]
HeadAndNeckMask: _Final[_Code]
Mold: _Final[_Code]
Cast: _Final[_Code]
Headrest: _Final[_Code]
BreastBoard: _Final[_Code]
BodyFrame: _Final[_Code]
VacuumMold: _Final[_Code]
WholeBodyPod: _Final[_Code]
RectalBalloon: _Final[_Code]
VaginalCylinder: _Final[_Code]
BreastBridge: _Final[_Code]
AbdominalCompressionBelt: _Final[_Code]
AbdominalCompressionArch: _Final[_Code]
HeadFixationBoard: _Final[_Code]
Backrest: _Final[_Code]
ShinRest: _Final[_Code]
HeelStop: _Final[_Code]
Armrest: _Final[_Code]
HandGrips: _Final[_Code]
SeatPan: _Final[_Code]
Table: _Final[_Code]
Chair: _Final[_Code]
Stretcher: _Final[_Code]
Wall: _Final[_Code]
Floor: _Final[_Code]
BrachytherapySourceApplicator: _Final[_Code]
BrachytherapyChannelShield: _Final[_Code]
BrachytherapyChannel: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
