"""CID 7478 Intensity Histogram Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1271.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IntensityHistogramMean: _Final[_groups.Cid7478Code]
IntensityHistogramVariance: _Final[_groups.Cid7478Code]
IntensityHistogramSkewness: _Final[_groups.Cid7478Code]
IntensityHistogramKurtosis: _Final[_groups.Cid7478Code]
IntensityHistogramMedian: _Final[_groups.Cid7478Code]
IntensityHistogramMinimumGrayLevel: _Final[_groups.Cid7478Code]
IntensityHistogram10thPercentile: _Final[_groups.Cid7478Code]
IntensityHistogram90thPercentile: _Final[_groups.Cid7478Code]
IntensityHistogramMaximumGrayLevel: _Final[_groups.Cid7478Code]
IntensityHistogramMode: _Final[_groups.Cid7478Code]
IntensityHistogramInterquartileRange: _Final[_groups.Cid7478Code]
IntensityHistogramRange: _Final[_groups.Cid7478Code]
IntensityHistogramMeanAbsoluteDeviation: _Final[_groups.Cid7478Code]
IntensityHistogramRobustMeanAbsoluteDeviation: _Final[_groups.Cid7478Code]
IntensityHistogramMedianAbsoluteDeviation: _Final[_groups.Cid7478Code]
IntensityHistogramCoefficientOfVariation: _Final[_groups.Cid7478Code]
IntensityHistogramQuartileCoefficientOfDispersion: _Final[_groups.Cid7478Code]
IntensityHistogramEntropy: _Final[_groups.Cid7478Code]
IntensityHistogramUniformity: _Final[_groups.Cid7478Code]
IntensityHistogramMaximumGradient: _Final[_groups.Cid7478Code]
IntensityHistogramMaximumGradientGrayLevel: _Final[_groups.Cid7478Code]
IntensityHistogramMinimumGradient: _Final[_groups.Cid7478Code]
IntensityHistogramMinimumGradientGrayLevel: _Final[_groups.Cid7478Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7478Code]]
