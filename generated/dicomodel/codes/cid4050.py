"""CID 4050 Drug or Contrast Agent Characteristic.

Extensible, version 20070124, UID 1.2.840.10008.6.1.313.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4050
NAME: _Final[str] = "Drug or Contrast Agent Characteristic"
KEYWORD: _Final[str | None] = "DrugOrContrastAgentCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.313"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070124"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ActiveIngredient: _Final[_Code] = _Code("SCT", "127489000", "Active Ingredient", (4050,))
"""Active Ingredient (SCT 127489000)."""

ActiveIngredientUndilutedConcentration: _Final[_Code] = _Code(
    "DCM", "121380", "Active Ingredient Undiluted Concentration", (4050,)
)
"""Active Ingredient Undiluted Concentration (DCM 121380)."""

ContrastBolusIngredientOpaque: _Final[_Code] = _Code(
    "DCM", "121381", "Contrast/Bolus Ingredient Opaque", (4050,)
)
"""Contrast/Bolus Ingredient Opaque (DCM 121381)."""

Volume: _Final[_Code] = _Code(
    "SCT", "118565006", "Volume", (3423, 4050, 7472, 12257, 12258, 12265, 12304)
)
"""Volume (SCT 118565006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ActiveIngredient,
    ActiveIngredientUndilutedConcentration,
    ContrastBolusIngredientOpaque,
    Volume,
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
