"""CID 6401 Non-lesion Object Type - Physical Object.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1185.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6401
NAME: Final[str] = "Non-lesion Object Type - Physical Object"
KEYWORD: Final[str | None] = "NonLesionObjectTypePhysicalObject"
UID: Final[str | None] = "1.2.840.10008.6.1.1185"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BBShotLeadPellet: Final[Code] = Code("SCT", "102378009", "BB shot (Lead Pellet)", (6401, 7112))
"""BB shot (Lead Pellet) (SCT 102378009)."""

Bullet: Final[Code] = Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002)."""

CardiacPacemaker: Final[Code] = Code("SCT", "118378005", "Cardiac Pacemaker", (6401,))
"""Cardiac Pacemaker (SCT 118378005)."""

Catheter: Final[Code] = Code("SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112))
"""Catheter (SCT 19923001)."""

Clip: Final[Code] = Code("SCT", "77720000", "Clip", (6401, 7112))
"""Clip (SCT 77720000)."""

Collimator: Final[Code] = Code("SCT", "228761004", "Collimator", (6401,))
"""Collimator (SCT 228761004)."""

CompressionPaddle: Final[Code] = Code("SCT", "129460009", "Compression paddle", (6401,))
"""Compression paddle (SCT 129460009)."""

IDPlate: Final[Code] = Code("SCT", "129467007", "ID Plate", (6401,))
"""ID Plate (SCT 129467007)."""

Implant: Final[Code] = Code("SCT", "40388003", "Implant", (1000, 6054, 6401))
"""Implant (SCT 40388003)."""

JWire: Final[Code] = Code("SCT", "129463006", "J Wire", (6401,))
"""J Wire (SCT 129463006)."""

OpaqueMarker: Final[Code] = Code("SCT", "262301009", "Opaque Marker", (6401,))
"""Opaque Marker (SCT 262301009)."""

OtherMarker: Final[Code] = Code("DCM", "111175", "Other Marker", (6401,))
"""Other Marker (DCM 111175)."""

Staple: Final[Code] = Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002)."""

Suture: Final[Code] = Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BBShotLeadPellet,
    Bullet,
    CardiacPacemaker,
    Catheter,
    Clip,
    Collimator,
    CompressionPaddle,
    IDPlate,
    Implant,
    JWire,
    OpaqueMarker,
    OtherMarker,
    Staple,
    Suture,
)
"""The resolved membership: own members, then those of the included groups, in order."""
