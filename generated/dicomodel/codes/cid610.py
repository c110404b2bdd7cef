"""CID 610 Water Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1075.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 610
NAME: _Final[str] = "Water Type"
KEYWORD: _Final[str | None] = "WaterType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1075"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TapWater: _Final[_Code] = _Code("SCT", "444923006", "Tap water", (610,))
"""Tap water (SCT 444923006)."""

DistilledWater: _Final[_Code] = _Code("SCT", "444883009", "Distilled water", (610,))
"""Distilled water (SCT 444883009)."""

ReverseOsmosisPurifiedWater: _Final[_Code] = _Code(
    "DCM", "127290", "Reverse osmosis purified water", (610,)
)
"""Reverse osmosis purified water (DCM 127290)."""

ReverseOsmosisPurifiedHclAcidifiedWater: _Final[_Code] = _Code(
    "DCM", "127291", "Reverse osmosis purified, HCl acidified water", (610,)
)
"""Reverse osmosis purified, HCl acidified water (DCM 127291)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TapWater,
    DistilledWater,
    ReverseOsmosisPurifiedWater,
    ReverseOsmosisPurifiedHclAcidifiedWater,
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
