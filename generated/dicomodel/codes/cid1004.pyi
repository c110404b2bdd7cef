"""CID 1004 Anatomical Reference Basis - Chest.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1125.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AcromioclavicularJoint: _Final[_groups.Cid1004Code]
AorticArch: _Final[_groups.Cid1004Code]
ApexOfHeart: _Final[_groups.Cid1004Code]
Carina: _Final[_groups.Cid1004Code]
CoronaryArteryGraft: _Final[_groups.Cid1004Code]
Diaphragm: _Final[_groups.Cid1004Code]
Heart: _Final[_groups.Cid1004Code]
Lung: _Final[_groups.Cid1004Code]
Scapula: _Final[_groups.Cid1004Code]
ShoulderRegionStructure: _Final[_groups.Cid1004Code]
SternoclavicularJoint: _Final[_groups.Cid1004Code]
Sternum: _Final[_groups.Cid1004Code]
SuprasternalNotch: _Final[_groups.Cid1004Code]
ThoracicInlet: _Final[_groups.Cid1004Code]
XiphoidProcess: _Final[_groups.Cid1004Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid1004Code]]
