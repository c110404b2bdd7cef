"""CID 3735 Acute Coronary Syndrome Time Period.

Extensible, version 20030327, UID 1.2.840.10008.6.1.232.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3735
NAME: Final[str] = "Acute Coronary Syndrome Time Period"
KEYWORD: Final[str | None] = "AcuteCoronarySyndromeTimePeriod"
UID: Final[str | None] = "1.2.840.10008.6.1.232"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LesserThanEquals6Hours: Final[Code] = Code("NCDR", "51-1", "< = 6 hours", (3735,))
"""< = 6 hours (NCDR 51-1)."""

Between6HoursAnd24Hours: Final[Code] = Code("NCDR", "51-2", "between 6 hours and 24 hours", (3735,))
"""between 6 hours and 24 hours (NCDR 51-2)."""

Between24HoursAnd7Days: Final[Code] = Code("NCDR", "51-3", "between 24 hours and 7 days", (3735,))
"""between 24 hours and 7 days (NCDR 51-3)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LesserThanEquals6Hours,
    Between6HoursAnd24Hours,
    Between24HoursAnd7Days,
)
"""The resolved membership: own members, then those of the included groups, in order."""
