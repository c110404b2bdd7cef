"""CID 6120 Chest Border Definition.

Extensible, version 20190326, UID 1.2.840.10008.6.1.440.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

WellDefined: _Final[_groups.Cid6120Code]
SharplyDefined: _Final[_groups.Cid6120Code]
PoorlyDefined: _Final[_groups.Cid6120Code]
DistinctlyDefined: _Final[_groups.Cid6120Code]
WellDemarcated: _Final[_groups.Cid6120Code]
SharplyDemarcated: _Final[_groups.Cid6120Code]
PoorlyDemarcated: _Final[_groups.Cid6120Code]
Circumscribed: _Final[_groups.Cid6120Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6120Code]]
