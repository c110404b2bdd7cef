"""CID 10074 RDSR Frame of Reference Origin.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1364.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10074
NAME: Final[str] = "RDSR Frame of Reference Origin"
KEYWORD: Final[str | None] = "RDSRFrameOfReferenceOrigin"
UID: Final[str | None] = "1.2.840.10008.6.1.1364"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20210328"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RoomOrigin: Final[Code] = Code("DCM", "130536", "Room Origin", (10074,))
"""Room Origin (DCM 130536)."""

EquipmentOrigin: Final[Code] = Code("DCM", "130537", "Equipment Origin", (10074,))
"""Equipment Origin (DCM 130537)."""

PatientSupportOrigin: Final[Code] = Code("DCM", "130538", "Patient Support Origin", (10074,))
"""Patient Support Origin (DCM 130538)."""

IsocenterOrigin: Final[Code] = Code("DCM", "130539", "Isocenter Origin", (10074,))
"""Isocenter Origin (DCM 130539)."""

PatientCoordinateSystemOrigin: Final[Code] = Code(
    "DCM", "130540", "Patient Coordinate System Origin", (10074,)
)
"""Patient Coordinate System Origin (DCM 130540)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RoomOrigin,
    EquipmentOrigin,
    PatientSupportOrigin,
    IsocenterOrigin,
    PatientCoordinateSystemOrigin,
)
"""The resolved membership: own members, then those of the included groups, in order."""
