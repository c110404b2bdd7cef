"""CID 7040 Broselow-Luten Pediatric Size Category.

Non-extensible, version 20100127, UID 1.2.840.10008.6.1.824.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7040
NAME: Final[str] = "Broselow-Luten Pediatric Size Category"
KEYWORD: Final[str | None] = "BroselowLutenPediatricSizeCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.824"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20100127"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BroselowLutenPinkZone67kg: Final[Code] = Code(
    "SCT", "444488009", "Broselow Luten Pink Zone (6-7 kg)", (7040,)
)
"""Broselow Luten Pink Zone (6-7 kg) (SCT 444488009)."""

BroselowLutenRedZone89kg: Final[Code] = Code(
    "SCT", "444471002", "Broselow Luten Red Zone (8-9 kg)", (7040,)
)
"""Broselow Luten Red Zone (8-9 kg) (SCT 444471002)."""

BroselowLutenPurpleZone1011kg: Final[Code] = Code(
    "SCT", "444489001", "Broselow Luten Purple Zone (10-11 kg)", (7040,)
)
"""Broselow Luten Purple Zone (10-11 kg) (SCT 444489001)."""

BroselowLutenYellowZone1214kg: Final[Code] = Code(
    "SCT", "444505007", "Broselow Luten Yellow Zone (12-14 kg)", (7040,)
)
"""Broselow Luten Yellow Zone (12-14 kg) (SCT 444505007)."""

BroselowLutenWhiteZone1518kg: Final[Code] = Code(
    "SCT", "444504006", "Broselow Luten White Zone (15-18 kg)", (7040,)
)
"""Broselow Luten White Zone (15-18 kg) (SCT 444504006)."""

BroselowLutenBlueZone1923kg: Final[Code] = Code(
    "SCT", "444474005", "Broselow Luten Blue Zone (19-23 kg)", (7040,)
)
"""Broselow Luten Blue Zone (19-23 kg) (SCT 444474005)."""

BroselowLutenOrangeZone2429kg: Final[Code] = Code(
    "SCT", "444496004", "Broselow Luten Orange Zone (24-29 kg)", (7040,)
)
"""Broselow Luten Orange Zone (24-29 kg) (SCT 444496004)."""

BroselowLutenGreenZone3036kg: Final[Code] = Code(
    "SCT", "444503000", "Broselow Luten Green Zone (30-36 kg)", (7040,)
)
"""Broselow Luten Green Zone (30-36 kg) (SCT 444503000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BroselowLutenPinkZone67kg,
    BroselowLutenRedZone89kg,
    BroselowLutenPurpleZone1011kg,
    BroselowLutenYellowZone1214kg,
    BroselowLutenWhiteZone1518kg,
    BroselowLutenBlueZone1923kg,
    BroselowLutenOrangeZone2429kg,
    BroselowLutenGreenZone3036kg,
)
"""The resolved membership: own members, then those of the included groups, in order."""
