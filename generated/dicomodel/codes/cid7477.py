"""CID 7477 Global Shape Descriptor.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1270.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7477
NAME: _Final[str] = "Global Shape Descriptor"
KEYWORD: _Final[str | None] = "GlobalShapeDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.1270"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VolumeOfMesh: _Final[_Code] = _Code("IBSI", "RNU0", "Volume of Mesh", (7472, 7477))
"""Volume of Mesh (IBSI RNU0)."""

VolumeFromVoxelSummation: _Final[_Code] = _Code(
    "IBSI", "YEKZ", "Volume from Voxel Summation", (7472, 7477)
)
"""Volume from Voxel Summation (IBSI YEKZ)."""

SurfaceAreaOfMesh: _Final[_Code] = _Code("IBSI", "C0JK", "Surface Area of Mesh", (7471, 7477))
"""Surface Area of Mesh (IBSI C0JK)."""

SurfaceToVolumeRatio: _Final[_Code] = _Code("IBSI", "2PR5", "Surface to Volume Ratio", (7477,))
"""Surface to Volume Ratio (IBSI 2PR5)."""

Compactness1: _Final[_Code] = _Code("IBSI", "SKGS", "Compactness 1", (7477,))
"""Compactness 1 (IBSI SKGS)."""

Compactness2: _Final[_Code] = _Code("IBSI", "BQWJ", "Compactness 2", (7477,))
"""Compactness 2 (IBSI BQWJ)."""

SphericalDisproportion: _Final[_Code] = _Code("IBSI", "KRCK", "Spherical Disproportion", (7477,))
"""Spherical Disproportion (IBSI KRCK)."""

Sphericity: _Final[_Code] = _Code("IBSI", "QCFX", "Sphericity", (7477,))
"""Sphericity (IBSI QCFX)."""

Asphericity: _Final[_Code] = _Code("IBSI", "25C7", "Asphericity", (7477,))
"""Asphericity (IBSI 25C7)."""

CentreOfMassShift: _Final[_Code] = _Code("IBSI", "KLMA", "Centre of Mass Shift", (7477,))
"""Centre of Mass Shift (IBSI KLMA)."""

Maximum3DDiameterOfAMesh: _Final[_Code] = _Code(
    "IBSI", "L0JK", "Maximum 3D Diameter of a Mesh", (7470, 7477)
)
"""Maximum 3D Diameter of a Mesh (IBSI L0JK)."""

MajorAxisIn3DLength: _Final[_Code] = _Code("IBSI", "TDIC", "Major Axis in 3D Length", (7470, 7477))
"""Major Axis in 3D Length (IBSI TDIC)."""

MinorAxisIn3DLength: _Final[_Code] = _Code("IBSI", "P9VJ", "Minor Axis in 3D Length", (7470, 7477))
"""Minor Axis in 3D Length (IBSI P9VJ)."""

LeastAxisIn3DLength: _Final[_Code] = _Code("IBSI", "7J51", "Least Axis in 3D Length", (7470, 7477))
"""Least Axis in 3D Length (IBSI 7J51)."""

Elongation: _Final[_Code] = _Code("IBSI", "Q3CK", "Elongation", (7477,))
"""Elongation (IBSI Q3CK)."""

Flatness: _Final[_Code] = _Code("IBSI", "N17B", "Flatness", (7477,))
"""Flatness (IBSI N17B)."""

VolumeDensityInFrameOfReferenceAxisAlignedBoundingBox: _Final[_Code] = _Code(
    "IBSI", "PBX1", "Volume Density in Frame of Reference Axis Aligned Bounding Box", (7477,)
)
"""Volume Density in Frame of Reference Axis Aligned Bounding Box (IBSI PBX1)."""

AreaDensityInFrameOfReferenceAxisAlignedBoundingBox: _Final[_Code] = _Code(
    "IBSI", "R59B", "Area Density in Frame of Reference Axis Aligned Bounding Box", (7477,)
)
"""Area Density in Frame of Reference Axis Aligned Bounding Box (IBSI R59B)."""

VolumeDensityInOrientedMinimumBoundingBox: _Final[_Code] = _Code(
    "IBSI", "ZH1A", "Volume Density in Oriented Minimum Bounding Box", (7477,)
)
"""Volume Density in Oriented Minimum Bounding Box (IBSI ZH1A)."""

AreaDensityInOrientedMinimumBoundingBox: _Final[_Code] = _Code(
    "IBSI", "IQYR", "Area Density in Oriented Minimum Bounding Box", (7477,)
)
"""Area Density in Oriented Minimum Bounding Box (IBSI IQYR)."""

VolumeDensityInApproximateEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "6BDE", "Volume Density in Approximate Enclosing Ellipsoid", (7477,)
)
"""Volume Density in Approximate Enclosing Ellipsoid (IBSI 6BDE)."""

AreaDensityInApproximateEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "RDD2", "Area Density in Approximate Enclosing Ellipsoid", (7477,)
)
"""Area Density in Approximate Enclosing Ellipsoid (IBSI RDD2)."""

VolumeDensityInMinimumVolumeEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "SWZ1", "Volume Density in Minimum Volume Enclosing Ellipsoid", (7477,)
)
"""Volume Density in Minimum Volume Enclosing Ellipsoid (IBSI SWZ1)."""

AreaDensityInMinimumVolumeEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "BRI8", "Area Density in Minimum Volume Enclosing Ellipsoid", (7477,)
)
"""Area Density in Minimum Volume Enclosing Ellipsoid (IBSI BRI8)."""

VolumeDensityInConvexHull: _Final[_Code] = _Code(
    "IBSI", "R3ER", "Volume Density in Convex Hull", (7477,)
)
"""Volume Density in Convex Hull (IBSI R3ER)."""

AreaDensityInConvexHull: _Final[_Code] = _Code(
    "IBSI", "7T7F", "Area Density in Convex Hull", (7477,)
)
"""Area Density in Convex Hull (IBSI 7T7F)."""

IntegratedIntensity: _Final[_Code] = _Code("IBSI", "99N0", "Integrated Intensity", (7477,))
"""Integrated Intensity (IBSI 99N0)."""

MoranIIndex: _Final[_Code] = _Code("IBSI", "N365", "Moran's I Index", (7477,))
"""Moran's I Index (IBSI N365)."""

GearyCMeasure: _Final[_Code] = _Code("IBSI", "NPT7", "Geary's C Measure", (7477,))
"""Geary's C Measure (IBSI NPT7)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
