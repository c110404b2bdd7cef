"""CID 10074 RDSR Frame of Reference Origin.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1364.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RoomOrigin: _Final[_groups.Cid10074Code]
EquipmentOrigin: _Final[_groups.Cid10074Code]
PatientSupportOrigin: _Final[_groups.Cid10074Code]
IsocenterOrigin: _Final[_groups.Cid10074Code]
PatientCoordinateSystemOrigin: _Final[_groups.Cid10074Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10074Code]]
