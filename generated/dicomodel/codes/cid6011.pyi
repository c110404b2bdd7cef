"""CID 6011 Calcification Type from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.341.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CoarsePopcornLikeCalcification: _Final[_groups.Cid6011Code]
DystrophicCalcification: _Final[_groups.Cid6011Code]
EggshellCalcification: _Final[_groups.Cid6011Code]
LargeRodLikeCalcification: _Final[_groups.Cid6011Code]
MilkOfCalciumCalcification: _Final[_groups.Cid6011Code]
LucentCenteredCalcification: _Final[_groups.Cid6011Code]
PunctateCalcification: _Final[_groups.Cid6011Code]
RoundShapedCalcification: _Final[_groups.Cid6011Code]
CalcifiedSkinOfBreast: _Final[_groups.Cid6011Code]
CalcifiedSutureMaterial: _Final[_groups.Cid6011Code]
VascularCalcification: _Final[_groups.Cid6011Code]
AmorphousCalcification: _Final[_groups.Cid6011Code]
FineLinearCastingCalcification: _Final[_groups.Cid6011Code]
FineLinearBranchingCastingCalcification: _Final[_groups.Cid6011Code]
HeterogeneousCalcification: _Final[_groups.Cid6011Code]
FinePleomorphicCalcification: _Final[_groups.Cid6011Code]
MicrocalcificationsOfTheBreast: _Final[_groups.Cid6011Code]
Macrocalcifications: _Final[_groups.Cid6011Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6011Code]]
