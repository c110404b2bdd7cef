"""CID 12110 Lower Extremity Vein.

Extensible, version 20180605, UID 1.2.840.10008.6.1.577.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12110
NAME: Final[str] = "Lower Extremity Vein"
KEYWORD: Final[str | None] = "LowerExtremityVein"
UID: Final[str | None] = "1.2.840.10008.6.1.577"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180605"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnteriorTibialVein: Final[Code] = Code("SCT", "26703007", "Anterior Tibial Vein", (12110,))
"""Anterior Tibial Vein (SCT 26703007)."""

LateralCalfPerforator: Final[Code] = Code("SCT", "714754004", "Lateral calf perforator", (12110,))
"""Lateral calf perforator (SCT 714754004)."""

CommonFemoralVein: Final[Code] = Code("SCT", "397363009", "Common Femoral Vein", (12110,))
"""Common Femoral Vein (SCT 397363009)."""

CommonIliacVein: Final[Code] = Code("SCT", "46027005", "Common Iliac Vein", (3010, 12110, 12113))
"""Common Iliac Vein (SCT 46027005)."""

ExternalIliacVein: Final[Code] = Code("SCT", "63507001", "External Iliac Vein", (3010, 12110))
"""External Iliac Vein (SCT 63507001)."""

GastrocnemiusVein: Final[Code] = Code("SCT", "264481007", "Gastrocnemius vein", (12110,))
"""Gastrocnemius vein (SCT 264481007)."""

GiacominiVein: Final[Code] = Code("SCT", "397437000", "Giacomini vein", (12110,))
"""Giacomini vein (SCT 397437000)."""

GreatSaphenousVein: Final[Code] = Code(
    "SCT", "60734001", "Great Saphenous Vein", (3010, 3607, 12110)
)
"""Great Saphenous Vein (SCT 60734001)."""

GreatSaphenousVeinOfThigh: Final[Code] = Code(
    "SCT", "414369008", "Great Saphenous Vein of Thigh", (12110,)
)
"""Great Saphenous Vein of Thigh (SCT 414369008)."""

GreatSaphenousVeinOfCalf: Final[Code] = Code(
    "SCT", "414368000", "Great Saphenous Vein of Calf", (12110,)
)
"""Great Saphenous Vein of Calf (SCT 414368000)."""

LesserSaphenousVein: Final[Code] = Code("SCT", "26805005", "Lesser Saphenous Vein", (12110,))
"""Lesser Saphenous Vein (SCT 26805005)."""

PeronealVein: Final[Code] = Code("SCT", "71758008", "Peroneal Vein", (12110,))
"""Peroneal Vein (SCT 71758008)."""

PoplitealVein: Final[Code] = Code("SCT", "56849005", "Popliteal Vein", (12110,))
"""Popliteal Vein (SCT 56849005)."""

PosteriorArchVein: Final[Code] = Code("SCT", "397435008", "Posterior arch vein", (12110,))
"""Posterior arch vein (SCT 397435008)."""

PosteriorTibialVein: Final[Code] = Code("SCT", "4258007", "Posterior Tibial Vein", (12110,))
"""Posterior Tibial Vein (SCT 4258007)."""

ProfundaFemorisVein: Final[Code] = Code("SCT", "23438002", "Profunda Femoris Vein", (12110,))
"""Profunda Femoris Vein (SCT 23438002)."""

SaphenofemoralJunction: Final[Code] = Code(
    "SCT", "128587003", "Saphenofemoral Junction", (3010, 3607, 12110)
)
"""Saphenofemoral Junction (SCT 128587003)."""

SaphenousVein: Final[Code] = Code("SCT", "362072009", "Saphenous vein", (3010, 3607, 12110))
"""Saphenous vein (SCT 362072009)."""

SolealVein: Final[Code] = Code("SCT", "397427005", "Soleal vein", (12110,))
"""Soleal vein (SCT 397427005)."""

SuperficialFemoralVein: Final[Code] = Code("SCT", "397364003", "Superficial Femoral Vein", (12110,))
"""Superficial Femoral Vein (SCT 397364003)."""

ThighPerforator: Final[Code] = Code("SCT", "714759009", "Thigh perforator", (12110,))
"""Thigh perforator (SCT 714759009)."""

InternalIliacVein: Final[Code] = Code("SCT", "40300007", "Internal iliac vein", (12110,))
"""Internal iliac vein (SCT 40300007)."""

SaphenopoplitealJunction: Final[Code] = Code(
    "SCT", "244415001", "Saphenopopliteal junction", (12110,)
)
"""Saphenopopliteal junction (SCT 244415001)."""

HunterianPerforatingVein: Final[Code] = Code(
    "SCT", "128560002", "Hunterian perforating vein", (3010, 3607, 12110)
)
"""Hunterian perforating vein (SCT 128560002)."""

CockettPerforatingVein: Final[Code] = Code(
    "SCT", "128549006", "Cockett's perforating vein", (12110,)
)
"""Cockett's perforating vein (SCT 128549006)."""

BoydPerforatingVein: Final[Code] = Code(
    "SCT", "128548003", "Boyd's perforating vein", (3010, 3607, 12110)
)
"""Boyd's perforating vein (SCT 128548003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AnteriorTibialVein,
    LateralCalfPerforator,
    CommonFemoralVein,
    CommonIliacVein,
    ExternalIliacVein,
    GastrocnemiusVein,
    GiacominiVein,
    GreatSaphenousVein,
    GreatSaphenousVeinOfThigh,
    GreatSaphenousVeinOfCalf,
    LesserSaphenousVein,
    PeronealVein,
    PoplitealVein,
    PosteriorArchVein,
    PosteriorTibialVein,
    ProfundaFemorisVein,
    SaphenofemoralJunction,
    SaphenousVein,
    SolealVein,
    SuperficialFemoralVein,
    ThighPerforator,
    InternalIliacVein,
    SaphenopoplitealJunction,
    HunterianPerforatingVein,
    CockettPerforatingVein,
    BoydPerforatingVein,
)
"""The resolved membership: own members, then those of the included groups, in order."""
