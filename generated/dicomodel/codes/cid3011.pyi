"""CID 3011 Electrophysiology Anatomic Location.

Extensible, version 20170914, UID 1.2.840.10008.6.1.46.

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
AccessoryAtrioventricularBundle: _Final[_Code]
ApexOfLeftVentricle: _Final[_Code]
ApexOfRightVentricle: _Final[_Code]
AtrioventricularBundle: _Final[_Code]
AtrioventricularNode: _Final[_Code]
CommonVentricle: _Final[_Code]
CoronarySinus: _Final[_Code]
Epicardium: _Final[_Code]
GreatCardiacVein: _Final[_Code]
HighRightAtrium: _Final[_Code]
InferiorLeftPulmonaryVein: _Final[_Code]
InferiorRightPulmonaryVein: _Final[_Code]
LateralHighRightAtrium: _Final[_Code]
LeftAnteriorDivisionOfLeftBranchAtrioventricularBundle: _Final[_Code]
LeftAtrium: _Final[_Code]
LeftAuricularAppendage: _Final[_Code]
LeftBranchOfAtrioventricularBundle: _Final[_Code]
LeftPosteriorDivisionOfLeftBranchAtrioventricularBundle: _Final[_Code]
LeftVentricle: _Final[_Code]
LeftVentricleInflow: _Final[_Code]
LeftVentricleOutflowTract: _Final[_Code]
LowRightAtrium: _Final[_Code]
MidRightAtrium: _Final[_Code]
MiddleCardiacVein: _Final[_Code]
MitralRing: _Final[_Code]
OstiumOfCoronarySinus: _Final[_Code]
PulmonaryVein: _Final[_Code]
PulmonicRing: _Final[_Code]
PurkinjeFibers: _Final[_Code]
RightAtrioventricularOstium: _Final[_Code]
RightAtrium: _Final[_Code]
RightAuricularAppendage: _Final[_Code]
RightBranchOfAtrioventricularBundle: _Final[_Code]
RightVentricle: _Final[_Code]
RightVentricleInflow: _Final[_Code]
RightVentricleOutflowTract: _Final[_Code]
SinoAtrialNode: _Final[_Code]
SuperiorLeftPulmonaryVein: _Final[_Code]
SuperiorRightPulmonaryVein: _Final[_Code]
TendonOfTodaro: _Final[_Code]
TricuspidRing: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
