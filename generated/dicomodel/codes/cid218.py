"""CID 218 Quantitative Image Feature.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1269.
Includes CID 7468, CID 7469, CID 7477, CID 7550.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 218
NAME: Final[str] = "Quantitative Image Feature"
KEYWORD: Final[str | None] = "QuantitativeImageFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.1269"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200920"
INCLUDES: Final[tuple[int, ...]] = (7468, 7469, 7477, 7550)
EXTERNAL_SCHEME: Final[str | None] = None

FractalDimension: Final[Code] = Code("DCM", "126050", "Fractal Dimension", (7468,))
"""Fractal Dimension (DCM 126050). Included from CID 7468."""

IntensityHistogramMean: Final[Code] = Code("IBSI", "X6K6", "Intensity Histogram Mean", (7478,))
"""Intensity Histogram Mean (IBSI X6K6). Included from CID 7478."""

IntensityHistogramVariance: Final[Code] = Code(
    "IBSI", "CH89", "Intensity Histogram Variance", (7478,)
)
"""Intensity Histogram Variance (IBSI CH89). Included from CID 7478."""

IntensityHistogramSkewness: Final[Code] = Code(
    "IBSI", "88K1", "Intensity Histogram Skewness", (7478,)
)
"""Intensity Histogram Skewness (IBSI 88K1). Included from CID 7478."""

IntensityHistogramKurtosis: Final[Code] = Code(
    "IBSI", "C3I7", "Intensity Histogram Kurtosis", (7478,)
)
"""Intensity Histogram Kurtosis (IBSI C3I7). Included from CID 7478."""

IntensityHistogramMedian: Final[Code] = Code("IBSI", "WIFQ", "Intensity Histogram Median", (7478,))
"""Intensity Histogram Median (IBSI WIFQ). Included from CID 7478."""

IntensityHistogramMinimumGrayLevel: Final[Code] = Code(
    "IBSI", "1PR8", "Intensity Histogram Minimum Gray Level", (7478,)
)
"""Intensity Histogram Minimum Gray Level (IBSI 1PR8). Included from CID 7478."""

IntensityHistogram10thPercentile: Final[Code] = Code(
    "IBSI", "GPMT", "Intensity Histogram 10th Percentile", (7478,)
)
"""Intensity Histogram 10th Percentile (IBSI GPMT). Included from CID 7478."""

IntensityHistogram90thPercentile: Final[Code] = Code(
    "IBSI", "OZ0C", "Intensity Histogram 90th Percentile", (7478,)
)
"""Intensity Histogram 90th Percentile (IBSI OZ0C). Included from CID 7478."""

IntensityHistogramMaximumGrayLevel: Final[Code] = Code(
    "IBSI", "3NCY", "Intensity Histogram Maximum Gray Level", (7478,)
)
"""Intensity Histogram Maximum Gray Level (IBSI 3NCY). Included from CID 7478."""

IntensityHistogramMode: Final[Code] = Code("IBSI", "AMMC", "Intensity Histogram Mode", (7478,))
"""Intensity Histogram Mode (IBSI AMMC). Included from CID 7478."""

IntensityHistogramInterquartileRange: Final[Code] = Code(
    "IBSI", "WR0O", "Intensity Histogram Interquartile Range", (7478,)
)
"""Intensity Histogram Interquartile Range (IBSI WR0O). Included from CID 7478."""

IntensityHistogramRange: Final[Code] = Code("IBSI", "5Z3W", "Intensity Histogram Range", (7478,))
"""Intensity Histogram Range (IBSI 5Z3W). Included from CID 7478."""

IntensityHistogramMeanAbsoluteDeviation: Final[Code] = Code(
    "IBSI", "D2ZX", "Intensity Histogram Mean Absolute Deviation", (7478,)
)
"""Intensity Histogram Mean Absolute Deviation (IBSI D2ZX). Included from CID 7478."""

IntensityHistogramRobustMeanAbsoluteDeviation: Final[Code] = Code(
    "IBSI", "WRZB", "Intensity Histogram Robust Mean Absolute Deviation", (7478,)
)
"""Intensity Histogram Robust Mean Absolute Deviation (IBSI WRZB). Included from CID 7478."""

IntensityHistogramMedianAbsoluteDeviation: Final[Code] = Code(
    "IBSI", "4RNL", "Intensity Histogram Median Absolute Deviation", (7478,)
)
"""Intensity Histogram Median Absolute Deviation (IBSI 4RNL). Included from CID 7478."""

IntensityHistogramCoefficientOfVariation: Final[Code] = Code(
    "IBSI", "CWYJ", "Intensity Histogram Coefficient of Variation", (7478,)
)
"""Intensity Histogram Coefficient of Variation (IBSI CWYJ). Included from CID 7478."""

IntensityHistogramQuartileCoefficientOfDispersion: Final[Code] = Code(
    "IBSI", "SLWD", "Intensity Histogram Quartile Coefficient of Dispersion", (7478,)
)
"""Intensity Histogram Quartile Coefficient of Dispersion (IBSI SLWD). Included from CID 7478."""

IntensityHistogramEntropy: Final[Code] = Code(
    "IBSI", "TLU2", "Intensity Histogram Entropy", (7478,)
)
"""Intensity Histogram Entropy (IBSI TLU2). Included from CID 7478."""

IntensityHistogramUniformity: Final[Code] = Code(
    "IBSI", "BJ5W", "Intensity Histogram Uniformity", (7478,)
)
"""Intensity Histogram Uniformity (IBSI BJ5W). Included from CID 7478."""

IntensityHistogramMaximumGradient: Final[Code] = Code(
    "IBSI", "12CE", "Intensity Histogram Maximum Gradient", (7478,)
)
"""Intensity Histogram Maximum Gradient (IBSI 12CE). Included from CID 7478."""

IntensityHistogramMaximumGradientGrayLevel: Final[Code] = Code(
    "IBSI", "8E6O", "Intensity Histogram Maximum Gradient Gray Level", (7478,)
)
"""Intensity Histogram Maximum Gradient Gray Level (IBSI 8E6O). Included from CID 7478."""

IntensityHistogramMinimumGradient: Final[Code] = Code(
    "IBSI", "VQB3", "Intensity Histogram Minimum Gradient", (7478,)
)
"""Intensity Histogram Minimum Gradient (IBSI VQB3). Included from CID 7478."""

IntensityHistogramMinimumGradientGrayLevel: Final[Code] = Code(
    "IBSI", "RHQZ", "Intensity Histogram Minimum Gradient Gray Level", (7478,)
)
"""Intensity Histogram Minimum Gradient Gray Level (IBSI RHQZ). Included from CID 7478."""

JointEntropyOfGLCM: Final[Code] = Code("IBSI", "TU9B", "Joint Entropy of GLCM", (7467,))
"""Joint Entropy of GLCM (IBSI TU9B). Included from CID 7467."""

RootAngularSecondMomentOfGLCM: Final[Code] = Code(
    "DCM", "126061", "Root Angular Second Moment of GLCM", (7467,)
)
"""Root Angular Second Moment of GLCM (DCM 126061). Included from CID 7467."""

InverseDifferenceMomentOfGLCM: Final[Code] = Code(
    "IBSI", "WF0Z", "Inverse Difference Moment of GLCM", (7467,)
)
"""Inverse Difference Moment of GLCM (IBSI WF0Z). Included from CID 7467."""

ContrastOfGLCM: Final[Code] = Code("IBSI", "ACUI", "Contrast of GLCM", (7467,))
"""Contrast of GLCM (IBSI ACUI). Included from CID 7467."""

DissimilarityOfGLCM: Final[Code] = Code("IBSI", "8S9J", "Dissimilarity of GLCM", (7467,))
"""Dissimilarity of GLCM (IBSI 8S9J). Included from CID 7467."""

AngularSecondMomentOfGLCM: Final[Code] = Code(
    "IBSI", "8ZQL", "Angular Second Moment of GLCM", (7467,)
)
"""Angular Second Moment of GLCM (IBSI 8ZQL). Included from CID 7467."""

CorrelationOfGLCM: Final[Code] = Code("IBSI", "NI2N", "Correlation of GLCM", (7467,))
"""Correlation of GLCM (IBSI NI2N). Included from CID 7467."""

JointMaximumOfGLCM: Final[Code] = Code("IBSI", "GYBY", "Joint Maximum of GLCM", (7467,))
"""Joint Maximum of GLCM (IBSI GYBY). Included from CID 7467."""

JointAverageOfGLCM: Final[Code] = Code("IBSI", "60VM", "Joint Average of GLCM", (7467,))
"""Joint Average of GLCM (IBSI 60VM). Included from CID 7467."""

JointVarianceOfGLCM: Final[Code] = Code("IBSI", "UR99", "Joint Variance of GLCM", (7467,))
"""Joint Variance of GLCM (IBSI UR99). Included from CID 7467."""

DifferenceAverageOfGLCM: Final[Code] = Code("IBSI", "TF7R", "Difference Average of GLCM", (7467,))
"""Difference Average of GLCM (IBSI TF7R). Included from CID 7467."""

DifferenceVarianceOfGLCM: Final[Code] = Code("IBSI", "D3YU", "Difference Variance of GLCM", (7467,))
"""Difference Variance of GLCM (IBSI D3YU). Included from CID 7467."""

DifferenceEntropyOfGLCM: Final[Code] = Code("IBSI", "NTRS", "Difference Entropy of GLCM", (7467,))
"""Difference Entropy of GLCM (IBSI NTRS). Included from CID 7467."""

SumAverageOfGLCM: Final[Code] = Code("IBSI", "ZGXS", "Sum Average of GLCM", (7467,))
"""Sum Average of GLCM (IBSI ZGXS). Included from CID 7467."""

SumVarianceOfGLCM: Final[Code] = Code("IBSI", "OEEB", "Sum Variance of GLCM", (7467,))
"""Sum Variance of GLCM (IBSI OEEB). Included from CID 7467."""

SumEntropyOfGLCM: Final[Code] = Code("IBSI", "P6QZ", "Sum Entropy of GLCM", (7467,))
"""Sum Entropy of GLCM (IBSI P6QZ). Included from CID 7467."""

InverseDifferenceOfGLCM: Final[Code] = Code("IBSI", "IB1Z", "Inverse Difference of GLCM", (7467,))
"""Inverse Difference of GLCM (IBSI IB1Z). Included from CID 7467."""

NormalizedInverseDifferenceOfGLCM: Final[Code] = Code(
    "IBSI", "NDRX", "Normalized Inverse Difference of GLCM", (7467,)
)
"""Normalized Inverse Difference of GLCM (IBSI NDRX). Included from CID 7467."""

NormalizedInverseDifferenceMomentOfGLCM: Final[Code] = Code(
    "IBSI", "1QCO", "Normalized Inverse Difference Moment of GLCM", (7467,)
)
"""Normalized Inverse Difference Moment of GLCM (IBSI 1QCO). Included from CID 7467."""

InverseVarianceOfGLCM: Final[Code] = Code("IBSI", "E8JP", "Inverse Variance of GLCM", (7467,))
"""Inverse Variance of GLCM (IBSI E8JP). Included from CID 7467."""

AutocorrelationOfGLCM: Final[Code] = Code("IBSI", "QWB0", "Autocorrelation of GLCM", (7467,))
"""Autocorrelation of GLCM (IBSI QWB0). Included from CID 7467."""

ClusterTendencyOfGLCM: Final[Code] = Code("IBSI", "DG8W", "Cluster Tendency of GLCM", (7467,))
"""Cluster Tendency of GLCM (IBSI DG8W). Included from CID 7467."""

ClusterShadeOfGLCM: Final[Code] = Code("IBSI", "7NFM", "Cluster Shade of GLCM", (7467,))
"""Cluster Shade of GLCM (IBSI 7NFM). Included from CID 7467."""

ClusterProminenceOfGLCM: Final[Code] = Code("IBSI", "AE86", "Cluster Prominence of GLCM", (7467,))
"""Cluster Prominence of GLCM (IBSI AE86). Included from CID 7467."""

FirstMeasureOfInformationCorrelationOfGLCM: Final[Code] = Code(
    "IBSI", "R8DG", "First Measure of Information Correlation of GLCM", (7467,)
)
"""First Measure of Information Correlation of GLCM (IBSI R8DG). Included from CID 7467."""

SecondMeasureOfInformationCorrelationOfGLCM: Final[Code] = Code(
    "IBSI", "JN9H", "Second Measure of Information Correlation of GLCM", (7467,)
)
"""Second Measure of Information Correlation of GLCM (IBSI JN9H). Included from CID 7467."""

ShortRunsEmphasis: Final[Code] = Code("IBSI", "22OV", "Short Runs Emphasis", (7475,))
"""Short Runs Emphasis (IBSI 22OV). Included from CID 7475."""

LongRunsEmphasis: Final[Code] = Code("IBSI", "W4KF", "Long Runs Emphasis", (7475,))
"""Long Runs Emphasis (IBSI W4KF). Included from CID 7475."""

LowGrayLevelRunEmphasis: Final[Code] = Code("IBSI", "V3SW", "Low Gray Level Run Emphasis", (7475,))
"""Low Gray Level Run Emphasis (IBSI V3SW). Included from CID 7475."""

HighGrayLevelRunEmphasis: Final[Code] = Code(
    "IBSI", "G3QZ", "High Gray Level Run Emphasis", (7475,)
)
"""High Gray Level Run Emphasis (IBSI G3QZ). Included from CID 7475."""

ShortRunLowGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "HTZT", "Short Run Low Gray Level Emphasis", (7475,)
)
"""Short Run Low Gray Level Emphasis (IBSI HTZT). Included from CID 7475."""

ShortRunHighGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "GD3A", "Short Run High Gray Level Emphasis", (7475,)
)
"""Short Run High Gray Level Emphasis (IBSI GD3A). Included from CID 7475."""

LongRunLowGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "IVPO", "Long Run Low Gray Level Emphasis", (7475,)
)
"""Long Run Low Gray Level Emphasis (IBSI IVPO). Included from CID 7475."""

LongRunHighGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "3KUM", "Long Run High Gray Level Emphasis", (7475,)
)
"""Long Run High Gray Level Emphasis (IBSI 3KUM). Included from CID 7475."""

GrayLevelNonuniformityInRuns: Final[Code] = Code(
    "IBSI", "R5YN", "Gray Level Nonuniformity in Runs", (7475,)
)
"""Gray Level Nonuniformity in Runs (IBSI R5YN). Included from CID 7475."""

NormalizedGrayLevelNonuniformityInRuns: Final[Code] = Code(
    "IBSI", "OVBL", "Normalized Gray Level Nonuniformity in Runs", (7475,)
)
"""Normalized Gray Level Nonuniformity in Runs (IBSI OVBL). Included from CID 7475."""

RunLengthNonuniformity: Final[Code] = Code("IBSI", "W92Y", "Run Length Nonuniformity", (7475,))
"""Run Length Nonuniformity (IBSI W92Y). Included from CID 7475."""

NormalizedRunLengthNonuniformity: Final[Code] = Code(
    "IBSI", "IC23", "Normalized Run Length Nonuniformity", (7475,)
)
"""Normalized Run Length Nonuniformity (IBSI IC23). Included from CID 7475."""

RunPercentage: Final[Code] = Code("IBSI", "9ZK5", "Run Percentage", (7475,))
"""Run Percentage (IBSI 9ZK5). Included from CID 7475."""

GrayLevelVarianceInRuns: Final[Code] = Code("IBSI", "8CE5", "Gray Level Variance in Runs", (7475,))
"""Gray Level Variance in Runs (IBSI 8CE5). Included from CID 7475."""

RunLengthVariance: Final[Code] = Code("IBSI", "SXLW", "Run Length Variance", (7475,))
"""Run Length Variance (IBSI SXLW). Included from CID 7475."""

RunEntropy: Final[Code] = Code("IBSI", "HJ9O", "Run Entropy", (7475,))
"""Run Entropy (IBSI HJ9O). Included from CID 7475."""

SmallZoneEmphasis: Final[Code] = Code("IBSI", "5QRC", "Small Zone Emphasis", (7476,))
"""Small Zone Emphasis (IBSI 5QRC). Included from CID 7476."""

LargeZoneEmphasis: Final[Code] = Code("IBSI", "48P8", "Large Zone Emphasis", (7476,))
"""Large Zone Emphasis (IBSI 48P8). Included from CID 7476."""

LowGrayLevelZoneEmphasis: Final[Code] = Code(
    "IBSI", "XMSY", "Low Gray Level Zone Emphasis", (7476,)
)
"""Low Gray Level Zone Emphasis (IBSI XMSY). Included from CID 7476."""

HighGrayLevelZoneEmphasis: Final[Code] = Code(
    "IBSI", "5GN9", "High Gray Level Zone Emphasis", (7476,)
)
"""High Gray Level Zone Emphasis (IBSI 5GN9). Included from CID 7476."""

SmallZoneLowGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "5RAI", "Small Zone Low Gray Level Emphasis", (7476,)
)
"""Small Zone Low Gray Level Emphasis (IBSI 5RAI). Included from CID 7476."""

SmallZoneHighGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "HW1V", "Small Zone High Gray Level Emphasis", (7476,)
)
"""Small Zone High Gray Level Emphasis (IBSI HW1V). Included from CID 7476."""

LargeZoneLowGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "YH51", "Large Zone Low Gray Level Emphasis", (7476,)
)
"""Large Zone Low Gray Level Emphasis (IBSI YH51). Included from CID 7476."""

LargeZoneHighGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "J17V", "Large Zone High Gray Level Emphasis", (7476,)
)
"""Large Zone High Gray Level Emphasis (IBSI J17V). Included from CID 7476."""

GrayLevelNonuniformityOfSizeZoneCounts: Final[Code] = Code(
    "IBSI", "JNSA", "Gray Level Nonuniformity of Size Zone Counts", (7476,)
)
"""Gray Level Nonuniformity of Size Zone Counts (IBSI JNSA). Included from CID 7476."""

NormalizedGrayLevelNonuniformityOfSizeZoneCounts: Final[Code] = Code(
    "IBSI", "Y1RO", "Normalized Gray Level Nonuniformity of Size Zone Counts", (7476,)
)
"""Normalized Gray Level Nonuniformity of Size Zone Counts (IBSI Y1RO). Included from CID 7476."""

ZoneSizeNonuniformity: Final[Code] = Code("IBSI", "4JP3", "Zone Size Nonuniformity", (7476,))
"""Zone Size Nonuniformity (IBSI 4JP3). Included from CID 7476."""

NormalizedZoneSizeNonuniformity: Final[Code] = Code(
    "IBSI", "VB3A", "Normalized Zone Size Nonuniformity", (7476,)
)
"""Normalized Zone Size Nonuniformity (IBSI VB3A). Included from CID 7476."""

SizeZonePercentage: Final[Code] = Code("IBSI", "P30P", "Size Zone Percentage", (7476,))
"""Size Zone Percentage (IBSI P30P). Included from CID 7476."""

GrayLevelVarianceInSizeZones: Final[Code] = Code(
    "IBSI", "BYLV", "Gray Level Variance in Size Zones", (7476,)
)
"""Gray Level Variance in Size Zones (IBSI BYLV). Included from CID 7476."""

ZoneSizeVariance: Final[Code] = Code("IBSI", "3NSA", "Zone Size Variance", (7476,))
"""Zone Size Variance (IBSI 3NSA). Included from CID 7476."""

ZoneSizeEntropy: Final[Code] = Code("IBSI", "GU8N", "Zone Size Entropy", (7476,))
"""Zone Size Entropy (IBSI GU8N). Included from CID 7476."""

SmallDistanceEmphasis: Final[Code] = Code("IBSI", "0GBI", "Small Distance Emphasis", (7479,))
"""Small Distance Emphasis (IBSI 0GBI). Included from CID 7479."""

LargeDistanceEmphasis: Final[Code] = Code("IBSI", "MB4I", "Large Distance Emphasis", (7479,))
"""Large Distance Emphasis (IBSI MB4I). Included from CID 7479."""

LowGreyLevelZoneEmphasis: Final[Code] = Code(
    "IBSI", "S1RA", "Low Grey Level Zone Emphasis", (7479,)
)
"""Low Grey Level Zone Emphasis (IBSI S1RA). Included from CID 7479."""

HighGreyLevelZoneEmphasis: Final[Code] = Code(
    "IBSI", "K26C", "High Grey Level Zone Emphasis", (7479,)
)
"""High Grey Level Zone Emphasis (IBSI K26C). Included from CID 7479."""

SmallDistanceLowGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "RUVG", "Small Distance Low Grey Level Emphasis", (7479,)
)
"""Small Distance Low Grey Level Emphasis (IBSI RUVG). Included from CID 7479."""

SmallDistanceHighGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "DKNJ", "Small Distance High Grey Level Emphasis", (7479,)
)
"""Small Distance High Grey Level Emphasis (IBSI DKNJ). Included from CID 7479."""

LargeDistanceLowGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "A7WM", "Large Distance Low Grey Level Emphasis", (7479,)
)
"""Large Distance Low Grey Level Emphasis (IBSI A7WM). Included from CID 7479."""

LargeDistanceHighGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "KLTH", "Large Distance High Grey Level Emphasis", (7479,)
)
"""Large Distance High Grey Level Emphasis (IBSI KLTH). Included from CID 7479."""

GreyLevelNonUniformityOfDistanceZoneCounts: Final[Code] = Code(
    "IBSI", "VFT7", "Grey Level Non-uniformity of Distance Zone Counts", (7479,)
)
"""Grey Level Non-uniformity of Distance Zone Counts (IBSI VFT7). Included from CID 7479."""

NormalizedGreyLevelNonUniformityOfDistanceZoneCounts: Final[Code] = Code(
    "IBSI", "7HP3", "Normalized Grey Level Non-uniformity of Distance Zone Counts", (7479,)
)
"""Normalized Grey Level Non-uniformity of Distance Zone Counts (IBSI 7HP3). Included from CID 7479."""

ZoneDistanceNonUniformity: Final[Code] = Code(
    "IBSI", "V294", "Zone Distance Non-uniformity", (7479,)
)
"""Zone Distance Non-uniformity (IBSI V294). Included from CID 7479."""

NormalizedZoneDistanceNonUniformity: Final[Code] = Code(
    "IBSI", "IATH", "Normalized Zone Distance Non-uniformity", (7479,)
)
"""Normalized Zone Distance Non-uniformity (IBSI IATH). Included from CID 7479."""

DistanceZonePercentage: Final[Code] = Code("IBSI", "VIWW", "Distance Zone Percentage", (7479,))
"""Distance Zone Percentage (IBSI VIWW). Included from CID 7479."""

GreyLevelVarianceInDistanceZones: Final[Code] = Code(
    "IBSI", "QK93", "Grey Level Variance in Distance Zones", (7479,)
)
"""Grey Level Variance in Distance Zones (IBSI QK93). Included from CID 7479."""

ZoneDistanceVariance: Final[Code] = Code("IBSI", "7WT1", "Zone Distance Variance", (7479,))
"""Zone Distance Variance (IBSI 7WT1). Included from CID 7479."""

ZoneDistanceEntropy: Final[Code] = Code("IBSI", "GBDU", "Zone Distance Entropy", (7479,))
"""Zone Distance Entropy (IBSI GBDU). Included from CID 7479."""

CoarsenessOfNGTDM: Final[Code] = Code("IBSI", "QCDE", "Coarseness of NGTDM", (7500,))
"""Coarseness of NGTDM (IBSI QCDE). Included from CID 7500."""

ContrastOfNGTDM: Final[Code] = Code("IBSI", "65HE", "Contrast of NGTDM", (7500,))
"""Contrast of NGTDM (IBSI 65HE). Included from CID 7500."""

BusynessOfNGTDM: Final[Code] = Code("IBSI", "NQ30", "Busyness of NGTDM", (7500,))
"""Busyness of NGTDM (IBSI NQ30). Included from CID 7500."""

ComplexityOfNGTDM: Final[Code] = Code("IBSI", "HDEZ", "Complexity of NGTDM", (7500,))
"""Complexity of NGTDM (IBSI HDEZ). Included from CID 7500."""

StrengthOfNGTDM: Final[Code] = Code("IBSI", "1X9X", "Strength of NGTDM", (7500,))
"""Strength of NGTDM (IBSI 1X9X). Included from CID 7500."""

LowDependenceEmphasis: Final[Code] = Code("IBSI", "SODN", "Low dependence emphasis", (7501,))
"""Low dependence emphasis (IBSI SODN). Included from CID 7501."""

HighDependenceEmphasis: Final[Code] = Code("IBSI", "IMOQ", "High dependence emphasis", (7501,))
"""High dependence emphasis (IBSI IMOQ). Included from CID 7501."""

LowGreyLevelCountEmphasis: Final[Code] = Code(
    "IBSI", "TL9H", "Low grey level count emphasis", (7501,)
)
"""Low grey level count emphasis (IBSI TL9H). Included from CID 7501."""

HighGreyLevelCountEmphasis: Final[Code] = Code(
    "IBSI", "OAE7", "High grey level count emphasis", (7501,)
)
"""High grey level count emphasis (IBSI OAE7). Included from CID 7501."""

LowDependenceLowGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "EQ3F", "Low dependence low grey level emphasis", (7501,)
)
"""Low dependence low grey level emphasis (IBSI EQ3F). Included from CID 7501."""

LowDependenceHighGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "JA6D", "Low dependence high grey level emphasis", (7501,)
)
"""Low dependence high grey level emphasis (IBSI JA6D). Included from CID 7501."""

HighDependenceLowGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "NBZI", "High dependence low grey level emphasis", (7501,)
)
"""High dependence low grey level emphasis (IBSI NBZI). Included from CID 7501."""

HighDependenceHighGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "9QMG", "High dependence high grey level emphasis", (7501,)
)
"""High dependence high grey level emphasis (IBSI 9QMG). Included from CID 7501."""

GreyLevelNonUniformityOfNGLDM: Final[Code] = Code(
    "IBSI", "FP8K", "Grey level non-uniformity of NGLDM", (7501,)
)
"""Grey level non-uniformity of NGLDM (IBSI FP8K). Included from CID 7501."""

NormalizedGreyLevelNonUniformityOfNGLDM: Final[Code] = Code(
    "IBSI", "5SPA", "Normalized grey level non-uniformity of NGLDM", (7501,)
)
"""Normalized grey level non-uniformity of NGLDM (IBSI 5SPA). Included from CID 7501."""

DependenceCountNonUniformity: Final[Code] = Code(
    "IBSI", "Z87G", "Dependence count non-uniformity", (7501,)
)
"""Dependence count non-uniformity (IBSI Z87G). Included from CID 7501."""

DependenceCountNonUniformityNormalized: Final[Code] = Code(
    "IBSI", "OKJI", "Dependence count non-uniformity normalized", (7501,)
)
"""Dependence count non-uniformity normalized (IBSI OKJI). Included from CID 7501."""

DependenceCountPercentage: Final[Code] = Code(
    "IBSI", "6XV8", "Dependence count percentage", (7501,)
)
"""Dependence count percentage (IBSI 6XV8). Included from CID 7501."""

GreyLevelVarianceOfNGLDM: Final[Code] = Code(
    "IBSI", "1PFV", "Grey level variance of NGLDM", (7501,)
)
"""Grey level variance of NGLDM (IBSI 1PFV). Included from CID 7501."""

DependenceCountVariance: Final[Code] = Code("IBSI", "DNX2", "Dependence count variance", (7501,))
"""Dependence count variance (IBSI DNX2). Included from CID 7501."""

DependenceCountEntropy: Final[Code] = Code("IBSI", "FCBV", "Dependence count entropy", (7501,))
"""Dependence count entropy (IBSI FCBV). Included from CID 7501."""

DependenceCountEnergy: Final[Code] = Code("IBSI", "CAS9", "Dependence count energy", (7501,))
"""Dependence count energy (IBSI CAS9). Included from CID 7501."""

T1: Final[Code] = Code("DCM", "113063", "T1", (7180,))
"""T1 (DCM 113063). Included from CID 7180."""

T2_113065: Final[Code] = Code("DCM", "113065", "T2", (7180,))
"""T2 (DCM 113065). Included from CID 7180."""

T2_113064: Final[Code] = Code("DCM", "113064", "T2*", (7180,))
"""T2* (DCM 113064). Included from CID 7180."""

ProtonDensity: Final[Code] = Code("DCM", "113058", "Proton Density", (7180,))
"""Proton Density (DCM 113058). Included from CID 7180."""

SpinTaggingPerfusionMRSignalIntensity: Final[Code] = Code(
    "DCM", "110800", "Spin Tagging Perfusion MR Signal Intensity", (7180,)
)
"""Spin Tagging Perfusion MR Signal Intensity (DCM 110800). Included from CID 7180."""

VelocityEncoded: Final[Code] = Code("DCM", "113070", "Velocity encoded", (7180,))
"""Velocity encoded (DCM 113070). Included from CID 7180."""

TemperatureEncoded: Final[Code] = Code("DCM", "113067", "Temperature encoded", (7180,))
"""Temperature encoded (DCM 113067). Included from CID 7180."""

ContrastAgentAngioMRSignalIntensity: Final[Code] = Code(
    "DCM", "110801", "Contrast Agent Angio MR Signal Intensity", (7180,)
)
"""Contrast Agent Angio MR Signal Intensity (DCM 110801). Included from CID 7180."""

TimeOfFlightAngioMRSignalIntensity: Final[Code] = Code(
    "DCM", "110802", "Time Of Flight Angio MR Signal Intensity", (7180,)
)
"""Time Of Flight Angio MR Signal Intensity (DCM 110802). Included from CID 7180."""

ProtonDensityWeightedMRSignalIntensity: Final[Code] = Code(
    "DCM", "110803", "Proton Density Weighted MR Signal Intensity", (7180,)
)
"""Proton Density Weighted MR Signal Intensity (DCM 110803). Included from CID 7180."""

T1WeightedMRSignalIntensity: Final[Code] = Code(
    "DCM", "110804", "T1 Weighted MR Signal Intensity", (6311, 7180)
)
"""T1 Weighted MR Signal Intensity (DCM 110804). Included from CID 7180."""

T2WeightedMRSignalIntensity_110805: Final[Code] = Code(
    "DCM", "110805", "T2 Weighted MR Signal Intensity", (6311, 7180)
)
"""T2 Weighted MR Signal Intensity (DCM 110805). Included from CID 7180."""

T2WeightedMRSignalIntensity_110806: Final[Code] = Code(
    "DCM", "110806", "T2* Weighted MR Signal Intensity", (7180,)
)
"""T2* Weighted MR Signal Intensity (DCM 110806). Included from CID 7180."""

FieldMapMRSignalIntensity: Final[Code] = Code(
    "DCM", "110807", "Field Map MR Signal Intensity", (7180,)
)
"""Field Map MR Signal Intensity (DCM 110807). Included from CID 7180."""

T1WeightedDynamicContrastEnhancedMRSignalIntensity: Final[Code] = Code(
    "DCM", "110816", "T1 Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T1 Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110816). Included from CID 7180."""

T2WeightedDynamicContrastEnhancedMRSignalIntensity_110817: Final[Code] = Code(
    "DCM", "110817", "T2 Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T2 Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110817). Included from CID 7180."""

T2WeightedDynamicContrastEnhancedMRSignalIntensity_110818: Final[Code] = Code(
    "DCM", "110818", "T2* Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T2* Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110818). Included from CID 7180."""

BloodOxygenationLevel: Final[Code] = Code("DCM", "110819", "Blood Oxygenation Level", (7180, 11006))
"""Blood Oxygenation Level (DCM 110819). Included from CID 7180."""

NuclearMedicineProjectionActivity: Final[Code] = Code(
    "DCM", "110820", "Nuclear Medicine Projection Activity", (7180,)
)
"""Nuclear Medicine Projection Activity (DCM 110820). Included from CID 7180."""

NuclearMedicineTomographicActivity: Final[Code] = Code(
    "DCM", "110821", "Nuclear Medicine Tomographic Activity", (7180,)
)
"""Nuclear Medicine Tomographic Activity (DCM 110821). Included from CID 7180."""

SpatialDisplacementXComponent: Final[Code] = Code(
    "DCM", "110822", "Spatial Displacement X Component", (7180,)
)
"""Spatial Displacement X Component (DCM 110822). Included from CID 7180."""

SpatialDisplacementYComponent: Final[Code] = Code(
    "DCM", "110823", "Spatial Displacement Y Component", (7180,)
)
"""Spatial Displacement Y Component (DCM 110823). Included from CID 7180."""

SpatialDisplacementZComponent: Final[Code] = Code(
    "DCM", "110824", "Spatial Displacement Z Component", (7180,)
)
"""Spatial Displacement Z Component (DCM 110824). Included from CID 7180."""

HemodynamicResistance: Final[Code] = Code("DCM", "110825", "Hemodynamic Resistance", (7180,))
"""Hemodynamic Resistance (DCM 110825). Included from CID 7180."""

IndexedHemodynamicResistance: Final[Code] = Code(
    "DCM", "110826", "Indexed Hemodynamic Resistance", (7180,)
)
"""Indexed Hemodynamic Resistance (DCM 110826). Included from CID 7180."""

AttenuationCoefficient: Final[Code] = Code(
    "DCM", "112031", "Attenuation Coefficient", (6141, 7180, 10069)
)
"""Attenuation Coefficient (DCM 112031). Included from CID 7180."""

TissueVelocity: Final[Code] = Code("DCM", "110827", "Tissue Velocity", (7180,))
"""Tissue Velocity (DCM 110827). Included from CID 7180."""

FlowVelocity: Final[Code] = Code("DCM", "110828", "Flow Velocity", (7180, 12120))
"""Flow Velocity (DCM 110828). Included from CID 7180."""

PowerDoppler: Final[Code] = Code("SCT", "425704008", "Power Doppler", (7180, 12224))
"""Power Doppler (SCT 425704008). Included from CID 7180."""

FlowVariance: Final[Code] = Code("DCM", "110829", "Flow Variance", (7180,))
"""Flow Variance (DCM 110829). Included from CID 7180."""

Elasticity: Final[Code] = Code("DCM", "110830", "Elasticity", (7180, 11006, 12308))
"""Elasticity (DCM 110830). Included from CID 7180."""

Perfusion: Final[Code] = Code("DCM", "110831", "Perfusion", (7180, 11006))
"""Perfusion (DCM 110831). Included from CID 7180."""

SpeedOfSound: Final[Code] = Code("DCM", "110832", "Speed of sound", (7180,))
"""Speed of sound (DCM 110832). Included from CID 7180."""

UltrasoundAttenuation: Final[Code] = Code("DCM", "110833", "Ultrasound Attenuation", (7180,))
"""Ultrasound Attenuation (DCM 110833). Included from CID 7180."""

StudentTTest: Final[Code] = Code("DCM", "113068", "Student's T-test", (7180,))
"""Student's T-test (DCM 113068). Included from CID 7180."""

ZScore: Final[Code] = Code("DCM", "113071", "Z-score", (7180,))
"""Z-score (DCM 113071). Included from CID 7180."""

RCoefficient: Final[Code] = Code("DCM", "113057", "R-Coefficient", (7180,))
"""R-Coefficient (DCM 113057). Included from CID 7180."""

R2Coefficient: Final[Code] = Code("DCM", "126220", "R2-Coefficient", (7180,))
"""R2-Coefficient (DCM 126220). Included from CID 7180."""

ChiSquare: Final[Code] = Code("DCM", "126221", "Chi-square", (7180,))
"""Chi-square (DCM 126221). Included from CID 7180."""

DW: Final[Code] = Code("DCM", "126222", "D-W", (7180,))
"""D-W (DCM 126222). Included from CID 7180."""

AIC: Final[Code] = Code("DCM", "126223", "AIC", (7180,))
"""AIC (DCM 126223). Included from CID 7180."""

BIC: Final[Code] = Code("DCM", "126224", "BIC", (7180,))
"""BIC (DCM 126224). Included from CID 7180."""

RGBRComponent: Final[Code] = Code("DCM", "110834", "RGB R Component", (7180, 7186))
"""RGB R Component (DCM 110834). Included from CID 7180."""

RGBGComponent: Final[Code] = Code("DCM", "110835", "RGB G Component", (7180, 7186))
"""RGB G Component (DCM 110835). Included from CID 7180."""

RGBBComponent: Final[Code] = Code("DCM", "110836", "RGB B Component", (7180, 7186))
"""RGB B Component (DCM 110836). Included from CID 7180."""

YBRFULLYComponent: Final[Code] = Code("DCM", "110837", "YBR FULL Y Component", (7180, 7186))
"""YBR FULL Y Component (DCM 110837). Included from CID 7180."""

YBRFULLCBComponent: Final[Code] = Code("DCM", "110838", "YBR FULL CB Component", (7180, 7186))
"""YBR FULL CB Component (DCM 110838). Included from CID 7180."""

YBRFULLCRComponent: Final[Code] = Code("DCM", "110839", "YBR FULL CR Component", (7180, 7186))
"""YBR FULL CR Component (DCM 110839). Included from CID 7180."""

YBRPARTIALYComponent: Final[Code] = Code("DCM", "110840", "YBR PARTIAL Y Component", (7180, 7186))
"""YBR PARTIAL Y Component (DCM 110840). Included from CID 7180."""

YBRPARTIALCBComponent: Final[Code] = Code("DCM", "110841", "YBR PARTIAL CB Component", (7180, 7186))
"""YBR PARTIAL CB Component (DCM 110841). Included from CID 7180."""

YBRPARTIALCRComponent: Final[Code] = Code("DCM", "110842", "YBR PARTIAL CR Component", (7180, 7186))
"""YBR PARTIAL CR Component (DCM 110842). Included from CID 7180."""

YBRICTYComponent: Final[Code] = Code("DCM", "110843", "YBR ICT Y Component", (7180, 7186))
"""YBR ICT Y Component (DCM 110843). Included from CID 7180."""

YBRICTCBComponent: Final[Code] = Code("DCM", "110844", "YBR ICT CB Component", (7180, 7186))
"""YBR ICT CB Component (DCM 110844). Included from CID 7180."""

YBRICTCRComponent: Final[Code] = Code("DCM", "110845", "YBR ICT CR Component", (7180, 7186))
"""YBR ICT CR Component (DCM 110845). Included from CID 7180."""

YBRRCTYComponent: Final[Code] = Code("DCM", "110846", "YBR RCT Y Component", (7180, 7186))
"""YBR RCT Y Component (DCM 110846). Included from CID 7180."""

YBRRCTCBComponent: Final[Code] = Code("DCM", "110847", "YBR RCT CB Component", (7180, 7186))
"""YBR RCT CB Component (DCM 110847). Included from CID 7180."""

YBRRCTCRComponent: Final[Code] = Code("DCM", "110848", "YBR RCT CR Component", (7180, 7186))
"""YBR RCT CR Component (DCM 110848). Included from CID 7180."""

Echogenicity: Final[Code] = Code("DCM", "110849", "Echogenicity", (7180,))
"""Echogenicity (DCM 110849). Included from CID 7180."""

XRayAttenuation: Final[Code] = Code("DCM", "110850", "X-Ray Attenuation", (7180,))
"""X-Ray Attenuation (DCM 110850). Included from CID 7180."""

MRSignalIntensity: Final[Code] = Code("DCM", "110852", "MR signal intensity", (7180,))
"""MR signal intensity (DCM 110852). Included from CID 7180."""

BinarySegmentation: Final[Code] = Code("DCM", "110853", "Binary Segmentation", (7180,))
"""Binary Segmentation (DCM 110853). Included from CID 7180."""

FractionalProbabilisticSegmentation: Final[Code] = Code(
    "DCM", "110854", "Fractional Probabilistic Segmentation", (7180,)
)
"""Fractional Probabilistic Segmentation (DCM 110854). Included from CID 7180."""

FractionalOccupancySegmentation: Final[Code] = Code(
    "DCM", "110855", "Fractional Occupancy Segmentation", (7180,)
)
"""Fractional Occupancy Segmentation (DCM 110855). Included from CID 7180."""

R1: Final[Code] = Code("DCM", "126393", "R1", (7180,))
"""R1 (DCM 126393). Included from CID 7180."""

R2_126394: Final[Code] = Code("DCM", "126394", "R2", (7180,))
"""R2 (DCM 126394). Included from CID 7180."""

R2_126395: Final[Code] = Code("DCM", "126395", "R2*", (7180,))
"""R2* (DCM 126395). Included from CID 7180."""

MagnetizationTransferRatio: Final[Code] = Code(
    "DCM", "113098", "Magnetization Transfer Ratio", (7180,)
)
"""Magnetization Transfer Ratio (DCM 113098). Included from CID 7180."""

MagneticSusceptibility: Final[Code] = Code("DCM", "126396", "Magnetic Susceptibility", (7180,))
"""Magnetic Susceptibility (DCM 126396). Included from CID 7180."""

StandardizedUptakeValue: Final[Code] = Code("DCM", "126400", "Standardized Uptake Value", (7180,))
"""Standardized Uptake Value (DCM 126400). Included from CID 7180."""

Suvbw: Final[Code] = Code("DCM", "126401", "SUVbw", (7180,))
"""SUVbw (DCM 126401). Included from CID 7180."""

Suvlbm: Final[Code] = Code("DCM", "126402", "SUVlbm", (7180,))
"""SUVlbm (DCM 126402). Included from CID 7180."""

SuvlbmJames128: Final[Code] = Code("DCM", "126406", "SUVlbm(James128)", (7180,))
"""SUVlbm(James128) (DCM 126406). Included from CID 7180."""

SuvlbmJanma: Final[Code] = Code("DCM", "126405", "SUVlbm(Janma)", (7180,))
"""SUVlbm(Janma) (DCM 126405). Included from CID 7180."""

Suvbsa: Final[Code] = Code("DCM", "126403", "SUVbsa", (7180,))
"""SUVbsa (DCM 126403). Included from CID 7180."""

Suvibw: Final[Code] = Code("DCM", "126404", "SUVibw", (7180,))
"""SUVibw (DCM 126404). Included from CID 7180."""

Fat: Final[Code] = Code("SCT", "256674009", "Fat", (300, 6122, 6211, 7180))
"""Fat (SCT 256674009). Included from CID 7180."""

FatFraction: Final[Code] = Code("DCM", "129100", "Fat fraction", (7180,))
"""Fat fraction (DCM 129100). Included from CID 7180."""

WaterFatInPhase: Final[Code] = Code("DCM", "129101", "Water/fat in phase", (7180,))
"""Water/fat in phase (DCM 129101). Included from CID 7180."""

WaterFatOutOfPhase: Final[Code] = Code("DCM", "129102", "Water/fat out of phase", (7180,))
"""Water/fat out of phase (DCM 129102). Included from CID 7180."""

NegativeEnhancementIntegral: Final[Code] = Code(
    "DCM", "113054", "Negative enhancement integral", (7180,)
)
"""Negative enhancement integral (DCM 113054). Included from CID 7180."""

SignalChange: Final[Code] = Code("DCM", "113059", "Signal change", (7180,))
"""Signal change (DCM 113059). Included from CID 7180."""

SignalToNoise: Final[Code] = Code("DCM", "113060", "Signal to noise", (7180,))
"""Signal to noise (DCM 113060). Included from CID 7180."""

TimeCourseOfSignal: Final[Code] = Code("DCM", "113066", "Time course of signal", (7180,))
"""Time course of signal (DCM 113066). Included from CID 7180."""

Water: Final[Code] = Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004). Included from CID 7180."""

WaterFraction: Final[Code] = Code("DCM", "129103", "Water fraction", (7180,))
"""Water fraction (DCM 129103). Included from CID 7180."""

RelativeLinearStoppingPower: Final[Code] = Code(
    "DCM", "130086", "Relative Linear Stopping Power", (7180,)
)
"""Relative Linear Stopping Power (DCM 130086). Included from CID 7180."""

NAcetylaspartate: Final[Code] = Code("SCT", "115391007", "N-acetylaspartate", (4033,))
"""N-acetylaspartate (SCT 115391007). Included from CID 4033."""

Citrate: Final[Code] = Code("SCT", "59351004", "Citrate", (4033,))
"""Citrate (SCT 59351004). Included from CID 4033."""

Choline: Final[Code] = Code("SCT", "65123005", "Choline", (4033,))
"""Choline (SCT 65123005). Included from CID 4033."""

Creatine: Final[Code] = Code("SCT", "14804005", "Creatine", (4033,))
"""Creatine (SCT 14804005). Included from CID 4033."""

CreatineAndCholine: Final[Code] = Code("DCM", "113094", "Creatine and Choline", (4033,))
"""Creatine and Choline (DCM 113094). Included from CID 4033."""

Lactate: Final[Code] = Code("SCT", "83036002", "Lactate", (4033,))
"""Lactate (SCT 83036002). Included from CID 4033."""

Lipid: Final[Code] = Code("SCT", "70106000", "Lipid", (4033, 11006))
"""Lipid (SCT 70106000). Included from CID 4033."""

LipidAndLactate: Final[Code] = Code("DCM", "113095", "Lipid and Lactate", (4033,))
"""Lipid and Lactate (DCM 113095). Included from CID 4033."""

GlutamateAndGlutamine: Final[Code] = Code("DCM", "113080", "Glutamate and glutamine", (4033,))
"""Glutamate and glutamine (DCM 113080). Included from CID 4033."""

Glutamine: Final[Code] = Code("SCT", "25761002", "Glutamine", (4033,))
"""Glutamine (SCT 25761002). Included from CID 4033."""

Tuarine: Final[Code] = Code("SCT", "10944007", "Tuarine", (4033,))
"""Tuarine (SCT 10944007). Included from CID 4033."""

Inositol: Final[Code] = Code("SCT", "72164009", "Inositol", (4033,))
"""Inositol (SCT 72164009). Included from CID 4033."""

CholineCreatineRatio: Final[Code] = Code("DCM", "113081", "Choline/Creatine Ratio", (4033,))
"""Choline/Creatine Ratio (DCM 113081). Included from CID 4033."""

NAcetylaspartateCreatineRatio: Final[Code] = Code(
    "DCM", "113082", "N-acetylaspartate/Creatine Ratio", (4033,)
)
"""N-acetylaspartate/Creatine Ratio (DCM 113082). Included from CID 4033."""

NAcetylaspartateCholineRatio: Final[Code] = Code(
    "DCM", "113083", "N-acetylaspartate/Choline Ratio", (4033,)
)
"""N-acetylaspartate/Choline Ratio (DCM 113083). Included from CID 4033."""

CreatineCholineCitrateRatio: Final[Code] = Code(
    "DCM", "113096", "Creatine+Choline/Citrate Ratio", (4033,)
)
"""Creatine+Choline/Citrate Ratio (DCM 113096). Included from CID 4033."""

DiffusionWeighted: Final[Code] = Code("DCM", "113043", "Diffusion weighted", (6311, 7270))
"""Diffusion weighted (DCM 113043). Included from CID 7270."""

VolumetricDiffusionDxxComponent: Final[Code] = Code(
    "DCM", "110810", "Volumetric Diffusion Dxx Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxx Component (DCM 110810). Included from CID 7270."""

VolumetricDiffusionDxyComponent: Final[Code] = Code(
    "DCM", "110811", "Volumetric Diffusion Dxy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxy Component (DCM 110811). Included from CID 7270."""

VolumetricDiffusionDxzComponent: Final[Code] = Code(
    "DCM", "110812", "Volumetric Diffusion Dxz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxz Component (DCM 110812). Included from CID 7270."""

VolumetricDiffusionDyyComponent: Final[Code] = Code(
    "DCM", "110813", "Volumetric Diffusion Dyy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyy Component (DCM 110813). Included from CID 7270."""

VolumetricDiffusionDyzComponent: Final[Code] = Code(
    "DCM", "110814", "Volumetric Diffusion Dyz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyz Component (DCM 110814). Included from CID 7270."""

VolumetricDiffusionDzzComponent: Final[Code] = Code(
    "DCM", "110815", "Volumetric Diffusion Dzz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dzz Component (DCM 110815). Included from CID 7270."""

FractionalAnisotropy: Final[Code] = Code("DCM", "110808", "Fractional Anisotropy", (7263, 7271))
"""Fractional Anisotropy (DCM 110808). Included from CID 7271."""

RelativeAnisotropy: Final[Code] = Code("DCM", "110809", "Relative Anisotropy", (7263, 7271))
"""Relative Anisotropy (DCM 110809). Included from CID 7271."""

VolumeRatio: Final[Code] = Code("DCM", "113288", "Volume Ratio", (7271,))
"""Volume Ratio (DCM 113288). Included from CID 7271."""

ApparentDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113041", "Apparent Diffusion Coefficient", (6311, 7263, 7272)
)
"""Apparent Diffusion Coefficient (DCM 113041). Included from CID 7272."""

DiffusionCoefficient: Final[Code] = Code("DCM", "113289", "Diffusion Coefficient", (7272,))
"""Diffusion Coefficient (DCM 113289). Included from CID 7272."""

MonoExponentialApparentDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113290", "Mono-exponential Apparent Diffusion Coefficient", (7272,)
)
"""Mono-exponential Apparent Diffusion Coefficient (DCM 113290). Included from CID 7272."""

SlowDiffusionCoefficient: Final[Code] = Code("DCM", "113291", "Slow Diffusion Coefficient", (7272,))
"""Slow Diffusion Coefficient (DCM 113291). Included from CID 7272."""

FastDiffusionCoefficient: Final[Code] = Code("DCM", "113292", "Fast Diffusion Coefficient", (7272,))
"""Fast Diffusion Coefficient (DCM 113292). Included from CID 7272."""

FastDiffusionCoefficientFraction: Final[Code] = Code(
    "DCM", "113293", "Fast Diffusion Coefficient Fraction", (7272,)
)
"""Fast Diffusion Coefficient Fraction (DCM 113293). Included from CID 7272."""

KurtosisDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113294", "Kurtosis Diffusion Coefficient", (7272,)
)
"""Kurtosis Diffusion Coefficient (DCM 113294). Included from CID 7272."""

GammaDistributionScaleParameter: Final[Code] = Code(
    "DCM", "113295", "Gamma Distribution Scale Parameter", (7272,)
)
"""Gamma Distribution Scale Parameter (DCM 113295). Included from CID 7272."""

GammaDistributionShapeParameter: Final[Code] = Code(
    "DCM", "113296", "Gamma Distribution Shape Parameter", (7272,)
)
"""Gamma Distribution Shape Parameter (DCM 113296). Included from CID 7272."""

GammaDistributionMode: Final[Code] = Code("DCM", "113297", "Gamma Distribution Mode", (7272,))
"""Gamma Distribution Mode (DCM 113297). Included from CID 7272."""

DistributedDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113298", "Distributed Diffusion Coefficient", (7272,)
)
"""Distributed Diffusion Coefficient (DCM 113298). Included from CID 7272."""

AnomalousExponentParameter: Final[Code] = Code(
    "DCM", "113299", "Anomalous Exponent Parameter", (7272,)
)
"""Anomalous Exponent Parameter (DCM 113299). Included from CID 7272."""

Ktrans: Final[Code] = Code("DCM", "126312", "Ktrans", (4107,))
"""Ktrans (DCM 126312). Included from CID 4107."""

Kep: Final[Code] = Code("DCM", "126313", "kep", (4107,))
"""kep (DCM 126313). Included from CID 4107."""

Ve: Final[Code] = Code("DCM", "126314", "ve", (4107,))
"""ve (DCM 126314). Included from CID 4107."""

TauM: Final[Code] = Code("DCM", "126330", "tau_m", (4107,))
"""tau_m (DCM 126330). Included from CID 4107."""

Vp: Final[Code] = Code("DCM", "126331", "vp", (4107,))
"""vp (DCM 126331). Included from CID 4107."""

AbsoluteRegionalBloodFlow: Final[Code] = Code(
    "DCM", "126390", "Absolute Regional Blood Flow", (4108,)
)
"""Absolute Regional Blood Flow (DCM 126390). Included from CID 4108."""

AbsoluteRegionalBloodVolume: Final[Code] = Code(
    "DCM", "126391", "Absolute Regional Blood Volume", (4108,)
)
"""Absolute Regional Blood Volume (DCM 126391). Included from CID 4108."""

RelativeRegionalBloodFlow: Final[Code] = Code(
    "DCM", "126397", "Relative Regional Blood Flow", (4108,)
)
"""Relative Regional Blood Flow (DCM 126397). Included from CID 4108."""

RelativeRegionalBloodVolume: Final[Code] = Code(
    "DCM", "126398", "Relative Regional Blood Volume", (4108,)
)
"""Relative Regional Blood Volume (DCM 126398). Included from CID 4108."""

MeanTransitTime: Final[Code] = Code("DCM", "113052", "Mean Transit Time", (4108,))
"""Mean Transit Time (DCM 113052). Included from CID 4108."""

TimeToPeak: Final[Code] = Code("DCM", "113069", "Time To Peak", (4108, 4109))
"""Time To Peak (DCM 113069). Included from CID 4108."""

OxygenExtractionFraction: Final[Code] = Code("DCM", "126392", "Oxygen Extraction Fraction", (4108,))
"""Oxygen Extraction Fraction (DCM 126392). Included from CID 4108."""

Tmax: Final[Code] = Code("DCM", "113084", "Tmax", (4108,))
"""Tmax (DCM 113084). Included from CID 4108."""

IAUC: Final[Code] = Code("DCM", "126320", "IAUC", (4109,))
"""IAUC (DCM 126320). Included from CID 4109."""

IAUC60: Final[Code] = Code("DCM", "126321", "IAUC60", (4109,))
"""IAUC60 (DCM 126321). Included from CID 4109."""

IAUC90: Final[Code] = Code("DCM", "126322", "IAUC90", (4109,))
"""IAUC90 (DCM 126322). Included from CID 4109."""

IAUC180: Final[Code] = Code("DCM", "126323", "IAUC180", (4109,))
"""IAUC180 (DCM 126323). Included from CID 4109."""

IAUCBN: Final[Code] = Code("DCM", "126324", "IAUCBN", (4109,))
"""IAUCBN (DCM 126324). Included from CID 4109."""

IAUC60BN: Final[Code] = Code("DCM", "126325", "IAUC60BN", (4109,))
"""IAUC60BN (DCM 126325). Included from CID 4109."""

IAUC90BN: Final[Code] = Code("DCM", "126326", "IAUC90BN", (4109,))
"""IAUC90BN (DCM 126326). Included from CID 4109."""

IAUC180BN: Final[Code] = Code("DCM", "126327", "IAUC180BN", (4109,))
"""IAUC180BN (DCM 126327). Included from CID 4109."""

TimeOfPeakConcentration: Final[Code] = Code(
    "DCM", "126370", "Time of Peak Concentration", (4104, 4109)
)
"""Time of Peak Concentration (DCM 126370). Included from CID 4109."""

TimeOfLeadingHalfPeakConcentration: Final[Code] = Code(
    "DCM", "126372", "Time of Leading Half-Peak Concentration", (4104, 4109)
)
"""Time of Leading Half-Peak Concentration (DCM 126372). Included from CID 4109."""

BolusArrivalTime: Final[Code] = Code("DCM", "126371", "Bolus Arrival Time", (4109,))
"""Bolus Arrival Time (DCM 126371). Included from CID 4109."""

TemporalDerivativeThreshold: Final[Code] = Code(
    "DCM", "126374", "Temporal Derivative Threshold", (4109,)
)
"""Temporal Derivative Threshold (DCM 126374). Included from CID 4109."""

MaximumSlope: Final[Code] = Code("DCM", "126375", "Maximum Slope", (4109,))
"""Maximum Slope (DCM 126375). Included from CID 4109."""

MaximumDifference: Final[Code] = Code("DCM", "126376", "Maximum Difference", (4109,))
"""Maximum Difference (DCM 126376). Included from CID 4109."""

TracerConcentration: Final[Code] = Code("DCM", "126377", "Tracer Concentration", (4109,))
"""Tracer Concentration (DCM 126377). Included from CID 4109."""

AbsorbedDose: Final[Code] = Code("DCM", "128513", "Absorbed Dose", (10070,))
"""Absorbed Dose (DCM 128513). Included from CID 10070."""

EquivalentDose: Final[Code] = Code("DCM", "128512", "Equivalent Dose", (10070,))
"""Equivalent Dose (DCM 128512). Included from CID 10070."""

ClassActivation: Final[Code] = Code("DCM", "130402", "Class activation", (217,))
"""Class activation (DCM 130402). Included from CID 217."""

GradientWeightedClassActivation: Final[Code] = Code(
    "DCM", "130403", "Gradient-weighted class activation", (217,)
)
"""Gradient-weighted class activation (DCM 130403). Included from CID 217."""

Saliency: Final[Code] = Code("DCM", "130404", "Saliency", (217,))
"""Saliency (DCM 130404). Included from CID 217."""

Length: Final[Code] = Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003). Included from CID 7470."""

PathLength: Final[Code] = Code("DCM", "121211", "Path length", (7470,))
"""Path length (DCM 121211). Included from CID 7470."""

Distance: Final[Code] = Code("DCM", "121206", "Distance", (7470, 10069))
"""Distance (DCM 121206). Included from CID 7470."""

Width: Final[Code] = Code("SCT", "103355008", "Width", (7470,))
"""Width (SCT 103355008). Included from CID 7470."""

Depth: Final[Code] = Code("SCT", "131197000", "Depth", (7470,))
"""Depth (SCT 131197000). Included from CID 7470."""

Diameter: Final[Code] = Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009). Included from CID 7470."""

LongAxis: Final[Code] = Code("SCT", "103339001", "Long Axis", (6, 6166, 7470))
"""Long Axis (SCT 103339001). Included from CID 7470."""

ShortAxis: Final[Code] = Code("SCT", "103340004", "Short Axis", (6, 27, 6166, 7470))
"""Short Axis (SCT 103340004). Included from CID 7470."""

MajorAxis: Final[Code] = Code("SCT", "131187009", "Major Axis", (7470, 12250))
"""Major Axis (SCT 131187009). Included from CID 7470."""

MinorAxis: Final[Code] = Code("SCT", "131188004", "Minor Axis", (7470, 12250, 12304))
"""Minor Axis (SCT 131188004). Included from CID 7470."""

PerpendicularAxis: Final[Code] = Code("SCT", "131189007", "Perpendicular Axis", (7470,))
"""Perpendicular Axis (SCT 131189007). Included from CID 7470."""

Radius: Final[Code] = Code("SCT", "131190003", "Radius", (7470, 12250))
"""Radius (SCT 131190003). Included from CID 7470."""

Perimeter: Final[Code] = Code("SCT", "131191004", "Perimeter", (7470,))
"""Perimeter (SCT 131191004). Included from CID 7470."""

Circumference: Final[Code] = Code("SCT", "74551000", "Circumference", (7470, 12250))
"""Circumference (SCT 74551000). Included from CID 7470."""

DiameterOfCircumscribedCircle: Final[Code] = Code(
    "SCT", "131192006", "Diameter of circumscribed circle", (7470,)
)
"""Diameter of circumscribed circle (SCT 131192006). Included from CID 7470."""

Height: Final[Code] = Code("DCM", "121207", "Height", (7470,))
"""Height (DCM 121207). Included from CID 7470."""

LineSegmentLength: Final[Code] = Code("DCM", "121227", "Line segment length", (7470,))
"""Line segment length (DCM 121227). Included from CID 7470."""

Maximum3DDiameterOfAMesh: Final[Code] = Code(
    "IBSI", "L0JK", "Maximum 3D Diameter of a Mesh", (7470, 7477)
)
"""Maximum 3D Diameter of a Mesh (IBSI L0JK). Included from CID 7470."""

MajorAxisIn3DLength: Final[Code] = Code("IBSI", "TDIC", "Major Axis in 3D Length", (7470, 7477))
"""Major Axis in 3D Length (IBSI TDIC). Included from CID 7470."""

MinorAxisIn3DLength: Final[Code] = Code("IBSI", "P9VJ", "Minor Axis in 3D Length", (7470, 7477))
"""Minor Axis in 3D Length (IBSI P9VJ). Included from CID 7470."""

LeastAxisIn3DLength: Final[Code] = Code("IBSI", "7J51", "Least Axis in 3D Length", (7470, 7477))
"""Least Axis in 3D Length (IBSI 7J51). Included from CID 7470."""

Area: Final[Code] = Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000). Included from CID 7471."""

AreaOfDefinedRegion: Final[Code] = Code("SCT", "131184002", "Area of defined region", (7471, 12308))
"""Area of defined region (SCT 131184002). Included from CID 7471."""

SurfaceAreaOfMesh: Final[Code] = Code("IBSI", "C0JK", "Surface Area of Mesh", (7471, 7477))
"""Surface Area of Mesh (IBSI C0JK). Included from CID 7471."""

Volume: Final[Code] = Code(
    "SCT", "118565006", "Volume", (3423, 4050, 7472, 12257, 12258, 12265, 12304)
)
"""Volume (SCT 118565006). Included from CID 7472."""

VolumeEstimatedFromSingle2DRegion: Final[Code] = Code(
    "DCM", "121216", "Volume estimated from single 2D region", (3471, 7472)
)
"""Volume estimated from single 2D region (DCM 121216). Included from CID 7472."""

VolumeEstimatedFromTwoNonCoplanar2DRegions: Final[Code] = Code(
    "DCM", "121218", "Volume estimated from two non-coplanar 2D regions", (3471, 7472)
)
"""Volume estimated from two non-coplanar 2D regions (DCM 121218). Included from CID 7472."""

VolumeEstimatedFromThreeOrMoreNonCoplanar2DRegions: Final[Code] = Code(
    "DCM", "121217", "Volume estimated from three or more non-coplanar 2D regions", (7472,)
)
"""Volume estimated from three or more non-coplanar 2D regions (DCM 121217). Included from CID 7472."""

VolumeOfSphere: Final[Code] = Code("DCM", "121222", "Volume of sphere", (7472,))
"""Volume of sphere (DCM 121222). Included from CID 7472."""

VolumeOfEllipsoid: Final[Code] = Code("DCM", "121221", "Volume of ellipsoid", (7472,))
"""Volume of ellipsoid (DCM 121221). Included from CID 7472."""

VolumeOfCircumscribedSphere: Final[Code] = Code(
    "DCM", "121220", "Volume of circumscribed sphere", (7472,)
)
"""Volume of circumscribed sphere (DCM 121220). Included from CID 7472."""

VolumeOfBoundingThreeDimensionalRegion: Final[Code] = Code(
    "DCM", "121219", "Volume of bounding three dimensional region", (7472,)
)
"""Volume of bounding three dimensional region (DCM 121219). Included from CID 7472."""

VolumeOfMesh: Final[Code] = Code("IBSI", "RNU0", "Volume of Mesh", (7472, 7477))
"""Volume of Mesh (IBSI RNU0). Included from CID 7472."""

VolumeFromVoxelSummation: Final[Code] = Code(
    "IBSI", "YEKZ", "Volume from Voxel Summation", (7472, 7477)
)
"""Volume from Voxel Summation (IBSI YEKZ). Included from CID 7472."""

SurfaceToVolumeRatio: Final[Code] = Code("IBSI", "2PR5", "Surface to Volume Ratio", (7477,))
"""Surface to Volume Ratio (IBSI 2PR5). Included from CID 7477."""

Compactness1: Final[Code] = Code("IBSI", "SKGS", "Compactness 1", (7477,))
"""Compactness 1 (IBSI SKGS). Included from CID 7477."""

Compactness2: Final[Code] = Code("IBSI", "BQWJ", "Compactness 2", (7477,))
"""Compactness 2 (IBSI BQWJ). Included from CID 7477."""

SphericalDisproportion: Final[Code] = Code("IBSI", "KRCK", "Spherical Disproportion", (7477,))
"""Spherical Disproportion (IBSI KRCK). Included from CID 7477."""

Sphericity: Final[Code] = Code("IBSI", "QCFX", "Sphericity", (7477,))
"""Sphericity (IBSI QCFX). Included from CID 7477."""

Asphericity: Final[Code] = Code("IBSI", "25C7", "Asphericity", (7477,))
"""Asphericity (IBSI 25C7). Included from CID 7477."""

CentreOfMassShift: Final[Code] = Code("IBSI", "KLMA", "Centre of Mass Shift", (7477,))
"""Centre of Mass Shift (IBSI KLMA). Included from CID 7477."""

Elongation: Final[Code] = Code("IBSI", "Q3CK", "Elongation", (7477,))
"""Elongation (IBSI Q3CK). Included from CID 7477."""

Flatness: Final[Code] = Code("IBSI", "N17B", "Flatness", (7477,))
"""Flatness (IBSI N17B). Included from CID 7477."""

VolumeDensityInFrameOfReferenceAxisAlignedBoundingBox: Final[Code] = Code(
    "IBSI", "PBX1", "Volume Density in Frame of Reference Axis Aligned Bounding Box", (7477,)
)
"""Volume Density in Frame of Reference Axis Aligned Bounding Box (IBSI PBX1). Included from CID 7477."""

AreaDensityInFrameOfReferenceAxisAlignedBoundingBox: Final[Code] = Code(
    "IBSI", "R59B", "Area Density in Frame of Reference Axis Aligned Bounding Box", (7477,)
)
"""Area Density in Frame of Reference Axis Aligned Bounding Box (IBSI R59B). Included from CID 7477."""

VolumeDensityInOrientedMinimumBoundingBox: Final[Code] = Code(
    "IBSI", "ZH1A", "Volume Density in Oriented Minimum Bounding Box", (7477,)
)
"""Volume Density in Oriented Minimum Bounding Box (IBSI ZH1A). Included from CID 7477."""

AreaDensityInOrientedMinimumBoundingBox: Final[Code] = Code(
    "IBSI", "IQYR", "Area Density in Oriented Minimum Bounding Box", (7477,)
)
"""Area Density in Oriented Minimum Bounding Box (IBSI IQYR). Included from CID 7477."""

VolumeDensityInApproximateEnclosingEllipsoid: Final[Code] = Code(
    "IBSI", "6BDE", "Volume Density in Approximate Enclosing Ellipsoid", (7477,)
)
"""Volume Density in Approximate Enclosing Ellipsoid (IBSI 6BDE). Included from CID 7477."""

AreaDensityInApproximateEnclosingEllipsoid: Final[Code] = Code(
    "IBSI", "RDD2", "Area Density in Approximate Enclosing Ellipsoid", (7477,)
)
"""Area Density in Approximate Enclosing Ellipsoid (IBSI RDD2). Included from CID 7477."""

VolumeDensityInMinimumVolumeEnclosingEllipsoid: Final[Code] = Code(
    "IBSI", "SWZ1", "Volume Density in Minimum Volume Enclosing Ellipsoid", (7477,)
)
"""Volume Density in Minimum Volume Enclosing Ellipsoid (IBSI SWZ1). Included from CID 7477."""

AreaDensityInMinimumVolumeEnclosingEllipsoid: Final[Code] = Code(
    "IBSI", "BRI8", "Area Density in Minimum Volume Enclosing Ellipsoid", (7477,)
)
"""Area Density in Minimum Volume Enclosing Ellipsoid (IBSI BRI8). Included from CID 7477."""

VolumeDensityInConvexHull: Final[Code] = Code(
    "IBSI", "R3ER", "Volume Density in Convex Hull", (7477,)
)
"""Volume Density in Convex Hull (IBSI R3ER). Included from CID 7477."""

AreaDensityInConvexHull: Final[Code] = Code("IBSI", "7T7F", "Area Density in Convex Hull", (7477,))
"""Area Density in Convex Hull (IBSI 7T7F). Included from CID 7477."""

IntegratedIntensity: Final[Code] = Code("IBSI", "99N0", "Integrated Intensity", (7477,))
"""Integrated Intensity (IBSI 99N0). Included from CID 7477."""

MoranIIndex: Final[Code] = Code("IBSI", "N365", "Moran's I Index", (7477,))
"""Moran's I Index (IBSI N365). Included from CID 7477."""

GearyCMeasure: Final[Code] = Code("IBSI", "NPT7", "Geary's C Measure", (7477,))
"""Geary's C Measure (IBSI NPT7). Included from CID 7477."""

CobbAngle: Final[Code] = Code("SCT", "285285000", "Cobb angle", (7550,))
"""Cobb angle (SCT 285285000). Included from CID 7550."""

AcetabularAngle: Final[Code] = Code("DCM", "121224", "Acetabular angle", (7550,))
"""Acetabular angle (DCM 121224). Included from CID 7550."""

MEMBERS: Final[tuple[Code, ...]] = (
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
