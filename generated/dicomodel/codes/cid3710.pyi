"""CID 3710 Coronary Dominance.

Extensible, version 20111028, UID 1.2.840.10008.6.1.211.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftCoronaryDominance: _Final[_groups.Cid3710Code]
RightCoronaryDominance: _Final[_groups.Cid3710Code]
BalancedCoronaryDominance: _Final[_groups.Cid3710Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3710Code]]
