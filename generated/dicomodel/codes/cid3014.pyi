"""CID 3014 Coronary Artery Segment.

Extensible, version 20240611, UID 1.2.840.10008.6.1.47.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V1stDiagonalCoronaryArtery: _Final[_groups.Cid3014Code]
V1stLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
V1stMarginalCoronaryArtery: _Final[_groups.Cid3014Code]
V1stRightPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
V1stSeptalCoronaryArtery: _Final[_groups.Cid3014Code]
V2ndDiagonalCoronaryArtery: _Final[_groups.Cid3014Code]
V2ndLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
V2ndMarginalCoronaryArtery: _Final[_groups.Cid3014Code]
V2ndRightPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
V3rdDiagonalCoronaryArtery: _Final[_groups.Cid3014Code]
V3rdLeftPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
V3rdMarginalCoronaryArtery: _Final[_groups.Cid3014Code]
V3rdRightPosterolateralCoronaryArtery: _Final[_groups.Cid3014Code]
MarginalCoronaryArtery: _Final[_groups.Cid3014Code]
AVGrooveContinuationOfCircumflexArtery: _Final[_groups.Cid3014Code]
DistalCircumflexCoronaryArtery: _Final[_groups.Cid3014Code]
DistalLeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3014Code]
DistalRightCoronaryArtery: _Final[_groups.Cid3014Code]
V1stDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
V1stMarginalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
V2ndDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
V2ndMarginalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
V3rdDiagonalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
V3rdMarginalCoronaryArteryLaterals: _Final[_groups.Cid3014Code]
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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3014Code]]
