"""CID 241 Present-Absent Only.

Non-extensible, version 20151110, UID 1.2.840.10008.6.1.1113.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 241
NAME: Final[str] = "Present-Absent Only"
KEYWORD: Final[str | None] = "PresentAbsentOnly"
UID: Final[str | None] = "1.2.840.10008.6.1.1113"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Present: Final[Code] = Code("SCT", "52101004", "Present", (240, 241))
"""Present (SCT 52101004)."""

Absent: Final[Code] = Code("SCT", "272519000", "Absent", (240, 241))
"""Absent (SCT 272519000)."""

MEMBERS: Final[tuple[Code, ...]] = (Present, Absent)
"""The resolved membership: own members, then those of the included groups, in order."""
