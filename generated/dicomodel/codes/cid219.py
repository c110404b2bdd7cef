"""CID 219 Geometry Graphical Representation.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1304.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 219
NAME: Final[str] = "Geometry Graphical Representation"
KEYWORD: Final[str | None] = "GeometryGraphicalRepresentation"
UID: Final[str | None] = "1.2.840.10008.6.1.1304"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BoundedBy: Final[Code] = Code("SCT", "75958009", "Bounded by", (219,))
"""Bounded by (SCT 75958009)."""

Center: Final[Code] = Code("DCM", "111010", "Center", (219,))
"""Center (DCM 111010)."""

GeometricCenterpoint: Final[Code] = Code("DCM", "128137", "Geometric Centerpoint", (219, 1011))
"""Geometric Centerpoint (DCM 128137)."""

CenterOfMass: Final[Code] = Code("DCM", "128138", "Center of Mass", (219, 1011))
"""Center of Mass (DCM 128138)."""

Outline: Final[Code] = Code("DCM", "111041", "Outline", (219,))
"""Outline (DCM 111041)."""

Centerline: Final[Code] = Code("DCM", "130490", "Centerline", (219,))
"""Centerline (DCM 130490)."""

SeedPoint: Final[Code] = Code("DCM", "128139", "Seed point", (219,))
"""Seed point (DCM 128139)."""

RepresentativePoint: Final[Code] = Code("DCM", "128140", "Representative point", (219,))
"""Representative point (DCM 128140)."""

BoundaryPoint: Final[Code] = Code("DCM", "128141", "Boundary point", (219,))
"""Boundary point (DCM 128141)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BoundedBy,
    Center,
    GeometricCenterpoint,
    CenterOfMass,
    Outline,
    Centerline,
    SeedPoint,
    RepresentativePoint,
    BoundaryPoint,
)
"""The resolved membership: own members, then those of the included groups, in order."""
