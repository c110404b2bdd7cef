"""CID 6043 Mammography CAD Analysis Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.373.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6043
NAME: _Final[str] = "Mammography CAD Analysis Type"
KEYWORD: _Final[str | None] = "MammographyCADAnalysisType"
UID: _Final[str | None] = "1.2.840.10008.6.1.373"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SpatialCollocationAnalysis: _Final[_Code] = _Code(
    "SCT", "133884007", "Spatial collocation analysis", (6043, 6137)
)
"""Spatial collocation analysis (SCT 133884007)."""

SpatialProximityAnalysis: _Final[_Code] = _Code(
    "SCT", "133885008", "Spatial proximity analysis", (6043, 6137)
)
"""Spatial proximity analysis (SCT 133885008)."""

TemporalCorrelation: _Final[_Code] = _Code("SCT", "133886009", "Temporal correlation", (6043, 6137))
"""Temporal correlation (SCT 133886009)."""

ImageQualityAnalysis: _Final[_Code] = _Code(
    "SCT", "133887000", "Image quality analysis", (6043, 6137)
)
"""Image quality analysis (SCT 133887000)."""

FocalAsymmetricDensityAnalysis: _Final[_Code] = _Code(
    "SCT", "133888005", "Focal asymmetric density analysis", (6043,)
)
"""Focal asymmetric density analysis (SCT 133888005)."""

AsymmetricBreastTissueAnalysis: _Final[_Code] = _Code(
    "SCT", "133889002", "Asymmetric breast tissue analysis", (6043,)
)
"""Asymmetric breast tissue analysis (SCT 133889002)."""

BreastCompositionAnalysis: _Final[_Code] = _Code(
    "SCT", "133890006", "Breast composition analysis", (6043,)
)
"""Breast composition analysis (SCT 133890006)."""

IndividualImpressionRecommendationAnalysis: _Final[_Code] = _Code(
    "DCM", "111233", "Individual Impression/Recommendation Analysis", (6043,)
)
"""Individual Impression/Recommendation Analysis (DCM 111233)."""

OverallImpressionRecommendationAnalysis: _Final[_Code] = _Code(
    "DCM", "111234", "Overall Impression/Recommendation Analysis", (6043,)
)
"""Overall Impression/Recommendation Analysis (DCM 111234)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
