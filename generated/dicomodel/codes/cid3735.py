"""CID 3735 Acute Coronary Syndrome Time Period.

Extensible, version 20030327, UID 1.2.840.10008.6.1.232.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3735
NAME: _Final[str] = "Acute Coronary Syndrome Time Period"
KEYWORD: _Final[str | None] = "AcuteCoronarySyndromeTimePeriod"
UID: _Final[str | None] = "1.2.840.10008.6.1.232"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LesserThanEquals6Hours: _Final[_Code] = _Code("NCDR", "51-1", "< = 6 hours", (3735,))
"""< = 6 hours (NCDR 51-1)."""

Between6HoursAnd24Hours: _Final[_Code] = _Code(
    "NCDR", "51-2", "between 6 hours and 24 hours", (3735,)
)
"""between 6 hours and 24 hours (NCDR 51-2)."""

Between24HoursAnd7Days: _Final[_Code] = _Code(
    "NCDR", "51-3", "between 24 hours and 7 days", (3735,)
)
"""between 24 hours and 7 days (NCDR 51-3)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LesserThanEquals6Hours,
    Between6HoursAnd24Hours,
    Between24HoursAnd7Days,
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
