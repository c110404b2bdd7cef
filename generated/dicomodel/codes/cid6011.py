"""CID 6011 Calcification Type from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.341.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6011
NAME: _Final[str] = "Calcification Type from BI-RADS®"
KEYWORD: _Final[str | None] = "CalcificationTypeFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.341"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CoarsePopcornLikeCalcification: _Final[_Code] = _Code(
    "SCT", "129749001", "Coarse (popcorn-like) calcification", (6011, 6132)
)
"""Coarse (popcorn-like) calcification (SCT 129749001)."""

DystrophicCalcification: _Final[_Code] = _Code(
    "SCT", "129750001", "Dystrophic calcification", (6011,)
)
"""Dystrophic calcification (SCT 129750001)."""

EggshellCalcification: _Final[_Code] = _Code(
    "SCT", "129751002", "Eggshell calcification", (6011, 6132)
)
"""Eggshell calcification (SCT 129751002)."""

LargeRodLikeCalcification: _Final[_Code] = _Code(
    "SCT", "129752009", "Large rod-like calcification", (6011,)
)
"""Large rod-like calcification (SCT 129752009)."""

MilkOfCalciumCalcification: _Final[_Code] = _Code(
    "SCT", "129753004", "Milk of calcium calcification", (6011,)
)
"""Milk of calcium calcification (SCT 129753004)."""

LucentCenteredCalcification: _Final[_Code] = _Code(
    "SCT", "129754005", "Lucent-centered calcification", (6011,)
)
"""Lucent-centered calcification (SCT 129754005)."""

PunctateCalcification: _Final[_Code] = _Code("SCT", "129755006", "Punctate calcification", (6011,))
"""Punctate calcification (SCT 129755006)."""

RoundShapedCalcification: _Final[_Code] = _Code(
    "SCT", "129756007", "Round shaped calcification", (6011,)
)
"""Round shaped calcification (SCT 129756007)."""

CalcifiedSkinOfBreast: _Final[_Code] = _Code(
    "SCT", "129757003", "Calcified skin of breast", (6011,)
)
"""Calcified skin of breast (SCT 129757003)."""

CalcifiedSutureMaterial: _Final[_Code] = _Code(
    "SCT", "129758008", "Calcified suture material", (6011,)
)
"""Calcified suture material (SCT 129758008)."""

VascularCalcification: _Final[_Code] = _Code("SCT", "129759000", "Vascular calcification", (6011,))
"""Vascular calcification (SCT 129759000)."""

AmorphousCalcification: _Final[_Code] = _Code(
    "SCT", "129760005", "Amorphous calcification", (6011,)
)
"""Amorphous calcification (SCT 129760005)."""

FineLinearCastingCalcification: _Final[_Code] = _Code(
    "SCT", "129761009", "Fine, linear (casting) calcification", (6011,)
)
"""Fine, linear (casting) calcification (SCT 129761009)."""

FineLinearBranchingCastingCalcification: _Final[_Code] = _Code(
    "SCT", "129762002", "Fine linear, branching (casting) calcification", (6011,)
)
"""Fine linear, branching (casting) calcification (SCT 129762002)."""

HeterogeneousCalcification: _Final[_Code] = _Code(
    "SCT", "129763007", "Heterogeneous calcification", (6011,)
)
"""Heterogeneous calcification (SCT 129763007)."""

FinePleomorphicCalcification: _Final[_Code] = _Code(
    "DCM", "111344", "Fine pleomorphic calcification", (6011,)
)
"""Fine pleomorphic calcification (DCM 111344)."""

MicrocalcificationsOfTheBreast: _Final[_Code] = _Code(
    "SCT", "44771000", "Microcalcifications of the breast", (6011,)
)
"""Microcalcifications of the breast (SCT 44771000)."""

Macrocalcifications: _Final[_Code] = _Code("DCM", "111345", "Macrocalcifications", (6011,))
"""Macrocalcifications (DCM 111345)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CoarsePopcornLikeCalcification,
    DystrophicCalcification,
    EggshellCalcification,
    LargeRodLikeCalcification,
    MilkOfCalciumCalcification,
    LucentCenteredCalcification,
    PunctateCalcification,
    RoundShapedCalcification,
    CalcifiedSkinOfBreast,
    CalcifiedSutureMaterial,
    VascularCalcification,
    AmorphousCalcification,
    FineLinearCastingCalcification,
    FineLinearBranchingCastingCalcification,
    HeterogeneousCalcification,
    FinePleomorphicCalcification,
    MicrocalcificationsOfTheBreast,
    Macrocalcifications,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
