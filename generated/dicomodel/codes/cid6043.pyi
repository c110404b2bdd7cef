"""CID 6043 Mammography CAD Analysis Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.373.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
SpatialCollocationAnalysis: _Final[_Code]
SpatialProximityAnalysis: _Final[_Code]
TemporalCorrelation: _Final[_Code]
ImageQualityAnalysis: _Final[_Code]
FocalAsymmetricDensityAnalysis: _Final[_Code]
AsymmetricBreastTissueAnalysis: _Final[_Code]
BreastCompositionAnalysis: _Final[_Code]
IndividualImpressionRecommendationAnalysis: _Final[_Code]
OverallImpressionRecommendationAnalysis: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
