"""CID 9579 RT Segment Material.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1432.
Includes CID 7300.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9579
NAME: Final[str] = "RT Segment Material"
KEYWORD: Final[str | None] = "RTSegmentMaterial"
UID: Final[str | None] = "1.2.840.10008.6.1.1432"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220115"
INCLUDES: Final[tuple[int, ...]] = (7300,)
EXTERNAL_SCHEME: Final[str | None] = None

NickelTitanium: Final[Code] = Code("SCT", "261250004", "Nickel Titanium", (7300,))
"""Nickel Titanium (SCT 261250004). Included from CID 7300."""

GoldAlloy: Final[Code] = Code("SCT", "256496006", "Gold Alloy", (7300,))
"""Gold Alloy (SCT 256496006). Included from CID 7300."""

StainlessSteelMaterial: Final[Code] = Code("SCT", "256506002", "Stainless Steel Material", (7300,))
"""Stainless Steel Material (SCT 256506002). Included from CID 7300."""

Polymer: Final[Code] = Code("SCT", "412155002", "Polymer", (7300,))
"""Polymer (SCT 412155002). Included from CID 7300."""

CarbonFiber: Final[Code] = Code("SCT", "256501007", "Carbon Fiber", (7300, 10067))
"""Carbon Fiber (SCT 256501007). Included from CID 7300."""

StainlessSteelSS316L: Final[Code] = Code("UNS", "S31673", "Stainless steel (SS316L)", (7300,))
"""Stainless steel (SS316L) (UNS S31673). Included from CID 7300."""

Titanium: Final[Code] = Code("UNS", "R50250", "Titanium", (7300,))
"""Titanium (UNS R50250). Included from CID 7300."""

TitaniumAlloyTitaniumAluminium6Vanadium4: Final[Code] = Code(
    "UNS", "R56400", "Titanium alloy (Titanium Aluminium-6 Vanadium-4)", (7300,)
)
"""Titanium alloy (Titanium Aluminium-6 Vanadium-4) (UNS R56400). Included from CID 7300."""

CobaltChromiumAlloyCobaltChromium28Molybdenum6: Final[Code] = Code(
    "UNS", "R30075", "Cobalt chromium alloy (Cobalt Chromium-28 Molybdenum 6)", (7300,)
)
"""Cobalt chromium alloy (Cobalt Chromium-28 Molybdenum 6) (UNS R30075). Included from CID 7300."""

TitaniumAlloyTitaniumMolybdenum15Zirconium5Aluminium3: Final[Code] = Code(
    "DCM", "130736", "Titanium alloy (Titanium Molybdenum-15 Zirconium-5 Aluminium-3)", (7300,)
)
"""Titanium alloy (Titanium Molybdenum-15 Zirconium-5 Aluminium-3) (DCM 130736). Included from CID 7300."""

CobaltChromiumAlloyCobaltChromium20Tungsten15Nickel10: Final[Code] = Code(
    "UNS", "R30605", "Cobalt-chromium alloy (Cobalt Chromium-20 Tungsten-15 Nickel-10)", (7300,)
)
"""Cobalt-chromium alloy (Cobalt Chromium-20 Tungsten-15 Nickel-10) (UNS R30605). Included from CID 7300."""

CobaltChromiumAlloyCobaltNickel35Chromium20Molybdenum10: Final[Code] = Code(
    "UNS", "R30035", "Cobalt-chromium alloy (Cobalt Nickel-35 Chromium-20 Molybdenum-10)", (7300,)
)
"""Cobalt-chromium alloy (Cobalt Nickel-35 Chromium-20 Molybdenum-10) (UNS R30035). Included from CID 7300."""

CobaltChromiumAlloyCobaltChromium20Nickel15Iron15Molybdenum7Manganese2: Final[Code] = Code(
    "UNS",
    "R30003",
    "Cobalt-chromium alloy (Cobalt Chromium-20 Nickel-15 Iron-15 Molybdenum-7 Manganese-2)",
    (7300,),
)
"""Cobalt-chromium alloy (Cobalt Chromium-20 Nickel-15 Iron-15 Molybdenum-7 Manganese-2) (UNS R30003). Included from CID 7300."""

TitaniumAlloyTitaniumAluminium6Niobium7: Final[Code] = Code(
    "UNS", "R56700", "Titanium alloy (Titanium Aluminium-6 Niobium-7)", (7300,)
)
"""Titanium alloy (Titanium Aluminium-6 Niobium-7) (UNS R56700). Included from CID 7300."""

MEMBERS: Final[tuple[Code, ...]] = (
    NickelTitanium,
    GoldAlloy,
    StainlessSteelMaterial,
    Polymer,
    CarbonFiber,
    StainlessSteelSS316L,
    Titanium,
    TitaniumAlloyTitaniumAluminium6Vanadium4,
    CobaltChromiumAlloyCobaltChromium28Molybdenum6,
    TitaniumAlloyTitaniumMolybdenum15Zirconium5Aluminium3,
    CobaltChromiumAlloyCobaltChromium20Tungsten15Nickel10,
    CobaltChromiumAlloyCobaltNickel35Chromium20Molybdenum10,
    CobaltChromiumAlloyCobaltChromium20Nickel15Iron15Molybdenum7Manganese2,
    TitaniumAlloyTitaniumAluminium6Niobium7,
)
"""The resolved membership: own members, then those of the included groups, in order."""
