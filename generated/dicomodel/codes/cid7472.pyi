"""CID 7472 Volume Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.526.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Volume: _Final[_groups.Cid7472Code]
VolumeEstimatedFromSingle2DRegion: _Final[_groups.Cid7472Code]
VolumeEstimatedFromTwoNonCoplanar2DRegions: _Final[_groups.Cid7472Code]
VolumeEstimatedFromThreeOrMoreNonCoplanar2DRegions: _Final[_groups.Cid7472Code]
VolumeOfSphere: _Final[_groups.Cid7472Code]
VolumeOfEllipsoid: _Final[_groups.Cid7472Code]
VolumeOfCircumscribedSphere: _Final[_groups.Cid7472Code]
VolumeOfBoundingThreeDimensionalRegion: _Final[_groups.Cid7472Code]
VolumeOfMesh: _Final[_groups.Cid7472Code]
VolumeFromVoxelSummation: _Final[_groups.Cid7472Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7472Code]]
