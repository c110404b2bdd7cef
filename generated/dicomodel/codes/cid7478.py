"""CID 7478 Intensity Histogram Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1271.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7478
NAME: Final[str] = "Intensity Histogram Feature"
KEYWORD: Final[str | None] = "IntensityHistogramFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.1271"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190121"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IntensityHistogramMean: Final[Code] = Code("IBSI", "X6K6", "Intensity Histogram Mean", (7478,))
"""Intensity Histogram Mean (IBSI X6K6)."""

IntensityHistogramVariance: Final[Code] = Code(
    "IBSI", "CH89", "Intensity Histogram Variance", (7478,)
)
"""Intensity Histogram Variance (IBSI CH89)."""

IntensityHistogramSkewness: Final[Code] = Code(
    "IBSI", "88K1", "Intensity Histogram Skewness", (7478,)
)
"""Intensity Histogram Skewness (IBSI 88K1)."""

IntensityHistogramKurtosis: Final[Code] = Code(
    "IBSI", "C3I7", "Intensity Histogram Kurtosis", (7478,)
)
"""Intensity Histogram Kurtosis (IBSI C3I7)."""

IntensityHistogramMedian: Final[Code] = Code("IBSI", "WIFQ", "Intensity Histogram Median", (7478,))
"""Intensity Histogram Median (IBSI WIFQ)."""

IntensityHistogramMinimumGrayLevel: Final[Code] = Code(
    "IBSI", "1PR8", "Intensity Histogram Minimum Gray Level", (7478,)
)
"""Intensity Histogram Minimum Gray Level (IBSI 1PR8)."""

IntensityHistogram10thPercentile: Final[Code] = Code(
    "IBSI", "GPMT", "Intensity Histogram 10th Percentile", (7478,)
)
"""Intensity Histogram 10th Percentile (IBSI GPMT)."""

IntensityHistogram90thPercentile: Final[Code] = Code(
    "IBSI", "OZ0C", "Intensity Histogram 90th Percentile", (7478,)
)
"""Intensity Histogram 90th Percentile (IBSI OZ0C)."""

IntensityHistogramMaximumGrayLevel: Final[Code] = Code(
    "IBSI", "3NCY", "Intensity Histogram Maximum Gray Level", (7478,)
)
"""Intensity Histogram Maximum Gray Level (IBSI 3NCY)."""

IntensityHistogramMode: Final[Code] = Code("IBSI", "AMMC", "Intensity Histogram Mode", (7478,))
"""Intensity Histogram Mode (IBSI AMMC)."""

IntensityHistogramInterquartileRange: Final[Code] = Code(
    "IBSI", "WR0O", "Intensity Histogram Interquartile Range", (7478,)
)
"""Intensity Histogram Interquartile Range (IBSI WR0O)."""

IntensityHistogramRange: Final[Code] = Code("IBSI", "5Z3W", "Intensity Histogram Range", (7478,))
"""Intensity Histogram Range (IBSI 5Z3W)."""

IntensityHistogramMeanAbsoluteDeviation: Final[Code] = Code(
    "IBSI", "D2ZX", "Intensity Histogram Mean Absolute Deviation", (7478,)
)
"""Intensity Histogram Mean Absolute Deviation (IBSI D2ZX)."""

IntensityHistogramRobustMeanAbsoluteDeviation: Final[Code] = Code(
    "IBSI", "WRZB", "Intensity Histogram Robust Mean Absolute Deviation", (7478,)
)
"""Intensity Histogram Robust Mean Absolute Deviation (IBSI WRZB)."""

IntensityHistogramMedianAbsoluteDeviation: Final[Code] = Code(
    "IBSI", "4RNL", "Intensity Histogram Median Absolute Deviation", (7478,)
)
"""Intensity Histogram Median Absolute Deviation (IBSI 4RNL)."""

IntensityHistogramCoefficientOfVariation: Final[Code] = Code(
    "IBSI", "CWYJ", "Intensity Histogram Coefficient of Variation", (7478,)
)
"""Intensity Histogram Coefficient of Variation (IBSI CWYJ)."""

IntensityHistogramQuartileCoefficientOfDispersion: Final[Code] = Code(
    "IBSI", "SLWD", "Intensity Histogram Quartile Coefficient of Dispersion", (7478,)
)
"""Intensity Histogram Quartile Coefficient of Dispersion (IBSI SLWD)."""

IntensityHistogramEntropy: Final[Code] = Code(
    "IBSI", "TLU2", "Intensity Histogram Entropy", (7478,)
)
"""Intensity Histogram Entropy (IBSI TLU2)."""

IntensityHistogramUniformity: Final[Code] = Code(
    "IBSI", "BJ5W", "Intensity Histogram Uniformity", (7478,)
)
"""Intensity Histogram Uniformity (IBSI BJ5W)."""

IntensityHistogramMaximumGradient: Final[Code] = Code(
    "IBSI", "12CE", "Intensity Histogram Maximum Gradient", (7478,)
)
"""Intensity Histogram Maximum Gradient (IBSI 12CE)."""

IntensityHistogramMaximumGradientGrayLevel: Final[Code] = Code(
    "IBSI", "8E6O", "Intensity Histogram Maximum Gradient Gray Level", (7478,)
)
"""Intensity Histogram Maximum Gradient Gray Level (IBSI 8E6O)."""

IntensityHistogramMinimumGradient: Final[Code] = Code(
    "IBSI", "VQB3", "Intensity Histogram Minimum Gradient", (7478,)
)
"""Intensity Histogram Minimum Gradient (IBSI VQB3)."""

IntensityHistogramMinimumGradientGrayLevel: Final[Code] = Code(
    "IBSI", "RHQZ", "Intensity Histogram Minimum Gradient Gray Level", (7478,)
)
"""Intensity Histogram Minimum Gradient Gray Level (IBSI RHQZ)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
