"""CID 9521 Radiotherapy Treatment Energy Unit.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1231.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9521
NAME: _Final[str] = "Radiotherapy Treatment Energy Unit"
KEYWORD: _Final[str | None] = "RadiotherapyTreatmentEnergyUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1231"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Megavolt: _Final[_Code] = _Code("UCUM", "MV", "Megavolt", (9521,))
"""Megavolt (UCUM MV)."""

Megaelectronvolt: _Final[_Code] = _Code("UCUM", "MeV", "Megaelectronvolt", (9521,))
"""Megaelectronvolt (UCUM MeV)."""

Kilovolt: _Final[_Code] = _Code("UCUM", "kV", "Kilovolt", (9521,))
"""Kilovolt (UCUM kV)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Megavolt, Megaelectronvolt, Kilovolt)
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
