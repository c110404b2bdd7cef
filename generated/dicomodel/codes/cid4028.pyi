"""CID 4028 Craniofacial Anatomic Region.

Extensible, version 20170914, UID 1.2.840.10008.6.1.306.

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
BoneStructureOfHeadAndOrNeck: _Final[_Code]
CervicalSpine: _Final[_Code]
EthmoidBone: _Final[_Code]
ExternalEar: _Final[_Code]
Eyeball: _Final[_Code]
EyeRegion: _Final[_Code]
FacialBones: _Final[_Code]
FrontalBone: _Final[_Code]
Head: _Final[_Code]
HeadAndNeck: _Final[_Code]
HyoidBone: _Final[_Code]
InnerEar: _Final[_Code]
InternalAuditoryCanal: _Final[_Code]
JawRegion: _Final[_Code]
LacrimalBone: _Final[_Code]
Larynx: _Final[_Code]
Lip: _Final[_Code]
Mandible: _Final[_Code]
MastoidBone: _Final[_Code]
Maxilla: _Final[_Code]
MiddleEar: _Final[_Code]
MuscleOfHead: _Final[_Code]
MuscleOfNeck: _Final[_Code]
NasalBone: _Final[_Code]
Neck: _Final[_Code]
OccipitalBone: _Final[_Code]
OpticCanal: _Final[_Code]
OrbitalStructure: _Final[_Code]
PalatineBone: _Final[_Code]
ParanasalSinus: _Final[_Code]
ParietalBone: _Final[_Code]
SalivaryGland: _Final[_Code]
Skull: _Final[_Code]
SoftPalate: _Final[_Code]
SphenoidBone: _Final[_Code]
SubmandibularGland: _Final[_Code]
TemporalBone: _Final[_Code]
TemporomandibularJoint: _Final[_Code]
Tongue: _Final[_Code]
Tooth: _Final[_Code]
Trachea: _Final[_Code]
VertebralColumnAndCranium: _Final[_Code]
VomerBone: _Final[_Code]
Zygoma: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
