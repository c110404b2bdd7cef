"""CID 3101 Cardiac Procedural State Value.

Extensible, version 20091021, UID 1.2.840.10008.6.1.52.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RestingState: _Final[_groups.Cid3101Code]
CardiacStressState: _Final[_groups.Cid3101Code]
ReinjectionState: _Final[_groups.Cid3101Code]
RedistributionState: _Final[_groups.Cid3101Code]
DelayedRedistributionState: _Final[_groups.Cid3101Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3101Code]]
