"""CID 6011 Calcification Type from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.341.

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
CoarsePopcornLikeCalcification: _Final[_Code]
DystrophicCalcification: _Final[_Code]
EggshellCalcification: _Final[_Code]
LargeRodLikeCalcification: _Final[_Code]
MilkOfCalciumCalcification: _Final[_Code]
LucentCenteredCalcification: _Final[_Code]
PunctateCalcification: _Final[_Code]
RoundShapedCalcification: _Final[_Code]
CalcifiedSkinOfBreast: _Final[_Code]
CalcifiedSutureMaterial: _Final[_Code]
VascularCalcification: _Final[_Code]
AmorphousCalcification: _Final[_Code]
FineLinearCastingCalcification: _Final[_Code]
FineLinearBranchingCastingCalcification: _Final[_Code]
HeterogeneousCalcification: _Final[_Code]
FinePleomorphicCalcification: _Final[_Code]
MicrocalcificationsOfTheBreast: _Final[_Code]
Macrocalcifications: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
