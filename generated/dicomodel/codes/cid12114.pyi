"""CID 12114 Abdominopelvic Vein (Unpaired).

Extensible, version 20170914, UID 1.2.840.10008.6.1.581.

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
HepaticVein: _Final[_Code]
InferiorRightHepaticVein: _Final[_Code]
LeftHepaticVein: _Final[_Code]
MiddleHepaticVein: _Final[_Code]
RightHepaticVein: _Final[_Code]
PortalVein: _Final[_Code]
LeftMainBranchOfPortalVein: _Final[_Code]
RightMainBranchOfPortalVein: _Final[_Code]
InferiorMesentericVein: _Final[_Code]
InferiorVenaCava: _Final[_Code]
SplenicVein: _Final[_Code]
SuperiorMesentericVein: _Final[_Code]
TransjugularIntrahepaticPortosystemicShunt: _Final[_Code]
UmbilicalVein: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
