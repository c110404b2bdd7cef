"""CID 3015 Coronary Artery.

Extensible, version 20221201, UID 1.2.840.10008.6.1.48.
Includes CID 3014, CID 3016.

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
LeftPosterolateralCircumflexCoronaryArtery: _Final[_groups.Cid3015Code]
PosterolateralBranchOfRightCoronaryArtery: _Final[_groups.Cid3015Code]
CoronaryArteryGraft: _Final[_groups.Cid3015Code]
_1stDiagonalCoronaryArtery: _Final[_groups.Cid3015Code]
_1stLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
_1stMarginalCoronaryArtery: _Final[_groups.Cid3015Code]
_1stRightPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
_1stSeptalCoronaryArtery: _Final[_groups.Cid3015Code]
_2ndDiagonalCoronaryArtery: _Final[_groups.Cid3015Code]
_2ndLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
_2ndMarginalCoronaryArtery: _Final[_groups.Cid3015Code]
_2ndRightPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
_3rdDiagonalCoronaryArtery: _Final[_groups.Cid3015Code]
_3rdLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
_3rdMarginalCoronaryArtery: _Final[_groups.Cid3015Code]
_3rdRightPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
MarginalCoronaryArtery: _Final[_groups.Cid3015Code]
AVGrooveContinuationOfCircumflexArtery: _Final[_groups.Cid3015Code]
DistalCircumflexCoronaryArtery: _Final[_groups.Cid3015Code]
DistalLeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3015Code]
DistalRightCoronaryArtery: _Final[_groups.Cid3015Code]
_1stDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
_1stMarginalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
_2ndDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
_2ndMarginalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
_3rdDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
_3rdMarginalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
RamusLaterals: _Final[_groups.Cid3015Code]
LeftMainCoronaryArtery: _Final[_groups.Cid3015Code]
LeftMainCoronaryArteryOstium: _Final[_groups.Cid3015Code]
LeftPosteriorDescendingCircumflexCoronaryArtery: _Final[_groups.Cid3015Code]
MidCircumflexCoronaryArtery: _Final[_groups.Cid3015Code]
MidLeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3015Code]
MidRightCoronaryArtery: _Final[_groups.Cid3015Code]
PosteriorDescendingRightCoronaryArtery: _Final[_groups.Cid3015Code]
PosteriorDescendingSeptalPerforators: _Final[_groups.Cid3015Code]
ProximalCircumflexCoronaryArtery: _Final[_groups.Cid3015Code]
ProximalLeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3015Code]
ProximalRightCoronaryArtery: _Final[_groups.Cid3015Code]
IntermediateArteryRamus: _Final[_groups.Cid3015Code]
RightCoronaryArteryOstium: _Final[_groups.Cid3015Code]
RightPosteriorAVCoronaryArtery: _Final[_groups.Cid3015Code]
LeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3015Code]
RightCoronaryArtery: _Final[_groups.Cid3015Code]
CircumflexCoronaryArtery: _Final[_groups.Cid3015Code]
LeftCoronaryArtery: _Final[_groups.Cid3015Code]
MEMBERS: _Final[tuple[_groups.Cid3015Code, ...]]
