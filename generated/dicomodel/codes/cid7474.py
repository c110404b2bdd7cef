"""CID 7474 General Volume Calculation Method.

Extensible, version 20200920, UID 1.2.840.10008.6.1.528.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7474
NAME: Final[str] = "General Volume Calculation Method"
KEYWORD: Final[str | None] = "GeneralVolumeCalculationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.528"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200920"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IntegrationOfSumOfClosedAreasOnContiguousSlicesMethodForVolume: Final[Code] = Code(
    "DCM",
    "122503",
    "Integration of sum of closed areas on contiguous slices method for volume",
    (7474,),
)
"""Integration of sum of closed areas on contiguous slices method for volume (DCM 122503)."""

SumOfSegmentedVoxelMethodForVolume: Final[Code] = Code(
    "DCM", "126030", "Sum of segmented voxel method for volume", (7474,)
)
"""Sum of segmented voxel method for volume (DCM 126030)."""

LWHMethodForVolumeOfEllipsoid: Final[Code] = Code(
    "DCM", "126029", "LWH method for volume of ellipsoid", (7474,)
)
"""LWH method for volume of ellipsoid (DCM 126029)."""

MEMBERS: Final[tuple[Code, ...]] = (
    IntegrationOfSumOfClosedAreasOnContiguousSlicesMethodForVolume,
    SumOfSegmentedVoxelMethodForVolume,
    LWHMethodForVolumeOfEllipsoid,
)
"""The resolved membership: own members, then those of the included groups, in order."""
