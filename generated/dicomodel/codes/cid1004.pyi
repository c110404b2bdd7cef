"""CID 1004 Anatomical Reference Basis - Chest.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1125.

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
AcromioclavicularJoint: _Final[_Code]
AorticArch: _Final[_Code]
ApexOfHeart: _Final[_Code]
Carina: _Final[_Code]
CoronaryArteryGraft: _Final[_Code]
Diaphragm: _Final[_Code]
Heart: _Final[_Code]
Lung: _Final[_Code]
Scapula: _Final[_Code]
ShoulderRegionStructure: _Final[_Code]
SternoclavicularJoint: _Final[_Code]
Sternum: _Final[_Code]
SuprasternalNotch: _Final[_Code]
ThoracicInlet: _Final[_Code]
XiphoidProcess: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
