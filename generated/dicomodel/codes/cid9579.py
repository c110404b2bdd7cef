"""CID 9579 RT Segment Material.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1432.
Includes CID 7300.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9579
NAME: _Final[str] = "RT Segment Material"
KEYWORD: _Final[str | None] = "RTSegmentMaterial"
UID: _Final[str | None] = "1.2.840.10008.6.1.1432"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220115"
INCLUDES: _Final[tuple[int, ...]] = (7300,)
EXTERNAL_SCHEME: _Final[str | None] = None

NickelTitanium: _Final[_Code] = _Code("SCT", "261250004", "Nickel Titanium", (7300,))
"""Nickel Titanium (SCT 261250004). Included from CID 7300."""

GoldAlloy: _Final[_Code] = _Code("SCT", "256496006", "Gold Alloy", (7300,))
"""Gold Alloy (SCT 256496006). Included from CID 7300."""

StainlessSteelMaterial: _Final[_Code] = _Code(
    "SCT", "256506002", "Stainless Steel Material", (7300,)
)
"""Stainless Steel Material (SCT 256506002). Included from CID 7300."""

Polymer: _Final[_Code] = _Code("SCT", "412155002", "Polymer", (7300,))
"""Polymer (SCT 412155002). Included from CID 7300."""

CarbonFiber: _Final[_Code] = _Code("SCT", "256501007", "Carbon Fiber", (7300, 10067))
"""Carbon Fiber (SCT 256501007). Included from CID 7300."""

StainlessSteelSS316L: _Final[_Code] = _Code("UNS", "S31673", "Stainless steel (SS316L)", (7300,))
"""Stainless steel (SS316L) (UNS S31673). Included from CID 7300."""

Titanium: _Final[_Code] = _Code("UNS", "R50250", "Titanium", (7300,))
"""Titanium (UNS R50250). Included from CID 7300."""

TitaniumAlloyTitaniumAluminium6Vanadium4: _Final[_Code] = _Code(
    "UNS", "R56400", "Titanium alloy (Titanium Aluminium-6 Vanadium-4)", (7300,)
)
"""Titanium alloy (Titanium Aluminium-6 Vanadium-4) (UNS R56400). Included from CID 7300."""

CobaltChromiumAlloyCobaltChromium28Molybdenum6: _Final[_Code] = _Code(
    "UNS", "R30075", "Cobalt chromium alloy (Cobalt Chromium-28 Molybdenum 6)", (7300,)
)
"""Cobalt chromium alloy (Cobalt Chromium-28 Molybdenum 6) (UNS R30075). Included from CID 7300."""

TitaniumAlloyTitaniumMolybdenum15Zirconium5Aluminium3: _Final[_Code] = _Code(
    "DCM", "130736", "Titanium alloy (Titanium Molybdenum-15 Zirconium-5 Aluminium-3)", (7300,)
)
"""Titanium alloy (Titanium Molybdenum-15 Zirconium-5 Aluminium-3) (DCM 130736). Included from CID 7300."""

CobaltChromiumAlloyCobaltChromium20Tungsten15Nickel10: _Final[_Code] = _Code(
    "UNS", "R30605", "Cobalt-chromium alloy (Cobalt Chromium-20 Tungsten-15 Nickel-10)", (7300,)
)
"""Cobalt-chromium alloy (Cobalt Chromium-20 Tungsten-15 Nickel-10) (UNS R30605). Included from CID 7300."""

CobaltChromiumAlloyCobaltNickel35Chromium20Molybdenum10: _Final[_Code] = _Code(
    "UNS", "R30035", "Cobalt-chromium alloy (Cobalt Nickel-35 Chromium-20 Molybdenum-10)", (7300,)
)
"""Cobalt-chromium alloy (Cobalt Nickel-35 Chromium-20 Molybdenum-10) (UNS R30035). Included from CID 7300."""

CobaltChromiumAlloyCobaltChromium20Nickel15Iron15Molybdenum7Manganese2: _Final[_Code] = _Code(
    "UNS",
    "R30003",
    "Cobalt-chromium alloy (Cobalt Chromium-20 Nickel-15 Iron-15 Molybdenum-7 Manganese-2)",
    (7300,),
)
"""Cobalt-chromium alloy (Cobalt Chromium-20 Nickel-15 Iron-15 Molybdenum-7 Manganese-2) (UNS R30003). Included from CID 7300."""

TitaniumAlloyTitaniumAluminium6Niobium7: _Final[_Code] = _Code(
    "UNS", "R56700", "Titanium alloy (Titanium Aluminium-6 Niobium-7)", (7300,)
)
"""Titanium alloy (Titanium Aluminium-6 Niobium-7) (UNS R56700). Included from CID 7300."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
