"""CID 6010 Mammography Calcification Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.340.
Includes CID 6011.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CoarsePopcornLikeCalcification: _Final[_groups.Cid6010Code]
DystrophicCalcification: _Final[_groups.Cid6010Code]
EggshellCalcification: _Final[_groups.Cid6010Code]
LargeRodLikeCalcification: _Final[_groups.Cid6010Code]
MilkOfCalciumCalcification: _Final[_groups.Cid6010Code]
LucentCenteredCalcification: _Final[_groups.Cid6010Code]
PunctateCalcification: _Final[_groups.Cid6010Code]
RoundShapedCalcification: _Final[_groups.Cid6010Code]
CalcifiedSkinOfBreast: _Final[_groups.Cid6010Code]
CalcifiedSutureMaterial: _Final[_groups.Cid6010Code]
VascularCalcification: _Final[_groups.Cid6010Code]
AmorphousCalcification: _Final[_groups.Cid6010Code]
FineLinearCastingCalcification: _Final[_groups.Cid6010Code]
FineLinearBranchingCastingCalcification: _Final[_groups.Cid6010Code]
HeterogeneousCalcification: _Final[_groups.Cid6010Code]
FinePleomorphicCalcification: _Final[_groups.Cid6010Code]
MicrocalcificationsOfTheBreast: _Final[_groups.Cid6010Code]
Macrocalcifications: _Final[_groups.Cid6010Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6010Code]]
