"""CID 603 Animal Room Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1068.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 603
NAME: Final[str] = "Animal Room Type"
KEYWORD: Final[str | None] = "AnimalRoomType"
UID: Final[str | None] = "1.2.840.10008.6.1.1068"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnimalHousingRoom: Final[Code] = Code("DCM", "127370", "Animal housing room", (603,))
"""Animal housing room (DCM 127370)."""

PreparationRoom: Final[Code] = Code("DCM", "127371", "Preparation room", (603,))
"""Preparation room (DCM 127371)."""

ImagingProcedureRoom: Final[Code] = Code("DCM", "127372", "Imaging procedure room", (603,))
"""Imaging procedure room (DCM 127372)."""

InductionRoom: Final[Code] = Code("SCT", "414485004", "Induction room", (603,))
"""Induction room (SCT 414485004)."""

RecoveryRoom: Final[Code] = Code("SCT", "398161000", "Recovery room", (603,))
"""Recovery room (SCT 398161000)."""

IsolationRoom: Final[Code] = Code("SCT", "409688003", "Isolation room", (603,))
"""Isolation room (SCT 409688003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AnimalHousingRoom,
    PreparationRoom,
    ImagingProcedureRoom,
    InductionRoom,
    RecoveryRoom,
    IsolationRoom,
)
"""The resolved membership: own members, then those of the included groups, in order."""
