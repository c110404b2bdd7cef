"""CID 3014 Coronary Artery Segment.

Extensible, version 20240611, UID 1.2.840.10008.6.1.47.

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
_1stDiagonalCoronaryArtery: _Final[_Code]
_1stLeftPosterolateralCoronaryArtery: _Final[_Code]
_1stMarginalCoronaryArtery: _Final[_Code]
_1stRightPosterolateralCoronaryArtery: _Final[_Code]
_1stSeptalCoronaryArtery: _Final[_Code]
_2ndDiagonalCoronaryArtery: _Final[_Code]
_2ndLeftPosterolateralCoronaryArtery: _Final[_Code]
_2ndMarginalCoronaryArtery: _Final[_Code]
_2ndRightPosterolateralCoronaryArtery: _Final[_Code]
_3rdDiagonalCoronaryArtery: _Final[_Code]
_3rdLeftPosterolateralCoronaryArtery: _Final[_Code]
_3rdMarginalCoronaryArtery: _Final[_Code]
_3rdRightPosterolateralCoronaryArtery: _Final[_Code]
MarginalCoronaryArtery: _Final[_Code]
AVGrooveContinuationOfCircumflexArtery: _Final[_Code]
DistalCircumflexCoronaryArtery: _Final[_Code]
DistalLeftAnteriorDescendingCoronaryArtery: _Final[_Code]
DistalRightCoronaryArtery: _Final[_Code]
_1stDiagonalCoronaryArteryLaterals: _Final[_Code]
_1stMarginalCoronaryArteryLaterals: _Final[_Code]
_2ndDiagonalCoronaryArteryLaterals: _Final[_Code]
_2ndMarginalCoronaryArteryLaterals: _Final[_Code]
_3rdDiagonalCoronaryArteryLaterals: _Final[_Code]
_3rdMarginalCoronaryArteryLaterals: _Final[_Code]
RamusLaterals: _Final[_Code]
LeftMainCoronaryArtery: _Final[_Code]
LeftMainCoronaryArteryOstium: _Final[_Code]
LeftPosteriorDescendingCircumflexCoronaryArtery: _Final[_Code]
MidCircumflexCoronaryArtery: _Final[_Code]
MidLeftAnteriorDescendingCoronaryArtery: _Final[_Code]
MidRightCoronaryArtery: _Final[_Code]
PosteriorDescendingRightCoronaryArtery: _Final[_Code]
PosteriorDescendingSeptalPerforators: _Final[_Code]
ProximalCircumflexCoronaryArtery: _Final[_Code]
ProximalLeftAnteriorDescendingCoronaryArtery: _Final[_Code]
ProximalRightCoronaryArtery: _Final[_Code]
IntermediateArteryRamus: _Final[_Code]
RightCoronaryArteryOstium: _Final[_Code]
RightPosteriorAVCoronaryArtery: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
