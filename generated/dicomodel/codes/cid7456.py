"""CID 7456 Age Unit.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.520.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7456
NAME: Final[str] = "Age Unit"
KEYWORD: Final[str | None] = "AgeUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.520"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Year: Final[Code] = Code("UCUM", "a", "year", (6046, 7456))
"""year (UCUM a)."""

Month: Final[Code] = Code("UCUM", "mo", "month", (6046, 7456))
"""month (UCUM mo)."""

Week: Final[Code] = Code("UCUM", "wk", "week", (6046, 7456))
"""week (UCUM wk)."""

Day: Final[Code] = Code("UCUM", "d", "day", (6046, 7456))
"""day (UCUM d)."""

Hour: Final[Code] = Code("UCUM", "h", "hour", (7456,))
"""hour (UCUM h)."""

Minute: Final[Code] = Code("UCUM", "min", "minute", (7456,))
"""minute (UCUM min)."""

MEMBERS: Final[tuple[Code, ...]] = (Year, Month, Week, Day, Hour, Minute)
"""The resolved membership: own members, then those of the included groups, in order."""
