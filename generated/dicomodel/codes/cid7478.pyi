"""CID 7478 Intensity Histogram Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1271.

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
IntensityHistogramMean: _Final[_Code]
IntensityHistogramVariance: _Final[_Code]
IntensityHistogramSkewness: _Final[_Code]
IntensityHistogramKurtosis: _Final[_Code]
IntensityHistogramMedian: _Final[_Code]
IntensityHistogramMinimumGrayLevel: _Final[_Code]
IntensityHistogram10thPercentile: _Final[_Code]
IntensityHistogram90thPercentile: _Final[_Code]
IntensityHistogramMaximumGrayLevel: _Final[_Code]
IntensityHistogramMode: _Final[_Code]
IntensityHistogramInterquartileRange: _Final[_Code]
IntensityHistogramRange: _Final[_Code]
IntensityHistogramMeanAbsoluteDeviation: _Final[_Code]
IntensityHistogramRobustMeanAbsoluteDeviation: _Final[_Code]
IntensityHistogramMedianAbsoluteDeviation: _Final[_Code]
IntensityHistogramCoefficientOfVariation: _Final[_Code]
IntensityHistogramQuartileCoefficientOfDispersion: _Final[_Code]
IntensityHistogramEntropy: _Final[_Code]
IntensityHistogramUniformity: _Final[_Code]
IntensityHistogramMaximumGradient: _Final[_Code]
IntensityHistogramMaximumGradientGrayLevel: _Final[_Code]
IntensityHistogramMinimumGradient: _Final[_Code]
IntensityHistogramMinimumGradientGrayLevel: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
