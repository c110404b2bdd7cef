"""CID 6203 Colon Non-lesion Object Type.

Extensible, version 20220922, UID 1.2.840.10008.6.1.790.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Bullet: _Final[_groups.Cid6203Code]
Staple: _Final[_groups.Cid6203Code]
Suture: _Final[_groups.Cid6203Code]
ScarTissue: _Final[_groups.Cid6203Code]
Catheter: _Final[_groups.Cid6203Code]
ChestTube: _Final[_groups.Cid6203Code]
VenaCavaFilter: _Final[_groups.Cid6203Code]
Prosthesis: _Final[_groups.Cid6203Code]
JejunostomyTube: _Final[_groups.Cid6203Code]
KidneyStent: _Final[_groups.Cid6203Code]
UreteralStent: _Final[_groups.Cid6203Code]
PancreaticStent: _Final[_groups.Cid6203Code]
Jewelry: _Final[_groups.Cid6203Code]
Coin: _Final[_groups.Cid6203Code]
Pin: _Final[_groups.Cid6203Code]
Needle: _Final[_groups.Cid6203Code]
FiducialMark: _Final[_groups.Cid6203Code]
StomaAppliance: _Final[_groups.Cid6203Code]
ColostomyBag: _Final[_groups.Cid6203Code]
IleostomyBag: _Final[_groups.Cid6203Code]
UrostomyBag: _Final[_groups.Cid6203Code]
RectalTube: _Final[_groups.Cid6203Code]
UrethralCatheter: _Final[_groups.Cid6203Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6203Code]]
