"""CID 7472 Volume Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.526.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7472
NAME: _Final[str] = "Volume Measurement"
KEYWORD: _Final[str | None] = "VolumeMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.526"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Volume: _Final[_Code] = _Code(
    "SCT", "118565006", "Volume", (3423, 4050, 7472, 12257, 12258, 12265, 12304)
)
"""Volume (SCT 118565006)."""

VolumeEstimatedFromSingle2DRegion: _Final[_Code] = _Code(
    "DCM", "121216", "Volume estimated from single 2D region", (3471, 7472)
)
"""Volume estimated from single 2D region (DCM 121216)."""

VolumeEstimatedFromTwoNonCoplanar2DRegions: _Final[_Code] = _Code(
    "DCM", "121218", "Volume estimated from two non-coplanar 2D regions", (3471, 7472)
)
"""Volume estimated from two non-coplanar 2D regions (DCM 121218)."""

VolumeEstimatedFromThreeOrMoreNonCoplanar2DRegions: _Final[_Code] = _Code(
    "DCM", "121217", "Volume estimated from three or more non-coplanar 2D regions", (7472,)
)
"""Volume estimated from three or more non-coplanar 2D regions (DCM 121217)."""

VolumeOfSphere: _Final[_Code] = _Code("DCM", "121222", "Volume of sphere", (7472,))
"""Volume of sphere (DCM 121222)."""

VolumeOfEllipsoid: _Final[_Code] = _Code("DCM", "121221", "Volume of ellipsoid", (7472,))
"""Volume of ellipsoid (DCM 121221)."""

VolumeOfCircumscribedSphere: _Final[_Code] = _Code(
    "DCM", "121220", "Volume of circumscribed sphere", (7472,)
)
"""Volume of circumscribed sphere (DCM 121220)."""

VolumeOfBoundingThreeDimensionalRegion: _Final[_Code] = _Code(
    "DCM", "121219", "Volume of bounding three dimensional region", (7472,)
)
"""Volume of bounding three dimensional region (DCM 121219)."""

VolumeOfMesh: _Final[_Code] = _Code("IBSI", "RNU0", "Volume of Mesh", (7472, 7477))
"""Volume of Mesh (IBSI RNU0)."""

VolumeFromVoxelSummation: _Final[_Code] = _Code(
    "IBSI", "YEKZ", "Volume from Voxel Summation", (7472, 7477)
)
"""Volume from Voxel Summation (IBSI YEKZ)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Volume,
    VolumeEstimatedFromSingle2DRegion,
    VolumeEstimatedFromTwoNonCoplanar2DRegions,
    VolumeEstimatedFromThreeOrMoreNonCoplanar2DRegions,
    VolumeOfSphere,
    VolumeOfEllipsoid,
    VolumeOfCircumscribedSphere,
    VolumeOfBoundingThreeDimensionalRegion,
    VolumeOfMesh,
    VolumeFromVoxelSummation,
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
