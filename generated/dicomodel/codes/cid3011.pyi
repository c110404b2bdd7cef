"""CID 3011 Electrophysiology Anatomic Location.

Extensible, version 20170914, UID 1.2.840.10008.6.1.46.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AccessoryAtrioventricularBundle: _Final[_groups.Cid3011Code]
ApexOfLeftVentricle: _Final[_groups.Cid3011Code]
ApexOfRightVentricle: _Final[_groups.Cid3011Code]
AtrioventricularBundle: _Final[_groups.Cid3011Code]
AtrioventricularNode: _Final[_groups.Cid3011Code]
CommonVentricle: _Final[_groups.Cid3011Code]
CoronarySinus: _Final[_groups.Cid3011Code]
Epicardium: _Final[_groups.Cid3011Code]
GreatCardiacVein: _Final[_groups.Cid3011Code]
HighRightAtrium: _Final[_groups.Cid3011Code]
InferiorLeftPulmonaryVein: _Final[_groups.Cid3011Code]
InferiorRightPulmonaryVein: _Final[_groups.Cid3011Code]
LateralHighRightAtrium: _Final[_groups.Cid3011Code]
LeftAnteriorDivisionOfLeftBranchAtrioventricularBundle: _Final[_groups.Cid3011Code]
LeftAtrium: _Final[_groups.Cid3011Code]
LeftAuricularAppendage: _Final[_groups.Cid3011Code]
LeftBranchOfAtrioventricularBundle: _Final[_groups.Cid3011Code]
LeftPosteriorDivisionOfLeftBranchAtrioventricularBundle: _Final[_groups.Cid3011Code]
LeftVentricle: _Final[_groups.Cid3011Code]
LeftVentricleInflow: _Final[_groups.Cid3011Code]
LeftVentricleOutflowTract: _Final[_groups.Cid3011Code]
LowRightAtrium: _Final[_groups.Cid3011Code]
MidRightAtrium: _Final[_groups.Cid3011Code]
MiddleCardiacVein: _Final[_groups.Cid3011Code]
MitralRing: _Final[_groups.Cid3011Code]
OstiumOfCoronarySinus: _Final[_groups.Cid3011Code]
PulmonaryVein: _Final[_groups.Cid3011Code]
PulmonicRing: _Final[_groups.Cid3011Code]
PurkinjeFibers: _Final[_groups.Cid3011Code]
RightAtrioventricularOstium: _Final[_groups.Cid3011Code]
RightAtrium: _Final[_groups.Cid3011Code]
RightAuricularAppendage: _Final[_groups.Cid3011Code]
RightBranchOfAtrioventricularBundle: _Final[_groups.Cid3011Code]
RightVentricle: _Final[_groups.Cid3011Code]
RightVentricleInflow: _Final[_groups.Cid3011Code]
RightVentricleOutflowTract: _Final[_groups.Cid3011Code]
SinoAtrialNode: _Final[_groups.Cid3011Code]
SuperiorLeftPulmonaryVein: _Final[_groups.Cid3011Code]
SuperiorRightPulmonaryVein: _Final[_groups.Cid3011Code]
TendonOfTodaro: _Final[_groups.Cid3011Code]
TricuspidRing: _Final[_groups.Cid3011Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3011Code]]
