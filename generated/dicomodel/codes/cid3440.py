"""CID 3440 Peripheral Pulse Location.

Extensible, version 20170914, UID 1.2.840.10008.6.1.93.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3440
NAME: Final[str] = "Peripheral Pulse Location"
KEYWORD: Final[str | None] = "PeripheralPulseLocation"
UID: Final[str | None] = "1.2.840.10008.6.1.93"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BrachialArtery: Final[Code] = Code(
    "SCT", "17137000", "Brachial Artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial Artery (SCT 17137000)."""

CarotidArtery: Final[Code] = Code(
    "SCT", "69105007", "Carotid Artery", (1002, 3010, 3440, 3606, 4030)
)
"""Carotid Artery (SCT 69105007)."""

DorsalisPedisArtery: Final[Code] = Code("SCT", "86547008", "Dorsalis Pedis Artery", (3440, 12109))
"""Dorsalis Pedis Artery (SCT 86547008)."""

FemoralArtery: Final[Code] = Code("SCT", "7657000", "Femoral Artery", (3010, 3440, 3606))
"""Femoral Artery (SCT 7657000)."""

PoplitealArtery: Final[Code] = Code(
    "SCT", "43899006", "Popliteal Artery", (3010, 3440, 3606, 12109)
)
"""Popliteal Artery (SCT 43899006)."""

PosteriorTibialArtery: Final[Code] = Code(
    "SCT", "13363002", "Posterior Tibial Artery", (3010, 3440, 12109)
)
"""Posterior Tibial Artery (SCT 13363002)."""

RadialArtery: Final[Code] = Code("SCT", "45631007", "Radial Artery", (3010, 3440, 3606, 12107))
"""Radial Artery (SCT 45631007)."""

UlnarArtery: Final[Code] = Code("SCT", "44984001", "Ulnar Artery", (3010, 3440, 12107))
"""Ulnar Artery (SCT 44984001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BrachialArtery,
    CarotidArtery,
    DorsalisPedisArtery,
    FemoralArtery,
    PoplitealArtery,
    PosteriorTibialArtery,
    RadialArtery,
    UlnarArtery,
)
"""The resolved membership: own members, then those of the included groups, in order."""
