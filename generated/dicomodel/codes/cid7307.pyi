"""CID 7307 Implant Component Type.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1038.
Includes CID 7308, CID 7309.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AcetabularCupShell: _Final[_groups.Cid7307Code]
AcetabularCupInsert: _Final[_groups.Cid7307Code]
AcetabularCupMonoblock: _Final[_groups.Cid7307Code]
FemoralHeadProsthesis: _Final[_groups.Cid7307Code]
FemoralHeadBallComponent: _Final[_groups.Cid7307Code]
FemoralHeadConeTaperComponent: _Final[_groups.Cid7307Code]
FemoralStem: _Final[_groups.Cid7307Code]
FemoralStemDistalComponent: _Final[_groups.Cid7307Code]
FemoralStemProximalComponent: _Final[_groups.Cid7307Code]
FemoralStemComponent: _Final[_groups.Cid7307Code]
NeckComponent: _Final[_groups.Cid7307Code]
MonoblockStem: _Final[_groups.Cid7307Code]
DistalCentralizer: _Final[_groups.Cid7307Code]
ProstheticShaftAugment: _Final[_groups.Cid7307Code]
FemoralHeadResurfacingComponent: _Final[_groups.Cid7307Code]
Screw: _Final[_groups.Cid7307Code]
BonePlate: _Final[_groups.Cid7307Code]
DHSPlate: _Final[_groups.Cid7307Code]
BoneNail: _Final[_groups.Cid7307Code]
MEMBERS: _Final[tuple[_groups.Cid7307Code, ...]]
