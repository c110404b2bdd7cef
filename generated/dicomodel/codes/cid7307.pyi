"""CID 7307 Implant Component Type.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1038.
Includes CID 7308, CID 7309.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7307Code]]
