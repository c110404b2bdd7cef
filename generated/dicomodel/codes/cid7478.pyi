"""CID 7478 Intensity Histogram Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1271.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid7478Code, ...]]
