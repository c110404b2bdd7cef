"""CID 300 Multi-energy Relevant Material.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1208.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AluminumOxide: _Final[_groups.Cid300Code]
Barium: _Final[_groups.Cid300Code]
Bismuth: _Final[_groups.Cid300Code]
Calcium: _Final[_groups.Cid300Code]
CalciumHydroxyapatite: _Final[_groups.Cid300Code]
CobaltChromiumAlloy: _Final[_groups.Cid300Code]
Fat: _Final[_groups.Cid300Code]
Gadolinium: _Final[_groups.Cid300Code]
Gold: _Final[_groups.Cid300Code]
Hafnium: _Final[_groups.Cid300Code]
Iodine: _Final[_groups.Cid300Code]
Iron: _Final[_groups.Cid300Code]
NickelCobaltChromium: _Final[_groups.Cid300Code]
Platinum: _Final[_groups.Cid300Code]
RenalStone: _Final[_groups.Cid300Code]
Silicon: _Final[_groups.Cid300Code]
Silicone: _Final[_groups.Cid300Code]
Silver: _Final[_groups.Cid300Code]
Tantalum: _Final[_groups.Cid300Code]
Titanium: _Final[_groups.Cid300Code]
UricAcid: _Final[_groups.Cid300Code]
Water: _Final[_groups.Cid300Code]
Yttrium: _Final[_groups.Cid300Code]
MEMBERS: _Final[tuple[_groups.Cid300Code, ...]]
