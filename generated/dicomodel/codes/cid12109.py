"""CID 12109 Lower Extremity Artery.

Extensible, version 20180605, UID 1.2.840.10008.6.1.576.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12109
NAME: _Final[str] = "Lower Extremity Artery"
KEYWORD: _Final[str | None] = "LowerExtremityArtery"
UID: _Final[str | None] = "1.2.840.10008.6.1.576"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180605"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CommonIliacArtery: _Final[_Code] = _Code(
    "SCT", "73634005", "Common Iliac Artery", (3010, 12109, 12111, 12140)
)
"""Common Iliac Artery (SCT 73634005)."""

CommonIliacArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "413896006", "Common Iliac Artery Bifurcation", (1005, 3837, 12109)
)
"""Common Iliac Artery Bifurcation (SCT 413896006)."""

AnteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "68053000", "Anterior Tibial Artery", (3010, 12109)
)
"""Anterior Tibial Artery (SCT 68053000)."""

CommonFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181347005", "Common Femoral Artery", (3010, 3606, 12109)
)
"""Common Femoral Artery (SCT 181347005)."""

DorsalisPedisArtery: _Final[_Code] = _Code(
    "SCT", "86547008", "Dorsalis Pedis Artery", (3440, 12109)
)
"""Dorsalis Pedis Artery (SCT 86547008)."""

ExternalIliacArtery: _Final[_Code] = _Code(
    "SCT", "113269004", "External Iliac Artery", (3010, 12109)
)
"""External Iliac Artery (SCT 113269004)."""

InternalIliacArtery: _Final[_Code] = _Code(
    "SCT", "90024005", "Internal Iliac Artery", (3010, 12109)
)
"""Internal Iliac Artery (SCT 90024005)."""

PeronealArtery: _Final[_Code] = _Code("SCT", "8821006", "Peroneal Artery", (3010, 3606, 12109))
"""Peroneal Artery (SCT 8821006)."""

PlantarArterialArch: _Final[_Code] = _Code("SCT", "83018002", "Plantar Arterial Arch", (12109,))
"""Plantar Arterial Arch (SCT 83018002)."""

PoplitealArtery: _Final[_Code] = _Code(
    "SCT", "43899006", "Popliteal Artery", (3010, 3440, 3606, 12109)
)
"""Popliteal Artery (SCT 43899006)."""

PosteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "13363002", "Posterior Tibial Artery", (3010, 3440, 12109)
)
"""Posterior Tibial Artery (SCT 13363002)."""

ProfundaFemorisArtery: _Final[_Code] = _Code(
    "SCT", "31677005", "Profunda Femoris Artery", (3010, 3606, 12109)
)
"""Profunda Femoris Artery (SCT 31677005)."""

SuperficialFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181349008", "Superficial Femoral Artery", (3010, 3606, 12109)
)
"""Superficial Femoral Artery (SCT 181349008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
