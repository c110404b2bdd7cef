"""CID 3422 Device Use Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.85.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DeviceInsertedIntoSheath: _Final[_groups.Cid3422Code]
DeviceAtSiteOfInterest: _Final[_groups.Cid3422Code]
DeviceWithdrawnRemoved: _Final[_groups.Cid3422Code]
DeviceAppliedToPatient: _Final[_groups.Cid3422Code]
DeviceUsed: _Final[_groups.Cid3422Code]
DeviceCrossedSeptum: _Final[_groups.Cid3422Code]
DeviceCrossedLesion: _Final[_groups.Cid3422Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3422Code]]
