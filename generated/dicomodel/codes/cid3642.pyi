"""CID 3642 Degree Finding.

Extensible, version 20040920, UID 1.2.840.10008.6.1.178.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Decreased: _Final[_groups.Cid3642Code]
Elevated: _Final[_groups.Cid3642Code]
SeverelyElevated: _Final[_groups.Cid3642Code]
NormalRange: _Final[_groups.Cid3642Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3642Code]]
