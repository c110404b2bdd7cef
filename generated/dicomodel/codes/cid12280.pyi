"""CID 12280 Cardiac Ultrasound Target Site.

Extensible, version 20200310, UID 1.2.840.10008.6.1.860.

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
AnteriorWall: _Final[_Code]
PosteriorWall: _Final[_Code]
CardiacValveAnnulus: _Final[_Code]
PreductalRegionOfAorticArch: _Final[_Code]
PostductalRegionOfAorticArch: _Final[_Code]
VenaContracta: _Final[_Code]
TransverseAorticArch: _Final[_Code]
Effusion: _Final[_Code]
CardiacValveLeaflet: _Final[_Code]
RightPulmonaryArtery: _Final[_Code]
LeftPulmonaryArtery: _Final[_Code]
RightVentricleOutflowTract: _Final[_Code]
LeftVentricleOutflowTract: _Final[_Code]
RightSuperiorPulmonaryVein: _Final[_Code]
RightInferiorPulmonaryVein: _Final[_Code]
LeftSuperiorPulmonaryVein: _Final[_Code]
LeftInferiorPulmonaryVein: _Final[_Code]
PulmonaryVeinCommonLeftSegment: _Final[_Code]
PulmonaryVeinCommonRightSegment: _Final[_Code]
PulmonaryVeinConfluenceToAtriumConnection: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
