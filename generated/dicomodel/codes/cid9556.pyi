"""CID 9556 Radiotherapy Robotic Node Set.

Extensible, version 20200117, UID 1.2.840.10008.6.1.1307.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HeadNodeSet: _Final[_groups.Cid9556Code]
BodyNodeSet: _Final[_groups.Cid9556Code]
TrigeminalNodeSet: _Final[_groups.Cid9556Code]
QANodePair: _Final[_groups.Cid9556Code]
QANode: _Final[_groups.Cid9556Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9556Code]]
