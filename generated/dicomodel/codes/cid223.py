"""CID 223 Normal Range Value.

Extensible, version 20170914, UID 1.2.840.10008.6.1.28.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 223
NAME: _Final[str] = "Normal Range Value"
KEYWORD: _Final[str | None] = "NormalRangeValue"
UID: _Final[str | None] = "1.2.840.10008.6.1.28"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalRangeUpperLimit: _Final[_Code] = _Code("SCT", "371933006", "Normal Range Upper Limit", (223,))
"""Normal Range Upper Limit (SCT 371933006)."""

NormalRangeLowerLimit: _Final[_Code] = _Code("SCT", "385524004", "Normal Range Lower Limit", (223,))
"""Normal Range Lower Limit (SCT 385524004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NormalRangeUpperLimit, NormalRangeLowerLimit)
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
