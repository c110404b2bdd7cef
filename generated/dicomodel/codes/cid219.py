"""CID 219 Geometry Graphical Representation.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1304.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 219
NAME: _Final[str] = "Geometry Graphical Representation"
KEYWORD: _Final[str | None] = "GeometryGraphicalRepresentation"
UID: _Final[str | None] = "1.2.840.10008.6.1.1304"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BoundedBy: _Final[_Code] = _Code("SCT", "75958009", "Bounded by", (219,))
"""Bounded by (SCT 75958009)."""

Center: _Final[_Code] = _Code("DCM", "111010", "Center", (219,))
"""Center (DCM 111010)."""

GeometricCenterpoint: _Final[_Code] = _Code("DCM", "128137", "Geometric Centerpoint", (219, 1011))
"""Geometric Centerpoint (DCM 128137)."""

CenterOfMass: _Final[_Code] = _Code("DCM", "128138", "Center of Mass", (219, 1011))
"""Center of Mass (DCM 128138)."""

Outline: _Final[_Code] = _Code("DCM", "111041", "Outline", (219,))
"""Outline (DCM 111041)."""

Centerline: _Final[_Code] = _Code("DCM", "130490", "Centerline", (219,))
"""Centerline (DCM 130490)."""

SeedPoint: _Final[_Code] = _Code("DCM", "128139", "Seed point", (219,))
"""Seed point (DCM 128139)."""

RepresentativePoint: _Final[_Code] = _Code("DCM", "128140", "Representative point", (219,))
"""Representative point (DCM 128140)."""

BoundaryPoint: _Final[_Code] = _Code("DCM", "128141", "Boundary point", (219,))
"""Boundary point (DCM 128141)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
