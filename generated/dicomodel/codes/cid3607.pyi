"""CID 3607 Venous Source Location.

Extensible, version 20210328, UID 1.2.840.10008.6.1.157.

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
AnomalousPulmonaryVein: _Final[_Code]
AntecubitalVein: _Final[_Code]
AxillaryVein: _Final[_Code]
AzygosVein: _Final[_Code]
BasilicVein: _Final[_Code]
BoydPerforatingVein: _Final[_Code]
BrachialVein: _Final[_Code]
CentralVenousSystem: _Final[_Code]
CephalicVein: _Final[_Code]
DoddPerforatingVein: _Final[_Code]
FemoralVein: _Final[_Code]
GastricVein: _Final[_Code]
GreatSaphenousVein: _Final[_Code]
HepaticVein: _Final[_Code]
HunterianPerforatingVein: _Final[_Code]
InferiorVenaCava: _Final[_Code]
InnominateVein: _Final[_Code]
InternalJugularVein: _Final[_Code]
MesentericVein: _Final[_Code]
PortalVein: _Final[_Code]
PosteriorMedialTributary: _Final[_Code]
PulmonaryVein: _Final[_Code]
PulmonaryVeinConfluence: _Final[_Code]
RenalVein: _Final[_Code]
SaphenofemoralJunction: _Final[_Code]
SaphenousVein: _Final[_Code]
SplenicVein: _Final[_Code]
SubclavianVein: _Final[_Code]
SuperiorVenaCava: _Final[_Code]
UmbilicalVein: _Final[_Code]
Vein: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
