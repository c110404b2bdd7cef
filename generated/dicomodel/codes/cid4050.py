"""CID 4050 Drug or Contrast Agent Characteristic.

Extensible, version 20070124, UID 1.2.840.10008.6.1.313.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4050
NAME: Final[str] = "Drug or Contrast Agent Characteristic"
KEYWORD: Final[str | None] = "DrugOrContrastAgentCharacteristic"
UID: Final[str | None] = "1.2.840.10008.6.1.313"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ActiveIngredient: Final[Code] = Code("SCT", "127489000", "Active Ingredient", (4050,))
"""Active Ingredient (SCT 127489000)."""

ActiveIngredientUndilutedConcentration: Final[Code] = Code(
    "DCM", "121380", "Active Ingredient Undiluted Concentration", (4050,)
)
"""Active Ingredient Undiluted Concentration (DCM 121380)."""

ContrastBolusIngredientOpaque: Final[Code] = Code(
    "DCM", "121381", "Contrast/Bolus Ingredient Opaque", (4050,)
)
"""Contrast/Bolus Ingredient Opaque (DCM 121381)."""

Volume: Final[Code] = Code(
    "SCT", "118565006", "Volume", (3423, 4050, 7472, 12257, 12258, 12265, 12304)
)
"""Volume (SCT 118565006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ActiveIngredient,
    ActiveIngredientUndilutedConcentration,
    ContrastBolusIngredientOpaque,
    Volume,
)
"""The resolved membership: own members, then those of the included groups, in order."""
