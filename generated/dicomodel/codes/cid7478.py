"""CID 7478 Intensity Histogram Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1271.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7478
NAME: _Final[str] = "Intensity Histogram Feature"
KEYWORD: _Final[str | None] = "IntensityHistogramFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.1271"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IntensityHistogramMean: _Final[_Code] = _Code("IBSI", "X6K6", "Intensity Histogram Mean", (7478,))
"""Intensity Histogram Mean (IBSI X6K6)."""

IntensityHistogramVariance: _Final[_Code] = _Code(
    "IBSI", "CH89", "Intensity Histogram Variance", (7478,)
)
"""Intensity Histogram Variance (IBSI CH89)."""

IntensityHistogramSkewness: _Final[_Code] = _Code(
    "IBSI", "88K1", "Intensity Histogram Skewness", (7478,)
)
"""Intensity Histogram Skewness (IBSI 88K1)."""

IntensityHistogramKurtosis: _Final[_Code] = _Code(
    "IBSI", "C3I7", "Intensity Histogram Kurtosis", (7478,)
)
"""Intensity Histogram Kurtosis (IBSI C3I7)."""

IntensityHistogramMedian: _Final[_Code] = _Code(
    "IBSI", "WIFQ", "Intensity Histogram Median", (7478,)
)
"""Intensity Histogram Median (IBSI WIFQ)."""

IntensityHistogramMinimumGrayLevel: _Final[_Code] = _Code(
    "IBSI", "1PR8", "Intensity Histogram Minimum Gray Level", (7478,)
)
"""Intensity Histogram Minimum Gray Level (IBSI 1PR8)."""

IntensityHistogram10thPercentile: _Final[_Code] = _Code(
    "IBSI", "GPMT", "Intensity Histogram 10th Percentile", (7478,)
)
"""Intensity Histogram 10th Percentile (IBSI GPMT)."""

IntensityHistogram90thPercentile: _Final[_Code] = _Code(
    "IBSI", "OZ0C", "Intensity Histogram 90th Percentile", (7478,)
)
"""Intensity Histogram 90th Percentile (IBSI OZ0C)."""

IntensityHistogramMaximumGrayLevel: _Final[_Code] = _Code(
    "IBSI", "3NCY", "Intensity Histogram Maximum Gray Level", (7478,)
)
"""Intensity Histogram Maximum Gray Level (IBSI 3NCY)."""

IntensityHistogramMode: _Final[_Code] = _Code("IBSI", "AMMC", "Intensity Histogram Mode", (7478,))
"""Intensity Histogram Mode (IBSI AMMC)."""

IntensityHistogramInterquartileRange: _Final[_Code] = _Code(
    "IBSI", "WR0O", "Intensity Histogram Interquartile Range", (7478,)
)
"""Intensity Histogram Interquartile Range (IBSI WR0O)."""

IntensityHistogramRange: _Final[_Code] = _Code("IBSI", "5Z3W", "Intensity Histogram Range", (7478,))
"""Intensity Histogram Range (IBSI 5Z3W)."""

IntensityHistogramMeanAbsoluteDeviation: _Final[_Code] = _Code(
    "IBSI", "D2ZX", "Intensity Histogram Mean Absolute Deviation", (7478,)
)
"""Intensity Histogram Mean Absolute Deviation (IBSI D2ZX)."""

IntensityHistogramRobustMeanAbsoluteDeviation: _Final[_Code] = _Code(
    "IBSI", "WRZB", "Intensity Histogram Robust Mean Absolute Deviation", (7478,)
)
"""Intensity Histogram Robust Mean Absolute Deviation (IBSI WRZB)."""

IntensityHistogramMedianAbsoluteDeviation: _Final[_Code] = _Code(
    "IBSI", "4RNL", "Intensity Histogram Median Absolute Deviation", (7478,)
)
"""Intensity Histogram Median Absolute Deviation (IBSI 4RNL)."""

IntensityHistogramCoefficientOfVariation: _Final[_Code] = _Code(
    "IBSI", "CWYJ", "Intensity Histogram Coefficient of Variation", (7478,)
)
"""Intensity Histogram Coefficient of Variation (IBSI CWYJ)."""

IntensityHistogramQuartileCoefficientOfDispersion: _Final[_Code] = _Code(
    "IBSI", "SLWD", "Intensity Histogram Quartile Coefficient of Dispersion", (7478,)
)
"""Intensity Histogram Quartile Coefficient of Dispersion (IBSI SLWD)."""

IntensityHistogramEntropy: _Final[_Code] = _Code(
    "IBSI", "TLU2", "Intensity Histogram Entropy", (7478,)
)
"""Intensity Histogram Entropy (IBSI TLU2)."""

IntensityHistogramUniformity: _Final[_Code] = _Code(
    "IBSI", "BJ5W", "Intensity Histogram Uniformity", (7478,)
)
"""Intensity Histogram Uniformity (IBSI BJ5W)."""

IntensityHistogramMaximumGradient: _Final[_Code] = _Code(
    "IBSI", "12CE", "Intensity Histogram Maximum Gradient", (7478,)
)
"""Intensity Histogram Maximum Gradient (IBSI 12CE)."""

IntensityHistogramMaximumGradientGrayLevel: _Final[_Code] = _Code(
    "IBSI", "8E6O", "Intensity Histogram Maximum Gradient Gray Level", (7478,)
)
"""Intensity Histogram Maximum Gradient Gray Level (IBSI 8E6O)."""

IntensityHistogramMinimumGradient: _Final[_Code] = _Code(
    "IBSI", "VQB3", "Intensity Histogram Minimum Gradient", (7478,)
)
"""Intensity Histogram Minimum Gradient (IBSI VQB3)."""

IntensityHistogramMinimumGradientGrayLevel: _Final[_Code] = _Code(
    "IBSI", "RHQZ", "Intensity Histogram Minimum Gradient Gray Level", (7478,)
)
"""Intensity Histogram Minimum Gradient Gray Level (IBSI RHQZ)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IntensityHistogramMean,
    IntensityHistogramVariance,
    IntensityHistogramSkewness,
    IntensityHistogramKurtosis,
    IntensityHistogramMedian,
    IntensityHistogramMinimumGrayLevel,
    IntensityHistogram10thPercentile,
    IntensityHistogram90thPercentile,
    IntensityHistogramMaximumGrayLevel,
    IntensityHistogramMode,
    IntensityHistogramInterquartileRange,
    IntensityHistogramRange,
    IntensityHistogramMeanAbsoluteDeviation,
    IntensityHistogramRobustMeanAbsoluteDeviation,
    IntensityHistogramMedianAbsoluteDeviation,
    IntensityHistogramCoefficientOfVariation,
    IntensityHistogramQuartileCoefficientOfDispersion,
    IntensityHistogramEntropy,
    IntensityHistogramUniformity,
    IntensityHistogramMaximumGradient,
    IntensityHistogramMaximumGradientGrayLevel,
    IntensityHistogramMinimumGradient,
    IntensityHistogramMinimumGradientGrayLevel,
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
