"""CID 7477 Global Shape Descriptor.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1270.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
VolumeOfMesh: _Final[_Code]
VolumeFromVoxelSummation: _Final[_Code]
SurfaceAreaOfMesh: _Final[_Code]
SurfaceToVolumeRatio: _Final[_Code]
Compactness1: _Final[_Code]
Compactness2: _Final[_Code]
SphericalDisproportion: _Final[_Code]
Sphericity: _Final[_Code]
Asphericity: _Final[_Code]
CentreOfMassShift: _Final[_Code]
Maximum3DDiameterOfAMesh: _Final[_Code]
MajorAxisIn3DLength: _Final[_Code]
MinorAxisIn3DLength: _Final[_Code]
LeastAxisIn3DLength: _Final[_Code]
Elongation: _Final[_Code]
Flatness: _Final[_Code]
VolumeDensityInFrameOfReferenceAxisAlignedBoundingBox: _Final[_Code]
AreaDensityInFrameOfReferenceAxisAlignedBoundingBox: _Final[_Code]
VolumeDensityInOrientedMinimumBoundingBox: _Final[_Code]
AreaDensityInOrientedMinimumBoundingBox: _Final[_Code]
VolumeDensityInApproximateEnclosingEllipsoid: _Final[_Code]
AreaDensityInApproximateEnclosingEllipsoid: _Final[_Code]
VolumeDensityInMinimumVolumeEnclosingEllipsoid: _Final[_Code]
AreaDensityInMinimumVolumeEnclosingEllipsoid: _Final[_Code]
VolumeDensityInConvexHull: _Final[_Code]
AreaDensityInConvexHull: _Final[_Code]
IntegratedIntensity: _Final[_Code]
MoranIIndex: _Final[_Code]
GearyCMeasure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
