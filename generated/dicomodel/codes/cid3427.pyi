"""CID 3427 Equipment Event.

Extensible, version 20100608, UID 1.2.840.10008.6.1.89.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EquipmentFailure: _Final[_groups.Cid3427Code]
EquipmentBroughtToProcedureRoom: _Final[_groups.Cid3427Code]
EquipmentReady: _Final[_groups.Cid3427Code]
EquipmentRemoved: _Final[_groups.Cid3427Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3427Code]]
