"""CID 3468 ED Volume.

Extensible, version 20110124, UID 1.2.840.10008.6.1.110.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricularEDVolume: _Final[_groups.Cid3468Code]
RightVentricularEDVolume: _Final[_groups.Cid3468Code]
LeftAtrialEDVolume: _Final[_groups.Cid3468Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3468Code]]
