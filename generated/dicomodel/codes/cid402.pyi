"""CID 402 Audit Active Participant Role ID Code.

Extensible, version 20100826, UID 1.2.840.10008.6.1.905.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Application: _Final[_groups.Cid402Code]
ApplicationLauncher: _Final[_groups.Cid402Code]
DestinationRoleID: _Final[_groups.Cid402Code]
SourceRoleID: _Final[_groups.Cid402Code]
DestinationMedia: _Final[_groups.Cid402Code]
SourceMedia: _Final[_groups.Cid402Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid402Code]]
