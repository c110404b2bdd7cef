"""CID 10006 X-Ray Filter Material.

Extensible, version 20190817, UID 1.2.840.10008.6.1.539.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Molybdenum: _Final[_groups.Cid10006Code]
Aluminum: _Final[_groups.Cid10006Code]
Copper: _Final[_groups.Cid10006Code]
Rhodium: _Final[_groups.Cid10006Code]
Niobium: _Final[_groups.Cid10006Code]
Europium: _Final[_groups.Cid10006Code]
Lead: _Final[_groups.Cid10006Code]
Tantalum: _Final[_groups.Cid10006Code]
Silver: _Final[_groups.Cid10006Code]
Tin: _Final[_groups.Cid10006Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10006Code]]
