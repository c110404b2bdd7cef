"""CID 7470 Linear Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.524.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7470
NAME: Final[str] = "Linear Measurement"
KEYWORD: Final[str | None] = "LinearMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.524"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200920"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Length: Final[Code] = Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003)."""

PathLength: Final[Code] = Code("DCM", "121211", "Path length", (7470,))
"""Path length (DCM 121211)."""

Distance: Final[Code] = Code("DCM", "121206", "Distance", (7470, 10069))
"""Distance (DCM 121206)."""

Width: Final[Code] = Code("SCT", "103355008", "Width", (7470,))
"""Width (SCT 103355008)."""

Depth: Final[Code] = Code("SCT", "131197000", "Depth", (7470,))
"""Depth (SCT 131197000)."""

Diameter: Final[Code] = Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009)."""

LongAxis: Final[Code] = Code("SCT", "103339001", "Long Axis", (6, 6166, 7470))
"""Long Axis (SCT 103339001)."""

ShortAxis: Final[Code] = Code("SCT", "103340004", "Short Axis", (6, 27, 6166, 7470))
"""Short Axis (SCT 103340004)."""

MajorAxis: Final[Code] = Code("SCT", "131187009", "Major Axis", (7470, 12250))
"""Major Axis (SCT 131187009)."""

MinorAxis: Final[Code] = Code("SCT", "131188004", "Minor Axis", (7470, 12250, 12304))
"""Minor Axis (SCT 131188004)."""

PerpendicularAxis: Final[Code] = Code("SCT", "131189007", "Perpendicular Axis", (7470,))
"""Perpendicular Axis (SCT 131189007)."""

Radius: Final[Code] = Code("SCT", "131190003", "Radius", (7470, 12250))
"""Radius (SCT 131190003)."""

Perimeter: Final[Code] = Code("SCT", "131191004", "Perimeter", (7470,))
"""Perimeter (SCT 131191004)."""

Circumference: Final[Code] = Code("SCT", "74551000", "Circumference", (7470, 12250))
"""Circumference (SCT 74551000)."""

DiameterOfCircumscribedCircle: Final[Code] = Code(
    "SCT", "131192006", "Diameter of circumscribed circle", (7470,)
)
"""Diameter of circumscribed circle (SCT 131192006)."""

Height: Final[Code] = Code("DCM", "121207", "Height", (7470,))
"""Height (DCM 121207)."""

LineSegmentLength: Final[Code] = Code("DCM", "121227", "Line segment length", (7470,))
"""Line segment length (DCM 121227)."""

Maximum3DDiameterOfAMesh: Final[Code] = Code(
    "IBSI", "L0JK", "Maximum 3D Diameter of a Mesh", (7470, 7477)
)
"""Maximum 3D Diameter of a Mesh (IBSI L0JK)."""

MajorAxisIn3DLength: Final[Code] = Code("IBSI", "TDIC", "Major Axis in 3D Length", (7470, 7477))
"""Major Axis in 3D Length (IBSI TDIC)."""

MinorAxisIn3DLength: Final[Code] = Code("IBSI", "P9VJ", "Minor Axis in 3D Length", (7470, 7477))
"""Minor Axis in 3D Length (IBSI P9VJ)."""

LeastAxisIn3DLength: Final[Code] = Code("IBSI", "7J51", "Least Axis in 3D Length", (7470, 7477))
"""Least Axis in 3D Length (IBSI 7J51)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
