"""Coding scheme UNS: UNS.

8 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "UNS"
NAME: Final[str] = "UNS"
UID: Final[str | None] = "1.2.840.10008.2.16.17"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

CobaltChromiumAlloyCobaltChromium20Nickel15Iron15Molybdenum7Manganese2: Final[Code] = Code(
    "UNS",
    "R30003",
    "Cobalt-chromium alloy (Cobalt Chromium-20 Nickel-15 Iron-15 Molybdenum-7 Manganese-2)",
    (7300,),
)
"""Cobalt-chromium alloy (Cobalt Chromium-20 Nickel-15 Iron-15 Molybdenum-7 Manganese-2) (UNS R30003)."""

CobaltChromiumAlloyCobaltChromium20Tungsten15Nickel10: Final[Code] = Code(
    "UNS", "R30605", "Cobalt-chromium alloy (Cobalt Chromium-20 Tungsten-15 Nickel-10)", (7300,)
)
"""Cobalt-chromium alloy (Cobalt Chromium-20 Tungsten-15 Nickel-10) (UNS R30605)."""

CobaltChromiumAlloyCobaltChromium28Molybdenum6: Final[Code] = Code(
    "UNS", "R30075", "Cobalt chromium alloy (Cobalt Chromium-28 Molybdenum 6)", (7300,)
)
"""Cobalt chromium alloy (Cobalt Chromium-28 Molybdenum 6) (UNS R30075)."""

CobaltChromiumAlloyCobaltNickel35Chromium20Molybdenum10: Final[Code] = Code(
    "UNS", "R30035", "Cobalt-chromium alloy (Cobalt Nickel-35 Chromium-20 Molybdenum-10)", (7300,)
)
"""Cobalt-chromium alloy (Cobalt Nickel-35 Chromium-20 Molybdenum-10) (UNS R30035)."""

StainlessSteelSS316L: Final[Code] = Code("UNS", "S31673", "Stainless steel (SS316L)", (7300,))
"""Stainless steel (SS316L) (UNS S31673)."""

Titanium: Final[Code] = Code("UNS", "R50250", "Titanium", (7300,))
"""Titanium (UNS R50250)."""

TitaniumAlloyTitaniumAluminium6Niobium7: Final[Code] = Code(
    "UNS", "R56700", "Titanium alloy (Titanium Aluminium-6 Niobium-7)", (7300,)
)
"""Titanium alloy (Titanium Aluminium-6 Niobium-7) (UNS R56700)."""

TitaniumAlloyTitaniumAluminium6Vanadium4: Final[Code] = Code(
    "UNS", "R56400", "Titanium alloy (Titanium Aluminium-6 Vanadium-4)", (7300,)
)
"""Titanium alloy (Titanium Aluminium-6 Vanadium-4) (UNS R56400)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CobaltChromiumAlloyCobaltChromium20Nickel15Iron15Molybdenum7Manganese2,
    CobaltChromiumAlloyCobaltChromium20Tungsten15Nickel10,
    CobaltChromiumAlloyCobaltChromium28Molybdenum6,
    CobaltChromiumAlloyCobaltNickel35Chromium20Molybdenum10,
    StainlessSteelSS316L,
    Titanium,
    TitaniumAlloyTitaniumAluminium6Niobium7,
    TitaniumAlloyTitaniumAluminium6Vanadium4,
)
"""Every code of the scheme in PS3.16, sorted by name."""
