"""CID 12125 Abdominopelvic Vessel.

Extensible, version 20201116, UID 1.2.840.10008.6.1.1355.
Includes CID 12111, CID 12112, CID 12113, CID 12114.

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
AccessoryRenalArtery: _Final[_Code]
CommonIliacArtery: _Final[_Code]
GastricArtery: _Final[_Code]
LumbarArtery: _Final[_Code]
FirstLumbarArtery: _Final[_Code]
SecondLumbarArtery: _Final[_Code]
ThirdLumbarArtery: _Final[_Code]
FourthLumbarArtery: _Final[_Code]
FifthLumbarArtery: _Final[_Code]
SixthLumbarArtery: _Final[_Code]
OvarianArtery: _Final[_Code]
TesticularArtery: _Final[_Code]
UmbilicalArtery: _Final[_Code]
UterineArtery: _Final[_Code]
AbdominalAorta: _Final[_Code]
InfraRenalAorta: _Final[_Code]
SupraRenalAorta: _Final[_Code]
CeliacAxis: _Final[_Code]
CommonHepaticArtery: _Final[_Code]
GastroduodenalArtery: _Final[_Code]
InferiorMesentericArtery: _Final[_Code]
ProperHepaticArtery: _Final[_Code]
RightBranchOfHepaticArtery: _Final[_Code]
LeftBranchOfHepaticArtery: _Final[_Code]
SplenicArtery: _Final[_Code]
SuperiorMesentericArtery: _Final[_Code]
CommonIliacVein: _Final[_Code]
GastricVein: _Final[_Code]
IlealVein: _Final[_Code]
OvarianVein: _Final[_Code]
TesticularVein: _Final[_Code]
HepaticVein: _Final[_Code]
InferiorRightHepaticVein: _Final[_Code]
LeftHepaticVein: _Final[_Code]
MiddleHepaticVein: _Final[_Code]
RightHepaticVein: _Final[_Code]
PortalVein: _Final[_Code]
LeftMainBranchOfPortalVein: _Final[_Code]
RightMainBranchOfPortalVein: _Final[_Code]
InferiorMesentericVein: _Final[_Code]
InferiorVenaCava: _Final[_Code]
SplenicVein: _Final[_Code]
SuperiorMesentericVein: _Final[_Code]
TransjugularIntrahepaticPortosystemicShunt: _Final[_Code]
UmbilicalVein: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
