"""CID 3232 ST Segment Location.

Extensible, version 20091021, UID 1.2.840.10008.6.1.778.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3232
NAME: Final[str] = "ST Segment Location"
KEYWORD: Final[str | None] = "STSegmentLocation"
UID: Final[str | None] = "1.2.840.10008.6.1.778"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20091021"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricleAnteriorSegment: Final[Code] = Code(
    "SCT", "284355001", "Left ventricle anterior segment", (3232,)
)
"""Left ventricle anterior segment (SCT 284355001)."""

LeftVentricleInferiorSegment: Final[Code] = Code(
    "SCT", "284357009", "Left ventricle inferior segment", (3232,)
)
"""Left ventricle inferior segment (SCT 284357009)."""

LeftVentricleLateralSegment: Final[Code] = Code(
    "SCT", "284358004", "Left ventricle lateral segment", (3232,)
)
"""Left ventricle lateral segment (SCT 284358004)."""

LeftVentricleSeptalSegment: Final[Code] = Code(
    "SCT", "284356000", "Left ventricle septal segment", (3232,)
)
"""Left ventricle septal segment (SCT 284356000)."""

LeftVentricleApicalSegment: Final[Code] = Code(
    "SCT", "128564006", "Left ventricle apical segment", (3010, 3011, 3232, 3609, 3717, 12305)
)
"""Left ventricle apical segment (SCT 128564006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricleAnteriorSegment,
    LeftVentricleInferiorSegment,
    LeftVentricleLateralSegment,
    LeftVentricleSeptalSegment,
    LeftVentricleApicalSegment,
)
"""The resolved membership: own members, then those of the included groups, in order."""
