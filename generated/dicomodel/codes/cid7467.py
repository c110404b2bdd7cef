"""CID 7467 Gray Level Co-occurrence Matrix Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1000.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7467
NAME: Final[str] = "Gray Level Co-occurrence Matrix Measurement"
KEYWORD: Final[str | None] = "GrayLevelCooccurrenceMatrixMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1000"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190121"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

JointEntropyOfGLCM: Final[Code] = Code("IBSI", "TU9B", "Joint Entropy of GLCM", (7467,))
"""Joint Entropy of GLCM (IBSI TU9B)."""

RootAngularSecondMomentOfGLCM: Final[Code] = Code(
    "DCM", "126061", "Root Angular Second Moment of GLCM", (7467,)
)
"""Root Angular Second Moment of GLCM (DCM 126061)."""

InverseDifferenceMomentOfGLCM: Final[Code] = Code(
    "IBSI", "WF0Z", "Inverse Difference Moment of GLCM", (7467,)
)
"""Inverse Difference Moment of GLCM (IBSI WF0Z)."""

ContrastOfGLCM: Final[Code] = Code("IBSI", "ACUI", "Contrast of GLCM", (7467,))
"""Contrast of GLCM (IBSI ACUI)."""

DissimilarityOfGLCM: Final[Code] = Code("IBSI", "8S9J", "Dissimilarity of GLCM", (7467,))
"""Dissimilarity of GLCM (IBSI 8S9J)."""

AngularSecondMomentOfGLCM: Final[Code] = Code(
    "IBSI", "8ZQL", "Angular Second Moment of GLCM", (7467,)
)
"""Angular Second Moment of GLCM (IBSI 8ZQL)."""

CorrelationOfGLCM: Final[Code] = Code("IBSI", "NI2N", "Correlation of GLCM", (7467,))
"""Correlation of GLCM (IBSI NI2N)."""

JointMaximumOfGLCM: Final[Code] = Code("IBSI", "GYBY", "Joint Maximum of GLCM", (7467,))
"""Joint Maximum of GLCM (IBSI GYBY)."""

JointAverageOfGLCM: Final[Code] = Code("IBSI", "60VM", "Joint Average of GLCM", (7467,))
"""Joint Average of GLCM (IBSI 60VM)."""

JointVarianceOfGLCM: Final[Code] = Code("IBSI", "UR99", "Joint Variance of GLCM", (7467,))
"""Joint Variance of GLCM (IBSI UR99)."""

DifferenceAverageOfGLCM: Final[Code] = Code("IBSI", "TF7R", "Difference Average of GLCM", (7467,))
"""Difference Average of GLCM (IBSI TF7R)."""

DifferenceVarianceOfGLCM: Final[Code] = Code("IBSI", "D3YU", "Difference Variance of GLCM", (7467,))
"""Difference Variance of GLCM (IBSI D3YU)."""

DifferenceEntropyOfGLCM: Final[Code] = Code("IBSI", "NTRS", "Difference Entropy of GLCM", (7467,))
"""Difference Entropy of GLCM (IBSI NTRS)."""

SumAverageOfGLCM: Final[Code] = Code("IBSI", "ZGXS", "Sum Average of GLCM", (7467,))
"""Sum Average of GLCM (IBSI ZGXS)."""

SumVarianceOfGLCM: Final[Code] = Code("IBSI", "OEEB", "Sum Variance of GLCM", (7467,))
"""Sum Variance of GLCM (IBSI OEEB)."""

SumEntropyOfGLCM: Final[Code] = Code("IBSI", "P6QZ", "Sum Entropy of GLCM", (7467,))
"""Sum Entropy of GLCM (IBSI P6QZ)."""

InverseDifferenceOfGLCM: Final[Code] = Code("IBSI", "IB1Z", "Inverse Difference of GLCM", (7467,))
"""Inverse Difference of GLCM (IBSI IB1Z)."""

NormalizedInverseDifferenceOfGLCM: Final[Code] = Code(
    "IBSI", "NDRX", "Normalized Inverse Difference of GLCM", (7467,)
)
"""Normalized Inverse Difference of GLCM (IBSI NDRX)."""

NormalizedInverseDifferenceMomentOfGLCM: Final[Code] = Code(
    "IBSI", "1QCO", "Normalized Inverse Difference Moment of GLCM", (7467,)
)
"""Normalized Inverse Difference Moment of GLCM (IBSI 1QCO)."""

InverseVarianceOfGLCM: Final[Code] = Code("IBSI", "E8JP", "Inverse Variance of GLCM", (7467,))
"""Inverse Variance of GLCM (IBSI E8JP)."""

AutocorrelationOfGLCM: Final[Code] = Code("IBSI", "QWB0", "Autocorrelation of GLCM", (7467,))
"""Autocorrelation of GLCM (IBSI QWB0)."""

ClusterTendencyOfGLCM: Final[Code] = Code("IBSI", "DG8W", "Cluster Tendency of GLCM", (7467,))
"""Cluster Tendency of GLCM (IBSI DG8W)."""

ClusterShadeOfGLCM: Final[Code] = Code("IBSI", "7NFM", "Cluster Shade of GLCM", (7467,))
"""Cluster Shade of GLCM (IBSI 7NFM)."""

ClusterProminenceOfGLCM: Final[Code] = Code("IBSI", "AE86", "Cluster Prominence of GLCM", (7467,))
"""Cluster Prominence of GLCM (IBSI AE86)."""

FirstMeasureOfInformationCorrelationOfGLCM: Final[Code] = Code(
    "IBSI", "R8DG", "First Measure of Information Correlation of GLCM", (7467,)
)
"""First Measure of Information Correlation of GLCM (IBSI R8DG)."""

SecondMeasureOfInformationCorrelationOfGLCM: Final[Code] = Code(
    "IBSI", "JN9H", "Second Measure of Information Correlation of GLCM", (7467,)
)
"""Second Measure of Information Correlation of GLCM (IBSI JN9H)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
)
"""The resolved membership: own members, then those of the included groups, in order."""
