"""CID 603 Animal Room Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1068.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnimalHousingRoom: _Final[_groups.Cid603Code]
PreparationRoom: _Final[_groups.Cid603Code]
ImagingProcedureRoom: _Final[_groups.Cid603Code]
InductionRoom: _Final[_groups.Cid603Code]
RecoveryRoom: _Final[_groups.Cid603Code]
IsolationRoom: _Final[_groups.Cid603Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid603Code]]
