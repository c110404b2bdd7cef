"""CID 7471 Area Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.525.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7471
NAME: _Final[str] = "Area Measurement"
KEYWORD: _Final[str | None] = "AreaMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.525"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Area: _Final[_Code] = _Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000)."""

AreaOfDefinedRegion: _Final[_Code] = _Code(
    "SCT", "131184002", "Area of defined region", (7471, 12308)
)
"""Area of defined region (SCT 131184002)."""

SurfaceAreaOfMesh: _Final[_Code] = _Code("IBSI", "C0JK", "Surface Area of Mesh", (7471, 7477))
"""Surface Area of Mesh (IBSI C0JK)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Area, AreaOfDefinedRegion, SurfaceAreaOfMesh)
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
