"""CID 634 Animal Handling Phase.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1099.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

InHomeCage: _Final[_groups.Cid634Code]
DuringTransport: _Final[_groups.Cid634Code]
StagingPriorToImaging: _Final[_groups.Cid634Code]
PreparationForImaging: _Final[_groups.Cid634Code]
AnesthesiaInduction: _Final[_groups.Cid634Code]
ImagingProcedure: _Final[_groups.Cid634Code]
AnesthesiaRecoveryPeriod: _Final[_groups.Cid634Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid634Code]]
