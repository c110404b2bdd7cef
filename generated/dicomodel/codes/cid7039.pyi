"""CID 7039 Pediatric Size Category.

Extensible, version 20170417, UID 1.2.840.10008.6.1.1173.
Includes CID 7040.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BroselowLutenPinkZone67kg: _Final[_groups.Cid7039Code]
BroselowLutenRedZone89kg: _Final[_groups.Cid7039Code]
BroselowLutenPurpleZone1011kg: _Final[_groups.Cid7039Code]
BroselowLutenYellowZone1214kg: _Final[_groups.Cid7039Code]
BroselowLutenWhiteZone1518kg: _Final[_groups.Cid7039Code]
BroselowLutenBlueZone1923kg: _Final[_groups.Cid7039Code]
BroselowLutenOrangeZone2429kg: _Final[_groups.Cid7039Code]
BroselowLutenGreenZone3036kg: _Final[_groups.Cid7039Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7039Code]]
