"""CID 12201 Left Ventricle Linear Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.594.

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
LeftVentricleInternalEndDiastolicDimension: _Final[_Code]
LeftVentricleInternalSystolicDimension: _Final[_Code]
LeftVentricularFractionalShortening: _Final[_Code]
InterventricularSeptumDiastolicThickness: _Final[_Code]
InterventricularSeptumToPosteriorWallThicknessRatio: _Final[_Code]
InterventricularSeptumPercentThickening: _Final[_Code]
InterventricularSeptumSystolicThickness: _Final[_Code]
LeftVentriclePosteriorWallPercentThickening: _Final[_Code]
LeftVentricleDiastolicMajorAxis: _Final[_Code]
LeftVentricleSystolicMajorAxis: _Final[_Code]
LeftVentriclePosteriorWallSystolicThickness: _Final[_Code]
LeftVentriclePosteriorWallDiastolicThickness: _Final[_Code]
LeftVentricleSemiMajorAxisDiastolicDimension: _Final[_Code]
LeftVentricleTruncatedSemiMajorAxisDiastolicDimension: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
