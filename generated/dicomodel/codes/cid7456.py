"""CID 7456 Age Unit.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.520.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7456
NAME: _Final[str] = "Age Unit"
KEYWORD: _Final[str | None] = "AgeUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.520"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Year: _Final[_Code] = _Code("UCUM", "a", "year", (6046, 7456))
"""year (UCUM a)."""

Month: _Final[_Code] = _Code("UCUM", "mo", "month", (6046, 7456))
"""month (UCUM mo)."""

Week: _Final[_Code] = _Code("UCUM", "wk", "week", (6046, 7456))
"""week (UCUM wk)."""

Day: _Final[_Code] = _Code("UCUM", "d", "day", (6046, 7456))
"""day (UCUM d)."""

Hour: _Final[_Code] = _Code("UCUM", "h", "hour", (7456,))
"""hour (UCUM h)."""

Minute: _Final[_Code] = _Code("UCUM", "min", "minute", (7456,))
"""minute (UCUM min)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Year, Month, Week, Day, Hour, Minute)
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
