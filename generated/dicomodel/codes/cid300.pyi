"""CID 300 Multi-energy Relevant Material.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1208.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid300Code]]
