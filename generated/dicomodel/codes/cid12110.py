"""CID 12110 Lower Extremity Vein.

Extensible, version 20180605, UID 1.2.840.10008.6.1.577.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12110
NAME: _Final[str] = "Lower Extremity Vein"
KEYWORD: _Final[str | None] = "LowerExtremityVein"
UID: _Final[str | None] = "1.2.840.10008.6.1.577"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180605"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorTibialVein: _Final[_Code] = _Code("SCT", "26703007", "Anterior Tibial Vein", (12110,))
"""Anterior Tibial Vein (SCT 26703007)."""

LateralCalfPerforator: _Final[_Code] = _Code(
    "SCT", "714754004", "Lateral calf perforator", (12110,)
)
"""Lateral calf perforator (SCT 714754004)."""

CommonFemoralVein: _Final[_Code] = _Code("SCT", "397363009", "Common Femoral Vein", (12110,))
"""Common Femoral Vein (SCT 397363009)."""

CommonIliacVein: _Final[_Code] = _Code("SCT", "46027005", "Common Iliac Vein", (3010, 12110, 12113))
"""Common Iliac Vein (SCT 46027005)."""

ExternalIliacVein: _Final[_Code] = _Code("SCT", "63507001", "External Iliac Vein", (3010, 12110))
"""External Iliac Vein (SCT 63507001)."""

GastrocnemiusVein: _Final[_Code] = _Code("SCT", "264481007", "Gastrocnemius vein", (12110,))
"""Gastrocnemius vein (SCT 264481007)."""

GiacominiVein: _Final[_Code] = _Code("SCT", "397437000", "Giacomini vein", (12110,))
"""Giacomini vein (SCT 397437000)."""

GreatSaphenousVein: _Final[_Code] = _Code(
    "SCT", "60734001", "Great Saphenous Vein", (3010, 3607, 12110)
)
"""Great Saphenous Vein (SCT 60734001)."""

GreatSaphenousVeinOfThigh: _Final[_Code] = _Code(
    "SCT", "414369008", "Great Saphenous Vein of Thigh", (12110,)
)
"""Great Saphenous Vein of Thigh (SCT 414369008)."""

GreatSaphenousVeinOfCalf: _Final[_Code] = _Code(
    "SCT", "414368000", "Great Saphenous Vein of Calf", (12110,)
)
"""Great Saphenous Vein of Calf (SCT 414368000)."""

LesserSaphenousVein: _Final[_Code] = _Code("SCT", "26805005", "Lesser Saphenous Vein", (12110,))
"""Lesser Saphenous Vein (SCT 26805005)."""

PeronealVein: _Final[_Code] = _Code("SCT", "71758008", "Peroneal Vein", (12110,))
"""Peroneal Vein (SCT 71758008)."""

PoplitealVein: _Final[_Code] = _Code("SCT", "56849005", "Popliteal Vein", (12110,))
"""Popliteal Vein (SCT 56849005)."""

PosteriorArchVein: _Final[_Code] = _Code("SCT", "397435008", "Posterior arch vein", (12110,))
"""Posterior arch vein (SCT 397435008)."""

PosteriorTibialVein: _Final[_Code] = _Code("SCT", "4258007", "Posterior Tibial Vein", (12110,))
"""Posterior Tibial Vein (SCT 4258007)."""

ProfundaFemorisVein: _Final[_Code] = _Code("SCT", "23438002", "Profunda Femoris Vein", (12110,))
"""Profunda Femoris Vein (SCT 23438002)."""

SaphenofemoralJunction: _Final[_Code] = _Code(
    "SCT", "128587003", "Saphenofemoral Junction", (3010, 3607, 12110)
)
"""Saphenofemoral Junction (SCT 128587003)."""

SaphenousVein: _Final[_Code] = _Code("SCT", "362072009", "Saphenous vein", (3010, 3607, 12110))
"""Saphenous vein (SCT 362072009)."""

SolealVein: _Final[_Code] = _Code("SCT", "397427005", "Soleal vein", (12110,))
"""Soleal vein (SCT 397427005)."""

SuperficialFemoralVein: _Final[_Code] = _Code(
    "SCT", "397364003", "Superficial Femoral Vein", (12110,)
)
"""Superficial Femoral Vein (SCT 397364003)."""

ThighPerforator: _Final[_Code] = _Code("SCT", "714759009", "Thigh perforator", (12110,))
"""Thigh perforator (SCT 714759009)."""

InternalIliacVein: _Final[_Code] = _Code("SCT", "40300007", "Internal iliac vein", (12110,))
"""Internal iliac vein (SCT 40300007)."""

SaphenopoplitealJunction: _Final[_Code] = _Code(
    "SCT", "244415001", "Saphenopopliteal junction", (12110,)
)
"""Saphenopopliteal junction (SCT 244415001)."""

HunterianPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128560002", "Hunterian perforating vein", (3010, 3607, 12110)
)
"""Hunterian perforating vein (SCT 128560002)."""

CockettPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128549006", "Cockett's perforating vein", (12110,)
)
"""Cockett's perforating vein (SCT 128549006)."""

BoydPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128548003", "Boyd's perforating vein", (3010, 3607, 12110)
)
"""Boyd's perforating vein (SCT 128548003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
