"""CID 6171 Zone of Lung.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1483.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6171
NAME: _Final[str] = "Zone of Lung"
KEYWORD: _Final[str | None] = "ZoneOfLung"
UID: _Final[str | None] = "1.2.840.10008.6.1.1483"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UpperZoneOfLung: _Final[_Code] = _Code("SCT", "281392002", "Upper zone of lung", (6171,))
"""Upper zone of lung (SCT 281392002)."""

MiddleZoneOfLung: _Final[_Code] = _Code("SCT", "281393007", "Middle zone of lung", (6171,))
"""Middle zone of lung (SCT 281393007)."""

LowerZoneOfLung: _Final[_Code] = _Code("SCT", "281394001", "Lower zone of lung", (6171,))
"""Lower zone of lung (SCT 281394001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (UpperZoneOfLung, MiddleZoneOfLung, LowerZoneOfLung)
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
