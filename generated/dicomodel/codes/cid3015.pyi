"""CID 3015 Coronary Artery.

Extensible, version 20221201, UID 1.2.840.10008.6.1.48.
Includes CID 3014, CID 3016.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftPosterolateralCircumflexCoronaryArtery: _Final[_groups.Cid3015Code]
PosterolateralBranchOfRightCoronaryArtery: _Final[_groups.Cid3015Code]
CoronaryArteryGraft: _Final[_groups.Cid3015Code]
V1stDiagonalCoronaryArtery: _Final[_groups.Cid3015Code]
V1stLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
V1stMarginalCoronaryArtery: _Final[_groups.Cid3015Code]
V1stRightPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
V1stSeptalCoronaryArtery: _Final[_groups.Cid3015Code]
V2ndDiagonalCoronaryArtery: _Final[_groups.Cid3015Code]
V2ndLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
V2ndMarginalCoronaryArtery: _Final[_groups.Cid3015Code]
V2ndRightPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
V3rdDiagonalCoronaryArtery: _Final[_groups.Cid3015Code]
V3rdLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
V3rdMarginalCoronaryArtery: _Final[_groups.Cid3015Code]
V3rdRightPosterolateralCoronaryArtery: _Final[_groups.Cid3015Code]
MarginalCoronaryArtery: _Final[_groups.Cid3015Code]
AVGrooveContinuationOfCircumflexArtery: _Final[_groups.Cid3015Code]
DistalCircumflexCoronaryArtery: _Final[_groups.Cid3015Code]
DistalLeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3015Code]
DistalRightCoronaryArtery: _Final[_groups.Cid3015Code]
V1stDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
V1stMarginalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
V2ndDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
V2ndMarginalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
V3rdDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
V3rdMarginalCoronaryArteryLaterals: _Final[_groups.Cid3015Code]
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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3015Code]]
