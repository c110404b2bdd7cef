"""CID 12201 Left Ventricle Linear Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.594.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricleInternalEndDiastolicDimension: _Final[_groups.Cid12201Code]
LeftVentricleInternalSystolicDimension: _Final[_groups.Cid12201Code]
LeftVentricularFractionalShortening: _Final[_groups.Cid12201Code]
InterventricularSeptumDiastolicThickness: _Final[_groups.Cid12201Code]
InterventricularSeptumToPosteriorWallThicknessRatio: _Final[_groups.Cid12201Code]
InterventricularSeptumPercentThickening: _Final[_groups.Cid12201Code]
InterventricularSeptumSystolicThickness: _Final[_groups.Cid12201Code]
LeftVentriclePosteriorWallPercentThickening: _Final[_groups.Cid12201Code]
LeftVentricleDiastolicMajorAxis: _Final[_groups.Cid12201Code]
LeftVentricleSystolicMajorAxis: _Final[_groups.Cid12201Code]
LeftVentriclePosteriorWallSystolicThickness: _Final[_groups.Cid12201Code]
LeftVentriclePosteriorWallDiastolicThickness: _Final[_groups.Cid12201Code]
LeftVentricleSemiMajorAxisDiastolicDimension: _Final[_groups.Cid12201Code]
LeftVentricleTruncatedSemiMajorAxisDiastolicDimension: _Final[_groups.Cid12201Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12201Code]]
