"""CID 10007 X-Ray Filter Type.

Extensible, version 20131010, UID 1.2.840.10008.6.1.540.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StripFilter: _Final[_groups.Cid10007Code]
WedgeFilter: _Final[_groups.Cid10007Code]
ButterflyFilter: _Final[_groups.Cid10007Code]
FlatFilter: _Final[_groups.Cid10007Code]
NoFilter: _Final[_groups.Cid10007Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10007Code]]
