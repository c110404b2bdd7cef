"""CID 7300 Implant Material.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1031.

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
NickelTitanium: _Final[_Code]
GoldAlloy: _Final[_Code]
StainlessSteelMaterial: _Final[_Code]
Polymer: _Final[_Code]
CarbonFiber: _Final[_Code]
StainlessSteelSS316L: _Final[_Code]
Titanium: _Final[_Code]
TitaniumAlloyTitaniumAluminium6Vanadium4: _Final[_Code]
CobaltChromiumAlloyCobaltChromium28Molybdenum6: _Final[_Code]
TitaniumAlloyTitaniumMolybdenum15Zirconium5Aluminium3: _Final[_Code]
CobaltChromiumAlloyCobaltChromium20Tungsten15Nickel10: _Final[_Code]
CobaltChromiumAlloyCobaltNickel35Chromium20Molybdenum10: _Final[_Code]
CobaltChromiumAlloyCobaltChromium20Nickel15Iron15Molybdenum7Manganese2: _Final[_Code]
TitaniumAlloyTitaniumAluminium6Niobium7: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
