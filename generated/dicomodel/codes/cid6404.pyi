"""CID 6404 Chest Non-lesion Object Type - Physical Object.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1188.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Bullet: _Final[_groups.Cid6404Code]
CardiacPacemaker: _Final[_groups.Cid6404Code]
CardiacPacemakerLead: _Final[_groups.Cid6404Code]
Catheter: _Final[_groups.Cid6404Code]
CentralLine: _Final[_groups.Cid6404Code]
CervicalCollar: _Final[_groups.Cid6404Code]
ChestTube: _Final[_groups.Cid6404Code]
Coin: _Final[_groups.Cid6404Code]
EndotrachealTube: _Final[_groups.Cid6404Code]
FeedingTube: _Final[_groups.Cid6404Code]
FiducialMark: _Final[_groups.Cid6404Code]
HeartValveProsthesis: _Final[_groups.Cid6404Code]
JejunostomyTube: _Final[_groups.Cid6404Code]
Jewelry: _Final[_groups.Cid6404Code]
KidneyStent: _Final[_groups.Cid6404Code]
Needle: _Final[_groups.Cid6404Code]
NippleRing: _Final[_groups.Cid6404Code]
PancreaticStent: _Final[_groups.Cid6404Code]
Pin: _Final[_groups.Cid6404Code]
Portacath: _Final[_groups.Cid6404Code]
Prosthesis: _Final[_groups.Cid6404Code]
Staple: _Final[_groups.Cid6404Code]
Suture: _Final[_groups.Cid6404Code]
Tracheotomy: _Final[_groups.Cid6404Code]
UretericStent: _Final[_groups.Cid6404Code]
VenaCavaFilter: _Final[_groups.Cid6404Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6404Code]]
