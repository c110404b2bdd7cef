"""CID 3202 Chest Pain.

Extensible, version 20080927, UID 1.2.840.10008.6.1.757.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StableAngina: _Final[_groups.Cid3202Code]
UnstableAngina: _Final[_groups.Cid3202Code]
AtypicalAngina: _Final[_groups.Cid3202Code]
NoncardiacChestPain: _Final[_groups.Cid3202Code]
ChestPainNotPresent: _Final[_groups.Cid3202Code]
TypicalAngina: _Final[_groups.Cid3202Code]
AnginalEquivalent: _Final[_groups.Cid3202Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3202Code]]
