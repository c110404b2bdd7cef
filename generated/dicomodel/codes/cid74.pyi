"""CID 74 Imaging Agent Administration Consumable Catheter Type.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1264.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PeripheralIntravenousCatheter: _Final[_groups.Cid74Code]
CentralVenousCatheter: _Final[_groups.Cid74Code]
ImplantableVenousAccessPort: _Final[_groups.Cid74Code]
RectalCatheter: _Final[_groups.Cid74Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid74Code]]
