"""CID 6137 CAD Analysis Type.

Extensible, version 20030108, UID 1.2.840.10008.6.1.457.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6137
NAME: Final[str] = "CAD Analysis Type"
KEYWORD: Final[str | None] = "CADAnalysisType"
UID: Final[str | None] = "1.2.840.10008.6.1.457"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SpatialCollocationAnalysis: Final[Code] = Code(
    "SCT", "133884007", "Spatial collocation analysis", (6043, 6137)
)
"""Spatial collocation analysis (SCT 133884007)."""

SpatialProximityAnalysis: Final[Code] = Code(
    "SCT", "133885008", "Spatial proximity analysis", (6043, 6137)
)
"""Spatial proximity analysis (SCT 133885008)."""

TemporalCorrelation: Final[Code] = Code("SCT", "133886009", "Temporal correlation", (6043, 6137))
"""Temporal correlation (SCT 133886009)."""

ImageQualityAnalysis: Final[Code] = Code("SCT", "133887000", "Image quality analysis", (6043, 6137))
"""Image quality analysis (SCT 133887000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SpatialCollocationAnalysis,
    SpatialProximityAnalysis,
    TemporalCorrelation,
    ImageQualityAnalysis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
