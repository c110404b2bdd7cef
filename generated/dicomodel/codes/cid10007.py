"""CID 10007 X-Ray Filter Type.

Extensible, version 20131010, UID 1.2.840.10008.6.1.540.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10007
NAME: _Final[str] = "X-Ray Filter Type"
KEYWORD: _Final[str | None] = "XRayFilterType"
UID: _Final[str | None] = "1.2.840.10008.6.1.540"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20131010"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StripFilter: _Final[_Code] = _Code("DCM", "113650", "Strip filter", (10007,))
"""Strip filter (DCM 113650)."""

WedgeFilter: _Final[_Code] = _Code("DCM", "113651", "Wedge filter", (10007,))
"""Wedge filter (DCM 113651)."""

ButterflyFilter: _Final[_Code] = _Code("DCM", "113652", "Butterfly filter", (10007,))
"""Butterfly filter (DCM 113652)."""

FlatFilter: _Final[_Code] = _Code("DCM", "113653", "Flat filter", (10007,))
"""Flat filter (DCM 113653)."""

NoFilter: _Final[_Code] = _Code("DCM", "111609", "No Filter", (4204, 8124, 10007))
"""No Filter (DCM 111609)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StripFilter,
    WedgeFilter,
    ButterflyFilter,
    FlatFilter,
    NoFilter,
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
