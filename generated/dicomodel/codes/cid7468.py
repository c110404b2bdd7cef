"""CID 7468 Texture Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1001.
Includes CID 7478, CID 7467, CID 7475, CID 7476, CID 7479, CID 7500, CID 7501.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7468
NAME: _Final[str] = "Texture Measurement"
KEYWORD: _Final[str | None] = "TextureMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1001"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = (7478, 7467, 7475, 7476, 7479, 7500, 7501)
EXTERNAL_SCHEME: _Final[str | None] = None

FractalDimension: _Final[_Code] = _Code("DCM", "126050", "Fractal Dimension", (7468,))
"""Fractal Dimension (DCM 126050)."""

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
