"""CID 6203 Colon Non-lesion Object Type.

Extensible, version 20220922, UID 1.2.840.10008.6.1.790.

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
Staple: _Final[_Code]
Suture: _Final[_Code]
ScarTissue: _Final[_Code]
Catheter: _Final[_Code]
ChestTube: _Final[_Code]
VenaCavaFilter: _Final[_Code]
Prosthesis: _Final[_Code]
JejunostomyTube: _Final[_Code]
KidneyStent: _Final[_Code]
UreteralStent: _Final[_Code]
PancreaticStent: _Final[_Code]
Jewelry: _Final[_Code]
Coin: _Final[_Code]
Pin: _Final[_Code]
Needle: _Final[_Code]
FiducialMark: _Final[_Code]
StomaAppliance: _Final[_Code]
ColostomyBag: _Final[_Code]
IleostomyBag: _Final[_Code]
UrostomyBag: _Final[_Code]
RectalTube: _Final[_Code]
UrethralCatheter: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
