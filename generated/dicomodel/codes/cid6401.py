"""CID 6401 Non-lesion Object Type - Physical Object.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1185.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6401
NAME: _Final[str] = "Non-lesion Object Type - Physical Object"
KEYWORD: _Final[str | None] = "NonLesionObjectTypePhysicalObject"
UID: _Final[str | None] = "1.2.840.10008.6.1.1185"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BBShotLeadPellet: _Final[_Code] = _Code("SCT", "102378009", "BB shot (Lead Pellet)", (6401, 7112))
"""BB shot (Lead Pellet) (SCT 102378009)."""

Bullet: _Final[_Code] = _Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002)."""

CardiacPacemaker: _Final[_Code] = _Code("SCT", "118378005", "Cardiac Pacemaker", (6401,))
"""Cardiac Pacemaker (SCT 118378005)."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001)."""

Clip: _Final[_Code] = _Code("SCT", "77720000", "Clip", (6401, 7112))
"""Clip (SCT 77720000)."""

Collimator: _Final[_Code] = _Code("SCT", "228761004", "Collimator", (6401,))
"""Collimator (SCT 228761004)."""

CompressionPaddle: _Final[_Code] = _Code("SCT", "129460009", "Compression paddle", (6401,))
"""Compression paddle (SCT 129460009)."""

IDPlate: _Final[_Code] = _Code("SCT", "129467007", "ID Plate", (6401,))
"""ID Plate (SCT 129467007)."""

Implant: _Final[_Code] = _Code("SCT", "40388003", "Implant", (1000, 6054, 6401))
"""Implant (SCT 40388003)."""

JWire: _Final[_Code] = _Code("SCT", "129463006", "J Wire", (6401,))
"""J Wire (SCT 129463006)."""

OpaqueMarker: _Final[_Code] = _Code("SCT", "262301009", "Opaque Marker", (6401,))
"""Opaque Marker (SCT 262301009)."""

OtherMarker: _Final[_Code] = _Code("DCM", "111175", "Other Marker", (6401,))
"""Other Marker (DCM 111175)."""

Staple: _Final[_Code] = _Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002)."""

Suture: _Final[_Code] = _Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
