"""CID 3453 Cardiac Volume Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.100.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AreaLengthKennedy: _Final[_groups.Cid3453Code]
AreaLengthDodge: _Final[_groups.Cid3453Code]
AreaLengthWynne: _Final[_groups.Cid3453Code]
MultipleSlices: _Final[_groups.Cid3453Code]
Boak: _Final[_groups.Cid3453Code]
TSPyramid: _Final[_groups.Cid3453Code]
TwoChamber: _Final[_groups.Cid3453Code]
Parallelepiped: _Final[_groups.Cid3453Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3453Code]]
