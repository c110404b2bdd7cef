"""CID 4028 Craniofacial Anatomic Region.

Extensible, version 20170914, UID 1.2.840.10008.6.1.306.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BoneStructureOfHeadAndOrNeck: _Final[_groups.Cid4028Code]
CervicalSpine: _Final[_groups.Cid4028Code]
EthmoidBone: _Final[_groups.Cid4028Code]
ExternalEar: _Final[_groups.Cid4028Code]
Eyeball: _Final[_groups.Cid4028Code]
EyeRegion: _Final[_groups.Cid4028Code]
FacialBones: _Final[_groups.Cid4028Code]
FrontalBone: _Final[_groups.Cid4028Code]
Head: _Final[_groups.Cid4028Code]
HeadAndNeck: _Final[_groups.Cid4028Code]
HyoidBone: _Final[_groups.Cid4028Code]
InnerEar: _Final[_groups.Cid4028Code]
InternalAuditoryCanal: _Final[_groups.Cid4028Code]
JawRegion: _Final[_groups.Cid4028Code]
LacrimalBone: _Final[_groups.Cid4028Code]
Larynx: _Final[_groups.Cid4028Code]
Lip: _Final[_groups.Cid4028Code]
Mandible: _Final[_groups.Cid4028Code]
MastoidBone: _Final[_groups.Cid4028Code]
Maxilla: _Final[_groups.Cid4028Code]
MiddleEar: _Final[_groups.Cid4028Code]
MuscleOfHead: _Final[_groups.Cid4028Code]
MuscleOfNeck: _Final[_groups.Cid4028Code]
NasalBone: _Final[_groups.Cid4028Code]
Neck: _Final[_groups.Cid4028Code]
OccipitalBone: _Final[_groups.Cid4028Code]
OpticCanal: _Final[_groups.Cid4028Code]
OrbitalStructure: _Final[_groups.Cid4028Code]
PalatineBone: _Final[_groups.Cid4028Code]
ParanasalSinus: _Final[_groups.Cid4028Code]
ParietalBone: _Final[_groups.Cid4028Code]
SalivaryGland: _Final[_groups.Cid4028Code]
Skull: _Final[_groups.Cid4028Code]
SoftPalate: _Final[_groups.Cid4028Code]
SphenoidBone: _Final[_groups.Cid4028Code]
SubmandibularGland: _Final[_groups.Cid4028Code]
TemporalBone: _Final[_groups.Cid4028Code]
TemporomandibularJoint: _Final[_groups.Cid4028Code]
Tongue: _Final[_groups.Cid4028Code]
Tooth: _Final[_groups.Cid4028Code]
Trachea: _Final[_groups.Cid4028Code]
VertebralColumnAndCranium: _Final[_groups.Cid4028Code]
VomerBone: _Final[_groups.Cid4028Code]
Zygoma: _Final[_groups.Cid4028Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4028Code]]
