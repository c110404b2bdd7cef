"""CID 9302 Media Import PPS Discontinuation Reason.

Extensible, version 20090616, UID 1.2.840.10008.6.1.813.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ObjectsIncorrectlyFormatted: _Final[_groups.Cid9302Code]
ObjectTypesNotSupported: _Final[_groups.Cid9302Code]
ObjectSetIncomplete: _Final[_groups.Cid9302Code]
MediaFailure: _Final[_groups.Cid9302Code]
EquipmentFailure: _Final[_groups.Cid9302Code]
DuplicateOrder: _Final[_groups.Cid9302Code]
DiscontinuedForUnspecifiedReason: _Final[_groups.Cid9302Code]
IncorrectWorklistEntrySelected: _Final[_groups.Cid9302Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9302Code]]
