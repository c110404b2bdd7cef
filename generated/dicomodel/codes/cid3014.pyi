"""CID 3014 Coronary Artery Segment.

Extensible, version 20240611, UID 1.2.840.10008.6.1.47.

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
_1stDiagonalCoronaryArtery: _Final[_groups.Cid3014Code]
_1stLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
_1stMarginalCoronaryArtery: _Final[_groups.Cid3014Code]
_1stRightPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
_1stSeptalCoronaryArtery: _Final[_groups.Cid3014Code]
_2ndDiagonalCoronaryArtery: _Final[_groups.Cid3014Code]
_2ndLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
_2ndMarginalCoronaryArtery: _Final[_groups.Cid3014Code]
_2ndRightPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
_3rdDiagonalCoronaryArtery: _Final[_groups.Cid3014Code]
_3rdLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
_3rdMarginalCoronaryArtery: _Final[_groups.Cid3014Code]
_3rdRightPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
MarginalCoronaryArtery: _Final[_groups.Cid3014Code]
AVGrooveContinuationOfCircumflexArtery: _Final[_groups.Cid3014Code]
DistalCircumflexCoronaryArtery: _Final[_groups.Cid3014Code]
DistalLeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3014Code]
DistalRightCoronaryArtery: _Final[_groups.Cid3014Code]
_1stDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
_1stMarginalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
_2ndDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
_2ndMarginalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
_3rdDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
_3rdMarginalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
RamusLaterals: _Final[_groups.Cid3014Code]
LeftMainCoronaryArtery: _Final[_groups.Cid3014Code]
LeftMainCoronaryArteryOstium: _Final[_groups.Cid3014Code]
LeftPosteriorDescendingCircumflexCoronaryArtery: _Final[_groups.Cid3014Code]
MidCircumflexCoronaryArtery: _Final[_groups.Cid3014Code]
MidLeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3014Code]
MidRightCoronaryArtery: _Final[_groups.Cid3014Code]
PosteriorDescendingRightCoronaryArtery: _Final[_groups.Cid3014Code]
PosteriorDescendingSeptalPerforators: _Final[_groups.Cid3014Code]
ProximalCircumflexCoronaryArtery: _Final[_groups.Cid3014Code]
ProximalLeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3014Code]
ProximalRightCoronaryArtery: _Final[_groups.Cid3014Code]
IntermediateArteryRamus: _Final[_groups.Cid3014Code]
RightCoronaryArteryOstium: _Final[_groups.Cid3014Code]
RightPosteriorAVCoronaryArtery: _Final[_groups.Cid3014Code]
MEMBERS: _Final[tuple[_groups.Cid3014Code, ...]]
