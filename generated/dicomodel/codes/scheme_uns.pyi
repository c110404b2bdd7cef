"""Coding scheme UNS: UNS.

8 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

CobaltChromiumAlloyCobaltChromium20Nickel15Iron15Molybdenum7Manganese2: _Final[_Code]
CobaltChromiumAlloyCobaltChromium20Tungsten15Nickel10: _Final[_Code]
CobaltChromiumAlloyCobaltChromium28Molybdenum6: _Final[_Code]
CobaltChromiumAlloyCobaltNickel35Chromium20Molybdenum10: _Final[_Code]
StainlessSteelSS316L: _Final[_Code]
Titanium: _Final[_Code]
TitaniumAlloyTitaniumAluminium6Niobium7: _Final[_Code]
TitaniumAlloyTitaniumAluminium6Vanadium4: _Final[_Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__scheme__: _Final[_CodingScheme]
