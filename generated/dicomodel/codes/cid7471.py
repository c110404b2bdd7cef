"""CID 7471 Area Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.525.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7471
NAME: Final[str] = "Area Measurement"
KEYWORD: Final[str | None] = "AreaMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.525"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190121"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Area: Final[Code] = Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000)."""

AreaOfDefinedRegion: Final[Code] = Code("SCT", "131184002", "Area of defined region", (7471, 12308))
"""Area of defined region (SCT 131184002)."""

SurfaceAreaOfMesh: Final[Code] = Code("IBSI", "C0JK", "Surface Area of Mesh", (7471, 7477))
"""Surface Area of Mesh (IBSI C0JK)."""

MEMBERS: Final[tuple[Code, ...]] = (Area, AreaOfDefinedRegion, SurfaceAreaOfMesh)
"""The resolved membership: own members, then those of the included groups, in order."""
