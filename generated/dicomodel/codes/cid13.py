"""CID 13 Imaging Contrast Agent Ingredient.

Extensible, version 20190817, UID 1.2.840.10008.6.1.11.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 13
NAME: _Final[str] = "Imaging Contrast Agent Ingredient"
KEYWORD: _Final[str | None] = "ImagingContrastAgentIngredient"
UID: _Final[str | None] = "1.2.840.10008.6.1.11"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Iodine: _Final[_Code] = _Code("SCT", "44588005", "Iodine", (13, 300))
"""Iodine (SCT 44588005)."""

Gadolinium: _Final[_Code] = _Code("SCT", "58281002", "Gadolinium", (13, 300))
"""Gadolinium (SCT 58281002)."""

CarbonDioxide: _Final[_Code] = _Code("SCT", "31811003", "Carbon Dioxide", (12, 13, 624))
"""Carbon Dioxide (SCT 31811003)."""

Barium: _Final[_Code] = _Code("SCT", "39290007", "Barium", (13, 300))
"""Barium (SCT 39290007)."""

Xenon: _Final[_Code] = _Code("SCT", "83598005", "Xenon", (13,))
"""Xenon (SCT 83598005)."""

Air: _Final[_Code] = _Code("SCT", "15158005", "Air", (12, 13, 6211, 6350, 11002))
"""Air (SCT 15158005)."""

Oxygen: _Final[_Code] = _Code("SCT", "24099007", "Oxygen", (12, 13))
"""Oxygen (SCT 24099007)."""

Water: _Final[_Code] = _Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

Iron: _Final[_Code] = _Code("SCT", "3829006", "Iron", (13, 300))
"""Iron (SCT 3829006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
