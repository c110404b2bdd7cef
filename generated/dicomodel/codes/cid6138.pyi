"""CID 6138 Chest Non-lesion Object Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.458.
Includes CID 6404, CID 6405.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Bullet: _Final[_groups.Cid6138Code]
CardiacPacemaker: _Final[_groups.Cid6138Code]
CardiacPacemakerLead: _Final[_groups.Cid6138Code]
Catheter: _Final[_groups.Cid6138Code]
CentralLine: _Final[_groups.Cid6138Code]
CervicalCollar: _Final[_groups.Cid6138Code]
ChestTube: _Final[_groups.Cid6138Code]
Coin: _Final[_groups.Cid6138Code]
EndotrachealTube: _Final[_groups.Cid6138Code]
FeedingTube: _Final[_groups.Cid6138Code]
FiducialMark: _Final[_groups.Cid6138Code]
HeartValveProsthesis: _Final[_groups.Cid6138Code]
JejunostomyTube: _Final[_groups.Cid6138Code]
Jewelry: _Final[_groups.Cid6138Code]
KidneyStent: _Final[_groups.Cid6138Code]
Needle: _Final[_groups.Cid6138Code]
NippleRing: _Final[_groups.Cid6138Code]
PancreaticStent: _Final[_groups.Cid6138Code]
Pin: _Final[_groups.Cid6138Code]
Portacath: _Final[_groups.Cid6138Code]
Prosthesis: _Final[_groups.Cid6138Code]
Staple: _Final[_groups.Cid6138Code]
Suture: _Final[_groups.Cid6138Code]
Tracheotomy: _Final[_groups.Cid6138Code]
UretericStent: _Final[_groups.Cid6138Code]
VenaCavaFilter: _Final[_groups.Cid6138Code]
ScarTissue: _Final[_groups.Cid6138Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6138Code]]
