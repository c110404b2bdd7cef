"""CID 7307 Implant Component Type.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1038.
Includes CID 7308, CID 7309.

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
AcetabularCupShell: _Final[_Code]
AcetabularCupInsert: _Final[_Code]
AcetabularCupMonoblock: _Final[_Code]
FemoralHeadProsthesis: _Final[_Code]
FemoralHeadBallComponent: _Final[_Code]
FemoralHeadConeTaperComponent: _Final[_Code]
FemoralStem: _Final[_Code]
FemoralStemDistalComponent: _Final[_Code]
FemoralStemProximalComponent: _Final[_Code]
FemoralStemComponent: _Final[_Code]
NeckComponent: _Final[_Code]
MonoblockStem: _Final[_Code]
DistalCentralizer: _Final[_Code]
ProstheticShaftAugment: _Final[_Code]
FemoralHeadResurfacingComponent: _Final[_Code]
Screw: _Final[_Code]
BonePlate: _Final[_Code]
DHSPlate: _Final[_Code]
BoneNail: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
