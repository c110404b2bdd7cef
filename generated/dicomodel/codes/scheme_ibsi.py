"""Coding scheme IBSI: Image Biomarker Standardisation Initiative.

147 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "IBSI"
NAME: _Final[str] = "Image Biomarker Standardisation Initiative"
UID: _Final[str | None] = "1.2.840.10008.2.16.13"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

AngularSecondMomentOfGLCM: _Final[_Code] = _Code(
    "IBSI", "8ZQL", "Angular Second Moment of GLCM", (7467,)
)
"""Angular Second Moment of GLCM (IBSI 8ZQL)."""

AreaDensityInApproximateEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "RDD2", "Area Density in Approximate Enclosing Ellipsoid", (7477,)
)
"""Area Density in Approximate Enclosing Ellipsoid (IBSI RDD2)."""

AreaDensityInConvexHull: _Final[_Code] = _Code(
    "IBSI", "7T7F", "Area Density in Convex Hull", (7477,)
)
"""Area Density in Convex Hull (IBSI 7T7F)."""

AreaDensityInFrameOfReferenceAxisAlignedBoundingBox: _Final[_Code] = _Code(
    "IBSI", "R59B", "Area Density in Frame of Reference Axis Aligned Bounding Box", (7477,)
)
"""Area Density in Frame of Reference Axis Aligned Bounding Box (IBSI R59B)."""

AreaDensityInMinimumVolumeEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "BRI8", "Area Density in Minimum Volume Enclosing Ellipsoid", (7477,)
)
"""Area Density in Minimum Volume Enclosing Ellipsoid (IBSI BRI8)."""

AreaDensityInOrientedMinimumBoundingBox: _Final[_Code] = _Code(
    "IBSI", "IQYR", "Area Density in Oriented Minimum Bounding Box", (7477,)
)
"""Area Density in Oriented Minimum Bounding Box (IBSI IQYR)."""

Asphericity: _Final[_Code] = _Code("IBSI", "25C7", "Asphericity", (7477,))
"""Asphericity (IBSI 25C7)."""

AutocorrelationOfGLCM: _Final[_Code] = _Code("IBSI", "QWB0", "Autocorrelation of GLCM", (7467,))
"""Autocorrelation of GLCM (IBSI QWB0)."""

BusynessOfNGTDM: _Final[_Code] = _Code("IBSI", "NQ30", "Busyness of NGTDM", (7500,))
"""Busyness of NGTDM (IBSI NQ30)."""

CentreOfMassShift: _Final[_Code] = _Code("IBSI", "KLMA", "Centre of Mass Shift", (7477,))
"""Centre of Mass Shift (IBSI KLMA)."""

ClusterProminenceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "AE86", "Cluster Prominence of GLCM", (7467,)
)
"""Cluster Prominence of GLCM (IBSI AE86)."""

ClusterShadeOfGLCM: _Final[_Code] = _Code("IBSI", "7NFM", "Cluster Shade of GLCM", (7467,))
"""Cluster Shade of GLCM (IBSI 7NFM)."""

ClusterTendencyOfGLCM: _Final[_Code] = _Code("IBSI", "DG8W", "Cluster Tendency of GLCM", (7467,))
"""Cluster Tendency of GLCM (IBSI DG8W)."""

CoarsenessOfNGTDM: _Final[_Code] = _Code("IBSI", "QCDE", "Coarseness of NGTDM", (7500,))
"""Coarseness of NGTDM (IBSI QCDE)."""

Compactness1: _Final[_Code] = _Code("IBSI", "SKGS", "Compactness 1", (7477,))
"""Compactness 1 (IBSI SKGS)."""

Compactness2: _Final[_Code] = _Code("IBSI", "BQWJ", "Compactness 2", (7477,))
"""Compactness 2 (IBSI BQWJ)."""

ComplexityOfNGTDM: _Final[_Code] = _Code("IBSI", "HDEZ", "Complexity of NGTDM", (7500,))
"""Complexity of NGTDM (IBSI HDEZ)."""

ContrastOfGLCM: _Final[_Code] = _Code("IBSI", "ACUI", "Contrast of GLCM", (7467,))
"""Contrast of GLCM (IBSI ACUI)."""

ContrastOfNGTDM: _Final[_Code] = _Code("IBSI", "65HE", "Contrast of NGTDM", (7500,))
"""Contrast of NGTDM (IBSI 65HE)."""

CorrelationOfGLCM: _Final[_Code] = _Code("IBSI", "NI2N", "Correlation of GLCM", (7467,))
"""Correlation of GLCM (IBSI NI2N)."""

DependenceCountEnergy: _Final[_Code] = _Code("IBSI", "CAS9", "Dependence count energy", (7501,))
"""Dependence count energy (IBSI CAS9)."""

DependenceCountEntropy: _Final[_Code] = _Code("IBSI", "FCBV", "Dependence count entropy", (7501,))
"""Dependence count entropy (IBSI FCBV)."""

DependenceCountNonUniformity: _Final[_Code] = _Code(
    "IBSI", "Z87G", "Dependence count non-uniformity", (7501,)
)
"""Dependence count non-uniformity (IBSI Z87G)."""

DependenceCountNonUniformityNormalized: _Final[_Code] = _Code(
    "IBSI", "OKJI", "Dependence count non-uniformity normalized", (7501,)
)
"""Dependence count non-uniformity normalized (IBSI OKJI)."""

DependenceCountPercentage: _Final[_Code] = _Code(
    "IBSI", "6XV8", "Dependence count percentage", (7501,)
)
"""Dependence count percentage (IBSI 6XV8)."""

DependenceCountVariance: _Final[_Code] = _Code("IBSI", "DNX2", "Dependence count variance", (7501,))
"""Dependence count variance (IBSI DNX2)."""

DifferenceAverageOfGLCM: _Final[_Code] = _Code(
    "IBSI", "TF7R", "Difference Average of GLCM", (7467,)
)
"""Difference Average of GLCM (IBSI TF7R)."""

DifferenceEntropyOfGLCM: _Final[_Code] = _Code(
    "IBSI", "NTRS", "Difference Entropy of GLCM", (7467,)
)
"""Difference Entropy of GLCM (IBSI NTRS)."""

DifferenceVarianceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "D3YU", "Difference Variance of GLCM", (7467,)
)
"""Difference Variance of GLCM (IBSI D3YU)."""

DissimilarityOfGLCM: _Final[_Code] = _Code("IBSI", "8S9J", "Dissimilarity of GLCM", (7467,))
"""Dissimilarity of GLCM (IBSI 8S9J)."""

DistanceZonePercentage: _Final[_Code] = _Code("IBSI", "VIWW", "Distance Zone Percentage", (7479,))
"""Distance Zone Percentage (IBSI VIWW)."""

Elongation: _Final[_Code] = _Code("IBSI", "Q3CK", "Elongation", (7477,))
"""Elongation (IBSI Q3CK)."""

FirstMeasureOfInformationCorrelationOfGLCM: _Final[_Code] = _Code(
    "IBSI", "R8DG", "First Measure of Information Correlation of GLCM", (7467,)
)
"""First Measure of Information Correlation of GLCM (IBSI R8DG)."""

Flatness: _Final[_Code] = _Code("IBSI", "N17B", "Flatness", (7477,))
"""Flatness (IBSI N17B)."""

GearyCMeasure: _Final[_Code] = _Code("IBSI", "NPT7", "Geary's C Measure", (7477,))
"""Geary's C Measure (IBSI NPT7)."""

GrayLevelNonuniformityInRuns: _Final[_Code] = _Code(
    "IBSI", "R5YN", "Gray Level Nonuniformity in Runs", (7475,)
)
"""Gray Level Nonuniformity in Runs (IBSI R5YN)."""

GrayLevelNonuniformityOfSizeZoneCounts: _Final[_Code] = _Code(
    "IBSI", "JNSA", "Gray Level Nonuniformity of Size Zone Counts", (7476,)
)
"""Gray Level Nonuniformity of Size Zone Counts (IBSI JNSA)."""

GrayLevelVarianceInRuns: _Final[_Code] = _Code(
    "IBSI", "8CE5", "Gray Level Variance in Runs", (7475,)
)
"""Gray Level Variance in Runs (IBSI 8CE5)."""

GrayLevelVarianceInSizeZones: _Final[_Code] = _Code(
    "IBSI", "BYLV", "Gray Level Variance in Size Zones", (7476,)
)
"""Gray Level Variance in Size Zones (IBSI BYLV)."""

GreyLevelNonUniformityOfDistanceZoneCounts: _Final[_Code] = _Code(
    "IBSI", "VFT7", "Grey Level Non-uniformity of Distance Zone Counts", (7479,)
)
"""Grey Level Non-uniformity of Distance Zone Counts (IBSI VFT7)."""

GreyLevelNonUniformityOfNGLDM: _Final[_Code] = _Code(
    "IBSI", "FP8K", "Grey level non-uniformity of NGLDM", (7501,)
)
"""Grey level non-uniformity of NGLDM (IBSI FP8K)."""

GreyLevelVarianceInDistanceZones: _Final[_Code] = _Code(
    "IBSI", "QK93", "Grey Level Variance in Distance Zones", (7479,)
)
"""Grey Level Variance in Distance Zones (IBSI QK93)."""

GreyLevelVarianceOfNGLDM: _Final[_Code] = _Code(
    "IBSI", "1PFV", "Grey level variance of NGLDM", (7501,)
)
"""Grey level variance of NGLDM (IBSI 1PFV)."""

HighDependenceEmphasis: _Final[_Code] = _Code("IBSI", "IMOQ", "High dependence emphasis", (7501,))
"""High dependence emphasis (IBSI IMOQ)."""

HighDependenceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "9QMG", "High dependence high grey level emphasis", (7501,)
)
"""High dependence high grey level emphasis (IBSI 9QMG)."""

HighDependenceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "NBZI", "High dependence low grey level emphasis", (7501,)
)
"""High dependence low grey level emphasis (IBSI NBZI)."""

HighGrayLevelRunEmphasis: _Final[_Code] = _Code(
    "IBSI", "G3QZ", "High Gray Level Run Emphasis", (7475,)
)
"""High Gray Level Run Emphasis (IBSI G3QZ)."""

HighGrayLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "5GN9", "High Gray Level Zone Emphasis", (7476,)
)
"""High Gray Level Zone Emphasis (IBSI 5GN9)."""

HighGreyLevelCountEmphasis: _Final[_Code] = _Code(
    "IBSI", "OAE7", "High grey level count emphasis", (7501,)
)
"""High grey level count emphasis (IBSI OAE7)."""

HighGreyLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "K26C", "High Grey Level Zone Emphasis", (7479,)
)
"""High Grey Level Zone Emphasis (IBSI K26C)."""

IntegratedIntensity: _Final[_Code] = _Code("IBSI", "99N0", "Integrated Intensity", (7477,))
"""Integrated Intensity (IBSI 99N0)."""

IntensityHistogram10thPercentile: _Final[_Code] = _Code(
    "IBSI", "GPMT", "Intensity Histogram 10th Percentile", (7478,)
)
"""Intensity Histogram 10th Percentile (IBSI GPMT)."""

IntensityHistogram90thPercentile: _Final[_Code] = _Code(
    "IBSI", "OZ0C", "Intensity Histogram 90th Percentile", (7478,)
)
"""Intensity Histogram 90th Percentile (IBSI OZ0C)."""

IntensityHistogramCoefficientOfVariation: _Final[_Code] = _Code(
    "IBSI", "CWYJ", "Intensity Histogram Coefficient of Variation", (7478,)
)
"""Intensity Histogram Coefficient of Variation (IBSI CWYJ)."""

IntensityHistogramEntropy: _Final[_Code] = _Code(
    "IBSI", "TLU2", "Intensity Histogram Entropy", (7478,)
)
"""Intensity Histogram Entropy (IBSI TLU2)."""

IntensityHistogramInterquartileRange: _Final[_Code] = _Code(
    "IBSI", "WR0O", "Intensity Histogram Interquartile Range", (7478,)
)
"""Intensity Histogram Interquartile Range (IBSI WR0O)."""

IntensityHistogramKurtosis: _Final[_Code] = _Code(
    "IBSI", "C3I7", "Intensity Histogram Kurtosis", (7478,)
)
"""Intensity Histogram Kurtosis (IBSI C3I7)."""

IntensityHistogramMaximumGradient: _Final[_Code] = _Code(
    "IBSI", "12CE", "Intensity Histogram Maximum Gradient", (7478,)
)
"""Intensity Histogram Maximum Gradient (IBSI 12CE)."""

IntensityHistogramMaximumGradientGrayLevel: _Final[_Code] = _Code(
    "IBSI", "8E6O", "Intensity Histogram Maximum Gradient Gray Level", (7478,)
)
"""Intensity Histogram Maximum Gradient Gray Level (IBSI 8E6O)."""

IntensityHistogramMaximumGrayLevel: _Final[_Code] = _Code(
    "IBSI", "3NCY", "Intensity Histogram Maximum Gray Level", (7478,)
)
"""Intensity Histogram Maximum Gray Level (IBSI 3NCY)."""

IntensityHistogramMean: _Final[_Code] = _Code("IBSI", "X6K6", "Intensity Histogram Mean", (7478,))
"""Intensity Histogram Mean (IBSI X6K6)."""

IntensityHistogramMeanAbsoluteDeviation: _Final[_Code] = _Code(
    "IBSI", "D2ZX", "Intensity Histogram Mean Absolute Deviation", (7478,)
)
"""Intensity Histogram Mean Absolute Deviation (IBSI D2ZX)."""

IntensityHistogramMedian: _Final[_Code] = _Code(
    "IBSI", "WIFQ", "Intensity Histogram Median", (7478,)
)
"""Intensity Histogram Median (IBSI WIFQ)."""

IntensityHistogramMedianAbsoluteDeviation: _Final[_Code] = _Code(
    "IBSI", "4RNL", "Intensity Histogram Median Absolute Deviation", (7478,)
)
"""Intensity Histogram Median Absolute Deviation (IBSI 4RNL)."""

IntensityHistogramMinimumGradient: _Final[_Code] = _Code(
    "IBSI", "VQB3", "Intensity Histogram Minimum Gradient", (7478,)
)
"""Intensity Histogram Minimum Gradient (IBSI VQB3)."""

IntensityHistogramMinimumGradientGrayLevel: _Final[_Code] = _Code(
    "IBSI", "RHQZ", "Intensity Histogram Minimum Gradient Gray Level", (7478,)
)
"""Intensity Histogram Minimum Gradient Gray Level (IBSI RHQZ)."""

IntensityHistogramMinimumGrayLevel: _Final[_Code] = _Code(
    "IBSI", "1PR8", "Intensity Histogram Minimum Gray Level", (7478,)
)
"""Intensity Histogram Minimum Gray Level (IBSI 1PR8)."""

IntensityHistogramMode: _Final[_Code] = _Code("IBSI", "AMMC", "Intensity Histogram Mode", (7478,))
"""Intensity Histogram Mode (IBSI AMMC)."""

IntensityHistogramQuartileCoefficientOfDispersion: _Final[_Code] = _Code(
    "IBSI", "SLWD", "Intensity Histogram Quartile Coefficient of Dispersion", (7478,)
)
"""Intensity Histogram Quartile Coefficient of Dispersion (IBSI SLWD)."""

IntensityHistogramRange: _Final[_Code] = _Code("IBSI", "5Z3W", "Intensity Histogram Range", (7478,))
"""Intensity Histogram Range (IBSI 5Z3W)."""

IntensityHistogramRobustMeanAbsoluteDeviation: _Final[_Code] = _Code(
    "IBSI", "WRZB", "Intensity Histogram Robust Mean Absolute Deviation", (7478,)
)
"""Intensity Histogram Robust Mean Absolute Deviation (IBSI WRZB)."""

IntensityHistogramSkewness: _Final[_Code] = _Code(
    "IBSI", "88K1", "Intensity Histogram Skewness", (7478,)
)
"""Intensity Histogram Skewness (IBSI 88K1)."""

IntensityHistogramUniformity: _Final[_Code] = _Code(
    "IBSI", "BJ5W", "Intensity Histogram Uniformity", (7478,)
)
"""Intensity Histogram Uniformity (IBSI BJ5W)."""

IntensityHistogramVariance: _Final[_Code] = _Code(
    "IBSI", "CH89", "Intensity Histogram Variance", (7478,)
)
"""Intensity Histogram Variance (IBSI CH89)."""

InverseDifferenceMomentOfGLCM: _Final[_Code] = _Code(
    "IBSI", "WF0Z", "Inverse Difference Moment of GLCM", (7467,)
)
"""Inverse Difference Moment of GLCM (IBSI WF0Z)."""

InverseDifferenceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "IB1Z", "Inverse Difference of GLCM", (7467,)
)
"""Inverse Difference of GLCM (IBSI IB1Z)."""

InverseVarianceOfGLCM: _Final[_Code] = _Code("IBSI", "E8JP", "Inverse Variance of GLCM", (7467,))
"""Inverse Variance of GLCM (IBSI E8JP)."""

JointAverageOfGLCM: _Final[_Code] = _Code("IBSI", "60VM", "Joint Average of GLCM", (7467,))
"""Joint Average of GLCM (IBSI 60VM)."""

JointEntropyOfGLCM: _Final[_Code] = _Code("IBSI", "TU9B", "Joint Entropy of GLCM", (7467,))
"""Joint Entropy of GLCM (IBSI TU9B)."""

JointMaximumOfGLCM: _Final[_Code] = _Code("IBSI", "GYBY", "Joint Maximum of GLCM", (7467,))
"""Joint Maximum of GLCM (IBSI GYBY)."""

JointVarianceOfGLCM: _Final[_Code] = _Code("IBSI", "UR99", "Joint Variance of GLCM", (7467,))
"""Joint Variance of GLCM (IBSI UR99)."""

LargeDistanceEmphasis: _Final[_Code] = _Code("IBSI", "MB4I", "Large Distance Emphasis", (7479,))
"""Large Distance Emphasis (IBSI MB4I)."""

LargeDistanceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "KLTH", "Large Distance High Grey Level Emphasis", (7479,)
)
"""Large Distance High Grey Level Emphasis (IBSI KLTH)."""

LargeDistanceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "A7WM", "Large Distance Low Grey Level Emphasis", (7479,)
)
"""Large Distance Low Grey Level Emphasis (IBSI A7WM)."""

LargeZoneEmphasis: _Final[_Code] = _Code("IBSI", "48P8", "Large Zone Emphasis", (7476,))
"""Large Zone Emphasis (IBSI 48P8)."""

LargeZoneHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "J17V", "Large Zone High Gray Level Emphasis", (7476,)
)
"""Large Zone High Gray Level Emphasis (IBSI J17V)."""

LargeZoneLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "YH51", "Large Zone Low Gray Level Emphasis", (7476,)
)
"""Large Zone Low Gray Level Emphasis (IBSI YH51)."""

LeastAxisIn3DLength: _Final[_Code] = _Code("IBSI", "7J51", "Least Axis in 3D Length", (7470, 7477))
"""Least Axis in 3D Length (IBSI 7J51)."""

LongRunHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "3KUM", "Long Run High Gray Level Emphasis", (7475,)
)
"""Long Run High Gray Level Emphasis (IBSI 3KUM)."""

LongRunLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "IVPO", "Long Run Low Gray Level Emphasis", (7475,)
)
"""Long Run Low Gray Level Emphasis (IBSI IVPO)."""

LongRunsEmphasis: _Final[_Code] = _Code("IBSI", "W4KF", "Long Runs Emphasis", (7475,))
"""Long Runs Emphasis (IBSI W4KF)."""

LowDependenceEmphasis: _Final[_Code] = _Code("IBSI", "SODN", "Low dependence emphasis", (7501,))
"""Low dependence emphasis (IBSI SODN)."""

LowDependenceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "JA6D", "Low dependence high grey level emphasis", (7501,)
)
"""Low dependence high grey level emphasis (IBSI JA6D)."""

LowDependenceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "EQ3F", "Low dependence low grey level emphasis", (7501,)
)
"""Low dependence low grey level emphasis (IBSI EQ3F)."""

LowGrayLevelRunEmphasis: _Final[_Code] = _Code(
    "IBSI", "V3SW", "Low Gray Level Run Emphasis", (7475,)
)
"""Low Gray Level Run Emphasis (IBSI V3SW)."""

LowGrayLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "XMSY", "Low Gray Level Zone Emphasis", (7476,)
)
"""Low Gray Level Zone Emphasis (IBSI XMSY)."""

LowGreyLevelCountEmphasis: _Final[_Code] = _Code(
    "IBSI", "TL9H", "Low grey level count emphasis", (7501,)
)
"""Low grey level count emphasis (IBSI TL9H)."""

LowGreyLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "S1RA", "Low Grey Level Zone Emphasis", (7479,)
)
"""Low Grey Level Zone Emphasis (IBSI S1RA)."""

MajorAxisIn3DLength: _Final[_Code] = _Code("IBSI", "TDIC", "Major Axis in 3D Length", (7470, 7477))
"""Major Axis in 3D Length (IBSI TDIC)."""

Maximum3DDiameterOfAMesh: _Final[_Code] = _Code(
    "IBSI", "L0JK", "Maximum 3D Diameter of a Mesh", (7470, 7477)
)
"""Maximum 3D Diameter of a Mesh (IBSI L0JK)."""

MinorAxisIn3DLength: _Final[_Code] = _Code("IBSI", "P9VJ", "Minor Axis in 3D Length", (7470, 7477))
"""Minor Axis in 3D Length (IBSI P9VJ)."""

MoranIIndex: _Final[_Code] = _Code("IBSI", "N365", "Moran's I Index", (7477,))
"""Moran's I Index (IBSI N365)."""

NormalizedGrayLevelNonuniformityInRuns: _Final[_Code] = _Code(
    "IBSI", "OVBL", "Normalized Gray Level Nonuniformity in Runs", (7475,)
)
"""Normalized Gray Level Nonuniformity in Runs (IBSI OVBL)."""

NormalizedGrayLevelNonuniformityOfSizeZoneCounts: _Final[_Code] = _Code(
    "IBSI", "Y1RO", "Normalized Gray Level Nonuniformity of Size Zone Counts", (7476,)
)
"""Normalized Gray Level Nonuniformity of Size Zone Counts (IBSI Y1RO)."""

NormalizedGreyLevelNonUniformityOfDistanceZoneCounts: _Final[_Code] = _Code(
    "IBSI", "7HP3", "Normalized Grey Level Non-uniformity of Distance Zone Counts", (7479,)
)
"""Normalized Grey Level Non-uniformity of Distance Zone Counts (IBSI 7HP3)."""

NormalizedGreyLevelNonUniformityOfNGLDM: _Final[_Code] = _Code(
    "IBSI", "5SPA", "Normalized grey level non-uniformity of NGLDM", (7501,)
)
"""Normalized grey level non-uniformity of NGLDM (IBSI 5SPA)."""

NormalizedInverseDifferenceMomentOfGLCM: _Final[_Code] = _Code(
    "IBSI", "1QCO", "Normalized Inverse Difference Moment of GLCM", (7467,)
)
"""Normalized Inverse Difference Moment of GLCM (IBSI 1QCO)."""

NormalizedInverseDifferenceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "NDRX", "Normalized Inverse Difference of GLCM", (7467,)
)
"""Normalized Inverse Difference of GLCM (IBSI NDRX)."""

NormalizedRunLengthNonuniformity: _Final[_Code] = _Code(
    "IBSI", "IC23", "Normalized Run Length Nonuniformity", (7475,)
)
"""Normalized Run Length Nonuniformity (IBSI IC23)."""

NormalizedZoneDistanceNonUniformity: _Final[_Code] = _Code(
    "IBSI", "IATH", "Normalized Zone Distance Non-uniformity", (7479,)
)
"""Normalized Zone Distance Non-uniformity (IBSI IATH)."""

NormalizedZoneSizeNonuniformity: _Final[_Code] = _Code(
    "IBSI", "VB3A", "Normalized Zone Size Nonuniformity", (7476,)
)
"""Normalized Zone Size Nonuniformity (IBSI VB3A)."""

RunEntropy: _Final[_Code] = _Code("IBSI", "HJ9O", "Run Entropy", (7475,))
"""Run Entropy (IBSI HJ9O)."""

RunLengthNonuniformity: _Final[_Code] = _Code("IBSI", "W92Y", "Run Length Nonuniformity", (7475,))
"""Run Length Nonuniformity (IBSI W92Y)."""

RunLengthVariance: _Final[_Code] = _Code("IBSI", "SXLW", "Run Length Variance", (7475,))
"""Run Length Variance (IBSI SXLW)."""

RunPercentage: _Final[_Code] = _Code("IBSI", "9ZK5", "Run Percentage", (7475,))
"""Run Percentage (IBSI 9ZK5)."""

SecondMeasureOfInformationCorrelationOfGLCM: _Final[_Code] = _Code(
    "IBSI", "JN9H", "Second Measure of Information Correlation of GLCM", (7467,)
)
"""Second Measure of Information Correlation of GLCM (IBSI JN9H)."""

ShortRunHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "GD3A", "Short Run High Gray Level Emphasis", (7475,)
)
"""Short Run High Gray Level Emphasis (IBSI GD3A)."""

ShortRunLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "HTZT", "Short Run Low Gray Level Emphasis", (7475,)
)
"""Short Run Low Gray Level Emphasis (IBSI HTZT)."""

ShortRunsEmphasis: _Final[_Code] = _Code("IBSI", "22OV", "Short Runs Emphasis", (7475,))
"""Short Runs Emphasis (IBSI 22OV)."""

SizeZonePercentage: _Final[_Code] = _Code("IBSI", "P30P", "Size Zone Percentage", (7476,))
"""Size Zone Percentage (IBSI P30P)."""

SmallDistanceEmphasis: _Final[_Code] = _Code("IBSI", "0GBI", "Small Distance Emphasis", (7479,))
"""Small Distance Emphasis (IBSI 0GBI)."""

SmallDistanceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "DKNJ", "Small Distance High Grey Level Emphasis", (7479,)
)
"""Small Distance High Grey Level Emphasis (IBSI DKNJ)."""

SmallDistanceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "RUVG", "Small Distance Low Grey Level Emphasis", (7479,)
)
"""Small Distance Low Grey Level Emphasis (IBSI RUVG)."""

SmallZoneEmphasis: _Final[_Code] = _Code("IBSI", "5QRC", "Small Zone Emphasis", (7476,))
"""Small Zone Emphasis (IBSI 5QRC)."""

SmallZoneHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "HW1V", "Small Zone High Gray Level Emphasis", (7476,)
)
"""Small Zone High Gray Level Emphasis (IBSI HW1V)."""

SmallZoneLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "5RAI", "Small Zone Low Gray Level Emphasis", (7476,)
)
"""Small Zone Low Gray Level Emphasis (IBSI 5RAI)."""

SphericalDisproportion: _Final[_Code] = _Code("IBSI", "KRCK", "Spherical Disproportion", (7477,))
"""Spherical Disproportion (IBSI KRCK)."""

Sphericity: _Final[_Code] = _Code("IBSI", "QCFX", "Sphericity", (7477,))
"""Sphericity (IBSI QCFX)."""

StrengthOfNGTDM: _Final[_Code] = _Code("IBSI", "1X9X", "Strength of NGTDM", (7500,))
"""Strength of NGTDM (IBSI 1X9X)."""

SumAverageOfGLCM: _Final[_Code] = _Code("IBSI", "ZGXS", "Sum Average of GLCM", (7467,))
"""Sum Average of GLCM (IBSI ZGXS)."""

SumEntropyOfGLCM: _Final[_Code] = _Code("IBSI", "P6QZ", "Sum Entropy of GLCM", (7467,))
"""Sum Entropy of GLCM (IBSI P6QZ)."""

SumVarianceOfGLCM: _Final[_Code] = _Code("IBSI", "OEEB", "Sum Variance of GLCM", (7467,))
"""Sum Variance of GLCM (IBSI OEEB)."""

SurfaceAreaOfMesh: _Final[_Code] = _Code("IBSI", "C0JK", "Surface Area of Mesh", (7471, 7477))
"""Surface Area of Mesh (IBSI C0JK)."""

SurfaceToVolumeRatio: _Final[_Code] = _Code("IBSI", "2PR5", "Surface to Volume Ratio", (7477,))
"""Surface to Volume Ratio (IBSI 2PR5)."""

VolumeDensityInApproximateEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "6BDE", "Volume Density in Approximate Enclosing Ellipsoid", (7477,)
)
"""Volume Density in Approximate Enclosing Ellipsoid (IBSI 6BDE)."""

VolumeDensityInConvexHull: _Final[_Code] = _Code(
    "IBSI", "R3ER", "Volume Density in Convex Hull", (7477,)
)
"""Volume Density in Convex Hull (IBSI R3ER)."""

VolumeDensityInFrameOfReferenceAxisAlignedBoundingBox: _Final[_Code] = _Code(
    "IBSI", "PBX1", "Volume Density in Frame of Reference Axis Aligned Bounding Box", (7477,)
)
"""Volume Density in Frame of Reference Axis Aligned Bounding Box (IBSI PBX1)."""

VolumeDensityInMinimumVolumeEnclosingEllipsoid: _Final[_Code] = _Code(
    "IBSI", "SWZ1", "Volume Density in Minimum Volume Enclosing Ellipsoid", (7477,)
)
"""Volume Density in Minimum Volume Enclosing Ellipsoid (IBSI SWZ1)."""

VolumeDensityInOrientedMinimumBoundingBox: _Final[_Code] = _Code(
    "IBSI", "ZH1A", "Volume Density in Oriented Minimum Bounding Box", (7477,)
)
"""Volume Density in Oriented Minimum Bounding Box (IBSI ZH1A)."""

VolumeFromVoxelSummation: _Final[_Code] = _Code(
    "IBSI", "YEKZ", "Volume from Voxel Summation", (7472, 7477)
)
"""Volume from Voxel Summation (IBSI YEKZ)."""

VolumeOfMesh: _Final[_Code] = _Code("IBSI", "RNU0", "Volume of Mesh", (7472, 7477))
"""Volume of Mesh (IBSI RNU0)."""

ZoneDistanceEntropy: _Final[_Code] = _Code("IBSI", "GBDU", "Zone Distance Entropy", (7479,))
"""Zone Distance Entropy (IBSI GBDU)."""

ZoneDistanceNonUniformity: _Final[_Code] = _Code(
    "IBSI", "V294", "Zone Distance Non-uniformity", (7479,)
)
"""Zone Distance Non-uniformity (IBSI V294)."""

ZoneDistanceVariance: _Final[_Code] = _Code("IBSI", "7WT1", "Zone Distance Variance", (7479,))
"""Zone Distance Variance (IBSI 7WT1)."""

ZoneSizeEntropy: _Final[_Code] = _Code("IBSI", "GU8N", "Zone Size Entropy", (7476,))
"""Zone Size Entropy (IBSI GU8N)."""

ZoneSizeNonuniformity: _Final[_Code] = _Code("IBSI", "4JP3", "Zone Size Nonuniformity", (7476,))
"""Zone Size Nonuniformity (IBSI 4JP3)."""

ZoneSizeVariance: _Final[_Code] = _Code("IBSI", "3NSA", "Zone Size Variance", (7476,))
"""Zone Size Variance (IBSI 3NSA)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AngularSecondMomentOfGLCM,
    AreaDensityInApproximateEnclosingEllipsoid,
    AreaDensityInConvexHull,
    AreaDensityInFrameOfReferenceAxisAlignedBoundingBox,
    AreaDensityInMinimumVolumeEnclosingEllipsoid,
    AreaDensityInOrientedMinimumBoundingBox,
    Asphericity,
    AutocorrelationOfGLCM,
    BusynessOfNGTDM,
    CentreOfMassShift,
    ClusterProminenceOfGLCM,
    ClusterShadeOfGLCM,
    ClusterTendencyOfGLCM,
    CoarsenessOfNGTDM,
    Compactness1,
    Compactness2,
    ComplexityOfNGTDM,
    ContrastOfGLCM,
    ContrastOfNGTDM,
    CorrelationOfGLCM,
    DependenceCountEnergy,
    DependenceCountEntropy,
    DependenceCountNonUniformity,
    DependenceCountNonUniformityNormalized,
    DependenceCountPercentage,
    DependenceCountVariance,
    DifferenceAverageOfGLCM,
    DifferenceEntropyOfGLCM,
    DifferenceVarianceOfGLCM,
    DissimilarityOfGLCM,
    DistanceZonePercentage,
    Elongation,
    FirstMeasureOfInformationCorrelationOfGLCM,
    Flatness,
    GearyCMeasure,
    GrayLevelNonuniformityInRuns,
    GrayLevelNonuniformityOfSizeZoneCounts,
    GrayLevelVarianceInRuns,
    GrayLevelVarianceInSizeZones,
    GreyLevelNonUniformityOfDistanceZoneCounts,
    GreyLevelNonUniformityOfNGLDM,
    GreyLevelVarianceInDistanceZones,
    GreyLevelVarianceOfNGLDM,
    HighDependenceEmphasis,
    HighDependenceHighGreyLevelEmphasis,
    HighDependenceLowGreyLevelEmphasis,
    HighGrayLevelRunEmphasis,
    HighGrayLevelZoneEmphasis,
    HighGreyLevelCountEmphasis,
    HighGreyLevelZoneEmphasis,
    IntegratedIntensity,
    IntensityHistogram10thPercentile,
    IntensityHistogram90thPercentile,
    IntensityHistogramCoefficientOfVariation,
    IntensityHistogramEntropy,
    IntensityHistogramInterquartileRange,
    IntensityHistogramKurtosis,
    IntensityHistogramMaximumGradient,
    IntensityHistogramMaximumGradientGrayLevel,
    IntensityHistogramMaximumGrayLevel,
    IntensityHistogramMean,
    IntensityHistogramMeanAbsoluteDeviation,
    IntensityHistogramMedian,
    IntensityHistogramMedianAbsoluteDeviation,
    IntensityHistogramMinimumGradient,
    IntensityHistogramMinimumGradientGrayLevel,
    IntensityHistogramMinimumGrayLevel,
    IntensityHistogramMode,
    IntensityHistogramQuartileCoefficientOfDispersion,
    IntensityHistogramRange,
    IntensityHistogramRobustMeanAbsoluteDeviation,
    IntensityHistogramSkewness,
    IntensityHistogramUniformity,
    IntensityHistogramVariance,
    InverseDifferenceMomentOfGLCM,
    InverseDifferenceOfGLCM,
    InverseVarianceOfGLCM,
    JointAverageOfGLCM,
    JointEntropyOfGLCM,
    JointMaximumOfGLCM,
    JointVarianceOfGLCM,
    LargeDistanceEmphasis,
    LargeDistanceHighGreyLevelEmphasis,
    LargeDistanceLowGreyLevelEmphasis,
    LargeZoneEmphasis,
    LargeZoneHighGrayLevelEmphasis,
    LargeZoneLowGrayLevelEmphasis,
    LeastAxisIn3DLength,
    LongRunHighGrayLevelEmphasis,
    LongRunLowGrayLevelEmphasis,
    LongRunsEmphasis,
    LowDependenceEmphasis,
    LowDependenceHighGreyLevelEmphasis,
    LowDependenceLowGreyLevelEmphasis,
    LowGrayLevelRunEmphasis,
    LowGrayLevelZoneEmphasis,
    LowGreyLevelCountEmphasis,
    LowGreyLevelZoneEmphasis,
    MajorAxisIn3DLength,
    Maximum3DDiameterOfAMesh,
    MinorAxisIn3DLength,
    MoranIIndex,
    NormalizedGrayLevelNonuniformityInRuns,
    NormalizedGrayLevelNonuniformityOfSizeZoneCounts,
    NormalizedGreyLevelNonUniformityOfDistanceZoneCounts,
    NormalizedGreyLevelNonUniformityOfNGLDM,
    NormalizedInverseDifferenceMomentOfGLCM,
    NormalizedInverseDifferenceOfGLCM,
    NormalizedRunLengthNonuniformity,
    NormalizedZoneDistanceNonUniformity,
    NormalizedZoneSizeNonuniformity,
    RunEntropy,
    RunLengthNonuniformity,
    RunLengthVariance,
    RunPercentage,
    SecondMeasureOfInformationCorrelationOfGLCM,
    ShortRunHighGrayLevelEmphasis,
    ShortRunLowGrayLevelEmphasis,
    ShortRunsEmphasis,
    SizeZonePercentage,
    SmallDistanceEmphasis,
    SmallDistanceHighGreyLevelEmphasis,
    SmallDistanceLowGreyLevelEmphasis,
    SmallZoneEmphasis,
    SmallZoneHighGrayLevelEmphasis,
    SmallZoneLowGrayLevelEmphasis,
    SphericalDisproportion,
    Sphericity,
    StrengthOfNGTDM,
    SumAverageOfGLCM,
    SumEntropyOfGLCM,
    SumVarianceOfGLCM,
    SurfaceAreaOfMesh,
    SurfaceToVolumeRatio,
    VolumeDensityInApproximateEnclosingEllipsoid,
    VolumeDensityInConvexHull,
    VolumeDensityInFrameOfReferenceAxisAlignedBoundingBox,
    VolumeDensityInMinimumVolumeEnclosingEllipsoid,
    VolumeDensityInOrientedMinimumBoundingBox,
    VolumeFromVoxelSummation,
    VolumeOfMesh,
    ZoneDistanceEntropy,
    ZoneDistanceNonUniformity,
    ZoneDistanceVariance,
    ZoneSizeEntropy,
    ZoneSizeNonuniformity,
    ZoneSizeVariance,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
