"""CID 7304 Implant Target Anatomy.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1035.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnkleJoint: _Final[_groups.Cid7304Code]
CervicalSpine: _Final[_groups.Cid7304Code]
CervicoThoracicSpine: _Final[_groups.Cid7304Code]
ElbowJoint: _Final[_groups.Cid7304Code]
FacialBones: _Final[_groups.Cid7304Code]
Femur: _Final[_groups.Cid7304Code]
HeadOfFemur: _Final[_groups.Cid7304Code]
ProximalFemur: _Final[_groups.Cid7304Code]
ShaftOfFemur: _Final[_groups.Cid7304Code]
DistalFemur: _Final[_groups.Cid7304Code]
FingerJoint: _Final[_groups.Cid7304Code]
HipJoint: _Final[_groups.Cid7304Code]
JawRegion: _Final[_groups.Cid7304Code]
Knee: _Final[_groups.Cid7304Code]
LumbarSpine: _Final[_groups.Cid7304Code]
LumboSacralSpine: _Final[_groups.Cid7304Code]
Mandible: _Final[_groups.Cid7304Code]
Maxilla: _Final[_groups.Cid7304Code]
Patella: _Final[_groups.Cid7304Code]
Clavicle: _Final[_groups.Cid7304Code]
Shoulder: _Final[_groups.Cid7304Code]
Humerus: _Final[_groups.Cid7304Code]
ProximalHumerus: _Final[_groups.Cid7304Code]
ShaftOfHumerus: _Final[_groups.Cid7304Code]
DistalHumerus: _Final[_groups.Cid7304Code]
Radius: _Final[_groups.Cid7304Code]
ProximalRadius: _Final[_groups.Cid7304Code]
ShaftOfRadius: _Final[_groups.Cid7304Code]
DistalRadius: _Final[_groups.Cid7304Code]
Ulna: _Final[_groups.Cid7304Code]
ProximalUlna: _Final[_groups.Cid7304Code]
ShaftOfUlna: _Final[_groups.Cid7304Code]
DistalUlna: _Final[_groups.Cid7304Code]
Skull: _Final[_groups.Cid7304Code]
HandBone: _Final[_groups.Cid7304Code]
ThoracicSpine: _Final[_groups.Cid7304Code]
SacroCoccygealSpine: _Final[_groups.Cid7304Code]
ThoracoLumbarSpine: _Final[_groups.Cid7304Code]
WristJoint: _Final[_groups.Cid7304Code]
Pelvis: _Final[_groups.Cid7304Code]
Fibula: _Final[_groups.Cid7304Code]
Talus: _Final[_groups.Cid7304Code]
Calcaneus: _Final[_groups.Cid7304Code]
Tibia: _Final[_groups.Cid7304Code]
ShaftOfTibia: _Final[_groups.Cid7304Code]
DistalTibia: _Final[_groups.Cid7304Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7304Code]]
