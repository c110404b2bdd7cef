"""CID 603 Animal Room Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1068.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 603
NAME: _Final[str] = "Animal Room Type"
KEYWORD: _Final[str | None] = "AnimalRoomType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1068"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnimalHousingRoom: _Final[_Code] = _Code("DCM", "127370", "Animal housing room", (603,))
"""Animal housing room (DCM 127370)."""

PreparationRoom: _Final[_Code] = _Code("DCM", "127371", "Preparation room", (603,))
"""Preparation room (DCM 127371)."""

ImagingProcedureRoom: _Final[_Code] = _Code("DCM", "127372", "Imaging procedure room", (603,))
"""Imaging procedure room (DCM 127372)."""

InductionRoom: _Final[_Code] = _Code("SCT", "414485004", "Induction room", (603,))
"""Induction room (SCT 414485004)."""

RecoveryRoom: _Final[_Code] = _Code("SCT", "398161000", "Recovery room", (603,))
"""Recovery room (SCT 398161000)."""

IsolationRoom: _Final[_Code] = _Code("SCT", "409688003", "Isolation room", (603,))
"""Isolation room (SCT 409688003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnimalHousingRoom,
    PreparationRoom,
    ImagingProcedureRoom,
    InductionRoom,
    RecoveryRoom,
    IsolationRoom,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
