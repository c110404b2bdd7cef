"""CID 1005 Anatomical Reference Basis - Abdomen/Pelvis.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1126.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 1005
NAME: Final[str] = "Anatomical Reference Basis - Abdomen/Pelvis"
KEYWORD: Final[str | None] = "AnatomicalReferenceBasisAbdomenPelvis"
UID: Final[str | None] = "1.2.840.10008.6.1.1126"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160905"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Acetabulum: Final[Code] = Code("SCT", "37783008", "Acetabulum", (1005,))
"""Acetabulum (SCT 37783008)."""

AdrenalGland: Final[Code] = Code(
    "SCT", "23451007", "Adrenal gland", (1005, 4030, 6204, 7154, 10044)
)
"""Adrenal gland (SCT 23451007)."""

CommonIliacArteryBifurcation: Final[Code] = Code(
    "SCT", "413896006", "Common iliac artery bifurcation", (1005, 3837, 12109)
)
"""Common iliac artery bifurcation (SCT 413896006)."""

FemoralHead: Final[Code] = Code("SCT", "2812003", "Femoral head", (1005, 7304))
"""Femoral head (SCT 2812003)."""

HipJoint: Final[Code] = Code("SCT", "24136001", "Hip joint", (4, 1005, 4031, 7304, 7483))
"""Hip joint (SCT 24136001)."""

IliacCrest: Final[Code] = Code("SCT", "29850006", "Iliac Crest", (1005,))
"""Iliac Crest (SCT 29850006)."""

Ischium: Final[Code] = Code("SCT", "85710004", "Ischium", (1005,))
"""Ischium (SCT 85710004)."""

Kidney: Final[Code] = Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

LesserTrochanter: Final[Code] = Code("SCT", "55499008", "Lesser trochanter", (1005,))
"""Lesser trochanter (SCT 55499008)."""

Liver: Final[Code] = Code("SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321))
"""Liver (SCT 10200004)."""

Pancreas: Final[Code] = Code("SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321))
"""Pancreas (SCT 15776009)."""

Sacrum: Final[Code] = Code("SCT", "54735007", "Sacrum", (1005, 4031, 7483))
"""Sacrum (SCT 54735007)."""

SymphysisPubis: Final[Code] = Code("SCT", "82561000", "Symphysis pubis", (1005,))
"""Symphysis pubis (SCT 82561000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Acetabulum,
    AdrenalGland,
    CommonIliacArteryBifurcation,
    FemoralHead,
    HipJoint,
    IliacCrest,
    Ischium,
    Kidney,
    LesserTrochanter,
    Liver,
    Pancreas,
    Sacrum,
    SymphysisPubis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
