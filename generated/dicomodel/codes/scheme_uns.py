"""Coding scheme UNS: UNS.

8 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "UNS"
NAME: _Final[str] = "UNS"
UID: _Final[str | None] = "1.2.840.10008.2.16.17"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

CobaltChromiumAlloyCobaltChromium20Nickel15Iron15Molybdenum7Manganese2: _Final[_Code] = _Code(
    "UNS",
    "R30003",
    "Cobalt-chromium alloy (Cobalt Chromium-20 Nickel-15 Iron-15 Molybdenum-7 Manganese-2)",
    (7300,),
)
"""Cobalt-chromium alloy (Cobalt Chromium-20 Nickel-15 Iron-15 Molybdenum-7 Manganese-2) (UNS R30003)."""

CobaltChromiumAlloyCobaltChromium20Tungsten15Nickel10: _Final[_Code] = _Code(
    "UNS", "R30605", "Cobalt-chromium alloy (Cobalt Chromium-20 Tungsten-15 Nickel-10)", (7300,)
)
"""Cobalt-chromium alloy (Cobalt Chromium-20 Tungsten-15 Nickel-10) (UNS R30605)."""

CobaltChromiumAlloyCobaltChromium28Molybdenum6: _Final[_Code] = _Code(
    "UNS", "R30075", "Cobalt chromium alloy (Cobalt Chromium-28 Molybdenum 6)", (7300,)
)
"""Cobalt chromium alloy (Cobalt Chromium-28 Molybdenum 6) (UNS R30075)."""

CobaltChromiumAlloyCobaltNickel35Chromium20Molybdenum10: _Final[_Code] = _Code(
    "UNS", "R30035", "Cobalt-chromium alloy (Cobalt Nickel-35 Chromium-20 Molybdenum-10)", (7300,)
)
"""Cobalt-chromium alloy (Cobalt Nickel-35 Chromium-20 Molybdenum-10) (UNS R30035)."""

StainlessSteelSS316L: _Final[_Code] = _Code("UNS", "S31673", "Stainless steel (SS316L)", (7300,))
"""Stainless steel (SS316L) (UNS S31673)."""

Titanium: _Final[_Code] = _Code("UNS", "R50250", "Titanium", (7300,))
"""Titanium (UNS R50250)."""

TitaniumAlloyTitaniumAluminium6Niobium7: _Final[_Code] = _Code(
    "UNS", "R56700", "Titanium alloy (Titanium Aluminium-6 Niobium-7)", (7300,)
)
"""Titanium alloy (Titanium Aluminium-6 Niobium-7) (UNS R56700)."""

TitaniumAlloyTitaniumAluminium6Vanadium4: _Final[_Code] = _Code(
    "UNS", "R56400", "Titanium alloy (Titanium Aluminium-6 Vanadium-4)", (7300,)
)
"""Titanium alloy (Titanium Aluminium-6 Vanadium-4) (UNS R56400)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
