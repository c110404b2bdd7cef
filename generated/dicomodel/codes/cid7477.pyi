"""CID 7477 Global Shape Descriptor.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1270.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

VolumeOfMesh: _Final[_groups.Cid7477Code]
VolumeFromVoxelSummation: _Final[_groups.Cid7477Code]
SurfaceAreaOfMesh: _Final[_groups.Cid7477Code]
SurfaceToVolumeRatio: _Final[_groups.Cid7477Code]
Compactness1: _Final[_groups.Cid7477Code]
Compactness2: _Final[_groups.Cid7477Code]
SphericalDisproportion: _Final[_groups.Cid7477Code]
Sphericity: _Final[_groups.Cid7477Code]
Asphericity: _Final[_groups.Cid7477Code]
CentreOfMassShift: _Final[_groups.Cid7477Code]
Maximum3DDiameterOfAMesh: _Final[_groups.Cid7477Code]
MajorAxisIn3DLength: _Final[_groups.Cid7477Code]
MinorAxisIn3DLength: _Final[_groups.Cid7477Code]
LeastAxisIn3DLength: _Final[_groups.Cid7477Code]
Elongation: _Final[_groups.Cid7477Code]
Flatness: _Final[_groups.Cid7477Code]
VolumeDensityInFrameOfReferenceAxisAlignedBoundingBox: _Final[_groups.Cid7477Code]
AreaDensityInFrameOfReferenceAxisAlignedBoundingBox: _Final[_groups.Cid7477Code]
VolumeDensityInOrientedMinimumBoundingBox: _Final[_groups.Cid7477Code]
AreaDensityInOrientedMinimumBoundingBox: _Final[_groups.Cid7477Code]
VolumeDensityInApproximateEnclosingEllipsoid: _Final[_groups.Cid7477Code]
AreaDensityInApproximateEnclosingEllipsoid: _Final[_groups.Cid7477Code]
VolumeDensityInMinimumVolumeEnclosingEllipsoid: _Final[_groups.Cid7477Code]
AreaDensityInMinimumVolumeEnclosingEllipsoid: _Final[_groups.Cid7477Code]
VolumeDensityInConvexHull: _Final[_groups.Cid7477Code]
AreaDensityInConvexHull: _Final[_groups.Cid7477Code]
IntegratedIntensity: _Final[_groups.Cid7477Code]
MoranIIndex: _Final[_groups.Cid7477Code]
GearyCMeasure: _Final[_groups.Cid7477Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7477Code]]
