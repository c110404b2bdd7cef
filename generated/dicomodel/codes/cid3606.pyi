"""CID 3606 Arterial Source Location.

Extensible, version 20200310, UID 1.2.840.10008.6.1.156.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AbdominalAorta: _Final[_groups.Cid3606Code]
AnteriorCommunicatingArtery: _Final[_groups.Cid3606Code]
AnteriorSpinalArtery: _Final[_groups.Cid3606Code]
Aorta: _Final[_groups.Cid3606Code]
AorticArch: _Final[_groups.Cid3606Code]
AorticFistula: _Final[_groups.Cid3606Code]
Artery: _Final[_groups.Cid3606Code]
AscendingAorta: _Final[_groups.Cid3606Code]
AxillaryArtery: _Final[_groups.Cid3606Code]
Baffle: _Final[_groups.Cid3606Code]
BasilarArtery: _Final[_groups.Cid3606Code]
BrachialArtery: _Final[_groups.Cid3606Code]
BrachiocephalicTrunk: _Final[_groups.Cid3606Code]
CarotidArtery: _Final[_groups.Cid3606Code]
CerebralArtery: _Final[_groups.Cid3606Code]
CommonCarotidArtery: _Final[_groups.Cid3606Code]
CommonFemoralArtery: _Final[_groups.Cid3606Code]
CoronaryArtery: _Final[_groups.Cid3606Code]
DescendingAorta: _Final[_groups.Cid3606Code]
FacialArtery: _Final[_groups.Cid3606Code]
FemoralArtery: _Final[_groups.Cid3606Code]
FistulaCoronaryToLeftAtrium: _Final[_groups.Cid3606Code]
FistulaCoronaryToLeftVentricle: _Final[_groups.Cid3606Code]
FistulaCoronaryToRightAtrium: _Final[_groups.Cid3606Code]
FistulaCoronaryToRightVentricle: _Final[_groups.Cid3606Code]
GeniculateArtery: _Final[_groups.Cid3606Code]
HepaticArtery: _Final[_groups.Cid3606Code]
IliacArtery: _Final[_groups.Cid3606Code]
InternalCarotidArtery: _Final[_groups.Cid3606Code]
InternalMammaryArtery: _Final[_groups.Cid3606Code]
LacrimalArtery: _Final[_groups.Cid3606Code]
LateralPlantarArtery: _Final[_groups.Cid3606Code]
LeftFemoralArtery: _Final[_groups.Cid3606Code]
LeftPulmonaryArtery: _Final[_groups.Cid3606Code]
LingualArtery: _Final[_groups.Cid3606Code]
LumbarArtery: _Final[_groups.Cid3606Code]
MesentericArtery: _Final[_groups.Cid3606Code]
MedialPlantarArtery: _Final[_groups.Cid3606Code]
NeoAorta: _Final[_groups.Cid3606Code]
NeonatalPulmonaryArteryPrimitivePA: _Final[_groups.Cid3606Code]
OccipitalArtery: _Final[_groups.Cid3606Code]
OphthalmicArtery: _Final[_groups.Cid3606Code]
PatentDuctusArteriosus: _Final[_groups.Cid3606Code]
PeronealArtery: _Final[_groups.Cid3606Code]
PoplitealArtery: _Final[_groups.Cid3606Code]
PosteriorCommunicatingArtery: _Final[_groups.Cid3606Code]
ProfundaFemorisArtery: _Final[_groups.Cid3606Code]
PulmonaryArteriovenousFistula: _Final[_groups.Cid3606Code]
PulmonaryArtery: _Final[_groups.Cid3606Code]
PulmonaryArteryConduit: _Final[_groups.Cid3606Code]
PulmonaryVeinWedge: _Final[_groups.Cid3606Code]
RadialArtery: _Final[_groups.Cid3606Code]
RenalArtery: _Final[_groups.Cid3606Code]
RightFemoralArtery: _Final[_groups.Cid3606Code]
RightPulmonaryArtery: _Final[_groups.Cid3606Code]
SubclavianArtery: _Final[_groups.Cid3606Code]
SuperficialFemoralArtery: _Final[_groups.Cid3606Code]
SuperficialTemporalArtery: _Final[_groups.Cid3606Code]
SuperiorThyroidArtery: _Final[_groups.Cid3606Code]
SystemicCollateralArteryToLung: _Final[_groups.Cid3606Code]
ThoracicAorta: _Final[_groups.Cid3606Code]
TibialArtery: _Final[_groups.Cid3606Code]
TruncusArteriosusCommunis: _Final[_groups.Cid3606Code]
UmbilicalArtery: _Final[_groups.Cid3606Code]
VertebralArtery: _Final[_groups.Cid3606Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3606Code]]
