"""CID 6164 Time Interval.

Extensible, version 20050822, UID 1.2.840.10008.6.1.478.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6164
NAME: _Final[str] = "Time Interval"
KEYWORD: _Final[str | None] = "TimeInterval"
UID: _Final[str | None] = "1.2.840.10008.6.1.478"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LesserThan3MonthsAgo: _Final[_Code] = _Code("DCM", "111396", "< 3 months ago", (6164,))
"""< 3 months ago (DCM 111396)."""

V4MonthsTo1YearAgo: _Final[_Code] = _Code("DCM", "111397", "4 months to 1 year ago", (6164,))
"""4 months to 1 year ago (DCM 111397)."""

GreaterThan1YearAgo: _Final[_Code] = _Code("DCM", "111398", "> 1 year ago", (6164,))
"""> 1 year ago (DCM 111398)."""

NotSure: _Final[_Code] = _Code("DCM", "111399", "Not sure", (6164,))
"""Not sure (DCM 111399)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_4MonthsTo1YearAgo: _Final[_Code] = V4MonthsTo1YearAgo

MEMBERS: _Final[tuple[_Code, ...]] = (
    LesserThan3MonthsAgo,
    V4MonthsTo1YearAgo,
    GreaterThan1YearAgo,
    NotSure,
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
