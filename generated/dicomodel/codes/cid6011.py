"""CID 6011 Calcification Type from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.341.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6011
NAME: Final[str] = "Calcification Type from BI-RADS®"
KEYWORD: Final[str | None] = "CalcificationTypeFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.341"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CoarsePopcornLikeCalcification: Final[Code] = Code(
    "SCT", "129749001", "Coarse (popcorn-like) calcification", (6011, 6132)
)
"""Coarse (popcorn-like) calcification (SCT 129749001)."""

DystrophicCalcification: Final[Code] = Code("SCT", "129750001", "Dystrophic calcification", (6011,))
"""Dystrophic calcification (SCT 129750001)."""

EggshellCalcification: Final[Code] = Code(
    "SCT", "129751002", "Eggshell calcification", (6011, 6132)
)
"""Eggshell calcification (SCT 129751002)."""

LargeRodLikeCalcification: Final[Code] = Code(
    "SCT", "129752009", "Large rod-like calcification", (6011,)
)
"""Large rod-like calcification (SCT 129752009)."""

MilkOfCalciumCalcification: Final[Code] = Code(
    "SCT", "129753004", "Milk of calcium calcification", (6011,)
)
"""Milk of calcium calcification (SCT 129753004)."""

LucentCenteredCalcification: Final[Code] = Code(
    "SCT", "129754005", "Lucent-centered calcification", (6011,)
)
"""Lucent-centered calcification (SCT 129754005)."""

PunctateCalcification: Final[Code] = Code("SCT", "129755006", "Punctate calcification", (6011,))
"""Punctate calcification (SCT 129755006)."""

RoundShapedCalcification: Final[Code] = Code(
    "SCT", "129756007", "Round shaped calcification", (6011,)
)
"""Round shaped calcification (SCT 129756007)."""

CalcifiedSkinOfBreast: Final[Code] = Code("SCT", "129757003", "Calcified skin of breast", (6011,))
"""Calcified skin of breast (SCT 129757003)."""

CalcifiedSutureMaterial: Final[Code] = Code(
    "SCT", "129758008", "Calcified suture material", (6011,)
)
"""Calcified suture material (SCT 129758008)."""

VascularCalcification: Final[Code] = Code("SCT", "129759000", "Vascular calcification", (6011,))
"""Vascular calcification (SCT 129759000)."""

AmorphousCalcification: Final[Code] = Code("SCT", "129760005", "Amorphous calcification", (6011,))
"""Amorphous calcification (SCT 129760005)."""

FineLinearCastingCalcification: Final[Code] = Code(
    "SCT", "129761009", "Fine, linear (casting) calcification", (6011,)
)
"""Fine, linear (casting) calcification (SCT 129761009)."""

FineLinearBranchingCastingCalcification: Final[Code] = Code(
    "SCT", "129762002", "Fine linear, branching (casting) calcification", (6011,)
)
"""Fine linear, branching (casting) calcification (SCT 129762002)."""

HeterogeneousCalcification: Final[Code] = Code(
    "SCT", "129763007", "Heterogeneous calcification", (6011,)
)
"""Heterogeneous calcification (SCT 129763007)."""

FinePleomorphicCalcification: Final[Code] = Code(
    "DCM", "111344", "Fine pleomorphic calcification", (6011,)
)
"""Fine pleomorphic calcification (DCM 111344)."""

MicrocalcificationsOfTheBreast: Final[Code] = Code(
    "SCT", "44771000", "Microcalcifications of the breast", (6011,)
)
"""Microcalcifications of the breast (SCT 44771000)."""

Macrocalcifications: Final[Code] = Code("DCM", "111345", "Macrocalcifications", (6011,))
"""Macrocalcifications (DCM 111345)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
