"""CID 10067 Radiation Attenuator Material.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1161.
Includes CID 10006.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10067
NAME: Final[str] = "Radiation Attenuator Material"
KEYWORD: Final[str | None] = "RadiationAttenuatorMaterial"
UID: Final[str | None] = "1.2.840.10008.6.1.1161"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = (10006,)
EXTERNAL_SCHEME: Final[str | None] = None

CarbonFiber: Final[Code] = Code("SCT", "256501007", "Carbon Fiber", (7300, 10067))
"""Carbon Fiber (SCT 256501007)."""

KevlarAramidFiber: Final[Code] = Code("UMLS", "C0064329", "Kevlar Aramid Fiber", (10067,))
"""Kevlar Aramid Fiber (UMLS C0064329)."""

Beryllium: Final[Code] = Code("SCT", "88014003", "Beryllium", (10067,))
"""Beryllium (SCT 88014003)."""

Molybdenum: Final[Code] = Code("SCT", "71128006", "Molybdenum", (10006, 10016))
"""Molybdenum (SCT 71128006). Included from CID 10006."""

Aluminum: Final[Code] = Code("SCT", "12503006", "Aluminum", (10006,))
"""Aluminum (SCT 12503006). Included from CID 10006."""

Copper: Final[Code] = Code("SCT", "66925006", "Copper", (10006,))
"""Copper (SCT 66925006). Included from CID 10006."""

Rhodium: Final[Code] = Code("SCT", "59801003", "Rhodium", (10006, 10016))
"""Rhodium (SCT 59801003). Included from CID 10006."""

Niobium: Final[Code] = Code("SCT", "767776000", "Niobium", (10006,))
"""Niobium (SCT 767776000). Included from CID 10006."""

Europium: Final[Code] = Code("SCT", "767775001", "Europium", (10006,))
"""Europium (SCT 767775001). Included from CID 10006."""

Lead: Final[Code] = Code("SCT", "88488004", "Lead", (10006,))
"""Lead (SCT 88488004). Included from CID 10006."""

Tantalum: Final[Code] = Code("SCT", "45215009", "Tantalum", (300, 10006))
"""Tantalum (SCT 45215009). Included from CID 10006."""

Silver: Final[Code] = Code("SCT", "41967008", "Silver", (300, 10006))
"""Silver (SCT 41967008). Included from CID 10006."""

Tin: Final[Code] = Code("SCT", "12597001", "Tin", (10006,))
"""Tin (SCT 12597001). Included from CID 10006."""

MEMBERS: Final[tuple[Code, ...]] = (
    CarbonFiber,
    KevlarAramidFiber,
    Beryllium,
    Molybdenum,
    Aluminum,
    Copper,
    Rhodium,
    Niobium,
    Europium,
    Lead,
    Tantalum,
    Silver,
    Tin,
)
"""The resolved membership: own members, then those of the included groups, in order."""
