"""CID 9579 RT Segment Material.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1432.
Includes CID 7300.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NickelTitanium: _Final[_groups.Cid9579Code]
GoldAlloy: _Final[_groups.Cid9579Code]
StainlessSteelMaterial: _Final[_groups.Cid9579Code]
Polymer: _Final[_groups.Cid9579Code]
CarbonFiber: _Final[_groups.Cid9579Code]
StainlessSteelSS316L: _Final[_groups.Cid9579Code]
Titanium: _Final[_groups.Cid9579Code]
TitaniumAlloyTitaniumAluminium6Vanadium4: _Final[_groups.Cid9579Code]
CobaltChromiumAlloyCobaltChromium28Molybdenum6: _Final[_groups.Cid9579Code]
TitaniumAlloyTitaniumMolybdenum15Zirconium5Aluminium3: _Final[_groups.Cid9579Code]
CobaltChromiumAlloyCobaltChromium20Tungsten15Nickel10: _Final[_groups.Cid9579Code]
CobaltChromiumAlloyCobaltNickel35Chromium20Molybdenum10: _Final[_groups.Cid9579Code]
CobaltChromiumAlloyCobaltChromium20Nickel15Iron15Molybdenum7Manganese2: _Final[_groups.Cid9579Code]
TitaniumAlloyTitaniumAluminium6Niobium7: _Final[_groups.Cid9579Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9579Code]]
