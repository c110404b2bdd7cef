"""CID 7472 Volume Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.526.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid7472Code, ...]]
