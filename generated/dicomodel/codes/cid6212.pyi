"""CID 6212 Calculated Value for Colon Finding.

Extensible, version 20090402, UID 1.2.840.10008.6.1.799.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PolypStalkLength: _Final[_groups.Cid6212Code]
PolypSizeLargestDimension: _Final[_groups.Cid6212Code]
PolypStalkWidth: _Final[_groups.Cid6212Code]
DistanceFromAnus: _Final[_groups.Cid6212Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6212Code]]
