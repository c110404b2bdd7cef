"""CID 3460 Circumferential Extent.

Extensible, version 20040614, UID 1.2.840.10008.6.1.104.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3460
NAME: Final[str] = "Circumferential Extent"
KEYWORD: Final[str | None] = "CircumferentialExtent"
UID: Final[str | None] = "1.2.840.10008.6.1.104"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LADRegionInRAOProjection: Final[Code] = Code(
    "DCM", "122464", "LAD Region in RAO Projection", (3460,)
)
"""LAD Region in RAO Projection (DCM 122464)."""

RCARegionInRAOProjection: Final[Code] = Code(
    "DCM", "122465", "RCA Region in RAO Projection", (3460,)
)
"""RCA Region in RAO Projection (DCM 122465)."""

MEMBERS: Final[tuple[Code, ...]] = (LADRegionInRAOProjection, RCARegionInRAOProjection)
"""The resolved membership: own members, then those of the included groups, in order."""
