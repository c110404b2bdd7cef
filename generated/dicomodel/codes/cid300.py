"""CID 300 Multi-energy Relevant Material.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1208.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 300
NAME: Final[str] = "Multi-energy Relevant Material"
KEYWORD: Final[str | None] = "MultienergyRelevantMaterial"
UID: Final[str | None] = "1.2.840.10008.6.1.1208"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AluminumOxide: Final[Code] = Code("SCT", "83881004", "Aluminum Oxide", (300,))
"""Aluminum Oxide (SCT 83881004)."""

Barium: Final[Code] = Code("SCT", "39290007", "Barium", (13, 300))
"""Barium (SCT 39290007)."""

Bismuth: Final[Code] = Code("SCT", "23172004", "Bismuth", (300,))
"""Bismuth (SCT 23172004)."""

Calcium: Final[Code] = Code("SCT", "5540006", "Calcium", (300, 622))
"""Calcium (SCT 5540006)."""

CalciumHydroxyapatite: Final[Code] = Code("SCT", "256579008", "Calcium Hydroxyapatite", (300,))
"""Calcium Hydroxyapatite (SCT 256579008)."""

CobaltChromiumAlloy: Final[Code] = Code("SCT", "256526003", "Cobalt-chromium alloy", (300,))
"""Cobalt-chromium alloy (SCT 256526003)."""

Fat: Final[Code] = Code("SCT", "256674009", "Fat", (300, 6122, 6211, 7180))
"""Fat (SCT 256674009)."""

Gadolinium: Final[Code] = Code("SCT", "58281002", "Gadolinium", (13, 300))
"""Gadolinium (SCT 58281002)."""

Gold: Final[Code] = Code("SCT", "2309006", "Gold", (300,))
"""Gold (SCT 2309006)."""

Hafnium: Final[Code] = Code("SCT", "50672002", "Hafnium", (300,))
"""Hafnium (SCT 50672002)."""

Iodine: Final[Code] = Code("SCT", "44588005", "Iodine", (13, 300))
"""Iodine (SCT 44588005)."""

Iron: Final[Code] = Code("SCT", "3829006", "Iron", (13, 300))
"""Iron (SCT 3829006)."""

NickelCobaltChromium: Final[Code] = Code("SCT", "261249004", "Nickel cobalt chromium", (300,))
"""Nickel cobalt chromium (SCT 261249004)."""

Platinum: Final[Code] = Code("SCT", "84847000", "Platinum", (300,))
"""Platinum (SCT 84847000)."""

RenalStone: Final[Code] = Code("SCT", "386103008", "Renal stone", (300,))
"""Renal stone (SCT 386103008)."""

Silicon: Final[Code] = Code("SCT", "51420009", "Silicon", (300,))
"""Silicon (SCT 51420009)."""

Silicone: Final[Code] = Code("SCT", "13652007", "Silicone", (300,))
"""Silicone (SCT 13652007)."""

Silver: Final[Code] = Code("SCT", "41967008", "Silver", (300, 10006))
"""Silver (SCT 41967008)."""

Tantalum: Final[Code] = Code("SCT", "45215009", "Tantalum", (300, 10006))
"""Tantalum (SCT 45215009)."""

Titanium: Final[Code] = Code("SCT", "1166006", "Titanium", (300,))
"""Titanium (SCT 1166006)."""

UricAcid: Final[Code] = Code("SCT", "1710001", "Uric Acid", (300,))
"""Uric Acid (SCT 1710001)."""

Water: Final[Code] = Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

Yttrium: Final[Code] = Code("SCT", "63754004", "Yttrium", (300,))
"""Yttrium (SCT 63754004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AluminumOxide,
    Barium,
    Bismuth,
    Calcium,
    CalciumHydroxyapatite,
    CobaltChromiumAlloy,
    Fat,
    Gadolinium,
    Gold,
    Hafnium,
    Iodine,
    Iron,
    NickelCobaltChromium,
    Platinum,
    RenalStone,
    Silicon,
    Silicone,
    Silver,
    Tantalum,
    Titanium,
    UricAcid,
    Water,
    Yttrium,
)
"""The resolved membership: own members, then those of the included groups, in order."""
