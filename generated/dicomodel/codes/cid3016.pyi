"""CID 3016 Major Coronary Artery.

Extensible, version 20221201, UID 1.2.840.10008.6.1.736.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3016Code]
RightCoronaryArtery: _Final[_groups.Cid3016Code]
CircumflexCoronaryArtery: _Final[_groups.Cid3016Code]
LeftCoronaryArtery: _Final[_groups.Cid3016Code]
LeftMainCoronaryArtery: _Final[_groups.Cid3016Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3016Code]]
