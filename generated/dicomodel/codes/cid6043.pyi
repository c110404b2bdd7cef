"""CID 6043 Mammography CAD Analysis Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.373.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SpatialCollocationAnalysis: _Final[_groups.Cid6043Code]
SpatialProximityAnalysis: _Final[_groups.Cid6043Code]
TemporalCorrelation: _Final[_groups.Cid6043Code]
ImageQualityAnalysis: _Final[_groups.Cid6043Code]
FocalAsymmetricDensityAnalysis: _Final[_groups.Cid6043Code]
AsymmetricBreastTissueAnalysis: _Final[_groups.Cid6043Code]
BreastCompositionAnalysis: _Final[_groups.Cid6043Code]
IndividualImpressionRecommendationAnalysis: _Final[_groups.Cid6043Code]
OverallImpressionRecommendationAnalysis: _Final[_groups.Cid6043Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6043Code]]
