"""CID 7304 Implant Target Anatomy.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1035.

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
AnkleJoint: _Final[_Code]
CervicalSpine: _Final[_Code]
CervicoThoracicSpine: _Final[_Code]
ElbowJoint: _Final[_Code]
FacialBones: _Final[_Code]
Femur: _Final[_Code]
HeadOfFemur: _Final[_Code]
ProximalFemur: _Final[_Code]
ShaftOfFemur: _Final[_Code]
DistalFemur: _Final[_Code]
FingerJoint: _Final[_Code]
HipJoint: _Final[_Code]
JawRegion: _Final[_Code]
Knee: _Final[_Code]
LumbarSpine: _Final[_Code]
LumboSacralSpine: _Final[_Code]
Mandible: _Final[_Code]
Maxilla: _Final[_Code]
Patella: _Final[_Code]
Clavicle: _Final[_Code]
Shoulder: _Final[_Code]
Humerus: _Final[_Code]
ProximalHumerus: _Final[_Code]
ShaftOfHumerus: _Final[_Code]
DistalHumerus: _Final[_Code]
Radius: _Final[_Code]
ProximalRadius: _Final[_Code]
ShaftOfRadius: _Final[_Code]
DistalRadius: _Final[_Code]
Ulna: _Final[_Code]
ProximalUlna: _Final[_Code]
ShaftOfUlna: _Final[_Code]
DistalUlna: _Final[_Code]
Skull: _Final[_Code]
HandBone: _Final[_Code]
ThoracicSpine: _Final[_Code]
SacroCoccygealSpine: _Final[_Code]
ThoracoLumbarSpine: _Final[_Code]
WristJoint: _Final[_Code]
Pelvis: _Final[_Code]
Fibula: _Final[_Code]
Talus: _Final[_Code]
Calcaneus: _Final[_Code]
Tibia: _Final[_Code]
ShaftOfTibia: _Final[_Code]
DistalTibia: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
