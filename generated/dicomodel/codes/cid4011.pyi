"""CID 4011 DX View Modifier.

Extensible, version 20070524, UID 1.2.840.10008.6.1.295.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Cephalad: _Final[_groups.Cid4011Code]
Caudad: _Final[_groups.Cid4011Code]
Transthoracic: _Final[_groups.Cid4011Code]
Transforamenal: _Final[_groups.Cid4011Code]
Transoral: _Final[_groups.Cid4011Code]
Transorbital: _Final[_groups.Cid4011Code]
Crosstable: _Final[_groups.Cid4011Code]
MouthClosed: _Final[_groups.Cid4011Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4011Code]]
