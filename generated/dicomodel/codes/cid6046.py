"""CID 6046 Follow-up Interval Unit.

Extensible, version 20020904, UID 1.2.840.10008.6.1.376.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6046
NAME: _Final[str] = "Follow-up Interval Unit"
KEYWORD: _Final[str | None] = "FollowupIntervalUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.376"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Day: _Final[_Code] = _Code("UCUM", "d", "day", (6046, 7456))
"""day (UCUM d)."""

Week: _Final[_Code] = _Code("UCUM", "wk", "week", (6046, 7456))
"""week (UCUM wk)."""

Month: _Final[_Code] = _Code("UCUM", "mo", "month", (6046, 7456))
"""month (UCUM mo)."""

Year: _Final[_Code] = _Code("UCUM", "a", "year", (6046, 7456))
"""year (UCUM a)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Day, Week, Month, Year)
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
