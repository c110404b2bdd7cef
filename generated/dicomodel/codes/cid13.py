"""CID 13 Imaging Contrast Agent Ingredient.

Extensible, version 20190817, UID 1.2.840.10008.6.1.11.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 13
NAME: Final[str] = "Imaging Contrast Agent Ingredient"
KEYWORD: Final[str | None] = "ImagingContrastAgentIngredient"
UID: Final[str | None] = "1.2.840.10008.6.1.11"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Iodine: Final[Code] = Code("SCT", "44588005", "Iodine", (13, 300))
"""Iodine (SCT 44588005)."""

Gadolinium: Final[Code] = Code("SCT", "58281002", "Gadolinium", (13, 300))
"""Gadolinium (SCT 58281002)."""

CarbonDioxide: Final[Code] = Code("SCT", "31811003", "Carbon Dioxide", (12, 13, 624))
"""Carbon Dioxide (SCT 31811003)."""

Barium: Final[Code] = Code("SCT", "39290007", "Barium", (13, 300))
"""Barium (SCT 39290007)."""

Xenon: Final[Code] = Code("SCT", "83598005", "Xenon", (13,))
"""Xenon (SCT 83598005)."""

Air: Final[Code] = Code("SCT", "15158005", "Air", (12, 13, 6211, 6350, 11002))
"""Air (SCT 15158005)."""

Oxygen: Final[Code] = Code("SCT", "24099007", "Oxygen", (12, 13))
"""Oxygen (SCT 24099007)."""

Water: Final[Code] = Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

Iron: Final[Code] = Code("SCT", "3829006", "Iron", (13, 300))
"""Iron (SCT 3829006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Iodine,
    Gadolinium,
    CarbonDioxide,
    Barium,
    Xenon,
    Air,
    Oxygen,
    Water,
    Iron,
)
"""The resolved membership: own members, then those of the included groups, in order."""
