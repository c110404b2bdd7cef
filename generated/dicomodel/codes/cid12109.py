"""CID 12109 Lower Extremity Artery.

Extensible, version 20180605, UID 1.2.840.10008.6.1.576.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12109
NAME: Final[str] = "Lower Extremity Artery"
KEYWORD: Final[str | None] = "LowerExtremityArtery"
UID: Final[str | None] = "1.2.840.10008.6.1.576"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180605"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CommonIliacArtery: Final[Code] = Code(
    "SCT", "73634005", "Common Iliac Artery", (3010, 12109, 12111, 12140)
)
"""Common Iliac Artery (SCT 73634005)."""

CommonIliacArteryBifurcation: Final[Code] = Code(
    "SCT", "413896006", "Common Iliac Artery Bifurcation", (1005, 3837, 12109)
)
"""Common Iliac Artery Bifurcation (SCT 413896006)."""

AnteriorTibialArtery: Final[Code] = Code("SCT", "68053000", "Anterior Tibial Artery", (3010, 12109))
"""Anterior Tibial Artery (SCT 68053000)."""

CommonFemoralArtery: Final[Code] = Code(
    "SCT", "181347005", "Common Femoral Artery", (3010, 3606, 12109)
)
"""Common Femoral Artery (SCT 181347005)."""

DorsalisPedisArtery: Final[Code] = Code("SCT", "86547008", "Dorsalis Pedis Artery", (3440, 12109))
"""Dorsalis Pedis Artery (SCT 86547008)."""

ExternalIliacArtery: Final[Code] = Code("SCT", "113269004", "External Iliac Artery", (3010, 12109))
"""External Iliac Artery (SCT 113269004)."""

InternalIliacArtery: Final[Code] = Code("SCT", "90024005", "Internal Iliac Artery", (3010, 12109))
"""Internal Iliac Artery (SCT 90024005)."""

PeronealArtery: Final[Code] = Code("SCT", "8821006", "Peroneal Artery", (3010, 3606, 12109))
"""Peroneal Artery (SCT 8821006)."""

PlantarArterialArch: Final[Code] = Code("SCT", "83018002", "Plantar Arterial Arch", (12109,))
"""Plantar Arterial Arch (SCT 83018002)."""

PoplitealArtery: Final[Code] = Code(
    "SCT", "43899006", "Popliteal Artery", (3010, 3440, 3606, 12109)
)
"""Popliteal Artery (SCT 43899006)."""

PosteriorTibialArtery: Final[Code] = Code(
    "SCT", "13363002", "Posterior Tibial Artery", (3010, 3440, 12109)
)
"""Posterior Tibial Artery (SCT 13363002)."""

ProfundaFemorisArtery: Final[Code] = Code(
    "SCT", "31677005", "Profunda Femoris Artery", (3010, 3606, 12109)
)
"""Profunda Femoris Artery (SCT 31677005)."""

SuperficialFemoralArtery: Final[Code] = Code(
    "SCT", "181349008", "Superficial Femoral Artery", (3010, 3606, 12109)
)
"""Superficial Femoral Artery (SCT 181349008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CommonIliacArtery,
    CommonIliacArteryBifurcation,
    AnteriorTibialArtery,
    CommonFemoralArtery,
    DorsalisPedisArtery,
    ExternalIliacArtery,
    InternalIliacArtery,
    PeronealArtery,
    PlantarArterialArch,
    PoplitealArtery,
    PosteriorTibialArtery,
    ProfundaFemorisArtery,
    SuperficialFemoralArtery,
)
"""The resolved membership: own members, then those of the included groups, in order."""
