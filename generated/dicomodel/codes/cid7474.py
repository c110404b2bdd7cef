"""CID 7474 General Volume Calculation Method.

Extensible, version 20200920, UID 1.2.840.10008.6.1.528.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7474
NAME: _Final[str] = "General Volume Calculation Method"
KEYWORD: _Final[str | None] = "GeneralVolumeCalculationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.528"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200920"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IntegrationOfSumOfClosedAreasOnContiguousSlicesMethodForVolume: _Final[_Code] = _Code(
    "DCM",
    "122503",
    "Integration of sum of closed areas on contiguous slices method for volume",
    (7474,),
)
"""Integration of sum of closed areas on contiguous slices method for volume (DCM 122503)."""

SumOfSegmentedVoxelMethodForVolume: _Final[_Code] = _Code(
    "DCM", "126030", "Sum of segmented voxel method for volume", (7474,)
)
"""Sum of segmented voxel method for volume (DCM 126030)."""

LWHMethodForVolumeOfEllipsoid: _Final[_Code] = _Code(
    "DCM", "126029", "LWH method for volume of ellipsoid", (7474,)
)
"""LWH method for volume of ellipsoid (DCM 126029)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IntegrationOfSumOfClosedAreasOnContiguousSlicesMethodForVolume,
    SumOfSegmentedVoxelMethodForVolume,
    LWHMethodForVolumeOfEllipsoid,
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
