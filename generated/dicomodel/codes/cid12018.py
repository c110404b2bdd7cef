"""CID 12018 OB-GYN Summary.

Extensible, version 20030130, UID 1.2.840.10008.6.1.566.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12018
NAME: Final[str] = "OB-GYN Summary"
KEYWORD: Final[str | None] = "OBGYNSummary"
UID: Final[str | None] = "1.2.840.10008.6.1.566"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030130"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NumberOfFetusesByUS: Final[Code] = Code("LN", "11878-6", "Number of Fetuses by US", (12018,))
"""Number of Fetuses by US (LN 11878-6)."""

GestationalAgeByOvulationDate: Final[Code] = Code(
    "LN", "11886-9", "Gestational Age by ovulation date", (12018,)
)
"""Gestational Age by ovulation date (LN 11886-9)."""

MEMBERS: Final[tuple[Code, ...]] = (NumberOfFetusesByUS, GestationalAgeByOvulationDate)
"""The resolved membership: own members, then those of the included groups, in order."""
