"""CID 300 Multi-energy Relevant Material.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1208.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 300
NAME: _Final[str] = "Multi-energy Relevant Material"
KEYWORD: _Final[str | None] = "MultienergyRelevantMaterial"
UID: _Final[str | None] = "1.2.840.10008.6.1.1208"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AluminumOxide: _Final[_Code] = _Code("SCT", "83881004", "Aluminum Oxide", (300,))
"""Aluminum Oxide (SCT 83881004)."""

Barium: _Final[_Code] = _Code("SCT", "39290007", "Barium", (13, 300))
"""Barium (SCT 39290007)."""

Bismuth: _Final[_Code] = _Code("SCT", "23172004", "Bismuth", (300,))
"""Bismuth (SCT 23172004)."""

Calcium: _Final[_Code] = _Code("SCT", "5540006", "Calcium", (300, 622))
"""Calcium (SCT 5540006)."""

CalciumHydroxyapatite: _Final[_Code] = _Code("SCT", "256579008", "Calcium Hydroxyapatite", (300,))
"""Calcium Hydroxyapatite (SCT 256579008)."""

CobaltChromiumAlloy: _Final[_Code] = _Code("SCT", "256526003", "Cobalt-chromium alloy", (300,))
"""Cobalt-chromium alloy (SCT 256526003)."""

Fat: _Final[_Code] = _Code("SCT", "256674009", "Fat", (300, 6122, 6211, 7180))
"""Fat (SCT 256674009)."""

Gadolinium: _Final[_Code] = _Code("SCT", "58281002", "Gadolinium", (13, 300))
"""Gadolinium (SCT 58281002)."""

Gold: _Final[_Code] = _Code("SCT", "2309006", "Gold", (300,))
"""Gold (SCT 2309006)."""

Hafnium: _Final[_Code] = _Code("SCT", "50672002", "Hafnium", (300,))
"""Hafnium (SCT 50672002)."""

Iodine: _Final[_Code] = _Code("SCT", "44588005", "Iodine", (13, 300))
"""Iodine (SCT 44588005)."""

Iron: _Final[_Code] = _Code("SCT", "3829006", "Iron", (13, 300))
"""Iron (SCT 3829006)."""

NickelCobaltChromium: _Final[_Code] = _Code("SCT", "261249004", "Nickel cobalt chromium", (300,))
"""Nickel cobalt chromium (SCT 261249004)."""

Platinum: _Final[_Code] = _Code("SCT", "84847000", "Platinum", (300,))
"""Platinum (SCT 84847000)."""

RenalStone: _Final[_Code] = _Code("SCT", "386103008", "Renal stone", (300,))
"""Renal stone (SCT 386103008)."""

Silicon: _Final[_Code] = _Code("SCT", "51420009", "Silicon", (300,))
"""Silicon (SCT 51420009)."""

Silicone: _Final[_Code] = _Code("SCT", "13652007", "Silicone", (300,))
"""Silicone (SCT 13652007)."""

Silver: _Final[_Code] = _Code("SCT", "41967008", "Silver", (300, 10006))
"""Silver (SCT 41967008)."""

Tantalum: _Final[_Code] = _Code("SCT", "45215009", "Tantalum", (300, 10006))
"""Tantalum (SCT 45215009)."""

Titanium: _Final[_Code] = _Code("SCT", "1166006", "Titanium", (300,))
"""Titanium (SCT 1166006)."""

UricAcid: _Final[_Code] = _Code("SCT", "1710001", "Uric Acid", (300,))
"""Uric Acid (SCT 1710001)."""

Water: _Final[_Code] = _Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

Yttrium: _Final[_Code] = _Code("SCT", "63754004", "Yttrium", (300,))
"""Yttrium (SCT 63754004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
