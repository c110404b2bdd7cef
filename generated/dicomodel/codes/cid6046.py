"""CID 6046 Follow-up Interval Unit.

Extensible, version 20020904, UID 1.2.840.10008.6.1.376.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6046
NAME: Final[str] = "Follow-up Interval Unit"
KEYWORD: Final[str | None] = "FollowupIntervalUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.376"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Day: Final[Code] = Code("UCUM", "d", "day", (6046, 7456))
"""day (UCUM d)."""

Week: Final[Code] = Code("UCUM", "wk", "week", (6046, 7456))
"""week (UCUM wk)."""

Month: Final[Code] = Code("UCUM", "mo", "month", (6046, 7456))
"""month (UCUM mo)."""

Year: Final[Code] = Code("UCUM", "a", "year", (6046, 7456))
"""year (UCUM a)."""

MEMBERS: Final[tuple[Code, ...]] = (Day, Week, Month, Year)
"""The resolved membership: own members, then those of the included groups, in order."""
