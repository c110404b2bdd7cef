"""CID 7308 Human Hip Implant Component Type.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1039.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AcetabularCupShell: _Final[_groups.Cid7308Code]
AcetabularCupInsert: _Final[_groups.Cid7308Code]
AcetabularCupMonoblock: _Final[_groups.Cid7308Code]
FemoralHeadProsthesis: _Final[_groups.Cid7308Code]
FemoralHeadBallComponent: _Final[_groups.Cid7308Code]
FemoralHeadConeTaperComponent: _Final[_groups.Cid7308Code]
FemoralStem: _Final[_groups.Cid7308Code]
FemoralStemDistalComponent: _Final[_groups.Cid7308Code]
FemoralStemProximalComponent: _Final[_groups.Cid7308Code]
FemoralStemComponent: _Final[_groups.Cid7308Code]
NeckComponent: _Final[_groups.Cid7308Code]
MonoblockStem: _Final[_groups.Cid7308Code]
DistalCentralizer: _Final[_groups.Cid7308Code]
ProstheticShaftAugment: _Final[_groups.Cid7308Code]
FemoralHeadResurfacingComponent: _Final[_groups.Cid7308Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7308Code]]
