"""CID 6043 Mammography CAD Analysis Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.373.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6043
NAME: Final[str] = "Mammography CAD Analysis Type"
KEYWORD: Final[str | None] = "MammographyCADAnalysisType"
UID: Final[str | None] = "1.2.840.10008.6.1.373"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
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

FocalAsymmetricDensityAnalysis: Final[Code] = Code(
    "SCT", "133888005", "Focal asymmetric density analysis", (6043,)
)
"""Focal asymmetric density analysis (SCT 133888005)."""

AsymmetricBreastTissueAnalysis: Final[Code] = Code(
    "SCT", "133889002", "Asymmetric breast tissue analysis", (6043,)
)
"""Asymmetric breast tissue analysis (SCT 133889002)."""

BreastCompositionAnalysis: Final[Code] = Code(
    "SCT", "133890006", "Breast composition analysis", (6043,)
)
"""Breast composition analysis (SCT 133890006)."""

IndividualImpressionRecommendationAnalysis: Final[Code] = Code(
    "DCM", "111233", "Individual Impression/Recommendation Analysis", (6043,)
)
"""Individual Impression/Recommendation Analysis (DCM 111233)."""

OverallImpressionRecommendationAnalysis: Final[Code] = Code(
    "DCM", "111234", "Overall Impression/Recommendation Analysis", (6043,)
)
"""Overall Impression/Recommendation Analysis (DCM 111234)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SpatialCollocationAnalysis,
    SpatialProximityAnalysis,
    TemporalCorrelation,
    ImageQualityAnalysis,
    FocalAsymmetricDensityAnalysis,
    AsymmetricBreastTissueAnalysis,
    BreastCompositionAnalysis,
    IndividualImpressionRecommendationAnalysis,
    OverallImpressionRecommendationAnalysis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
