"""CID 7472 Volume Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.526.

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
Volume: _Final[_Code]
VolumeEstimatedFromSingle2DRegion: _Final[_Code]
VolumeEstimatedFromTwoNonCoplanar2DRegions: _Final[_Code]
VolumeEstimatedFromThreeOrMoreNonCoplanar2DRegions: _Final[_Code]
VolumeOfSphere: _Final[_Code]
VolumeOfEllipsoid: _Final[_Code]
VolumeOfCircumscribedSphere: _Final[_Code]
VolumeOfBoundingThreeDimensionalRegion: _Final[_Code]
VolumeOfMesh: _Final[_Code]
VolumeFromVoxelSummation: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
