"""CID 6040 Non-lesion Object Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.370.
Includes CID 6401, CID 6402, CID 6403.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6040
NAME: Final[str] = "Non-lesion Object Type"
KEYWORD: Final[str | None] = "NonLesionObjectType"
UID: Final[str | None] = "1.2.840.10008.6.1.370"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = (6401, 6402, 6403)
EXTERNAL_SCHEME: Final[str | None] = None

Unspecified: Final[Code] = Code("DCM", "111176", "Unspecified", (6040,))
"""Unspecified (DCM 111176)."""

BBShotLeadPellet: Final[Code] = Code("SCT", "102378009", "BB shot (Lead Pellet)", (6401, 7112))
"""BB shot (Lead Pellet) (SCT 102378009). Included from CID 6401."""

Bullet: Final[Code] = Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002). Included from CID 6401."""

CardiacPacemaker: Final[Code] = Code("SCT", "118378005", "Cardiac Pacemaker", (6401,))
"""Cardiac Pacemaker (SCT 118378005). Included from CID 6401."""

Catheter: Final[Code] = Code("SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112))
"""Catheter (SCT 19923001). Included from CID 6401."""

Clip: Final[Code] = Code("SCT", "77720000", "Clip", (6401, 7112))
"""Clip (SCT 77720000). Included from CID 6401."""

Collimator: Final[Code] = Code("SCT", "228761004", "Collimator", (6401,))
"""Collimator (SCT 228761004). Included from CID 6401."""

CompressionPaddle: Final[Code] = Code("SCT", "129460009", "Compression paddle", (6401,))
"""Compression paddle (SCT 129460009). Included from CID 6401."""

IDPlate: Final[Code] = Code("SCT", "129467007", "ID Plate", (6401,))
"""ID Plate (SCT 129467007). Included from CID 6401."""

Implant: Final[Code] = Code("SCT", "40388003", "Implant", (1000, 6054, 6401))
"""Implant (SCT 40388003). Included from CID 6401."""

JWire: Final[Code] = Code("SCT", "129463006", "J Wire", (6401,))
"""J Wire (SCT 129463006). Included from CID 6401."""

OpaqueMarker: Final[Code] = Code("SCT", "262301009", "Opaque Marker", (6401,))
"""Opaque Marker (SCT 262301009). Included from CID 6401."""

OtherMarker: Final[Code] = Code("DCM", "111175", "Other Marker", (6401,))
"""Other Marker (DCM 111175). Included from CID 6401."""

Staple: Final[Code] = Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002). Included from CID 6401."""

Suture: Final[Code] = Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002). Included from CID 6401."""

ContrastAgent: Final[Code] = Code("SCT", "7140000", "Contrast agent", (12, 6402))
"""Contrast agent (SCT 7140000). Included from CID 6402."""

ScarTissue: Final[Code] = Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003). Included from CID 6403."""

MEMBERS: Final[tuple[Code, ...]] = (
    Unspecified,
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
    ContrastAgent,
    ScarTissue,
)
"""The resolved membership: own members, then those of the included groups, in order."""
