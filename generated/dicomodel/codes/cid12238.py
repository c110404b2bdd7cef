"""CID 12238 Wall Motion Scoring Scheme.

Extensible, version 20050321, UID 1.2.840.10008.6.1.629.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 12238
NAME: _Final[str] = "Wall Motion Scoring Scheme"
KEYWORD: _Final[str | None] = "WallMotionScoringScheme"
UID: _Final[str | None] = "1.2.840.10008.6.1.629"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050321"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_4PointSegmentFindingScale: _Final[_Code] = _Code(
    "DCM", "125223", "4 Point Segment Finding Scale", (12238,)
)
"""4 Point Segment Finding Scale (DCM 125223)."""

_5PointSegmentFindingScale: _Final[_Code] = _Code(
    "DCM", "125224", "5 Point Segment Finding Scale", (12238,)
)
"""5 Point Segment Finding Scale (DCM 125224)."""

_5PointSegmentFindingScaleWithGradedHypokinesis: _Final[_Code] = _Code(
    "DCM", "125225", "5 Point Segment Finding Scale With Graded Hypokinesis", (12238,)
)
"""5 Point Segment Finding Scale With Graded Hypokinesis (DCM 125225)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    _4PointSegmentFindingScale,
    _5PointSegmentFindingScale,
    _5PointSegmentFindingScaleWithGradedHypokinesis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
