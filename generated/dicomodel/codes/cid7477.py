"""CID 7477 Global Shape Descriptor.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1270.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7477
NAME: Final[str] = "Global Shape Descriptor"
KEYWORD: Final[str | None] = "GlobalShapeDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.1270"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190121"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VolumeOfMesh: Final[Code] = Code("IBSI", "RNU0", "Volume of Mesh", (7472, 7477))
"""Volume of Mesh (IBSI RNU0)."""

VolumeFromVoxelSummation: Final[Code] = Code(
    "IBSI", "YEKZ", "Volume from Voxel Summation", (7472, 7477)
)
"""Volume from Voxel Summation (IBSI YEKZ)."""

SurfaceAreaOfMesh: Final[Code] = Code("IBSI", "C0JK", "Surface Area of Mesh", (7471, 7477))
"""Surface Area of Mesh (IBSI C0JK)."""

SurfaceToVolumeRatio: Final[Code] = Code("IBSI", "2PR5", "Surface to Volume Ratio", (7477,))
"""Surface to Volume Ratio (IBSI 2PR5)."""

Compactness1: Final[Code] = Code("IBSI", "SKGS", "Compactness 1", (7477,))
"""Compactness 1 (IBSI SKGS)."""

Compactness2: Final[Code] = Code("IBSI", "BQWJ", "Compactness 2", (7477,))
"""Compactness 2 (IBSI BQWJ)."""

SphericalDisproportion: Final[Code] = Code("IBSI", "KRCK", "Spherical Disproportion", (7477,))
"""Spherical Disproportion (IBSI KRCK)."""

Sphericity: Final[Code] = Code("IBSI", "QCFX", "Sphericity", (7477,))
"""Sphericity (IBSI QCFX)."""

Asphericity: Final[Code] = Code("IBSI", "25C7", "Asphericity", (7477,))
"""Asphericity (IBSI 25C7)."""

CentreOfMassShift: Final[Code] = Code("IBSI", "KLMA", "Centre of Mass Shift", (7477,))
"""Centre of Mass Shift (IBSI KLMA)."""

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

Elongation: Final[Code] = Code("IBSI", "Q3CK", "Elongation", (7477,))
"""Elongation (IBSI Q3CK)."""

Flatness: Final[Code] = Code("IBSI", "N17B", "Flatness", (7477,))
"""Flatness (IBSI N17B)."""

VolumeDensityInFrameOfReferenceAxisAlignedBoundingBox: Final[Code] = Code(
    "IBSI", "PBX1", "Volume Density in Frame of Reference Axis Aligned Bounding Box", (7477,)
)
"""Volume Density in Frame of Reference Axis Aligned Bounding Box (IBSI PBX1)."""

AreaDensityInFrameOfReferenceAxisAlignedBoundingBox: Final[Code] = Code(
    "IBSI", "R59B", "Area Density in Frame of Reference Axis Aligned Bounding Box", (7477,)
)
"""Area Density in Frame of Reference Axis Aligned Bounding Box (IBSI R59B)."""

VolumeDensityInOrientedMinimumBoundingBox: Final[Code] = Code(
    "IBSI", "ZH1A", "Volume Density in Oriented Minimum Bounding Box", (7477,)
)
"""Volume Density in Oriented Minimum Bounding Box (IBSI ZH1A)."""

AreaDensityInOrientedMinimumBoundingBox: Final[Code] = Code(
    "IBSI", "IQYR", "Area Density in Oriented Minimum Bounding Box", (7477,)
)
"""Area Density in Oriented Minimum Bounding Box (IBSI IQYR)."""

VolumeDensityInApproximateEnclosingEllipsoid: Final[Code] = Code(
    "IBSI", "6BDE", "Volume Density in Approximate Enclosing Ellipsoid", (7477,)
)
"""Volume Density in Approximate Enclosing Ellipsoid (IBSI 6BDE)."""

AreaDensityInApproximateEnclosingEllipsoid: Final[Code] = Code(
    "IBSI", "RDD2", "Area Density in Approximate Enclosing Ellipsoid", (7477,)
)
"""Area Density in Approximate Enclosing Ellipsoid (IBSI RDD2)."""

VolumeDensityInMinimumVolumeEnclosingEllipsoid: Final[Code] = Code(
    "IBSI", "SWZ1", "Volume Density in Minimum Volume Enclosing Ellipsoid", (7477,)
)
"""Volume Density in Minimum Volume Enclosing Ellipsoid (IBSI SWZ1)."""

AreaDensityInMinimumVolumeEnclosingEllipsoid: Final[Code] = Code(
    "IBSI", "BRI8", "Area Density in Minimum Volume Enclosing Ellipsoid", (7477,)
)
"""Area Density in Minimum Volume Enclosing Ellipsoid (IBSI BRI8)."""

VolumeDensityInConvexHull: Final[Code] = Code(
    "IBSI", "R3ER", "Volume Density in Convex Hull", (7477,)
)
"""Volume Density in Convex Hull (IBSI R3ER)."""

AreaDensityInConvexHull: Final[Code] = Code("IBSI", "7T7F", "Area Density in Convex Hull", (7477,))
"""Area Density in Convex Hull (IBSI 7T7F)."""

IntegratedIntensity: Final[Code] = Code("IBSI", "99N0", "Integrated Intensity", (7477,))
"""Integrated Intensity (IBSI 99N0)."""

MoranIIndex: Final[Code] = Code("IBSI", "N365", "Moran's I Index", (7477,))
"""Moran's I Index (IBSI N365)."""

GearyCMeasure: Final[Code] = Code("IBSI", "NPT7", "Geary's C Measure", (7477,))
"""Geary's C Measure (IBSI NPT7)."""

MEMBERS: Final[tuple[Code, ...]] = (
    VolumeOfMesh,
    VolumeFromVoxelSummation,
    SurfaceAreaOfMesh,
    SurfaceToVolumeRatio,
    Compactness1,
    Compactness2,
    SphericalDisproportion,
    Sphericity,
    Asphericity,
    CentreOfMassShift,
    Maximum3DDiameterOfAMesh,
    MajorAxisIn3DLength,
    MinorAxisIn3DLength,
    LeastAxisIn3DLength,
    Elongation,
    Flatness,
    VolumeDensityInFrameOfReferenceAxisAlignedBoundingBox,
    AreaDensityInFrameOfReferenceAxisAlignedBoundingBox,
    VolumeDensityInOrientedMinimumBoundingBox,
    AreaDensityInOrientedMinimumBoundingBox,
    VolumeDensityInApproximateEnclosingEllipsoid,
    AreaDensityInApproximateEnclosingEllipsoid,
    VolumeDensityInMinimumVolumeEnclosingEllipsoid,
    AreaDensityInMinimumVolumeEnclosingEllipsoid,
    VolumeDensityInConvexHull,
    AreaDensityInConvexHull,
    IntegratedIntensity,
    MoranIIndex,
    GearyCMeasure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
