"""CID 7467 Gray Level Co-occurrence Matrix Measurement.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1000.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

JointEntropyOfGLCM: _Final[_groups.Cid7467Code]
RootAngularSecondMomentOfGLCM: _Final[_groups.Cid7467Code]
InverseDifferenceMomentOfGLCM: _Final[_groups.Cid7467Code]
ContrastOfGLCM: _Final[_groups.Cid7467Code]
DissimilarityOfGLCM: _Final[_groups.Cid7467Code]
AngularSecondMomentOfGLCM: _Final[_groups.Cid7467Code]
CorrelationOfGLCM: _Final[_groups.Cid7467Code]
JointMaximumOfGLCM: _Final[_groups.Cid7467Code]
JointAverageOfGLCM: _Final[_groups.Cid7467Code]
JointVarianceOfGLCM: _Final[_groups.Cid7467Code]
DifferenceAverageOfGLCM: _Final[_groups.Cid7467Code]
DifferenceVarianceOfGLCM: _Final[_groups.Cid7467Code]
DifferenceEntropyOfGLCM: _Final[_groups.Cid7467Code]
SumAverageOfGLCM: _Final[_groups.Cid7467Code]
SumVarianceOfGLCM: _Final[_groups.Cid7467Code]
SumEntropyOfGLCM: _Final[_groups.Cid7467Code]
InverseDifferenceOfGLCM: _Final[_groups.Cid7467Code]
NormalizedInverseDifferenceOfGLCM: _Final[_groups.Cid7467Code]
NormalizedInverseDifferenceMomentOfGLCM: _Final[_groups.Cid7467Code]
InverseVarianceOfGLCM: _Final[_groups.Cid7467Code]
AutocorrelationOfGLCM: _Final[_groups.Cid7467Code]
ClusterTendencyOfGLCM: _Final[_groups.Cid7467Code]
ClusterShadeOfGLCM: _Final[_groups.Cid7467Code]
ClusterProminenceOfGLCM: _Final[_groups.Cid7467Code]
FirstMeasureOfInformationCorrelationOfGLCM: _Final[_groups.Cid7467Code]
SecondMeasureOfInformationCorrelationOfGLCM: _Final[_groups.Cid7467Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7467Code]]
