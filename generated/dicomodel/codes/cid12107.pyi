"""CID 12107 Upper Extremity Artery.

Extensible, version 20050110, UID 1.2.840.10008.6.1.574.

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
AxillaryArtery: _Final[_Code]
BrachialArtery: _Final[_Code]
DeepPalmarArchOfRadialArtery: _Final[_Code]
InnominateArtery: _Final[_Code]
RadialArtery: _Final[_Code]
SubclavianArtery: _Final[_Code]
SuperficialPalmarArch: _Final[_Code]
UlnarArtery: _Final[_Code]
DigitalArteryOfHand: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
