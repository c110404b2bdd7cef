"""CID 10067 Radiation Attenuator Material.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1161.
Includes CID 10006.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10067
NAME: _Final[str] = "Radiation Attenuator Material"
KEYWORD: _Final[str | None] = "RadiationAttenuatorMaterial"
UID: _Final[str | None] = "1.2.840.10008.6.1.1161"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = (10006,)
EXTERNAL_SCHEME: _Final[str | None] = None

CarbonFiber: _Final[_Code] = _Code("SCT", "256501007", "Carbon Fiber", (7300, 10067))
"""Carbon Fiber (SCT 256501007)."""

KevlarAramidFiber: _Final[_Code] = _Code("UMLS", "C0064329", "Kevlar Aramid Fiber", (10067,))
"""Kevlar Aramid Fiber (UMLS C0064329)."""

Beryllium: _Final[_Code] = _Code("SCT", "88014003", "Beryllium", (10067,))
"""Beryllium (SCT 88014003)."""

Molybdenum: _Final[_Code] = _Code("SCT", "71128006", "Molybdenum", (10006, 10016))
"""Molybdenum (SCT 71128006). Included from CID 10006."""

Aluminum: _Final[_Code] = _Code("SCT", "12503006", "Aluminum", (10006,))
"""Aluminum (SCT 12503006). Included from CID 10006."""

Copper: _Final[_Code] = _Code("SCT", "66925006", "Copper", (10006,))
"""Copper (SCT 66925006). Included from CID 10006."""

Rhodium: _Final[_Code] = _Code("SCT", "59801003", "Rhodium", (10006, 10016))
"""Rhodium (SCT 59801003). Included from CID 10006."""

Niobium: _Final[_Code] = _Code("SCT", "767776000", "Niobium", (10006,))
"""Niobium (SCT 767776000). Included from CID 10006."""

Europium: _Final[_Code] = _Code("SCT", "767775001", "Europium", (10006,))
"""Europium (SCT 767775001). Included from CID 10006."""

Lead: _Final[_Code] = _Code("SCT", "88488004", "Lead", (10006,))
"""Lead (SCT 88488004). Included from CID 10006."""

Tantalum: _Final[_Code] = _Code("SCT", "45215009", "Tantalum", (300, 10006))
"""Tantalum (SCT 45215009). Included from CID 10006."""

Silver: _Final[_Code] = _Code("SCT", "41967008", "Silver", (300, 10006))
"""Silver (SCT 41967008). Included from CID 10006."""

Tin: _Final[_Code] = _Code("SCT", "12597001", "Tin", (10006,))
"""Tin (SCT 12597001). Included from CID 10006."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CarbonFiber,
    KevlarAramidFiber,
    Beryllium,
    Molybdenum,
    Aluminum,
    Copper,
    Rhodium,
    Niobium,
    Europium,
    Lead,
    Tantalum,
    Silver,
    Tin,
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
