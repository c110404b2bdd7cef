"""CID 12280 Cardiac Ultrasound Target Site.

Extensible, version 20200310, UID 1.2.840.10008.6.1.860.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnteriorWall: _Final[_groups.Cid12280Code]
PosteriorWall: _Final[_groups.Cid12280Code]
CardiacValveAnnulus: _Final[_groups.Cid12280Code]
PreductalRegionOfAorticArch: _Final[_groups.Cid12280Code]
PostductalRegionOfAorticArch: _Final[_groups.Cid12280Code]
VenaContracta: _Final[_groups.Cid12280Code]
TransverseAorticArch: _Final[_groups.Cid12280Code]
Effusion: _Final[_groups.Cid12280Code]
CardiacValveLeaflet: _Final[_groups.Cid12280Code]
RightPulmonaryArtery: _Final[_groups.Cid12280Code]
LeftPulmonaryArtery: _Final[_groups.Cid12280Code]
RightVentricleOutflowTract: _Final[_groups.Cid12280Code]
LeftVentricleOutflowTract: _Final[_groups.Cid12280Code]
RightSuperiorPulmonaryVein: _Final[_groups.Cid12280Code]
RightInferiorPulmonaryVein: _Final[_groups.Cid12280Code]
LeftSuperiorPulmonaryVein: _Final[_groups.Cid12280Code]
LeftInferiorPulmonaryVein: _Final[_groups.Cid12280Code]
PulmonaryVeinCommonLeftSegment: _Final[_groups.Cid12280Code]
PulmonaryVeinCommonRightSegment: _Final[_groups.Cid12280Code]
PulmonaryVeinConfluenceToAtriumConnection: _Final[_groups.Cid12280Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12280Code]]
