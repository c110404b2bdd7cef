"""CID 10016 Anode Target Material.

Extensible, version 20190817, UID 1.2.840.10008.6.1.548.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Molybdenum: _Final[_groups.Cid10016Code]
Rhodium: _Final[_groups.Cid10016Code]
Tungsten: _Final[_groups.Cid10016Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10016Code]]
