"""CID 230 Yes-No.

Non-extensible, version 20060613, UID 1.2.840.10008.6.1.34.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 230
NAME: Final[str] = "Yes-No"
KEYWORD: Final[str | None] = "YesNo"
UID: Final[str | None] = "1.2.840.10008.6.1.34"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20060613"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Yes: Final[Code] = Code("SCT", "373066001", "Yes", (230, 231, 10072))
"""Yes (SCT 373066001)."""

No: Final[Code] = Code("SCT", "373067005", "No", (230, 231))
"""No (SCT 373067005)."""

Undetermined: Final[Code] = Code("SCT", "373068000", "Undetermined", (230, 240))
"""Undetermined (SCT 373068000)."""

MEMBERS: Final[tuple[Code, ...]] = (Yes, No, Undetermined)
"""The resolved membership: own members, then those of the included groups, in order."""
