"""CID 610 Water Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1075.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 610
NAME: Final[str] = "Water Type"
KEYWORD: Final[str | None] = "WaterType"
UID: Final[str | None] = "1.2.840.10008.6.1.1075"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TapWater: Final[Code] = Code("SCT", "444923006", "Tap water", (610,))
"""Tap water (SCT 444923006)."""

DistilledWater: Final[Code] = Code("SCT", "444883009", "Distilled water", (610,))
"""Distilled water (SCT 444883009)."""

ReverseOsmosisPurifiedWater: Final[Code] = Code(
    "DCM", "127290", "Reverse osmosis purified water", (610,)
)
"""Reverse osmosis purified water (DCM 127290)."""

ReverseOsmosisPurifiedHclAcidifiedWater: Final[Code] = Code(
    "DCM", "127291", "Reverse osmosis purified, HCl acidified water", (610,)
)
"""Reverse osmosis purified, HCl acidified water (DCM 127291)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TapWater,
    DistilledWater,
    ReverseOsmosisPurifiedWater,
    ReverseOsmosisPurifiedHclAcidifiedWater,
)
"""The resolved membership: own members, then those of the included groups, in order."""
