"""CID 231 Yes-No Only.

Non-extensible, version 20151110, UID 1.2.840.10008.6.1.1064.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 231
NAME: Final[str] = "Yes-No Only"
KEYWORD: Final[str | None] = "YesNoOnly"
UID: Final[str | None] = "1.2.840.10008.6.1.1064"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Yes: Final[Code] = Code("SCT", "373066001", "Yes", (230, 231, 10072))
"""Yes (SCT 373066001)."""

No: Final[Code] = Code("SCT", "373067005", "No", (230, 231))
"""No (SCT 373067005)."""

MEMBERS: Final[tuple[Code, ...]] = (Yes, No)
"""The resolved membership: own members, then those of the included groups, in order."""
