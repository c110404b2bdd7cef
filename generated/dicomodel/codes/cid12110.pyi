"""CID 12110 Lower Extremity Vein.

Extensible, version 20180605, UID 1.2.840.10008.6.1.577.

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
AnteriorTibialVein: _Final[_Code]
LateralCalfPerforator: _Final[_Code]
CommonFemoralVein: _Final[_Code]
CommonIliacVein: _Final[_Code]
ExternalIliacVein: _Final[_Code]
GastrocnemiusVein: _Final[_Code]
GiacominiVein: _Final[_Code]
GreatSaphenousVein: _Final[_Code]
GreatSaphenousVeinOfThigh: _Final[_Code]
GreatSaphenousVeinOfCalf: _Final[_Code]
LesserSaphenousVein: _Final[_Code]
PeronealVein: _Final[_Code]
PoplitealVein: _Final[_Code]
PosteriorArchVein: _Final[_Code]
PosteriorTibialVein: _Final[_Code]
ProfundaFemorisVein: _Final[_Code]
SaphenofemoralJunction: _Final[_Code]
SaphenousVein: _Final[_Code]
SolealVein: _Final[_Code]
SuperficialFemoralVein: _Final[_Code]
ThighPerforator: _Final[_Code]
InternalIliacVein: _Final[_Code]
SaphenopoplitealJunction: _Final[_Code]
HunterianPerforatingVein: _Final[_Code]
CockettPerforatingVein: _Final[_Code]
BoydPerforatingVein: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
