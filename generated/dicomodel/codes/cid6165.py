"""CID 6165 Breast Linear Measurement.

Extensible, version 20050822, UID 1.2.840.10008.6.1.479.
Includes CID 7470.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6165
NAME: _Final[str] = "Breast Linear Measurement"
KEYWORD: _Final[str | None] = "BreastLinearMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.479"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = (7470,)
EXTERNAL_SCHEME: _Final[str | None] = None

DistanceFromNipple: _Final[_Code] = _Code("DCM", "121242", "Distance from nipple", (6165,))
"""Distance from nipple (DCM 121242)."""

DistanceFromSkin: _Final[_Code] = _Code("DCM", "121243", "Distance from skin", (6165,))
"""Distance from skin (DCM 121243)."""

DistanceFromChestWall: _Final[_Code] = _Code("DCM", "121244", "Distance from chest wall", (6165,))
"""Distance from chest wall (DCM 121244)."""

Length: _Final[_Code] = _Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003). Included from CID 7470."""

PathLength: _Final[_Code] = _Code("DCM", "121211", "Path length", (7470,))
"""Path length (DCM 121211). Included from CID 7470."""

Distance: _Final[_Code] = _Code("DCM", "121206", "Distance", (7470, 10069))
"""Distance (DCM 121206). Included from CID 7470."""

Width: _Final[_Code] = _Code("SCT", "103355008", "Width", (7470,))
"""Width (SCT 103355008). Included from CID 7470."""

Depth: _Final[_Code] = _Code("SCT", "131197000", "Depth", (7470,))
"""Depth (SCT 131197000). Included from CID 7470."""

Diameter: _Final[_Code] = _Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009). Included from CID 7470."""

LongAxis: _Final[_Code] = _Code("SCT", "103339001", "Long Axis", (6, 6166, 7470))
"""Long Axis (SCT 103339001). Included from CID 7470."""

ShortAxis: _Final[_Code] = _Code("SCT", "103340004", "Short Axis", (6, 27, 6166, 7470))
"""Short Axis (SCT 103340004). Included from CID 7470."""

MajorAxis: _Final[_Code] = _Code("SCT", "131187009", "Major Axis", (7470, 12250))
"""Major Axis (SCT 131187009). Included from CID 7470."""

MinorAxis: _Final[_Code] = _Code("SCT", "131188004", "Minor Axis", (7470, 12250, 12304))
"""Minor Axis (SCT 131188004). Included from CID 7470."""

PerpendicularAxis: _Final[_Code] = _Code("SCT", "131189007", "Perpendicular Axis", (7470,))
"""Perpendicular Axis (SCT 131189007). Included from CID 7470."""

Radius: _Final[_Code] = _Code("SCT", "131190003", "Radius", (7470, 12250))
"""Radius (SCT 131190003). Included from CID 7470."""

Perimeter: _Final[_Code] = _Code("SCT", "131191004", "Perimeter", (7470,))
"""Perimeter (SCT 131191004). Included from CID 7470."""

Circumference: _Final[_Code] = _Code("SCT", "74551000", "Circumference", (7470, 12250))
"""Circumference (SCT 74551000). Included from CID 7470."""

DiameterOfCircumscribedCircle: _Final[_Code] = _Code(
    "SCT", "131192006", "Diameter of circumscribed circle", (7470,)
)
"""Diameter of circumscribed circle (SCT 131192006). Included from CID 7470."""

Height: _Final[_Code] = _Code("DCM", "121207", "Height", (7470,))
"""Height (DCM 121207). Included from CID 7470."""

LineSegmentLength: _Final[_Code] = _Code("DCM", "121227", "Line segment length", (7470,))
"""Line segment length (DCM 121227). Included from CID 7470."""

Maximum3DDiameterOfAMesh: _Final[_Code] = _Code(
    "IBSI", "L0JK", "Maximum 3D Diameter of a Mesh", (7470, 7477)
)
"""Maximum 3D Diameter of a Mesh (IBSI L0JK). Included from CID 7470."""

MajorAxisIn3DLength: _Final[_Code] = _Code("IBSI", "TDIC", "Major Axis in 3D Length", (7470, 7477))
"""Major Axis in 3D Length (IBSI TDIC). Included from CID 7470."""

MinorAxisIn3DLength: _Final[_Code] = _Code("IBSI", "P9VJ", "Minor Axis in 3D Length", (7470, 7477))
"""Minor Axis in 3D Length (IBSI P9VJ). Included from CID 7470."""

LeastAxisIn3DLength: _Final[_Code] = _Code("IBSI", "7J51", "Least Axis in 3D Length", (7470, 7477))
"""Least Axis in 3D Length (IBSI 7J51). Included from CID 7470."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DistanceFromNipple,
    DistanceFromSkin,
    DistanceFromChestWall,
    Length,
    PathLength,
    Distance,
    Width,
    Depth,
    Diameter,
    LongAxis,
    ShortAxis,
    MajorAxis,
    MinorAxis,
    PerpendicularAxis,
    Radius,
    Perimeter,
    Circumference,
    DiameterOfCircumscribedCircle,
    Height,
    LineSegmentLength,
    Maximum3DDiameterOfAMesh,
    MajorAxisIn3DLength,
    MinorAxisIn3DLength,
    LeastAxisIn3DLength,
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
