"""CID 94 Physical Force Applied During Acquisition.

Extensible, version 20100625, UID 1.2.840.10008.6.1.894.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TractionAction: _Final[_groups.Cid94Code]
CompressionAction: _Final[_groups.Cid94Code]
RotationAction: _Final[_groups.Cid94Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid94Code]]
