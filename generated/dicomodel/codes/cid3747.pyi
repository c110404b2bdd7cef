"""CID 3747 Percutaneous Closure.

Extensible, version 20030327, UID 1.2.840.10008.6.1.244.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NoClosureDeviceUsedAtPercutaneousEntry: _Final[_groups.Cid3747Code]
PercutaneousEntryClosedBySuture: _Final[_groups.Cid3747Code]
PercutaneousEntryClosedBySealant: _Final[_groups.Cid3747Code]
PercutaneousEntryClosedByOtherMechanism: _Final[_groups.Cid3747Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3747Code]]
