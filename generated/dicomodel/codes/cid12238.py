"""CID 12238 Wall Motion Scoring Scheme.

Extensible, version 20050321, UID 1.2.840.10008.6.1.629.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12238
NAME: Final[str] = "Wall Motion Scoring Scheme"
KEYWORD: Final[str | None] = "WallMotionScoringScheme"
UID: Final[str | None] = "1.2.840.10008.6.1.629"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050321"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

_4PointSegmentFindingScale: Final[Code] = Code(
    "DCM", "125223", "4 Point Segment Finding Scale", (12238,)
)
"""4 Point Segment Finding Scale (DCM 125223)."""

_5PointSegmentFindingScale: Final[Code] = Code(
    "DCM", "125224", "5 Point Segment Finding Scale", (12238,)
)
"""5 Point Segment Finding Scale (DCM 125224)."""

_5PointSegmentFindingScaleWithGradedHypokinesis: Final[Code] = Code(
    "DCM", "125225", "5 Point Segment Finding Scale With Graded Hypokinesis", (12238,)
)
"""5 Point Segment Finding Scale With Graded Hypokinesis (DCM 125225)."""

MEMBERS: Final[tuple[Code, ...]] = (
    _4PointSegmentFindingScale,
    _5PointSegmentFindingScale,
    _5PointSegmentFindingScaleWithGradedHypokinesis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
