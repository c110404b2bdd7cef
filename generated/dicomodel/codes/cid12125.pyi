"""CID 12125 Abdominopelvic Vessel.

Extensible, version 20201116, UID 1.2.840.10008.6.1.1355.
Includes CID 12111, CID 12112, CID 12113, CID 12114.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AccessoryRenalArtery: _Final[_groups.Cid12125Code]
CommonIliacArtery: _Final[_groups.Cid12125Code]
GastricArtery: _Final[_groups.Cid12125Code]
LumbarArtery: _Final[_groups.Cid12125Code]
FirstLumbarArtery: _Final[_groups.Cid12125Code]
SecondLumbarArtery: _Final[_groups.Cid12125Code]
ThirdLumbarArtery: _Final[_groups.Cid12125Code]
FourthLumbarArtery: _Final[_groups.Cid12125Code]
FifthLumbarArtery: _Final[_groups.Cid12125Code]
SixthLumbarArtery: _Final[_groups.Cid12125Code]
OvarianArtery: _Final[_groups.Cid12125Code]
TesticularArtery: _Final[_groups.Cid12125Code]
UmbilicalArtery: _Final[_groups.Cid12125Code]
UterineArtery: _Final[_groups.Cid12125Code]
AbdominalAorta: _Final[_groups.Cid12125Code]
InfraRenalAorta: _Final[_groups.Cid12125Code]
SupraRenalAorta: _Final[_groups.Cid12125Code]
CeliacAxis: _Final[_groups.Cid12125Code]
CommonHepaticArtery: _Final[_groups.Cid12125Code]
GastroduodenalArtery: _Final[_groups.Cid12125Code]
InferiorMesentericArtery: _Final[_groups.Cid12125Code]
ProperHepaticArtery: _Final[_groups.Cid12125Code]
RightBranchOfHepaticArtery: _Final[_groups.Cid12125Code]
LeftBranchOfHepaticArtery: _Final[_groups.Cid12125Code]
SplenicArtery: _Final[_groups.Cid12125Code]
SuperiorMesentericArtery: _Final[_groups.Cid12125Code]
CommonIliacVein: _Final[_groups.Cid12125Code]
GastricVein: _Final[_groups.Cid12125Code]
IlealVein: _Final[_groups.Cid12125Code]
OvarianVein: _Final[_groups.Cid12125Code]
TesticularVein: _Final[_groups.Cid12125Code]
HepaticVein: _Final[_groups.Cid12125Code]
InferiorRightHepaticVein: _Final[_groups.Cid12125Code]
LeftHepaticVein: _Final[_groups.Cid12125Code]
MiddleHepaticVein: _Final[_groups.Cid12125Code]
RightHepaticVein: _Final[_groups.Cid12125Code]
PortalVein: _Final[_groups.Cid12125Code]
LeftMainBranchOfPortalVein: _Final[_groups.Cid12125Code]
RightMainBranchOfPortalVein: _Final[_groups.Cid12125Code]
InferiorMesentericVein: _Final[_groups.Cid12125Code]
InferiorVenaCava: _Final[_groups.Cid12125Code]
SplenicVein: _Final[_groups.Cid12125Code]
SuperiorMesentericVein: _Final[_groups.Cid12125Code]
TransjugularIntrahepaticPortosystemicShunt: _Final[_groups.Cid12125Code]
UmbilicalVein: _Final[_groups.Cid12125Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12125Code]]
