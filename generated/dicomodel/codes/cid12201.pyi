"""CID 12201 Left Ventricle Linear Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.594.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid12201Code, ...]]
