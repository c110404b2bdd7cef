"""CID 240 Present-Absent.

Non-extensible, version 20170914, UID 1.2.840.10008.6.1.35.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 240
NAME: Final[str] = "Present-Absent"
KEYWORD: Final[str | None] = "PresentAbsent"
UID: Final[str | None] = "1.2.840.10008.6.1.35"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Present: Final[Code] = Code("SCT", "52101004", "Present", (240, 241))
"""Present (SCT 52101004)."""

Absent: Final[Code] = Code("SCT", "272519000", "Absent", (240, 241))
"""Absent (SCT 272519000)."""

Undetermined: Final[Code] = Code("SCT", "373068000", "Undetermined", (230, 240))
"""Undetermined (SCT 373068000)."""

MEMBERS: Final[tuple[Code, ...]] = (Present, Absent, Undetermined)
"""The resolved membership: own members, then those of the included groups, in order."""
