"""CID 6164 Time Interval.

Extensible, version 20050822, UID 1.2.840.10008.6.1.478.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6164
NAME: Final[str] = "Time Interval"
KEYWORD: Final[str | None] = "TimeInterval"
UID: Final[str | None] = "1.2.840.10008.6.1.478"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LesserThan3MonthsAgo: Final[Code] = Code("DCM", "111396", "< 3 months ago", (6164,))
"""< 3 months ago (DCM 111396)."""

_4MonthsTo1YearAgo: Final[Code] = Code("DCM", "111397", "4 months to 1 year ago", (6164,))
"""4 months to 1 year ago (DCM 111397)."""

GreaterThan1YearAgo: Final[Code] = Code("DCM", "111398", "> 1 year ago", (6164,))
"""> 1 year ago (DCM 111398)."""

NotSure: Final[Code] = Code("DCM", "111399", "Not sure", (6164,))
"""Not sure (DCM 111399)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LesserThan3MonthsAgo,
    _4MonthsTo1YearAgo,
    GreaterThan1YearAgo,
    NotSure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
