"""CID 300 Multi-energy Relevant Material.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1208.

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
AluminumOxide: _Final[_Code]
Barium: _Final[_Code]
Bismuth: _Final[_Code]
Calcium: _Final[_Code]
CalciumHydroxyapatite: _Final[_Code]
CobaltChromiumAlloy: _Final[_Code]
Fat: _Final[_Code]
Gadolinium: _Final[_Code]
Gold: _Final[_Code]
Hafnium: _Final[_Code]
Iodine: _Final[_Code]
Iron: _Final[_Code]
NickelCobaltChromium: _Final[_Code]
Platinum: _Final[_Code]
RenalStone: _Final[_Code]
Silicon: _Final[_Code]
Silicone: _Final[_Code]
Silver: _Final[_Code]
Tantalum: _Final[_Code]
Titanium: _Final[_Code]
UricAcid: _Final[_Code]
Water: _Final[_Code]
Yttrium: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
