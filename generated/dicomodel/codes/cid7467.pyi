"""CID 7467 Gray Level Co-occurrence Matrix Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1000.

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
JointEntropyOfGLCM: _Final[_Code]
RootAngularSecondMomentOfGLCM: _Final[_Code]
InverseDifferenceMomentOfGLCM: _Final[_Code]
ContrastOfGLCM: _Final[_Code]
DissimilarityOfGLCM: _Final[_Code]
AngularSecondMomentOfGLCM: _Final[_Code]
CorrelationOfGLCM: _Final[_Code]
JointMaximumOfGLCM: _Final[_Code]
JointAverageOfGLCM: _Final[_Code]
JointVarianceOfGLCM: _Final[_Code]
DifferenceAverageOfGLCM: _Final[_Code]
DifferenceVarianceOfGLCM: _Final[_Code]
DifferenceEntropyOfGLCM: _Final[_Code]
SumAverageOfGLCM: _Final[_Code]
SumVarianceOfGLCM: _Final[_Code]
SumEntropyOfGLCM: _Final[_Code]
InverseDifferenceOfGLCM: _Final[_Code]
NormalizedInverseDifferenceOfGLCM: _Final[_Code]
NormalizedInverseDifferenceMomentOfGLCM: _Final[_Code]
InverseVarianceOfGLCM: _Final[_Code]
AutocorrelationOfGLCM: _Final[_Code]
ClusterTendencyOfGLCM: _Final[_Code]
ClusterShadeOfGLCM: _Final[_Code]
ClusterProminenceOfGLCM: _Final[_Code]
FirstMeasureOfInformationCorrelationOfGLCM: _Final[_Code]
SecondMeasureOfInformationCorrelationOfGLCM: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
