"""CID 12305 Basic Echo Anatomic Site.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1146.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AorticRoot: _Final[_groups.Cid12305Code]
AorticSinotubularJunction: _Final[_groups.Cid12305Code]
AorticValve: _Final[_groups.Cid12305Code]
AorticValveRing: _Final[_groups.Cid12305Code]
ApexOfLeftVentricle: _Final[_groups.Cid12305Code]
ApexOfRightVentricle: _Final[_groups.Cid12305Code]
AscendingAorta: _Final[_groups.Cid12305Code]
InferiorVenaCava: _Final[_groups.Cid12305Code]
InterventricularSeptum: _Final[_groups.Cid12305Code]
LateralMitralAnnulus: _Final[_groups.Cid12305Code]
LeftAtrium: _Final[_groups.Cid12305Code]
LeftPulmonaryArtery: _Final[_groups.Cid12305Code]
LeftVentricle: _Final[_groups.Cid12305Code]
LeftVentricleApicalAnteriorSegment: _Final[_groups.Cid12305Code]
LeftVentricleApicalAnterolateralSegment: _Final[_groups.Cid12305Code]
LeftVentricleApicalAnteroseptalSegment: _Final[_groups.Cid12305Code]
LeftVentricleApicalInferiorSegment: _Final[_groups.Cid12305Code]
LeftVentricleApicalInferolateralSegment: _Final[_groups.Cid12305Code]
LeftVentricleApicalInferoseptalSegment: _Final[_groups.Cid12305Code]
LeftVentricleApicalLateralSegment: _Final[_groups.Cid12305Code]
LeftVentricleApicalSeptalSegment: _Final[_groups.Cid12305Code]
LeftVentricleBasalAnteriorSegment: _Final[_groups.Cid12305Code]
LeftVentricleBasalAnterolateralSegment: _Final[_groups.Cid12305Code]
LeftVentricleBasalAnteroseptalSegment: _Final[_groups.Cid12305Code]
LeftVentricleBasalInferiorSegment: _Final[_groups.Cid12305Code]
LeftVentricleBasalInferolateralSegment: _Final[_groups.Cid12305Code]
LeftVentricleBasalInferoseptalSegment: _Final[_groups.Cid12305Code]
LeftVentricleMidAnteriorSegment: _Final[_groups.Cid12305Code]
LeftVentricleMidAnterolateralSegment: _Final[_groups.Cid12305Code]
LeftVentricleMidAnteroseptalSegment: _Final[_groups.Cid12305Code]
LeftVentricleMidInferiorSegment: _Final[_groups.Cid12305Code]
LeftVentricleMidInferolateralSegment: _Final[_groups.Cid12305Code]
LeftVentricleMidInferoseptalSegment: _Final[_groups.Cid12305Code]
LeftVentricleMyocardium: _Final[_groups.Cid12305Code]
LeftVentricleOutflowTract: _Final[_groups.Cid12305Code]
MedialMitralAnnulus: _Final[_groups.Cid12305Code]
MitralAnnulus: _Final[_groups.Cid12305Code]
MitralValve: _Final[_groups.Cid12305Code]
PulmonaryArtery: _Final[_groups.Cid12305Code]
PulmonaryVein: _Final[_groups.Cid12305Code]
PulmonicRing: _Final[_groups.Cid12305Code]
PulmonicValve: _Final[_groups.Cid12305Code]
RightAtrium: _Final[_groups.Cid12305Code]
RightPulmonaryArtery: _Final[_groups.Cid12305Code]
RightVentricle: _Final[_groups.Cid12305Code]
RightVentricleAnteriorWall: _Final[_groups.Cid12305Code]
RightVentricleBasalSegment: _Final[_groups.Cid12305Code]
RightVentricleMidventricularSegment: _Final[_groups.Cid12305Code]
RightVentricleOutflowTract: _Final[_groups.Cid12305Code]
RightVentricleOutflowTractDistal: _Final[_groups.Cid12305Code]
RightVentricleOutflowTractProximal: _Final[_groups.Cid12305Code]
TricuspidAnnulus: _Final[_groups.Cid12305Code]
TricuspidValve: _Final[_groups.Cid12305Code]
TrunkOfPulmonaryArtery: _Final[_groups.Cid12305Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12305Code]]
