"""CID 7467 Gray Level Co-occurrence Matrix Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1000.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7467
NAME: _Final[str] = "Gray Level Co-occurrence Matrix Measurement"
KEYWORD: _Final[str | None] = "GrayLevelCooccurrenceMatrixMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1000"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

JointEntropyOfGLCM: _Final[_Code] = _Code("IBSI", "TU9B", "Joint Entropy of GLCM", (7467,))
"""Joint Entropy of GLCM (IBSI TU9B)."""

RootAngularSecondMomentOfGLCM: _Final[_Code] = _Code(
    "DCM", "126061", "Root Angular Second Moment of GLCM", (7467,)
)
"""Root Angular Second Moment of GLCM (DCM 126061)."""

InverseDifferenceMomentOfGLCM: _Final[_Code] = _Code(
    "IBSI", "WF0Z", "Inverse Difference Moment of GLCM", (7467,)
)
"""Inverse Difference Moment of GLCM (IBSI WF0Z)."""

ContrastOfGLCM: _Final[_Code] = _Code("IBSI", "ACUI", "Contrast of GLCM", (7467,))
"""Contrast of GLCM (IBSI ACUI)."""

DissimilarityOfGLCM: _Final[_Code] = _Code("IBSI", "8S9J", "Dissimilarity of GLCM", (7467,))
"""Dissimilarity of GLCM (IBSI 8S9J)."""

AngularSecondMomentOfGLCM: _Final[_Code] = _Code(
    "IBSI", "8ZQL", "Angular Second Moment of GLCM", (7467,)
)
"""Angular Second Moment of GLCM (IBSI 8ZQL)."""

CorrelationOfGLCM: _Final[_Code] = _Code("IBSI", "NI2N", "Correlation of GLCM", (7467,))
"""Correlation of GLCM (IBSI NI2N)."""

JointMaximumOfGLCM: _Final[_Code] = _Code("IBSI", "GYBY", "Joint Maximum of GLCM", (7467,))
"""Joint Maximum of GLCM (IBSI GYBY)."""

JointAverageOfGLCM: _Final[_Code] = _Code("IBSI", "60VM", "Joint Average of GLCM", (7467,))
"""Joint Average of GLCM (IBSI 60VM)."""

JointVarianceOfGLCM: _Final[_Code] = _Code("IBSI", "UR99", "Joint Variance of GLCM", (7467,))
"""Joint Variance of GLCM (IBSI UR99)."""

DifferenceAverageOfGLCM: _Final[_Code] = _Code(
    "IBSI", "TF7R", "Difference Average of GLCM", (7467,)
)
"""Difference Average of GLCM (IBSI TF7R)."""

DifferenceVarianceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "D3YU", "Difference Variance of GLCM", (7467,)
)
"""Difference Variance of GLCM (IBSI D3YU)."""

DifferenceEntropyOfGLCM: _Final[_Code] = _Code(
    "IBSI", "NTRS", "Difference Entropy of GLCM", (7467,)
)
"""Difference Entropy of GLCM (IBSI NTRS)."""

SumAverageOfGLCM: _Final[_Code] = _Code("IBSI", "ZGXS", "Sum Average of GLCM", (7467,))
"""Sum Average of GLCM (IBSI ZGXS)."""

SumVarianceOfGLCM: _Final[_Code] = _Code("IBSI", "OEEB", "Sum Variance of GLCM", (7467,))
"""Sum Variance of GLCM (IBSI OEEB)."""

SumEntropyOfGLCM: _Final[_Code] = _Code("IBSI", "P6QZ", "Sum Entropy of GLCM", (7467,))
"""Sum Entropy of GLCM (IBSI P6QZ)."""

InverseDifferenceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "IB1Z", "Inverse Difference of GLCM", (7467,)
)
"""Inverse Difference of GLCM (IBSI IB1Z)."""

NormalizedInverseDifferenceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "NDRX", "Normalized Inverse Difference of GLCM", (7467,)
)
"""Normalized Inverse Difference of GLCM (IBSI NDRX)."""

NormalizedInverseDifferenceMomentOfGLCM: _Final[_Code] = _Code(
    "IBSI", "1QCO", "Normalized Inverse Difference Moment of GLCM", (7467,)
)
"""Normalized Inverse Difference Moment of GLCM (IBSI 1QCO)."""

InverseVarianceOfGLCM: _Final[_Code] = _Code("IBSI", "E8JP", "Inverse Variance of GLCM", (7467,))
"""Inverse Variance of GLCM (IBSI E8JP)."""

AutocorrelationOfGLCM: _Final[_Code] = _Code("IBSI", "QWB0", "Autocorrelation of GLCM", (7467,))
"""Autocorrelation of GLCM (IBSI QWB0)."""

ClusterTendencyOfGLCM: _Final[_Code] = _Code("IBSI", "DG8W", "Cluster Tendency of GLCM", (7467,))
"""Cluster Tendency of GLCM (IBSI DG8W)."""

ClusterShadeOfGLCM: _Final[_Code] = _Code("IBSI", "7NFM", "Cluster Shade of GLCM", (7467,))
"""Cluster Shade of GLCM (IBSI 7NFM)."""

ClusterProminenceOfGLCM: _Final[_Code] = _Code(
    "IBSI", "AE86", "Cluster Prominence of GLCM", (7467,)
)
"""Cluster Prominence of GLCM (IBSI AE86)."""

FirstMeasureOfInformationCorrelationOfGLCM: _Final[_Code] = _Code(
    "IBSI", "R8DG", "First Measure of Information Correlation of GLCM", (7467,)
)
"""First Measure of Information Correlation of GLCM (IBSI R8DG)."""

SecondMeasureOfInformationCorrelationOfGLCM: _Final[_Code] = _Code(
    "IBSI", "JN9H", "Second Measure of Information Correlation of GLCM", (7467,)
)
"""Second Measure of Information Correlation of GLCM (IBSI JN9H)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
