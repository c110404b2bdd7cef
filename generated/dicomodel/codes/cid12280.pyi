"""CID 12280 Cardiac Ultrasound Target Site.

Extensible, version 20200310, UID 1.2.840.10008.6.1.860.

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
MEMBERS: _Final[tuple[_groups.Cid12280Code, ...]]
