"""CID 7040 Broselow-Luten Pediatric Size Category.

Non-extensible, version 20100127, UID 1.2.840.10008.6.1.824.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BroselowLutenPinkZone67kg: _Final[_groups.Cid7040Code]
BroselowLutenRedZone89kg: _Final[_groups.Cid7040Code]
BroselowLutenPurpleZone1011kg: _Final[_groups.Cid7040Code]
BroselowLutenYellowZone1214kg: _Final[_groups.Cid7040Code]
BroselowLutenWhiteZone1518kg: _Final[_groups.Cid7040Code]
BroselowLutenBlueZone1923kg: _Final[_groups.Cid7040Code]
BroselowLutenOrangeZone2429kg: _Final[_groups.Cid7040Code]
BroselowLutenGreenZone3036kg: _Final[_groups.Cid7040Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7040Code]]
