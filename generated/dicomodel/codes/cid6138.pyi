"""CID 6138 Chest Non-lesion Object Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.458.
Includes CID 6404, CID 6405.

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
Bullet: _Final[_Code]
CardiacPacemaker: _Final[_Code]
CardiacPacemakerLead: _Final[_Code]
Catheter: _Final[_Code]
CentralLine: _Final[_Code]
CervicalCollar: _Final[_Code]
ChestTube: _Final[_Code]
Coin: _Final[_Code]
EndotrachealTube: _Final[_Code]
FeedingTube: _Final[_Code]
FiducialMark: _Final[_Code]
HeartValveProsthesis: _Final[_Code]
JejunostomyTube: _Final[_Code]
Jewelry: _Final[_Code]
KidneyStent: _Final[_Code]
Needle: _Final[_Code]
NippleRing: _Final[_Code]
PancreaticStent: _Final[_Code]
Pin: _Final[_Code]
Portacath: _Final[_Code]
Prosthesis: _Final[_Code]
Staple: _Final[_Code]
Suture: _Final[_Code]
Tracheotomy: _Final[_Code]
UretericStent: _Final[_Code]
VenaCavaFilter: _Final[_Code]
ScarTissue: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
