"""CID 10017 X-Ray Grid.

Extensible, version 20210903, UID 1.2.840.10008.6.1.549.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FixedGrid: _Final[_groups.Cid10017Code]
FocusedGrid: _Final[_groups.Cid10017Code]
ReciprocatingGrid: _Final[_groups.Cid10017Code]
ParallelGrid: _Final[_groups.Cid10017Code]
CrossedGrid: _Final[_groups.Cid10017Code]
NoGrid: _Final[_groups.Cid10017Code]
VirtualGrid: _Final[_groups.Cid10017Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10017Code]]
