"""CID 3471 Estimated Volume.

Extensible, version 20040614, UID 1.2.840.10008.6.1.113.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3471
NAME: Final[str] = "Estimated Volume"
KEYWORD: Final[str | None] = "EstimatedVolume"
UID: Final[str | None] = "1.2.840.10008.6.1.113"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VolumeEstimatedFromSingle2DRegion: Final[Code] = Code(
    "DCM", "121216", "Volume estimated from single 2D region", (3471, 7472)
)
"""Volume estimated from single 2D region (DCM 121216)."""

VolumeEstimatedFromTwoNonCoplanar2DRegions: Final[Code] = Code(
    "DCM", "121218", "Volume estimated from two non-coplanar 2D regions", (3471, 7472)
)
"""Volume estimated from two non-coplanar 2D regions (DCM 121218)."""

MEMBERS: Final[tuple[Code, ...]] = (
    VolumeEstimatedFromSingle2DRegion,
    VolumeEstimatedFromTwoNonCoplanar2DRegions,
)
"""The resolved membership: own members, then those of the included groups, in order."""
