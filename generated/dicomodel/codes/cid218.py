"""CID 218 Quantitative Image Feature.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1269.
Includes CID 7468, CID 7469, CID 7477, CID 7550.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 218
NAME: _Final[str] = "Quantitative Image Feature"
KEYWORD: _Final[str | None] = "QuantitativeImageFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.1269"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200920"
INCLUDES: _Final[tuple[int, ...]] = (7468, 7469, 7477, 7550)
EXTERNAL_SCHEME: _Final[str | None] = None

FractalDimension: _Final[_Code] = _Code("DCM", "126050", "Fractal Dimension", (7468,))
"""Fractal Dimension (DCM 126050). Included from CID 7468."""

IntensityHistogramMean: _Final[_Code] = _Code("IBSI", "X6K6", "Intensity Histogram Mean", (7478,))
"""Intensity Histogram Mean (IBSI X6K6). Included from CID 7478."""

IntensityHistogramVariance: _Final[_Code] = _Code(
    "IBSI", "CH89", "Intensity Histogram Variance", (7478,)
)
"""Intensity Histogram Variance (IBSI CH89). Included from CID 7478."""

IntensityHistogramSkewness: _Final[_Code] = _Code(
    "IBSI", "88K1", "Intensity Histogram Skewness", (7478,)
)
"""Intensity Histogram Skewness (IBSI 88K1). Included from CID 7478."""

IntensityHistogramKurtosis: _Final[_Code] = _Code(
    "IBSI", "C3I7", "Intensity Histogram Kurtosis", (7478,)
)
"""Intensity Histogram Kurtosis (IBSI C3I7). Included from CID 7478."""

IntensityHistogramMedian: _Final[_Code] = _Code(
    "IBSI", "WIFQ", "Intensity Histogram Median", (7478,)
)
"""Intensity Histogram Median (IBSI WIFQ). Included from CID 7478."""

IntensityHistogramMinimumGrayLevel: _Final[_Code] = _Code(
    "IBSI", "1PR8", "Intensity Histogram Minimum Gray Level", (7478,)
)
"""Intensity Histogram Minimum Gray Level (IBSI 1PR8). Included from CID 7478."""

IntensityHistogram10thPercentile: _Final[_Code] = _Code(
    "IBSI", "GPMT", "Intensity Histogram 10th Percentile", (7478,)
)
"""Intensity Histogram 10th Percentile (IBSI GPMT). Included from CID 7478."""

IntensityHistogram90thPercentile: _Final[_Code] = _Code(
    "IBSI", "OZ0C", "Intensity Histogram 90th Percentile", (7478,)
)
"""Intensity Histogram 90th Percentile (IBSI OZ0C). Included from CID 7478."""

IntensityHistogramMaximumGrayLevel: _Final[_Code] = _Code(
    "IBSI", "3NCY", "Intensity Histogram Maximum Gray Level", (7478,)
)
"""Intensity Histogram Maximum Gray Level (IBSI 3NCY). Included from CID 7478."""

IntensityHistogramMode: _Final[_Code] = _Code("IBSI", "AMMC", "Intensity Histogram Mode", (7478,))
"""Intensity Histogram Mode (IBSI AMMC). Included from CID 7478."""

IntensityHistogramInterquartileRange: _Final[_Code] = _Code(
    "IBSI", "WR0O", "Intensity Histogram Interquartile Range", (7478,)
)
"""Intensity Histogram Interquartile Range (IBSI WR0O). Included from CID 7478."""

IntensityHistogramRange: _Final[_Code] = _Code("IBSI", "5Z3W", "Intensity Histogram Range", (7478,))
"""Intensity Histogram Range (IBSI 5Z3W). Included from CID 7478."""

IntensityHistogramMeanAbsoluteDeviation: _Final[_Code] = _Code(
    "IBSI", "D2ZX", "Intensity Histogram Mean Absolute Deviation", (7478,)
)
"""Intensity Histogram Mean Absolute Deviation (IBSI D2ZX). Included from CID 7478."""

IntensityHistogramRobustMeanAbsoluteDeviation: _Final[_Code] = _Code(
    "IBSI", "WRZB", "Intensity Histogram Robust Mean Absolute Deviation", (7478,)
)
"""Intensity Histogram Robust Mean Absolute Deviation (IBSI WRZB). Included from CID 7478."""

IntensityHistogramMedianAbsoluteDeviation: _Final[_Code] = _Code(
    "IBSI", "4RNL", "Intensity Histogram Median Absolute Deviation", (7478,)
)
"""Intensity Histogram Median Absolute Deviation (IBSI 4RNL). Included from CID 7478."""

IntensityHistogramCoefficientOfVariation: _Final[_Code] = _Code(
    "IBSI", "CWYJ", "Intensity Histogram Coefficient of Variation", (7478,)
)
"""Intensity Histogram Coefficient of Variation (IBSI CWYJ). Included from CID 7478."""

IntensityHistogramQuartileCoefficientOfDispersion: _Final[_Code] = _Code(
    "IBSI", "SLWD", "Intensity Histogram Quartile Coefficient of Dispersion", (7478,)
)
"""Intensity Histogram Quartile Coefficient of Dispersion (IBSI SLWD). Included from CID 7478."""

IntensityHistogramEntropy: _Final[_Code] = _Code(
    "IBSI", "TLU2", "Intensity Histogram Entropy", (7478,)
)
"""Intensity Histogram Entropy (IBSI TLU2). Included from CID 7478."""

IntensityHistogramUniformity: _Final[_Code] = _Code(
    "IBSI", "BJ5W", "Intensity Histogram Uniformity", (7478,)
)
"""Intensity Histogram Uniformity (IBSI BJ5W). Included from CID 7478."""

IntensityHistogramMaximumGradient: _Final[_Code] = _Code(
    "IBSI", "12CE", "Intensity Histogram Maximum Gradient", (7478,)
)
"""Intensity Histogram Maximum Gradient (IBSI 12CE). Included from CID 7478."""

IntensityHistogramMaximumGradientGrayLevel: _Final[_Code] = _Code(
    "IBSI", "8E6O", "Intensity Histogram Maximum Gradient Gray Level", (7478,)
)
"""Intensity Histogram Maximum Gradient Gray Level (IBSI 8E6O). Included from CID 7478."""

IntensityHistogramMinimumGradient: _Final[_Code] = _Code(
    "IBSI", "VQB3", "Intensity Histogram Minimum Gradient", (7478,)
)
"""Intensity Histogram Minimum Gradient (IBSI VQB3). Included from CID 7478."""

IntensityHistogramMinimumGradientGrayLevel: _Final[_Code] = _Code(
    "IBSI", "RHQZ", "Intensity Histogram Minimum Gradient Gray Level", (7478,)
)
"""Intensity Histogram Minimum Gradient Gray Level (IBSI RHQZ). Included from CID 7478."""

JointEntropyOfGLCM: _Final[_Code] = _Code("IBSI", "TU9B", "Joint Entropy of GLCM", (7467,))
"""Joint Entropy of GLCM (IBSI TU9B). Included from CID 7467."""

RootAngularSecondMomentOfGLCM: _Final[_Code] = _Code(
    "DCM", "126061", "Root Angular Second Moment of GLCM", (7467,)
)
"""Root Angular Second Moment of GLCM (DCM 126061). Included from CID 7467."""

InverseDifferenceMomentOfGLCM: _Final[_Code] = _Code(
    "IBSI", "WF0Z", "Inverse Difference Moment of GLCM", (7467,)
)
"""Inverse Difference Moment of GLCM (IBSI WF0Z). Included from CID 7467."""

ContrastOfGLCM: _Final[_Code] = _Code("IBSI", "ACUI", "Contrast of GLCM", (7467,))
"""Contrast of GLCM (IBSI ACUI). Included from CID 7467."""

DissimilarityOfGLCM: _Final[_Code] = _Code("IBSI", "8S9J", "Dissimilarity of GLCM", (7467,))
"""Dissimilarity of GLCM (IBSI 8S9J). Included from CID 7467."""

AngularSecondMomentOfGLCM: _Final[_Code] = _Code(
    "IBSI", "8ZQL", "Angular Second Moment of GLCM", (7467,)
)
"""Angular Second Moment of GLCM (IBSI 8ZQL). Included from CID 7467."""

CorrelationOfGLCM: _Final[_Code] = _Code("IBSI", "NI2N", "Correlation of GLCM", (7467,))
"""Correlation of GLCM (IBSI NI2N). Included from CID 7467."""

JointMaximumOfGLCM: _Final[_Code] = _Code("IBSI", "GYBY", "Joint Maximum of GLCM", (7467,))
"""Joint Maximum of GLCM (IBSI GYBY). Included from CID 7467."""

JointAverageOfGLCM: _Final[_Code] = _Code("IBSI", "60VM", "Joint Average of GLCM", (7467,))
"""Joint Average of GLCM (IBSI 60VM). Included from CID 7467."""

JointVarianceOfGLCM: _Final[_Code] = _Code("IBSI", "UR99", "Joint Variance of GLCM", (7467,))
"""Joint Variance of GLCM (IBSI UR99). Included from CID 7467."""

DifferenceAverageOfGLCM: _Final[_Code] = _Code(
    "IBSI", "TF7R", "Difference Average of GLCM", (7467,)
)
"""Difference Average of GLCM (IBSI TF7R). Included from CID 7467."""

DifferenceVarianceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "D3YU", "Difference Variance of GLCM", (7467,)
)
"""Difference Variance of GLCM (IBSI D3YU). Included from CID 7467."""

DifferenceEntropyOfGLCM: _Final[_Code] = _Code(
    "IBSI", "NTRS", "Difference Entropy of GLCM", (7467,)
)
"""Difference Entropy of GLCM (IBSI NTRS). Included from CID 7467."""

SumAverageOfGLCM: _Final[_Code] = _Code("IBSI", "ZGXS", "Sum Average of GLCM", (7467,))
"""Sum Average of GLCM (IBSI ZGXS). Included from CID 7467."""

SumVarianceOfGLCM: _Final[_Code] = _Code("IBSI", "OEEB", "Sum Variance of GLCM", (7467,))
"""Sum Variance of GLCM (IBSI OEEB). Included from CID 7467."""

SumEntropyOfGLCM: _Final[_Code] = _Code("IBSI", "P6QZ", "Sum Entropy of GLCM", (7467,))
"""Sum Entropy of GLCM (IBSI P6QZ). Included from CID 7467."""

InverseDifferenceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "IB1Z", "Inverse Difference of GLCM", (7467,)
)
"""Inverse Difference of GLCM (IBSI IB1Z). Included from CID 7467."""

NormalizedInverseDifferenceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "NDRX", "Normalized Inverse Difference of GLCM", (7467,)
)
"""Normalized Inverse Difference of GLCM (IBSI NDRX). Included from CID 7467."""

NormalizedInverseDifferenceMomentOfGLCM: _Final[_Code] = _Code(
    "IBSI", "1QCO", "Normalized Inverse Difference Moment of GLCM", (7467,)
)
"""Normalized Inverse Difference Moment of GLCM (IBSI 1QCO). Included from CID 7467."""

InverseVarianceOfGLCM: _Final[_Code] = _Code("IBSI", "E8JP", "Inverse Variance of GLCM", (7467,))
"""Inverse Variance of GLCM (IBSI E8JP). Included from CID 7467."""

AutocorrelationOfGLCM: _Final[_Code] = _Code("IBSI", "QWB0", "Autocorrelation of GLCM", (7467,))
"""Autocorrelation of GLCM (IBSI QWB0). Included from CID 7467."""

ClusterTendencyOfGLCM: _Final[_Code] = _Code("IBSI", "DG8W", "Cluster Tendency of GLCM", (7467,))
"""Cluster Tendency of GLCM (IBSI DG8W). Included from CID 7467."""

ClusterShadeOfGLCM: _Final[_Code] = _Code("IBSI", "7NFM", "Cluster Shade of GLCM", (7467,))
"""Cluster Shade of GLCM (IBSI 7NFM). Included from CID 7467."""

ClusterProminenceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "AE86", "Cluster Prominence of GLCM", (7467,)
)
"""Cluster Prominence of GLCM (IBSI AE86). Included from CID 7467."""

FirstMeasureOfInformationCorrelationOfGLCM: _Final[_Code] = _Code(
    "IBSI", "R8DG", "First Measure of Information Correlation of GLCM", (7467,)
)
"""First Measure of Information Correlation of GLCM (IBSI R8DG). Included from CID 7467."""

SecondMeasureOfInformationCorrelationOfGLCM: _Final[_Code] = _Code(
    "IBSI", "JN9H", "Second Measure of Information Correlation of GLCM", (7467,)
)
"""Second Measure of Information Correlation of GLCM (IBSI JN9H). Included from CID 7467."""

ShortRunsEmphasis: _Final[_Code] = _Code("IBSI", "22OV", "Short Runs Emphasis", (7475,))
"""Short Runs Emphasis (IBSI 22OV). Included from CID 7475."""

LongRunsEmphasis: _Final[_Code] = _Code("IBSI", "W4KF", "Long Runs Emphasis", (7475,))
"""Long Runs Emphasis (IBSI W4KF). Included from CID 7475."""

LowGrayLevelRunEmphasis: _Final[_Code] = _Code(
    "IBSI", "V3SW", "Low Gray Level Run Emphasis", (7475,)
)
"""Low Gray Level Run Emphasis (IBSI V3SW). Included from CID 7475."""

HighGrayLevelRunEmphasis: _Final[_Code] = _Code(
    "IBSI", "G3QZ", "High Gray Level Run Emphasis", (7475,)
)
"""High Gray Level Run Emphasis (IBSI G3QZ). Included from CID 7475."""

ShortRunLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "HTZT", "Short Run Low Gray Level Emphasis", (7475,)
)
"""Short Run Low Gray Level Emphasis (IBSI HTZT). Included from CID 7475."""

ShortRunHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "GD3A", "Short Run High Gray Level Emphasis", (7475,)
)
"""Short Run High Gray Level Emphasis (IBSI GD3A). Included from CID 7475."""

LongRunLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "IVPO", "Long Run Low Gray Level Emphasis", (7475,)
)
"""Long Run Low Gray Level Emphasis (IBSI IVPO). Included from CID 7475."""

LongRunHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "3KUM", "Long Run High Gray Level Emphasis", (7475,)
)
"""Long Run High Gray Level Emphasis (IBSI 3KUM). Included from CID 7475."""

GrayLevelNonuniformityInRuns: _Final[_Code] = _Code(
    "IBSI", "R5YN", "Gray Level Nonuniformity in Runs", (7475,)
)
"""Gray Level Nonuniformity in Runs (IBSI R5YN). Included from CID 7475."""

NormalizedGrayLevelNonuniformityInRuns: _Final[_Code] = _Code(
    "IBSI", "OVBL", "Normalized Gray Level Nonuniformity in Runs", (7475,)
)
"""Normalized Gray Level Nonuniformity in Runs (IBSI OVBL). Included from CID 7475."""

RunLengthNonuniformity: _Final[_Code] = _Code("IBSI", "W92Y", "Run Length Nonuniformity", (7475,))
"""Run Length Nonuniformity (IBSI W92Y). Included from CID 7475."""

NormalizedRunLengthNonuniformity: _Final[_Code] = _Code(
    "IBSI", "IC23", "Normalized Run Length Nonuniformity", (7475,)
)
"""Normalized Run Length Nonuniformity (IBSI IC23). Included from CID 7475."""

RunPercentage: _Final[_Code] = _Code("IBSI", "9ZK5", "Run Percentage", (7475,))
"""Run Percentage (IBSI 9ZK5). Included from CID 7475."""

GrayLevelVarianceInRuns: _Final[_Code] = _Code(
    "IBSI", "8CE5", "Gray Level Variance in Runs", (7475,)
)
"""Gray Level Variance in Runs (IBSI 8CE5). Included from CID 7475."""

RunLengthVariance: _Final[_Code] = _Code("IBSI", "SXLW", "Run Length Variance", (7475,))
"""Run Length Variance (IBSI SXLW). Included from CID 7475."""

RunEntropy: _Final[_Code] = _Code("IBSI", "HJ9O", "Run Entropy", (7475,))
"""Run Entropy (IBSI HJ9O). Included from CID 7475."""

SmallZoneEmphasis: _Final[_Code] = _Code("IBSI", "5QRC", "Small Zone Emphasis", (7476,))
"""Small Zone Emphasis (IBSI 5QRC). Included from CID 7476."""

LargeZoneEmphasis: _Final[_Code] = _Code("IBSI", "48P8", "Large Zone Emphasis", (7476,))
"""Large Zone Emphasis (IBSI 48P8). Included from CID 7476."""

LowGrayLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "XMSY", "Low Gray Level Zone Emphasis", (7476,)
)
"""Low Gray Level Zone Emphasis (IBSI XMSY). Included from CID 7476."""

HighGrayLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "5GN9", "High Gray Level Zone Emphasis", (7476,)
)
"""High Gray Level Zone Emphasis (IBSI 5GN9). Included from CID 7476."""

SmallZoneLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "5RAI", "Small Zone Low Gray Level Emphasis", (7476,)
)
"""Small Zone Low Gray Level Emphasis (IBSI 5RAI). Included from CID 7476."""

SmallZoneHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "HW1V", "Small Zone High Gray Level Emphasis", (7476,)
)
"""Small Zone High Gray Level Emphasis (IBSI HW1V). Included from CID 7476."""

LargeZoneLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "YH51", "Large Zone Low Gray Level Emphasis", (7476,)
)
"""Large Zone Low Gray Level Emphasis (IBSI YH51). Included from CID 7476."""

LargeZoneHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "J17V", "Large Zone High Gray Level Emphasis", (7476,)
)
"""Large Zone High Gray Level Emphasis (IBSI J17V). Included from CID 7476."""

GrayLevelNonuniformityOfSizeZoneCounts: _Final[_Code] = _Code(
    "IBSI", "JNSA", "Gray Level Nonuniformity of Size Zone Counts", (7476,)
)
"""Gray Level Nonuniformity of Size Zone Counts (IBSI JNSA). Included from CID 7476."""

NormalizedGrayLevelNonuniformityOfSizeZoneCounts: _Final[_Code] = _Code(
    "IBSI", "Y1RO", "Normalized Gray Level Nonuniformity of Size Zone Counts", (7476,)
)
"""Normalized Gray Level Nonuniformity of Size Zone Counts (IBSI Y1RO). Included from CID 7476."""

ZoneSizeNonuniformity: _Final[_Code] = _Code("IBSI", "4JP3", "Zone Size Nonuniformity", (7476,))
"""Zone Size Nonuniformity (IBSI 4JP3). Included from CID 7476."""

NormalizedZoneSizeNonuniformity: _Final[_Code] = _Code(
    "IBSI", "VB3A", "Normalized Zone Size Nonuniformity", (7476,)
)
"""Normalized Zone Size Nonuniformity (IBSI VB3A). Included from CID 7476."""

SizeZonePercentage: _Final[_Code] = _Code("IBSI", "P30P", "Size Zone Percentage", (7476,))
"""Size Zone Percentage (IBSI P30P). Included from CID 7476."""

GrayLevelVarianceInSizeZones: _Final[_Code] = _Code(
    "IBSI", "BYLV", "Gray Level Variance in Size Zones", (7476,)
)
"""Gray Level Variance in Size Zones (IBSI BYLV). Included from CID 7476."""

ZoneSizeVariance: _Final[_Code] = _Code("IBSI", "3NSA", "Zone Size Variance", (7476,))
"""Zone Size Variance (IBSI 3NSA). Included from CID 7476."""

ZoneSizeEntropy: _Final[_Code] = _Code("IBSI", "GU8N", "Zone Size Entropy", (7476,))
"""Zone Size Entropy (IBSI GU8N). Included from CID 7476."""

SmallDistanceEmphasis: _Final[_Code] = _Code("IBSI", "0GBI", "Small Distance Emphasis", (7479,))
"""Small Distance Emphasis (IBSI 0GBI). Included from CID 7479."""

LargeDistanceEmphasis: _Final[_Code] = _Code("IBSI", "MB4I", "Large Distance Emphasis", (7479,))
"""Large Distance Emphasis (IBSI MB4I). Included from CID 7479."""

LowGreyLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "S1RA", "Low Grey Level Zone Emphasis", (7479,)
)
"""Low Grey Level Zone Emphasis (IBSI S1RA). Included from CID 7479."""

HighGreyLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "K26C", "High Grey Level Zone Emphasis", (7479,)
)
"""High Grey Level Zone Emphasis (IBSI K26C). Included from CID 7479."""

SmallDistanceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "RUVG", "Small Distance Low Grey Level Emphasis", (7479,)
)
"""Small Distance Low Grey Level Emphasis (IBSI RUVG). Included from CID 7479."""

SmallDistanceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "DKNJ", "Small Distance High Grey Level Emphasis", (7479,)
)
"""Small Distance High Grey Level Emphasis (IBSI DKNJ). Included from CID 7479."""

LargeDistanceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "A7WM", "Large Distance Low Grey Level Emphasis", (7479,)
)
"""Large Distance Low Grey Level Emphasis (IBSI A7WM). Included from CID 7479."""

LargeDistanceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "KLTH", "Large Distance High Grey Level Emphasis", (7479,)
)
"""Large Distance High Grey Level Emphasis (IBSI KLTH). Included from CID 7479."""

GreyLevelNonUniformityOfDistanceZoneCounts: _Final[_Code] = _Code(
    "IBSI", "VFT7", "Grey Level Non-uniformity of Distance Zone Counts", (7479,)
)
"""Grey Level Non-uniformity of Distance Zone Counts (IBSI VFT7). Included from CID 7479."""

NormalizedGreyLevelNonUniformityOfDistanceZoneCounts: _Final[_Code] = _Code(
    "IBSI", "7HP3", "Normalized Grey Level Non-uniformity of Distance Zone Counts", (7479,)
)
"""Normalized Grey Level Non-uniformity of Distance Zone Counts (IBSI 7HP3). Included from CID 7479."""

ZoneDistanceNonUniformity: _Final[_Code] = _Code(
    "IBSI", "V294", "Zone Distance Non-uniformity", (7479,)
)
"""Zone Distance Non-uniformity (IBSI V294). Included from CID 7479."""

NormalizedZoneDistanceNonUniformity: _Final[_Code] = _Code(
    "IBSI", "IATH", "Normalized Zone Distance Non-uniformity", (7479,)
)
"""Normalized Zone Distance Non-uniformity (IBSI IATH). Included from CID 7479."""

DistanceZonePercentage: _Final[_Code] = _Code("IBSI", "VIWW", "Distance Zone Percentage", (7479,))
"""Distance Zone Percentage (IBSI VIWW). Included from CID 7479."""

GreyLevelVarianceInDistanceZones: _Final[_Code] = _Code(
    "IBSI", "QK93", "Grey Level Variance in Distance Zones", (7479,)
)
"""Grey Level Variance in Distance Zones (IBSI QK93). Included from CID 7479."""

ZoneDistanceVariance: _Final[_Code] = _Code("IBSI", "7WT1", "Zone Distance Variance", (7479,))
"""Zone Distance Variance (IBSI 7WT1). Included from CID 7479."""

ZoneDistanceEntropy: _Final[_Code] = _Code("IBSI", "GBDU", "Zone Distance Entropy", (7479,))
"""Zone Distance Entropy (IBSI GBDU). Included from CID 7479."""

CoarsenessOfNGTDM: _Final[_Code] = _Code("IBSI", "QCDE", "Coarseness of NGTDM", (7500,))
"""Coarseness of NGTDM (IBSI QCDE). Included from CID 7500."""

ContrastOfNGTDM: _Final[_Code] = _Code("IBSI", "65HE", "Contrast of NGTDM", (7500,))
"""Contrast of NGTDM (IBSI 65HE). Included from CID 7500."""

BusynessOfNGTDM: _Final[_Code] = _Code("IBSI", "NQ30", "Busyness of NGTDM", (7500,))
"""Busyness of NGTDM (IBSI NQ30). Included from CID 7500."""

ComplexityOfNGTDM: _Final[_Code] = _Code("IBSI", "HDEZ", "Complexity of NGTDM", (7500,))
"""Complexity of NGTDM (IBSI HDEZ). Included from CID 7500."""

StrengthOfNGTDM: _Final[_Code] = _Code("IBSI", "1X9X", "Strength of NGTDM", (7500,))
"""Strength of NGTDM (IBSI 1X9X). Included from CID 7500."""

LowDependenceEmphasis: _Final[_Code] = _Code("IBSI", "SODN", "Low dependence emphasis", (7501,))
"""Low dependence emphasis (IBSI SODN). Included from CID 7501."""

HighDependenceEmphasis: _Final[_Code] = _Code("IBSI", "IMOQ", "High dependence emphasis", (7501,))
"""High dependence emphasis (IBSI IMOQ). Included from CID 7501."""

LowGreyLevelCountEmphasis: _Final[_Code] = _Code(
    "IBSI", "TL9H", "Low grey level count emphasis", (7501,)
)
"""Low grey level count emphasis (IBSI TL9H). Included from CID 7501."""

HighGreyLevelCountEmphasis: _Final[_Code] = _Code(
    "IBSI", "OAE7", "High grey level count emphasis", (7501,)
)
"""High grey level count emphasis (IBSI OAE7). Included from CID 7501."""

LowDependenceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "EQ3F", "Low dependence low grey level emphasis", (7501,)
)
"""Low dependence low grey level emphasis (IBSI EQ3F). Included from CID 7501."""

LowDependenceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "JA6D", "Low dependence high grey level emphasis", (7501,)
)
"""Low dependence high grey level emphasis (IBSI JA6D). Included from CID 7501."""

HighDependenceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "NBZI", "High dependence low grey level emphasis", (7501,)
)
"""High dependence low grey level emphasis (IBSI NBZI). Included from CID 7501."""

HighDependenceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "9QMG", "High dependence high grey level emphasis", (7501,)
)
"""High dependence high grey level emphasis (IBSI 9QMG). Included from CID 7501."""

GreyLevelNonUniformityOfNGLDM: _Final[_Code] = _Code(
    "IBSI", "FP8K", "Grey level non-uniformity of NGLDM", (7501,)
)
"""Grey level non-uniformity of NGLDM (IBSI FP8K). Included from CID 7501."""

NormalizedGreyLevelNonUniformityOfNGLDM: _Final[_Code] = _Code(
    "IBSI", "5SPA", "Normalized grey level non-uniformity of NGLDM", (7501,)
)
"""Normalized grey level non-uniformity of NGLDM (IBSI 5SPA). Included from CID 7501."""

DependenceCountNonUniformity: _Final[_Code] = _Code(
    "IBSI", "Z87G", "Dependence count non-uniformity", (7501,)
)
"""Dependence count non-uniformity (IBSI Z87G). Included from CID 7501."""

DependenceCountNonUniformityNormalized: _Final[_Code] = _Code(
    "IBSI", "OKJI", "Dependence count non-uniformity normalized", (7501,)
)
"""Dependence count non-uniformity normalized (IBSI OKJI). Included from CID 7501."""

DependenceCountPercentage: _Final[_Code] = _Code(
    "IBSI", "6XV8", "Dependence count percentage", (7501,)
)
"""Dependence count percentage (IBSI 6XV8). Included from CID 7501."""

GreyLevelVarianceOfNGLDM: _Final[_Code] = _Code(
    "IBSI", "1PFV", "Grey level variance of NGLDM", (7501,)
)
"""Grey level variance of NGLDM (IBSI 1PFV). Included from CID 7501."""

DependenceCountVariance: _Final[_Code] = _Code("IBSI", "DNX2", "Dependence count variance", (7501,))
"""Dependence count variance (IBSI DNX2). Included from CID 7501."""

DependenceCountEntropy: _Final[_Code] = _Code("IBSI", "FCBV", "Dependence count entropy", (7501,))
"""Dependence count entropy (IBSI FCBV). Included from CID 7501."""

DependenceCountEnergy: _Final[_Code] = _Code("IBSI", "CAS9", "Dependence count energy", (7501,))
"""Dependence count energy (IBSI CAS9). Included from CID 7501."""

T1: _Final[_Code] = _Code("DCM", "113063", "T1", (7180,))
"""T1 (DCM 113063). Included from CID 7180."""

T2_113065: _Final[_Code] = _Code("DCM", "113065", "T2", (7180,))
"""T2 (DCM 113065). Included from CID 7180."""

T2_113064: _Final[_Code] = _Code("DCM", "113064", "T2*", (7180,))
"""T2* (DCM 113064). Included from CID 7180."""

ProtonDensity: _Final[_Code] = _Code("DCM", "113058", "Proton Density", (7180,))
"""Proton Density (DCM 113058). Included from CID 7180."""

SpinTaggingPerfusionMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110800", "Spin Tagging Perfusion MR Signal Intensity", (7180,)
)
"""Spin Tagging Perfusion MR Signal Intensity (DCM 110800). Included from CID 7180."""

VelocityEncoded: _Final[_Code] = _Code("DCM", "113070", "Velocity encoded", (7180,))
"""Velocity encoded (DCM 113070). Included from CID 7180."""

TemperatureEncoded: _Final[_Code] = _Code("DCM", "113067", "Temperature encoded", (7180,))
"""Temperature encoded (DCM 113067). Included from CID 7180."""

ContrastAgentAngioMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110801", "Contrast Agent Angio MR Signal Intensity", (7180,)
)
"""Contrast Agent Angio MR Signal Intensity (DCM 110801). Included from CID 7180."""

TimeOfFlightAngioMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110802", "Time Of Flight Angio MR Signal Intensity", (7180,)
)
"""Time Of Flight Angio MR Signal Intensity (DCM 110802). Included from CID 7180."""

ProtonDensityWeightedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110803", "Proton Density Weighted MR Signal Intensity", (7180,)
)
"""Proton Density Weighted MR Signal Intensity (DCM 110803). Included from CID 7180."""

T1WeightedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110804", "T1 Weighted MR Signal Intensity", (6311, 7180)
)
"""T1 Weighted MR Signal Intensity (DCM 110804). Included from CID 7180."""

T2WeightedMRSignalIntensity_110805: _Final[_Code] = _Code(
    "DCM", "110805", "T2 Weighted MR Signal Intensity", (6311, 7180)
)
"""T2 Weighted MR Signal Intensity (DCM 110805). Included from CID 7180."""

T2WeightedMRSignalIntensity_110806: _Final[_Code] = _Code(
    "DCM", "110806", "T2* Weighted MR Signal Intensity", (7180,)
)
"""T2* Weighted MR Signal Intensity (DCM 110806). Included from CID 7180."""

FieldMapMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110807", "Field Map MR Signal Intensity", (7180,)
)
"""Field Map MR Signal Intensity (DCM 110807). Included from CID 7180."""

T1WeightedDynamicContrastEnhancedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110816", "T1 Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T1 Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110816). Included from CID 7180."""

T2WeightedDynamicContrastEnhancedMRSignalIntensity_110817: _Final[_Code] = _Code(
    "DCM", "110817", "T2 Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T2 Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110817). Included from CID 7180."""

T2WeightedDynamicContrastEnhancedMRSignalIntensity_110818: _Final[_Code] = _Code(
    "DCM", "110818", "T2* Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T2* Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110818). Included from CID 7180."""

BloodOxygenationLevel: _Final[_Code] = _Code(
    "DCM", "110819", "Blood Oxygenation Level", (7180, 11006)
)
"""Blood Oxygenation Level (DCM 110819). Included from CID 7180."""

NuclearMedicineProjectionActivity: _Final[_Code] = _Code(
    "DCM", "110820", "Nuclear Medicine Projection Activity", (7180,)
)
"""Nuclear Medicine Projection Activity (DCM 110820). Included from CID 7180."""

NuclearMedicineTomographicActivity: _Final[_Code] = _Code(
    "DCM", "110821", "Nuclear Medicine Tomographic Activity", (7180,)
)
"""Nuclear Medicine Tomographic Activity (DCM 110821). Included from CID 7180."""

SpatialDisplacementXComponent: _Final[_Code] = _Code(
    "DCM", "110822", "Spatial Displacement X Component", (7180,)
)
"""Spatial Displacement X Component (DCM 110822). Included from CID 7180."""

SpatialDisplacementYComponent: _Final[_Code] = _Code(
    "DCM", "110823", "Spatial Displacement Y Component", (7180,)
)
"""Spatial Displacement Y Component (DCM 110823). Included from CID 7180."""

SpatialDisplacementZComponent: _Final[_Code] = _Code(
    "DCM", "110824", "Spatial Displacement Z Component", (7180,)
)
"""Spatial Displacement Z Component (DCM 110824). Included from CID 7180."""

HemodynamicResistance: _Final[_Code] = _Code("DCM", "110825", "Hemodynamic Resistance", (7180,))
"""Hemodynamic Resistance (DCM 110825). Included from CID 7180."""

IndexedHemodynamicResistance: _Final[_Code] = _Code(
    "DCM", "110826", "Indexed Hemodynamic Resistance", (7180,)
)
"""Indexed Hemodynamic Resistance (DCM 110826). Included from CID 7180."""

AttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112031", "Attenuation Coefficient", (6141, 7180, 10069)
)
"""Attenuation Coefficient (DCM 112031). Included from CID 7180."""

TissueVelocity: _Final[_Code] = _Code("DCM", "110827", "Tissue Velocity", (7180,))
"""Tissue Velocity (DCM 110827). Included from CID 7180."""

FlowVelocity: _Final[_Code] = _Code("DCM", "110828", "Flow Velocity", (7180, 12120))
"""Flow Velocity (DCM 110828). Included from CID 7180."""

PowerDoppler: _Final[_Code] = _Code("SCT", "425704008", "Power Doppler", (7180, 12224))
"""Power Doppler (SCT 425704008). Included from CID 7180."""

FlowVariance: _Final[_Code] = _Code("DCM", "110829", "Flow Variance", (7180,))
"""Flow Variance (DCM 110829). Included from CID 7180."""

Elasticity: _Final[_Code] = _Code("DCM", "110830", "Elasticity", (7180, 11006, 12308))
"""Elasticity (DCM 110830). Included from CID 7180."""

Perfusion: _Final[_Code] = _Code("DCM", "110831", "Perfusion", (7180, 11006))
"""Perfusion (DCM 110831). Included from CID 7180."""

SpeedOfSound: _Final[_Code] = _Code("DCM", "110832", "Speed of sound", (7180,))
"""Speed of sound (DCM 110832). Included from CID 7180."""

UltrasoundAttenuation: _Final[_Code] = _Code("DCM", "110833", "Ultrasound Attenuation", (7180,))
"""Ultrasound Attenuation (DCM 110833). Included from CID 7180."""

StudentTTest: _Final[_Code] = _Code("DCM", "113068", "Student's T-test", (7180,))
"""Student's T-test (DCM 113068). Included from CID 7180."""

ZScore: _Final[_Code] = _Code("DCM", "113071", "Z-score", (7180,))
"""Z-score (DCM 113071). Included from CID 7180."""

RCoefficient: _Final[_Code] = _Code("DCM", "113057", "R-Coefficient", (7180,))
"""R-Coefficient (DCM 113057). Included from CID 7180."""

R2Coefficient: _Final[_Code] = _Code("DCM", "126220", "R2-Coefficient", (7180,))
"""R2-Coefficient (DCM 126220). Included from CID 7180."""

ChiSquare: _Final[_Code] = _Code("DCM", "126221", "Chi-square", (7180,))
"""Chi-square (DCM 126221). Included from CID 7180."""

DW: _Final[_Code] = _Code("DCM", "126222", "D-W", (7180,))
"""D-W (DCM 126222). Included from CID 7180."""

AIC: _Final[_Code] = _Code("DCM", "126223", "AIC", (7180,))
"""AIC (DCM 126223). Included from CID 7180."""

BIC: _Final[_Code] = _Code("DCM", "126224", "BIC", (7180,))
"""BIC (DCM 126224). Included from CID 7180."""

RGBRComponent: _Final[_Code] = _Code("DCM", "110834", "RGB R Component", (7180, 7186))
"""RGB R Component (DCM 110834). Included from CID 7180."""

RGBGComponent: _Final[_Code] = _Code("DCM", "110835", "RGB G Component", (7180, 7186))
"""RGB G Component (DCM 110835). Included from CID 7180."""

RGBBComponent: _Final[_Code] = _Code("DCM", "110836", "RGB B Component", (7180, 7186))
"""RGB B Component (DCM 110836). Included from CID 7180."""

YBRFULLYComponent: _Final[_Code] = _Code("DCM", "110837", "YBR FULL Y Component", (7180, 7186))
"""YBR FULL Y Component (DCM 110837). Included from CID 7180."""

YBRFULLCBComponent: _Final[_Code] = _Code("DCM", "110838", "YBR FULL CB Component", (7180, 7186))
"""YBR FULL CB Component (DCM 110838). Included from CID 7180."""

YBRFULLCRComponent: _Final[_Code] = _Code("DCM", "110839", "YBR FULL CR Component", (7180, 7186))
"""YBR FULL CR Component (DCM 110839). Included from CID 7180."""

YBRPARTIALYComponent: _Final[_Code] = _Code(
    "DCM", "110840", "YBR PARTIAL Y Component", (7180, 7186)
)
"""YBR PARTIAL Y Component (DCM 110840). Included from CID 7180."""

YBRPARTIALCBComponent: _Final[_Code] = _Code(
    "DCM", "110841", "YBR PARTIAL CB Component", (7180, 7186)
)
"""YBR PARTIAL CB Component (DCM 110841). Included from CID 7180."""

YBRPARTIALCRComponent: _Final[_Code] = _Code(
    "DCM", "110842", "YBR PARTIAL CR Component", (7180, 7186)
)
"""YBR PARTIAL CR Component (DCM 110842). Included from CID 7180."""

YBRICTYComponent: _Final[_Code] = _Code("DCM", "110843", "YBR ICT Y Component", (7180, 7186))
"""YBR ICT Y Component (DCM 110843). Included from CID 7180."""

YBRICTCBComponent: _Final[_Code] = _Code("DCM", "110844", "YBR ICT CB Component", (7180, 7186))
"""YBR ICT CB Component (DCM 110844). Included from CID 7180."""

YBRICTCRComponent: _Final[_Code] = _Code("DCM", "110845", "YBR ICT CR Component", (7180, 7186))
"""YBR ICT CR Component (DCM 110845). Included from CID 7180."""

YBRRCTYComponent: _Final[_Code] = _Code("DCM", "110846", "YBR RCT Y Component", (7180, 7186))
"""YBR RCT Y Component (DCM 110846). Included from CID 7180."""

YBRRCTCBComponent: _Final[_Code] = _Code("DCM", "110847", "YBR RCT CB Component", (7180, 7186))
"""YBR RCT CB Component (DCM 110847). Included from CID 7180."""

YBRRCTCRComponent: _Final[_Code] = _Code("DCM", "110848", "YBR RCT CR Component", (7180, 7186))
"""YBR RCT CR Component (DCM 110848). Included from CID 7180."""

Echogenicity: _Final[_Code] = _Code("DCM", "110849", "Echogenicity", (7180,))
"""Echogenicity (DCM 110849). Included from CID 7180."""

XRayAttenuation: _Final[_Code] = _Code("DCM", "110850", "X-Ray Attenuation", (7180,))
"""X-Ray Attenuation (DCM 110850). Included from CID 7180."""

MRSignalIntensity: _Final[_Code] = _Code("DCM", "110852", "MR signal intensity", (7180,))
"""MR signal intensity (DCM 110852). Included from CID 7180."""

BinarySegmentation: _Final[_Code] = _Code("DCM", "110853", "Binary Segmentation", (7180,))
"""Binary Segmentation (DCM 110853). Included from CID 7180."""

FractionalProbabilisticSegmentation: _Final[_Code] = _Code(
    "DCM", "110854", "Fractional Probabilistic Segmentation", (7180,)
)
"""Fractional Probabilistic Segmentation (DCM 110854). Included from CID 7180."""

FractionalOccupancySegmentation: _Final[_Code] = _Code(
    "DCM", "110855", "Fractional Occupancy Segmentation", (7180,)
)
"""Fractional Occupancy Segmentation (DCM 110855). Included from CID 7180."""

R1: _Final[_Code] = _Code("DCM", "126393", "R1", (7180,))
"""R1 (DCM 126393). Included from CID 7180."""

R2_126394: _Final[_Code] = _Code("DCM", "126394", "R2", (7180,))
"""R2 (DCM 126394). Included from CID 7180."""

R2_126395: _Final[_Code] = _Code("DCM", "126395", "R2*", (7180,))
"""R2* (DCM 126395). Included from CID 7180."""

MagnetizationTransferRatio: _Final[_Code] = _Code(
    "DCM", "113098", "Magnetization Transfer Ratio", (7180,)
)
"""Magnetization Transfer Ratio (DCM 113098). Included from CID 7180."""

MagneticSusceptibility: _Final[_Code] = _Code("DCM", "126396", "Magnetic Susceptibility", (7180,))
"""Magnetic Susceptibility (DCM 126396). Included from CID 7180."""

StandardizedUptakeValue: _Final[_Code] = _Code(
    "DCM", "126400", "Standardized Uptake Value", (7180,)
)
"""Standardized Uptake Value (DCM 126400). Included from CID 7180."""

Suvbw: _Final[_Code] = _Code("DCM", "126401", "SUVbw", (7180,))
"""SUVbw (DCM 126401). Included from CID 7180."""

Suvlbm: _Final[_Code] = _Code("DCM", "126402", "SUVlbm", (7180,))
"""SUVlbm (DCM 126402). Included from CID 7180."""

SuvlbmJames128: _Final[_Code] = _Code("DCM", "126406", "SUVlbm(James128)", (7180,))
"""SUVlbm(James128) (DCM 126406). Included from CID 7180."""

SuvlbmJanma: _Final[_Code] = _Code("DCM", "126405", "SUVlbm(Janma)", (7180,))
"""SUVlbm(Janma) (DCM 126405). Included from CID 7180."""

Suvbsa: _Final[_Code] = _Code("DCM", "126403", "SUVbsa", (7180,))
"""SUVbsa (DCM 126403). Included from CID 7180."""

Suvibw: _Final[_Code] = _Code("DCM", "126404", "SUVibw", (7180,))
"""SUVibw (DCM 126404). Included from CID 7180."""

Fat: _Final[_Code] = _Code("SCT", "256674009", "Fat", (300, 6122, 6211, 7180))
"""Fat (SCT 256674009). Included from CID 7180."""

FatFraction: _Final[_Code] = _Code("DCM", "129100", "Fat fraction", (7180,))
"""Fat fraction (DCM 129100). Included from CID 7180."""

WaterFatInPhase: _Final[_Code] = _Code("DCM", "129101", "Water/fat in phase", (7180,))
"""Water/fat in phase (DCM 129101). Included from CID 7180."""

WaterFatOutOfPhase: _Final[_Code] = _Code("DCM", "129102", "Water/fat out of phase", (7180,))
"""Water/fat out of phase (DCM 129102). Included from CID 7180."""

NegativeEnhancementIntegral: _Final[_Code] = _Code(
    "DCM", "113054", "Negative enhancement integral", (7180,)
)
"""Negative enhancement integral (DCM 113054). Included from CID 7180."""

SignalChange: _Final[_Code] = _Code("DCM", "113059", "Signal change", (7180,))
"""Signal change (DCM 113059). Included from CID 7180."""

SignalToNoise: _Final[_Code] = _Code("DCM", "113060", "Signal to noise", (7180,))
"""Signal to noise (DCM 113060). Included from CID 7180."""

TimeCourseOfSignal: _Final[_Code] = _Code("DCM", "113066", "Time course of signal", (7180,))
"""Time course of signal (DCM 113066). Included from CID 7180."""

Water: _Final[_Code] = _Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004). Included from CID 7180."""

WaterFraction: _Final[_Code] = _Code("DCM", "129103", "Water fraction", (7180,))
"""Water fraction (DCM 129103). Included from CID 7180."""

RelativeLinearStoppingPower: _Final[_Code] = _Code(
    "DCM", "130086", "Relative Linear Stopping Power", (7180,)
)
"""Relative Linear Stopping Power (DCM 130086). Included from CID 7180."""

NAcetylaspartate: _Final[_Code] = _Code("SCT", "115391007", "N-acetylaspartate", (4033,))
"""N-acetylaspartate (SCT 115391007). Included from CID 4033."""

Citrate: _Final[_Code] = _Code("SCT", "59351004", "Citrate", (4033,))
"""Citrate (SCT 59351004). Included from CID 4033."""

Choline: _Final[_Code] = _Code("SCT", "65123005", "Choline", (4033,))
"""Choline (SCT 65123005). Included from CID 4033."""

Creatine: _Final[_Code] = _Code("SCT", "14804005", "Creatine", (4033,))
"""Creatine (SCT 14804005). Included from CID 4033."""

CreatineAndCholine: _Final[_Code] = _Code("DCM", "113094", "Creatine and Choline", (4033,))
"""Creatine and Choline (DCM 113094). Included from CID 4033."""

Lactate: _Final[_Code] = _Code("SCT", "83036002", "Lactate", (4033,))
"""Lactate (SCT 83036002). Included from CID 4033."""

Lipid: _Final[_Code] = _Code("SCT", "70106000", "Lipid", (4033, 11006))
"""Lipid (SCT 70106000). Included from CID 4033."""

LipidAndLactate: _Final[_Code] = _Code("DCM", "113095", "Lipid and Lactate", (4033,))
"""Lipid and Lactate (DCM 113095). Included from CID 4033."""

GlutamateAndGlutamine: _Final[_Code] = _Code("DCM", "113080", "Glutamate and glutamine", (4033,))
"""Glutamate and glutamine (DCM 113080). Included from CID 4033."""

Glutamine: _Final[_Code] = _Code("SCT", "25761002", "Glutamine", (4033,))
"""Glutamine (SCT 25761002). Included from CID 4033."""

Tuarine: _Final[_Code] = _Code("SCT", "10944007", "Tuarine", (4033,))
"""Tuarine (SCT 10944007). Included from CID 4033."""

Inositol: _Final[_Code] = _Code("SCT", "72164009", "Inositol", (4033,))
"""Inositol (SCT 72164009). Included from CID 4033."""

CholineCreatineRatio: _Final[_Code] = _Code("DCM", "113081", "Choline/Creatine Ratio", (4033,))
"""Choline/Creatine Ratio (DCM 113081). Included from CID 4033."""

NAcetylaspartateCreatineRatio: _Final[_Code] = _Code(
    "DCM", "113082", "N-acetylaspartate/Creatine Ratio", (4033,)
)
"""N-acetylaspartate/Creatine Ratio (DCM 113082). Included from CID 4033."""

NAcetylaspartateCholineRatio: _Final[_Code] = _Code(
    "DCM", "113083", "N-acetylaspartate/Choline Ratio", (4033,)
)
"""N-acetylaspartate/Choline Ratio (DCM 113083). Included from CID 4033."""

CreatineCholineCitrateRatio: _Final[_Code] = _Code(
    "DCM", "113096", "Creatine+Choline/Citrate Ratio", (4033,)
)
"""Creatine+Choline/Citrate Ratio (DCM 113096). Included from CID 4033."""

DiffusionWeighted: _Final[_Code] = _Code("DCM", "113043", "Diffusion weighted", (6311, 7270))
"""Diffusion weighted (DCM 113043). Included from CID 7270."""

VolumetricDiffusionDxxComponent: _Final[_Code] = _Code(
    "DCM", "110810", "Volumetric Diffusion Dxx Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxx Component (DCM 110810). Included from CID 7270."""

VolumetricDiffusionDxyComponent: _Final[_Code] = _Code(
    "DCM", "110811", "Volumetric Diffusion Dxy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxy Component (DCM 110811). Included from CID 7270."""

VolumetricDiffusionDxzComponent: _Final[_Code] = _Code(
    "DCM", "110812", "Volumetric Diffusion Dxz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxz Component (DCM 110812). Included from CID 7270."""

VolumetricDiffusionDyyComponent: _Final[_Code] = _Code(
    "DCM", "110813", "Volumetric Diffusion Dyy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyy Component (DCM 110813). Included from CID 7270."""

VolumetricDiffusionDyzComponent: _Final[_Code] = _Code(
    "DCM", "110814", "Volumetric Diffusion Dyz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyz Component (DCM 110814). Included from CID 7270."""

VolumetricDiffusionDzzComponent: _Final[_Code] = _Code(
    "DCM", "110815", "Volumetric Diffusion Dzz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dzz Component (DCM 110815). Included from CID 7270."""

FractionalAnisotropy: _Final[_Code] = _Code("DCM", "110808", "Fractional Anisotropy", (7263, 7271))
"""Fractional Anisotropy (DCM 110808). Included from CID 7271."""

RelativeAnisotropy: _Final[_Code] = _Code("DCM", "110809", "Relative Anisotropy", (7263, 7271))
"""Relative Anisotropy (DCM 110809). Included from CID 7271."""

VolumeRatio: _Final[_Code] = _Code("DCM", "113288", "Volume Ratio", (7271,))
"""Volume Ratio (DCM 113288). Included from CID 7271."""

ApparentDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113041", "Apparent Diffusion Coefficient", (6311, 7263, 7272)
)
"""Apparent Diffusion Coefficient (DCM 113041). Included from CID 7272."""

DiffusionCoefficient: _Final[_Code] = _Code("DCM", "113289", "Diffusion Coefficient", (7272,))
"""Diffusion Coefficient (DCM 113289). Included from CID 7272."""

MonoExponentialApparentDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113290", "Mono-exponential Apparent Diffusion Coefficient", (7272,)
)
"""Mono-exponential Apparent Diffusion Coefficient (DCM 113290). Included from CID 7272."""

SlowDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113291", "Slow Diffusion Coefficient", (7272,)
)
"""Slow Diffusion Coefficient (DCM 113291). Included from CID 7272."""

FastDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113292", "Fast Diffusion Coefficient", (7272,)
)
"""Fast Diffusion Coefficient (DCM 113292). Included from CID 7272."""

FastDiffusionCoefficientFraction: _Final[_Code] = _Code(
    "DCM", "113293", "Fast Diffusion Coefficient Fraction", (7272,)
)
"""Fast Diffusion Coefficient Fraction (DCM 113293). Included from CID 7272."""

KurtosisDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113294", "Kurtosis Diffusion Coefficient", (7272,)
)
"""Kurtosis Diffusion Coefficient (DCM 113294). Included from CID 7272."""

GammaDistributionScaleParameter: _Final[_Code] = _Code(
    "DCM", "113295", "Gamma Distribution Scale Parameter", (7272,)
)
"""Gamma Distribution Scale Parameter (DCM 113295). Included from CID 7272."""

GammaDistributionShapeParameter: _Final[_Code] = _Code(
    "DCM", "113296", "Gamma Distribution Shape Parameter", (7272,)
)
"""Gamma Distribution Shape Parameter (DCM 113296). Included from CID 7272."""

GammaDistributionMode: _Final[_Code] = _Code("DCM", "113297", "Gamma Distribution Mode", (7272,))
"""Gamma Distribution Mode (DCM 113297). Included from CID 7272."""

DistributedDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113298", "Distributed Diffusion Coefficient", (7272,)
)
"""Distributed Diffusion Coefficient (DCM 113298). Included from CID 7272."""

AnomalousExponentParameter: _Final[_Code] = _Code(
    "DCM", "113299", "Anomalous Exponent Parameter", (7272,)
)
"""Anomalous Exponent Parameter (DCM 113299). Included from CID 7272."""

Ktrans: _Final[_Code] = _Code("DCM", "126312", "Ktrans", (4107,))
"""Ktrans (DCM 126312). Included from CID 4107."""

Kep: _Final[_Code] = _Code("DCM", "126313", "kep", (4107,))
"""kep (DCM 126313). Included from CID 4107."""

Ve: _Final[_Code] = _Code("DCM", "126314", "ve", (4107,))
"""ve (DCM 126314). Included from CID 4107."""

TauM: _Final[_Code] = _Code("DCM", "126330", "tau_m", (4107,))
"""tau_m (DCM 126330). Included from CID 4107."""

Vp: _Final[_Code] = _Code("DCM", "126331", "vp", (4107,))
"""vp (DCM 126331). Included from CID 4107."""

AbsoluteRegionalBloodFlow: _Final[_Code] = _Code(
    "DCM", "126390", "Absolute Regional Blood Flow", (4108,)
)
"""Absolute Regional Blood Flow (DCM 126390). Included from CID 4108."""

AbsoluteRegionalBloodVolume: _Final[_Code] = _Code(
    "DCM", "126391", "Absolute Regional Blood Volume", (4108,)
)
"""Absolute Regional Blood Volume (DCM 126391). Included from CID 4108."""

RelativeRegionalBloodFlow: _Final[_Code] = _Code(
    "DCM", "126397", "Relative Regional Blood Flow", (4108,)
)
"""Relative Regional Blood Flow (DCM 126397). Included from CID 4108."""

RelativeRegionalBloodVolume: _Final[_Code] = _Code(
    "DCM", "126398", "Relative Regional Blood Volume", (4108,)
)
"""Relative Regional Blood Volume (DCM 126398). Included from CID 4108."""

MeanTransitTime: _Final[_Code] = _Code("DCM", "113052", "Mean Transit Time", (4108,))
"""Mean Transit Time (DCM 113052). Included from CID 4108."""

TimeToPeak: _Final[_Code] = _Code("DCM", "113069", "Time To Peak", (4108, 4109))
"""Time To Peak (DCM 113069). Included from CID 4108."""

OxygenExtractionFraction: _Final[_Code] = _Code(
    "DCM", "126392", "Oxygen Extraction Fraction", (4108,)
)
"""Oxygen Extraction Fraction (DCM 126392). Included from CID 4108."""

Tmax: _Final[_Code] = _Code("DCM", "113084", "Tmax", (4108,))
"""Tmax (DCM 113084). Included from CID 4108."""

IAUC: _Final[_Code] = _Code("DCM", "126320", "IAUC", (4109,))
"""IAUC (DCM 126320). Included from CID 4109."""

IAUC60: _Final[_Code] = _Code("DCM", "126321", "IAUC60", (4109,))
"""IAUC60 (DCM 126321). Included from CID 4109."""

IAUC90: _Final[_Code] = _Code("DCM", "126322", "IAUC90", (4109,))
"""IAUC90 (DCM 126322). Included from CID 4109."""

IAUC180: _Final[_Code] = _Code("DCM", "126323", "IAUC180", (4109,))
"""IAUC180 (DCM 126323). Included from CID 4109."""

IAUCBN: _Final[_Code] = _Code("DCM", "126324", "IAUCBN", (4109,))
"""IAUCBN (DCM 126324). Included from CID 4109."""

IAUC60BN: _Final[_Code] = _Code("DCM", "126325", "IAUC60BN", (4109,))
"""IAUC60BN (DCM 126325). Included from CID 4109."""

IAUC90BN: _Final[_Code] = _Code("DCM", "126326", "IAUC90BN", (4109,))
"""IAUC90BN (DCM 126326). Included from CID 4109."""

IAUC180BN: _Final[_Code] = _Code("DCM", "126327", "IAUC180BN", (4109,))
"""IAUC180BN (DCM 126327). Included from CID 4109."""

TimeOfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126370", "Time of Peak Concentration", (4104, 4109)
)
"""Time of Peak Concentration (DCM 126370). Included from CID 4109."""

TimeOfLeadingHalfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126372", "Time of Leading Half-Peak Concentration", (4104, 4109)
)
"""Time of Leading Half-Peak Concentration (DCM 126372). Included from CID 4109."""

BolusArrivalTime: _Final[_Code] = _Code("DCM", "126371", "Bolus Arrival Time", (4109,))
"""Bolus Arrival Time (DCM 126371). Included from CID 4109."""

TemporalDerivativeThreshold: _Final[_Code] = _Code(
    "DCM", "126374", "Temporal Derivative Threshold", (4109,)
)
"""Temporal Derivative Threshold (DCM 126374). Included from CID 4109."""

MaximumSlope: _Final[_Code] = _Code("DCM", "126375", "Maximum Slope", (4109,))
"""Maximum Slope (DCM 126375). Included from CID 4109."""

MaximumDifference: _Final[_Code] = _Code("DCM", "126376", "Maximum Difference", (4109,))
"""Maximum Difference (DCM 126376). Included from CID 4109."""

TracerConcentration: _Final[_Code] = _Code("DCM", "126377", "Tracer Concentration", (4109,))
"""Tracer Concentration (DCM 126377). Included from CID 4109."""

AbsorbedDose: _Final[_Code] = _Code("DCM", "128513", "Absorbed Dose", (10070,))
"""Absorbed Dose (DCM 128513). Included from CID 10070."""

EquivalentDose: _Final[_Code] = _Code("DCM", "128512", "Equivalent Dose", (10070,))
"""Equivalent Dose (DCM 128512). Included from CID 10070."""

ClassActivation: _Final[_Code] = _Code("DCM", "130402", "Class activation", (217,))
"""Class activation (DCM 130402). Included from CID 217."""

GradientWeightedClassActivation: _Final[_Code] = _Code(
    "DCM", "130403", "Gradient-weighted class activation", (217,)
)
"""Gradient-weighted class activation (DCM 130403). Included from CID 217."""

Saliency: _Final[_Code] = _Code("DCM", "130404", "Saliency", (217,))
"""Saliency (DCM 130404). Included from CID 217."""

Length: _Final[_Code] = _Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003). Included from CID 7470."""

PathLength: _Final[_Code] = _Code("DCM", "121211", "Path length", (7470,))
"""Path length (DCM 121211). Included from CID 7470."""

Distance: _Final[_Code] = _Code("DCM", "121206", "Distance", (7470, 10069))
"""Distance (DCM 121206). Included from CID 7470."""

Width: _Final[_Code] = _Code("SCT", "103355008", "Width", (7470,))
"""Width (SCT 103355008). Included from CID 7470."""

Depth: _Final[_Code] = _Code("SCT", "131197000", "Depth", (7470,))
"""Depth (SCT 131197000). Included from CID 7470."""

Diameter: _Final[_Code] = _Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009). Included from CID 7470."""

LongAxis: _Final[_Code] = _Code("SCT", "103339001", "Long Axis", (6, 6166, 7470))
"""Long Axis (SCT 103339001). Included from CID 7470."""

ShortAxis: _Final[_Code] = _Code("SCT", "103340004", "Short Axis", (6, 27, 6166, 7470))
"""Short Axis (SCT 103340004). Included from CID 7470."""

MajorAxis: _Final[_Code] = _Code("SCT", "131187009", "Major Axis", (7470, 12250))
"""Major Axis (SCT 131187009). Included from CID 7470."""

MinorAxis: _Final[_Code] = _Code("SCT", "131188004", "Minor Axis", (7470, 12250, 12304))
"""Minor Axis (SCT 131188004). Included from CID 7470."""

PerpendicularAxis: _Final[_Code] = _Code("SCT", "131189007", "Perpendicular Axis", (7470,))
"""Perpendicular Axis (SCT 131189007). Included from CID 7470."""

Radius: _Final[_Code] = _Code("SCT", "131190003", "Radius", (7470, 12250))
"""Radius (SCT 131190003). Included from CID 7470."""

Perimeter: _Final[_Code] = _Code("SCT", "131191004", "Perimeter", (7470,))
"""Perimeter (SCT 131191004). Included from CID 7470."""

Circumference: _Final[_Code] = _Code("SCT", "74551000", "Circumference", (7470, 12250))
"""Circumference (SCT 74551000). Included from CID 7470."""

DiameterOfCircumscribedCircle: _Final[_Code] = _Code(
    "SCT", "131192006", "Diameter of circumscribed circle", (7470,)
)
"""Diameter of circumscribed circle (SCT 131192006). Included from CID 7470."""

Height: _Final[_Code] = _Code("DCM", "121207", "Height", (7470,))
"""Height (DCM 121207). Included from CID 7470."""

LineSegmentLength: _Final[_Code] = _Code("DCM", "121227", "Line segment length", (7470,))
"""Line segment length (DCM 121227). Included from CID 7470."""

Maximum3DDiameterOfAMesh: _Final[_Code] = _Code(
    "IBSI", "L0JK", "Maximum 3D Diameter of a Mesh", (7470, 7477)
)
"""Maximum 3D Diameter of a Mesh (IBSI L0JK). Included from CID 7470."""

MajorAxisIn3DLength: _Final[_Code] = _Code("IBSI", "TDIC", "Major Axis in 3D Length", (7470, 7477))
"""Major Axis in 3D Length (IBSI TDIC). Included from CID 7470."""

MinorAxisIn3DLength: _Final[_Code] = _Code("IBSI", "P9VJ", "Minor Axis in 3D Length", (7470, 7477))
"""Minor Axis in 3D Length (IBSI P9VJ). Included from CID 7470."""

LeastAxisIn3DLength: _Final[_Code] = _Code("IBSI", "7J51", "Least Axis in 3D Length", (7470, 7477))
"""Least Axis in 3D Length (IBSI 7J51). Included from CID 7470."""

Area: _Final[_Code] = _Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000). Included from CID 7471."""

AreaOfDefinedRegion: _Final[_Code] = _Code(
    "SCT", "131184002", "Area of defined region", (7471, 12308)
)
"""Area of defined region (SCT 131184002). Included from CID 7471."""

SurfaceAreaOfMesh: _Final[_Code] = _Code("IBSI", "C0JK", "Surface Area of Mesh", (7471, 7477))
"""Surface Area of Mesh (IBSI C0JK). Included from CID 7471."""

Volume: _Final[_Code] = _Code(
    "SCT", "118565006", "Volume", (3423, 4050, 7472, 12257, 12258, 12265, 12304)
)
"""Volume (SCT 118565006). Included from CID 7472."""

VolumeEstimatedFromSingle2DRegion: _Final[_Code] = _Code(
    "DCM", "121216", "Volume estimated from single 2D region", (3471, 7472)
)
"""Volume estimated from single 2D region (DCM 121216). Included from CID 7472."""

VolumeEstimatedFromTwoNonCoplanar2DRegions: _Final[_Code] = _Code(
    "DCM", "121218", "Volume estimated from two non-coplanar 2D regions", (3471, 7472)
)
"""Volume estimated from two non-coplanar 2D regions (DCM 121218). Included from CID 7472."""

VolumeEstimatedFromThreeOrMoreNonCoplanar2DRegions: _Final[_Code] = _Code(
    "DCM", "121217", "Volume estimated from three or more non-coplanar 2D regions", (7472,)
)
"""Volume estimated from three or more non-coplanar 2D regions (DCM 121217). Included from CID 7472."""

VolumeOfSphere: _Final[_Code] = _Code("DCM", "121222", "Volume of sphere", (7472,))
"""Volume of sphere (DCM 121222). Included from CID 7472."""

VolumeOfEllipsoid: _Final[_Code] = _Code("DCM", "121221", "Volume of ellipsoid", (7472,))
"""Volume of ellipsoid (DCM 121221). Included from CID 7472."""

VolumeOfCircumscribedSphere: _Final[_Code] = _Code(
    "DCM", "121220", "Volume of circumscribed sphere", (7472,)
)
"""Volume of circumscribed sphere (DCM 121220). Included from CID 7472."""

VolumeOfBoundingThreeDimensionalRegion: _Final[_Code] = _Code(
    "DCM", "121219", "Volume of bounding three dimensional region", (7472,)
)
"""Volume of bounding three dimensional region (DCM 121219). Included from CID 7472."""

VolumeOfMesh: _Final[_Code] = _Code("IBSI", "RNU0", "Volume of Mesh", (7472, 7477))
"""Volume of Mesh (IBSI RNU0). Included from CID 7472."""

VolumeFromVoxelSummation: _Final[_Code] = _Code(
    "IBSI", "YEKZ", "Volume from Voxel Summation", (7472, 7477)
)
"""Volume from Voxel Summation (IBSI YEKZ). Included from CID 7472."""

SurfaceToVolumeRatio: _Final[_Code] = _Code("IBSI", "2PR5", "Surface to Volume Ratio", (7477,))
"""Surface to Volume Ratio (IBSI 2PR5). Included from CID 7477."""

Compactness1: _Final[_Code] = _Code("IBSI", "SKGS", "Compactness 1", (7477,))
"""Compactness 1 (IBSI SKGS). Included from CID 7477."""

Compactness2: _Final[_Code] = _Code("IBSI", "BQWJ", "Compactness 2", (7477,))
"""Compactness 2 (IBSI BQWJ). Included from CID 7477."""

SphericalDisproportion: _Final[_Code] = _Code("IBSI", "KRCK", "Spherical Disproportion", (7477,))
"""Spherical Disproportion (IBSI KRCK). Included from CID 7477."""

Sphericity: _Final[_Code] = _Code("IBSI", "QCFX", "Sphericity", (7477,))
"""Sphericity (IBSI QCFX). Included from CID 7477."""

Asphericity: _Final[_Code] = _Code("IBSI", "25C7", "Asphericity", (7477,))
"""Asphericity (IBSI 25C7). Included from CID 7477."""

CentreOfMassShift: _Final[_Code] = _Code("IBSI", "KLMA", "Centre of Mass Shift", (7477,))
"""Centre of Mass Shift (IBSI KLMA). Included from CID 7477."""

Elongation: _Final[_Code] = _Code("IBSI", "Q3CK", "Elongation", (7477,))
"""Elongation (IBSI Q3CK). Included from CID 7477."""

Flatness: _Final[_Code] = _Code("IBSI", "N17B", "Flatness", (7477,))
"""Flatness (IBSI N17B). Included from CID 7477."""

VolumeDensityInFrameOfReferenceAxisAlignedBoundingBox: _Final[_Code] = _Code(
    "IBSI", "PBX1", "Volume Density in Frame of Reference Axis Aligned Bounding Box", (7477,)
)
"""Volume Density in Frame of Reference Axis Aligned Bounding Box (IBSI PBX1). Included from CID 7477."""

AreaDensityInFrameOfReferenceAxisAlignedBoundingBox: _Final[_Code] = _Code(
    "IBSI", "R59B", "Area Density in Frame of Reference Axis Aligned Bounding Box", (7477,)
)
"""Area Density in Frame of Reference Axis Aligned Bounding Box (IBSI R59B). Included from CID 7477."""

VolumeDensityInOrientedMinimumBoundingBox: _Final[_Code] = _Code(
    "IBSI", "ZH1A", "Volume Density in Oriented Minimum Bounding Box", (7477,)
)
"""Volume Density in Oriented Minimum Bounding Box (IBSI ZH1A). Included from CID 7477."""

AreaDensityInOrientedMinimumBoundingBox: _Final[_Code] = _Code(
    "IBSI", "IQYR", "Area Density in Oriented Minimum Bounding Box", (7477,)
)
"""Area Density in Oriented Minimum Bounding Box (IBSI IQYR). Included from CID 7477."""

VolumeDensityInApproximateEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "6BDE", "Volume Density in Approximate Enclosing Ellipsoid", (7477,)
)
"""Volume Density in Approximate Enclosing Ellipsoid (IBSI 6BDE). Included from CID 7477."""

AreaDensityInApproximateEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "RDD2", "Area Density in Approximate Enclosing Ellipsoid", (7477,)
)
"""Area Density in Approximate Enclosing Ellipsoid (IBSI RDD2). Included from CID 7477."""

VolumeDensityInMinimumVolumeEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "SWZ1", "Volume Density in Minimum Volume Enclosing Ellipsoid", (7477,)
)
"""Volume Density in Minimum Volume Enclosing Ellipsoid (IBSI SWZ1). Included from CID 7477."""

AreaDensityInMinimumVolumeEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "BRI8", "Area Density in Minimum Volume Enclosing Ellipsoid", (7477,)
)
"""Area Density in Minimum Volume Enclosing Ellipsoid (IBSI BRI8). Included from CID 7477."""

VolumeDensityInConvexHull: _Final[_Code] = _Code(
    "IBSI", "R3ER", "Volume Density in Convex Hull", (7477,)
)
"""Volume Density in Convex Hull (IBSI R3ER). Included from CID 7477."""

AreaDensityInConvexHull: _Final[_Code] = _Code(
    "IBSI", "7T7F", "Area Density in Convex Hull", (7477,)
)
"""Area Density in Convex Hull (IBSI 7T7F). Included from CID 7477."""

IntegratedIntensity: _Final[_Code] = _Code("IBSI", "99N0", "Integrated Intensity", (7477,))
"""Integrated Intensity (IBSI 99N0). Included from CID 7477."""

MoranIIndex: _Final[_Code] = _Code("IBSI", "N365", "Moran's I Index", (7477,))
"""Moran's I Index (IBSI N365). Included from CID 7477."""

GearyCMeasure: _Final[_Code] = _Code("IBSI", "NPT7", "Geary's C Measure", (7477,))
"""Geary's C Measure (IBSI NPT7). Included from CID 7477."""

CobbAngle: _Final[_Code] = _Code("SCT", "285285000", "Cobb angle", (7550,))
"""Cobb angle (SCT 285285000). Included from CID 7550."""

AcetabularAngle: _Final[_Code] = _Code("DCM", "121224", "Acetabular angle", (7550,))
"""Acetabular angle (DCM 121224). Included from CID 7550."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FractalDimension,
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
    JointEntropyOfGLCM,
    RootAngularSecondMomentOfGLCM,
    InverseDifferenceMomentOfGLCM,
    ContrastOfGLCM,
    DissimilarityOfGLCM,
    AngularSecondMomentOfGLCM,
    CorrelationOfGLCM,
    JointMaximumOfGLCM,
    JointAverageOfGLCM,
    JointVarianceOfGLCM,
    DifferenceAverageOfGLCM,
    DifferenceVarianceOfGLCM,
    DifferenceEntropyOfGLCM,
    SumAverageOfGLCM,
    SumVarianceOfGLCM,
    SumEntropyOfGLCM,
    InverseDifferenceOfGLCM,
    NormalizedInverseDifferenceOfGLCM,
    NormalizedInverseDifferenceMomentOfGLCM,
    InverseVarianceOfGLCM,
    AutocorrelationOfGLCM,
    ClusterTendencyOfGLCM,
    ClusterShadeOfGLCM,
    ClusterProminenceOfGLCM,
    FirstMeasureOfInformationCorrelationOfGLCM,
    SecondMeasureOfInformationCorrelationOfGLCM,
    ShortRunsEmphasis,
    LongRunsEmphasis,
    LowGrayLevelRunEmphasis,
    HighGrayLevelRunEmphasis,
    ShortRunLowGrayLevelEmphasis,
    ShortRunHighGrayLevelEmphasis,
    LongRunLowGrayLevelEmphasis,
    LongRunHighGrayLevelEmphasis,
    GrayLevelNonuniformityInRuns,
    NormalizedGrayLevelNonuniformityInRuns,
    RunLengthNonuniformity,
    NormalizedRunLengthNonuniformity,
    RunPercentage,
    GrayLevelVarianceInRuns,
    RunLengthVariance,
    RunEntropy,
    SmallZoneEmphasis,
    LargeZoneEmphasis,
    LowGrayLevelZoneEmphasis,
    HighGrayLevelZoneEmphasis,
    SmallZoneLowGrayLevelEmphasis,
    SmallZoneHighGrayLevelEmphasis,
    LargeZoneLowGrayLevelEmphasis,
    LargeZoneHighGrayLevelEmphasis,
    GrayLevelNonuniformityOfSizeZoneCounts,
    NormalizedGrayLevelNonuniformityOfSizeZoneCounts,
    ZoneSizeNonuniformity,
    NormalizedZoneSizeNonuniformity,
    SizeZonePercentage,
    GrayLevelVarianceInSizeZones,
    ZoneSizeVariance,
    ZoneSizeEntropy,
    SmallDistanceEmphasis,
    LargeDistanceEmphasis,
    LowGreyLevelZoneEmphasis,
    HighGreyLevelZoneEmphasis,
    SmallDistanceLowGreyLevelEmphasis,
    SmallDistanceHighGreyLevelEmphasis,
    LargeDistanceLowGreyLevelEmphasis,
    LargeDistanceHighGreyLevelEmphasis,
    GreyLevelNonUniformityOfDistanceZoneCounts,
    NormalizedGreyLevelNonUniformityOfDistanceZoneCounts,
    ZoneDistanceNonUniformity,
    NormalizedZoneDistanceNonUniformity,
    DistanceZonePercentage,
    GreyLevelVarianceInDistanceZones,
    ZoneDistanceVariance,
    ZoneDistanceEntropy,
    CoarsenessOfNGTDM,
    ContrastOfNGTDM,
    BusynessOfNGTDM,
    ComplexityOfNGTDM,
    StrengthOfNGTDM,
    LowDependenceEmphasis,
    HighDependenceEmphasis,
    LowGreyLevelCountEmphasis,
    HighGreyLevelCountEmphasis,
    LowDependenceLowGreyLevelEmphasis,
    LowDependenceHighGreyLevelEmphasis,
    HighDependenceLowGreyLevelEmphasis,
    HighDependenceHighGreyLevelEmphasis,
    GreyLevelNonUniformityOfNGLDM,
    NormalizedGreyLevelNonUniformityOfNGLDM,
    DependenceCountNonUniformity,
    DependenceCountNonUniformityNormalized,
    DependenceCountPercentage,
    GreyLevelVarianceOfNGLDM,
    DependenceCountVariance,
    DependenceCountEntropy,
    DependenceCountEnergy,
    T1,
    T2_113065,
    T2_113064,
    ProtonDensity,
    SpinTaggingPerfusionMRSignalIntensity,
    VelocityEncoded,
    TemperatureEncoded,
    ContrastAgentAngioMRSignalIntensity,
    TimeOfFlightAngioMRSignalIntensity,
    ProtonDensityWeightedMRSignalIntensity,
    T1WeightedMRSignalIntensity,
    T2WeightedMRSignalIntensity_110805,
    T2WeightedMRSignalIntensity_110806,
    FieldMapMRSignalIntensity,
    T1WeightedDynamicContrastEnhancedMRSignalIntensity,
    T2WeightedDynamicContrastEnhancedMRSignalIntensity_110817,
    T2WeightedDynamicContrastEnhancedMRSignalIntensity_110818,
    BloodOxygenationLevel,
    NuclearMedicineProjectionActivity,
    NuclearMedicineTomographicActivity,
    SpatialDisplacementXComponent,
    SpatialDisplacementYComponent,
    SpatialDisplacementZComponent,
    HemodynamicResistance,
    IndexedHemodynamicResistance,
    AttenuationCoefficient,
    TissueVelocity,
    FlowVelocity,
    PowerDoppler,
    FlowVariance,
    Elasticity,
    Perfusion,
    SpeedOfSound,
    UltrasoundAttenuation,
    StudentTTest,
    ZScore,
    RCoefficient,
    R2Coefficient,
    ChiSquare,
    DW,
    AIC,
    BIC,
    RGBRComponent,
    RGBGComponent,
    RGBBComponent,
    YBRFULLYComponent,
    YBRFULLCBComponent,
    YBRFULLCRComponent,
    YBRPARTIALYComponent,
    YBRPARTIALCBComponent,
    YBRPARTIALCRComponent,
    YBRICTYComponent,
    YBRICTCBComponent,
    YBRICTCRComponent,
    YBRRCTYComponent,
    YBRRCTCBComponent,
    YBRRCTCRComponent,
    Echogenicity,
    XRayAttenuation,
    MRSignalIntensity,
    BinarySegmentation,
    FractionalProbabilisticSegmentation,
    FractionalOccupancySegmentation,
    R1,
    R2_126394,
    R2_126395,
    MagnetizationTransferRatio,
    MagneticSusceptibility,
    StandardizedUptakeValue,
    Suvbw,
    Suvlbm,
    SuvlbmJames128,
    SuvlbmJanma,
    Suvbsa,
    Suvibw,
    Fat,
    FatFraction,
    WaterFatInPhase,
    WaterFatOutOfPhase,
    NegativeEnhancementIntegral,
    SignalChange,
    SignalToNoise,
    TimeCourseOfSignal,
    Water,
    WaterFraction,
    RelativeLinearStoppingPower,
    NAcetylaspartate,
    Citrate,
    Choline,
    Creatine,
    CreatineAndCholine,
    Lactate,
    Lipid,
    LipidAndLactate,
    GlutamateAndGlutamine,
    Glutamine,
    Tuarine,
    Inositol,
    CholineCreatineRatio,
    NAcetylaspartateCreatineRatio,
    NAcetylaspartateCholineRatio,
    CreatineCholineCitrateRatio,
    DiffusionWeighted,
    VolumetricDiffusionDxxComponent,
    VolumetricDiffusionDxyComponent,
    VolumetricDiffusionDxzComponent,
    VolumetricDiffusionDyyComponent,
    VolumetricDiffusionDyzComponent,
    VolumetricDiffusionDzzComponent,
    FractionalAnisotropy,
    RelativeAnisotropy,
    VolumeRatio,
    ApparentDiffusionCoefficient,
    DiffusionCoefficient,
    MonoExponentialApparentDiffusionCoefficient,
    SlowDiffusionCoefficient,
    FastDiffusionCoefficient,
    FastDiffusionCoefficientFraction,
    KurtosisDiffusionCoefficient,
    GammaDistributionScaleParameter,
    GammaDistributionShapeParameter,
    GammaDistributionMode,
    DistributedDiffusionCoefficient,
    AnomalousExponentParameter,
    Ktrans,
    Kep,
    Ve,
    TauM,
    Vp,
    AbsoluteRegionalBloodFlow,
    AbsoluteRegionalBloodVolume,
    RelativeRegionalBloodFlow,
    RelativeRegionalBloodVolume,
    MeanTransitTime,
    TimeToPeak,
    OxygenExtractionFraction,
    Tmax,
    IAUC,
    IAUC60,
    IAUC90,
    IAUC180,
    IAUCBN,
    IAUC60BN,
    IAUC90BN,
    IAUC180BN,
    TimeOfPeakConcentration,
    TimeOfLeadingHalfPeakConcentration,
    BolusArrivalTime,
    TemporalDerivativeThreshold,
    MaximumSlope,
    MaximumDifference,
    TracerConcentration,
    AbsorbedDose,
    EquivalentDose,
    ClassActivation,
    GradientWeightedClassActivation,
    Saliency,
    Length,
    PathLength,
    Distance,
    Width,
    Depth,
    Diameter,
    LongAxis,
    ShortAxis,
    MajorAxis,
    MinorAxis,
    PerpendicularAxis,
    Radius,
    Perimeter,
    Circumference,
    DiameterOfCircumscribedCircle,
    Height,
    LineSegmentLength,
    Maximum3DDiameterOfAMesh,
    MajorAxisIn3DLength,
    MinorAxisIn3DLength,
    LeastAxisIn3DLength,
    Area,
    AreaOfDefinedRegion,
    SurfaceAreaOfMesh,
    Volume,
    VolumeEstimatedFromSingle2DRegion,
    VolumeEstimatedFromTwoNonCoplanar2DRegions,
    VolumeEstimatedFromThreeOrMoreNonCoplanar2DRegions,
    VolumeOfSphere,
    VolumeOfEllipsoid,
    VolumeOfCircumscribedSphere,
    VolumeOfBoundingThreeDimensionalRegion,
    VolumeOfMesh,
    VolumeFromVoxelSummation,
    SurfaceToVolumeRatio,
    Compactness1,
    Compactness2,
    SphericalDisproportion,
    Sphericity,
    Asphericity,
    CentreOfMassShift,
    Elongation,
    Flatness,
    VolumeDensityInFrameOfReferenceAxisAlignedBoundingBox,
    AreaDensityInFrameOfReferenceAxisAlignedBoundingBox,
    VolumeDensityInOrientedMinimumBoundingBox,
    AreaDensityInOrientedMinimumBoundingBox,
    VolumeDensityInApproximateEnclosingEllipsoid,
    AreaDensityInApproximateEnclosingEllipsoid,
    VolumeDensityInMinimumVolumeEnclosingEllipsoid,
    AreaDensityInMinimumVolumeEnclosingEllipsoid,
    VolumeDensityInConvexHull,
    AreaDensityInConvexHull,
    IntegratedIntensity,
    MoranIIndex,
    GearyCMeasure,
    CobbAngle,
    AcetabularAngle,
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
