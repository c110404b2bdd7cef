"""CID 12238 Wall Motion Scoring Scheme.

Extensible, version 20050321, UID 1.2.840.10008.6.1.629.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12238
NAME: _Final[str] = "Wall Motion Scoring Scheme"
KEYWORD: _Final[str | None] = "WallMotionScoringScheme"
UID: _Final[str | None] = "1.2.840.10008.6.1.629"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050321"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V4PointSegmentFindingScale: _Final[_Code] = _Code(
    "DCM", "125223", "4 Point Segment Finding Scale", (12238,)
)
"""4 Point Segment Finding Scale (DCM 125223)."""

V5PointSegmentFindingScale: _Final[_Code] = _Code(
    "DCM", "125224", "5 Point Segment Finding Scale", (12238,)
)
"""5 Point Segment Finding Scale (DCM 125224)."""

V5PointSegmentFindingScaleWithGradedHypokinesis: _Final[_Code] = _Code(
    "DCM", "125225", "5 Point Segment Finding Scale With Graded Hypokinesis", (12238,)
)
"""5 Point Segment Finding Scale With Graded Hypokinesis (DCM 125225)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_4PointSegmentFindingScale: _Final[_Code] = V4PointSegmentFindingScale
_5PointSegmentFindingScale: _Final[_Code] = V5PointSegmentFindingScale
_5PointSegmentFindingScaleWithGradedHypokinesis: _Final[_Code] = (
    V5PointSegmentFindingScaleWithGradedHypokinesis
)

MEMBERS: _Final[tuple[_Code, ...]] = (
    V4PointSegmentFindingScale,
    V5PointSegmentFindingScale,
    V5PointSegmentFindingScaleWithGradedHypokinesis,
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
