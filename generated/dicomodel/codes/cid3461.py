"""CID 3461 Regional Extent.

Extensible, version 20040614, UID 1.2.840.10008.6.1.105.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3461
NAME: Final[str] = "Regional Extent"
KEYWORD: Final[str | None] = "RegionalExtent"
UID: Final[str | None] = "1.2.840.10008.6.1.105"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SingleLADRegionInRAOProjection: Final[Code] = Code(
    "DCM", "122466", "Single LAD Region in RAO Projection", (3461,)
)
"""Single LAD Region in RAO Projection (DCM 122466)."""

SingleRCARegionInRAOProjection: Final[Code] = Code(
    "DCM", "122467", "Single RCA Region in RAO Projection", (3461,)
)
"""Single RCA Region in RAO Projection (DCM 122467)."""

MultipleLADRegionInRAOProjection: Final[Code] = Code(
    "DCM", "122468", "Multiple LAD Region in RAO Projection", (3461,)
)
"""Multiple LAD Region in RAO Projection (DCM 122468)."""

MultipleRCARegionInRAOProjection: Final[Code] = Code(
    "DCM", "122469", "Multiple RCA Region in RAO Projection", (3461,)
)
"""Multiple RCA Region in RAO Projection (DCM 122469)."""

LADRegionInLAOProjection: Final[Code] = Code(
    "DCM", "122470", "LAD Region in LAO Projection", (3461,)
)
"""LAD Region in LAO Projection (DCM 122470)."""

RCARegionInLAOProjection: Final[Code] = Code(
    "DCM", "122471", "RCA Region in LAO Projection", (3461,)
)
"""RCA Region in LAO Projection (DCM 122471)."""

CFXRegionInLAOProjection: Final[Code] = Code(
    "DCM", "122472", "CFX Region in LAO Projection", (3461,)
)
"""CFX Region in LAO Projection (DCM 122472)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SingleLADRegionInRAOProjection,
    SingleRCARegionInRAOProjection,
    MultipleLADRegionInRAOProjection,
    MultipleRCARegionInRAOProjection,
    LADRegionInLAOProjection,
    RCARegionInLAOProjection,
    CFXRegionInLAOProjection,
)
"""The resolved membership: own members, then those of the included groups, in order."""
