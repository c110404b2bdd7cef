"""CID 10067 Radiation Attenuator Material.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1161.
Includes CID 10006.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CarbonFiber: _Final[_groups.Cid10067Code]
KevlarAramidFiber: _Final[_groups.Cid10067Code]
Beryllium: _Final[_groups.Cid10067Code]
Molybdenum: _Final[_groups.Cid10067Code]
Aluminum: _Final[_groups.Cid10067Code]
Copper: _Final[_groups.Cid10067Code]
Rhodium: _Final[_groups.Cid10067Code]
Niobium: _Final[_groups.Cid10067Code]
Europium: _Final[_groups.Cid10067Code]
Lead: _Final[_groups.Cid10067Code]
Tantalum: _Final[_groups.Cid10067Code]
Silver: _Final[_groups.Cid10067Code]
Tin: _Final[_groups.Cid10067Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10067Code]]
